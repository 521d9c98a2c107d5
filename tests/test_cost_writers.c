/* tests/test_cost_writers.c - the writers of costs and pollutants (issue 12) on made-up numbers, not
 * the engine's: the summary's cost and air lines (report/summary_cost.c) in English and with the
 * Chinese planning units, the cost-per-tonne arithmetic and table block of `compare`
 * (cli/compare_cost.c), the Markdown "costs and air" table (report/export_md.c) and the SVG
 * investment and pollutants charts (report/export_svg.c). Every expected text is worked by hand
 * from the values set here. */
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

#include "../cli/analysis.h"
#include "../report/export_md.h"
#include "../report/export_svg.h"
#include "../report/summary_out.h"

#define BASELINE "scenarios/chongqing-baseline.ini"

/* Runs a writer into a temporary file and returns its text (malloc'd). */
static char *capture(pp_status (*w)(FILE *, const void *, pp_error *), const void *ctx)
{
    FILE *f = tmpfile();
    pp_error err;
    long n;
    char *text;
    assert_non_null(f);
    assert_int_equal(w(f, ctx, &err), PP_OK);
    n = ftell(f);
    rewind(f);
    text = calloc((size_t)n + 1, 1);
    assert_non_null(text);
    assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    return text;
}

/* A summary with hand values: investment 1234.5 bn CNY, system cost 2345.6, discounted not
 * available (NAN), fuel 345.6, carbon revenue 12.3, 1.5 GW of coal retired early worth 20 bn CNY,
 * SO2 1572 kt, NOx 7944 kt, PM2.5 786.1 kt, health damage 265.5 bn CNY. */
static void hand_summary(run_summary *s)
{
    memset(s, 0, sizeof *s);
    s->cum_invest_bn = 1234.5;
    s->cum_system_cost_bn = 2345.6;
    s->npv_system_cost_bn = NAN;
    s->cum_fuel_bn = 345.6;
    s->cum_carbon_revenue_bn = 12.3;
    s->stranded_gw = 1.5;
    s->stranded_bn = 20;
    s->cum_so2_kt = 1572;
    s->cum_nox_kt = 7944;
    s->cum_pm25_kt = 786.1;
    s->cum_health_bn = 265.5;
}

/* English: amounts at 3 significant digits at least, "-" for NAN (report/units.h: 1234.5 ->
 * "1234", 2345.6 -> "2346", 12.3 -> "12.3", 786.1 -> "786.1"). */
static void test_cost_lines_english(void **state)
{
    run_summary s;
    sum_out_line l[SUM_OUT_COST_LINES];
    (void)state;
    hand_summary(&s);
    assert_int_equal(sum_out_cost_lines(&s, 0, l), SUM_OUT_COST_LINES);
    assert_string_equal(l[0].label, "Costs from 2021:");
    assert_string_equal(l[0].text, "investment 1234 bn CNY, system cost 2346 bn CNY (discounted to 2021: -)");
    assert_string_equal(l[1].text, "fuel bill 345.6 bn CNY, carbon price revenue 12.3 bn CNY");
    assert_string_equal(l[2].text, "1.50 GW, 20.0 bn CNY undepreciated");
    assert_string_equal(l[3].text, "SO2 1572 kt, NOx 7944 kt, PM2.5 786.1 kt");
    assert_non_null(strstr(l[4].text, "265.5 bn CNY"));
    assert_non_null(strstr(l[4].text, "not a count of deaths"));
}

/* Chinese: 1 bn CNY = 10 亿元 (1234.5 -> 12345亿元), 1 GW = 100 万千瓦 (150万千瓦), 1 kt = 0.1 万吨
 * (1572 kt -> 157.2万吨; 786.1 kt -> 78.61, shown with one decimal as every value of 10..100:
 * 78.6万吨). */
static void test_cost_lines_chinese_units(void **state)
{
    run_summary s;
    sum_out_line l[SUM_OUT_COST_LINES];
    (void)state;
    hand_summary(&s);
    sum_out_cost_lines(&s, 1, l);
    assert_string_equal(l[0].label, "2021年起成本：");
    assert_non_null(strstr(l[0].text, "投资12345亿元"));
    assert_non_null(strstr(l[0].text, "系统成本23456亿元"));
    assert_non_null(strstr(l[2].text, "150万千瓦"));
    assert_non_null(strstr(l[3].text, "二氧化硫157.2万吨"));
    assert_non_null(strstr(l[3].text, "78.6万吨"));
    assert_non_null(strstr(l[4].text, "2655亿元"));
}

/* The summary lines end with the cost and air lines, within SUM_OUT_MAX_LINES. */
static void test_summary_lines_include_costs(void **state)
{
    run_summary s;
    sum_out_line l[SUM_OUT_MAX_LINES];
    int n;
    (void)state;
    hand_summary(&s);
    s.peak_year = 2025;
    s.peak_reached = 1;
    n = sum_out_lines(&s, 2060, 0, l);
    assert_true(n <= SUM_OUT_MAX_LINES);
    assert_string_equal(l[n - 1].label, "Health damage from 2021:");
    assert_string_equal(l[n - 2].label, "Air pollutants from 2021:");
}

/* Reference: system cost 1000 bn CNY undiscounted, 400 discounted; 6000 Mt gross and 5000 Mt net
 * CO2. A package: 1100 bn, 430 discounted; 5800 Mt gross, 4850 net. Undiscounted difference +100
 * bn CNY, gross CO2 avoided 200 Mt (the plain extras); the abatement cost is mac's: discounted
 * difference +30 bn CNY over 150 Mt net avoided = 30e9 CNY / 150e6 t = 200 CNY/t (the old
 * undiscounted gross ratio, 100e9 / 200e6 = 500, is not it). 0.005 Mt net avoided (below
 * MAC_MIN_AVOIDED_MT, 0.01) or more CO2 than the reference: no cost per tonne. A discounted cost
 * NAN: difference and ratio NAN. */
static void hand_pair(run_summary *ref, run_summary *s)
{
    memset(ref, 0, sizeof *ref);
    memset(s, 0, sizeof *s);
    ref->cum_system_cost_bn = 1000, ref->npv_system_cost_bn = 400, ref->cum_co2_mt = 6000, ref->cum_net_mt = 5000;
    s->cum_system_cost_bn = 1100, s->npv_system_cost_bn = 430, s->cum_co2_mt = 5800, s->cum_net_mt = 4850;
}

static void test_cost_per_tonne_by_hand(void **state)
{
    run_summary ref, s;
    ana_cost_diff d;
    mac_abatement m;
    (void)state;
    hand_pair(&ref, &s);
    /* the air co-benefit: 1572 - 1239.2 = 332.8 kt SO2, 7944 - 6874.9 = 1069.1 kt NOx, 265.5 - 226.6
     * = 38.9 bn CNY of health damage avoided */
    ref.cum_so2_kt = 1572, ref.cum_nox_kt = 7944, ref.cum_health_bn = 265.5;
    s.cum_so2_kt = 1239.2, s.cum_nox_kt = 6874.9, s.cum_health_bn = 226.6;
    ana_cost_vs_ref(&ref, &s, &d);
    assert_float_equal(d.so2_avoided_kt, 332.8, 1e-9);
    assert_float_equal(d.nox_avoided_kt, 1069.1, 1e-9);
    assert_float_equal(d.health_avoided_bn, 38.9, 1e-9);
    assert_float_equal(d.cost_diff_bn, 100, 1e-12);
    assert_float_equal(d.co2_avoided_mt, 200, 1e-12);
    assert_float_equal(d.a.cost_bn, 30, 1e-12);
    assert_float_equal(d.a.avoided_mt, 150, 1e-12);
    assert_float_equal(d.a.cny_per_t, 200, 1e-9);
    mac_abatement_of(&s, &ref, &m); /* one definition: `peakpath mac --reference` prints this */
    assert_true(m.cny_per_t == d.a.cny_per_t);
    s.cum_net_mt = 4999.995;
    ana_cost_vs_ref(&ref, &s, &d);
    assert_true(isnan(d.a.cny_per_t));
    s.cum_net_mt = 5100;
    ana_cost_vs_ref(&ref, &s, &d);
    assert_float_equal(d.a.avoided_mt, -100, 1e-12);
    assert_true(isnan(d.a.cny_per_t));
    hand_pair(&ref, &s);
    ref.npv_system_cost_bn = NAN;
    ana_cost_vs_ref(&ref, &s, &d);
    assert_true(isnan(d.a.cost_bn) && isnan(d.a.cny_per_t));
    assert_float_equal(d.cost_diff_bn, 100, 1e-12); /* the undiscounted extra is still there */
}

/* The compare block on the same two made-up summaries: the package's column shows +100.0 bn CNY
 * undiscounted and +30.0 discounted, +200.0 Mt gross and +150.0 Mt net, +200.0 CNY/t, and 1572 -
 * 1239.2 = +332.8 kt of SO2 avoided; in Chinese +1000.0 and +300.0 亿元, +20000.0 and +15000.0
 * 万吨CO2 (x 10 and x 100), +200.0 元/吨CO2 and +33.3 万吨 (x 0.1; 33.28 rounds to 33.3). */
static void test_compare_cost_block(void **state)
{
    run_result *r[2];
    const run_result *res[2];
    const char *files[2] = {"a.ini", "b.ini"};
    const scn_scenario *scn[2] = {NULL, NULL};
    ana_compare c;
    char *buf = NULL;
    size_t len = 0;
    FILE *f;
    (void)state;
    for (int k = 0; k < 2; k++) {
        r[k] = calloc(1, sizeof *r[k]);
        assert_non_null(r[k]);
        res[k] = r[k];
    }
    hand_pair(&r[0]->summary, &r[1]->summary);
    r[0]->summary.cum_so2_kt = 1572, r[1]->summary.cum_so2_kt = 1239.2; /* 332.8 kt avoided, 33.3 万吨 */
    c = (ana_compare){2, files, scn, res, 0, 0, CSV_HEAD_NAMES};
    f = open_memstream(&buf, &len);
    ana_compare_cost_table(f, &c);
    fclose(f);
    assert_non_null(strstr(buf, "+100.0   cost difference to [1], undiscounted, bn CNY"));
    assert_non_null(strstr(buf, "+30.0   cost difference to [1], discounted, bn CNY"));
    assert_non_null(strstr(buf, "+200.0   CO2 avoided against [1], gross, Mt CO2"));
    assert_non_null(strstr(buf, "+150.0   net CO2 avoided against [1], Mt CO2"));
    assert_non_null(strstr(buf, "+200.0   abatement cost per t CO2, CNY/t CO2"));
    assert_non_null(strstr(buf, "+332.8   SO2 avoided against [1], kt"));
    assert_non_null(strstr(buf, "as `peakpath mac`"));
    free(buf);
    c.zh = 1;
    f = open_memstream(&buf, &len);
    ana_compare_cost_table(f, &c);
    fclose(f);
    assert_non_null(strstr(buf, "+1000.0   较[1]成本差（未折现），亿元"));
    assert_non_null(strstr(buf, "+300.0   较[1]成本差现值，亿元"));
    assert_non_null(strstr(buf, "+20000.0   较[1]减排CO2（总排放），万吨CO2"));
    assert_non_null(strstr(buf, "+15000.0   较[1]减排净CO2，万吨CO2"));
    assert_non_null(strstr(buf, "+200.0   单位减排成本，元/吨CO2"));
    assert_non_null(strstr(buf, "+33.3   较[1]减少二氧化硫，万吨"));
    free(buf);
    free(r[0]);
    free(r[1]);
}

/* The default scenario's run with made-up cost rows: investment 10 bn CNY a year in solar and 10
 * in wind in every year, everything else of issue 12 as the engine left it. */
static void run_with_hand_costs(scn_scenario **s, run_result **r)
{
    pp_error err;
    assert_int_equal(scn_load(BASELINE, s, &err), PP_OK);
    *r = malloc(sizeof **r);
    assert_non_null(*r);
    assert_int_equal(run_simulate(*s, *r, &err), PP_OK);
    for (int i = 0; i < (*r)->n_years; i++) {
        for (int v = RV_INV_HYDRO; v <= RV_INV_ENDUSE; v++) (*r)->v[v][i] = 0;
        (*r)->v[RV_INV_SOLAR][i] = 10;
        (*r)->v[RV_INV_WIND][i] = 10;
        (*r)->v[RV_INV_TOTAL][i] = 20;
    }
}

/* Markdown: the "Costs and air" table has the investment row at 20.0 bn CNY (Chinese: 200.0 亿元)
 * and the pollutant rows from the run (2030 SO2 in kt, in Chinese x 0.1 万吨), then the note. */
static void test_markdown_costs_and_air(void **state)
{
    scn_scenario *s;
    run_result *r;
    md_one o;
    char *text, want[128];
    (void)state;
    run_with_hand_costs(&s, &r);
    o = (md_one){s, r, BASELINE, 0};
    text = capture(md_write_scenario, &o);
    assert_non_null(strstr(text, "## Costs and air"));
    assert_non_null(strstr(text, "| Investment, total (bn CNY) | 20.0 | 20.0 | 20.0 | 20.0 |"));
    snprintf(want, sizeof want, "| SO2 emitted (kt) | %.1f | %.1f | %.1f | %.1f |", run_at(r, RV_SO2, 2020),
             run_at(r, RV_SO2, 2025), run_at(r, RV_SO2, 2030), run_at(r, RV_SO2, 2060));
    assert_non_null(strstr(text, want));
    assert_non_null(strstr(text, "not a count of deaths"));
    free(text);
    o.zh = 1;
    text = capture(md_write_scenario, &o);
    assert_non_null(strstr(text, "## 成本与大气污染物"));
    assert_non_null(strstr(text, "| 投资合计（亿元） | 200.0 | 200.0 | 200.0 | 200.0 |"));
    snprintf(want, sizeof want, "| 二氧化硫排放（万吨） | %.1f |", run_at(r, RV_SO2, 2020) * 0.1);
    assert_non_null(strstr(text, want));
    free(text);
    scn_free(s);
    free(r);
}

/* SVG investment chart: solar and wind stacked reach 20 bn CNY; with 12 % headroom the axis is
 * 0..25 in steps of 5 (English) and 0..250 in steps of 50 亿元 (Chinese: 200 x 1.12 = 224). */
static void test_svg_investment_chart(void **state)
{
    scn_scenario *s;
    run_result *r;
    svg_one o;
    svg_chart c;
    char *text;
    (void)state;
    assert_int_equal(svg_chart_parse("investment", &c), 0);
    assert_int_equal(c, SVG_INVESTMENT);
    assert_int_equal(svg_chart_parse("Pollutants", &c), 0);
    assert_string_equal(svg_chart_name(SVG_POLLUTANTS), "pollutants");
    run_with_hand_costs(&s, &r);
    o = (svg_one){s, r, SVG_INVESTMENT, 0, NULL};
    text = capture(svg_write, &o);
    assert_non_null(strstr(text, "Investment by technology"));
    assert_non_null(strstr(text, ">Solar</text>"));
    assert_non_null(strstr(text, ">Wind</text>"));
    assert_non_null(strstr(text, ">25</text>"));
    assert_null(strstr(text, ">30</text>"));
    free(text);
    o.zh = 1;
    text = capture(svg_write, &o);
    assert_non_null(strstr(text, "分技术投资"));
    assert_non_null(strstr(text, "亿元/年"));
    assert_non_null(strstr(text, ">250</text>"));
    free(text);
    scn_free(s);
    free(r);
}

/* SVG pollutants chart: the three pollutants as lines with their labels; NOx is the largest
 * (the default run's 2020 NOx is above 200 kt), so the axis passes 200 kt (Chinese: 20 万吨). */
static void test_svg_pollutants_chart(void **state)
{
    scn_scenario *s;
    run_result *r;
    svg_one o;
    char *text;
    (void)state;
    run_with_hand_costs(&s, &r);
    assert_true(run_at(r, RV_NOX, 2020) > 200);
    o = (svg_one){s, r, SVG_POLLUTANTS, 0, NULL};
    text = capture(svg_write, &o);
    assert_non_null(strstr(text, ">SO2</text>"));
    assert_non_null(strstr(text, ">NOx</text>"));
    assert_non_null(strstr(text, ">Primary PM2.5</text>"));
    assert_non_null(strstr(text, "kt per year"));
    assert_non_null(strstr(text, ">200</text>"));
    free(text);
    o.zh = 1;
    text = capture(svg_write, &o);
    assert_non_null(strstr(text, ">氮氧化物</text>"));
    assert_non_null(strstr(text, "万吨/年"));
    assert_non_null(strstr(text, ">20</text>"));
    free(text);
    scn_free(s);
    free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cost_lines_english),
        cmocka_unit_test(test_cost_lines_chinese_units),
        cmocka_unit_test(test_summary_lines_include_costs),
        cmocka_unit_test(test_cost_per_tonne_by_hand),
        cmocka_unit_test(test_compare_cost_block),
        cmocka_unit_test(test_markdown_costs_and_air),
        cmocka_unit_test(test_svg_investment_chart),
        cmocka_unit_test(test_svg_pollutants_chart),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("cost writers", tests, NULL, NULL);
}
