/* fuzz/fuzz_check.h - what the room and export fuzz targets check of every text they produce:
 * terminal-safe (no C0 control but newline, no DEL, no C1 control, valid UTF-8) and XML-safe
 * (valid UTF-8, only characters XML 1.0 allows). Header-only: static functions. */
#ifndef PEAKPATH_FUZZ_FUZZ_CHECK_H
#define PEAKPATH_FUZZ_FUZZ_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../report/safe_text.h"

/* The first offending byte offset of a text a terminal would receive, or -1 when it is clean. */
static long fuzz_term_dirty(const char *s, size_t n, int newlines_ok)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned long c;
        int len = txt_utf8_decode(p + i, n - i, &c);
        if (len == 0) return (long)i;
        if ((c < 0x20 && !(newlines_ok && c == '\n')) || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return (long)i;
        i += (size_t)len;
    }
    return -1;
}

/* The first offending byte offset of XML text, or -1 when every character is allowed. */
static long fuzz_xml_dirty(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned long c;
        int len = txt_utf8_decode(p + i, n - i, &c);
        if (len == 0) return (long)i;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) return (long)i;
        i += (size_t)len;
    }
    return -1;
}

/* Aborts (a crash for libFuzzer) naming what broke and where. */
static void fuzz_fail(const char *target, const char *what, const char *text, long at)
{
    fprintf(stderr, "%s: %s at byte %ld: %.80s\n", target, what, at, text + (at > 20 ? at - 20 : 0));
    abort();
}

#endif
