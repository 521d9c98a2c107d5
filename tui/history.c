/* tui/history.c - undo/redo stack of lever moves (full paths before and after each change).
 * Pure: no curses, no engine calls. */
#include "history.h"

#include <stdlib.h>
#include <string.h>

/* ---- helpers ---- */

static void step_free(hist_step *s)
{
    free(s->ch);
    s->ch = NULL;
    s->n = 0;
}

/* Drops the oldest step to make room. */
static void drop_oldest(hist_stack *h)
{
    step_free(&h->step[0]);
    memmove(&h->step[0], &h->step[1], (size_t)(h->len - 1) * sizeof h->step[0]);
    h->step[h->len - 1].ch = NULL;
    h->step[h->len - 1].n = 0;
    h->len--;
    h->pos--;
}

/* ---- public functions ---- */

void hist_init(hist_stack *h)
{
    memset(h, 0, sizeof *h);
}

void hist_free(hist_stack *h)
{
    for (int i = 0; i < h->len; i++) step_free(&h->step[i]);
    hist_init(h);
}

int hist_push(hist_stack *h, const hist_change *ch, int n)
{
    hist_change *copy;
    if (n <= 0) return 0;
    copy = malloc((size_t)n * sizeof *copy);
    if (!copy) return -1;
    memcpy(copy, ch, (size_t)n * sizeof *copy);
    for (int i = h->pos; i < h->len; i++) step_free(&h->step[i]);
    h->len = h->pos;
    if (h->len == HIST_MAX) drop_oldest(h);
    h->step[h->len].ch = copy;
    h->step[h->len].n = n;
    h->len++;
    h->pos = h->len;
    return 0;
}

const hist_step *hist_undo(hist_stack *h)
{
    if (h->pos <= 0) return NULL;
    h->pos--;
    return &h->step[h->pos];
}

const hist_step *hist_redo(hist_stack *h)
{
    if (h->pos >= h->len) return NULL;
    return &h->step[h->pos++];
}
