/* report/output.c - table, CSV and JSON writers of a run_result. Formatting only: every number
 * printed is one the engine put in run_result (values, summary, calibration). */
#include "output.h"
#include "error_text.h"
#include "goal_text.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

#include "../sim/scenario/challenge.h"
#include "safe_text.h"
#include "csv_head.h"
#include "scenario_name.h"
#include "summary_out.h"
#include "text_cols.h"
#include "units.h"
#include "../sim/analysis/challenge_eval.h" /* chal_evaluate */

/* ---- table ---- */

/* One column of the year-by-year table: which variable, its header (catalogue id), the short
 * English unit, the width and decimals in English. In Chinese the column shows the planning unit
 * (report/units.h, from the variable's unit in outputs_list.h) and its decimals move with the
 * factor (88.75 Mtce with 2 decimals = 8875 万吨标准煤 with 0), so no digit is lost or invented. */
typedef struct {
    int var;
    i18n_id head;
    const char *unit;
    int width;
    int decimals;
} out_col;

static const out_col table_cols[] = {
    {RV_GDP, S_OUT_H_GDP, "bn CNY", 9, 1},
    {RV_ENERGY, S_OUT_H_ENERGY, "Mtce", 8, 2},
    {RV_COAL_SHARE, S_OUT_H_COAL, "%", 6, 1},
    {RV_NONFOSSIL_SHARE, S_OUT_H_NONFOSSIL, "%", 7, 1},
    {RV_ELEC, S_OUT_H_ELEC, "TWh", 7, 1},
    {RV_CAP_SOLAR, S_OUT_H_SOLAR, "GW", 7, 2},
    {RV_CAP_WIND, S_OUT_H_WIND, "GW", 7, 2},
    {RV_CO2, S_OUT_H_CO2, "Mt", 8, 2},
    {RV_CO2_NET, S_OUT_H_NET_CO2, "Mt", 8, 2},
    {RV_EI, S_OUT_H_EI, "tce/10kCNY", 11, 3},
    {RV_CI, S_OUT_H_CI, "tCO2/10kCNY", 12, 3},
};
#define N_TABLE_COLS (sizeof table_cols / sizeof table_cols[0])

/* How column c is shown in lang: header, unit, factor, width (wide enough for both header
 * lines, counted in terminal columns), decimals. */
typedef struct {
    const char *head, *unit;
    double factor;
    int width, decimals;
} col_view;

static col_view column_view(const out_col *c, i18n_lang lang)
{
    col_view v = {i18n_str(c->head, lang), c->unit, 1.0, c->width, c->decimals};
    if (lang == LANG_ZH) {
        unit_view u = units_view(run_var_get(c->var)->unit, lang);
        v.unit = u.unit;
        v.factor = u.factor;
        v.decimals -= (int)lround(log10(u.factor));
        if (v.decimals < 0) v.decimals = 0;
        if (v.width < v.decimals + 6) v.width = v.decimals + 6; /* 10x or 100x the digits need the room */
    }
    if (tc_cols(v.head) > v.width) v.width = tc_cols(v.head);
    if (tc_cols(v.unit) > v.width) v.width = tc_cols(v.unit);
    return v;
}

static void table_header(FILE *f, i18n_lang lang)
{
    tc_pad(f, i18n_str(S_OUT_YEAR, lang), 5, 0);
    for (size_t c = 0; c < N_TABLE_COLS; c++) {
        col_view v = column_view(&table_cols[c], lang);
        fputc(' ', f);
        tc_pad(f, v.head, v.width, 1);
    }
    fprintf(f, "\n%-5s", "");
    for (size_t c = 0; c < N_TABLE_COLS; c++) {
        col_view v = column_view(&table_cols[c], lang);
        fputc(' ', f);
        tc_pad(f, v.unit, v.width, 1);
    }
    fputc('\n', f);
}

static void table_rows(FILE *f, const run_result *r, i18n_lang lang)
{
    for (int i = 0; i < r->n_years; i++) {
        int year = r->first_year + i;
        fprintf(f, "%4d%c", year, year <= r->hist_end_year ? '*' : ' ');
        for (size_t c = 0; c < N_TABLE_COLS; c++) {
            col_view v = column_view(&table_cols[c], lang);
            double x = r->v[table_cols[c].var][i];
            if (isnan(x)) fprintf(f, " %*s", v.width, "-");
            else fprintf(f, " %*.*f", v.width, v.decimals, x * v.factor);
        }
        fputc('\n', f);
    }
    fprintf(f, i18n_str(S_OUT_HIST_NOTE, lang), r->hist_end_year);
}

static void table_summary(FILE *f, const run_result *r, i18n_lang lang)
{
    fprintf(f, "\n%s\n", i18n_str(S_OUT_SUMMARY, lang));
    sum_out_table(f, &r->summary, r->end_year, lang == LANG_ZH, "  ");
}

/* The goals of the challenge the scenario is under (sim/scenario/challenge.h), each met or not met. */
static void table_challenge(FILE *f, const scn_scenario *scn, const run_result *r, i18n_lang lang)
{
    const chal_challenge *c = chal_of(scn);
    int zh = lang == LANG_ZH;
    chal_eval ev;
    if (!c) return;
    chal_evaluate(c, r, &ev);
    char file[PP_ERR_FILE_MAX * 4];
    fputc('\n', f);
    fprintf(f, i18n_str(S_OUT_CHALLENGE, lang), txt_safe_term(chal_file(c), file, sizeof file, 0), ev.n_met, ev.n,
            ev.all_met ? i18n_str(S_OUT_CHALLENGE_MET, lang) : "");
    for (int i = 0; i < ev.n; i++) {
        char goal[128], val[64];
        goal_text(&ev.goal[i].target, zh, goal, sizeof goal);
        goal_value_text(&ev.goal[i].target, ev.goal[i].value, zh, val, sizeof val);
        fputs("  ", f);
        tc_pad(f, i18n_str(ev.goal[i].met ? S_OUT_GOAL_MET : S_OUT_GOAL_NOT_MET, lang), 8, 0);
        fputc(' ', f);
        tc_pad(f, goal, 36, 0);
        fprintf(f, " %s\n", val);
    }
}

/* "calibration.energy_mtce_end": the key this calibration solved unknown u from (falls back to
 * the usual key when target_param is not a calibration key). */
static const char *cal_key(const cal_result *cal, int u, char *buf, size_t size)
{
    const pp_param *p = pp_param_get(cal->target_param[u]);
    if (!p || strcmp(p->section, "calibration") != 0) return cal_target_key(u);
    snprintf(buf, size, "%s.%s", p->section, p->key);
    return buf;
}

/* The unknown's name in lang, from the engine's message catalogue (every unknown, both languages). */
static const char *cal_name(int u, i18n_lang lang)
{
    const char *name = error_template(cal_unknown_msg(u), lang);
    return name ? name : "?";
}

void out_calibration(FILE *f, const cal_result *cal, i18n_lang lang)
{
    const char *plural = lang == LANG_ZH ? "" : "s"; /* the English plural ending; Chinese has none */
    fprintf(f, i18n_str(S_OUT_CAL, lang), cal->n_active, cal->n_active == 1 ? "" : plural, cal->iterations,
            cal->iterations == 1 ? "" : plural);
    if (cal->n_active == 0) {
        fputs(i18n_str(S_OUT_CAL_NONE, lang), f);
        return;
    }
    fputs("  ", f);
    tc_pad(f, i18n_str(S_OUT_CAL_KEY, lang), 42, 0);
    static const i18n_id heads[] = {S_OUT_CAL_TARGET, S_OUT_CAL_ACHIEVED, S_OUT_CAL_RESIDUAL, S_OUT_CAL_VALUE};
    static const int widths[] = {12, 12, 10, 12};
    for (int k = 0; k < 4; k++) {
        fputc(' ', f);
        tc_pad(f, i18n_str(heads[k], lang), widths[k], 1);
    }
    fprintf(f, "  %s\n", i18n_str(S_OUT_CAL_UNKNOWN, lang));
    for (int u = 0; u < CAL_COUNT; u++) {
        char key[160];
        if (!cal->active[u]) continue;
        fprintf(f, "  %-42s %12.4f %12.4f %10.1e %12.6g  %s\n", cal_key(cal, u, key, sizeof key), cal->target[u],
                cal->achieved[u], cal->residual[u], cal->value[u], cal_name(u, lang));
    }
    for (int i = 0; i < cal->n_warnings; i++)
        fprintf(f, i18n_str(S_OUT_CAL_WARNING, lang), error_message_text(&cal->warning[i], lang, (char[PP_ERR_MSG_MAX]){0}, PP_ERR_MSG_MAX));
}

static pp_status out_status(FILE *f, pp_error *err)
{
    if (fflush(f) != 0 || ferror(f)) return pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_FAILED);
    return PP_OK;
}

pp_status out_table(FILE *f, const void *ctx, pp_error *err)
{
    const out_run *o = ctx;
    char name[1024], region[1024], file[PP_ERR_FILE_MAX * 4]; /* file text is hostile: safe for a terminal */
    txt_safe_term(scenario_name(o->scn, o->lang), name, sizeof name, 0);
    const char *region_zh = scn_text(o->scn, P_SCENARIO_REGION_ZH);
    txt_safe_term(o->lang == LANG_ZH && region_zh && region_zh[0] ? region_zh : scn_text(o->scn, P_SCENARIO_REGION),
                  region, sizeof region, 0);
    txt_safe_term(o->file, file, sizeof file, 0);
    fprintf(f, i18n_str(S_OUT_TITLE, o->lang), PEAKPATH_VERSION, name, region, file);
    table_header(f, o->lang);
    table_rows(f, o->res, o->lang);
    table_summary(f, o->res, o->lang);
    table_challenge(f, o->scn, o->res, o->lang);
    fputc('\n', f);
    out_calibration(f, &o->res->cal, o->lang);
    return out_status(f, err);
}

/* ---- CSV ---- */

pp_status out_csv(FILE *f, const void *ctx, pp_error *err)
{
    const out_run *o = ctx;
    const run_result *r = o->res;
    csv_headers h = (csv_headers)o->headers;
    unit_view view[RV_COUNT];
    if (o->bom) fputs("\xEF\xBB\xBF", f);
    csv_head_field(f, "year", i18n_str(S_OUT_YEAR, LANG_EN), i18n_str(S_OUT_YEAR, LANG_ZH), "", h);
    for (int v = 0; v < RV_COUNT; v++) {
        const run_var_info *vi = run_var_get(v);
        view[v] = csv_head_view(vi->unit, h);
        fputc(',', f);
        csv_head_field(f, vi->name, vi->label_en, vi->label_zh, vi->unit, h);
    }
    fputc('\n', f);
    for (int i = 0; i < r->n_years; i++) {
        fprintf(f, "%d", r->first_year + i);
        for (int v = 0; v < RV_COUNT; v++) {
            fputc(',', f);
            csv_head_num(f, r->v[v][i], view[v]);
        }
        fputc('\n', f);
    }
    return out_status(f, err);
}

/* ---- JSON ---- */

/* JSON building with one sticky failure flag (report/summary_out.h). */
#define jset sum_out_jset
#define jnum sum_out_jnum

static json_t *json_scenario(const out_run *o, int *bad)
{
    json_t *j = json_object();
    jset(j, "name", json_string(scn_text(o->scn, P_SCENARIO_NAME)), bad);
    jset(j, "region", json_string(scn_text(o->scn, P_SCENARIO_REGION)), bad);
    jset(j, "region_zh", json_string(scn_text(o->scn, P_SCENARIO_REGION_ZH)), bad);
    jset(j, "file", json_string(o->file), bad);
    jset(j, "first_year", json_integer(o->res->first_year), bad);
    jset(j, "hist_end_year", json_integer(o->res->hist_end_year), bad);
    jset(j, "end_year", json_integer(o->res->end_year), bad);
    return j;
}

static json_t *json_columns(int *bad)
{
    json_t *a = json_array();
    json_t *year = json_object();
    jset(year, "name", json_string("year"), bad);
    jset(year, "unit", json_string("year"), bad);
    if (!a || json_array_append_new(a, year) != 0) *bad = 1;
    for (int v = 0; v < RV_COUNT; v++) {
        const run_var_info *vi = run_var_get(v);
        json_t *c = json_object();
        jset(c, "name", json_string(vi->name), bad);
        jset(c, "unit", json_string(vi->unit), bad);
        jset(c, "label_en", json_string(vi->label_en), bad);
        jset(c, "label_zh", json_string(vi->label_zh), bad);
        if (!a || json_array_append_new(a, c) != 0) *bad = 1;
    }
    return a;
}

static json_t *json_rows(const run_result *r, int *bad)
{
    json_t *a = json_array();
    for (int i = 0; i < r->n_years; i++) {
        json_t *row = json_object();
        jset(row, "year", json_integer(r->first_year + i), bad);
        for (int v = 0; v < RV_COUNT; v++) jset(row, run_var_get(v)->name, jnum(r->v[v][i]), bad);
        if (!a || json_array_append_new(a, row) != 0) *bad = 1;
    }
    return a;
}

static json_t *json_calibration(const cal_result *cal, int *bad)
{
    json_t *a = json_array();
    for (int u = 0; u < CAL_COUNT; u++) {
        char key[160];
        json_t *c;
        if (!cal->active[u]) continue;
        c = json_object();
        jset(c, "unknown", json_string(error_template(cal_unknown_msg(u), LANG_EN)), bad);
        jset(c, "target_key", json_string(cal_key(cal, u, key, sizeof key)), bad);
        jset(c, "target", jnum(cal->target[u]), bad);
        jset(c, "achieved", jnum(cal->achieved[u]), bad);
        jset(c, "residual", jnum(cal->residual[u]), bad);
        jset(c, "value", jnum(cal->value[u]), bad);
        if (!a || json_array_append_new(a, c) != 0) *bad = 1;
    }
    return a;
}

static json_t *json_goal(const chal_goal_result *g, int *bad)
{
    char text[128], target[96];
    json_t *j = json_object();
    jset(j, "target", json_string(seek_target_format(&g->target, target, sizeof target)), bad);
    jset(j, "text_en", json_string(goal_text(&g->target, 0, text, sizeof text)), bad);
    jset(j, "text_zh", json_string(goal_text(&g->target, 1, text, sizeof text)), bad);
    jset(j, "value", jnum(g->value), bad); /* null: never reached or not in the run */
    jset(j, "met", json_boolean(g->met), bad);
    return j;
}

/* {"file", "brief_en", "brief_zh", "goals": [...], "goals_met", "all_met"}, or NULL without one. */
static json_t *json_challenge(const scn_scenario *scn, const run_result *r, int *bad)
{
    const chal_challenge *c = chal_of(scn);
    json_t *j, *goals;
    chal_eval ev;
    if (!c) return NULL;
    chal_evaluate(c, r, &ev);
    j = json_object();
    goals = json_array();
    jset(j, "file", json_string(chal_file(c)), bad);
    jset(j, "brief_en", json_string(chal_brief(c, 0)), bad);
    jset(j, "brief_zh", json_string(chal_brief(c, 1)), bad);
    for (int i = 0; i < ev.n; i++)
        if (!goals || json_array_append_new(goals, json_goal(&ev.goal[i], bad)) != 0) *bad = 1;
    jset(j, "goals", goals, bad);
    jset(j, "goals_met", json_integer(ev.n_met), bad);
    jset(j, "all_met", json_boolean(ev.all_met), bad);
    return j;
}

static json_t *json_build(const out_run *o, int *bad)
{
    json_t *root = json_object();
    jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), bad);
    jset(root, "scenario", json_scenario(o, bad), bad);
    jset(root, "columns", json_columns(bad), bad);
    jset(root, "rows", json_rows(o->res, bad), bad);
    jset(root, "summary", sum_out_json(&o->res->summary, bad), bad);
    jset(root, "calibration", json_calibration(&o->res->cal, bad), bad);
    if (chal_of(o->scn)) jset(root, "challenge", json_challenge(o->scn, o->res, bad), bad);
    return root;
}

pp_status out_json_dump(FILE *f, json_t *root, int bad, pp_error *err)
{
    if (bad || !root) {
        json_decref(root);
        return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    }
    if (json_dumpf(root, f, JSON_INDENT(1) | JSON_REAL_PRECISION(10)) != 0) {
        json_decref(root);
        return pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_FAILED);
    }
    json_decref(root);
    fputc('\n', f);
    return out_status(f, err);
}

pp_status out_json(FILE *f, const void *ctx, pp_error *err)
{
    int bad = 0;
    json_t *root = json_build(ctx, &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the summary alone ---- */

static pp_status summary_table(FILE *f, const void *ctx, pp_error *err)
{
    const out_run *o = ctx;
    sum_out_table(f, &o->res->summary, o->res->end_year, o->lang == LANG_ZH, "");
    return out_status(f, err);
}

static pp_status summary_csv(FILE *f, const void *ctx, pp_error *err)
{
    const out_run *o = ctx;
    if (o->bom) fputs("\xEF\xBB\xBF", f);
    sum_out_csv_rows_h(f, &o->res->summary, o->headers);
    return out_status(f, err);
}

static pp_status summary_json(FILE *f, const void *ctx, pp_error *err)
{
    const out_run *o = ctx;
    int bad = 0;
    json_t *root = json_object();
    jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    jset(root, "scenario", json_scenario(o, &bad), &bad);
    jset(root, "summary", sum_out_json(&o->res->summary, &bad), &bad);
    return out_json_dump(f, root, bad, err);
}

report_writer out_summary_writer_for(report_format format)
{
    switch (format) {
    case REPORT_FMT_CSV: return summary_csv;
    case REPORT_FMT_JSON: return summary_json;
    case REPORT_FMT_TABLE: break;
    }
    return summary_table;
}

/* ---- choice ---- */

report_writer out_writer_for(report_format format)
{
    switch (format) {
    case REPORT_FMT_CSV: return out_csv;
    case REPORT_FMT_JSON: return out_json;
    case REPORT_FMT_TABLE: break;
    }
    return out_table;
}
