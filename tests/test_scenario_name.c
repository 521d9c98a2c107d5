/* tests/test_scenario_name.c - [scenario] name_zh (report/scenario_name.h): the Chinese name where a
 * file gives one, the English name otherwise, and a child that renames itself in English only is
 * not shown under its parent's Chinese name. Run from the repository root. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../report/scenario_name.h"

static scn_scenario *load(const char *file)
{
    scn_scenario *s = NULL;
    pp_error e;
    pp_error_clear(&e);
    if (scn_load(file, &s, &e) != PP_OK) fail_msg("%s: %s", file, e.msg);
    return s;
}

/* A child of the baseline in a temporary file, with `extra` in its [scenario] section. */
static scn_scenario *child(const char *extra)
{
    char cwd[PATH_MAX], file[] = "/tmp/peakpath-name-XXXXXX";
    int fd = mkstemp(file);
    FILE *f;
    scn_scenario *s;
    assert_true(fd >= 0 && getcwd(cwd, sizeof cwd));
    f = fdopen(fd, "w");
    fprintf(f, "[scenario]\ninherit = %s/scenarios/chongqing-baseline.ini\n%s\n", cwd, extra);
    fclose(f);
    s = load(file);
    unlink(file);
    return s;
}

static void test_shipped_names(void **state)
{
    scn_scenario *s = load("scenarios/chongqing-baseline.ini");
    (void)state;
    assert_string_equal(scenario_name(s, LANG_EN), "Chongqing baseline");
    assert_string_equal(scenario_name(s, LANG_ZH), "重庆基准情景");
    scn_free(s);
    s = load("scenarios/challenge-1-energy-mix.ini");
    assert_string_equal(scenario_name(s, LANG_ZH), "挑战1：能源结构");
    assert_string_equal(scenario_name(s, LANG_EN), "Challenge 1: energy mix");
    scn_free(s);
    assert_string_equal(scenario_name(NULL, LANG_ZH), "");
}

static void test_children(void **state)
{
    scn_scenario *s = child("");
    (void)state;
    assert_string_equal(scenario_name(s, LANG_ZH), "重庆基准情景"); /* nothing renamed: the parent's */
    scn_free(s);
    s = child("name = My variant");
    assert_string_equal(scenario_name(s, LANG_ZH), "My variant"); /* not the parent's Chinese name */
    scn_free(s);
    s = child("name = My variant\nname_zh = 我的方案");
    assert_string_equal(scenario_name(s, LANG_ZH), "我的方案");
    assert_string_equal(scenario_name(s, LANG_EN), "My variant");
    scn_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped_names),
        cmocka_unit_test(test_children),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
