/* report/safe_text.c - the terminal and XML text sanitisers (report/safe_text.h): one UTF-8
 * decoder, one table of what a terminal must not see raw, one of what XML forbids. */
#include "safe_text.h"

#include <string.h>

/* ---- decoding ---- */

int txt_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
    static const unsigned long min_of_len[5] = {0, 0, 0x80, 0x800, 0x10000}; /* overlong below */
    int len;
    unsigned long v;
    if (n == 0) return 0;
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if (s[0] >= 0xC2 && s[0] <= 0xDF) { len = 2; v = s[0] & 0x1Fu; }
    else if ((s[0] & 0xF0) == 0xE0) { len = 3; v = s[0] & 0x0Fu; }
    else if (s[0] >= 0xF0 && s[0] <= 0xF4) { len = 4; v = s[0] & 0x07u; }
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    if (v < min_of_len[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

/* ---- terminal ---- */

/* True for a code point a terminal must not receive raw. */
static int term_unsafe(unsigned long c, int keep_newlines)
{
    if (c == '\n') return !keep_newlines;
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x200E || c == 0x200F ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* The escape shown for one character or stray byte: "\x1b" (ASCII, stray bytes) or "\u009b". */
static int term_escape(unsigned long c, int is_byte, char out[8])
{
    static const char hex[] = "0123456789abcdef";
    if (is_byte || c < 0x80) {
        out[0] = '\\', out[1] = 'x', out[2] = hex[(c >> 4) & 15], out[3] = hex[c & 15], out[4] = 0;
        return 4;
    }
    out[0] = '\\', out[1] = 'u';
    for (int i = 0; i < 4; i++) out[2 + i] = hex[(c >> (12 - 4 * i)) & 15];
    out[6] = 0;
    return 6;
}

/* Calls put(piece, len, ctx) for each safe piece of s in order. */
static void term_walk(const char *s, int keep_newlines, void (*put)(const char *, size_t, void *), void *ctx)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p);
    while (n > 0) {
        unsigned long c = 0;
        char esc[8];
        int len = txt_utf8_decode(p, n, &c);
        if (len == 0) put(esc, (size_t)term_escape(p[0], 1, esc), ctx), len = 1;
        else if (term_unsafe(c, keep_newlines)) put(esc, (size_t)term_escape(c, 0, esc), ctx);
        else put((const char *)p, (size_t)len, ctx);
        p += len;
        n -= (size_t)len;
    }
}

typedef struct {
    char *out;
    size_t size, used;
    int full;
} term_buf;

static void put_buf(const char *piece, size_t len, void *ctx)
{
    term_buf *b = ctx;
    if (b->full || b->used + len >= b->size) { /* whole pieces only: never half a character */
        b->full = 1;
        return;
    }
    memcpy(b->out + b->used, piece, len);
    b->used += len;
}

static void put_file(const char *piece, size_t len, void *ctx)
{
    fwrite(piece, 1, len, (FILE *)ctx);
}

char *txt_safe_term(const char *s, char *out, size_t size, int keep_newlines)
{
    term_buf b = {out, size, 0, 0};
    if (!out || size == 0) return out;
    term_walk(s, keep_newlines, put_buf, &b);
    out[b.used] = '\0';
    return out;
}

void txt_fputs_term(FILE *f, const char *s, int keep_newlines)
{
    term_walk(s, keep_newlines, put_file, f);
}

/* ---- XML ---- */

/* True for a code point XML 1.0 allows (Char production) and that is not a C1 control. */
static int xml_allowed(unsigned long c)
{
    if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
    if (c >= 0x7F && c <= 0x9F) return 0;
    return c != 0xFFFE && c != 0xFFFF;
}

void txt_fputs_xml(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p);
    while (n > 0) {
        unsigned long c = 0;
        int len = txt_utf8_decode(p, n, &c);
        if (len == 0 || !xml_allowed(c)) fputs("\xEF\xBF\xBD", f); /* U+FFFD */
        else if (c == '&') fputs("&amp;", f);
        else if (c == '<') fputs("&lt;", f);
        else if (c == '>') fputs("&gt;", f);
        else if (c == '"') fputs("&quot;", f);
        else if (c == '\'') fputs("&apos;", f);
        else fwrite(p, 1, (size_t)len, f);
        if (len == 0) len = 1;
        p += len;
        n -= (size_t)len;
    }
}
