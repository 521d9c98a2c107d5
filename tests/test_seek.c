/* tests/test_seek.c - cmocka tests of sim/analysis/seek.c: target parsing, and goal seeks on the baseline
 * scenario checked by running the engine independently at the answer and just short of it; the
 * greener-side-only search and the report of a value outside the plausible range. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../sim/analysis/seek.h"
#include "../report/error_text.h"

#define BASELINE "scenarios/chongqing-baseline.ini"

/* ---- parsing ---- */

static void test_seek_parse_targets(void **state)
{
    seek_target t;
    char buf[64];
    (void)state;
    assert_int_equal(seek_parse_target("peak_year<=2028", &t, NULL), PP_OK);
    assert_int_equal(t.metric, SEEK_PEAK_YEAR);
    assert_int_equal(t.op, SEEK_LE);
    assert_true(t.value == 2028.0);
    assert_int_equal(seek_parse_target(" coal_share_2030 >= 35.5 ", &t, NULL), PP_OK);
    assert_int_equal(t.metric, SEEK_COAL_SHARE);
    assert_int_equal(t.year, 2030);
    assert_int_equal(t.op, SEEK_GE);
    assert_true(t.value == 35.5);
    assert_int_equal(seek_parse_target("co2@2040<150", &t, NULL), PP_OK);
    assert_int_equal(t.metric, SEEK_CO2);
    assert_int_equal(t.year, 2040);
    assert_int_equal(t.op, SEEK_LT);
    assert_string_equal(seek_target_format(&t, buf, sizeof buf), "co2_2040<150");
    assert_int_equal(seek_parse_target("cum_co2<=4000", &t, NULL), PP_OK);
    assert_int_equal(t.metric, SEEK_CUM_CO2);
    assert_int_equal(seek_parse_target("nonfossil_share_2030>25", &t, NULL), PP_OK);
    assert_int_equal(t.op, SEEK_GT);
    assert_int_equal(seek_parse_target("net_co2_2060<=0", &t, NULL), PP_OK);
    assert_int_equal(t.metric, SEEK_NET_CO2);
    assert_int_equal(t.year, 2060);
    assert_int_equal(seek_parse_target("cum_net_co2<3000", &t, NULL), PP_OK);
    assert_int_equal(t.metric, SEEK_CUM_NET);
}

static void test_seek_parse_rejects_bad_targets(void **state)
{
    static const char *const bad[] = {"peak<=2028", "coal_share_30<=1", "coal_share<=40", "peak_year=2028",
                                      "peak_year<=abc", "peak_year<=2028x", "", "cum_co2_2030<=1"};
    seek_target t;
    pp_error err;
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(seek_parse_target(bad[i], &t, &err), PP_ERR_PARSE);
        assert_true(strlen(ERROR_MSG_EN(&err)) > 0);
    }
}

/* ---- seeks on the baseline ---- */

static scn_scenario *load_baseline(void)
{
    scn_scenario *s = NULL;
    pp_error err;
    pp_status st = scn_load(BASELINE, &s, &err);
    if (st != PP_OK) fail_msg("cannot load %s: %s", BASELINE, ERROR_MSG_EN(&err));
    return s;
}

/* Runs s with `lever` set to v (a fresh copy, calibrated anew): the independent check. */
static void run_at_value(const scn_scenario *s, int lever, double v, run_result *r)
{
    scn_scenario *w = scn_clone(s);
    pp_error err;
    assert_non_null(w);
    assert_int_equal(scn_lever_set(w, lever, v, &err), PP_OK);
    assert_int_equal(run_simulate(w, r, &err), PP_OK);
    scn_free(w);
}

/* Continuous target: lower the 2030 coal share by half a point with solar. The answer must land
 * on the target (within the share's rounding of the lever tolerance) and a value slightly closer
 * to the scenario's own must miss it. */
static void test_seek_continuous_lands_on_target(void **state)
{
    scn_scenario *s = load_baseline();
    run_result *r = malloc(sizeof *r);
    int lever = pp_param_find("power", "solar_gw");
    seek_target t = {SEEK_COAL_SHARE, 2030, SEEK_LE, 0};
    seek_result out;
    pp_error err;
    double dir;
    (void)state;
    assert_non_null(r);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    t.value = run_at(r, RV_COAL_SHARE, 2030) - 0.5;
    assert_int_equal(seek_lever(s, lever, &t, &out, &err), PP_OK);
    assert_true(out.met);
    assert_true(out.runs > 2);
    run_at_value(s, lever, out.value, r);
    assert_true(run_at(r, RV_COAL_SHARE, 2030) <= t.value + 1e-9);
    assert_true(run_at(r, RV_COAL_SHARE, 2030) >= t.value - 1e-3);
    dir = out.value > out.start_value ? 1.0 : -1.0;
    run_at_value(s, lever, out.value - dir * 10.0 * out.tolerance, r);
    assert_true(run_at(r, RV_COAL_SHARE, 2030) > t.value);
    free(r);
    scn_free(s);
}

/* Step target: a peak three years earlier through heavy-industry efficiency. At the answer the
 * peak is early enough; one tolerance closer to the scenario's own value it is not. */
static void test_seek_peak_year_by_bisection(void **state)
{
    scn_scenario *s = load_baseline();
    run_result *r = malloc(sizeof *r);
    int lever = pp_param_find("economy", "gdp_growth_pct"); /* the baseline peak (2024) is the Hami line's step: efficiency alone cannot move it 3 years */
    seek_target t = {SEEK_PEAK_YEAR, 0, SEEK_LE, 0};
    seek_result out;
    pp_error err;
    double dir;
    (void)state;
    assert_non_null(r);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    assert_true(r->summary.peak_reached);
    t.value = r->summary.peak_year - 3;
    assert_int_equal(seek_lever(s, lever, &t, &out, &err), PP_OK);
    assert_true(out.met);
    run_at_value(s, lever, out.value, r);
    assert_true(r->summary.peak_reached && r->summary.peak_year <= t.value);
    assert_int_equal(out.summary.peak_year, r->summary.peak_year);
    dir = out.value > out.start_value ? 1.0 : -1.0;
    run_at_value(s, lever, out.value - dir * out.tolerance, r);
    assert_false(r->summary.peak_reached && r->summary.peak_year <= t.value);
    free(r);
    scn_free(s);
}

/* A >= target on a scalar lever sitting at its lower bound (coal retirement, 0 GW/yr): only the
 * upward side exists; the answer lands on the 2035 non-fossil target from above. */
static void test_seek_at_least_on_scalar_lever(void **state)
{
    scn_scenario *s = load_baseline();
    run_result *r = malloc(sizeof *r);
    int lever = pp_param_find("power", "coal_retire_gw_per_yr");
    seek_target t = {SEEK_NONFOSSIL_SHARE, 2035, SEEK_GE, 0};
    seek_result out;
    pp_error err;
    (void)state;
    assert_non_null(r);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    t.value = run_at(r, RV_NONFOSSIL_SHARE, 2035) + 1.5; /* power v2: 1.5 GW/yr (plausible top) adds about 2.0 points by 2035 */
    assert_int_equal(seek_lever(s, lever, &t, &out, &err), PP_OK);
    assert_true(out.met);
    assert_true(out.value > out.start_value);
    run_at_value(s, lever, out.value, r);
    assert_true(run_at(r, RV_NONFOSSIL_SHARE, 2035) >= t.value - 1e-9);
    assert_true(run_at(r, RV_NONFOSSIL_SHARE, 2035) <= t.value + 1e-3);
    run_at_value(s, lever, out.value - 10.0 * out.tolerance, r);
    assert_true(run_at(r, RV_NONFOSSIL_SHARE, 2035) < t.value);
    free(r);
    scn_free(s);
}

static void test_seek_already_met_keeps_value(void **state)
{
    scn_scenario *s = load_baseline();
    int lever = pp_param_find("power", "solar_gw");
    seek_target t = {SEEK_CO2, 2030, SEEK_LE, 1e6};
    seek_result out;
    pp_error err;
    (void)state;
    assert_int_equal(seek_lever(s, lever, &t, &out, &err), PP_OK);
    assert_true(out.met);
    assert_true(out.value == out.start_value);
    assert_true(out.start_value == scn_lever_value(s, lever));
    scn_free(s);
}

/* No amount of solar brings 2030 CO2 to 1 Mt: reported as not met, with a best value the
 * scenario accepts and its (still too high) CO2. */
static void test_seek_unreachable_reports_best(void **state)
{
    scn_scenario *s = load_baseline();
    int lever = pp_param_find("power", "solar_gw");
    seek_target t = {SEEK_CO2, 2030, SEEK_LE, 1.0};
    seek_result out;
    pp_error err;
    (void)state;
    assert_int_equal(seek_lever(s, lever, &t, &out, &err), PP_OK);
    assert_false(out.met);
    assert_true(out.metric_value > 1.0);
    assert_true(out.value >= out.lo && out.value <= out.hi);
    assert_true(out.metric_value <= out.metric_start);
    scn_free(s);
}

static void test_seek_bad_lever_and_year(void **state)
{
    scn_scenario *s = load_baseline();
    seek_target t = {SEEK_CO2, 2030, SEEK_LE, 100};
    seek_result out;
    pp_error err;
    (void)state;
    assert_int_equal(seek_lever(s, pp_param_find("economy", "population_m"), &t, &out, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "population_m"));
    t.year = 2070;
    assert_int_equal(seek_lever(s, pp_param_find("power", "solar_gw"), &t, &out, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "2070"));
    scn_free(s);
}

/* ---- greener side and plausible range ---- */

/* A target only a browner move could meet (2030 CO2 five Mt above the scenario's own): on every
 * lever the answer stays at the scenario's value or on its greener side, never browner. This is
 * the cement case (it answered 1079 Mt) for every lever at once. */
static void test_seek_never_browner(void **state)
{
    scn_scenario *s = load_baseline();
    run_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    for (int id = 0; id < P_COUNT; id++) {
        const pp_lever_range *lr = pp_lever_range_get(id);
        seek_target t = {SEEK_CO2, 2030, SEEK_GE, run_at(r, RV_CO2, 2030) + 5.0};
        seek_result out;
        if (!lr || pp_param_get(id)->kind == PK_FLAG || !scn_path(s, id)) continue;
        assert_int_equal(seek_lever(s, id, &t, &out, &err), PP_OK);
        if ((out.value - out.start_value) * lr->greener < -1e-12)
            fail_msg("%s.%s: answer %g is browner than the scenario's %g", pp_param_get(id)->section,
                     pp_param_get(id)->key, out.value, out.start_value);
        assert_int_equal(out.greener, lr->greener);
        /* the searched range ends inside the plausible range or where the scenario already was */
        assert_true((out.search_to - out.start_value) * lr->greener >= 0);
        assert_true(out.search_to >= fmin(lr->lo, out.start_value) && out.search_to <= fmax(lr->hi, out.start_value));
    }
    free(r);
    scn_free(s);
}

/* A 2030 CO2 target 1 Mt below what the top of heavy industry's plausible efficiency range gives
 * (worked out by running that value independently): not met inside the plausible range; the
 * value that meets it lies above the plausible top, and a run there meets it; with --full-range
 * the seek answers that value. */
static void test_seek_reports_outside_plausible_range(void **state)
{
    scn_scenario *s = load_baseline();
    run_result *r = malloc(sizeof *r);
    int lever = pp_param_find("heavy_industry", "improve_pct");
    const pp_lever_range *lr = pp_lever_range_get(lever);
    seek_target t = {SEEK_CO2, 2030, SEEK_LE, 0};
    seek_opts full = {1};
    seek_result out, wide;
    pp_error err;
    (void)state;
    assert_non_null(lr);
    assert_true(lr->greener > 0 && scn_lever_value(s, lever) < lr->hi);
    run_at_value(s, lever, lr->hi, r);
    t.value = run_at(r, RV_CO2, 2030) - 1.0;
    assert_int_equal(seek_lever(s, lever, &t, &out, &err), PP_OK);
    assert_false(out.met);
    assert_true(out.search_to == lr->hi);
    assert_true(out.value <= lr->hi && out.value >= out.start_value);
    assert_true(isfinite(out.outside_value));
    assert_true(out.outside_value > lr->hi && out.outside_value <= out.hi);
    run_at_value(s, lever, out.outside_value, r);
    assert_true(run_at(r, RV_CO2, 2030) <= t.value + 1e-9);
    assert_int_equal(seek_lever_opts(s, lever, &t, &full, &wide, &err), PP_OK);
    assert_true(wide.met);
    assert_true(fabs(wide.value - out.outside_value) < 10 * wide.tolerance + 1e-9);
    free(r);
    scn_free(s);
}

/* A scenario already past the greener end of the plausible range has no room by default: the
 * seek searches nothing, answers its own value and says which value (further out) would do. */
static void test_seek_no_room_beyond_plausible_end(void **state)
{
    scn_scenario *s = load_baseline();
    run_result *r = malloc(sizeof *r);
    int lever = pp_param_find("heavy_industry", "improve_pct");
    const pp_lever_range *lr = pp_lever_range_get(lever);
    seek_target t = {SEEK_CO2, 2030, SEEK_LE, 0};
    seek_result out;
    pp_error err;
    (void)state;
    assert_int_equal(scn_lever_set(s, lever, lr->hi + 1.0, &err), PP_OK);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    t.value = run_at(r, RV_CO2, 2030) - 1.0;
    assert_int_equal(seek_lever(s, lever, &t, &out, &err), PP_OK);
    assert_false(out.met);
    assert_true(out.search_to == out.start_value);
    assert_true(out.value == out.start_value);
    assert_true(isfinite(out.outside_value) && out.outside_value > out.start_value);
    free(r);
    scn_free(s);
}

int main(void)
{
    gsl_set_error_handler_off(); /* as the front ends do: statuses are checked, never aborted on */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seek_parse_targets),
        cmocka_unit_test(test_seek_parse_rejects_bad_targets),
        cmocka_unit_test(test_seek_continuous_lands_on_target),
        cmocka_unit_test(test_seek_peak_year_by_bisection),
        cmocka_unit_test(test_seek_at_least_on_scalar_lever),
        cmocka_unit_test(test_seek_already_met_keeps_value),
        cmocka_unit_test(test_seek_unreachable_reports_best),
        cmocka_unit_test(test_seek_bad_lever_and_year),
        cmocka_unit_test(test_seek_never_browner),
        cmocka_unit_test(test_seek_reports_outside_plausible_range),
        cmocka_unit_test(test_seek_no_room_beyond_plausible_end),
    };
    return cmocka_run_group_tests_name("seek", tests, NULL, NULL);
}
