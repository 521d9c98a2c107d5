/* tests/test_tui_tornado.c - cmocka tests of the "what moves the peak" view's rows
 * (tui/tornado_view.c: tornado_rows over sens_run, and the cost order over the MAC curve built
 * from the same runs) on the hand-computable fixture
 * (tests/engine_fixture.h), whose solar and wind effects are worked out by hand below, and of the
 * peak-year histogram's bins beside the Monte Carlo band (tui/bands_probs.c). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../tui/bands_probs.h"
#include "../tui/tornado_view.h"
#include "engine_fixture.h"

/* ---- the fixture, by hand ----
 * In the fixture's world (engine_fixture.h, 2020 history, run to 2030) all electricity comes from
 * coal at 300 gce/kWh, so a TWh of solar or wind is 0.3 Mtce of coal = 0.75 Mt CO2 less. Solar runs
 * 1000 h (1 TWh a GW), wind here 1500 h (1.5 TWh): 0.75 and 1.125 Mt CO2 a GW a year. A lever sets its
 * value in its lever year 2030 and the path runs straight from the 2020 value to it, so a change
 * D (GW, at 2030) is D (y - 2020)/10 in year y and sums over 2021-2030 to 5.5 D.
 * Solar from 0 GW: low end 3 GW -> -0.75 * 5.5 * 3 = -12.375 Mt, high end 12 -> -49.5 Mt.
 * Wind from 0 GW: low end 2 -> -1.125 * 5.5 * 2 = -12.375 Mt, high end 6 -> -37.125 Mt.
 * (Both start from 0: from a non-zero value these levers scale their path geometrically.)
 * Potentials are raised to 50 GW so no end is refused. CO2 still rises every year whatever these
 * two do (it grows about 6.7 Mt/yr; 12 GW of solar takes 0.9 Mt/yr off that growth), so the peak
 * year stays the end year: no change in peak year. */
#define SOLAR_LO (-12.375)
#define SOLAR_HI (-49.5)
#define WIND_LO (-12.375)
#define WIND_HI (-37.125)

static scn_scenario *fixture(void)
{
    scn_scenario *s = fx_make();
    fx_const(s, P_POWER_SOLAR_POTENTIAL, 50);
    fx_const(s, P_POWER_WIND_POTENTIAL, 50);
    fx_const(s, P_POWER_WIND_HOURS, 1500);
    return s;
}

static int row_of(const sens_result *r, const tornado_row *rows, int n, int id)
{
    for (int i = 0; i < n; i++)
        if (r->lever[rows[i].k].lever == id) return i;
    return -1;
}

static void test_tornado_cum_co2_by_hand(void **state)
{
    scn_scenario *s = fixture();
    sens_result *r = malloc(sizeof *r);
    tornado_row rows[SENS_MAX_LEVERS];
    pp_error err;
    int n, is, iw;
    (void)state;
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    n = tornado_rows(r, TORNADO_BY_CUM_CO2, NULL, rows);
    assert_int_equal(n, r->n);
    is = row_of(r, rows, n, P_POWER_SOLAR_GW);
    iw = row_of(r, rows, n, P_POWER_WIND_GW);
    assert_true(is >= 0 && iw >= 0);
    assert_true(fabs(rows[is].d[SENS_LOW] - SOLAR_LO) < 1e-3);
    assert_true(fabs(rows[is].d[SENS_HIGH] - SOLAR_HI) < 1e-3);
    assert_true(fabs(rows[iw].d[SENS_LOW] - WIND_LO) < 1e-3);
    assert_true(fabs(rows[iw].d[SENS_HIGH] - WIND_HI) < 1e-3);
    assert_true(fabs(rows[is].size - 49.5) < 1e-3);
    assert_true(is < iw); /* 49.5 before 37.125 */
    for (int i = 1; i < n; i++) /* sorted, refused ones last */
        if (!isnan(rows[i].size)) assert_true(!isnan(rows[i - 1].size) && rows[i - 1].size >= rows[i].size);
    free(r);
    fx_free(s);
}

/* By peak year: still rising at both ends of either lever, so no change (see above). */
static void test_tornado_peak_year_unchanged(void **state)
{
    scn_scenario *s = fixture();
    sens_result *r = malloc(sizeof *r);
    tornado_row rows[SENS_MAX_LEVERS];
    pp_error err;
    int n, is, iw;
    (void)state;
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    n = tornado_rows(r, TORNADO_BY_PEAK_YEAR, NULL, rows);
    is = row_of(r, rows, n, P_POWER_SOLAR_GW);
    iw = row_of(r, rows, n, P_POWER_WIND_GW);
    assert_true(rows[is].d[SENS_LOW] == 0 && rows[is].d[SENS_HIGH] == 0);
    assert_true(rows[iw].d[SENS_LOW] == 0 && rows[iw].d[SENS_HIGH] == 0);
    free(r);
    fx_free(s);
}

/* A closed lever (a challenge's lock) has no row; the others keep theirs. */
static void test_tornado_open_levers_only(void **state)
{
    scn_scenario *s = fixture();
    sens_result *r = malloc(sizeof *r);
    tornado_row rows[SENS_MAX_LEVERS];
    unsigned char open[P_COUNT];
    pp_error err;
    int n;
    (void)state;
    memset(open, 1, sizeof open);
    open[P_POWER_SOLAR_GW] = 0;
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    n = tornado_rows(r, TORNADO_BY_CUM_CO2, open, rows);
    assert_int_equal(n, r->n - 1);
    assert_int_equal(row_of(r, rows, n, P_POWER_SOLAR_GW), -1);
    assert_true(row_of(r, rows, n, P_POWER_WIND_GW) >= 0);
    free(r);
    fx_free(s);
}

/* By cost. Solar's capital cost at the 100000 CNY/kW ceiling and free coal: each GW of solar or
 * wind only adds cost (it displaces free coal), its annualised capital (capital recovery factor at
 * 8 % over 25 years: 0.0937) and fixed O&M per tonne a year: solar (100000 x 0.0937 + 60) / 0.75 =
 * 12573, wind (7000 x 0.0937 + 140) / 1.125 = 707 (CNY/kW/yr per Mt/GW/yr, the schema's defaults
 * for wind; the same ratio in CNY/t), about 18 times. So wind is before solar, both cost money,
 * solar at least 5 times wind per tonne (learning and the build years shift the hand ratio a
 * little); each row's CNY/t is the curve's own, and the costed rows come first, cheapest first. */
static void test_tornado_cost_order(void **state)
{
    scn_scenario *s = fixture();
    sens_result *r = malloc(sizeof *r);
    mac_curve *m = malloc(sizeof *m);
    tornado_row rows[SENS_MAX_LEVERS];
    pp_error err;
    int n, is, iw;
    (void)state;
    fx_const(s, P_COSTS_SOLAR_CAPEX, 100000);
    fx_const(s, P_COSTS_COAL_PRICE, 0);
    assert_int_equal(sens_run(s, r, &err), PP_OK);
    mac_curve_of(r, m);
    n = tornado_rows(r, TORNADO_BY_COST, NULL, rows);
    tornado_cost_order(r, m, rows, n);
    is = row_of(r, rows, n, P_POWER_SOLAR_GW);
    iw = row_of(r, rows, n, P_POWER_WIND_GW);
    assert_true(is >= 0 && iw >= 0);
    assert_true(iw < is);
    assert_true(rows[iw].cny_per_t > 0 && rows[is].cny_per_t > 5 * rows[iw].cny_per_t);
    assert_true(fabs(rows[iw].d[SENS_HIGH] - WIND_HI) < 1e-3); /* the bars stay cumulative CO2 */
    for (int i = 0; i < n; i++) {
        int id = r->lever[rows[i].k].lever, on = 0;
        for (int b = 0; b < m->n; b++)
            if (m->curve[b].lever == id) {
                on = 1;
                assert_true(rows[i].cny_per_t == m->curve[b].a.cny_per_t
                            || (isnan(rows[i].cny_per_t) && isnan(m->curve[b].a.cny_per_t)));
            }
        if (!on) assert_true(isnan(rows[i].cny_per_t));
        if (i > 0 && !isnan(rows[i].cny_per_t))
            assert_true(!isnan(rows[i - 1].cny_per_t) && rows[i - 1].cny_per_t <= rows[i].cny_per_t);
    }
    free(m);
    free(r);
    fx_free(s);
}

/* Peak years 2017 x5, 2018 x1, 2024 x4 (first year 2015) into at most 4 bins: 2017..2024 is 8
 * years, 2 a bin: 2017-18 = 6, 2019-20 = 0, 2021-22 = 0, 2023-24 = 4. */
static void test_bands_histogram_bins(void **state)
{
    mc_result *mc = calloc(1, sizeof *mc);
    int count[BANDS_PROBS_MAX_BINS], first, per, n;
    (void)state;
    mc->first_year = 2015;
    mc->n_years = 46;
    mc->peak_count[2] = 5;
    mc->peak_count[3] = 1;
    mc->peak_count[9] = 4;
    n = bands_probs_bins(mc, 4, count, &first, &per);
    assert_int_equal(n, 4);
    assert_int_equal(first, 2017);
    assert_int_equal(per, 2);
    assert_int_equal(count[0], 6);
    assert_int_equal(count[1], 0);
    assert_int_equal(count[2], 0);
    assert_int_equal(count[3], 4);
    n = bands_probs_bins(mc, 20, count, &first, &per); /* room for a bin a year */
    assert_int_equal(n, 8);
    assert_int_equal(per, 1);
    assert_int_equal(count[7], 4);
    memset(mc->peak_count, 0, sizeof mc->peak_count); /* no draw peaked */
    assert_int_equal(bands_probs_bins(mc, 4, count, &first, &per), 0);
    free(mc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tornado_cum_co2_by_hand),
        cmocka_unit_test(test_tornado_peak_year_unchanged),
        cmocka_unit_test(test_tornado_open_levers_only),
        cmocka_unit_test(test_tornado_cost_order),
        cmocka_unit_test(test_bands_histogram_bins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
