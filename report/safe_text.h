/* report/safe_text.h - the two text sanitisers every screen and export goes through: one for
 * what reaches a terminal (the TUI, the room, stdout tables and Markdown, messages on stderr) and
 * one for XML (SVG exports). Text from files and file names is hostile: a participant's file
 * named with ESC c would reset the facilitator's terminal, and a name with a control byte or
 * invalid UTF-8 makes an SVG that is not XML. Pure functions, no state. */
#ifndef PEAKPATH_REPORT_SAFE_TEXT_H
#define PEAKPATH_REPORT_SAFE_TEXT_H

#include <stddef.h>
#include <stdio.h>

/* Terminal-safe copy of s into out (size > 0; always NUL-terminated, cut at a character
 * boundary when out is too small). Valid UTF-8 text other than controls is copied unchanged.
 * Replaced, each by a visible escape: C0 controls and DEL (byte 0x1B -> "\x1b"), with tab,
 * newline and carriage return too when keep_newlines is 0 (a newline is kept when it is 1); C1
 * controls U+0080..U+009F ("\u009b"); the bidirectional controls U+200E/F, U+202A..U+202E,
 * U+2066..U+2069 and the line/paragraph separators U+2028/9 (they reorder or break what the
 * facilitator reads); every byte of invalid UTF-8, overlong forms and surrogates ("\xff").
 * s NULL reads as "". Returns out. */
char *txt_safe_term(const char *s, char *out, size_t size, int keep_newlines);

/* txt_safe_term of s written to f (any length), newlines kept when keep_newlines. */
void txt_fputs_term(FILE *f, const char *s, int keep_newlines);

/* s written to f as XML character data or an attribute value: & < > " ' become entities, and
 * every character XML 1.0 forbids or that is not valid UTF-8 (C0 controls but tab, newline and
 * carriage return; surrogates; U+FFFE, U+FFFF; invalid bytes) becomes U+FFFD; C1 controls
 * (allowed by XML but shown raw by viewers that print SVG text) become U+FFFD too. NULL writes
 * nothing. */
void txt_fputs_xml(FILE *f, const char *s);

/* The code point of the UTF-8 character at s (n bytes available) in *cp; returns its length
 * 1..4, or 0 when the bytes there are not valid UTF-8 (a stray byte, a cut sequence, an
 * overlong form, a surrogate, beyond U+10FFFF). */
int txt_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp);

#endif
