/* tui/edit.c - one-line editor for the TUI's prompts: cursor editing, a scrolling view and file
 * name completion. Pure apart from reading a directory for completion. No curses. */
#include "edit.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "text.h"

/* ---- editing ---- */

void edit_set(edit_line *e, const char *text)
{
    e->len = txt_decode(text, e->buf, EDIT_MAX);
    e->cur = e->len;
    e->selected = 0;
}

void edit_select_all(edit_line *e)
{
    e->selected = e->len > 0;
}

void edit_insert(edit_line *e, wchar_t c)
{
    if (e->selected) edit_set(e, ""); /* the first character typed replaces a pre-filled value */
    if (e->len >= EDIT_MAX - 1) return;
    memmove(&e->buf[e->cur + 1], &e->buf[e->cur], (size_t)(e->len - e->cur + 1) * sizeof e->buf[0]);
    e->buf[e->cur++] = c;
    e->len++;
}

void edit_delete(edit_line *e)
{
    if (e->selected) { edit_set(e, ""); return; }
    if (e->cur >= e->len) return;
    memmove(&e->buf[e->cur], &e->buf[e->cur + 1], (size_t)(e->len - e->cur) * sizeof e->buf[0]);
    e->len--;
}

void edit_backspace(edit_line *e)
{
    if (e->selected) { edit_set(e, ""); return; }
    if (e->cur == 0) return;
    e->cur--;
    edit_delete(e);
}

void edit_move(edit_line *e, int delta)
{
    int c = e->cur + delta;
    e->selected = 0;
    e->cur = c < 0 ? 0 : c > e->len ? e->len : c;
}

void edit_home_end(edit_line *e, int to)
{
    e->selected = 0;
    e->cur = to < 0 ? 0 : e->len;
}

/* ---- text and view ---- */

/* Encodes c as UTF-8 into out (4 bytes room); returns the bytes. */
static int encode(wchar_t c, char *out)
{
    unsigned long v = (unsigned long)c;
    if (v < 0x80) { out[0] = (char)v; return 1; }
    if (v < 0x800) { out[0] = (char)(0xC0 | (v >> 6)); out[1] = (char)(0x80 | (v & 0x3F)); return 2; }
    if (v < 0x10000) {
        out[0] = (char)(0xE0 | (v >> 12));
        out[1] = (char)(0x80 | ((v >> 6) & 0x3F));
        out[2] = (char)(0x80 | (v & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (v >> 18));
    out[1] = (char)(0x80 | ((v >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((v >> 6) & 0x3F));
    out[3] = (char)(0x80 | (v & 0x3F));
    return 4;
}

void edit_utf8(const edit_line *e, char *out, size_t size)
{
    size_t k = 0;
    for (int i = 0; i < e->len; i++) {
        char mb[4];
        int n = encode(e->buf[i], mb);
        if (k + (size_t)n + 1 > size) break;
        memcpy(out + k, mb, (size_t)n);
        k += (size_t)n;
    }
    if (size) out[k] = 0;
}

int edit_view_start(const edit_line *e, int cols, int start)
{
    int w = 0;
    if (start > e->cur) start = e->cur;
    if (start < 0) start = 0;
    for (int i = start; i < e->cur; i++) w += txt_wcwidth(e->buf[i]);
    while (start < e->cur && w + 1 > cols) w -= txt_wcwidth(e->buf[start++]); /* + 1: the cursor cell */
    return start;
}

/* ---- completion ---- */

/* Length of the common prefix of a and b. */
static size_t common(const char *a, const char *b)
{
    size_t n = 0;
    while (a[n] && a[n] == b[n]) n++;
    return n;
}

static int is_directory(const char *dir, const char *name)
{
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s%s", *dir ? dir : "./", name);
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* 1 when name ends with ext (ext NULL: every name). */
static int has_ext(const char *name, const char *ext)
{
    size_t n = strlen(name), k = ext ? strlen(ext) : 0;
    return !ext || (n > k && strcmp(name + n - k, ext) == 0);
}

/* Scans dir for names starting with base (only those ending with ext, and directories, when ext
 * is not NULL); the longest common prefix of them goes to best. */
static int scan(const char *dir, const char *base, const char *ext, char *best, size_t size, int *is_dir)
{
    DIR *d = opendir(*dir ? dir : ".");
    struct dirent *de;
    int n = 0;
    size_t blen = strlen(base);
    if (!d) return 0;
    while ((de = readdir(d))) {
        if (strncmp(de->d_name, base, blen) || (de->d_name[0] == '.' && base[0] != '.')) continue;
        if (ext && !has_ext(de->d_name, ext) && !is_directory(dir, de->d_name)) continue;
        if (n++ == 0) snprintf(best, size, "%s", de->d_name);
        else best[common(best, de->d_name)] = 0;
    }
    closedir(d);
    if (n == 1) *is_dir = is_directory(dir, best);
    return n;
}

int edit_complete_path(edit_line *e, const char *prefer_ext)
{
    char text[EDIT_MAX * 4], dir[EDIT_MAX * 4], best[1024], out[EDIT_MAX * 4 + 1024];
    const char *slash;
    int n, is_dir = 0;
    if (e->cur != e->len) return 0;
    edit_utf8(e, text, sizeof text);
    slash = strrchr(text, '/');
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - text + 1) : 0, text);
    n = prefer_ext ? scan(dir, slash ? slash + 1 : text, prefer_ext, best, sizeof best, &is_dir) : 0;
    if (n == 0) n = scan(dir, slash ? slash + 1 : text, NULL, best, sizeof best, &is_dir);
    if (n == 0) return 0;
    snprintf(out, sizeof out, "%s%s%s", dir, best, n == 1 && is_dir ? "/" : "");
    edit_set(e, out);
    return n;
}
