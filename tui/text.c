/* tui/text.c - UTF-8 decoding and display-width arithmetic for the TUI (Chinese is two cells
 * wide). Pure: no curses, no locale changes. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* wcwidth */
#endif
#include "text.h"

#include <string.h>

/* ---- decoding ---- */

/* Decodes one character at s (n bytes left) into *c; returns bytes used (>= 1). */
static int decode_one(const unsigned char *s, size_t n, wchar_t *c)
{
    int len;
    unsigned long v;
    if (s[0] < 0x80) { *c = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0) { len = 2; v = s[0] & 0x1F; }
    else if ((s[0] & 0xF0) == 0xE0) { len = 3; v = s[0] & 0x0F; }
    else if ((s[0] & 0xF8) == 0xF0) { len = 4; v = s[0] & 0x07; }
    else { *c = 0xFFFD; return 1; }
    if ((size_t)len > n) { *c = 0xFFFD; return 1; }
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) { *c = 0xFFFD; return i; }
        v = (v << 6) | (s[i] & 0x3F);
    }
    *c = (wchar_t)v;
    return len;
}

int txt_decode(const char *utf8, wchar_t *out, int max)
{
    const unsigned char *s = (const unsigned char *)(utf8 ? utf8 : "");
    size_t n = strlen((const char *)s);
    int k = 0;
    if (max <= 0) return 0;
    while (n > 0 && k < max - 1) {
        int used = decode_one(s, n, &out[k++]);
        s += used;
        n -= (size_t)used;
    }
    out[k] = 0;
    return k;
}

/* ---- widths ---- */

int txt_wcwidth(wchar_t c)
{
    int w = wcwidth(c);
    if (w >= 0) return w;
    return c < 0x20 ? 0 : 1;
}

int txt_wwidth(const wchar_t *w)
{
    int cols = 0;
    for (; w && *w; w++) cols += txt_wcwidth(*w);
    return cols;
}

int txt_width(const char *utf8)
{
    wchar_t buf[1024];
    txt_decode(utf8, buf, (int)(sizeof buf / sizeof buf[0]));
    return txt_wwidth(buf);
}

/* ---- wrapping ---- */

/* Bytes of the UTF-8 character at s (1 for a stray byte). */
static int char_len(const unsigned char *s)
{
    if (s[0] < 0x80) return 1;
    if ((s[0] & 0xE0) == 0xC0 && s[1]) return 2;
    if ((s[0] & 0xF0) == 0xE0 && s[1] && s[2]) return 3;
    if ((s[0] & 0xF8) == 0xF0 && s[1] && s[2] && s[3]) return 4;
    return 1;
}

const char *txt_wrap_line(const char *s, int cols, char *line, size_t size)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t end = 0, last_space = 0;
    int used = 0;
    while (p[end]) {
        wchar_t c;
        int n = char_len(p + end);
        int w = (decode_one(p + end, (size_t)n, &c), txt_wcwidth(c));
        if (used + w > cols || end + (size_t)n >= size) break;
        if (c == L' ') last_space = end;
        used += w;
        end += (size_t)n;
        if (w == 2) last_space = end; /* Chinese text breaks between any two characters */
    }
    if (p[end] && last_space > 0) end = last_space; /* break at the last space (or wide character) */
    if (end == 0 && p[0]) end = (size_t)char_len(p); /* never return without progress */
    memcpy(line, s, end < size ? end : size - 1);
    line[end < size ? end : size - 1] = 0;
    while (s[end] == ' ') end++;
    return s + end;
}

/* ---- fitting ---- */

int txt_fit(const char *utf8, int cols, wchar_t ellipsis, wchar_t *out, int max)
{
    wchar_t buf[1024];
    int n = txt_decode(utf8, buf, (int)(sizeof buf / sizeof buf[0]));
    int total = txt_wwidth(buf), used = 0, k = 0;
    int limit = cols;
    if (max <= 0) return 0;
    if (cols <= 0) { out[0] = 0; return 0; }
    if (total > cols && ellipsis) limit = cols - txt_wcwidth(ellipsis);
    for (int i = 0; i < n && k < max - 2; i++) {
        int w = txt_wcwidth(buf[i]);
        if (used + w > (total > cols ? limit : cols)) break;
        out[k++] = buf[i];
        used += w;
    }
    if (total > cols && ellipsis && k < max - 1 && used + txt_wcwidth(ellipsis) <= cols) {
        out[k++] = ellipsis;
        used += txt_wcwidth(ellipsis);
    }
    out[k] = 0;
    return used;
}

int txt_pad(const char *utf8, int cols, int right, wchar_t ellipsis, wchar_t *out, int max)
{
    wchar_t tmp[1024];
    int used = txt_fit(utf8, cols, ellipsis, tmp, (int)(sizeof tmp / sizeof tmp[0]));
    int pad = cols - used, k = 0, n = (int)wcslen(tmp);
    if (max <= 0) return 0;
    if (right)
        for (; pad > 0 && k < max - 1; pad--) out[k++] = L' ';
    for (int i = 0; i < n && k < max - 1; i++) out[k++] = tmp[i];
    for (; pad > 0 && k < max - 1; pad--) out[k++] = L' ';
    out[k] = 0;
    return cols;
}
