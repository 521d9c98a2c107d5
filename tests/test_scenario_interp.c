/* tests/test_scenario_interp.c - how paths become yearly values (sim/scenario/path_interp.c): Steffen
 * values at hand-computed points, no overshoot, history kept apart from the future, `key.interp =
 * linear` honoured and written back, bad `.interp` lines named; and lever moves that reach a far
 * point rescale it instead of refusing (sim/scenario/scenario_edit.c). Run from the repository root. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scenario_fixture.h"
#include "../report/error_text.h"

/* Loads the base with `import_twh = 2020:10, 2030:20, 2060:40` (hist_end_year 2020 is its first
 * point, so it is one spline of three points) and `extra` appended. */
static scn_scenario *load_imports(const char *extra)
{
    char *t = base_text("power", "import_twh", "2020:10, 2030:20, 2060:40", extra);
    scn_scenario *s = NULL;
    pp_error e;
    char buf[1024];
    if (scn_load_string(t, "t.ini", NULL, &s, &e) != PP_OK)
        fail_msg("does not load: %s", error_text(&e, LANG_EN, buf, sizeof buf));
    free(t);
    return s;
}

/* Steffen by hand for 2020:10, 2030:20, 2060:40. Secants s0 = 10/10 = 1, s1 = 20/30 = 2/3 per
 * year; h0 = 10, h1 = 30. Interior slope: p1 = (s0 h1 + s1 h0)/(h0 + h1) = (30 + 20/3)/40 =
 * 11/12; y'1 = (sign s0 + sign s1) min(|s0|, |s1|, |p1|/2) = 2 min(1, 2/3, 11/24) = 11/12. Ends
 * (GSL): y'0 = s0 = 1, y'2 = s1 = 2/3. Hermite at the middle of a segment (t = 1/2):
 * y = (y0 + y1)/2 + h (m0 - m1)/8.
 *   2025: 15 + 10 (1 - 11/12)/8 = 15 + 10/96 = 15.1041666...
 *   2045: 30 + 30 (11/12 - 2/3)/8 = 30 + 30/32 = 30.9375
 * A straight line would give 15 and 30. */
static void test_steffen_by_hand(void **state)
{
    scn_scenario *s = load_imports(NULL);
    pp_path p = {3, {2020, 2030, 2060}, {10, 20, 40}};
    double slope[3];
    (void)state;
    assert_int_equal(pp_path_slopes(&p, slope, NULL), PP_OK);
    assert_float_equal(slope[0], 1.0, 1e-12);
    assert_float_equal(slope[1], 11.0 / 12, 1e-12);
    assert_float_equal(slope[2], 2.0 / 3, 1e-12);
    assert_float_equal(scn_value_at(s, P_POWER_IMPORT_TWH, 2025), 15 + 10.0 / 96, 1e-12);
    assert_float_equal(scn_value_at(s, P_POWER_IMPORT_TWH, 2045), 30.9375, 1e-12);
    assert_float_equal(pp_path_at(&p, 2045), 30.9375, 1e-12);
    assert_true(scn_value_at(s, P_POWER_IMPORT_TWH, 2030) == 20.0); /* a point's own value */
    assert_true(scn_value_at(s, P_POWER_IMPORT_TWH, 2010) == 10.0); /* flat before */
    assert_true(scn_value_at(s, P_POWER_IMPORT_TWH, 2070) == 40.0); /* flat after */
    assert_int_equal(scn_interp(s, P_POWER_IMPORT_TWH), PP_INTERP_STEFFEN);
    scn_free(s);
}

/* 2020:0, 2035:0, 2040:4, 2050:4: the secants are 0, 0.8, 0, so Steffen's slope is 0 at 2035 and
 * at 2040 (a secant of 0 on one side). The curve is 0 up to 2035, rises inside (0, 4) without
 * passing 4, and is 4 from 2040 on: no overshoot, no dip below 0. */
static void test_steffen_never_overshoots(void **state)
{
    pp_path p = {4, {2020, 2035, 2040, 2050}, {0, 0, 4, 4}};
    double prev = -1;
    (void)state;
    for (int y = 2015; y <= 2035; y++) assert_true(pp_path_at(&p, y) == 0.0);
    for (int y = 2036; y <= 2039; y++) {
        double v = pp_path_at(&p, y);
        assert_true(v > 0 && v < 4);
    }
    for (int y = 2040; y <= 2055; y++) assert_float_equal(pp_path_at(&p, y), 4.0, 1e-12);
    for (int y = 2015; y <= 2055; y++) { /* monotone points give a monotone curve */
        assert_true(pp_path_at(&p, y) >= prev);
        prev = pp_path_at(&p, y);
    }
}

/* `import_twh.interp = linear`: 2025 is 15 (10 + 10 x 5/10), 2045 is 30 (20 + 20 x 15/30); the
 * writer keeps the line and the reloaded file gives the same. */
static void test_interp_linear_honoured_and_written_back(void **state)
{
    scn_scenario *s = load_imports("import_twh.interp = linear\n"), *back = NULL;
    char *text = NULL;
    pp_error e;
    (void)state;
    assert_int_equal(scn_interp(s, P_POWER_IMPORT_TWH), PP_INTERP_LINEAR);
    assert_float_equal(scn_value_at(s, P_POWER_IMPORT_TWH, 2025), 15.0, 1e-12);
    assert_float_equal(scn_value_at(s, P_POWER_IMPORT_TWH, 2045), 30.0, 1e-12);
    assert_int_equal(scn_to_ini(s, NULL, NULL, &text, &e), PP_OK);
    assert_non_null(strstr(text, "\nimport_twh.interp = linear\n"));
    assert_null(strstr(text, "gdp_growth_pct.interp")); /* Steffen keys write nothing */
    assert_int_equal(scn_load_string(text, "back.ini", NULL, &back, &e), PP_OK);
    assert_int_equal(scn_interp(back, P_POWER_IMPORT_TWH), PP_INTERP_LINEAR);
    assert_float_equal(scn_value_at(back, P_POWER_IMPORT_TWH, 2045), 30.0, 1e-12);
    /* and back to Steffen through the API */
    assert_int_equal(scn_set_interp(back, P_POWER_IMPORT_TWH, PP_INTERP_STEFFEN, &e), PP_OK);
    assert_float_equal(scn_value_at(back, P_POWER_IMPORT_TWH, 2045), 30.9375, 1e-12);
    assert_int_equal(scn_set_interp(back, P_POWER_SOLAR_GW, PP_INTERP_LINEAR, &e), PP_ERR_USAGE);
    free(text);
    scn_free(s);
    scn_free(back);
}

/* A lever move changes only later years, even with splines: history is its own spline. */
static void test_lever_move_keeps_history_under_steffen(void **state)
{
    char *t = base_text("economy", "gdp_growth_pct", "2015:8, 2017:7.5, 2020:6, 2030:5, 2060:2", NULL);
    scn_scenario *s = NULL;
    double before[6];
    pp_error e;
    (void)state;
    assert_int_equal(scn_load_string(t, "t.ini", NULL, &s, &e), PP_OK);
    for (int y = 2015; y <= 2020; y++) before[y - 2015] = scn_value_at(s, P_ECONOMY_GDP_GROWTH, y);
    assert_int_equal(scn_lever_set(s, P_ECONOMY_GDP_GROWTH, 3, &e), PP_OK);
    for (int y = 2015; y <= 2020; y++) assert_true(scn_value_at(s, P_ECONOMY_GDP_GROWTH, y) == before[y - 2015]);
    free(t);
    scn_free(s);
}

/* ADJ_ADD toward the hard maximum. nev_share 2015:1, 2020:3, 2060:80: in 2030 it is
 * 3 + 77 x 10/40 = 22.25. Setting 60 would shift 2060 to 80 + 37.75 = 117.75 > 100, so the points
 * above 22.25 are compressed: k = (100 - 60)/(80 - 22.25) = 0.6926, 2060 -> 60 + 57.75 k = 100.
 * Before, this move was refused. */
static void test_lever_add_rescales_far_point(void **state)
{
    scn_scenario *s = load_base();
    const pp_path *p;
    pp_error e;
    (void)state;
    assert_float_equal(scn_lever_value(s, P_TRANSPORT_NEV_SHARE), 22.25, 1e-12);
    assert_int_equal(scn_lever_set(s, P_TRANSPORT_NEV_SHARE, 60, &e), PP_OK);
    p = scn_path(s, P_TRANSPORT_NEV_SHARE);
    assert_int_equal(p->n, 4);
    assert_true(p->year[2] == 2030 && p->value[2] == 60.0);
    assert_true(p->year[3] == 2060);
    assert_float_equal(p->value[3], 100.0, 1e-9);
    assert_true(p->value[1] == 3.0); /* history */
    scn_free(s);
}

/* ADJ_MUL toward an S-curve ceiling. solar 2015:0.5, 2020:1, 2060:30 under K = 100: 2030 is on
 * the S-curve between (2020, 1) and (2060, 30), a quarter of the way: odds = (1/99)^(3/4)
 * (30/70)^(1/4), C = 100 odds/(1 + odds). Setting 50 would scale 2060 to 30 x 50/C > 99.5 (the
 * lever keeps targets under 99.5 % of the ceiling), so the points above C go as
 * x -> 50 (x/C)^k with k = ln(99.5/50) / ln(30/C): 2060 lands on 99.5 GW. */
static void test_lever_mul_rescales_under_ceiling(void **state)
{
    scn_scenario *s = load_base();
    double odds = pow(1.0 / 99, 0.75) * pow(30.0 / 70, 0.25), c = 100 * odds / (1 + odds);
    const pp_path *p;
    pp_error e;
    (void)state;
    assert_float_equal(scn_lever_value(s, P_POWER_SOLAR_GW), c, 1e-9);
    assert_true(30 * 50 / c > 99.5); /* the plain scaling would break the ceiling */
    assert_int_equal(scn_lever_set(s, P_POWER_SOLAR_GW, 50, &e), PP_OK);
    p = scn_path(s, P_POWER_SOLAR_GW);
    assert_true(p->year[p->n - 1] == 2060);
    assert_float_equal(p->value[p->n - 1], 99.5, 1e-9);
    assert_float_equal(scn_lever_value(s, P_POWER_SOLAR_GW), 50, 1e-12);
    for (int i = 1; i < p->n; i++) assert_true(p->value[i] >= p->value[i - 1]); /* still monotone */
    scn_free(s);
}

/* Every bad .interp line names file, line, section, key, the value and what was expected. */
static void test_bad_interp_lines(void **state)
{
    char buf[1024];
    char *t;
    int line;
    (void)state;
    t = base_text(NULL, NULL, NULL, "import_twh.interp = cubic\n");
    line = count_lines(t);
    load_expect(t, PP_ERR_PARSE, buf, sizeof buf);
    assert_has(buf, "t.ini");
    {
        char at[32];
        snprintf(at, sizeof at, ":%d:", line);
        assert_has(buf, at);
    }
    assert_has(buf, "[power] import_twh.interp");
    assert_has(buf, "\"cubic\"");
    assert_has(buf, "expected steffen");
    free(t);
    t = base_text(NULL, NULL, NULL, "solar_gw.interp = linear\n");
    load_expect(t, PP_ERR_PARSE, buf, sizeof buf);
    assert_has(buf, "[power] solar_gw.interp");
    assert_has(buf, "S-curve under solar_potential_gw");
    free(t);
    t = base_text(NULL, NULL, NULL, "solar_potential_gw.interp = linear\n");
    load_expect(t, PP_ERR_PARSE, buf, sizeof buf);
    assert_has(buf, "only a path of year:value points can have an interpolation, solar_potential_gw is one number");
    free(t);
    t = base_text(NULL, NULL, NULL, "import_twh.interp = linear\nimport_twh.interp = steffen\n");
    load_expect(t, PP_ERR_PARSE, buf, sizeof buf);
    assert_has(buf, "duplicate key: import_twh.interp");
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_steffen_by_hand),
        cmocka_unit_test(test_steffen_never_overshoots),
        cmocka_unit_test(test_interp_linear_honoured_and_written_back),
        cmocka_unit_test(test_lever_move_keeps_history_under_steffen),
        cmocka_unit_test(test_lever_add_rescales_far_point),
        cmocka_unit_test(test_lever_mul_rescales_under_ceiling),
        cmocka_unit_test(test_bad_interp_lines),
    };
    return cmocka_run_group_tests_name("scenario_interp", tests, NULL, NULL);
}
