/* cli/analysis.c - helpers shared by the analysis commands (JSON building, run summary lines,
 * lever names, progress bar) and the writers of `peakpath compare`. Formats only: the numbers
 * come from the engine; a difference between two scenarios is the one subtraction done here. */
#include "analysis.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../report/error_text.h"
#include "../report/scenario_name.h"
#include "../report/summary_out.h"
#include "../report/text_cols.h"
#include "../report/units.h"

/* ---- JSON ---- */

void ana_jset(json_t *obj, const char *key, json_t *val, int *bad) { sum_out_jset(obj, key, val, bad); }

void ana_jappend(json_t *arr, json_t *val, int *bad)
{
    if (!arr || !val) {
        json_decref(val);
        *bad = 1;
    } else if (json_array_append_new(arr, val) != 0) {
        *bad = 1;
    }
}

json_t *ana_jnum(double v) { return sum_out_jnum(v); }

json_t *ana_jyear(int year) { return year > 0 ? json_integer(year) : json_null(); }

json_t *ana_summary_json(const run_summary *s, int *bad) { return sum_out_json(s, bad); }

pp_status ana_stream_status(FILE *f, pp_error *err)
{
    if (ferror(f)) return pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_ERRNO, PP_ERRNO(errno));
    return PP_OK;
}

/* ---- text ---- */

const char *ana_error_text(const pp_error *err)
{
    static _Thread_local char buf[4 * (PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 2 * PP_ERR_NAME_MAX + 32)];
    return error_text(err, cli_lang(), buf, sizeof buf);
}

void ana_summary_table(FILE *f, const run_summary *s, int end_year, const char *indent)
{
    sum_out_table(f, s, end_year, cli_zh(), indent);
}

const char *ana_target_text(const seek_target *t, char *buf, size_t size)
{
    static const char *const ops[] = {"<=", "<", ">=", ">"};
    const char *name = seek_metric_name(t->metric, 1);
    if (!cli_zh() || !name) return seek_target_format(t, buf, size);
    if (t->year > 0) snprintf(buf, size, "%d年%s%s%g", t->year, name, ops[t->op], t->value);
    else snprintf(buf, size, "%s%s%g", name, ops[t->op], t->value);
    return buf;
}

/* The unit of a metric's values (sim/scenario/target.h): years, %, Mt CO2. */
static const char *metric_unit(seek_metric m)
{
    switch (m) {
    case SEEK_PEAK_YEAR: case SEEK_NEUTRAL_YEAR: return "";
    case SEEK_COAL_SHARE: case SEEK_NONFOSSIL_SHARE: return "%";
    default: break;
    }
    return "Mt CO2";
}

const char *ana_metric_text(const seek_target *t, double v, char *buf, size_t size)
{
    if (isinf(v)) snprintf(buf, size, "%s", cli_zh() ? i18n_str(S_GOAL_NEVER, LANG_ZH) : "never");
    else if (isnan(v)) snprintf(buf, size, "-");
    else if (seek_metric_is_step(t->metric)) snprintf(buf, size, cli_zh() ? "%.0f年" : "%.0f", v);
    else if (cli_zh()) units_format(v, metric_unit(t->metric), LANG_ZH, -1, buf, size);
    else snprintf(buf, size, "%.3f", v);
    return buf;
}

const char *ana_key_name(int id, char *buf, size_t size)
{
    const pp_param *p = pp_param_get(id);
    snprintf(buf, size, "%s.%s", p ? p->section : "?", p ? p->key : "?");
    return buf;
}

int ana_find_lever(const cli_command *cmd, const char *text)
{
    int id = pp_param_find(text, NULL);
    if (id < 0) {
        char sec[64] = "";
        const char *dot = strchr(text, '.');
        int near;
        if (!dot) {
            cli_usage_error(cmd, cli_tr(S_USG_LEVER_FORM), text);
            return -1;
        }
        snprintf(sec, sizeof sec, "%.*s", (int)(dot - text) < 63 ? (int)(dot - text) : 63, text);
        near = pp_param_nearest(sec, dot + 1);
        if (near >= 0) {
            char buf[160];
            cli_usage_error(cmd, cli_tr(S_USG_LEVER_NEAR), text, ana_key_name(near, buf, sizeof buf));
        } else {
            cli_usage_error(cmd, cli_tr(S_USG_LEVER_UNKNOWN), text);
        }
        return -1;
    }
    return id;
}

void ana_progress(void *ctx, int done, int total)
{
    enum { WIDTH = 40 };
    int fill = total > 0 ? (int)((long)WIDTH * done / total) : WIDTH;
    (void)ctx;
    if (!isatty(STDERR_FILENO)) return;
    fputc('\r', stderr);
    fputc('[', stderr);
    for (int k = 0; k < WIDTH; k++) fputc(k < fill ? '#' : '.', stderr);
    fprintf(stderr, "] %3d%% %d/%d", total > 0 ? (int)(100L * done / total) : 100, done, total);
    if (done >= total) fputc('\n', stderr);
    fflush(stderr);
}

int ana_parse_int(const char *text, long lo, long hi, long *out)
{
    char *end;
    long v;
    errno = 0;
    v = strtol(text, &end, 10);
    if (errno || end == text || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

/* ---- compare ---- */

/* Variables compared year by year (the table shows the first one). */
static const int compare_vars[] = {RV_CO2, RV_CO2_NET, RV_ENERGY, RV_COAL_SHARE, RV_NONFOSSIL_SHARE,
                                   RV_INV_TOTAL, RV_COST_SYSTEM, RV_SO2, RV_NOX, RV_PM25, RV_HEALTH_BN};
#define N_COMPARE_VARS ((int)(sizeof compare_vars / sizeof compare_vars[0]))

/* Scenario k's name in lang (name_zh in Chinese where the file gives one: report/scenario_name.h),
 * or its file when it has none. */
static const char *scn_label_in(const ana_compare *c, int k, i18n_lang lang)
{
    const char *name = scenario_name(c->scn[k], lang);
    return name && name[0] ? name : c->files[k];
}
/* The table's label: in the chosen language; the CSV's: in the headers' language (names: English). */
#define scn_label(c, k) scn_label_in((c), (k), cli_lang())
#define csv_label(c, k) scn_label_in((c), (k), (c)->headers == CSV_HEAD_ZH ? LANG_ZH : LANG_EN)

static double year_value(const ana_compare *c, int k, int var, int year)
{
    return run_at(c->res[k], var, year);
}

static void table_cell_year(FILE *f, int year)
{
    if (year > 0) fprintf(f, " %14d", year);
    else fprintf(f, " %14s", "-");
}

static void table_cell_num(FILE *f, double v, const char *fmt)
{
    if (isfinite(v)) fprintf(f, fmt, v);
    else fprintf(f, " %14s", "-");
}

/* The unit summary item i is shown in: its own, or in Chinese the planning unit (numbers only). */
static unit_view summary_view(int i)
{
    const run_sum_info *in = run_sum_get(i);
    if (in->kind != SUMK_NUM) return (unit_view){1.0, in->unit};
    return units_view(in->unit, cli_lang());
}

/* "label, unit" of summary item i (unit only for numbers), in the chosen language. */
static void summary_label(int i, char *label, size_t size)
{
    const run_sum_info *in = run_sum_get(i);
    unit_view v = summary_view(i);
    const char *sep = cli_zh() ? "，" : ", ";
    if (v.unit[0] && in->kind == SUMK_NUM) snprintf(label, size, "%s%s%s", cli_zh() ? in->label_zh : in->label_en, sep, v.unit);
    else snprintf(label, size, "%s", cli_zh() ? in->label_zh : in->label_en);
}

/* Width of the label column: the longest summary label, so that none is cut or pushes its row. */
static int summary_label_width(void)
{
    char label[256];
    int w = 0;
    for (int i = 0; i < SUM_COUNT; i++) {
        summary_label(i, label, sizeof label);
        if (tc_cols(label) > w) w = tc_cols(label);
    }
    return w;
}

/* Every summary item (sim/model/summary_list.h), one row each, scenarios side by side. */
static void compare_summary_rows(FILE *f, const ana_compare *c)
{
    int lw = summary_label_width();
    for (int i = 0; i < SUM_COUNT; i++) {
        const run_sum_info *in = run_sum_get(i);
        unit_view u = summary_view(i);
        char label[256];
        summary_label(i, label, sizeof label);
        tc_pad(f, label, lw, 0);
        for (int k = 0; k < c->n; k++) {
            double v = run_sum_value(&c->res[k]->summary, i);
            if (in->kind == SUMK_BOOL) {
                fputc(' ', f);
                tc_pad(f, cli_tr(v != 0 ? S_SUM_YES : S_SUM_NO), 14, 1);
            } else if (in->kind == SUMK_YEAR) table_cell_year(f, isnan(v) ? 0 : (int)v);
            else table_cell_num(f, v * u.factor, cli_zh() && u.factor >= 10 ? " %14.0f" : " %14.1f");
        }
        fputc('\n', f);
    }
}

static void compare_year_rows(FILE *f, const ana_compare *c)
{
    const run_result *r0 = c->res[0];
    unit_view u = units_view(run_var_get(RV_CO2)->unit, cli_lang());
    const char *fmt = cli_zh() ? " %14.0f" : " %14.2f", *dfmt = cli_zh() ? " %+14.0f" : " %+14.2f";
    char label[32];
    fprintf(f, cli_tr(S_CMP_YEARS_HEAD), u.unit);
    tc_pad(f, cli_tr(S_OUT_YEAR), 6, 0);
    for (int k = 0; k < c->n; k++) {
        snprintf(label, sizeof label, "[%d]", k + 1);
        fprintf(f, " %14s", label);
    }
    for (int k = 1; k < c->n; k++) {
        snprintf(label, sizeof label, "[%d]-[1]", k + 1);
        fprintf(f, " %14s", label);
    }
    fputc('\n', f);
    for (int y = r0->first_year; y <= r0->end_year; y++) {
        double base = year_value(c, 0, RV_CO2, y);
        fprintf(f, "%d%-2s", y, y <= r0->hist_end_year ? "*" : "");
        for (int k = 0; k < c->n; k++) table_cell_num(f, year_value(c, k, RV_CO2, y) * u.factor, fmt);
        for (int k = 1; k < c->n; k++) table_cell_num(f, (year_value(c, k, RV_CO2, y) - base) * u.factor, dfmt);
        fputc('\n', f);
    }
}

pp_status ana_compare_table(FILE *f, const void *ctx, pp_error *err)
{
    const ana_compare *c = ctx;
    for (int k = 0; k < c->n; k++) fprintf(f, "[%d] %s (%s)\n", k + 1, scn_label(c, k), c->files[k]);
    fputc('\n', f);
    tc_pad(f, "", summary_label_width(), 0);
    for (int k = 0; k < c->n; k++) {
        char label[16];
        snprintf(label, sizeof label, "[%d]", k + 1);
        fprintf(f, " %14s", label);
    }
    fputc('\n', f);
    compare_summary_rows(f, c);
    ana_compare_cost_table(f, c); /* cost and CO2 against [1] (cli/compare_cost.c) */
    compare_year_rows(f, c);
    fputs(cli_tr(S_CMP_HIST), f);
    return ana_stream_status(f, err);
}

/* ---- compare: CSV ---- */


static void csv_num(FILE *f, double v)
{
    fputc(',', f);
    sum_out_csv_num(f, v);
}

/* A scenario's column name: its [scenario] name, with " [k]" when another scenario before it has
 * the same name (so no two columns read the same); never its path. */
static void column_name(const ana_compare *c, int k, char *out, size_t size)
{
    int dup = 0;
    for (int j = 0; j < k; j++) dup |= strcmp(csv_label(c, j), csv_label(c, k)) == 0;
    if (dup) snprintf(out, size, "%s [%d]", csv_label(c, k), k + 1);
    else snprintf(out, size, "%s", csv_label(c, k));
}

/* One CSV row: indicator, unit, year, the values per scenario, then their differences; with
 * --headers en|zh the indicator's label and the unit the values are in (zh: planning units). */
static void csv_row(FILE *f, const run_var_info *vi, csv_headers h, int year, const double *v, int n)
{
    unit_view u = csv_head_view(vi->unit, h);
    if (h == CSV_HEAD_NAMES) fputs(vi->name, f);
    else sum_out_csv_text(f, h == CSV_HEAD_ZH ? vi->label_zh : vi->label_en);
    fputc(',', f);
    sum_out_csv_text(f, u.unit);
    fprintf(f, ",%d", year);
    for (int k = 0; k < n; k++) csv_num(f, v[k] * u.factor);
    for (int k = 1; k < n; k++) csv_num(f, (v[k] - v[0]) * u.factor);
    fputc('\n', f);
}

/* Long (tidy) form: one row per indicator and year, one column per scenario named by its name,
 * then "B - A" differences against the first. The summary items are in the table and JSON. */
pp_status ana_compare_csv(FILE *f, const void *ctx, pp_error *err)
{
    const ana_compare *c = ctx;
    double row[64];
    char name[256], first[256], diff[520];
    int n = c->n < 64 ? c->n : 64;
    if (c->bom) fputs("\xEF\xBB\xBF", f);
    fputs(c->headers == CSV_HEAD_NAMES ? "indicator,unit,year" : i18n_str(S_CMP_CSV_HEAD, c->headers == CSV_HEAD_ZH ? LANG_ZH : LANG_EN), f);
    for (int k = 0; k < n; k++) {
        column_name(c, k, name, sizeof name);
        fputc(',', f);
        sum_out_csv_text(f, name);
    }
    column_name(c, 0, first, sizeof first);
    for (int k = 1; k < n; k++) {
        column_name(c, k, name, sizeof name);
        snprintf(diff, sizeof diff, "%s - %s", name, first);
        fputc(',', f);
        sum_out_csv_text(f, diff);
    }
    fputc('\n', f);
    for (int j = 0; j < N_COMPARE_VARS; j++)
        for (int y = c->res[0]->first_year; y <= c->res[0]->end_year; y++) {
            for (int k = 0; k < n; k++) row[k] = year_value(c, k, compare_vars[j], y);
            csv_row(f, run_var_get(compare_vars[j]), c->headers, y, row, n);
        }
    return ana_stream_status(f, err);
}

/* ---- compare: JSON ---- */

static json_t *json_series(const ana_compare *c, int k, int diff, int *bad)
{
    json_t *o = json_object();
    for (int j = 0; j < N_COMPARE_VARS; j++) {
        json_t *a = json_array();
        for (int y = c->res[0]->first_year; y <= c->res[0]->end_year; y++) {
            double v = year_value(c, k, compare_vars[j], y);
            ana_jappend(a, ana_jnum(diff ? v - year_value(c, 0, compare_vars[j], y) : v), bad);
        }
        ana_jset(o, run_var_get(compare_vars[j])->name, a, bad);
    }
    return o;
}

static json_t *json_one(const ana_compare *c, int k, int *bad)
{
    json_t *o = json_object();
    ana_jset(o, "file", json_string(c->files[k]), bad);
    ana_jset(o, "name", json_string(scn_text(c->scn[k], P_SCENARIO_NAME)), bad);
    ana_jset(o, "summary", ana_summary_json(&c->res[k]->summary, bad), bad);
    ana_jset(o, "series", json_series(c, k, 0, bad), bad);
    ana_jset(o, "diff_vs_first", json_series(c, k, 1, bad), bad);
    ana_jset(o, "cost_vs_first", ana_compare_cost_json(c, k, bad), bad);
    return o;
}

pp_status ana_compare_json(FILE *f, const void *ctx, pp_error *err)
{
    const ana_compare *c = ctx;
    int bad = 0;
    json_t *root = json_object(), *years = json_array(), *list = json_array();
    for (int y = c->res[0]->first_year; y <= c->res[0]->end_year; y++) ana_jappend(years, json_integer(y), &bad);
    for (int k = 0; k < c->n; k++) ana_jappend(list, json_one(c, k, &bad), &bad);
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "reference", json_string(c->files[0]), &bad);
    ana_jset(root, "years", years, &bad);
    ana_jset(root, "scenarios", list, &bad);
    return out_json_dump(f, root, bad, err);
}
