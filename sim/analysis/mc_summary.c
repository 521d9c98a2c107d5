/* sim/analysis/mc_summary.c - from raw Monte Carlo draws to the result (mc.h): quantile bands,
 * P(peak by 2030), P(net zero by 2060), the peak-year histogram and the drivers (SRC, mc_gsa.c).
 * Works on draws from one run or merged from shards alike, in draw order, so both give the
 * same numbers bit for bit. Never prints. */
#include "mc.h"
#include "mc_gsa.h"

#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_statistics_double.h>

pp_status mc_draws_alloc(mc_draws *d, int first_draw, int count, int n_keys, int n_years, pp_error *err)
{
    memset(d, 0, sizeof *d);
    d->first_draw = first_draw;
    d->count = count;
    d->n_keys = n_keys;
    d->n_years = n_years;
    d->offsets = calloc((size_t)count * (size_t)n_keys + 1, sizeof *d->offsets);
    d->co2 = calloc((size_t)count * (size_t)n_years + 1, sizeof *d->co2);
    d->out = calloc((size_t)count + 1, sizeof *d->out);
    if (!d->offsets || !d->co2 || !d->out) {
        mc_draws_free(d);
        return pp_error_set(err, PP_ERR_NOMEM, NOMEM_DRAWS, PP_I(count));
    }
    return PP_OK;
}

void mc_draws_free(mc_draws *d)
{
    if (!d) return;
    free(d->offsets);
    free(d->co2);
    free(d->out);
    d->offsets = d->co2 = NULL;
    d->out = NULL;
}

/* The f-quantile of x[0..n) as gsl_stats_quantile_from_sorted_data gives it on the sorted data
 * (linear between the order statistics at floor(f (n - 1)) and the next), found by selection
 * (gsl_stats_select, O(n), reorders x) instead of a sort: the bands were the largest serial part
 * of a run of cheap draws. Bit for bit the sorted answer. */
static double quantile_select(double *x, size_t n, double f)
{
    double index = f * (double)(n - 1), lo, hi;
    size_t lhs = (size_t)index;
    double delta = index - (double)lhs;
    lo = gsl_stats_select(x, 1, n, lhs);
    if (lhs == n - 1) return lo;
    hi = x[lhs + 1]; /* after the selection every later element is >= lo: the next order statistic is their minimum */
    for (size_t i = lhs + 2; i < n; i++)
        if (x[i] < hi) hi = x[i];
    return (1 - delta) * lo + delta * hi;
}

static void bands(const mc_draws *d, double *tmp, mc_result *out)
{
    for (int i = 0; i < d->n_years; i++) {
        size_t n = 0;
        for (int k = 0; k < d->count; k++)
            if (d->out[k].ok) tmp[n++] = d->co2[(size_t)k * d->n_years + i];
        out->p5_mt[i] = quantile_select(tmp, n, 0.05);
        out->p50_mt[i] = quantile_select(tmp, n, 0.50);
        out->p95_mt[i] = quantile_select(tmp, n, 0.95);
    }
}

static void probabilities(const mc_draws *d, mc_result *out)
{
    int by2030 = 0, neutral = 0;
    out->ok_draws = out->no_peak_count = 0;
    memset(out->peak_count, 0, sizeof out->peak_count);
    for (int k = 0; k < d->count; k++) {
        const mc_draw_out *o = &d->out[k];
        int i = o->peak_year - out->first_year;
        if (!o->ok) continue;
        out->ok_draws++;
        by2030 += o->peak_by_2030 != 0;
        neutral += o->neutral_year > 0 && o->neutral_year <= 2060;
        if (o->peak_reached && i >= 0 && i < out->n_years) out->peak_count[i]++;
        else out->no_peak_count++;
    }
    out->p_peak_by_2030 = out->ok_draws > 0 ? (double)by2030 / out->ok_draws : 0;
    out->p_neutral_by_2060 = out->ok_draws > 0 ? (double)neutral / out->ok_draws : 0;
}

/* SRCs of cumulative CO2 and of the peak year on the offsets of the draws that ran. */
static pp_status drivers(const mc_draws *d, mc_result *out, pp_error *err)
{
    int n = 0, k = d->n_keys;
    double *x = malloc(sizeof *x * ((size_t)out->ok_draws * (size_t)k + 1));
    double *y = malloc(sizeof *y * (2 * (size_t)out->ok_draws + 1));
    pp_status st = PP_OK;
    pp_error e;
    out->has_drivers = 0;
    if (!x || !y) st = pp_error_set(err, PP_ERR_NOMEM, NOMEM_DRAWS, PP_I(out->ok_draws));
    for (int j = 0; st == PP_OK && j < d->count; j++) {
        if (!d->out[j].ok) continue;
        memcpy(x + (size_t)n * k, d->offsets + (size_t)j * k, sizeof *x * (size_t)k);
        y[n] = d->out[j].cum_co2_mt;
        y[out->ok_draws + n] = d->out[j].peak_reached ? d->out[j].peak_year : out->end_year + 1;
        n++;
    }
    if (st == PP_OK && n > k + 1) {
        st = mc_src(x, n, k, k, y, out->src_cum, &out->r2_cum, &e);
        if (st == PP_OK) st = mc_src(x, n, k, k, y + n, out->src_peak, &out->r2_peak, &e);
        if (st == PP_OK) out->has_drivers = 1;
        else if (st != PP_ERR_NOMEM) st = PP_OK; /* a failed fit leaves the drivers out, not the run */
        else *err = e;
    }
    free(x);
    free(y);
    return st;
}

pp_status mc_summarise(const mc_draws *d, mc_result *out, pp_error *err)
{
    double *tmp;
    pp_status st;
    out->draws = d->count;
    out->first_draw = d->first_draw;
    probabilities(d, out);
    if (out->ok_draws == 0)
        return pp_error_set(err, PP_ERR_INPUT, MC_NO_DRAW_RAN, PP_I(d->count));
    tmp = malloc(sizeof *tmp * (size_t)d->count);
    if (!tmp) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);

    bands(d, tmp, out);
    free(tmp);
    st = drivers(d, out, err);
    return st;
}
