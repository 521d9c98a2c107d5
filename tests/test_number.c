/* tests/test_number.c - cmocka tests of the one number grammar (sim/scenario/number.c) and of the
 * inputs that use it: scenario values and ranges, challenge limits and goals, seek targets. Decimal
 * only (hexadecimal, "inf", a decimal comma are refused), and independent of the process locale:
 * with a comma-decimal locale set (one the machine has, else one made with localedef under the
 * build directory; skipped with a message when neither works) every shipped scenario and challenge
 * still loads with the same numbers. */
#include <glob.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "../sim/scenario/challenge.h"
#include "../report/error_text.h"
#include "../sim/scenario/number.h"
#include "../sim/scenario/target.h"

static char locale_dir[1024]; /* where a generated locale goes: beside this program */

/* ---- the grammar ---- */

static void number_accepts_decimals(void **state)
{
    double v = -1;
    (void)state;
    assert_int_equal(num_parse("4.5", &v), 0);
    assert_true(v == 4.5);
    assert_int_equal(num_parse("  -1e3\t", &v), 0);
    assert_true(v == -1000.0);
    assert_int_equal(num_parse("+.5", &v), 0);
    assert_true(v == 0.5);
    assert_int_equal(num_parse("7.", &v), 0);
    assert_true(v == 7.0);
    assert_int_equal(num_parse("-0", &v), 0);
    assert_false(signbit(v)); /* no negative zero in an input */
}

static void number_refuses_the_rest(void **state)
{
    static const char *const bad[] = {"0x7e8", "0X10", "1,5", "4.5abc", "", "  ", ".", "e5", "1e",
                                      "1e+", "--1", "1 2", "٣", "4.5%"};
    double v = 42;
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        if (num_parse(bad[i], &v) != -1) fail_msg("\"%s\" was read as a number", bad[i]);
        assert_true(v == 42); /* untouched on failure */
    }
    assert_int_equal(num_parse(NULL, &v), -1);
    assert_int_equal(num_parse("inf", &v), -2);
    assert_int_equal(num_parse("-Infinity", &v), -2);
    assert_int_equal(num_parse("NaN", &v), -2);
    assert_int_equal(num_parse("1e400", &v), -2); /* overflows a double */
}

static void number_pair(void **state)
{
    double lo = 0, hi = 0;
    (void)state;
    assert_int_equal(num_parse_pair("1, 4.9", &lo, &hi), 0);
    assert_true(lo == 1.0 && hi == 4.9);
    assert_int_equal(num_parse_pair(" -1.0 ,+1.0 ", &lo, &hi), 0);
    assert_true(lo == -1.0 && hi == 1.0);
    assert_int_equal(num_parse_pair("1", &lo, &hi), -1);
    assert_int_equal(num_parse_pair("1, 2, 3", &lo, &hi), -1);
    assert_int_equal(num_parse_pair("0x1, 2", &lo, &hi), -1);
    assert_int_equal(num_parse_pair("1, inf", &lo, &hi), -2);
}

static void number_format_reads_back(void **state)
{
    char buf[32];
    (void)state;
    assert_string_equal(num_format(2000, buf, sizeof buf), "2000"); /* not 2e+03 */
    assert_string_equal(num_format(0.1, buf, sizeof buf), "0.1");
    assert_string_equal(num_format(-0.0, buf, sizeof buf), "0");
    assert_string_equal(num_format(4.9, buf, sizeof buf), "4.9");
    assert_string_equal(num_format(1.0 / 3.0, buf, sizeof buf), "0.3333333333333333");
}

/* ---- the inputs that use it ---- */

static void hexadecimal_goal_and_target_refused(void **state)
{
    seek_target t;
    pp_error e;
    scn_scenario *s = NULL;
    (void)state;
    pp_error_clear(&e);
    /* 0x7e8 is 2024: strtod alone would have taken it as a year */
    assert_int_equal(seek_parse_target("peak_year <= 0x7e8", &t, &e), PP_ERR_PARSE);
    assert_non_null(strstr(ERROR_MSG_EN(&e), "0x7e8"));
    assert_int_equal(seek_parse_target("co2_2030<=inf", &t, &e), PP_ERR_PARSE);
    assert_int_equal(seek_parse_target("co2_2030 <= 215.5 ", &t, &e), PP_OK);
    assert_true(t.value == 215.5);
    pp_error_clear(&e);
    assert_int_equal(scn_load_string("[scenario]\nname = P\ninherit = challenge-1-energy-mix.ini\n"
                                     "[challenge]\ngoal.peak_year = <= 0x7e8\n",
                                     "scenarios/p.ini", "scenarios", &s, &e), PP_ERR_PARSE);
    assert_null(s);
    pp_error_clear(&e);
    assert_int_equal(scn_load_string("[scenario]\nname = P\n[challenge]\ngoal.peak_year = <= 2028\n"
                                     "limit.power.solar_gw = 0x1, 20\n", "scenarios/p.ini", "scenarios", &s, &e),
                     PP_ERR_PARSE);
    assert_null(s);
    assert_non_null(strstr(ERROR_MSG_EN(&e), "is not two numbers"));
}

/* ---- a comma-decimal locale ---- */

/* Sets a locale whose decimal point is a comma: an installed one, else de_DE.UTF-8 made with
 * localedef into locale_dir (and LOCPATH pointed there). Returns its name, or NULL. */
static const char *set_comma_locale(void)
{
    static const char *const names[] = {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8",
                                        "nl_NL.UTF-8", "es_ES.UTF-8", "it_IT.UTF-8", "pt_BR.UTF-8"};
    char cmd[2300];
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (setlocale(LC_ALL, names[i]) && !strcmp(localeconv()->decimal_point, ",")) return names[i];
        if (pass == 1 || !locale_dir[0]) break;
        mkdir(locale_dir, 0755);
        snprintf(cmd, sizeof cmd, "[ -d '%s/de_DE.UTF-8' ] || localedef -i de_DE -f UTF-8 '%s/de_DE.UTF-8' "
                 ">/dev/null 2>&1", locale_dir, locale_dir);
        if (system(cmd) != 0) break;
        setenv("LOCPATH", locale_dir, 1); /* glibc reads it on every setlocale */
    }
    setlocale(LC_ALL, "C");
    return NULL;
}

/* The limit of challenge 1 on wind, "1, 4.9" (the value the issue saw refused). */
static void check_challenge_1(const scn_scenario *s)
{
    double lo = 0, hi = 0;
    const chal_challenge *c = chal_of(s);
    assert_non_null(c);
    assert_true(chal_limit(c, pp_param_find("power.wind_gw", NULL), &lo, &hi));
    assert_true(lo == 1.0 && hi == 4.9);
}

static void shipped_files_load_in_a_comma_locale(void **state)
{
    const char *name;
    glob_t g;
    int n = 0;
    char buf[32];
    (void)state;
    if (!(name = set_comma_locale())) {
        print_message("skipped: no comma-decimal locale is installed and localedef could not make "
                      "de_DE.UTF-8 (Debian: the locales package)\n");
        skip();
    }
    print_message("locale %s (decimal point \"%s\")\n", name, localeconv()->decimal_point);
    assert_int_equal(glob("scenarios/*.ini", 0, NULL, &g), 0);
    for (size_t i = 0; i < g.gl_pathc; i++) {
        scn_scenario *s = NULL;
        pp_error e;
        pp_error_clear(&e);
        if (scn_load(g.gl_pathv[i], &s, &e) != PP_OK) {
            char msg[PP_ERR_MSG_MAX + 400];
            fail_msg("%s does not load under %s: %s", g.gl_pathv[i], name, error_text(&e, LANG_EN, msg, sizeof msg));
        }
        if (strstr(g.gl_pathv[i], "challenge-")) assert_non_null(chal_of(s));
        if (strstr(g.gl_pathv[i], "challenge-1-")) check_challenge_1(s);
        scn_free(s);
        n++;
    }
    globfree(&g);
    assert_true(n >= 8);
    assert_string_equal(num_format(4.9, buf, sizeof buf), "4.9"); /* and written with a point */
    setlocale(LC_ALL, "C");
}

int main(int argc, char **argv)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(number_accepts_decimals),
        cmocka_unit_test(number_refuses_the_rest),
        cmocka_unit_test(number_pair),
        cmocka_unit_test(number_format_reads_back),
        cmocka_unit_test(hexadecimal_goal_and_target_refused),
        cmocka_unit_test(shipped_files_load_in_a_comma_locale),
    };
    const char *slash = argc > 0 ? strrchr(argv[0], '/') : NULL;
    if (slash) snprintf(locale_dir, sizeof locale_dir, "%.*s/locale", (int)(slash - argv[0]), argv[0]);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
