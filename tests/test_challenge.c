/* tests/test_challenge.c - cmocka tests of sim/scenario/challenge.c and its hooks in the loader: parsing a
 * [challenge] section, locks and limits refused with clear messages (on load and on lever moves),
 * goals evaluated on a run built by hand and on the shipped challenges with known answers. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../report/goal_text.h"
#include "../report/error_text.h"
#include "../sim/scenario/challenge.h"
#include "../sim/analysis/challenge_eval.h" /* chal_evaluate */

#define CHAL1 "scenarios/challenge-1-energy-mix.ini"
#define CHAL2 "scenarios/challenge-2-industry.ini"
#define CHAL3 "scenarios/challenge-3-buildings-transport.ini"

/* ---- helpers ---- */

/* Loads text as a file in scenarios/ (so `inherit` finds the shipped files); returns the status. */
static pp_status load_text(const char *text, scn_scenario **s, pp_error *e)
{
    pp_error_clear(e);
    return scn_load_string(text, "scenarios/participant.ini", "scenarios", s, e);
}

/* A child of challenge 1 with extra lines in [power] (or another section given in `more`). */
static pp_status load_child(const char *more, scn_scenario **s, pp_error *e)
{
    char text[2048];
    snprintf(text, sizeof text, "[scenario]\nname = P\ninherit = challenge-1-energy-mix.ini\n%s", more);
    return load_text(text, s, e);
}

static void assert_contains(const char *hay, const char *needle)
{
    if (!strstr(hay, needle)) fail_msg("\"%s\" does not contain \"%s\"", hay, needle);
}

/* ---- parsing ---- */

static const char section_text[] =
    "[scenario]\nname = C\ninherit = chongqing-baseline.ini\n"
    "[challenge]\n"
    "brief_en = \"Peak early; cut coal.\"\n"
    "goal.peak_year = <= 2028\n"
    "goal.coal_share_2030 = < 35\n"
    "goal.nonfossil_share_2030 = >= 25\n"
    "goal.net_co2_2060 = <= 0\n"
    "lock = economy.gdp_growth_pct, power.import_twh\n"
    "limit.power.solar_gw = 0, 20\n";

static void test_challenge_parses_section(void **state)
{
    scn_scenario *s;
    pp_error e;
    const chal_challenge *c;
    double lo, hi;
    (void)state;
    assert_int_equal(load_text(section_text, &s, &e), PP_OK);
    c = chal_of(s);
    assert_non_null(c);
    assert_string_equal(chal_file(c), "scenarios/participant.ini"); /* a string: its name */
    assert_int_equal(chal_n_goals(c), 4);
    assert_int_equal(chal_goal(c, 0)->metric, SEEK_PEAK_YEAR);
    assert_int_equal(chal_goal(c, 0)->op, SEEK_LE);
    assert_true(chal_goal(c, 0)->value == 2028);
    assert_int_equal(chal_goal(c, 1)->metric, SEEK_COAL_SHARE);
    assert_int_equal(chal_goal(c, 1)->year, 2030);
    assert_int_equal(chal_goal(c, 1)->op, SEEK_LT);
    assert_int_equal(chal_goal(c, 2)->op, SEEK_GE);
    assert_int_equal(chal_goal(c, 3)->metric, SEEK_NET_CO2);
    assert_int_equal(chal_goal(c, 3)->year, 2060);
    assert_null(chal_goal(c, 4));
    assert_true(chal_is_locked(c, P_ECONOMY_GDP_GROWTH));
    assert_true(chal_is_locked(c, P_POWER_IMPORT_TWH));
    assert_false(chal_is_locked(c, P_POWER_SOLAR_GW));
    assert_true(chal_limit(c, P_POWER_SOLAR_GW, &lo, &hi));
    assert_true(lo == 0 && hi == 20);
    assert_false(chal_limit(c, P_POWER_WIND_GW, &lo, &hi));
    assert_false(chal_levers_only(c));
    /* the quoted brief keeps its ';'; the Chinese brief falls back to the English one */
    assert_string_equal(chal_brief(c, 0), "Peak early; cut coal.");
    assert_string_equal(chal_brief(c, 1), "Peak early; cut coal.");
    scn_free(s);
}

static void test_challenge_absent(void **state)
{
    scn_scenario *s;
    pp_error e;
    chal_eval ev;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &e), PP_OK);
    assert_null(chal_of(s));
    assert_false(chal_is_locked(NULL, P_POWER_SOLAR_GW));
    assert_int_equal(chal_check_lever(s, P_POWER_SOLAR_GW, 500, &e), PP_OK);
    chal_evaluate(NULL, NULL, &ev);
    assert_int_equal(ev.n, 0);
    assert_false(ev.all_met);
    scn_free(s);
}

/* One broken [challenge] section: the status, the line and words the message must hold. */
typedef struct {
    const char *lines;
    pp_status code;
    int line;
    const char *words;
} bad_case;

static void test_challenge_bad_sections(void **state)
{
    static const bad_case cases[] = {
        {"goal.peak_year = <= 2028\nfoo = 1\n", PP_ERR_PARSE, 6, "unknown key \"foo\" in [challenge]"},
        {"goal.peak_yeer = <= 2028\n", PP_ERR_PARSE, 5, "unknown quantity"},
        {"goal.peak_year = about 2028\n", PP_ERR_PARSE, 5, "missing comparison"},
        {"goal.coal_share_2030 = < lots\n", PP_ERR_PARSE, 5, "is not a number"},
        {"goal.peak_year = <= 2028\nlock = power.solr_gw\n", PP_ERR_PARSE, 6, "did you mean power.solar_gw"},
        {"goal.peak_year = <= 2028\nlock = scenario.name\n", PP_ERR_PARSE, 6, "is text"},
        {"goal.peak_year = <= 2028\nlimit.power.coal_gw = 0, 10\n", PP_ERR_PARSE, 6, "is not a lever"},
        {"goal.peak_year = <= 2028\nlimit.power.solar_gw = 20, 10\n", PP_ERR_RANGE, 6, "lo <= hi"},
        {"goal.peak_year = <= 2028\nlimit.power.solar_gw = 0, 2000\n", PP_ERR_RANGE, 6, "range 0..1000 GW"},
        {"goal.peak_year = <= 2028\nlimit.power.solar_gw = 0\n", PP_ERR_PARSE, 6, "two numbers"},
        {"goal.peak_year = <= 2028\nlevers_only = 2\n", PP_ERR_RANGE, 6, "expected 0 or 1"},
        {"goal.peak_year = <= 2028\ngoal.peak_year = <= 2030\n", PP_ERR_PARSE, 6, "duplicate key"},
        {"brief_en = hello\n", PP_ERR_INPUT, 5, "at least one goal"},
        /* the challenge's own value (solar 4.5 GW in 2030) must lie inside its limit */
        {"goal.peak_year = <= 2028\nlimit.power.solar_gw = 5, 10\n", PP_ERR_INPUT, 6, "outside the challenge's limit 5..10 GW"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[1024], buf[1024];
        scn_scenario *s = NULL;
        pp_error e;
        pp_status st;
        snprintf(text, sizeof text, "[scenario]\nname = C\ninherit = chongqing-baseline.ini\n[challenge]\n%s",
                 cases[i].lines);
        st = load_text(text, &s, &e);
        error_text(&e, LANG_EN, buf, sizeof buf);
        if (st != cases[i].code) fail_msg("case %zu: status %d, expected %d: %s", i, st, cases[i].code, buf);
        assert_null(s);
        assert_int_equal(e.line, cases[i].line);
        assert_contains(buf, cases[i].words);
    }
}

/* ---- enforcement ---- */

static void test_challenge_locked_lever_refused(void **state)
{
    scn_scenario *s = NULL;
    pp_error e;
    char buf[1024];
    (void)state;
    /* GDP growth is locked by challenge 1: any change is refused, naming key, file and challenge */
    assert_int_equal(load_child("[economy]\ngdp_growth_pct = 2015:11, 2020:3.9, 2030:4, 2060:1\n", &s, &e),
                     PP_ERR_INPUT);
    assert_null(s);
    assert_string_equal(e.file, "scenarios/participant.ini");
    assert_string_equal(e.section, "economy");
    assert_string_equal(e.key, "gdp_growth_pct");
    assert_int_equal(e.line, 5);
    assert_contains(error_text(&e, LANG_EN, buf, sizeof buf), "locked by the challenge in scenarios/challenge-1-energy-mix.ini");
    assert_int_equal(pp_status_exit_code(e.code), 2);
    /* levers_only = 1: a non-lever key is refused too */
    assert_int_equal(load_child("[power]\ncoal_gw = 10\n", &s, &e), PP_ERR_INPUT);
    assert_contains(ERROR_MSG_EN(&e), "levers_only");
    assert_string_equal(e.key, "coal_gw");
    /* a lever outside its limit (solar 2..11 GW in 2030) */
    assert_int_equal(load_child("[power]\nsolar_gw = 2015:0.05, 2020:0.67, 2030:12, 2060:26\n", &s, &e), PP_ERR_INPUT);
    assert_contains(ERROR_MSG_EN(&e), "lever value 12 GW is outside the challenge's limit 2..11 GW");
    assert_string_equal(e.key, "solar_gw");
    /* a participant cannot replace the facilitator's challenge with an easier one */
    assert_int_equal(load_child("[challenge]\ngoal.peak_year = <= 2060\n", &s, &e), PP_ERR_INPUT);
    assert_contains(ERROR_MSG_EN(&e), "cannot set its own [challenge]");
}

static void test_challenge_allowed_changes_load(void **state)
{
    scn_scenario *s = NULL;
    pp_error e;
    (void)state;
    /* the locked key written with the challenge's own value is no change */
    assert_int_equal(load_child("[power]\nimport_twh = 2015:15, 2020:30, 2025:40, 2030:45, 2060:55\n"
                                "solar_gw = 2015:0.05, 2020:0.67, 2030:11, 2060:29\n"
                                "[scenario]\ndescription_en = my try\n", &s, &e), PP_OK);
    assert_non_null(chal_of(s));
    assert_string_equal(chal_file(chal_of(s)), "scenarios/challenge-1-energy-mix.ini");
    scn_free(s);
}

static void test_challenge_lever_moves_respect_it(void **state)
{
    scn_scenario *s;
    pp_error e;
    (void)state;
    assert_int_equal(scn_load(CHAL1, &s, &e), PP_OK);
    assert_int_equal(scn_lever_set(s, P_ECONOMY_GDP_GROWTH, 4.5, &e), PP_ERR_RANGE);
    assert_contains(ERROR_MSG_EN(&e), "locked by the challenge");
    assert_string_equal(e.key, "gdp_growth_pct");
    assert_true(scn_lever_value(s, P_ECONOMY_GDP_GROWTH) == 5.0); /* unchanged (baseline 2030: 5) */
    assert_int_equal(scn_lever_set(s, P_POWER_SOLAR_GW, 11.5, &e), PP_ERR_RANGE);
    assert_contains(ERROR_MSG_EN(&e), "limit 2..11 GW");
    assert_int_equal(chal_check_lever(s, P_POWER_SOLAR_GW, 1.9, &e), PP_ERR_RANGE);
    assert_int_equal(chal_check_lever(s, P_POWER_SOLAR_GW, 11, &e), PP_OK);
    assert_int_equal(scn_lever_set(s, P_POWER_SOLAR_GW, 10, &e), PP_OK);
    assert_true(scn_lever_value(s, P_POWER_SOLAR_GW) == 10.0);
    scn_free(s);
}

/* ---- evaluation on a run built by hand ---- */

static void test_challenge_evaluate_by_hand(void **state)
{
    scn_scenario *s;
    pp_error e;
    run_result *r = calloc(1, sizeof *r);
    chal_eval ev;
    char buf[64];
    (void)state;
    assert_int_equal(load_text(section_text, &s, &e), PP_OK);
    /* a run 2020..2030: peak 2027, coal 36 % and non-fossil exactly 25 % in 2030; 2060 is outside */
    r->first_year = 2020;
    r->end_year = 2030;
    r->n_years = 11;
    r->summary.peak_year = 2027;
    r->summary.peak_reached = 1;
    r->v[RV_COAL_SHARE][10] = 36.0;
    r->v[RV_NONFOSSIL_SHARE][10] = 25.0;
    chal_evaluate(chal_of(s), r, &ev);
    assert_int_equal(ev.n, 4);
    assert_true(ev.goal[0].met && ev.goal[0].value == 2027); /* 2027 <= 2028 */
    assert_false(ev.goal[1].met);                            /* 36 < 35 fails */
    assert_true(ev.goal[1].value == 36.0);
    assert_true(ev.goal[2].met);                             /* 25 >= 25 holds at the boundary */
    assert_false(ev.goal[3].met);                            /* 2060 not in the run */
    assert_true(isnan(ev.goal[3].value));
    assert_int_equal(ev.n_met, 2);
    assert_false(ev.all_met);
    assert_string_equal(goal_value_text(&ev.goal[3].target, ev.goal[3].value, 0, buf, sizeof buf), "n/a");
    /* still rising at the end: no peak, the peak goal fails with value "never" */
    r->summary.peak_reached = 0;
    r->summary.peak_year = 2030;
    r->v[RV_COAL_SHARE][10] = 34.9;
    chal_evaluate(chal_of(s), r, &ev);
    assert_false(ev.goal[0].met);
    assert_true(isinf(ev.goal[0].value));
    assert_string_equal(goal_value_text(&ev.goal[0].target, ev.goal[0].value, 0, buf, sizeof buf), "never");
    assert_string_equal(goal_value_text(&ev.goal[0].target, ev.goal[0].value, 1, buf, sizeof buf), "未实现");
    assert_true(ev.goal[1].met);
    free(r);
    scn_free(s);
}

static void test_challenge_goal_texts(void **state)
{
    seek_target t;
    char buf[128];
    (void)state;
    assert_int_equal(seek_parse_target("peak_year<=2028", &t, NULL), PP_OK);
    assert_string_equal(goal_text(&t, 0, buf, sizeof buf), "CO2 peaks by 2028");
    assert_string_equal(goal_text(&t, 1, buf, sizeof buf), "2028年前（含）碳达峰");
    assert_int_equal(seek_parse_target("coal_share_2030<35", &t, NULL), PP_OK);
    assert_string_equal(goal_text(&t, 0, buf, sizeof buf), "Coal share 2030 < 35 %");
    assert_string_equal(goal_text(&t, 1, buf, sizeof buf), "2030年煤炭占比 < 35%");
    assert_string_equal(goal_value_text(&t, 37.94, 0, buf, sizeof buf), "37.9 %");
    assert_string_equal(goal_value_text(&t, 37.94, 1, buf, sizeof buf), "37.9%");
    assert_int_equal(seek_parse_target("net_co2_2060<=0", &t, NULL), PP_OK);
    assert_string_equal(goal_text(&t, 0, buf, sizeof buf), "Net CO2 2060 <= 0 Mt");
    assert_string_equal(goal_value_text(&t, 31.94, 0, buf, sizeof buf), "31.9 Mt");
    /* Chinese planning units (report/units.h): 31.94 Mt = 3194 万吨, to the 万吨 */
    assert_string_equal(goal_value_text(&t, 31.94, 1, buf, sizeof buf), "3194万吨");
    /* the goal line: "<= 215 Mt" reads "≤ 2.15亿吨" (215 Mt = 21500 万吨 = 2.15 亿吨); a result
     * keeps 0.1 Mt = 0.001 亿吨: 206.79 Mt -> 2.068亿吨; a goal keeps every digit: 1234.5 Mt = 12.345亿吨 */
    assert_int_equal(seek_parse_target("co2_2030<=215", &t, NULL), PP_OK);
    assert_string_equal(goal_text(&t, 1, buf, sizeof buf), "2030年CO2排放 ≤ 2.15亿吨");
    assert_string_equal(goal_value_text(&t, 206.79, 1, buf, sizeof buf), "2.068亿吨");
    assert_int_equal(seek_parse_target("cum_co2>=1234.5", &t, NULL), PP_OK);
    assert_non_null(strstr(goal_text(&t, 1, buf, sizeof buf), "≥ 12.345亿吨"));
}

/* ---- the shipped challenges ---- */

/* Loads and runs file; checks each goal's value against the run read directly, and the count met. */
static void check_file(const char *file, int n_goals, int n_met)
{
    scn_scenario *s;
    pp_error e;
    char buf[1024];
    run_result *r = calloc(1, sizeof *r);
    chal_eval ev;
    if (scn_load(file, &s, &e) != PP_OK) fail_msg("%s", error_text(&e, LANG_EN, buf, sizeof buf));
    assert_int_equal(run_simulate(s, r, &e), PP_OK);
    chal_evaluate(chal_of(s), r, &ev);
    assert_int_equal(ev.n, n_goals);
    for (int i = 0; i < ev.n; i++) {
        const seek_target *t = &ev.goal[i].target;
        double direct = t->metric == SEEK_PEAK_YEAR ? (r->summary.peak_reached ? r->summary.peak_year : INFINITY)
                      : t->metric == SEEK_COAL_SHARE ? run_at(r, RV_COAL_SHARE, t->year)
                      : t->metric == SEEK_NONFOSSIL_SHARE ? run_at(r, RV_NONFOSSIL_SHARE, t->year)
                      : t->metric == SEEK_CO2 ? run_at(r, RV_CO2, t->year)
                      : t->metric == SEEK_NET_CO2 ? run_at(r, RV_CO2_NET, t->year)
                      : t->metric == SEEK_CUM_CO2 ? r->summary.cum_co2_mt : NAN;
        assert_true(ev.goal[i].value == direct);
    }
    if (ev.n_met != n_met) fail_msg("%s: %d goals met, expected %d", file, ev.n_met, n_met);
    assert_int_equal(ev.all_met, n_met == n_goals);
    free(r);
    scn_free(s);
}

static void test_challenge_shipped_start_unmet(void **state)
{
    (void)state;
    check_file(CHAL1, 3, 0);
    check_file(CHAL2, 3, 0);
    check_file(CHAL3, 4, 0);
}

/* The answers in tests/challenge/ (the lever moves the files' comments give) meet every goal. */
static void test_challenge_shipped_achievable(void **state)
{
    (void)state;
    check_file("tests/challenge/solution-1.ini", 3, 3);
    check_file("tests/challenge/solution-2.ini", 3, 3);
    check_file("tests/challenge/solution-3.ini", 4, 4);
}

/* ---- writing and copying ---- */

static void test_challenge_round_trip_and_clone(void **state)
{
    scn_scenario *s, *back, *copy, *child;
    pp_error e;
    char *text, *ctext;
    double lo, hi;
    (void)state;
    assert_int_equal(scn_load(CHAL1, &s, &e), PP_OK);
    assert_int_equal(scn_to_ini(s, scn_parent(s), "chongqing-baseline.ini", &text, &e), PP_OK);
    assert_contains(text, "\n[challenge]\n");
    assert_contains(text, "goal.coal_share_2030 = \"< 27\"");
    assert_int_equal(scn_load_string(text, "scenarios/again.ini", "scenarios", &back, &e), PP_OK);
    assert_int_equal(chal_n_goals(chal_of(back)), 3);
    assert_true(chal_is_locked(chal_of(back), P_ECONOMY_GDP_GROWTH));
    assert_true(chal_limit(chal_of(back), P_POWER_IMPORT_TWH, &lo, &hi) && lo == 30 && hi == 65);
    assert_string_equal(chal_brief(chal_of(back), 1), chal_brief(chal_of(s), 1));
    /* a participant's file saved from it inherits the challenge and does not repeat it */
    copy = scn_clone(s);
    assert_non_null(chal_of(copy));
    assert_true(chal_of(copy) != chal_of(s));
    assert_int_equal(scn_lever_set(copy, P_POWER_SOLAR_GW, 9, &e), PP_OK);
    assert_int_equal(scn_to_ini(copy, s, "challenge-1-energy-mix.ini", &ctext, &e), PP_OK);
    assert_null(strstr(ctext, "[challenge]"));
    assert_int_equal(load_text(ctext, &child, &e), PP_OK);
    assert_true(scn_lever_value(child, P_POWER_SOLAR_GW) == 9.0);
    assert_string_equal(chal_file(chal_of(child)), "scenarios/challenge-1-energy-mix.ini");
    free(text);
    free(ctext);
    scn_free(child);
    scn_free(copy);
    scn_free(back);
    scn_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_challenge_parses_section),
        cmocka_unit_test(test_challenge_absent),
        cmocka_unit_test(test_challenge_bad_sections),
        cmocka_unit_test(test_challenge_locked_lever_refused),
        cmocka_unit_test(test_challenge_allowed_changes_load),
        cmocka_unit_test(test_challenge_lever_moves_respect_it),
        cmocka_unit_test(test_challenge_evaluate_by_hand),
        cmocka_unit_test(test_challenge_goal_texts),
        cmocka_unit_test(test_challenge_shipped_start_unmet),
        cmocka_unit_test(test_challenge_shipped_achievable),
        cmocka_unit_test(test_challenge_round_trip_and_clone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
