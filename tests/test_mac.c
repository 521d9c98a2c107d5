/* tests/test_mac.c - cmocka tests of sim/analysis/mac.c: the abatement cost of a scenario against a
 * reference from made-up results worked by hand, the curve's order and placing from a made-up
 * sensitivity result, the tonnes of one lever on the hand-computable fixture, and on the default
 * scenario: the curve lists every lever that avoids CO2, sorted. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../sim/analysis/mac.h"
#include "../report/error_text.h"
#include "../sim/model/cost.h" /* cost_npv: the discounting run_scenario applies */
#include "engine_fixture.h"

/* ---- one abatement, by hand ---- */

/* Made-up runs 2020-2030. Reference: net CO2 100 Mt every year. Scenario: 100 - 2 (y - 2020) Mt, so
 * it avoids 2 + 4 + ... + 20 = 110 Mt over 2021-2030. Its system cost is 1 bn CNY a year more in
 * 2021-2030 (51 against 50); discounted to 2021 at 5 %/yr, as run_scenario discounts (cost_npv,
 * 2021 at factor 1), the difference is sum_{t=0..9} 1.05^-t = (1 - 1.05^-10) / (1 - 1/1.05) =
 * 8.107822 bn CNY. Undiscounted: 10 bn. Abatement cost = 8.107822 bn / 110 Mt = 0.0737075 bn/Mt =
 * 73.71 CNY/t. */
static run_result *made_up(double slope)
{
    run_result *r = calloc(1, sizeof *r);
    r->first_year = 2020;
    r->hist_end_year = 2020;
    r->end_year = 2030;
    r->n_years = 11;
    for (int i = 0; i < r->n_years; i++) {
        r->v[RV_CO2][i] = r->v[RV_CO2_NET][i] = 100.0 - slope * i;
        r->v[RV_COST_SYSTEM][i] = 50.0 + (slope > 0 && i > 0 ? 1.0 : 0.0);
    }
    run_summary_compute(r, &r->summary);
    r->summary.npv_system_cost_bn = cost_npv(r->v[RV_COST_SYSTEM], r->first_year, 2021, r->end_year, 5.0);
    return r;
}

static void test_mac_abatement_by_hand(void **state)
{
    run_result *ref = made_up(0), *scn = made_up(2);
    mac_abatement a;
    pp_error err;
    (void)state;
    assert_int_equal(mac_compare(scn, ref, &a, &err), PP_OK);
    assert_true(fabs(a.avoided_mt - 110.0) < 1e-9);
    assert_true(fabs(a.cost_bn - 8.107822) < 1e-6);
    assert_true(fabs(a.cum_cost_bn - 10.0) < 1e-9);
    assert_true(fabs(a.cny_per_t - 73.71) < 0.01);
    assert_true(a.avoids);
    /* the 8.107822 of the comment, as a check on the arithmetic itself */
    assert_true(fabs((1 - pow(1.05, -10)) / (1 - 1 / 1.05) - 8.107822) < 1e-6);
    /* the other way round: the reference "avoids" -110 Mt, no cost per tonne */
    assert_int_equal(mac_compare(ref, scn, &a, &err), PP_OK);
    assert_true(fabs(a.avoided_mt + 110.0) < 1e-9);
    assert_false(a.avoids);
    assert_true(isnan(a.cny_per_t));
    free(ref);
    free(scn);
}

/* A scenario that saves money: 300 Mt avoided for 60 bn CNY less is -200 CNY/t. Without a system
 * cost (NAN, as before the cost model fills it) the tonnes stay and the cost per tonne is NAN;
 * 0.005 Mt is below MAC_MIN_AVOIDED_MT and avoids nothing. */
static void test_mac_abatement_negative_and_missing_cost(void **state)
{
    run_summary ref = {0}, scn = {0};
    mac_abatement a;
    (void)state;
    ref.cum_net_mt = 5600;
    scn.cum_net_mt = 5300;
    ref.npv_system_cost_bn = 1200;
    scn.npv_system_cost_bn = 1140;
    mac_abatement_of(&scn, &ref, &a);
    assert_true(a.avoids);
    assert_true(fabs(a.cny_per_t - -200.0) < 1e-9);
    scn.npv_system_cost_bn = NAN;
    mac_abatement_of(&scn, &ref, &a);
    assert_true(fabs(a.avoided_mt - 300.0) < 1e-9 && a.avoids);
    assert_true(isnan(a.cost_bn) && isnan(a.cny_per_t));
    scn.cum_net_mt = 5600 - 0.005;
    scn.npv_system_cost_bn = 1201;
    mac_abatement_of(&scn, &ref, &a);
    assert_false(a.avoids);
    assert_true(isnan(a.cny_per_t));
}

/* Runs to different end years do not compare: an error naming both spans, the result NAN. A
 * history that starts in another year is fine (the sums count from 2021); one starting after 2021
 * is not. */
static void test_mac_compare_refuses_other_years(void **state)
{
    run_result *ref = made_up(0), *scn = made_up(2);
    mac_abatement a;
    pp_error err;
    (void)state;
    pp_error_clear(&err);
    scn->end_year = 2029;
    assert_int_equal(mac_compare(scn, ref, &a, &err), PP_ERR_INPUT);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "2020-2029"));
    assert_non_null(strstr(ERROR_MSG_EN(&err), "2020-2030"));
    assert_true(isnan(a.avoided_mt) && isnan(a.cny_per_t));
    scn->end_year = 2030;
    ref->first_year = 2015; /* only the span's label: the sums of the summary stay as they were */
    assert_int_equal(mac_compare(scn, ref, &a, &err), PP_OK);
    assert_true(fabs(a.avoided_mt - 110.0) < 1e-9);
    scn->first_year = 2022;
    assert_int_equal(mac_compare(scn, ref, &a, &err), PP_ERR_INPUT);
    free(ref);
    free(scn);
}

/* ---- the curve from a made-up sensitivity result ---- */

/* Given: NPV 1000 bn, cumulative net 5000 Mt. Levers at their greener end (greener +1, so the
 * high end; the low end is not read):
 *   A: NPV 1010, net 4900 -> 100 Mt for 10 bn = +100 CNY/t
 *   B: NPV  990, net 4950 ->  50 Mt for -10 bn = -200 CNY/t
 *   C: NPV 1030, net 4990 ->  10 Mt for 30 bn = +3000 CNY/t
 *   D: net 5000 -> avoids nothing (no CO2);  E: already at its greener end;  F: refused;
 *   G: net 5020 -> adds CO2 (no CO2).
 * Curve: B (0..50 Mt), A (50..150), C (150..160); total 160 Mt; apart D, E, F, G in that order. */
static void set_lever(sens_result *r, int i, int id, double npv, double net, double given, int ok)
{
    sens_lever *l = &r->lever[i];
    memset(l, 0, sizeof *l);
    l->lever = id;
    l->greener = 1;
    l->value_given = given;
    l->value[SENS_LOW] = 0;
    l->value[SENS_HIGH] = 10;
    l->ok[SENS_HIGH] = ok;
    l->at[SENS_HIGH].sum.npv_system_cost_bn = npv;
    l->at[SENS_HIGH].sum.cum_net_mt = net;
    if (!ok) pp_error_set(&l->refusal[SENS_HIGH], PP_ERR_RANGE, LEVER_VALUE_RANGE, PP_N(12), PP_S("0..11 GW"));
}

static void test_mac_curve_sorted_by_hand(void **state)
{
    sens_result *r = calloc(1, sizeof *r);
    mac_curve *c = malloc(sizeof *c);
    static const int want_curve[] = {2, 1, 3}, want_apart[] = {4, 5, 6, 7};
    static const double want_cost[] = {-200, 100, 3000}, want_from[] = {0, 50, 150};
    (void)state;
    r->given.sum.npv_system_cost_bn = 1000;
    r->given.sum.cum_net_mt = 5000;
    r->end_year = 2060;
    r->n = 7;
    set_lever(r, 0, 1, 1010, 4900, 5, 1);
    set_lever(r, 1, 2, 990, 4950, 5, 1);
    set_lever(r, 2, 3, 1030, 4990, 5, 1);
    set_lever(r, 3, 4, 1005, 5000, 5, 1);
    set_lever(r, 4, 5, 1000, 5000, 10, 1);
    set_lever(r, 5, 6, NAN, NAN, 5, 0);
    set_lever(r, 6, 7, 990, 5020, 5, 1);
    mac_curve_of(r, c);
    assert_true(c->costed);
    assert_int_equal(c->n, 3);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(c->curve[i].lever, want_curve[i]);
        assert_int_equal(c->curve[i].place, MAC_ON_CURVE);
        assert_true(fabs(c->curve[i].a.cny_per_t - want_cost[i]) < 1e-9);
        assert_true(fabs(c->curve[i].from_mt - want_from[i]) < 1e-9);
    }
    assert_true(fabs(c->total_mt - 160) < 1e-9);
    assert_int_equal(c->n_apart, 4);
    for (int i = 0; i < 4; i++) assert_int_equal(c->apart[i].lever, want_apart[i]);
    assert_int_equal(c->apart[0].place, MAC_NO_CO2);
    assert_int_equal(c->apart[1].place, MAC_AT_END);
    assert_int_equal(c->apart[2].place, MAC_REFUSED);
    assert_string_equal(ERROR_MSG_EN(&c->apart[2].refusal), "lever value 12 is out of range: expected 0..11 GW");
    assert_int_equal(c->apart[3].place, MAC_NO_CO2);
    assert_string_equal(mac_place_name(MAC_REFUSED), "refused");
    assert_null(mac_place_name(MAC_PLACE_COUNT));
    free(r);
    free(c);
}

/* Without a system cost every bar is uncosted and the curve goes by tonnes, most first. */
static void test_mac_curve_uncosted_by_tonnes(void **state)
{
    sens_result *r = calloc(1, sizeof *r);
    mac_curve *c = malloc(sizeof *c);
    (void)state;
    r->given.sum.npv_system_cost_bn = NAN;
    r->given.sum.cum_net_mt = 5000;
    r->n = 3;
    set_lever(r, 0, 1, NAN, 4990, 5, 1); /* 10 Mt */
    set_lever(r, 1, 2, NAN, 4700, 5, 1); /* 300 Mt */
    set_lever(r, 2, 3, NAN, 4900, 5, 1); /* 100 Mt */
    mac_curve_of(r, c);
    assert_false(c->costed);
    assert_int_equal(c->n, 3);
    assert_int_equal(c->curve[0].lever, 2);
    assert_int_equal(c->curve[1].lever, 3);
    assert_int_equal(c->curve[2].lever, 1);
    assert_true(isnan(c->curve[0].a.cny_per_t));
    assert_true(fabs(c->curve[2].from_mt - 400) < 1e-9);
    free(r);
    free(c);
}

/* ---- the fixture: one lever's tonnes through the engine, by hand ---- */

/* tests/test_sensitivity.c works the fixture out: with the forest sink at 1 Mt from 2021, its
 * greener end (the plausible high 22 Mt) lowers net CO2 by 21 Mt in each of 2021-2030: 210 Mt
 * avoided, gross CO2 unchanged. GDP growth at its greener end 3 instead of 5 %/yr avoids
 * 4.3012612 * 20 * (sum 1.05^t - sum 1.03^t, t = 1..10) = 120.3 Mt (the sink is the same in both). */
static void test_mac_fixture_sink_tonnes(void **state)
{
    scn_scenario *s = fx_make();
    mac_curve *c = malloc(sizeof *c);
    pp_error err;
    static const double growth[] = {2021, 5.0}, sink[] = {2021, 1.0};
    int found = 0;
    (void)state;
    fx_path(s, P_ECONOMY_GDP_GROWTH, 1, growth);
    fx_path(s, P_EMIS_SINK_MT, 1, sink);
    assert_int_equal(mac_curve_run(s, c, &err), PP_OK);
    for (int i = 0; i < c->n; i++) {
        const mac_lever *m = &c->curve[i];
        if (m->lever == P_EMIS_SINK_MT) {
            assert_true(fabs(m->a.avoided_mt - 210.0) < 1e-9);
            assert_true(m->value_green == 22.0 && m->value_given == 1.0);
            assert_false(m->structural);
            found++;
        } else if (m->lever == P_ECONOMY_GDP_GROWTH) {
            double g5 = 0, g3 = 0;
            for (int t = 1; t <= 10; t++) g5 += pow(1.05, t), g3 += pow(1.03, t);
            assert_true(fabs(m->a.avoided_mt - 2.5 * (0.5 + 0.5 / 0.1229 * 0.3) * 20 * (g5 - g3)) < 1e-6);
            assert_true(fabs(m->a.avoided_mt - 120.3) < 0.1);
            assert_true(m->structural); /* its system cost says nothing of the output it gives up */
            found++;
        }
    }
    assert_int_equal(found, 2);
    free(c);
    free(s);
}

/* ---- the default scenario ---- */

/* Every lever whose greener end the scenario takes and that lowers cumulative net CO2 by at least
 * MAC_MIN_AVOIDED_MT is a bar of the curve (the acceptance test), every other lever is
 * listed apart, none twice, and the bars are sorted: costed ones by cost per tonne, rising, the
 * uncosted after them by tonnes, falling. */
static void test_mac_default_lists_every_lever_that_avoids_co2(void **state)
{
    scn_scenario *s = NULL;
    sens_result *sr = malloc(sizeof *sr);
    mac_curve *c = malloc(sizeof *c);
    pp_error err;
    (void)state;
    assert_int_equal(scn_load("scenarios/chongqing-baseline.ini", &s, &err), PP_OK);
    assert_int_equal(sens_run(s, sr, &err), PP_OK);
    assert_int_equal(mac_curve_run(s, c, &err), PP_OK);
    assert_int_equal(c->n + c->n_apart, sr->n);
    assert_true(c->n > 0);
    for (int i = 0; i < sr->n; i++) {
        const sens_lever *l = &sr->lever[i];
        int k = sens_greener_end(l), on = 0;
        int avoids = (l->value[k] - l->value_given) * l->greener > 0 && l->ok[k] &&
                     l->delta[k][SENS_CUM_NET] <= -MAC_MIN_AVOIDED_MT;
        for (int j = 0; j < c->n; j++) on += c->curve[j].lever == l->lever;
        for (int j = 0; j < c->n_apart; j++) on += 2 * (c->apart[j].lever == l->lever);
        if (avoids != (on == 1) || (on != 1 && on != 2)) {
            const pp_param *p = pp_param_get(l->lever);
            fail_msg("%s.%s: avoids %d, placed %d", p->section, p->key, avoids, on);
        }
    }
    for (int j = 1; j < c->n; j++) {
        const mac_abatement *a = &c->curve[j - 1].a, *b = &c->curve[j].a;
        if (isnan(b->cny_per_t)) assert_true(isnan(a->cny_per_t) ? a->avoided_mt >= b->avoided_mt : 1);
        else assert_true(!isnan(a->cny_per_t) && a->cny_per_t <= b->cny_per_t);
        assert_true(fabs(c->curve[j].from_mt - (c->curve[j - 1].from_mt + a->avoided_mt)) < 1e-9);
    }
    scn_free(s);
    free(sr);
    free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mac_abatement_by_hand),
        cmocka_unit_test(test_mac_abatement_negative_and_missing_cost),
        cmocka_unit_test(test_mac_compare_refuses_other_years),
        cmocka_unit_test(test_mac_curve_sorted_by_hand),
        cmocka_unit_test(test_mac_curve_uncosted_by_tonnes),
        cmocka_unit_test(test_mac_fixture_sink_tonnes),
        cmocka_unit_test(test_mac_default_lists_every_lever_that_avoids_co2),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("mac", tests, NULL, NULL);
}
