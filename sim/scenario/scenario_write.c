/* sim/scenario/scenario_write.c - a scenario as INI text (scn_to_ini): every key, or only what differs
 * from a parent, each under a comment naming its unit. Numbers round-trip exactly. The text is
 * returned to the caller, who saves it: the engine never writes files. Never prints. */
#include "scenario.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "challenge.h"
#include "scenario_priv.h"
#include "sim_internal.h"

#define PATH_TEXT_MAX 2048 /* PP_PATH_MAX points of "2100:-1.2345678901234567e+300, " fit */

/* ---- growing text buffer ---- */

typedef struct {
    char *buf;
    size_t len, cap;
    int oom;
} out_text;

static void put(out_text *o, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void put(out_text *o, const char *fmt, ...)
{
    va_list ap;
    int n;
    if (o->oom) return;
    va_start(ap, fmt);
    n = vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
    va_end(ap);
    if (n < 0) { o->oom = 1; return; }
    if ((size_t)n >= o->cap - o->len) {
        size_t cap = (o->cap + (size_t)n + 1) * 2;
        char *b = realloc(o->buf, cap);
        if (!b) { o->oom = 1; return; }
        o->buf = b;
        o->cap = cap;
        va_start(ap, fmt);
        vsnprintf(o->buf + o->len, o->cap - o->len, fmt, ap);
        va_end(ap);
    }
    o->len += (size_t)n;
}

/* A text value in double quotes, with '"' and '\' escaped as the scanner expects. */
static void put_quoted(out_text *o, const char *s)
{
    put(o, "\"");
    for (; *s; s++) put(o, "%s%c", (*s == '"' || *s == '\\') ? "\\" : "", *s);
    put(o, "\"");
}

/* ---- what to write ---- */

static int same_range(const scn_scenario *a, const scn_scenario *b, int id)
{
    if (a->has_range[id] != b->has_range[id]) return 0;
    return !a->has_range[id] || (a->range_lo[id] == b->range_lo[id] && a->range_hi[id] == b->range_hi[id]
                                 && a->dist[id] == b->dist[id] && a->dist_a[id] == b->dist_a[id]
                                 && a->dist_b[id] == b->dist_b[id] && a->corr_with[id] == b->corr_with[id]
                                 && a->corr_rho[id] == b->corr_rho[id]);
}

/* Whether key id's interpolation goes into the text: linear without a parent (Steffen is the
 * default), and with one whenever it differs from the parent's. */
static int interp_wanted(const scn_scenario *s, const scn_scenario *parent, int id)
{
    if (pp_param_get(id)->kind != PK_PATH) return 0;
    return parent ? s->interp[id] != parent->interp[id] : s->interp[id] != PP_INTERP_STEFFEN;
}

/* Whether key id goes into the text: everything without a parent; with one, what differs, and
 * always the name and descriptions (a child names itself). */
static int wanted(const scn_scenario *s, const scn_scenario *parent, int id)
{
    const pp_param *p = pp_param_get(id);
    if (id == P_SCENARIO_INHERIT) return 0; /* written apart, from parent_file */
    if (p->kind == PK_TEXT) {
        const char *t = s->text[id] ? s->text[id] : "";
        const char *pt = parent && parent->text[id] ? parent->text[id] : "";
        if (!t[0]) return 0;
        if (!parent || id == P_SCENARIO_NAME || id == P_SCENARIO_DESC_EN || id == P_SCENARIO_DESC_ZH) return 1;
        return strcmp(t, pt) != 0;
    }
    return !parent || !pp_path_equal(&s->path[id], &parent->path[id]) || !same_range(s, parent, id)
           || interp_wanted(s, parent, id);
}

/* ---- writing ---- */

static void put_key(out_text *o, const scn_scenario *s, const scn_scenario *parent, int id)
{
    const pp_param *p = pp_param_get(id);
    char lo[32], hi[32], path[PATH_TEXT_MAX], dist[128];
    if (p->kind == PK_TEXT) {
        put(o, "; %s (text)\n%s = ", p->label_en, p->key);
        put_quoted(o, s->text[id]);
        put(o, "\n");
        return;
    }
    put(o, "; %s: %s, %s..%s%s\n", p->label_en, p->unit, num_format(p->min, lo, sizeof lo),
        num_format(p->max, hi, sizeof hi), p->kind == PK_PATH ? ", year:value points" : "");
    put(o, "%s = %s\n", p->key, scn_path_format(&s->path[id], path, sizeof path));
    if (s->has_range[id] && (!parent || !same_range(s, parent, id)))
        put(o, "%s.range = %s, %s\n", p->key, num_format(s->range_lo[id], lo, sizeof lo),
            num_format(s->range_hi[id], hi, sizeof hi));
    if (s->has_range[id] && (!parent || !same_range(s, parent, id)) && scn_dist_text(s, id, dist, sizeof dist)[0])
        put(o, "%s.dist = %s\n", p->key, dist);
    if (s->has_range[id] && (!parent || !same_range(s, parent, id)) && scn_corr_text(s, id, dist, sizeof dist)[0])
        put(o, "%s.corr = %s\n", p->key, dist);
    if (interp_wanted(s, parent, id))
        put(o, "%s.interp = %s\n", p->key, s->interp[id] == PP_INTERP_LINEAR ? "linear" : "steffen");
}

/* Whether the section of id first appears at id in the table (sections are written in the
 * order they first appear, each with all its keys, even when the table splits one). */
static int first_of_section(int id)
{
    for (int j = 0; j < id; j++)
        if (!strcmp(pp_param_get(j)->section, pp_param_get(id)->section)) return 0;
    return 1;
}

static void put_section(out_text *o, const scn_scenario *s, const scn_scenario *parent,
                        const char *parent_file, const char *section)
{
    int header = 0;
    int is_scn = !strcmp(section, "scenario");
    if (is_scn && parent_file) {
        put(o, "\n[scenario]\n; Parent scenario, resolved next to this file (text)\ninherit = ");
        put_quoted(o, parent_file);
        put(o, "\n");
        header = 1;
    }
    for (int id = 0; id < P_COUNT; id++) {
        if (strcmp(pp_param_get(id)->section, section) || !wanted(s, parent, id)) continue;
        if (!header) put(o, "\n[%s]\n", section);
        header = 1;
        put_key(o, s, parent, id);
    }
}

pp_status scn_to_ini(const scn_scenario *s, const scn_scenario *parent, const char *parent_file,
                     char **text, pp_error *err)
{
    out_text o = {NULL, 0, 0, 0};
    if (text) *text = NULL;
    if (!s || !text) return pp_error_set(err, PP_ERR_USAGE, NULL_ARGUMENT, PP_S("scn_to_ini"));
    if (!parent_file) parent = NULL;
    o.cap = 8192;
    if (!(o.buf = malloc(o.cap))) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    o.buf[0] = '\0';
    put(&o, "; peakpath scenario (format: docs/scenario-format.md). Each key follows a comment "
        "giving its unit and allowed range.\n");
    if (parent_file) put(&o, "; Lists only what differs from %s.\n", parent_file);
    for (int id = 0; id < P_COUNT; id++)
        if (first_of_section(id)) put_section(&o, s, parent, parent_file, pp_param_get(id)->section);
    if (s->challenge && !chal_of(parent)) { /* a child of the challenge file inherits it instead */
        char *chal = chal_ini_text(s->challenge);
        if (chal) put(&o, "%s", chal);
        else o.oom = 1;
        free(chal);
    }
    if (o.oom) {
        free(o.buf);
        return pp_error_set(err, PP_ERR_NOMEM, NOMEM);

    }
    *text = o.buf;
    return PP_OK;
}
