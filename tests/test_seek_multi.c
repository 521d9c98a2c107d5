/* tests/test_seek_multi.c - cmocka tests of sim/analysis/seek_multi.c: a two-lever seek on the
 * hand-computable fixture (tests/engine_fixture.h) whose optimum is worked out by hand below, the
 * greener-only and plausible-range limits, an unreachable target, the cheapest package (minimise
 * cost) on the fixture with a cost worked out by hand, and bad problems. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../sim/analysis/seek.h"
#include "../report/error_text.h"
#include "../sim/analysis/seek_multi.h"
#include "engine_fixture.h"

#define BASELINE "scenarios/chongqing-baseline.ini" /* tests run from the repository root */
#define CHALLENGE "scenarios/challenge-1-energy-mix.ini"

/* ---- the fixture, by hand ----
 * The fixture's 2030: GDP 1000 * 1.05^10 = 1628.895 bn, final energy F = 20 * 1.628895 + 10 =
 * 42.57789 Mtce, half electricity: 21.28895 / 0.1229 = 173.2217 TWh, all from coal at 300 gce/kWh,
 * and CO2 = 2.5 * (F/2 + 0.3 * 173.2217) = 183.1386 Mt.
 * Solar runs 1000 h and wind 2000 h a year, both displacing coal power (coal is the only other
 * plant, far below its 6500 h): a GW of solar is 1 TWh = 0.3 Mtce of coal = 0.75 Mt CO2 less, a
 * GW of wind 2 TWh = 1.5 Mt. So CO2_2030 = 183.1386 - 0.75 S - 1.5 W (S, W in GW, from 0).
 * Plausible ranges (levers_list.h): solar 3..12 GW (span 9), wind 2..6 GW (span 4); both greener
 * upwards; the fixture's potentials are raised to 50 GW so no value is refused.
 * In normalised moves u = (S/9, W/4) the CO2 cut is 0.75*9 u1 + 1.5*4 u2 = 6.75 u1 + 6 u2 and the
 * target co2_2030 <= 177 asks for a cut of R = 6.1386 Mt. The shortest u meeting a linear cut is
 * along the cut's gradient (6.75, 6): u = R (6.75, 6) / (6.75^2 + 6^2) = R (6.75, 6) / 81.5625, of
 * length R / sqrt(81.5625) = 6.1386 / 9.03120 = 0.679715. So S = 9 * 6.75 * 6.1386 / 81.5625 =
 * 4.572226 GW and W = 4 * 6 * 6.1386 / 81.5625 = 1.806311 GW (both inside their rooms 12 and 6).
 * One lever alone would need u = 6.1386/6.75 = 0.90943 (solar 8.18 GW) or 6.1386/6 = 1.02311
 * (wind 4.09 GW): longer. */
#define FX_CO2_2030 183.1386
#define OPT_SOLAR 4.572226
#define OPT_WIND 1.806311
#define OPT_CHANGE 0.679715

static scn_scenario *fixture(void)
{
    scn_scenario *s = fx_make();
    fx_const(s, P_POWER_SOLAR_POTENTIAL, 50);
    fx_const(s, P_POWER_WIND_POTENTIAL, 50);
    return s;
}

static void two_levers(seekm_problem *p, double co2_bound)
{
    memset(p, 0, sizeof *p);
    p->n_levers = 2;
    p->lever[0] = P_POWER_SOLAR_GW;
    p->lever[1] = P_POWER_WIND_GW;
    p->n_targets = 1;
    p->target[0] = (seek_target){SEEK_CO2, 2030, SEEK_LE, co2_bound};
}

/* The fixture as given has the hand value, so the optimum below is the hand optimum. */
static void test_fixture_hand_value(void **state)
{
    scn_scenario *s = fixture();
    seekm_problem p;
    seekm_result r;
    pp_error err;
    (void)state;
    two_levers(&p, 1000); /* met as given */
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_OK);
    assert_true(r.met);
    assert_true(r.change == 0);
    assert_true(r.value[0] == 0 && r.value[1] == 0);
    assert_true(fabs(r.metric_start[0] - FX_CO2_2030) < 1e-3);
    fx_free(s);
}

/* Two levers, one linear target: the hand optimum (within the search's tolerances). */
static void test_two_lever_optimum(void **state)
{
    scn_scenario *s = fixture();
    seekm_problem p;
    seekm_result r;
    pp_error err;
    (void)state;
    two_levers(&p, 177);
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_OK);
    assert_true(r.met);
    assert_true(r.metric_value[0] <= 177 + 1e-9);
    assert_true(r.metric_value[0] > 177 - 1e-3);
    assert_true(fabs(r.change - OPT_CHANGE) < 2e-3);
    assert_true(fabs(r.value[0] - OPT_SOLAR) < 0.05);
    assert_true(fabs(r.value[1] - OPT_WIND) < 0.05);
    assert_true(r.change < 0.90943 - 0.1); /* better than the best single lever */
    fx_free(s);
}

/* Out of reach inside the plausible ranges: both at their greener ends cut 0.75*12 + 1.5*6 = 18 Mt
 * to 165.14 Mt; 160 cannot be met, the answer is the corner with met = 0 and no error. */
static void test_unreachable_gives_corner(void **state)
{
    scn_scenario *s = fixture();
    seekm_problem p;
    seekm_result r;
    pp_error err;
    (void)state;
    two_levers(&p, 160);
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_OK);
    assert_false(r.met);
    assert_true(fabs(r.value[0] - 12) < 1e-9 && fabs(r.value[1] - 6) < 1e-9);
    assert_true(fabs(r.metric_value[0] - (FX_CO2_2030 - 18)) < 1e-3);
    fx_free(s);
}

/* A lever already at (past) its greener plausible end stays where it is: wind at 7 GW (plausible
 * end 6) cuts 10.5 Mt to 172.64; co2_2030 <= 170 then needs 2.6386 Mt from solar alone: 3.5182 GW. */
static void test_no_room_lever_stays(void **state)
{
    scn_scenario *s = fixture();
    seekm_problem p;
    seekm_result r;
    pp_error err;
    (void)state;
    fx_const(s, P_POWER_WIND_GW, 7);
    two_levers(&p, 170);
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_OK);
    assert_true(r.met);
    assert_true(r.value[1] == 7);
    assert_true(r.room[1] == 0);
    assert_true(fabs(r.value[0] - (FX_CO2_2030 - 10.5 - 170) / 0.75) < 1e-3);
    fx_free(s);
}

/* The cheapest package. The fixture keeps [costs] at the schema's defaults; here solar's capital
 * cost is set to the 100000 CNY/kW ceiling and the coal price to 0, so neither lever saves money
 * (a GW of either displaces only coal fuel, now free, and a little coal variable O&M) and each
 * GW adds its annualised capital and O&M. Per tonne, solar then costs far more than wind: per GW
 * it has 100000 / wind's default capital cost (under 10000 CNY/kW) times the capital and half the
 * tonnes (0.75 against 1.5 Mt a year, above). So the cheapest package meeting co2_2030 <= 177 (a
 * cut of R = 6.1386 Mt) is wind alone at its least: W = R / 1.5 = 4.0924 GW, solar unmoved at 0
 * GW, where the smallest-change package (test_two_lever_optimum) used solar 4.572 GW and wind
 * 1.806 GW. The cheapest package must cost less than that one and use wind more. */
static void test_cheapest_package_uses_the_cheaper_lever(void **state)
{
    scn_scenario *s = fixture();
    seekm_problem p;
    seekm_result cheap, small;
    pp_error err;
    (void)state;
    fx_const(s, P_COSTS_SOLAR_CAPEX, 100000);
    fx_const(s, P_COSTS_COAL_PRICE, 0);
    two_levers(&p, 177);
    assert_int_equal(seekm_run(s, &p, &small, &err), PP_OK);
    p.minimise = SEEKM_MIN_COST;
    assert_int_equal(seekm_run(s, &p, &cheap, &err), PP_OK);
    assert_true(cheap.met && small.met);
    assert_int_equal(cheap.minimise, SEEKM_MIN_COST);
    assert_true(cheap.metric_value[0] <= 177 + 1e-9);
    assert_true(fabs(cheap.value[0] - 0) < 1e-9);
    assert_true(fabs(cheap.value[1] - 6.1386 / 1.5) < 0.01);
    assert_true(cheap.value[1] > small.value[1] + 2);
    assert_true(cheap.cost_bn < small.cost_bn);
    /* the package's abatement is mac_abatement_of's: its cost difference over its tonnes */
    assert_true(fabs(cheap.abatement.cost_bn - (cheap.cost_bn - cheap.cost_start_bn)) < 1e-9);
    assert_true(cheap.abatement.cost_bn > 0);
    fx_free(s);
}

/* Bad problems are usage errors with a message. */
static void test_bad_problems(void **state)
{
    scn_scenario *s = fixture();
    seekm_problem p;
    seekm_result r;
    pp_error err;
    (void)state;
    two_levers(&p, 177);
    p.lever[1] = P_POWER_SOLAR_GW;
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "twice"));
    two_levers(&p, 177);
    p.lever[1] = P_YEARS_END; /* not a lever */
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_ERR_USAGE);
    two_levers(&p, 177);
    p.n_targets = 0;
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_ERR_USAGE);
    two_levers(&p, 177);
    p.target[0].year = 2045; /* the fixture ends in 2030 */
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "2045"));
    two_levers(&p, 177);
    p.minimise = SEEKM_OBJECTIVE_COUNT; /* neither change nor cost */
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "change or the cost"));
    fx_free(s);
}

/* One lever through the multi-lever search (bisection along its axis) lands where the one-lever
 * seek (GSL's Brent solver, tests/test_seek.c) does, on the default scenario where a capacity
 * lever scales its path from history, so a trial must start from the scenario's own path each
 * time (repeated moves piling up once gave 5.77 GW here instead of 5.51). The target is a
 * 80 Mt cut of cumulative CO2 from the scenario's own. */
static void test_one_lever_agrees_with_seek_lever(void **state)
{
    scn_scenario *s = NULL;
    seekm_problem p;
    seekm_result r;
    seek_result one;
    pp_error err;
    (void)state;
    if (scn_load(BASELINE, &s, &err) != PP_OK) fail_msg("cannot load %s: %s", BASELINE, ERROR_MSG_EN(&err));
    memset(&p, 0, sizeof p);
    p.n_levers = 1;
    p.lever[0] = P_POWER_SOLAR_GW;
    p.n_targets = 1;
    p.target[0] = (seek_target){SEEK_CUM_CO2, 0, SEEK_LE, 0};
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_OK); /* met as given: the scenario's own value */
    p.target[0].value = r.metric_start[0] - 80;
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_OK);
    assert_int_equal(seek_lever(s, P_POWER_SOLAR_GW, &p.target[0], &one, &err), PP_OK);
    assert_true(r.met && one.met);
    assert_true(fabs(r.value[0] - one.value) < 1e-3 * (r.plaus_hi[0] - r.plaus_lo[0]));
    assert_true(r.value[0] > r.start[0]);
    scn_free(s);
}

/* Under a workshop challenge the box ends at the challenge's limits: challenge-1 limits solar to
 * 2..11 GW and wind to 1..4.9 GW (plausible ends 12 and 6, which the scenario refuses there). A
 * target just met with both at their limits is met, with neither past its limit. */
static void test_challenge_limits_bound_the_box(void **state)
{
    scn_scenario *s = NULL, *w;
    run_result *run = malloc(sizeof *run);
    cal_result cal;
    seekm_problem p;
    seekm_result r;
    pp_error err;
    (void)state;
    if (scn_load(CHALLENGE, &s, &err) != PP_OK) fail_msg("cannot load %s: %s", CHALLENGE, ERROR_MSG_EN(&err));
    w = scn_clone(s);
    assert_int_equal(scn_lever_set(w, P_POWER_SOLAR_GW, 11, &err), PP_OK);
    assert_int_equal(scn_lever_set(w, P_POWER_WIND_GW, 4.9, &err), PP_OK);
    assert_int_equal(cal_calibrate(w, &cal, &err), PP_OK);
    assert_int_equal(run_scenario(w, &cal, run, &err), PP_OK);
    memset(&p, 0, sizeof p);
    p.n_levers = 2;
    p.lever[0] = P_POWER_SOLAR_GW;
    p.lever[1] = P_POWER_WIND_GW;
    p.n_targets = 1;
    p.target[0] = (seek_target){SEEK_CUM_CO2, 0, SEEK_LE, run->summary.cum_co2_mt + 0.5};
    assert_int_equal(seekm_run(s, &p, &r, &err), PP_OK);
    assert_true(r.met);
    assert_true(r.value[0] <= 11 + 1e-9 && r.value[1] <= 4.9 + 1e-9);
    assert_true(fabs(r.room[0] - (11 - r.start[0])) < 1e-9);
    free(run);
    scn_free(w);
    scn_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixture_hand_value),
        cmocka_unit_test(test_two_lever_optimum),
        cmocka_unit_test(test_unreachable_gives_corner),
        cmocka_unit_test(test_no_room_lever_stays),
        cmocka_unit_test(test_cheapest_package_uses_the_cheaper_lever),
        cmocka_unit_test(test_bad_problems),
        cmocka_unit_test(test_one_lever_agrees_with_seek_lever),
        cmocka_unit_test(test_challenge_limits_bound_the_box),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
