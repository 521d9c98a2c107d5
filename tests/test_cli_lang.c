/* tests/test_cli_lang.c - the command line's language and the CSV headers of issue 13:
 * cli_lang_take (--lang anywhere, PEAKPATH_LANG, the locale; the option taken out of argv),
 * report/csv_head.c (names, English and Chinese headers; values converted to the header's unit)
 * and report/text_cols.c (a Chinese character takes two terminal columns). Expected values are
 * hand-worked: 1 Mtce = 100 万吨标准煤, so 88.75 Mtce is written 8875; "万吨" is 2 characters = 4
 * columns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../cli/cli.h"
#include "../report/csv_head.h"
#include "../report/text_cols.h"

/* Runs cli_lang_take on the words of line (space-separated, at most 8) and returns the exit code;
 * *argc_out and out[] the arguments left. */
static int take(const char *line, int *argc_out, char out[8][32])
{
    char buf[256], *argv[9];
    int argc = 0, code;
    snprintf(buf, sizeof buf, "%s", line);
    for (char *w = strtok(buf, " "); w && argc < 8; w = strtok(NULL, " ")) argv[argc++] = w;
    argv[argc] = NULL;
    code = cli_lang_take(&argc, argv);
    for (int i = 0; i < argc; i++) snprintf(out[i], 32, "%s", argv[i]);
    *argc_out = argc;
    return code;
}

static void clear_env(void)
{
    unsetenv("PEAKPATH_LANG");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    setenv("LANG", "C.UTF-8", 1);
}

static void test_lang_anywhere(void **state)
{
    char left[8][32];
    int n;
    (void)state;
    clear_env();
    assert_int_equal(take("peakpath --lang zh run x.ini", &n, left), CLI_EXIT_OK);
    assert_int_equal(cli_lang(), LANG_ZH);
    assert_int_equal(n, 3);
    assert_string_equal(left[1], "run");
    assert_string_equal(left[2], "x.ini");
    assert_int_equal(take("peakpath run x.ini --lang=zh", &n, left), CLI_EXIT_OK);
    assert_int_equal(cli_lang(), LANG_ZH);
    assert_int_equal(n, 3);
    assert_int_equal(take("peakpath keys --lang zh --lang en", &n, left), CLI_EXIT_OK);
    assert_int_equal(cli_lang(), LANG_EN); /* the last one given */
    assert_int_equal(n, 2);
    assert_string_equal(cli_lang_given(), "en");
    assert_int_equal(take("peakpath run -- --lang zh", &n, left), CLI_EXIT_OK);
    assert_int_equal(cli_lang(), LANG_EN); /* after "--" it is an argument */
    assert_int_equal(n, 5);
}

static void test_lang_defaults(void **state)
{
    char left[8][32];
    int n;
    (void)state;
    clear_env();
    take("peakpath run", &n, left);
    assert_int_equal(cli_lang(), LANG_EN);
    assert_null(cli_lang_given()); /* from the locale: the screens decide themselves */
    setenv("LANG", "zh_CN.UTF-8", 1);
    take("peakpath run", &n, left);
    assert_int_equal(cli_lang(), LANG_ZH);
    setenv("PEAKPATH_LANG", "en", 1); /* PEAKPATH_LANG before the locale */
    take("peakpath run", &n, left);
    assert_int_equal(cli_lang(), LANG_EN);
    assert_string_equal(cli_lang_given(), "en");
    take("peakpath run --lang zh", &n, left); /* --lang before PEAKPATH_LANG */
    assert_int_equal(cli_lang(), LANG_ZH);
    clear_env();
}

static void test_lang_bad_values(void **state)
{
    char left[8][32];
    int n;
    (void)state;
    clear_env();
    assert_int_equal(take("peakpath run --lang fr", &n, left), CLI_EXIT_USAGE);
    assert_int_equal(take("peakpath run --lang", &n, left), CLI_EXIT_USAGE);
    setenv("PEAKPATH_LANG", "xx", 1); /* named and ignored: the locale decides */
    assert_int_equal(take("peakpath run", &n, left), CLI_EXIT_OK);
    assert_int_equal(cli_lang(), LANG_EN);
    clear_env();
}

/* The header field and one value of a column as csv_head writes them. */
static void field(csv_headers h, double v, char *out, size_t size)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    csv_head_field(f, "energy_mtce", "Total energy use", "能源消费总量", "Mtce", h);
    fputc('|', f);
    csv_head_num(f, v, csv_head_view("Mtce", h));
    fclose(f);
    snprintf(out, size, "%s", buf);
    free(buf);
}

static void test_csv_headers(void **state)
{
    char out[256];
    csv_headers h;
    (void)state;
    field(CSV_HEAD_NAMES, 88.75, out, sizeof out);
    assert_string_equal(out, "energy_mtce|88.75");
    field(CSV_HEAD_EN, 88.75, out, sizeof out);
    assert_string_equal(out, "Total energy use (Mtce)|88.75");
    field(CSV_HEAD_ZH, 88.75, out, sizeof out);
    assert_string_equal(out, "能源消费总量（万吨标准煤）|8875"); /* 88.75 x 100 */
    assert_int_equal(csv_head_parse("zh", &h), 0);
    assert_int_equal(h, CSV_HEAD_ZH);
    assert_int_equal(csv_head_parse("names", &h), 0);
    assert_int_equal(h, CSV_HEAD_NAMES);
    assert_int_equal(csv_head_parse("fr", &h), -1);
}

static void test_text_columns(void **state)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f;
    (void)state;
    assert_int_equal(tc_cols("万吨"), 4);
    assert_int_equal(tc_cols("Mt"), 2);
    assert_int_equal(tc_cols("万吨CO2"), 7);
    assert_int_equal(tc_cols("（%）"), 5); /* fullwidth brackets are wide */
    assert_int_equal(tc_cols(NULL), 0);
    f = open_memstream(&buf, &len);
    tc_pad(f, "年份", 6, 0);
    fputc('|', f);
    tc_pad(f, "GW", 6, 1);
    fclose(f);
    assert_string_equal(buf, "年份  |    GW");
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lang_anywhere),
        cmocka_unit_test(test_lang_defaults),
        cmocka_unit_test(test_lang_bad_values),
        cmocka_unit_test(test_csv_headers),
        cmocka_unit_test(test_text_columns),
    };
    return cmocka_run_group_tests_name("cli_lang", tests, NULL, NULL);
}
