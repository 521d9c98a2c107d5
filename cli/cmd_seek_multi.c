/* cli/cmd_seek_multi.c - `peakpath seek FILE --levers a,b,c --target EXPR [--target ...]
 * [--minimise change|cost]`: the smallest (or the cheapest) package of greener moves of several
 * levers that meets every target (sim/analysis/seek_multi.c), with its discounted system cost and
 * abatement cost against the scenario as given, as a table, CSV or JSON. Called by cli/cmd_seek.c. */
#include "cmd_seek_multi.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "../report/summary_out.h"
#include "../report/text_cols.h"
#include "../report/units.h"

typedef struct {
    const char *file;
    const seekm_problem *p;
    const seekm_result *r;
} seekm_out;

/* ---- writers ---- */

static void table_levers(FILE *f, const seekm_result *r)
{
    static const i18n_id heads[] = {S_SEEKM_H_SCENARIO, S_SEEKM_H_ANSWER, S_SEEKM_H_CHANGE};
    char key[160];
    fputs("  ", f);
    tc_pad(f, cli_tr(S_SEEKM_H_LEVER), 34, 0);
    for (int k = 0; k < 3; k++) {
        fputc(' ', f);
        tc_pad(f, cli_tr(heads[k]), 10, 1);
    }
    fputc(' ', f);
    tc_pad(f, cli_tr(S_SEEKM_H_PLAUSIBLE), 16, 1);
    fprintf(f, " %s\n", cli_tr(S_SEEKM_H_UNIT));
    for (int i = 0; i < r->n; i++) {
        const pp_param *p = pp_param_get(r->lever[i]);
        char pl[40];
        snprintf(pl, sizeof pl, "%g..%g", r->plaus_lo[i], r->plaus_hi[i]);
        fprintf(f, "  %-34s %10.4g %10.4g %+10.4g %16s %s%s\n", ana_key_name(r->lever[i], key, sizeof key),
                r->start[i], r->value[i], r->value[i] - r->start[i], pl, p->unit,
                r->room[i] > 0 ? "" : cli_tr(S_SEEKM_NO_ROOM));
    }
}

/* The package's discounted system cost against the scenario as given, and its abatement cost
 * (mac_abatement_of: the one definition, as `peakpath mac` prints it). */
static void table_cost(FILE *f, const seekm_result *r)
{
    char c0[64], c1[64], dc[64], pt[64];
    i18n_lang lang = cli_lang();
    units_format(r->cost_start_bn, "bn CNY", lang, 1, c0, sizeof c0);
    units_format(r->cost_bn, "bn CNY", lang, 1, c1, sizeof c1);
    units_format(r->abatement.cost_bn, "bn CNY", lang, 1, dc, sizeof dc);
    fprintf(f, cli_tr(S_SEEKM_COST), c0, c1, r->abatement.cost_bn >= 0 ? "+" : "", dc);
    if (isfinite(r->abatement.cny_per_t))
        fprintf(f, cli_tr(S_SEEKM_ABATE), units_format(r->abatement.cny_per_t, "CNY/t CO2", lang, 0, pt, sizeof pt));
    else
        fputs(cli_tr(S_SEEKM_ABATE_NONE), f);
}

static pp_status seekm_table(FILE *f, const void *ctx, pp_error *err)
{
    const seekm_out *o = ctx;
    const seekm_result *r = o->r;
    char tgt[128], m0[64], m1[64];
    fprintf(f, cli_tr(S_SEEKM_TITLE), o->file, r->n);
    if (r->minimise == SEEKM_MIN_COST) fputs(cli_tr(S_SEEKM_OBJ_COST), f);
    for (int t = 0; t < r->n_targets; t++) {
        char padded[160];
        ana_metric_text(&o->p->target[t], r->metric_start[t], m0, sizeof m0);
        ana_metric_text(&o->p->target[t], r->metric_value[t], m1, sizeof m1);
        ana_target_text(&o->p->target[t], tgt, sizeof tgt);
        snprintf(padded, sizeof padded, "%s%*s", tgt, tc_cols(tgt) < 24 ? 24 - tc_cols(tgt) : 0, "");
        fprintf(f, cli_tr(S_SEEKM_TARGET), padded, m0, m1);
    }
    table_levers(f, r);
    if (r->met) fprintf(f, cli_tr(r->minimise == SEEKM_MIN_COST ? S_SEEKM_MET_COST : S_SEEKM_MET), r->change);
    else fputs(cli_tr(S_SEEKM_NOT_MET), f);
    table_cost(f, r);
    fprintf(f, cli_tr(S_SEEKM_FOOT), r->runs, r->directions);
    ana_summary_table(f, &r->summary, r->end_year, "  ");
    return ana_stream_status(f, err);
}

static const char *objective_name(int minimise)
{
    return minimise == SEEKM_MIN_COST ? "cost" : "change";
}

static pp_status seekm_csv(FILE *f, const void *ctx, pp_error *err)
{
    const seekm_out *o = ctx;
    const seekm_result *r = o->r;
    char key[160], tgt[96];
    fputs("lever,start_value,value,change,greener,plausible_lo,plausible_hi,met,package_change,targets,runs,"
          "minimise,npv_cost_given_bn_cny,npv_cost_diff_bn_cny,cny_per_t_co2_avoided,", f);
    sum_out_csv_header(f, "");
    fputc('\n', f);
    for (int i = 0; i < r->n; i++) {
        const double v[] = {r->start[i], r->value[i], r->value[i] - r->start[i], r->greener[i], r->plaus_lo[i],
                            r->plaus_hi[i], r->met, r->change};
        fprintf(f, "%s,", ana_key_name(r->lever[i], key, sizeof key));
        for (size_t k = 0; k < sizeof v / sizeof v[0]; k++) {
            sum_out_csv_num(f, v[k]);
            fputc(',', f);
        }
        for (int t = 0; t < r->n_targets; t++)
            fprintf(f, "%s%s", t ? " " : "", seek_target_format(&o->p->target[t], tgt, sizeof tgt));
        fprintf(f, ",%d,%s,", r->runs, objective_name(r->minimise));
        sum_out_csv_num(f, r->cost_start_bn);
        fputc(',', f);
        sum_out_csv_num(f, r->abatement.cost_bn);
        fputc(',', f);
        sum_out_csv_num(f, r->abatement.cny_per_t);
        fputc(',', f);
        sum_out_csv_values(f, &r->summary);
        fputc('\n', f);
    }
    return ana_stream_status(f, err);
}

static json_t *json_targets(const seekm_out *o, int *bad)
{
    json_t *arr = json_array();
    char tgt[96];
    for (int t = 0; t < o->r->n_targets; t++) {
        json_t *j = json_object();
        ana_jset(j, "target", json_string(seek_target_format(&o->p->target[t], tgt, sizeof tgt)), bad);
        ana_jset(j, "metric_start", ana_jnum(o->r->metric_start[t]), bad);
        ana_jset(j, "metric_value", ana_jnum(o->r->metric_value[t]), bad);
        ana_jappend(arr, j, bad);
    }
    return arr;
}

static json_t *json_levers(const seekm_result *r, int *bad)
{
    json_t *arr = json_array();
    char key[160];
    for (int i = 0; i < r->n; i++) {
        json_t *j = json_object(), *pl = json_array();
        ana_jset(j, "lever", json_string(ana_key_name(r->lever[i], key, sizeof key)), bad);
        ana_jset(j, "unit", json_string(pp_param_get(r->lever[i])->unit), bad);
        ana_jset(j, "start_value", ana_jnum(r->start[i]), bad);
        ana_jset(j, "value", ana_jnum(r->value[i]), bad);
        ana_jset(j, "change", ana_jnum(r->value[i] - r->start[i]), bad);
        ana_jset(j, "greener", json_integer(r->greener[i]), bad);
        ana_jappend(pl, ana_jnum(r->plaus_lo[i]), bad);
        ana_jappend(pl, ana_jnum(r->plaus_hi[i]), bad);
        ana_jset(j, "plausible_range", pl, bad);
        ana_jappend(arr, j, bad);
    }
    return arr;
}

static pp_status seekm_json(FILE *f, const void *ctx, pp_error *err)
{
    const seekm_out *o = ctx;
    int bad = 0;
    json_t *root = json_object();
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "file", json_string(o->file), &bad);
    ana_jset(root, "minimise", json_string(objective_name(o->r->minimise)), &bad);
    ana_jset(root, "met", json_boolean(o->r->met), &bad);
    ana_jset(root, "change", ana_jnum(o->r->change), &bad);
    ana_jset(root, "npv_cost_given_bn_cny", ana_jnum(o->r->cost_start_bn), &bad);
    ana_jset(root, "npv_cost_bn_cny", ana_jnum(o->r->cost_bn), &bad);
    ana_jset(root, "npv_cost_diff_bn_cny", ana_jnum(o->r->abatement.cost_bn), &bad);
    ana_jset(root, "net_co2_avoided_mt", ana_jnum(o->r->abatement.avoided_mt), &bad);
    ana_jset(root, "cny_per_t_co2_avoided", ana_jnum(o->r->abatement.cny_per_t), &bad);
    ana_jset(root, "targets", json_targets(o, &bad), &bad);
    ana_jset(root, "levers", json_levers(o->r, &bad), &bad);
    ana_jset(root, "runs", json_integer(o->r->runs), &bad);
    ana_jset(root, "summary", ana_summary_json(&o->r->summary, &bad), &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the command ---- */

/* Fills p->lever from "a,b,c"; a bad key is a usage error (already printed). */
static int parse_levers(const cli_command *self, const char *list, seekm_problem *p)
{
    char buf[1024], *save = NULL;
    snprintf(buf, sizeof buf, "%s", list);
    for (char *k = strtok_r(buf, ",", &save); k; k = strtok_r(NULL, ",", &save)) {
        int id;
        while (*k == ' ') k++;
        if (p->n_levers >= SEEKM_MAX_LEVERS)
            return cli_usage_error(self, cli_tr(S_USG_LEVERS_MAX), SEEKM_MAX_LEVERS);
        if ((id = ana_find_lever(self, k)) < 0) return CLI_EXIT_USAGE;
        p->lever[p->n_levers++] = id;
    }
    if (p->n_levers == 0) return cli_usage_error(self, "%s", cli_tr(S_USG_LEVERS_MIN));
    return -1;
}

int cmd_seek_multi(const cli_command *self, const char *file, const char *levers, const char *const *targets,
                   int n_targets, int minimise, const cli_output_opts *out)
{
    seekm_problem p;
    seekm_result *r = malloc(sizeof *r);
    scn_scenario *s = NULL;
    pp_error err;
    pp_status st;
    int code;
    memset(&p, 0, sizeof p);
    p.minimise = minimise;
    pp_error_clear(&err);
    if (!r) return cli_usage_error(self, "%s", cli_tr(S_USG_OOM));
    code = parse_levers(self, levers, &p);
    for (int t = 0; code < 0 && t < n_targets; t++)
        if (seek_parse_target(targets[t], &p.target[p.n_targets++], &err) != PP_OK) code = cli_usage_error(self, "%s", ana_error_text(&err));
    if (code < 0) code = cli_output_precheck(self->name, out);
    if (code != CLI_EXIT_OK) {
        free(r);
        return code;
    }
    st = scn_load(file, &s, &err);
    if (st == PP_OK) st = seekm_run(s, &p, r, &err);
    if (st == PP_OK) {
        seekm_out o = {file, &p, r};
        code = cli_emit(self->name, out, out->format == CLI_FMT_JSON ? seekm_json : out->format == CLI_FMT_CSV ? seekm_csv : seekm_table, &o);
    } else {
        if (!err.file[0] && st != PP_ERR_USAGE && st != PP_ERR_SOLVER) pp_error_where(&err, file, NULL, NULL, 0);
        cli_print_error(&err);
        code = pp_status_exit_code(st);
    }
    scn_free(s);
    free(r);
    return code;
}
