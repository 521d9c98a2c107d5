/* tests/test_target.c - the target language's Chinese names (sim/scenario/target.c, issue 13):
 * every Chinese name parses to the same target as its English one, the year comes first with 年,
 * ≤ and ≥ read as <= and >=, a name that is not in the table is refused, and seek_metric_name
 * gives the names the Chinese tables print. The expected targets are the English forms of the
 * documented syntax (sim/scenario/target.h), not the program's output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../sim/scenario/target.h"

/* Parses zh and en and asserts that they give the same target. */
static void same_target(const char *zh, const char *en)
{
    seek_target a, b;
    pp_error err;
    pp_error_clear(&err);
    assert_int_equal(seek_parse_target(zh, &a, &err), PP_OK);
    assert_int_equal(seek_parse_target(en, &b, &err), PP_OK);
    assert_int_equal(a.metric, b.metric);
    assert_int_equal(a.year, b.year);
    assert_int_equal(a.op, b.op);
    assert_float_equal(a.value, b.value, 0);
}

static void test_target_chinese_names_are_the_english_ones(void **state)
{
    (void)state;
    same_target("碳达峰年份<=2030", "peak_year<=2030");
    same_target("达峰年份<2028", "peak_year<2028");
    same_target("碳中和年份<=2060", "neutral_year<=2060");
    same_target("2030年煤炭占比<=40", "coal_share_2030<=40");
    same_target("2025年煤炭比重 <= 45.5", "coal_share_2025<=45.5");
    same_target("2030年非化石能源占比>=25", "nonfossil_share_2030>=25");
    same_target("2030年非化石占比>25", "nonfossil_share_2030>25");
    same_target("2030年CO2排放<=150", "co2_2030<=150");
    same_target("2035年碳排放<=140", "co2_2035<=140");
    same_target("累计排放<=6000", "cum_co2<=6000");
    same_target("累计CO2排放<=6000", "cum_co2<=6000");
    same_target("2060年净排放<=0", "net_co2_2060<=0");
    same_target("累计净排放<=3000", "cum_net_co2<=3000");
}

static void test_target_math_signs(void **state)
{
    (void)state;
    same_target("碳达峰年份≤2030", "peak_year<=2030");
    same_target("2030年非化石能源占比≥25", "nonfossil_share_2030>=25");
    same_target("coal_share_2030≤35", "coal_share_2030<=35"); /* English names take them too */
}

static void test_target_bad_chinese_names_are_refused(void **state)
{
    static const char *const bad[] = {
        "2030年煤炭<=3",      /* not a name of the table */
        "煤炭占比<=40",       /* a share needs its year */
        "2030年碳达峰年份<=2030", /* a year needs none */
        "203年煤炭占比<=40",  /* four digits */
        "碳达峰年份=2030",    /* no comparison */
    };
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        seek_target t;
        pp_error err;
        pp_error_clear(&err);
        assert_int_equal(seek_parse_target(bad[i], &t, &err), PP_ERR_PARSE);
    }
}

static void test_target_metric_names(void **state)
{
    (void)state;
    assert_string_equal(seek_metric_name(SEEK_PEAK_YEAR, 1), "达峰年份");
    assert_string_equal(seek_metric_name(SEEK_COAL_SHARE, 1), "煤炭占比");
    assert_string_equal(seek_metric_name(SEEK_CO2, 1), "CO2排放");
    assert_string_equal(seek_metric_name(SEEK_COAL_SHARE, 0), "coal_share");
    assert_null(seek_metric_name(SEEK_METRIC_COUNT, 1));
    /* the first Chinese name of each metric parses back (what the Chinese tables print) */
    for (int m = 0; m < SEEK_METRIC_COUNT; m++) {
        char text[96];
        seek_target t;
        pp_error err;
        int dated = m == SEEK_COAL_SHARE || m == SEEK_NONFOSSIL_SHARE || m == SEEK_CO2 || m == SEEK_NET_CO2;
        if (dated) snprintf(text, sizeof text, "2030年%s<=1", seek_metric_name((seek_metric)m, 1));
        else snprintf(text, sizeof text, "%s<=1", seek_metric_name((seek_metric)m, 1));
        pp_error_clear(&err);
        assert_int_equal(seek_parse_target(text, &t, &err), PP_OK);
        assert_int_equal(t.metric, m);
        assert_int_equal(t.year, dated ? 2030 : 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_target_chinese_names_are_the_english_ones),
        cmocka_unit_test(test_target_math_signs),
        cmocka_unit_test(test_target_bad_chinese_names_are_refused),
        cmocka_unit_test(test_target_metric_names),
    };
    return cmocka_run_group_tests_name("target", tests, NULL, NULL);
}
