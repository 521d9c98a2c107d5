/* tui/text.h - UTF-8 text measured in terminal cells: decoding to wide characters, display width
 * (Chinese takes two cells) and fitting a string into a number of columns. Pure: no curses;
 * widths come from wcwidth(), so the caller must have set an LC_CTYPE locale. */
#ifndef PEAKPATH_TUI_TEXT_H
#define PEAKPATH_TUI_TEXT_H

#include <stddef.h>
#include <wchar.h>

/* Decodes UTF-8 into out (at most max-1 characters, then a terminating 0). Invalid bytes become
 * U+FFFD. Returns the number of characters written. Independent of the locale. */
int txt_decode(const char *utf8, wchar_t *out, int max);

/* Cells taken by one character (0 for combining marks, 2 for CJK, 1 for what wcwidth refuses). */
int txt_wcwidth(wchar_t c);

/* Cells taken by a UTF-8 string, and by a wide string. */
int txt_width(const char *utf8);
int txt_wwidth(const wchar_t *w);

/* Copies the UTF-8 string into out as wide characters taking at most `cols` cells. When it does
 * not fit, the last cell is `ellipsis` (0: cut without a mark). A wide character never straddles
 * the limit. Returns the cells used. out holds at least max characters. */
int txt_fit(const char *utf8, int cols, wchar_t ellipsis, wchar_t *out, int max);

/* Same as txt_fit then pads with spaces to exactly `cols` cells (left-aligned), or right-aligns
 * when `right` is set. Returns cols (or the cells used if cols is negative). */
int txt_pad(const char *utf8, int cols, int right, wchar_t ellipsis, wchar_t *out, int max);

/* Word wrap: copies into line (UTF-8, at most size bytes) the first line of s that fits in cols
 * cells, broken after the last space that allows it (anywhere when there is none, as for Chinese),
 * and returns the rest of s with leading spaces skipped ("" when all fit). */
const char *txt_wrap_line(const char *s, int cols, char *line, size_t size);

#endif
