/* tests/test_tui_edit.c - the prompt line editor (tui/edit.c): insert, delete and move at a cursor,
 * UTF-8 round trips with Chinese, the view that keeps the cursor visible, and file-name completion
 * in a directory made for the test. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "../tui/edit.h"

static void test_edit_insert_delete_move(void **state)
{
    edit_line e;
    char out[64];
    (void)state;
    edit_set(&e, "ac");
    assert_int_equal(e.cur, 2);
    edit_move(&e, -1);
    edit_insert(&e, L'b'); /* a|c -> ab|c */
    edit_utf8(&e, out, sizeof out);
    assert_string_equal(out, "abc");
    assert_int_equal(e.cur, 2);
    edit_home_end(&e, -1);
    edit_delete(&e); /* |abc -> |bc */
    edit_backspace(&e); /* nothing before the cursor */
    edit_utf8(&e, out, sizeof out);
    assert_string_equal(out, "bc");
    edit_home_end(&e, 1);
    edit_backspace(&e);
    edit_utf8(&e, out, sizeof out);
    assert_string_equal(out, "b");
    edit_move(&e, -10); /* clamped */
    assert_int_equal(e.cur, 0);
    edit_move(&e, 10);
    assert_int_equal(e.cur, 1);
}

static void test_edit_utf8_round_trip(void **state)
{
    edit_line e;
    char out[64];
    (void)state;
    edit_set(&e, "情景-é.ini");
    assert_int_equal(e.len, 8);
    edit_utf8(&e, out, sizeof out);
    assert_string_equal(out, "情景-é.ini");
    edit_utf8(&e, out, 4); /* room for one 3-byte character and the terminator only */
    assert_string_equal(out, "情");
}

static void test_edit_full_buffer(void **state)
{
    edit_line e;
    (void)state;
    edit_set(&e, "");
    for (int i = 0; i < EDIT_MAX + 10; i++) edit_insert(&e, L'x');
    assert_int_equal(e.len, EDIT_MAX - 1);
    assert_int_equal(e.buf[e.len], 0);
}

/* "abcdefghij", cursor at the end (10), 5 cells: the cursor needs its own cell, so 4 characters
 * show before it: start 6. Cursor moved to 2 with start 6: the view jumps back to 2. Chinese
 * "新能源汽车" (2 cells each), cursor at the end, 5 cells: 2 characters (4 cells) + cursor: start 3. */
static void test_edit_view_start(void **state)
{
    edit_line e;
    (void)state;
    edit_set(&e, "abcdefghij");
    assert_int_equal(edit_view_start(&e, 5, 0), 6);
    edit_move(&e, -8);
    assert_int_equal(edit_view_start(&e, 5, 6), 2);
    edit_set(&e, "新能源汽车");
    assert_int_equal(edit_view_start(&e, 5, 0), 3);
}

static void touch(const char *dir, const char *name)
{
    char path[512];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "w");
    if (f) fclose(f);
}

/* A directory with base.ini, base.csv, other.ini and sub/: "base.i" completes to base.ini,
 * "ba" to the common prefix "base." (2 matches), "su" to "sub/", "zz" to nothing. */
/* A pre-filled value is selected: typing replaces it ("2030" then "2" gives "2"), Backspace
 * clears it, and after a cursor move typing inserts again. */
static void test_edit_selected_replaced(void **state)
{
    edit_line e;
    char out[64];
    (void)state;
    edit_set(&e, "peak_year<=2030");
    edit_select_all(&e);
    edit_insert(&e, L'c');
    edit_insert(&e, L'o');
    edit_utf8(&e, out, sizeof out);
    assert_string_equal(out, "co");
    edit_set(&e, "12.5");
    edit_select_all(&e);
    edit_backspace(&e);
    assert_int_equal(e.len, 0);
    edit_set(&e, "12.5");
    edit_select_all(&e);
    edit_move(&e, -1);
    edit_insert(&e, L'0');
    edit_utf8(&e, out, sizeof out);
    assert_string_equal(out, "12.05");
}

static void test_edit_complete_path(void **state)
{
    char tmpl[] = "/tmp/peakpath-edit-XXXXXX", text[600], out[700], sub[600];
    char *dir = mkdtemp(tmpl);
    edit_line e;
    (void)state;
    assert_non_null(dir);
    touch(dir, "base.ini");
    touch(dir, "base.csv");
    touch(dir, "other.ini");
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);

    snprintf(text, sizeof text, "%s/base.i", dir);
    edit_set(&e, text);
    assert_int_equal(edit_complete_path(&e, NULL), 1);
    edit_utf8(&e, out, sizeof out);
    snprintf(text, sizeof text, "%s/base.ini", dir);
    assert_string_equal(out, text);

    snprintf(text, sizeof text, "%s/ba", dir);
    edit_set(&e, text);
    assert_int_equal(edit_complete_path(&e, NULL), 2);
    edit_utf8(&e, out, sizeof out);
    snprintf(text, sizeof text, "%s/base.", dir);
    assert_string_equal(out, text);

    snprintf(text, sizeof text, "%s/su", dir);
    edit_set(&e, text);
    assert_int_equal(edit_complete_path(&e, NULL), 1);
    edit_utf8(&e, out, sizeof out);
    snprintf(text, sizeof text, "%s/sub/", dir);
    assert_string_equal(out, text);

    snprintf(text, sizeof text, "%s/zz", dir);
    edit_set(&e, text);
    assert_int_equal(edit_complete_path(&e, NULL), 0);

    /* .ini first: "ba" has one .ini match (base.ini; base.csv set aside) and completes whole */
    snprintf(text, sizeof text, "%s/ba", dir);
    edit_set(&e, text);
    assert_int_equal(edit_complete_path(&e, ".ini"), 1);
    edit_utf8(&e, out, sizeof out);
    snprintf(text, sizeof text, "%s/base.ini", dir);
    assert_string_equal(out, text);
    /* no .ini starts with "base.c": then every name is tried */
    snprintf(text, sizeof text, "%s/base.c", dir);
    edit_set(&e, text);
    assert_int_equal(edit_complete_path(&e, ".ini"), 1);
    edit_utf8(&e, out, sizeof out);
    snprintf(text, sizeof text, "%s/base.csv", dir);
    assert_string_equal(out, text);

    snprintf(text, sizeof text, "%s/base.ini", dir); unlink(text);
    snprintf(text, sizeof text, "%s/base.csv", dir); unlink(text);
    snprintf(text, sizeof text, "%s/other.ini", dir); unlink(text);
    rmdir(sub);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_edit_insert_delete_move),
        cmocka_unit_test(test_edit_utf8_round_trip),
        cmocka_unit_test(test_edit_full_buffer),
        cmocka_unit_test(test_edit_view_start),
        cmocka_unit_test(test_edit_complete_path),
        cmocka_unit_test(test_edit_selected_replaced),
    };
    setlocale(LC_CTYPE, "C.UTF-8");
    return cmocka_run_group_tests_name("tui_edit", tests, NULL, NULL);
}
