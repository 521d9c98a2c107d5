/* cli/cmd_sensitivity.c - `peakpath sensitivity FILE`: every lever at the low and the high end of
 * its plausible range (sim/analysis/sensitivity.c), with the change of peak year, peak CO2, CO2 2030,
 * cumulative CO2 and coal share 2030 against the scenario as given; as a table, CSV or JSON. */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../report/error_text.h"
#include "../report/i18n.h"
#include "../report/scenario_name.h"
#include "../report/summary_out.h"
#include "../sim/analysis/sensitivity.h"
#include "analysis.h"
#include "../report/text_cols.h"
#include "../report/units.h"

/* A string of the message catalogue (report/i18n_list.h) in English (zh 0) or Chinese. */
#define TR(zh, id) i18n_str((id), (zh) ? LANG_ZH : LANG_EN)

typedef struct {
    const char *file;
    const scn_scenario *scn;
    const sens_result *res;
    int zh;
} sens_out;

/* The end's name: English in CSV and JSON, the table's language in the table. */
static const char *end_name(int k, int zh) { return TR(zh, k == SENS_LOW ? S_SENS_LOW : S_SENS_HIGH); }

/* ---- table ---- */

/* The metrics in Mt CO2 (the others: years and percentage points), shown in 万吨 in Chinese. */
static int is_mt(int m) { return m == SENS_PEAK_MT || m == SENS_CO2_2030 || m == SENS_CUM_CO2 || m == SENS_CUM_NET; }

/* A cell padded to 9 columns after a space (a Chinese word is two columns a character). */
static void text_cell(FILE *f, const char *s)
{
    fputc(' ', f);
    tc_pad(f, s, 9, 1);
}

/* One change, as the table prints it: years as whole numbers, "none" at an end without a peak;
 * in Chinese CO2 in 万吨 (x100, whole numbers). */
static void delta_cell(FILE *f, const sens_lever *l, int k, int m, int zh)
{
    double d = l->delta[k][m];
    if (m == SENS_PEAK_YEAR && !l->at[k].peak_reached) text_cell(f, TR(zh, S_SENS_NO_PEAK));
    else if (!isfinite(d)) fprintf(f, " %9s", "-");
    else if (m == SENS_PEAK_YEAR) fprintf(f, " %+9.0f", d);
    else if (zh && is_mt(m)) fprintf(f, " %+9.0f", d == 0 ? 0.0 : d * units_view("Mt", LANG_ZH).factor);
    else fprintf(f, " %+9.1f", d == 0 ? 0.0 : d);
}

static void table_head(FILE *f, const sens_out *o)
{
    static const i18n_id head[SENS_METRIC_COUNT] = {S_SENS_H_PEAK_YEAR, S_SENS_H_PEAK_MT, S_SENS_H_CO2_2030,
                                                    S_SENS_H_CUM, S_SENS_H_COAL_2030, S_SENS_H_CUM_NET};
    static const char *const unit[SENS_METRIC_COUNT] = {"years", "Mt", "Mt", "Mt", "pt", "Mt"};
    static const char *const unit_zh[SENS_METRIC_COUNT] = {"年", "万吨", "万吨", "万吨", "百分点", "万吨"};
    const sens_point *g = &o->res->given;
    int zh = o->zh;
    i18n_lang lang = zh ? LANG_ZH : LANG_EN;
    char peak[64], co2[64], cum[64];
    fprintf(f, TR(zh, S_SENS_TITLE), scenario_name(o->scn, zh ? LANG_ZH : LANG_EN), o->file);
    units_format(g->v[SENS_PEAK_MT], "Mt", lang, zh ? -1 : 1, peak, sizeof peak);
    units_format(g->v[SENS_CO2_2030], "Mt", lang, zh ? -1 : 1, co2, sizeof co2);
    units_format(g->v[SENS_CUM_CO2], "Mt", lang, zh ? -1 : 0, cum, sizeof cum);
    fprintf(f, TR(zh, S_SENS_AS_GIVEN), g->v[SENS_PEAK_YEAR], g->peak_reached ? "" : TR(zh, S_SENS_NO_PEAK_YET),
            peak, co2, cum, o->res->end_year, g->v[SENS_COAL_2030]);
    tc_pad(f, TR(zh, S_SENS_LEVER), 38, 0);
    fputc(' ', f);
    tc_pad(f, TR(zh, S_SENS_END), 5, 0);
    fputc(' ', f);
    tc_pad(f, TR(zh, S_SENS_VALUE), 10, 1);
    for (int m = 0; m < SENS_METRIC_COUNT; m++) text_cell(f, TR(zh, head[m]));
    fprintf(f, "\n%-38s %-5s %10s", "", "", "");
    for (int m = 0; m < SENS_METRIC_COUNT; m++) text_cell(f, zh ? unit_zh[m] : unit[m]);
    fprintf(f, "  %s\n", TR(zh, S_SENS_CHANGES));
}

/* An air lever moves no CO2 by design (end-of-pipe controls): what it does move is shown beside
 * its high end, so the planner sees the lever work - the change of cumulative health damage from
 * 2021 at each end. */
static void air_note(FILE *f, const sens_lever *l, int zh)
{
    char lo[64], hi[64];
    i18n_lang lang = zh ? LANG_ZH : LANG_EN;
    units_format(l->air_delta_bn[SENS_LOW], "bn CNY", lang, 1, lo, sizeof lo);
    units_format(l->air_delta_bn[SENS_HIGH], "bn CNY", lang, 1, hi, sizeof hi);
    fprintf(f, TR(zh, S_SENS_AIR_NOTE), lo, hi);
}

static void table_lever(FILE *f, const sens_lever *l, int zh)
{
    const pp_param *p = pp_param_get(l->lever);
    char key[160];
    ana_key_name(l->lever, key, sizeof key);
    for (int k = 0; k < SENS_ENDS; k++) {
        char end[16];
        snprintf(end, sizeof end, "%s%s", end_name(k, zh), k == sens_greener_end(l) ? "*" : "");
        char first[64];
        if (k == 0) fprintf(f, "%-38s", key);
        else {
            snprintf(first, sizeof first, "  %s %g", TR(zh, S_SENS_GIVEN), l->value_given);
            tc_pad(f, first, 38, 0);
        }
        fputc(' ', f);
        tc_pad(f, end, 5, 0);
        fprintf(f, " %10g", l->value[k]);
        if (!l->ok[k]) {
            fprintf(f, "  %s: %s\n", TR(zh, S_SENS_REFUSED), ERROR_MSG_IN(&l->refusal[k], zh ? LANG_ZH : LANG_EN));
            continue;
        }
        for (int m = 0; m < SENS_METRIC_COUNT; m++) delta_cell(f, l, k, m, zh);
        if (k == 0) fprintf(f, zh ? "  %s，%s" : "  %s, %s", zh ? p->label_zh : p->label_en,
                            units_view(p->unit, zh ? LANG_ZH : LANG_EN).unit);
        if (k == 1 && pp_lever_range_get(l->lever)->co2_neutral) air_note(f, l, zh);
        fputc('\n', f);
    }
}

static pp_status sens_table(FILE *f, const void *ctx, pp_error *err)
{
    const sens_out *o = ctx;
    table_head(f, o);
    for (int i = 0; i < o->res->n; i++) table_lever(f, &o->res->lever[i], o->zh);
    fprintf(f, TR(o->zh, S_SENS_FOOT), o->res->runs);
    return ana_stream_status(f, err);
}

/* ---- CSV ---- */

static void csv_point(FILE *f, const sens_point *p)
{
    for (int m = 0; m < SENS_METRIC_COUNT; m++) {
        fputc(',', f);
        sum_out_csv_num(f, p->v[m]);
    }
    fprintf(f, ",%d", p->peak_reached);
}


static pp_status sens_csv(FILE *f, const void *ctx, pp_error *err)
{
    const sens_out *o = ctx;
    char key[160];
    fputs("lever,unit,end,greener_end,value_given,value,ok", f);
    for (int m = 0; m < SENS_METRIC_COUNT; m++) fprintf(f, ",%s", sens_metric_name(m));
    fputs(",peak_reached", f);
    for (int m = 0; m < SENS_METRIC_COUNT; m++) fprintf(f, ",d_%s", sens_metric_name(m));
    fputs(",refusal\n", f);
    fputs("given,,given,0,,,1", f);
    csv_point(f, &o->res->given);
    for (int m = 0; m < SENS_METRIC_COUNT; m++) fputs(",0", f);
    fputs(",\n", f);
    for (int i = 0; i < o->res->n; i++) {
        const sens_lever *l = &o->res->lever[i];
        for (int k = 0; k < SENS_ENDS; k++) {
            fprintf(f, "%s,%s,%s,%d,", ana_key_name(l->lever, key, sizeof key), pp_param_get(l->lever)->unit,
                    end_name(k, 0), k == sens_greener_end(l));
            sum_out_csv_num(f, l->value_given);
            fputc(',', f);
            sum_out_csv_num(f, l->value[k]);
            fprintf(f, ",%d", l->ok[k]);
            csv_point(f, &l->at[k]);
            for (int m = 0; m < SENS_METRIC_COUNT; m++) {
                fputc(',', f);
                sum_out_csv_num(f, l->delta[k][m]);
            }
            fputc(',', f);
            if (!l->ok[k]) sum_out_csv_text(f, ERROR_MSG_IN(&l->refusal[k], LANG_EN));
            fputc('\n', f);
        }
    }
    return ana_stream_status(f, err);
}

/* ---- JSON ---- */

static json_t *json_metrics(const double v[SENS_METRIC_COUNT], int *bad)
{
    json_t *j = json_object();
    for (int m = 0; m < SENS_METRIC_COUNT; m++)
        ana_jset(j, sens_metric_name(m), m == SENS_PEAK_YEAR && isfinite(v[m]) ? json_integer((json_int_t)v[m]) : ana_jnum(v[m]),
                 bad);
    return j;
}

static json_t *json_end(const sens_lever *l, int k, int *bad)
{
    json_t *j = json_object();
    ana_jset(j, "value", ana_jnum(l->value[k]), bad);
    ana_jset(j, "greener", json_boolean(k == sens_greener_end(l)), bad);
    ana_jset(j, "ok", json_boolean(l->ok[k]), bad);
    if (!l->ok[k]) {
        ana_jset(j, "refusal", json_string(ERROR_MSG_IN(&l->refusal[k], LANG_EN)), bad);
        return j;
    }
    ana_jset(j, "at", json_metrics(l->at[k].v, bad), bad);
    ana_jset(j, "peak_reached", json_boolean(l->at[k].peak_reached), bad);
    ana_jset(j, "delta", json_metrics(l->delta[k], bad), bad);
    return j;
}

static json_t *json_lever(const sens_lever *l, int *bad)
{
    const pp_param *p = pp_param_get(l->lever);
    char key[160];
    json_t *j = json_object();
    ana_jset(j, "lever", json_string(ana_key_name(l->lever, key, sizeof key)), bad);
    ana_jset(j, "label_en", json_string(p->label_en), bad);
    ana_jset(j, "label_zh", json_string(p->label_zh), bad);
    ana_jset(j, "unit", json_string(p->unit), bad);
    ana_jset(j, "lever_year", json_integer(p->lever_year), bad);
    ana_jset(j, "greener", json_integer(l->greener), bad);
    ana_jset(j, "value_given", ana_jnum(l->value_given), bad);
    ana_jset(j, "low", json_end(l, SENS_LOW, bad), bad);
    ana_jset(j, "high", json_end(l, SENS_HIGH, bad), bad);
    return j;
}

static pp_status sens_json(FILE *f, const void *ctx, pp_error *err)
{
    const sens_out *o = ctx;
    int bad = 0;
    json_t *root = json_object(), *given = json_metrics(o->res->given.v, &bad), *levers = json_array();
    ana_jset(given, "peak_reached", json_boolean(o->res->given.peak_reached), &bad);
    for (int i = 0; i < o->res->n; i++) ana_jappend(levers, json_lever(&o->res->lever[i], &bad), &bad);
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "file", json_string(o->file), &bad);
    ana_jset(root, "name", json_string(scn_text(o->scn, P_SCENARIO_NAME)), &bad);
    ana_jset(root, "end_year", json_integer(o->res->end_year), &bad);
    ana_jset(root, "runs", json_integer(o->res->runs), &bad);
    ana_jset(root, "given", given, &bad);
    ana_jset(root, "levers", levers, &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the command ---- */

typedef struct {
    const char *file;
    int zh;
    cli_output_opts out;
} sens_args;

/* Parses the arguments; returns -1 when they are fine, else the exit code to return. */
static int parse_args(const cli_command *self, int argc, char **argv, sens_args *a)
{
    memset(a, 0, sizeof *a);
    a->zh = cli_zh(); /* --lang, PEAKPATH_LANG or the locale (cli/cli_lang.c) */
    cli_output_opts_init(&a->out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_SENSITIVITY))) return CLI_EXIT_OK;
        if ((took = cli_take_output_opt(self, argc, argv, &i, &a->out)) != 0) {
            if (took < 0) return CLI_EXIT_USAGE;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        if (a->file) return cli_usage_error(self, cli_tr(S_CLI_ONE_FILE), a->file, argv[i]);
        a->file = argv[i];
    }
    if (!a->file) return cli_usage_error(self, "%s", cli_tr(S_CLI_MISSING_FILE));
    return -1;
}

int cmd_sensitivity(const cli_command *self, int argc, char **argv)
{
    sens_args a;
    scn_scenario *s = NULL;
    sens_result *r = NULL;
    pp_error err;
    pp_status st;
    int code = parse_args(self, argc, argv, &a);
    if (code >= 0) return code;
    if ((code = cli_output_precheck(self->name, &a.out)) != CLI_EXIT_OK) return code;
    pp_error_clear(&err);
    st = scn_load(a.file, &s, &err);
    if (st == PP_OK && !(r = malloc(sizeof *r))) st = pp_error_set(&err, PP_ERR_NOMEM, NOMEM);
    if (st == PP_OK) st = sens_run(s, r, &err);
    if (st == PP_OK) {
        sens_out o = {a.file, s, r, a.zh};
        cli_writer w = a.out.format == CLI_FMT_JSON ? sens_json : a.out.format == CLI_FMT_CSV ? sens_csv : sens_table;
        code = cli_emit(self->name, &a.out, w, &o);
    } else {
        if (!err.file[0]) pp_error_where(&err, a.file, NULL, NULL, 0);
        cli_print_error(&err);
        code = pp_status_exit_code(st);
    }
    free(r);
    scn_free(s);
    return code;
}
