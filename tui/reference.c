/* tui/reference.c - the reference scenario behind the edited one: loaded from a file the user
 * names, calibrated and run on its own; a file that fails changes nothing. Computes no model
 * numbers: the run is the engine's, the chart only reads it. */
#include "reference.h"
#include "../report/error_text.h"
#include "../report/scenario_name.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "style.h"
#include "text.h"

/* ---- loading ---- */

static void ref_failed(app *a, const char *path, const pp_error *err)
{
    char buf[PP_ERR_MSG_MAX + 300];
    msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_REF_FAILED, a->lang), i18n_str(S_COLON, a->lang),
                err->file[0] ? error_text(err, a->lang, buf, sizeof buf) : path);
}

/* Loads, calibrates and runs path into *s and *res. Returns 0, or -1 with the message set. */
static int ref_load_run(app *a, const char *path, scn_scenario **s, run_result *res)
{
    pp_error err;
    pp_error_clear(&err);
    if (scn_load(path, s, &err) != PP_OK || run_simulate(*s, res, &err) != PP_OK) {
        ref_failed(a, path, &err);
        scn_free(*s);
        *s = NULL;
        return -1;
    }
    return 0;
}

static void ref_set_name(ref_state *r, const char *path)
{
    const char *name = scn_text(r->scn, P_SCENARIO_NAME), *base = strrchr(path, '/');
    snprintf(r->name, sizeof r->name, "%s", *name ? name : base ? base + 1 : path);
}

/* ---- public ---- */

void ref_start(app *a)
{
    a->mode = MODE_PROMPT;
    a->prompt = PROMPT_REF;
    if (a->ref.scn) {
        edit_set(&a->edit, a->ref.file);
    } else { /* start in the open file's directory, as `o` does */
        const char *slash = strrchr(a->file, '/');
        char dir[APP_PATH_MAX];
        snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - a->file + 1) : 0, a->file);
        edit_set(&a->edit, dir);
    }
    a->edit_start = 0;
}

int ref_choose(app *a, const char *path)
{
    scn_scenario *s = NULL;
    run_result *res;
    size_t n = strlen(path);
    if (n == 0 || path[n - 1] == '/') { /* empty, or only the directory it started with */
        ref_free(&a->ref);
        msg_say(&a->msg, ST_INFO, "%s", i18n_str(S_M_REF_LOADED, a->lang));
        return 0;
    }
    res = malloc(sizeof *res); /* a failure must leave the old reference whole */
    if (!res) {
        msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_REF_FAILED, a->lang), i18n_str(S_COLON, a->lang), i18n_str(S_M_NOMEM, a->lang));
        return -1;
    }
    if (ref_load_run(a, path, &s, res)) {
        free(res);
        return -1;
    }
    scn_free(a->ref.scn);
    a->ref.scn = s;
    memcpy(&a->ref.res, res, sizeof *res);
    free(res);
    snprintf(a->ref.file, sizeof a->ref.file, "%s", path);
    ref_set_name(&a->ref, path);
    msg_say(&a->msg, ST_GOOD, "%s%s%s (%s)", i18n_str(S_M_REF_SET, a->lang), i18n_str(S_COLON, a->lang), ref_label(a), path);
    return 0;
}

const run_result *ref_result(const app *a)
{
    return a->ref.scn ? &a->ref.res : &a->base_res;
}

const char *ref_label(const app *a)
{
    if (!a->ref.scn) return i18n_str(S_LEG_BASELINE, a->lang);
    return a->lang == LANG_ZH && scn_text(a->ref.scn, P_SCENARIO_NAME_ZH)[0] ? scenario_name(a->ref.scn, a->lang)
                                                                          : a->ref.name; /* name_zh in Chinese */
}

/* Cells the legend of sp takes before it reaches series 0 (as tui/chart.c lays it out: unit, then
 * "━ label" entries from the last series down, two cells apart). */
static int legend_used(const chart_spec *sp)
{
    int col = sp->unit && *sp->unit ? txt_width(sp->unit) + 2 : 0;
    for (int s = sp->ns - 1; s >= 1; s--)
        if (sp->s[s].label) col += 2 + txt_width(sp->s[s].label) + 2;
    return col;
}

void ref_chart(app *a, chart_spec *sp, int width)
{
    if (!a->ref.scn || sp->ns < 1 || sp->s[0].style != ST_BASELINE) return;
    for (int i = 0; i < RUN_MAX_YEARS; i++)
        a->ref.co2_mt[i] = i < sp->n_years ? run_at(&a->ref.res, RV_CO2, sp->first_year + i) : NAN;
    sp->s[0].v = a->ref.co2_mt;
    ref_fit_label(ref_label(a), width - legend_used(sp) - 3, a->utf8, a->ref.label, sizeof a->ref.label);
    sp->s[0].label = a->ref.label[0] ? a->ref.label : NULL;
}

void ref_fit_label(const char *s, int cols, int utf8, char *out, size_t size)
{
    const char *ell = utf8 ? "…" : "~";
    size_t len = 0, i = 0;
    int used = 0;
    if (size == 0) return;
    out[0] = 0;
    if (cols < 1) return;
    if (txt_width(s) <= cols) {
        snprintf(out, size, "%s", s);
        return;
    }
    while (s[i]) { /* whole characters while one cell is left for the ellipsis */
        char one[8] = {0};
        size_t n = 1;
        while (s[i + n] && ((unsigned char)s[i + n] & 0xC0) == 0x80 && n < 4) n++;
        memcpy(one, s + i, n);
        if (used + txt_width(one) > cols - 1 || len + n + strlen(ell) + 1 > size) break;
        used += txt_width(one);
        len += n;
        i += n;
    }
    snprintf(out, size, "%.*s%s", (int)len, s, ell);
}

void ref_free(ref_state *r)
{
    scn_free(r->scn);
    r->scn = NULL;
    r->file[0] = 0;
    r->name[0] = 0;
}
