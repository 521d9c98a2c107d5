/* cli/mc_write.c - writers of a Monte Carlo result (cli/mc_write.h): the table (probabilities,
 * peak-year histogram, drivers, bands), CSV (one row per year with the probabilities and the
 * histogram as columns; `--drivers`: one row per uncertain key), JSON, and a shard's JSON with its
 * raw draws at full precision so that `mc-merge` rebuilds the unsplit result exactly. */
#include "mc_write.h"

#include <math.h>
#include <string.h>

#include "analysis.h"
#include "../report/text_cols.h"
#include "../report/units.h"

/* ---- table ---- */

static void peak_distribution_table(FILE *f, const mc_result *r)
{
    fputs(cli_tr(S_MC_PEAK_DIST), f);
    for (int i = 0; i < r->n_years; i++) {
        double p = (double)r->peak_count[i] / r->ok_draws;
        int bar = (int)lround(p * 50.0);
        if (r->peak_count[i] == 0) continue;
        fprintf(f, "  %d %6.1f %%  ", r->first_year + i, 100.0 * p);
        for (int k = 0; k < bar; k++) fputc('#', f);
        fputc('\n', f);
    }
    if (r->no_peak_count > 0) fprintf(f, cli_tr(S_MC_NO_PEAK), 100.0 * r->no_peak_count / r->ok_draws, r->end_year);
}

static void drivers_table(FILE *f, const mc_result *r)
{
    static const i18n_id heads[] = {S_MC_H_SRC_CUM, S_MC_H_SHARE, S_MC_H_SRC_PEAK};
    fputs(cli_tr(S_MC_DRIVERS), f);
    if (!r->has_drivers) {
        fputs(cli_tr(S_MC_TOO_FEW), f);
        return;
    }
    fputs("  ", f);
    tc_pad(f, cli_tr(S_MC_H_KEY), 36, 0);
    for (int k = 0; k < 3; k++) {
        fputc(' ', f);
        tc_pad(f, cli_tr(heads[k]), 9, 1);
    }
    if (cli_zh()) fprintf(f, "  %s", cli_tr(S_MC_H_LABEL));
    fputc('\n', f);
    for (int k = 0; k < r->n_uncertain; k++) {
        const pp_param *p = pp_param_get(r->key_id[k]);
        char name[80];
        snprintf(name, sizeof name, "%s.%s", p->section, p->key);
        fprintf(f, "  %-36s %+9.3f %8.1f%% %+9.3f", name, r->src_cum[k], 100.0 * r->src_cum[k] * r->src_cum[k],
                r->src_peak[k]);
        if (cli_zh()) fprintf(f, "  %s", p->label_zh);
        fputc('\n', f);
    }
    fprintf(f, cli_tr(S_MC_R2), r->r2_cum, r->r2_peak);
}

/* The bands' unit: Mt CO2, or in Chinese 万吨CO2 (report/units.h). */
static unit_view bands_view(void)
{
    return units_view("Mt CO2", cli_lang());
}

static pp_status mc_table(FILE *f, const void *ctx, pp_error *err)
{
    const mc_out *o = ctx;
    const mc_result *r = o->res;
    unit_view u = bands_view();
    int d = cli_zh() ? 0 : 2; /* 0.01 Mt = 1 万吨: the same digits */
    if (o->drivers) {
        drivers_table(f, r);
        return ana_stream_status(f, err);
    }
    fprintf(f, cli_tr(S_MC_TITLE), o->file, r->draws, r->ok_draws, r->seed, r->jobs, r->jobs == 1 ? "" : "s",
            r->n_uncertain, r->n_uncertain == 1 ? "" : "s", r->recalibrated ? cli_tr(S_MC_RECAL) : "");
    if (r->shard_count > 1)
        fprintf(f, cli_tr(S_MC_SHARD), r->shard_index + 1, r->shard_count, r->first_draw + 1,
                r->first_draw + r->draws, r->total_draws);
    fprintf(f, cli_tr(S_MC_PROBS), 100.0 * r->p_peak_by_2030, 100.0 * r->p_neutral_by_2060);
    peak_distribution_table(f, r);
    drivers_table(f, r);
    fprintf(f, cli_tr(S_MC_BANDS), u.unit);
    for (int i = 0; i < r->n_years; i++)
        fprintf(f, "  %d %14.*f %8.*f %8.*f %8.*f\n", r->first_year + i, d, r->det_mt[i] * u.factor, d,
                r->p5_mt[i] * u.factor, d, r->p50_mt[i] * u.factor, d, r->p95_mt[i] * u.factor);
    return ana_stream_status(f, err);
}

/* ---- CSV ---- */

/* One header field of the mc CSV: its stable name, or with --headers en|zh a label and unit. */
static void head(FILE *f, const char *name, i18n_id label, const char *unit, csv_headers h, int first)
{
    if (!first) fputc(',', f);
    csv_head_field(f, name, i18n_str(label, LANG_EN), i18n_str(label, LANG_ZH), unit, h);
}

static void drivers_csv(FILE *f, const mc_result *r, csv_headers h)
{
    head(f, "key", S_MC_C_KEY, "", h, 1);
    head(f, "src_cum_co2", S_MC_C_SRC_CUM, "", h, 0);
    head(f, "share_cum_co2", S_MC_C_SHARE, "", h, 0);
    head(f, "src_peak_year", S_MC_C_SRC_PEAK, "", h, 0);
    head(f, "r2_cum_co2", S_MC_C_R2_CUM, "", h, 0);
    head(f, "r2_peak_year", S_MC_C_R2_PEAK, "", h, 0);
    fputc('\n', f);
    for (int k = 0; r->has_drivers && k < r->n_uncertain; k++) {
        const pp_param *p = pp_param_get(r->key_id[k]);
        fprintf(f, "%s.%s,%.10g,%.10g,%.10g,%.10g,%.10g\n", p->section, p->key, r->src_cum[k],
                r->src_cum[k] * r->src_cum[k], r->src_peak[k], r->r2_cum, r->r2_peak);
    }
}

static pp_status mc_csv(FILE *f, const void *ctx, pp_error *err)
{
    const mc_out *o = ctx;
    const mc_result *r = o->res;
    csv_headers h = o->headers;
    unit_view u = csv_head_view("Mt CO2", h);
    if (o->bom) fputs("\xEF\xBB\xBF", f);
    if (o->drivers) {
        drivers_csv(f, r, h);
        return ana_stream_status(f, err);
    }
    head(f, "year", S_OUT_YEAR, "", h, 1);
    head(f, "deterministic_mt", S_MC_C_DET, "Mt CO2", h, 0);
    head(f, "p5_mt", S_MC_C_P5, "Mt CO2", h, 0);
    head(f, "p50_mt", S_MC_C_P50, "Mt CO2", h, 0);
    head(f, "p95_mt", S_MC_C_P95, "Mt CO2", h, 0);
    head(f, "peak_share", S_MC_C_PEAK_SHARE, "", h, 0);
    head(f, "peak_draws", S_MC_C_PEAK_DRAWS, "", h, 0);
    head(f, "no_peak_share", S_MC_C_NO_PEAK, "", h, 0);
    head(f, "p_peak_by_2030", S_MC_C_P_PEAK, "", h, 0);
    head(f, "p_neutral_by_2060", S_MC_C_P_NEUTRAL, "", h, 0);
    head(f, "ok_draws", S_MC_C_OK, "", h, 0);
    fputc('\n', f);
    for (int i = 0; i < r->n_years; i++) {
        fprintf(f, "%d", r->first_year + i);
        const double mt[] = {r->det_mt[i], r->p5_mt[i], r->p50_mt[i], r->p95_mt[i]};
        for (int k = 0; k < 4; k++) fprintf(f, ",%.10g", mt[k] * u.factor);
        fprintf(f, ",%.10g,%d,%.10g,%.10g,%.10g,%d\n", (double)r->peak_count[i] / r->ok_draws, r->peak_count[i],
                (double)r->no_peak_count / r->ok_draws, r->p_peak_by_2030, r->p_neutral_by_2060, r->ok_draws);
    }
    return ana_stream_status(f, err);
}

/* ---- JSON ---- */

static json_t *json_peak_distribution(const mc_result *r, int *bad)
{
    json_t *a = json_array();
    for (int i = 0; i < r->n_years; i++) {
        json_t *o;
        if (r->peak_count[i] == 0) continue;
        o = json_object();
        ana_jset(o, "year", json_integer(r->first_year + i), bad);
        ana_jset(o, "draws", json_integer(r->peak_count[i]), bad);
        ana_jset(o, "p", json_real((double)r->peak_count[i] / r->ok_draws), bad);
        ana_jappend(a, o, bad);
    }
    return a;
}

static json_t *json_bands(const mc_result *r, int *bad)
{
    json_t *a = json_array();
    for (int i = 0; i < r->n_years; i++) {
        json_t *o = json_object();
        ana_jset(o, "year", json_integer(r->first_year + i), bad);
        ana_jset(o, "deterministic", json_real(r->det_mt[i]), bad);
        ana_jset(o, "p5", ana_jnum(r->p5_mt[i]), bad);
        ana_jset(o, "p50", ana_jnum(r->p50_mt[i]), bad);
        ana_jset(o, "p95", ana_jnum(r->p95_mt[i]), bad);
        ana_jappend(a, o, bad);
    }
    return a;
}

static json_t *json_keys(const mc_result *r, int *bad)
{
    json_t *a = json_array();
    for (int k = 0; k < r->n_uncertain; k++) {
        const pp_param *p = pp_param_get(r->key_id[k]);
        char name[80];
        snprintf(name, sizeof name, "%s.%s", p->section, p->key);
        ana_jappend(a, json_string(name), bad);
    }
    return a;
}

static json_t *json_drivers(const mc_result *r, int *bad)
{
    json_t *a = json_array();
    for (int k = 0; r->has_drivers && k < r->n_uncertain; k++) {
        const pp_param *p = pp_param_get(r->key_id[k]);
        json_t *o = json_object();
        char name[80];
        snprintf(name, sizeof name, "%s.%s", p->section, p->key);
        ana_jset(o, "key", json_string(name), bad);
        ana_jset(o, "label_en", json_string(p->label_en), bad);
        ana_jset(o, "label_zh", json_string(p->label_zh), bad);
        ana_jset(o, "src_cum_co2", json_real(r->src_cum[k]), bad);
        ana_jset(o, "share_cum_co2", json_real(r->src_cum[k] * r->src_cum[k]), bad);
        ana_jset(o, "src_peak_year", json_real(r->src_peak[k]), bad);
        ana_jappend(a, o, bad);
    }
    return a;
}

static json_t *json_numbers(const double *v, int n, int *bad)
{
    json_t *a = json_array();
    for (int i = 0; i < n; i++) ana_jappend(a, json_real(v[i]), bad);
    return a;
}

/* A shard's raw draws: [ok, peak_reached, peak_year, peak_by_2030, neutral_year, cum_co2_mt,
 * [offsets], [co2 by year]] per draw, in draw order. */
static json_t *json_records(const mc_draws *d, int *bad)
{
    json_t *a = json_array();
    for (int k = 0; k < d->count; k++) {
        const mc_draw_out *o = &d->out[k];
        json_t *rec = json_array();
        ana_jappend(rec, json_integer(o->ok), bad);
        ana_jappend(rec, json_integer(o->peak_reached), bad);
        ana_jappend(rec, json_integer(o->peak_year), bad);
        ana_jappend(rec, json_integer(o->peak_by_2030), bad);
        ana_jappend(rec, json_integer(o->neutral_year), bad);
        ana_jappend(rec, json_real(o->cum_co2_mt), bad);
        ana_jappend(rec, json_numbers(d->offsets + (size_t)k * d->n_keys, d->n_keys, bad), bad);
        ana_jappend(rec, json_numbers(d->co2 + (size_t)k * d->n_years, d->n_years, bad), bad);
        ana_jappend(a, rec, bad);
    }
    return a;
}

static json_t *json_shard(const mc_result *r, int *bad)
{
    json_t *o = json_object();
    ana_jset(o, "index", json_integer(r->shard_index + 1), bad);
    ana_jset(o, "count", json_integer(r->shard_count), bad);
    ana_jset(o, "first_draw", json_integer(r->first_draw), bad);
    ana_jset(o, "total_draws", json_integer(r->total_draws), bad);
    return o;
}

static pp_status mc_json(FILE *f, const void *ctx, pp_error *err)
{
    const mc_out *o = ctx;
    const mc_result *r = o->res;
    int bad = 0;
    json_t *root = json_object();
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "file", json_string(o->file), &bad);
    ana_jset(root, "draws", json_integer(r->draws), &bad);
    ana_jset(root, "ok_draws", json_integer(r->ok_draws), &bad);
    ana_jset(root, "seed", json_integer((json_int_t)r->seed), &bad);
    ana_jset(root, "uncertain_keys", json_integer(r->n_uncertain), &bad);
    ana_jset(root, "uncertain", json_keys(r, &bad), &bad);
    ana_jset(root, "calibrated_per_draw", json_boolean(r->recalibrated), &bad);
    ana_jset(root, "p_peak_by_2030", json_real(r->p_peak_by_2030), &bad);
    ana_jset(root, "p_neutral_by_2060", json_real(r->p_neutral_by_2060), &bad);
    ana_jset(root, "peak_year_distribution", json_peak_distribution(r, &bad), &bad);
    ana_jset(root, "no_peak_p", json_real((double)r->no_peak_count / r->ok_draws), &bad);
    ana_jset(root, "drivers", json_drivers(r, &bad), &bad);
    ana_jset(root, "r2_cum_co2", r->has_drivers ? json_real(r->r2_cum) : json_null(), &bad);
    ana_jset(root, "r2_peak_year", r->has_drivers ? json_real(r->r2_peak) : json_null(), &bad);
    ana_jset(root, "co2_mt", json_bands(r, &bad), &bad);
    if (!o->draws) return out_json_dump(f, root, bad, err);
    /* a shard: its draws at full precision (17 digits read back exactly), on one line */
    ana_jset(root, "shard", json_shard(r, &bad), &bad);
    ana_jset(root, "records", json_records(o->draws, &bad), &bad);
    if (bad) {
        json_decref(root);
        return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    }
    if (json_dumpf(root, f, JSON_COMPACT | JSON_REAL_PRECISION(17)) != 0) {
        json_decref(root);
        return pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_FAILED);
    }
    json_decref(root);
    fputc('\n', f);
    return ana_stream_status(f, err);
}

cli_writer mc_writer(cli_format format)
{
    return format == CLI_FMT_JSON ? mc_json : format == CLI_FMT_CSV ? mc_csv : mc_table;
}
