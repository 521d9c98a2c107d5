/* tests/test_mc.c - cmocka tests of sim/analysis/mc.c: reproducibility for a seed and any thread count,
 * bands that hold the deterministic run, and bands checked against the engine run directly at
 * the offsets their quantiles correspond to. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../sim/analysis/mc.h"
#include "../report/error_text.h"

/* The baseline carries uncertainty on nine keys (scenarios/chongqing-baseline.ini); these
 * fixtures take all of them away (`key.range = 0, 0`) but the ones a test names. */
#define CLEAR_BUT_GDP_AND_HEAVY_IMPROVE                                                            \
    "[industry]\nheavy_share_pct.range = 0, 0\n[transport]\nnev_share_pct.range = 0, 0\n"          \
    "[power]\nsolar_gw.range = 0, 0\nhydro_water_factor.range = 0, 0\nimport_twh.range = 0, 0\n"  \
    "import_hami_twh.range = 0, 0\n[emissions]\ncement_mt.range = 0, 0\n"

/* The baseline with one range: heavy-industry efficiency gain 2030 +-1 %/yr. More efficiency
 * means less CO2, so CO2 in a year falls monotonically with the offset. */
static const char one_range[] =
    "[scenario]\nname = mc test\ninherit = chongqing-baseline.ini\n" CLEAR_BUT_GDP_AND_HEAVY_IMPROVE
    "[economy]\ngdp_growth_pct.range = 0, 0\n"
    "[heavy_industry]\nimprove_pct.range = -1, 1\n";

/* Two ranges, one of them on GDP growth (uniform: the baseline's normal is replaced). */
static const char two_ranges[] =
    "[scenario]\nname = mc test 2\ninherit = chongqing-baseline.ini\n" CLEAR_BUT_GDP_AND_HEAVY_IMPROVE
    "[economy]\ngdp_growth_pct.range = -1.0, +1.0\ngdp_growth_pct.dist = uniform\n"
    "[heavy_industry]\nimprove_pct.range = -1, 1\n";

/* No range left at all. */
static const char no_ranges[] =
    "[scenario]\nname = mc test 0\ninherit = chongqing-baseline.ini\n" CLEAR_BUT_GDP_AND_HEAVY_IMPROVE
    "[economy]\ngdp_growth_pct.range = 0, 0\n[heavy_industry]\nimprove_pct.range = 0, 0\n";

static scn_scenario *load_text(const char *text)
{
    scn_scenario *s = NULL;
    pp_error err;
    if (scn_load_string(text, "mc-test.ini", "scenarios", &s, &err) != PP_OK)
        fail_msg("cannot load the test scenario: %s", ERROR_MSG_EN(&err));
    return s;
}

static mc_result *run_mc(const scn_scenario *s, int draws, unsigned long seed, int jobs)
{
    mc_options opt = {draws, seed, jobs, NULL, NULL, 0, 1};
    mc_result *r = malloc(sizeof *r);
    pp_error err;
    assert_non_null(r);
    if (mc_run(s, &opt, r, &err) != PP_OK) fail_msg("mc_run: %s", ERROR_MSG_EN(&err));
    return r;
}

static void test_mc_draw_offset_is_uniform_on_range(void **state)
{
    (void)state;
    assert_true(mc_draw_offset(0.0, -1.0, 1.0) == -1.0);
    assert_true(mc_draw_offset(0.5, -1.0, 1.0) == 0.0);
    assert_true(fabs(mc_draw_offset(0.75, 2.0, 6.0) - 5.0) < 1e-15);
}

/* Same seed: same bands and probabilities, with one thread or three. */
static void test_mc_same_seed_same_result(void **state)
{
    scn_scenario *s = load_text(two_ranges);
    mc_result *a = run_mc(s, 300, 42, 1), *b = run_mc(s, 300, 42, 1), *c = run_mc(s, 300, 42, 3);
    (void)state;
    assert_int_equal(a->ok_draws, 300);
    assert_memory_equal(a->p5_mt, b->p5_mt, sizeof a->p5_mt);
    assert_memory_equal(a->p50_mt, b->p50_mt, sizeof a->p50_mt);
    assert_memory_equal(a->p95_mt, b->p95_mt, sizeof a->p95_mt);
    assert_memory_equal(a->p5_mt, c->p5_mt, sizeof a->p5_mt);
    assert_memory_equal(a->p95_mt, c->p95_mt, sizeof a->p95_mt);
    assert_memory_equal(a->peak_count, c->peak_count, sizeof a->peak_count);
    assert_true(a->p_peak_by_2030 == c->p_peak_by_2030);
    assert_true(a->p_neutral_by_2060 == c->p_neutral_by_2060);
    assert_int_equal(c->jobs, 3);
    free(a);
    free(b);
    free(c);
    scn_free(s);
}

static void test_mc_other_seed_other_bands(void **state)
{
    scn_scenario *s = load_text(two_ranges);
    mc_result *a = run_mc(s, 200, 1, 2), *b = run_mc(s, 200, 2, 2);
    (void)state;
    assert_memory_not_equal(a->p95_mt, b->p95_mt, sizeof a->p95_mt);
    free(a);
    free(b);
    scn_free(s);
}

/* The deterministic run lies inside the 5-95 % band every year (ranges symmetric about 0), and
 * history (untouched by levers) has a band of zero width. Peak counts add up to the draws. */
static void test_mc_bands_contain_deterministic(void **state)
{
    scn_scenario *s = load_text(two_ranges);
    mc_result *r = run_mc(s, 400, 7, 0);
    int total = r->no_peak_count;
    (void)state;
    for (int i = 0; i < r->n_years; i++) {
        assert_true(r->p5_mt[i] <= r->det_mt[i] + 1e-9);
        assert_true(r->det_mt[i] <= r->p95_mt[i] + 1e-9);
        assert_true(r->p5_mt[i] <= r->p50_mt[i] && r->p50_mt[i] <= r->p95_mt[i]);
        total += r->peak_count[i];
    }
    for (int y = r->first_year; y <= scn_hist_end_year(s); y++)
        assert_true(fabs(r->p95_mt[y - r->first_year] - r->p5_mt[y - r->first_year]) < 1e-9);
    assert_int_equal(total, r->ok_draws);
    assert_true(r->p_peak_by_2030 >= 0.0 && r->p_peak_by_2030 <= 1.0);
    free(r);
    scn_free(s);
}

/* CO2 of the baseline with the lever moved by `off` from its own value, run directly. */
static double co2_at_offset(const scn_scenario *s, int year, double off)
{
    int lever = pp_param_find("heavy_industry", "improve_pct");
    scn_scenario *w = scn_clone(s);
    run_result *r = malloc(sizeof *r);
    pp_error err;
    double v;
    assert_non_null(w);
    assert_non_null(r);
    assert_int_equal(scn_lever_set(w, lever, scn_lever_value(s, lever) + off, &err), PP_OK);
    assert_int_equal(run_simulate(w, r, &err), PP_OK);
    v = run_at(r, RV_CO2, year);
    free(r);
    scn_free(w);
    return v;
}

/* With one range and CO2 falling with the offset, the 95 % band is the run at the 5 % quantile
 * of the offset (-1 + 0.05 * 2 = -0.9) and the median the run at offset 0. With 2000 draws the
 * sample quantile of the offset is within +-0.03 (about 2 standard errors) and +-0.07 for the
 * median, so the bands must lie between the direct runs at those offsets. */
static void test_mc_bands_match_direct_runs_at_quantiles(void **state)
{
    scn_scenario *s = load_text(one_range);
    mc_result *r = run_mc(s, 2000, 2024, 0);
    int i = 2040 - r->first_year;
    (void)state;
    assert_true(r->p95_mt[i] <= co2_at_offset(s, 2040, -0.93) + 1e-9);
    assert_true(r->p95_mt[i] >= co2_at_offset(s, 2040, -0.87) - 1e-9);
    assert_true(r->p5_mt[i] <= co2_at_offset(s, 2040, 0.87) + 1e-9);
    assert_true(r->p5_mt[i] >= co2_at_offset(s, 2040, 0.93) - 1e-9);
    assert_true(r->p50_mt[i] <= co2_at_offset(s, 2040, -0.07) + 1e-9);
    assert_true(r->p50_mt[i] >= co2_at_offset(s, 2040, 0.07) - 1e-9);
    free(r);
    scn_free(s);
}

static void test_mc_refuses_bad_requests(void **state)
{
    scn_scenario *plain = NULL, *s = load_text(one_range);
    mc_options opt = {0, 1, 1, NULL, NULL, 0, 1};
    mc_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_non_null(r);
    assert_int_equal(mc_run(s, &opt, r, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "draws"));
    plain = load_text(no_ranges);
    opt.draws = 10;
    assert_int_equal(mc_run(plain, &opt, r, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "range"));
    free(r);
    scn_free(plain);
    scn_free(s);
}

/* Every draw (seed 1) adds 0-1e6 GW to 2030 solar; all 20 go past the 30 GW potential (the
 * 2060 point scales by (4.5 + offset) / 4.5, so any offset over 6.75 GW does): no draw runs,
 * which is bad input (the range), not a solver failure. */
static void test_mc_all_draws_refused(void **state)
{
    scn_scenario *s = load_text("[scenario]\nname = too much solar\ninherit = chongqing-baseline.ini\n"
                                "[power]\nsolar_gw.range = 0, 1e6\n");
    /* (the baseline's other ranges stay: every draw is refused whatever they draw) */
    mc_options opt = {20, 1, 2, NULL, NULL, 0, 1};
    mc_result *r = malloc(sizeof *r);
    pp_error err;
    (void)state;
    assert_non_null(r);
    assert_int_equal(mc_run(s, &opt, r, &err), PP_ERR_INPUT);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "none of the 20 draws"));
    free(r);
    scn_free(s);
}

/* Four shards of one seed's 101 draws (25, 25, 25, 26 of them) put back in order and summarised
 * give exactly the unsplit run: the same bands, probabilities, histogram and drivers, bit for bit;
 * each shard's offsets are the unsplit run's at the same draw index. */
static void test_mc_four_shards_merge_to_unsplit(void **state)
{
    scn_scenario *s = load_text(two_ranges);
    mc_options opt = {101, 13, 2, NULL, NULL, 0, 1};
    mc_result *whole = malloc(sizeof *whole), *part = malloc(sizeof *part), *merged = malloc(sizeof *merged);
    mc_draws all, d, m;
    pp_error err;
    (void)state;
    assert_true(whole && part && merged);
    assert_int_equal(mc_run_keep(s, &opt, whole, &all, &err), PP_OK);
    assert_int_equal(mc_draws_alloc(&m, 0, 101, all.n_keys, all.n_years, &err), PP_OK);
    for (int i = 0; i < 4; i++) {
        opt.shard_index = i;
        opt.shard_count = 4;
        assert_int_equal(mc_run_keep(s, &opt, part, &d, &err), PP_OK);
        assert_int_equal(d.first_draw, i * 101 / 4);
        assert_int_equal(d.count, (i + 1) * 101 / 4 - i * 101 / 4);
        assert_memory_equal(d.offsets, all.offsets + (size_t)d.first_draw * all.n_keys,
                            sizeof *d.offsets * (size_t)d.count * d.n_keys);
        memcpy(m.offsets + (size_t)d.first_draw * m.n_keys, d.offsets, sizeof *d.offsets * (size_t)d.count * d.n_keys);
        memcpy(m.co2 + (size_t)d.first_draw * m.n_years, d.co2, sizeof *d.co2 * (size_t)d.count * d.n_years);
        memcpy(m.out + d.first_draw, d.out, sizeof *d.out * (size_t)d.count);
        mc_draws_free(&d);
    }
    *merged = *part; /* the header (years, deterministic run, keys) */
    assert_int_equal(mc_summarise(&m, merged, &err), PP_OK);
    assert_int_equal(merged->draws, 101);
    assert_memory_equal(merged->p5_mt, whole->p5_mt, sizeof whole->p5_mt);
    assert_memory_equal(merged->p50_mt, whole->p50_mt, sizeof whole->p50_mt);
    assert_memory_equal(merged->p95_mt, whole->p95_mt, sizeof whole->p95_mt);
    assert_memory_equal(merged->peak_count, whole->peak_count, sizeof whole->peak_count);
    assert_memory_equal(merged->src_cum, whole->src_cum, sizeof whole->src_cum);
    assert_true(merged->p_peak_by_2030 == whole->p_peak_by_2030 && merged->r2_cum == whole->r2_cum);
    mc_draws_free(&m);
    mc_draws_free(&all);
    free(whole);
    free(part);
    free(merged);
    scn_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mc_draw_offset_is_uniform_on_range),
        cmocka_unit_test(test_mc_same_seed_same_result),
        cmocka_unit_test(test_mc_other_seed_other_bands),
        cmocka_unit_test(test_mc_bands_contain_deterministic),
        cmocka_unit_test(test_mc_bands_match_direct_runs_at_quantiles),
        cmocka_unit_test(test_mc_refuses_bad_requests),
        cmocka_unit_test(test_mc_all_draws_refused),
        cmocka_unit_test(test_mc_four_shards_merge_to_unsplit),
    };
    return cmocka_run_group_tests_name("mc", tests, NULL, NULL);
}
