/* tui/playback.c - the year cursor of the playback and its clock: p plays and pauses, . and ,
 * step, > and < change speed; the main loop waits only until the next step (no busy waiting).
 * Computes no model number: the views draw the run's series up to play_cut_year. */
#include "playback.h"

#include <stdio.h>

#include "app.h"
#include "clock.h"
#include "style.h"
#include "views.h"

/* Speeds in ms per simulated year, fastest first. */
static const int speeds_ms[] = {100, 200, 300, 500, 700, 1000};
#define N_SPEEDS (int)(sizeof speeds_ms / sizeof speeds_ms[0])

/* ---- pure steps ---- */

int play_speed_step(int ms_per_year, int faster)
{
    int i = 0;
    while (i < N_SPEEDS - 1 && speeds_ms[i] < ms_per_year) i++;
    i += faster > 0 ? -1 : 1;
    if (i < 0) i = 0;
    if (i >= N_SPEEDS) i = N_SPEEDS - 1;
    return speeds_ms[i];
}

static int speed_of(const play_state *p)
{
    return p->ms_per_year > 0 ? p->ms_per_year : PLAY_MS_DEFAULT;
}

int play_advance(play_state *p, int first, int last, double now_ms)
{
    int before = p->year;
    if (!p->year || !p->running) return 0;
    if (p->year < first) p->year = first;
    while (p->year && now_ms >= p->next_ms) {
        p->year++;
        p->next_ms += speed_of(p);
        if (p->year >= last) {
            p->year = 0; /* the end: the whole path again */
            p->running = 0;
        }
    }
    return p->year != before;
}

/* ---- the app ---- */

static void finished(app *a)
{
    msg_say(&a->msg, ST_GOOD, i18n_str(S_PL_DONE, a->lang), a->res.end_year);
}

/* p: start from the first year, or pause / resume. */
static void toggle(app *a)
{
    play_state *p = &a->play;
    if (!p->year) {
        p->year = a->res.first_year;
        p->running = 1;
    } else {
        p->running = !p->running;
    }
    p->next_ms = clk_now_ms() + speed_of(p);
}

/* . and ,: one year forward or back, paused; from the first year when stopped. */
static void step(app *a, int dir)
{
    play_state *p = &a->play;
    if (!p->year) p->year = a->res.first_year;
    else p->year += dir;
    p->running = 0;
    if (p->year < a->res.first_year) p->year = a->res.first_year;
    if (p->year >= a->res.end_year) {
        p->year = 0;
        finished(a);
    }
}

static void speed(app *a, int faster)
{
    a->play.ms_per_year = play_speed_step(speed_of(&a->play), faster);
    msg_say(&a->msg, ST_INFO, i18n_str(S_PL_SPEED, a->lang), speed_of(&a->play) / 1000.0);
}

int play_key(app *a, int ch)
{
    switch (ch) {
    case 'p': toggle(a); break;
    case '.': step(a, 1); break;
    case ',': step(a, -1); break;
    case '>': speed(a, 1); break;
    case '<': speed(a, -1); break;
    default: return 0;
    }
    return 1;
}

void play_stop(app *a)
{
    a->play.year = 0;
    a->play.running = 0;
}

int play_tick(app *a)
{
    if (!play_advance(&a->play, a->res.first_year, a->res.end_year, clk_now_ms())) return 0;
    if (!a->play.year) finished(a);
    return 1;
}

int play_wait_ms(const app *a, int idle_ms)
{
    double left;
    if (!a->play.year || !a->play.running) return idle_ms;
    left = a->play.next_ms - clk_now_ms();
    if (left < 1) return 1;
    return left < idle_ms ? (int)left + 1 : idle_ms;
}

int play_cut_year(const app *a)
{
    return a->play.year;
}

void play_co2_marks(const app *a, const run_result *r, chart_spec *sp, char *buf, int size)
{
    const run_summary *s = &r->summary;
    const char *ys = i18n_str(S_YEAR_SUFFIX, a->lang);
    int third = size / 3, y = a->play.year;
    if (s->peak_reached && s->peak_year <= y) {
        sp->peak_year = s->peak_year;
        sp->peak_value = s->peak_mt;
        view_peak_label(a, s->peak_year, s->peak_mt, buf, (size_t)third);
        sp->peak_label = buf;
    }
    if (s->neutral_year && s->neutral_year <= y) {
        sp->neutral_year = s->neutral_year;
        snprintf(buf + third, (size_t)third, "%s %d%s", i18n_str(S_NEUTRAL, a->lang), s->neutral_year, ys);
        sp->neutral_label = buf + third;
    }
    snprintf(buf + 2 * third, (size_t)third, "%s %d%s", a->play.running ? (a->utf8 ? "▶" : ">") : (a->utf8 ? "‖" : "||"),
             y, ys);
    sp->note = buf + 2 * third;
}

int play_status(const app *a, char *buf, size_t size)
{
    const char *mark = a->play.running ? (a->utf8 ? "▶" : ">") : (a->utf8 ? "‖" : "||");
    if (!a->play.year) return 0;
    snprintf(buf, size, "%s %d  %.1f %s", mark, a->play.year, speed_of(&a->play) / 1000.0,
             i18n_str(S_PL_PER_YEAR, a->lang));
    return 1;
}
