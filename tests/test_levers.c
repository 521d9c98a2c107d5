/* tests/test_levers.c - the levers' plausible ranges (sim/scenario/levers_list.h) against the default
 * scenario and against what each lever obviously does.
 *  - Current policy sits inside the plausible range: a baseline value outside it means either the
 *    range or the baseline is wrong (a warning sign the issue asks us to catch), unless the lever is
 *    listed below with the reason; so do the Chongqing policy packages and challenges.
 *  - The greener direction agrees with the physics where that is obvious without running the model
 *    (less cement, more solar, a faster efficiency gain); the table here is written from what the
 *    key means, independently of levers_list.h. Levers not in it (new ones, imports) are left to
 *    `peakpath sensitivity` and tests/test_sensitivity.c, which measure the sign. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../sim/pp_error.h"
#include "../sim/scenario/params.h"
#include "../sim/scenario/scenario.h"

#define DEFAULT_SCENARIO "scenarios/chongqing-baseline.ini"

/* Levers whose current-policy value may lie outside the plausible range, with the reason. None today:
 * nuclear, coal retirement and CCUS sit exactly at their low end (nothing decided), which is inside. */
static const struct {
    const char *key, *why;
} outside_ok[] = {
    {NULL, NULL}, /* add {"section.key", "reason"} lines above this end mark */
};

static int outside_allowed(const char *key)
{
    for (size_t i = 0; outside_ok[i].key; i++)
        if (!strcmp(outside_ok[i].key, key)) return 1;
    return 0;
}

static void key_name(const pp_param *p, char *buf, size_t size)
{
    snprintf(buf, size, "%s.%s", p->section, p->key);
}

/* The Chongqing scenarios the ranges are for: current policy, the policy packages and the
 * workshop challenges, which must stay solvable inside the plausible ranges (issue 10, item 9).
 * Other provinces (sichuan-baseline.ini) are not held to Chongqing's ranges. */
static const char *const chongqing_files[] = {
    DEFAULT_SCENARIO,
    "scenarios/chongqing-peak2030.ini",
    "scenarios/chongqing-neutral2060.ini",
    "scenarios/chongqing-uncertain.ini",
    "scenarios/challenge-1-energy-mix.ini",
    "scenarios/challenge-2-industry.ini",
    "scenarios/challenge-3-buildings-transport.ini",
};

/* Levers of file whose lever-year value lies outside the plausible range (inclusive ends: "nothing
 * decided" is a legitimate low end); fails naming the first one. Returns the levers checked. */
static int check_inside(const char *file)
{
    scn_scenario *s = NULL;
    pp_error err;
    int levers = 0;
    if (scn_load(file, &s, &err) != PP_OK) fail_msg("%s does not load", file);
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        const pp_lever_range *r = pp_lever_range_get(id);
        char key[96];
        double v, tol;
        if (!r) continue;
        levers++;
        key_name(p, key, sizeof key);
        v = scn_lever_value(s, id);
        tol = 1e-9 * fmax(1, fabs(v));
        if (outside_allowed(key)) continue;
        if (!(v >= r->lo - tol && v <= r->hi + tol))
            fail_msg("%s: %s is %g %s in %d, outside its plausible range %g..%g (%s)", file, key, v, p->unit,
                     p->lever_year, r->lo, r->hi, r->source);
    }
    scn_free(s);
    return levers;
}

static void test_default_inside_plausible_range(void **state)
{
    (void)state;
    assert_true(check_inside(DEFAULT_SCENARIO) >= 19); /* the 19 levers of Engine v1; phys and power add more */
}

static void test_chongqing_scenarios_inside_plausible_range(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof chongqing_files / sizeof chongqing_files[0]; i++) check_inside(chongqing_files[i]);
}

/* The sign a planner expects, from what the key means. */
static const struct {
    const char *key;
    int greener;
    const char *why;
} obvious[] = {
    {"economy.gdp_growth_pct", -1, "less output, less energy at a given intensity"},
    {"economy.secondary_share_pct", -1, "industry uses several times the energy of services per yuan"},
    {"industry.heavy_share_pct", -1, "steel, cement and chemicals are the most energy-intensive branches"},
    {"industry.hightech_share_pct", 1, "it takes share from heavier industry"},
    {"heavy_industry.improve_pct", 1, "a faster fall of energy per unit of output"},
    {"services.improve_pct", 1, "a faster fall of energy per unit of output"},
    {"heavy_industry.elec_pct", 1, "Engine v2: electricity is used more efficiently than the fuel it replaces"},
    {"services.elec_pct", 1, "Engine v2: electricity is used more efficiently than the fuel it replaces"},
    {"transport.nev_share_pct", 1, "an EV-km takes about a third of the final energy of a combustion km"},
    {"buildings.green_share_pct", 1, "a green building uses less energy"},
    {"buildings.heat_pump_pct", 1, "a heat pump delivers about three units of heat per unit of electricity"},
    {"power.hydro_gw", 1, "non-fossil generation displaces coal"},
    {"power.solar_gw", 1, "non-fossil generation displaces coal"},
    {"power.wind_gw", 1, "non-fossil generation displaces coal"},
    {"power.nuclear_gw", 1, "non-fossil generation displaces coal"},
    {"power.coal_retire_gw_per_yr", 1, "less coal capacity"},
    {"emissions.cement_mt", -1, "process CO2 and kiln fuel scale with output"},
    {"emissions.ccus_mt", 1, "captured CO2 is not emitted"},
    {"emissions.ccus_start_year", -1, "capture starting earlier"},
    {"emissions.sink_mt", 1, "a larger sink lowers net CO2"},
};

/* Every lever in the table has the greener direction the table gives; a table key that is not a
 * lever (yet) is skipped, so the table can name levers other branches are adding. */
static void test_greener_direction_is_obvious_sign(void **state)
{
    int checked = 0;
    (void)state;
    for (size_t i = 0; i < sizeof obvious / sizeof obvious[0]; i++) {
        int id = pp_param_find(obvious[i].key, NULL);
        const pp_lever_range *r = id >= 0 ? pp_lever_range_get(id) : NULL;
        if (!r) continue;
        if (r->greener != obvious[i].greener)
            fail_msg("%s: levers_list.h says %s is greener, but %s", obvious[i].key,
                     r->greener > 0 ? "higher" : "lower", obvious[i].why);
        checked++;
    }
    assert_true(checked >= 18); /* all of Engine v1's levers but imports */
}

/* A plausible range is a planner's range, not the hard one: it lies strictly inside the validation
 * range where that range is a wide technical bound (a slider over the hard range says nothing),
 * and names where it comes from. */
static void test_plausible_range_is_narrower_than_hard(void **state)
{
    (void)state;
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        const pp_lever_range *r = pp_lever_range_get(id);
        char key[96];
        if (!r) continue;
        key_name(p, key, sizeof key);
        if (!(r->hi - r->lo < p->max - p->min))
            fail_msg("%s: plausible %g..%g is as wide as the hard range %g..%g", key, r->lo, r->hi, p->min, p->max);
        if (!r->source || strlen(r->source) < 12) fail_msg("%s: no source or reasoning", key);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_inside_plausible_range),
        cmocka_unit_test(test_chongqing_scenarios_inside_plausible_range),
        cmocka_unit_test(test_greener_direction_is_obvious_sign),
        cmocka_unit_test(test_plausible_range_is_narrower_than_hard),
    };
    return cmocka_run_group_tests_name("levers", tests, NULL, NULL);
}
