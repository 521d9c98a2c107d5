/* tests/test_safe_text.c - the terminal and XML sanitisers (report/safe_text.c), issue 18: what a
 * hostile file name or scenario name may hold (ESC, C1 controls, bidi overrides, invalid UTF-8,
 * U+FFFF) and what must come out. Every expected string is written by hand from the UTF-8 and
 * XML 1.0 definitions, not copied from the program. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../report/safe_text.h"

static void term_is(const char *in, int keep_nl, const char *want)
{
    char out[256];
    assert_string_equal(txt_safe_term(in, out, sizeof out, keep_nl), want);
}

/* ESC c (RIS, resets a terminal) and the CSI ESC [ 2 J: the ESC byte 0x1B becomes "\x1b". */
static void test_term_escape_c0(void **state)
{
    (void)state;
    term_is("ana\033c.ini", 0, "ana\\x1bc.ini");
    term_is("\033[2J", 0, "\\x1b[2J");
    term_is("a\tb\rc\x7f", 0, "a\\x09b\\x0dc\\x7f");
    term_is("two\nlines", 0, "two\\x0alines");
    term_is("two\nlines", 1, "two\nlines");
    term_is(NULL, 0, "");
}

/* U+009B (CSI as one C1 character) is C2 9B in UTF-8; U+202E (right-to-left override) E2 80 AE. */
static void test_term_escape_c1_and_bidi(void **state)
{
    (void)state;
    term_is("x\xc2\x9b" "2J", 0, "x\\u009b2J");
    term_is("abc\xe2\x80\xae" "gpj.ini", 0, "abc\\u202egpj.ini");
    term_is("\xe2\x80\xa8", 0, "\\u2028");
}

/* Text that is fine stays byte for byte: Chinese, accents, U+00A0 (the first code point after C1). */
static void test_term_keeps_text(void **state)
{
    (void)state;
    term_is("重庆 baseline", 0, "重庆 baseline");
    term_is("caf\xc3\xa9 \xc2\xa0!", 0, "caf\xc3\xa9 \xc2\xa0!");
}

/* Invalid UTF-8: a stray continuation byte, a cut sequence, an overlong "/" (C0 AF), a surrogate
 * (ED A0 80 = U+D800), beyond U+10FFFF (F4 90 80 80): each byte shown as \xHH. */
static void test_term_invalid_utf8(void **state)
{
    (void)state;
    term_is("a\x80z", 0, "a\\x80z");
    term_is("a\xe4\xb8", 0, "a\\xe4\\xb8");
    term_is("\xc0\xaf", 0, "\\xc0\\xaf");
    term_is("\xed\xa0\x80", 0, "\\xed\\xa0\\x80");
    term_is("\xf4\x90\x80\x80", 0, "\\xf4\\x90\\x80\\x80");
}

/* A buffer too small cuts at a whole piece: never half an escape or half a character. */
static void test_term_cut(void **state)
{
    char out[6];
    (void)state;
    assert_string_equal(txt_safe_term("ab\033cd", out, sizeof out, 0), "ab"); /* "\x1b" does not fit */
    assert_string_equal(txt_safe_term("a重b", out, 4, 0), "a");               /* 重 is 3 bytes */
}

static void xml_is(const char *in, const char *want)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    txt_fputs_xml(f, in);
    fclose(f);
    assert_string_equal(buf, want);
    free(buf);
}

/* XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. Outside it
 * (and C1, invalid bytes) -> U+FFFD = EF BF BD; the five specials -> entities. */
static void test_xml(void **state)
{
    (void)state;
    xml_is("a<b>&\"'", "a&lt;b&gt;&amp;&quot;&apos;");
    xml_is("esc\033c", "esc\xef\xbf\xbd" "c");
    xml_is("x\xef\xbf\xbf", "x\xef\xbf\xbd");        /* U+FFFF */
    xml_is("\xc2\x9b", "\xef\xbf\xbd");               /* U+009B */
    xml_is("bad\xff", "bad\xef\xbf\xbd");
    xml_is("tab\tnl\n", "tab\tnl\n");
    xml_is("重庆\xf0\x9f\x8c\x8f", "重庆\xf0\x9f\x8c\x8f"); /* U+1F30F is allowed */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_term_escape_c0),   cmocka_unit_test(test_term_escape_c1_and_bidi),
        cmocka_unit_test(test_term_keeps_text),  cmocka_unit_test(test_term_invalid_utf8),
        cmocka_unit_test(test_term_cut),         cmocka_unit_test(test_xml),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
