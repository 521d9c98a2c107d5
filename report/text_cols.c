/* report/text_cols.c - terminal columns of UTF-8 text (report/text_cols.h). */
#include "text_cols.h"

#include <string.h>

#include "safe_text.h"

/* The East Asian wide and fullwidth blocks a CLI table may hold: Hangul Jamo, CJK radicals to
 * Yi (punctuation, kana, CJK unified ideographs), Hangul syllables, CJK compatibility ideographs,
 * vertical and compatibility forms, fullwidth forms, the supplementary ideographic planes. */
static int is_wide(unsigned long cp)
{
    static const unsigned long ranges[][2] = {
        {0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
        {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60},
        {0xFFE0, 0xFFE6}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
        if (cp >= ranges[i][0] && cp <= ranges[i][1]) return 1;
    return 0;
}

int tc_cols(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = s ? strlen(s) : 0;
    int cols = 0;
    while (n > 0) {
        unsigned long cp;
        int len = txt_utf8_decode(p, n, &cp);
        if (len == 0) len = 1, cp = 0xFFFD; /* an invalid byte shows as one replacement column */
        cols += is_wide(cp) ? 2 : 1;
        p += len;
        n -= (size_t)len;
    }
    return cols;
}

void tc_pad(FILE *f, const char *s, int width, int right)
{
    int pad = width - tc_cols(s);
    if (right)
        for (; pad > 0; pad--) fputc(' ', f);
    fputs(s ? s : "", f);
    if (!right)
        for (; pad > 0; pad--) fputc(' ', f);
}
