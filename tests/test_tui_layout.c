/* tests/test_tui_layout.c - the TUI's screen rectangles (tui/layout.c) and text widths
 * (tui/text.c): exact rectangles at 80x24, 120x40 and 200x60 worked out by hand from the
 * constants in layout.c, tiling properties over many sizes, and Chinese double-width fitting. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include <cmocka.h>

#include "../tui/layout.h"
#include "../tui/text.h"

static void assert_rect(lay_rect r, int y, int x, int h, int w)
{
    assert_int_equal(r.y, y);
    assert_int_equal(r.x, x);
    assert_int_equal(r.h, h);
    assert_int_equal(r.w, w);
}

/* 80x24: title row 0; body rows 1..20 (24 - 4); levers 40 wide; view the other 40; status,
 * message and keys on rows 21, 22, 23. */
static void test_lay_80x24(void **state)
{
    lay_layout l;
    (void)state;
    lay_compute(80, 24, &l);
    assert_int_equal(l.too_small, 0);
    assert_rect(l.title, 0, 0, 1, 80);
    assert_rect(l.levers, 1, 0, 20, 40);
    assert_rect(l.view, 1, 40, 20, 40);
    assert_int_equal(l.view2.h, 0);
    assert_rect(l.status, 21, 0, 1, 80);
    assert_rect(l.message, 22, 0, 1, 80);
    assert_rect(l.keys, 23, 0, 1, 80);
    assert_int_equal(l.lever_detail, 0);
}

/* 120x40: medium levers (46); tall, so the body (36 rows) splits 40 %: 36 * 40 / 100 = 14 rows
 * for the second view, 22 for the first. */
static void test_lay_120x40(void **state)
{
    lay_layout l;
    (void)state;
    lay_compute(120, 40, &l);
    assert_rect(l.levers, 1, 0, 36, 46);
    assert_rect(l.view, 1, 46, 22, 74);
    assert_rect(l.view2, 23, 46, 14, 74);
    assert_int_equal(l.side.w, 0); /* below 170 columns */
    assert_int_equal(l.lever_detail, 0);
}

/* 200x60: wide levers (60) with the loaded-value column; the key numbers panel (44) on the right
 * leaves the views 200 - 60 - 44 = 96 columns; body 56 rows, second view 56*40/100 = 22 rows,
 * first 34. */
static void test_lay_200x60(void **state)
{
    lay_layout l;
    (void)state;
    lay_compute(200, 60, &l);
    assert_rect(l.levers, 1, 0, 56, 60);
    assert_rect(l.view, 1, 60, 34, 96);
    assert_rect(l.view2, 35, 60, 22, 96);
    assert_rect(l.side, 1, 156, 56, 44);
    assert_int_equal(l.lever_detail, 1);
    assert_rect(l.keys, 59, 0, 1, 200);
}

static void test_lay_too_small(void **state)
{
    lay_layout l;
    (void)state;
    lay_compute(79, 24, &l);
    assert_int_equal(l.too_small, 1);
    assert_int_equal(l.levers.w, 0);
    lay_compute(80, 23, &l);
    assert_int_equal(l.too_small, 1);
    lay_compute(0, 0, &l);
    assert_int_equal(l.too_small, 1);
}

/* Over many sizes: levers and views tile the body exactly, nothing leaves the screen. */
static void test_lay_tiles_every_size(void **state)
{
    (void)state;
    for (int c = 80; c <= 300; c += 7) {
        for (int r = 24; r <= 100; r += 5) {
            lay_layout l;
            lay_compute(c, r, &l);
            assert_int_equal(l.too_small, 0);
            assert_int_equal(l.levers.w + l.view.w + l.side.w, c);
            if (l.side.w) assert_int_equal(l.side.h, r - 4);
            assert_int_equal(l.view.h + l.view2.h, r - 4);
            assert_int_equal(l.levers.h, r - 4);
            if (l.view2.h) assert_int_equal(l.view2.y, l.view.y + l.view.h);
            assert_true(l.view2.y + l.view2.h <= l.status.y);
            assert_int_equal(l.status.y, r - 3);
            assert_int_equal(l.keys.y, r - 1);
            assert_true(l.view.w >= 40); /* a chart never gets squeezed below 40 columns */
        }
    }
}

static void test_lay_inner_and_contains(void **state)
{
    lay_rect r = {1, 0, 20, 40}, tiny = {0, 0, 2, 2}, in;
    (void)state;
    in = lay_inner(&r);
    assert_rect(in, 2, 1, 18, 38);
    in = lay_inner(&tiny);
    assert_int_equal(in.h, 0);
    assert_true(lay_contains(&r, 1, 0));
    assert_true(lay_contains(&r, 20, 39));
    assert_false(lay_contains(&r, 21, 0));
    assert_false(lay_contains(&r, 5, 40));
}

static void test_lay_split(void **state)
{
    lay_rect r = {1, 40, 20, 40}, a, b;
    (void)state;
    lay_split(&r, 1, 15, &a, &b);
    assert_rect(a, 1, 40, 20, 15);
    assert_rect(b, 1, 55, 20, 25);
    lay_split(&r, 0, 30, &a, &b); /* more than there is: all to the first part */
    assert_rect(a, 1, 40, 20, 40);
    assert_int_equal(b.h, 0);
}

/* ---- text ---- */

static void test_txt_width(void **state)
{
    (void)state;
    assert_int_equal(txt_width("abc"), 3);
    assert_int_equal(txt_width(""), 0);
    assert_int_equal(txt_width("达峰2030"), 8);   /* 2 + 2 + 4 */
    assert_int_equal(txt_width("（中文）"), 8);   /* full-width brackets are wide too */
}

static void test_txt_decode(void **state)
{
    wchar_t w[8];
    (void)state;
    assert_int_equal(txt_decode("\xc3\xa9" "a", w, 8), 2);  /* é a */
    assert_int_equal(w[0], 0xE9);
    assert_int_equal(txt_decode("\xff" "b", w, 8), 2);
    assert_int_equal(w[0], 0xFFFD);
    assert_int_equal(w[1], L'b');
    assert_int_equal(txt_decode("abcdefghij", w, 4), 3); /* room for 3 and the terminator */
    assert_int_equal(w[3], 0);
}

/* "新能源汽车占比" is 7 wide characters, 14 cells. In 9 cells with a one-cell ellipsis: 4
 * characters (8 cells) + "…" = 9. In 8 cells: 3 characters (6) + "…" = 7, since a fourth would
 * straddle. */
static void test_txt_fit_wide(void **state)
{
    wchar_t w[32];
    (void)state;
    assert_int_equal(txt_fit("新能源汽车占比", 9, L'…', w, 32), 9);
    assert_true(wcscmp(w, L"新能源汽…") == 0);
    assert_int_equal(txt_fit("新能源汽车占比", 8, L'…', w, 32), 7);
    assert_true(wcscmp(w, L"新能源…") == 0);
    assert_int_equal(txt_fit("abc", 5, L'…', w, 32), 3);
    assert_true(wcscmp(w, L"abc") == 0);
    assert_int_equal(txt_fit("abcdef", 4, 0, w, 32), 4);
    assert_true(wcscmp(w, L"abcd") == 0);
}

static void test_txt_pad(void **state)
{
    wchar_t w[32];
    (void)state;
    txt_pad("ab", 5, 1, L'…', w, 32);
    assert_true(wcscmp(w, L"   ab") == 0);
    txt_pad("达", 4, 0, L'…', w, 32);
    assert_true(wcscmp(w, L"达  ") == 0);
}

/* Wrapping breaks after the last space that fits, or anywhere when none does (Chinese). */
static void test_txt_wrap_line(void **state)
{
    char line[64];
    const char *rest;
    (void)state;
    rest = txt_wrap_line("Share of high-tech and strategic", 10, line, sizeof line);
    assert_string_equal(line, "Share of"); /* "Share of h" is 10; the last space is at 8 */
    assert_string_equal(rest, "high-tech and strategic");
    rest = txt_wrap_line("abcdefghij", 4, line, sizeof line);
    assert_string_equal(line, "abcd");
    assert_string_equal(rest, "efghij");
    rest = txt_wrap_line("新能源汽车占比", 5, line, sizeof line);
    assert_string_equal(line, "新能");        /* 4 cells; a third character would make 6 */
    assert_string_equal(rest, "源汽车占比");
    /* Chinese breaks between characters, not back at an earlier space: "允许 -10至25" is 12 cells,
     * "%" would make 13, so the line ends after 至, not at the space after 允许 */
    rest = txt_wrap_line("允许 -10至25%/年", 10, line, sizeof line);
    assert_string_equal(line, "允许 -10至");
    assert_string_equal(rest, "25%/年");
    rest = txt_wrap_line("abc", 10, line, sizeof line);
    assert_string_equal(line, "abc");
    assert_string_equal(rest, "");
    rest = txt_wrap_line("extraordinary x", 5, line, sizeof line);
    assert_string_equal(line, "extra");
    assert_string_equal(rest, "ordinary x");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lay_80x24),          cmocka_unit_test(test_lay_120x40),
        cmocka_unit_test(test_lay_200x60),         cmocka_unit_test(test_lay_too_small),
        cmocka_unit_test(test_lay_tiles_every_size), cmocka_unit_test(test_lay_inner_and_contains),
        cmocka_unit_test(test_lay_split),          cmocka_unit_test(test_txt_width),
        cmocka_unit_test(test_txt_decode),         cmocka_unit_test(test_txt_fit_wide),
        cmocka_unit_test(test_txt_pad),          cmocka_unit_test(test_txt_wrap_line),
    };
    setlocale(LC_CTYPE, "C.UTF-8"); /* wcwidth needs a UTF-8 locale */
    return cmocka_run_group_tests_name("tui_layout", tests, NULL, NULL);
}
