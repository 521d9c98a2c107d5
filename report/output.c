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
#include "summary_out.h"
#include "../sim/analysis/challenge_eval.h" /* chal_evaluate */

/* ---- table ---- */

/* One column of the year-by-year table: which variable, two header lines, width, decimals. */
typedef struct {
    int var;
    const char *head;
    const char *unit;
    int width;
    int decimals;
} out_col;

static const out_col table_cols[] = {
    {RV_GDP, "GDP", "bn CNY", 9, 1},
    {RV_ENERGY, "energy", "Mtce", 8, 2},
    {RV_COAL_SHARE, "coal", "%", 6, 1},
    {RV_NONFOSSIL_SHARE, "nonfos", "%", 7, 1},
    {RV_ELEC, "elec", "TWh", 7, 1},
    {RV_CAP_SOLAR, "solar", "GW", 7, 2},
    {RV_CAP_WIND, "wind", "GW", 7, 2},
    {RV_CO2, "CO2", "Mt", 8, 2},
    {RV_CO2_NET, "net CO2", "Mt", 8, 2},
    {RV_EI, "energy int", "tce/10kCNY", 11, 3},
    {RV_CI, "carbon int", "tCO2/10kCNY", 12, 3},
};
#define N_TABLE_COLS (sizeof table_cols / sizeof table_cols[0])

static void table_header(FILE *f)
{
    fprintf(f, "%-5s", "year");
    for (size_t c = 0; c < N_TABLE_COLS; c++) fprintf(f, " %*s", table_cols[c].width, table_cols[c].head);
    fprintf(f, "\n%-5s", "");
    for (size_t c = 0; c < N_TABLE_COLS; c++) fprintf(f, " %*s", table_cols[c].width, table_cols[c].unit);
    fputc('\n', f);
}

static void table_rows(FILE *f, const run_result *r)
{
    for (int i = 0; i < r->n_years; i++) {
        int year = r->first_year + i;
        fprintf(f, "%4d%c", year, year <= r->hist_end_year ? '*' : ' ');
        for (size_t c = 0; c < N_TABLE_COLS; c++) {
            double v = r->v[table_cols[c].var][i];
            if (isnan(v)) fprintf(f, " %*s", table_cols[c].width, "-");
            else fprintf(f, " %*.*f", table_cols[c].width, table_cols[c].decimals, v);
        }
        fputc('\n', f);
    }
    fprintf(f, "* historical year (calibrated to observed figures up to %d)\n", r->hist_end_year);
}

static void table_summary(FILE *f, const run_result *r)
{
    fprintf(f, "\nSummary\n");
    sum_out_table(f, &r->summary, r->end_year, 0, "  ");
}

/* The goals of the challenge the scenario is under (sim/scenario/challenge.h), each met or not met. */
static void table_challenge(FILE *f, const scn_scenario *scn, const run_result *r)
{
    const chal_challenge *c = chal_of(scn);
    chal_eval ev;
    if (!c) return;
    chal_evaluate(c, r, &ev);
    char file[PP_ERR_FILE_MAX * 4];
    fprintf(f, "\nChallenge (%s): %d of %d goals met%s\n", txt_safe_term(chal_file(c), file, sizeof file, 0), ev.n_met, ev.n,
            ev.all_met ? " - CHALLENGE MET" : "");
    for (int i = 0; i < ev.n; i++) {
        char goal[128], val[64];
        goal_text(&ev.goal[i].target, 0, goal, sizeof goal);
        goal_value_text(&ev.goal[i].target, ev.goal[i].value, 0, val, sizeof val);
        fprintf(f, "  %-8s %-36s %s\n", ev.goal[i].met ? "met" : "NOT met", goal, val);
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

void out_calibration(FILE *f, const cal_result *cal)
{
    fprintf(f, "Calibration (%d unknown%s solved, %d iteration%s)\n", cal->n_active, cal->n_active == 1 ? "" : "s",
            cal->iterations, cal->iterations == 1 ? "" : "s");
    if (cal->n_active == 0) {
        fprintf(f, "  none: the scenario gives no observed figures to match\n");
        return;
    }
    fprintf(f, "  %-42s %12s %12s %10s %12s  %s\n", "target key", "target", "achieved", "residual", "solved value",
            "unknown");
    for (int u = 0; u < CAL_COUNT; u++) {
        char key[160];
        if (!cal->active[u]) continue;
        fprintf(f, "  %-42s %12.4f %12.4f %10.1e %12.6g  %s\n", cal_key(cal, u, key, sizeof key), cal->target[u],
                cal->achieved[u], cal->residual[u], cal->value[u], error_template(cal_unknown_msg(u), LANG_EN));
    }
    for (int i = 0; i < cal->n_warnings; i++) /* issue 13: the language of the table when it has one */
        fprintf(f, "  warning: %s\n", error_message_text(&cal->warning[i], LANG_EN, (char[PP_ERR_MSG_MAX]){0}, PP_ERR_MSG_MAX));
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
    txt_safe_term(scn_text(o->scn, P_SCENARIO_NAME), name, sizeof name, 0);
    txt_safe_term(scn_text(o->scn, P_SCENARIO_REGION), region, sizeof region, 0);
    txt_safe_term(o->file, file, sizeof file, 0);
    fprintf(f, "peakpath %s - scenario \"%s\" (%s), %s\n\n", PEAKPATH_VERSION, name, region, file);
    table_header(f);
    table_rows(f, o->res);
    table_summary(f, o->res);
    table_challenge(f, o->scn, o->res);
    fputc('\n', f);
    out_calibration(f, &o->res->cal);
    return out_status(f, err);
}

/* ---- CSV ---- */

pp_status out_csv(FILE *f, const void *ctx, pp_error *err)
{
    const out_run *o = ctx;
    const run_result *r = o->res;
    if (o->bom) fputs("\xEF\xBB\xBF", f);
    fputs("year", f);
    for (int v = 0; v < RV_COUNT; v++) fprintf(f, ",%s", run_var_get(v)->name);
    fputc('\n', f);
    for (int i = 0; i < r->n_years; i++) {
        fprintf(f, "%d", r->first_year + i);
        for (int v = 0; v < RV_COUNT; v++) {
            fputc(',', f);
            sum_out_csv_num(f, r->v[v][i]);
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
    sum_out_table(f, &o->res->summary, o->res->end_year, 0, "");
    return out_status(f, err);
}

static pp_status summary_csv(FILE *f, const void *ctx, pp_error *err)
{
    const out_run *o = ctx;
    if (o->bom) fputs("\xEF\xBB\xBF", f);
    sum_out_csv_rows(f, &o->res->summary);
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
