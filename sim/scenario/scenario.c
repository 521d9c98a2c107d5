/* sim/scenario/scenario.c - a loaded scenario's lifetime (free, clone), its read accessors and the
 * error-location helpers the other scenario files share. Loading is in scenario_load.c, checks in
 * scenario_check.c, edits in scenario_edit.c. Never prints, keeps no global state. */
#include "scenario.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "challenge_section.h"
#include "scenario_priv.h"
#include "sim_internal.h"

/* ---- error helpers (shared, see scenario_priv.h) ---- */

/* "0..1000 GW" for messages. */
const char *scn_range_text(int id, char *buf, size_t size)
{
    char lo[32], hi[32];
    const pp_param *p = P(id);
    snprintf(buf, size, "%s..%s%s%s", num_format(p->min, lo, sizeof lo),
             num_format(p->max, hi, sizeof hi), p->unit[0] ? " " : "", p->unit);
    return buf;
}

/* Sets the location of an error already recorded (file, schema section/key of id, line). */
pp_status scn_err_at(pp_error *err, pp_status st, const char *file, int id, int line)
{
    pp_error_where(err, file, valid_id(id) ? P(id)->section : NULL, valid_id(id) ? P(id)->key : NULL,
                   line);
    return st;
}

/* The file and line where id got its value: the nearest scenario in the chain that sets it. */
static void where_set(const scn_scenario *s, int id, const char **file, int *line)
{
    *file = s->file;
    *line = 0;
    for (const scn_scenario *p = s; p; p = p->parent)
        if (p->set_here[id]) {
            *file = p->file;
            *line = p->line[id];
            return;
        }
}

/* Records err at the place id was set and returns st. */
pp_status scn_err_at_key(pp_error *err, pp_status st, const scn_scenario *s, int id)
{
    const char *file;
    int line;
    where_set(s, id, &file, &line);
    return scn_err_at(err, st, file, id, line);
}

/* ---- lifetime ---- */

void scn_free(scn_scenario *s)
{
    if (!s) return;
    for (int id = 0; id < P_COUNT; id++) free(s->text[id]);
    chal_free(s->challenge);
    scn_free(s->parent);
    free(s);
}

scn_scenario *scn_clone(const scn_scenario *s)
{
    scn_scenario *c;
    if (!s || !(c = malloc(sizeof *c))) return NULL;
    memcpy(c, s, sizeof *c);
    c->parent = NULL;
    c->challenge = NULL;
    for (int id = 0; id < P_COUNT; id++) c->text[id] = NULL;
    if (s->challenge && !(c->challenge = chal_clone(s->challenge))) {
        scn_free(c);
        return NULL;
    }
    for (int id = 0; id < P_COUNT; id++)
        if (s->text[id] && !(c->text[id] = strdup(s->text[id]))) {
            scn_free(c);
            return NULL;
        }
    if (s->parent && !(c->parent = scn_clone(s->parent))) {
        scn_free(c);
        return NULL;
    }
    return c;
}

/* ---- reading ---- */

const pp_path *scn_path(const scn_scenario *s, int id)
{
    if (!s || !valid_id(id) || !is_numeric(id)) return NULL;
    return &s->path[id];
}

const char *scn_text(const scn_scenario *s, int id)
{
    if (!s || !valid_id(id) || is_numeric(id) || !s->text[id]) return "";
    return s->text[id];
}

double scn_value_at(const scn_scenario *s, int id, int year)
{
    return scn_path(s, id) ? scn_key_at(s, id, year) : NAN;
}

pp_interp scn_interp(const scn_scenario *s, int id)
{
    if (!s || !valid_id(id) || P(id)->kind != PK_PATH) return PP_INTERP_STEFFEN;
    return (pp_interp)s->interp[id];
}

int scn_is_set_here(const scn_scenario *s, int id)
{
    return s && valid_id(id) && s->set_here[id];
}

const char *scn_file(const scn_scenario *s) { return s ? s->file : ""; }

const char *scn_parent_file(const scn_scenario *s) { return s && s->parent ? s->parent->file : ""; }

const scn_scenario *scn_parent(const scn_scenario *s) { return s ? s->parent : NULL; }

int scn_first_year(const scn_scenario *s) { return s ? (int)scn_scalar(s, P_YEARS_FIRST) : 0; }

int scn_hist_end_year(const scn_scenario *s) { return s ? (int)scn_scalar(s, P_YEARS_HIST_END) : 0; }

int scn_end_year(const scn_scenario *s) { return s ? (int)scn_scalar(s, P_YEARS_END) : 0; }

int scn_range(const scn_scenario *s, int id, double *lo, double *hi)
{
    if (!s || !valid_id(id) || !s->has_range[id]) return 0;
    if (lo) *lo = s->range_lo[id];
    if (hi) *hi = s->range_hi[id];
    return 1;
}
