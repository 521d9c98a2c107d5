/* report/text_cols.h - UTF-8 text laid out in terminal columns for the CLI's tables: the width a
 * string takes (a Chinese character takes two columns, so printf's byte widths misalign Chinese
 * headers) and padding to a width. No locale needed (the wide ranges are fixed, as in the
 * Unicode East Asian Width table), no state. */
#ifndef PEAKPATH_REPORT_TEXT_COLS_H
#define PEAKPATH_REPORT_TEXT_COLS_H

#include <stdio.h>

/* Columns s takes on a terminal: 2 for each East Asian wide or fullwidth character (CJK, kana,
 * Hangul, fullwidth forms, CJK punctuation), 1 for every other character or invalid byte.
 * NULL counts as 0. */
int tc_cols(const char *s);

/* Writes s padded with spaces to at least width columns: right-aligned when right is 1, else
 * left-aligned. A longer s is written whole. */
void tc_pad(FILE *f, const char *s, int width, int right);

#endif
