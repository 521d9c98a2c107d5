/* tui/export_keys.c - the export menu, file name and replace question of the TUI. The bytes come
 * from the CLI's writers, written atomically by svg_save_with; an existing file is replaced only
 * after a yes. Formats nothing itself: the CSV has the column names in English and Chinese headers
 * with planning units in Chinese (report/csv_head.h). */
#include "export_keys.h"
#include "../report/error_text.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../report/csv_head.h"
#include "../report/export_md.h"
#include "../report/export_svg.h"
#include "../report/output.h"
#include "app.h"
#include "draw.h"
#include "help.h"
#include "style.h"
#include "text.h"


static const char *const suffix[EXP_COUNT] = {"-emissions.svg", "-mix.svg",   "-capacity.svg", "-structure.svg",
                                              ".csv",           "-excel.csv", "-summary.md"};
static const i18n_id item[EXP_COUNT] = {S_EX_SVG_CO2, S_EX_SVG_MIX, S_EX_SVG_CAP, S_EX_SVG_STRUCT,
                                        S_EX_CSV,     S_EX_CSV_BOM, S_EX_MD};

/* ---- names ---- */

void exp_default_name(const char *scenario_file, exp_kind kind, char *out, size_t size)
{
    const char *dot = strrchr(scenario_file, '.'), *slash = strrchr(scenario_file, '/');
    int stem = dot && (!slash || dot > slash) ? (int)(dot - scenario_file) : (int)strlen(scenario_file);
    snprintf(out, size, "%.*s%s", stem, scenario_file, suffix[(int)kind >= 0 && kind < EXP_COUNT ? kind : 0]);
}

/* ---- writing ---- */

static pp_status write_export(app *a, const char *path, int overwrite, pp_error *err)
{
    int zh = a->lang == LANG_ZH;
    exp_kind k = a->exp.kind;
    if (k <= EXP_SVG_STRUCT) {
        static const svg_chart charts[] = {SVG_EMISSIONS, SVG_MIX, SVG_CAPACITY, SVG_STRUCTURE};
        svg_one o = {a->scn, &a->res, charts[k], zh, a->bands.on && a->bands.valid ? &a->bands.mc : NULL};
        return svg_save_with(path, svg_write, &o, overwrite, err);
    }
    if (k == EXP_MD) {
        md_one o = {a->scn, &a->res, a->file, zh};
        return svg_save_with(path, md_write_scenario, &o, overwrite, err);
    }
    /* Chinese mode: Chinese headers with the values in the headers' planning units (as `peakpath run
     * --headers zh`); English keeps the stable column names a script reads. */
    out_run o = {a->scn, &a->res, a->file, k == EXP_CSV_BOM, zh ? CSV_HEAD_ZH : CSV_HEAD_NAMES, LANG_EN};
    return svg_save_with(path, out_csv, &o, overwrite, err);
}

static void write_and_say(app *a, const char *path, int overwrite)
{
    pp_error err;
    struct stat st;
    pp_error_clear(&err);
    pp_status s = write_export(a, path, overwrite, &err);
    if (s == PP_OK) {
        msg_say(&a->msg, ST_GOOD, "%s%s%s", i18n_str(S_EX_DONE, a->lang), i18n_str(S_COLON, a->lang), path);
    } else if (s == PP_ERR_USAGE && !overwrite && stat(path, &st) == 0) {
        snprintf(a->exp.path, sizeof a->exp.path, "%s", path);
        a->exp.stage = EXP_ASK; /* never replaced without a yes */
    } else {
        char why[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160];
        msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_EX_FAILED, a->lang), i18n_str(S_COLON, a->lang),
                error_text(&err, a->lang, why, sizeof why));
    }
}

/* ---- keys ---- */

void exp_start(app *a)
{
    a->exp.stage = EXP_MENU;
}

int exp_active(const app *a)
{
    return a->exp.stage != EXP_IDLE;
}

static void choose(app *a, exp_kind k)
{
    char name[EXP_PATH_MAX + 32];
    a->exp.kind = k;
    exp_default_name(a->file, k, name, sizeof name);
    a->mode = MODE_PROMPT;
    a->prompt = PROMPT_EXPORT;
    edit_set(&a->edit, name);
    a->edit_start = 0;
}

void exp_key(app *a, int is_key, wint_t ch)
{
    exp_stage was = a->exp.stage;
    a->exp.stage = EXP_IDLE;
    if (was == EXP_MENU) {
        if (!is_key && ch >= L'1' && ch < (wint_t)(L'1' + EXP_COUNT)) choose(a, (exp_kind)(ch - L'1'));
        return;
    }
    if (!is_key && (ch == L'y' || ch == L'Y')) write_and_say(a, a->exp.path, 1);
    else msg_say(&a->msg, ST_INFO, "%s%s%s", i18n_str(S_EX_KEPT, a->lang), i18n_str(S_COLON, a->lang), a->exp.path);
}

void exp_file_chosen(app *a, const char *path)
{
    write_and_say(a, path, 0);
}

const char *exp_prompt_label(const app *a)
{
    return i18n_str(S_EX_PROMPT, a->lang);
}

/* ---- drawing ---- */

static void draw_menu(app *a)
{
    char line[256];
    int w = 0, lines = EXP_COUNT + 2; /* the items, a blank, the hint */
    lay_rect r, in;
    for (int k = 0; k < EXP_COUNT; k++) {
        int iw = txt_width(i18n_str(item[k], a->lang)) + 4;
        if (iw > w) w = iw;
    }
    if (txt_width(i18n_str(S_EX_HINT, a->lang)) > w) w = txt_width(i18n_str(S_EX_HINT, a->lang));
    w += 4;
    r.w = w > a->lay.cols - 2 ? a->lay.cols - 2 : w;
    r.h = lines + 2 > a->lay.rows - 2 ? a->lay.rows - 2 : lines + 2;
    r.y = (a->lay.rows - r.h) / 2;
    r.x = (a->lay.cols - r.w) / 2;
    in = lay_inner(&r);
    app_overlay(a, &r);
    drw_fill(&r, ST_NORMAL);
    drw_box(&r, i18n_str(S_EX_TITLE, a->lang), 1, a->utf8);
    for (int k = 0; k < EXP_COUNT && k + 1 < in.h; k++) {
        snprintf(line, sizeof line, "%d", k + 1);
        drw_text(in.y + k, in.x + 1, 1, line, ST_KEY, 0, 0, a->utf8);
        drw_text(in.y + k, in.x + 3, in.w - 4, i18n_str(item[k], a->lang), ST_NORMAL, 0, 0, a->utf8);
    }
    drw_text(in.y + in.h - 1, in.x + 1, in.w - 2, i18n_str(S_EX_HINT, a->lang), ST_DIM, 0, 0, a->utf8);
}

void exp_draw(app *a)
{
    char q[EXP_PATH_MAX + 128];
    if (a->exp.stage == EXP_MENU) draw_menu(a);
    else if (a->exp.stage == EXP_ASK) {
        snprintf(q, sizeof q, i18n_str(S_EX_EXISTS, a->lang), a->exp.path);
        help_question(a, q, i18n_str(S_EX_REPLACE, a->lang));
    }
}
