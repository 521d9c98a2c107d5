/* tests/test_units.c - Chinese planning units (report/units.c), issue 13. Every expected value is
 * worked by hand from the unit definitions: 1 Mtce = 10^6 tce = 100 x 10^4 tce (万吨标准煤);
 * 1 TWh = 10^9 kWh = 10 x 10^8 kWh (亿千瓦时); 1 GW = 10^6 kW = 100 x 10^4 kW (万千瓦);
 * 1 bn CNY = 10^9 CNY = 10 x 10^8 CNY (亿元); 1 Mt = 100 万吨, 10^4 万吨 = 1 亿吨. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../report/units.h"

static void test_series_factors(void **state)
{
    (void)state;
    unit_view v = units_view("Mtce", LANG_ZH);
    /* 88.75 Mtce = 8875 万吨标准煤 */
    assert_float_equal(88.75 * v.factor, 8875.0, 1e-9);
    assert_string_equal(v.unit, "万吨标准煤");
    v = units_view("TWh", LANG_ZH); /* 131.5 TWh = 1315 亿千瓦时 */
    assert_float_equal(131.5 * v.factor, 1315.0, 1e-9);
    assert_string_equal(v.unit, "亿千瓦时");
    v = units_view("GW", LANG_ZH); /* 7.79 GW = 779 万千瓦 */
    assert_float_equal(7.79 * v.factor, 779.0, 1e-9);
    assert_string_equal(v.unit, "万千瓦");
    v = units_view("bn CNY", LANG_ZH); /* 2503 bn CNY = 25030 亿元 (Chongqing GDP 2020 about 2.5 万亿) */
    assert_float_equal(2503.0 * v.factor, 25030.0, 1e-9);
    assert_string_equal(v.unit, "亿元");
    v = units_view("million", LANG_ZH); /* 32.09 million people = 3209 万人 */
    assert_float_equal(32.09 * v.factor, 3209.0, 1e-9);
}

static void test_english_and_unknown_units_pass_through(void **state)
{
    (void)state;
    unit_view v = units_view("Mtce", LANG_EN);
    assert_float_equal(v.factor, 1.0, 0);
    assert_string_equal(v.unit, "Mtce");
    v = units_view("furlongs", LANG_ZH);
    assert_float_equal(v.factor, 1.0, 0);
    assert_string_equal(v.unit, "furlongs");
    v = units_view(NULL, LANG_ZH);
    assert_string_equal(v.unit, "");
}

static void test_format_moves_to_yi(void **state)
{
    (void)state;
    char buf[64];
    /* 215 Mt CO2 = 21500 万吨 = 2.15 亿吨 (the goal line of issue 13) */
    assert_string_equal(units_format(215, "Mt CO2", LANG_ZH, -1, buf, sizeof buf), "2.15亿吨CO2");
    assert_string_equal(units_format(215, "Mt CO2", LANG_EN, -1, buf, sizeof buf), "215 Mt CO2");
    /* 88.75 Mtce = 8875 万吨标准煤: below 1 亿, stays in 万 */
    assert_string_equal(units_format(88.75, "Mtce", LANG_ZH, 0, buf, sizeof buf), "8875万吨标准煤");
    /* 150 Mtce = 15000 万吨 = 1.50 亿吨标准煤 */
    assert_string_equal(units_format(150, "Mtce", LANG_ZH, 2, buf, sizeof buf), "1.50亿吨标准煤");
    /* 亿千瓦时 does not move: 131.5 TWh = 1315 亿千瓦时 */
    assert_string_equal(units_format(131.5, "TWh", LANG_ZH, 0, buf, sizeof buf), "1315亿千瓦时");
    assert_string_equal(units_format(24.5, "%", LANG_ZH, 1, buf, sizeof buf), "24.5%");
    assert_string_equal(units_format(24.5, "%", LANG_EN, 1, buf, sizeof buf), "24.5%");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_series_factors),
        cmocka_unit_test(test_english_and_unknown_units_pass_through),
        cmocka_unit_test(test_format_moves_to_yi),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
