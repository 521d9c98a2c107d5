/* report/export_md.c - Markdown summaries of a scenario and of a workshop room, one page each, in
 * English or Chinese. Every number printed is one the engine computed (run_result, chal_eval). */
#include "export_md.h"
#include "room_levers.h"
#include "goal_text.h"

#include <math.h>
#include <string.h>

#include "../sim/scenario/challenge.h"
#include "safe_text.h"
#include "scenario_name.h"
#include "summary_out.h"
#include "i18n.h"
#include "units.h"
#include "../sim/analysis/challenge_eval.h" /* chal_evaluate */

/* A string of the message catalogue (report/i18n_list.h) in English (zh 0) or Chinese. */
#define TR(zh, id) i18n_str((id), (zh) ? LANG_ZH : LANG_EN)

static const int table_years[] = {2020, 2025, 2030, 2060};
#define N_TABLE_YEARS (int)(sizeof table_years / sizeof table_years[0])

/* ---- text ---- */

void md_escape(FILE *f, const char *text)
{
    char safe[4096]; /* terminal-safe first (the summary is often read on one), then Markdown */
    const char *s = txt_safe_term(text, safe, sizeof safe, 1);
    for (; *s; s++) {
        if (*s == '\n' || *s == '\r') fputc(' ', f);
        else {
            if (strchr("\\`*_[]<>|#", *s)) fputc('\\', f);
            fputc(*s, f);
        }
    }
}

/* Text inside a `code span`: terminal-safe, a backtick (which would end the span) as '. */
static void md_code(FILE *f, const char *text)
{
    char safe[4096];
    for (const char *s = txt_safe_term(text, safe, sizeof safe, 0); *s; s++) fputc(*s == '`' ? '\'' : *s, f);
}

/* "%.1f" or "–" for a value the engine left NaN. */
static const char *num(double v, int decimals, char *buf, size_t size)
{
    if (!isfinite(v)) snprintf(buf, size, "–");
    else snprintf(buf, size, "%.*f", decimals, v);
    return buf;
}

/* ---- one scenario ---- */

static void md_head(FILE *f, const md_one *o)
{
    const char *desc = scn_text(o->scn, o->zh ? P_SCENARIO_DESC_ZH : P_SCENARIO_DESC_EN);
    const char *region = scn_text(o->scn, o->zh ? P_SCENARIO_REGION_ZH : P_SCENARIO_REGION);
    if (!desc[0]) desc = scn_text(o->scn, o->zh ? P_SCENARIO_DESC_EN : P_SCENARIO_DESC_ZH);
    if (!region[0]) region = scn_text(o->scn, P_SCENARIO_REGION);
    fputs("# ", f);
    md_escape(f, scenario_name(o->scn, o->zh ? LANG_ZH : LANG_EN));
    fputs("\n\n", f);
    if (desc[0]) {
        md_escape(f, desc);
        fputs("\n\n", f);
    }
    fputs(TR(o->zh, S_MD_REGION), f);
    md_escape(f, region);
    fprintf(f, " · %s`", TR(o->zh, S_MD_FILE));
    md_code(f, o->file);
    fprintf(f, "` · %d–%d · peakpath %s\n\n", o->res->first_year, o->res->end_year, PEAKPATH_VERSION);
}

/* The key results: the one summary writer's lines (report/summary_out.h) as a list. */
static void md_results(FILE *f, const md_one *o)
{
    sum_out_line l[SUM_OUT_MAX_LINES];
    int n = sum_out_lines(&o->res->summary, o->res->end_year, o->zh, l);
    fprintf(f, "## %s\n\n", TR(o->zh, S_MD_KEY_RESULTS));
    for (int i = 0; i < n; i++) {
        fprintf(f, "- **%s** ", l[i].label);
        md_escape(f, l[i].text);
        fputc('\n', f);
    }
    fputc('\n', f);
}

/* One table row: label, unit, the value of var in each table year. */
static void md_year_row(FILE *f, const run_result *r, const char *label, int var, int decimals)
{
    char buf[32];
    fprintf(f, "| %s |", label);
    for (int i = 0; i < N_TABLE_YEARS; i++) fprintf(f, " %s |", num(run_at(r, var, table_years[i]), decimals, buf, sizeof buf));
    fputc('\n', f);
}

static void md_year_table(FILE *f, const md_one *o)
{
    const run_result *r = o->res;
    int zh = o->zh;
    fprintf(f, "## %s\n\n| %s |", TR(zh, S_MD_INDICATORS_BY_YEAR), TR(zh, S_MD_INDICATOR));
    for (int i = 0; i < N_TABLE_YEARS; i++) fprintf(f, " %d |", table_years[i]);
    fputs("\n|---|", f);
    for (int i = 0; i < N_TABLE_YEARS; i++) fputs("---:|", f);
    fputc('\n', f);
    md_year_row(f, r, TR(zh, S_MD_COAL_SHARE_OF_ENERGY), RV_COAL_SHARE, 1);
    md_year_row(f, r, TR(zh, S_MD_OIL_SHARE), RV_OIL_SHARE, 1);
    md_year_row(f, r, TR(zh, S_MD_GAS_SHARE), RV_GAS_SHARE, 1);
    md_year_row(f, r, TR(zh, S_MD_NON_FOSSIL_SHARE), RV_NONFOSSIL_SHARE, 1);
    md_year_row(f, r, TR(zh, S_MD_ENERGY_USE_MTCE), RV_ENERGY, 1);
    md_year_row(f, r, TR(zh, S_MD_GROSS_CO2_MT), RV_CO2, 1);
    md_year_row(f, r, TR(zh, S_MD_NET_CO2_MT), RV_CO2_NET, 1);
    md_year_row(f, r, TR(zh, S_MD_CARBON_INTENSITY_T_CO2), RV_CI, 3);
    fputc('\n', f);
}

/* Costs and air by year: the engine's rows with their labels (outputs_list.h), in the planning
 * units in Chinese (report/units.h), and what the health value is. */
static void md_costs_air(FILE *f, const md_one *o)
{
    static const int vars[] = {RV_INV_TOTAL, RV_COST_SYSTEM, RV_COST_FUEL, RV_CARBON_PRICE, RV_CARBON_REVENUE,
                               RV_STRANDED_GW, RV_SO2, RV_NOX, RV_PM25, RV_HEALTH_BN};
    const run_result *r = o->res;
    int zh = o->zh;
    fprintf(f, "## %s\n\n| %s |", TR(zh, S_MD_COSTS_AIR), TR(zh, S_MD_INDICATOR));
    for (int i = 0; i < N_TABLE_YEARS; i++) fprintf(f, " %d |", table_years[i]);
    fputs("\n|---|", f);
    for (int i = 0; i < N_TABLE_YEARS; i++) fputs("---:|", f);
    fputc('\n', f);
    for (size_t j = 0; j < sizeof vars / sizeof vars[0]; j++) {
        const run_var_info *vi = run_var_get(vars[j]);
        unit_view u = units_view(vi->unit, zh ? LANG_ZH : LANG_EN);
        char buf[32];
        fputs("| ", f);
        md_escape(f, zh ? vi->label_zh : vi->label_en);
        fprintf(f, zh ? "（%s） |" : " (%s) |", u.unit);
        for (int i = 0; i < N_TABLE_YEARS; i++)
            fprintf(f, " %s |", num(run_at(r, vars[j], table_years[i]) * u.factor, 1, buf, sizeof buf));
        fputc('\n', f);
    }
    fputc('\n', f);
    fprintf(f, TR(zh, S_MD_COSTS_AIR_NOTE), (int)scn_value_at(o->scn, P_YEARS_PRICE_BASE, scn_first_year(o->scn)));
    fputs("\n\n", f);
}

static void md_goals(FILE *f, const md_one *o)
{
    const chal_challenge *c = chal_of(o->scn);
    chal_eval ev;
    int zh = o->zh;
    if (!c) return;
    chal_evaluate(c, o->res, &ev);
    fprintf(f, "## %s\n\n", TR(zh, S_MD_CHALLENGE));
    if (chal_brief(c, zh)[0]) {
        md_escape(f, chal_brief(c, zh));
        fputs("\n\n", f);
    }
    fprintf(f, "| %s | %s | %s |\n|---|---:|---|\n", TR(zh, S_MD_GOAL), TR(zh, S_MD_RESULT),
            TR(zh, S_MD_MET_Q));
    for (int i = 0; i < ev.n; i++) {
        char goal[128], val[64];
        goal_text(&ev.goal[i].target, zh, goal, sizeof goal);
        goal_value_text(&ev.goal[i].target, ev.goal[i].value, zh, val, sizeof val);
        fputs("| ", f);
        md_escape(f, goal);
        fprintf(f, " | %s | %s |\n", val, ev.goal[i].met ? TR(zh, S_MD_GOAL_MET) : TR(zh, S_MD_GOAL_NOT_MET));
    }
    fprintf(f, TR(zh, S_MD_N_OF_GOALS_MET), ev.n_met, ev.n,
            ev.all_met ? TR(zh, S_MD_CHALLENGE_MET) : "");
}

pp_status md_write_scenario(FILE *f, const void *ctx, pp_error *err)
{
    const md_one *o = ctx;
    md_head(f, o);
    md_results(f, o);
    md_year_table(f, o);
    md_costs_air(f, o);
    md_goals(f, o);
    if (fflush(f) != 0 || ferror(f)) return pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_FAILED);
    return PP_OK;
}

/* ---- a room ---- */

static void md_room_row(FILE *f, const rscan_row *r, int zh)
{
    const run_summary *s;
    char a[32], b[32], c[32], d[32];
    fputs("| ", f);
    md_escape(f, r->who);
    if (!r->ok) {
        fprintf(f, " | %s: ", TR(zh, S_MD_BROKEN));
        md_escape(f, zh ? r->error_zh : r->error);
        fputs(" | | | | | | |\n", f);
        return;
    }
    s = &r->res->summary;
    fputs(" | ", f);
    md_escape(f, zh ? r->name_zh : r->name);
    if (s->peak_reached) fprintf(f, " | %d", s->peak_year);
    else fprintf(f, " | %s %d", TR(zh, S_MD_NONE_BY), r->res->end_year);
    fprintf(f, " | %s | %s | %s | %s |", num(s->peak_mt, 1, a, sizeof a), num(s->cum_co2_mt, 0, b, sizeof b),
            num(s->coal_share_2030, 1, c, sizeof c), num(s->nonfossil_share_2030, 1, d, sizeof d));
    if (r->goals.n) fprintf(f, " %d/%d%s |\n", r->goals.n_met, r->goals.n, r->goals.all_met ? " ✓" : "");
    else fputs(" – |\n", f);
}

pp_status md_write_room(FILE *f, const void *ctx, pp_error *err)
{
    const md_room *o = ctx;
    const rscan_table *t = o->room;
    int zh = o->zh, broken = 0, met = 0;
    fputs(TR(zh, S_MD_WORKSHOP_ROOM), f);
    md_code(f, t->dir);
    fprintf(f, "`\n\n%d %s · peakpath %s\n\n", t->n, TR(zh, S_MD_SCENARIO_FILES), PEAKPATH_VERSION);
    fprintf(f, "| %s | %s | %s | %s | %s | %s | %s | %s |\n|---|---|---:|---:|---:|---:|---:|---:|\n",
            TR(zh, S_MD_PARTICIPANT), TR(zh, S_MD_SCENARIO), TR(zh, S_MD_PEAK_YEAR),
            TR(zh, S_MD_PEAK_MT), TR(zh, S_MD_CUMULATIVE_CO2_MT),
            TR(zh, S_MD_COAL_2030), TR(zh, S_MD_NON_FOSSIL_2030),
            TR(zh, S_MD_GOALS_MET));
    for (int i = 0; i < t->n; i++) {
        md_room_row(f, t->row[i], zh);
        broken += !t->row[i]->ok;
        met += t->row[i]->ok && t->row[i]->goals.all_met;
    }
    fprintf(f, TR(zh, S_MD_N_MET_THEIR_CHALLENGE), met, broken);
    rlev_write_md(f, t, zh); /* each participant's lever moves (report/room_levers.c, issue 14) */
    if (t->skipped) fprintf(f, TR(zh, S_MD_MORE_FILES_NOT_LISTED), t->skipped, RSCAN_MAX_FILES);
    if (fflush(f) != 0 || ferror(f)) return pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_FAILED);
    return PP_OK;
}
