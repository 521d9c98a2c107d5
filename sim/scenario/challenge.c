/* sim/scenario/challenge.c - the challenge a loaded scenario is under (its own [challenge] section or
 * the nearest parent's) and its enforcement: locked and levers-only keys unchanged from the
 * challenge file, lever values inside their limits. The section itself is
 * sim/scenario/challenge_section.c. Never prints, keeps no global state. */
#include "challenge.h"

#include <stdio.h>

#include "sim_internal.h"

static const pp_param *P(int id) { return pp_param_get(id); }

/* The scenario in s's inherit chain (s itself first) that holds a [challenge] section. */
static const scn_scenario *holder_of(const scn_scenario *s)
{
    for (const scn_scenario *p = s; p; p = p->parent)
        if (p->challenge) return p;
    return NULL;
}

/* The file and line below the holder (s first) that set id, for blaming a change. */
static void who_set(const scn_scenario *s, const scn_scenario *stop, int id, const char **file, int *line)
{
    *file = s->file;
    *line = 0;
    for (const scn_scenario *p = s; p && p != stop; p = p->parent)
        if (p->set_here[id]) {
            *file = p->file;
            *line = p->line[id];
            return;
        }
}

/* A locked key (or any non-lever key under levers_only) must equal the challenge file's. */
static pp_status check_unchanged(const scn_scenario *s, const scn_scenario *h, int id, pp_error *err)
{
    const char *file;
    int line;
    if (pp_path_equal(&s->path[id], &h->path[id])) return PP_OK;
    who_set(s, h, id, &file, &line);
    chal_fixed_error(h->challenge, id, err);
    pp_error_where(err, file, P(id)->section, P(id)->key, line);
    return PP_ERR_INPUT;
}

pp_status chal_check_scenario(const scn_scenario *s, pp_error *err)
{
    const scn_scenario *h = s ? holder_of(s) : NULL;
    const chal_challenge *c = h ? h->challenge : NULL;
    if (!c) return PP_OK;
    for (int id = 0; id < P_COUNT; id++) {
        const char *file;
        int line;
        pp_status st;
        if (P(id)->kind == PK_TEXT) continue;
        if (h != s && chal_key_fixed(c, id) &&
            (st = check_unchanged(s, h, id, err)) != PP_OK)
            return st;
        if (!chal_outside_limit(c, id, scn_lever_value(s, id))) continue;
        chal_limit_error(c, id, scn_lever_value(s, id), err);
        who_set(s, h, id, &file, &line);
        if (line > 0) pp_error_where(err, file, P(id)->section, P(id)->key, line);
        else chal_limit_where(c, id, err); /* the challenge's own value: blame its limit line */
        if (err) err->code = PP_ERR_INPUT;
        return PP_ERR_INPUT;
    }
    return PP_OK;
}

/* ---- reading ---- */

const chal_challenge *chal_of(const scn_scenario *s)
{
    const scn_scenario *h = s ? holder_of(s) : NULL;
    return h ? h->challenge : NULL;
}

pp_status chal_check_lever(const scn_scenario *s, int id, double v, pp_error *err)
{
    const chal_challenge *c = chal_of(s);
    if (!c || id < 0 || id >= P_COUNT) return PP_OK;
    if (chal_is_locked(c, id)) {
        chal_locked_error(c, err);
        pp_error_where(err, s->file, P(id)->section, P(id)->key, 0);
        return PP_ERR_RANGE;
    }
    if (chal_outside_limit(c, id, v)) {
        chal_limit_error(c, id, v, err);
        pp_error_where(err, s->file, P(id)->section, P(id)->key, 0);
        return PP_ERR_RANGE;
    }
    return PP_OK;
}
