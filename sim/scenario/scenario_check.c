/* sim/scenario/scenario_check.c - checks a scenario: each key's path (shape, range) and the cross-key
 * rules (years ordered, shares add up, capacity under its S-curve ceiling). Used by the loader and
 * the editors. Never prints. */
#include "scenario.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "scenario_priv.h"
#include "sim_internal.h"

#define SHARE_SLACK_PCT 0.05 /* published shares are rounded to 0.1 point: tolerate this much */

/* ---- checking one key's path ---- */

/* Shape of a path for its kind: scalars and flags hold one point with year 0; a path holds a
 * constant or strictly increasing years. */
pp_status scn_check_shape(int id, const pp_path *p, pp_error *err)
{
    if (p->n < 1 || p->n > PP_PATH_MAX)
        return pp_error_set(err, PP_ERR_RANGE, POINTS_COUNT, PP_I(PP_PATH_MAX), PP_I(p->n));
    if (P(id)->kind != PK_PATH && (p->n != 1 || p->year[0] != 0))
        return pp_error_set(err, PP_ERR_PARSE, ONE_NUMBER_EXPECTED);
    if (p->n == 1 && p->year[0] == 0) return PP_OK;
    for (int i = 0; i < p->n; i++) {
        if (p->year[i] < 1990 || p->year[i] > 2100)
            return pp_error_set(err, PP_ERR_RANGE, YEAR_OUTSIDE, PP_I(p->year[i]), PP_I(1990), PP_I(2100));
        if (i > 0 && p->year[i] <= p->year[i - 1])
            return pp_error_set(err, PP_ERR_INPUT, YEARS_MUST_INCREASE, PP_I(p->year[i]), PP_I(p->year[i - 1]));
    }
    return PP_OK;
}

/* Every value finite and within the key's range (flags 0 or 1). `text` is the value as written,
 * quoted back in the message (NULL for an edit). */
pp_status scn_check_values(int id, const pp_path *p, const char *text, pp_error *err)
{
    char r[96];
    for (int i = 0; i < p->n; i++) {
        double x = p->value[i];
        if (P(id)->kind == PK_FLAG && x != 0.0 && x != 1.0)
            return pp_error_set(err, PP_ERR_RANGE, VALUE_NOT_FLAG, PP_N(x));
        if (isfinite(x) && x >= P(id)->min && x <= P(id)->max) continue;
        scn_range_text(id, r, sizeof r);
        if (text && !(p->n == 1 && p->year[0] == 0))
            return pp_error_set(err, PP_ERR_RANGE, VALUE_RANGE_IN, PP_N(x), PP_SN(text, 200), PP_S(r));
        if (p->year[i]) return pp_error_set(err, PP_ERR_RANGE, VALUE_RANGE_YEAR, PP_N(x), PP_I(p->year[i]), PP_S(r));
        return pp_error_set(err, PP_ERR_RANGE, VALUE_RANGE, PP_N(x), PP_S(r));
    }
    return PP_OK;
}

/* ---- validation ---- */

/* Every numeric key: shape, range, and whole numbers for keys counted in years. */
static pp_status validate_keys(const scn_scenario *s, pp_error *err)
{
    for (int id = 0; id < P_COUNT; id++) {
        const pp_path *p = &s->path[id];
        pp_status st;
        if (!is_numeric(id)) continue;
        if ((st = scn_check_shape(id, p, err)) == PP_OK) st = scn_check_values(id, p, NULL, err);
        if (st != PP_OK) return scn_err_at_key(err, st, s, id);
        if (p->value[0] != floor(p->value[0]) && !strcmp(P(id)->unit, "year")) {
            pp_error_set(err, PP_ERR_RANGE, NOT_WHOLE_YEAR, PP_N(p->value[0]));
            return scn_err_at_key(err, PP_ERR_RANGE, s, id);
        }
    }
    return PP_OK;
}

/* first_year <= hist_end_year < end_year, price_base_year inside, at most SCN_MAX_YEARS. */
static pp_status validate_years(const scn_scenario *s, pp_error *err)
{
    int f = scn_first_year(s), h = scn_hist_end_year(s), e = scn_end_year(s);
    int pb = (int)scn_scalar(s, P_YEARS_PRICE_BASE);
    if (f > h) {
        pp_error_set(err, PP_ERR_INPUT, HIST_END_BEFORE_FIRST, PP_I(h), PP_I(f));
        return scn_err_at_key(err, PP_ERR_INPUT, s, P_YEARS_HIST_END);
    }
    if (h >= e) {
        pp_error_set(err, PP_ERR_INPUT, END_NOT_AFTER_HIST, PP_I(e), PP_I(h));
        return scn_err_at_key(err, PP_ERR_INPUT, s, P_YEARS_END);
    }
    if (pb < f || pb > e) {
        pp_error_set(err, PP_ERR_INPUT, PRICE_BASE_OUTSIDE, PP_I(pb), PP_I(f), PP_I(e));
        return scn_err_at_key(err, PP_ERR_INPUT, s, P_YEARS_PRICE_BASE);
    }
    if (e - f + 1 > SCN_MAX_YEARS) {
        pp_error_set(err, PP_ERR_INPUT, TOO_MANY_YEARS, PP_I(f), PP_I(e), PP_I(e - f + 1), PP_I(SCN_MAX_YEARS));
        return scn_err_at_key(err, PP_ERR_INPUT, s, P_YEARS_END);
    }
    return PP_OK;
}

/* Which of the keys ids[0..n) an error about all of them is put on: the one set in the most
 * derived file (the last such in the list), so the message points at what the user just wrote. */
static int blame(const scn_scenario *s, const int *ids, int n)
{
    for (const scn_scenario *p = s; p; p = p->parent)
        for (int i = n - 1; i >= 0; i--)
            if (p->set_here[ids[i]]) return ids[i];
    return ids[n - 1];
}

/* The shares ids[0..n) must add up to at most 100 (+ slack) in every simulated year; `rest`
 * names what takes the remainder. */
static pp_status check_share_sum(const scn_scenario *s, const int *ids, int n, pp_msg_id rest,
                                 pp_error *err)
{
    int first = scn_first_year(s), last = scn_end_year(s);
    double at[3][SCN_MAX_YEARS];
    if (n > 3 || last - first + 1 > SCN_MAX_YEARS) return PP_OK; /* validate_years refuses such spans */
    /* one sweep per key (scn_key_at per year dominated every lever move and Monte Carlo draw) */
    for (int i = 0; i < n; i++) scn_fill_years(s, ids[i], first, last, at[i]);
    for (int y = first; y <= last; y++) {
        char names[256] = "", parts[256] = "", v[32];
        size_t un = 0, up = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += at[i][y - first];
        if (sum <= 100.0 + SHARE_SLACK_PCT) continue;
        for (int i = 0; i < n; i++) {
            double x = scn_key_at(s, ids[i], y);
            un += (size_t)snprintf(names + un, sizeof names - un, "%s%s", i ? " + " : "", P(ids[i])->key);
            up += (size_t)snprintf(parts + up, sizeof parts - up, "%s%.6g", i ? " + " : "", x);
        }
        snprintf(v, sizeof v, "%.6g", sum);
        pp_error_setv(err, PP_ERR_INPUT, rest, 4, (const pp_arg[]){PP_I(y), PP_S(names), PP_S(parts), PP_S(v), PP_END_});
        return scn_err_at_key(err, PP_ERR_INPUT, s, blame(s, ids, n));
    }
    return PP_OK;
}

/* The groups of shares that must fit in 100, each with what takes the rest. ids, not names:
 * this runs after every lever move, and name look-ups dominated it. elec_pct is a share of all
 * final energy, gas/oil/heat shares of the non-electric rest (coal takes what they leave of it),
 * so only these three must fit in 100. */
typedef struct {
    int n, id[3];
    pp_msg_id rest; /* the message, which names what takes the rest (4 arguments: year, names, parts, sum) */
} share_group;
static const share_group share_groups[] = {
    {2, {P_ECONOMY_PRIMARY_SHARE, P_ECONOMY_SECONDARY_SHARE}, PPM_SHARES_OVER_100_TERTIARY},
    {2, {P_INDUSTRY_HEAVY_SHARE, P_INDUSTRY_HIGHTECH_SHARE}, PPM_SHARES_OVER_100_OTHER_INDUSTRY},
    {3, {P_AGRI_GAS, P_AGRI_OIL, P_AGRI_HEAT}, PPM_SHARES_OVER_100_COAL},
    {3, {P_HEAVY_GAS, P_HEAVY_OIL, P_HEAVY_HEAT}, PPM_SHARES_OVER_100_COAL},
    {3, {P_OTHERIND_GAS, P_OTHERIND_OIL, P_OTHERIND_HEAT}, PPM_SHARES_OVER_100_COAL},
    {3, {P_HIGHTECH_GAS, P_HIGHTECH_OIL, P_HIGHTECH_HEAT}, PPM_SHARES_OVER_100_COAL},
    {3, {P_SERVICES_GAS, P_SERVICES_OIL, P_SERVICES_HEAT}, PPM_SHARES_OVER_100_COAL},
    {3, {P_TRANSPORT_GAS, P_TRANSPORT_OIL, P_TRANSPORT_HEAT}, PPM_SHARES_OVER_100_COAL},
    {3, {P_HOUSE_GAS, P_HOUSE_OIL, P_HOUSE_HEAT}, PPM_SHARES_OVER_100_COAL},
};
#define N_SHARE_GROUPS (sizeof share_groups / sizeof share_groups[0])

/* Economy, industry and the fuel split of every sector of final demand. */
static pp_status validate_shares(const scn_scenario *s, pp_error *err)
{
    pp_status st;
    for (size_t k = 0; k < N_SHARE_GROUPS; k++)
        if ((st = check_share_sum(s, share_groups[k].id, share_groups[k].n, share_groups[k].rest, err)) != PP_OK)
            return st;
    return PP_OK;
}

static int group_holds(const share_group *g, int id)
{
    for (int i = 0; i < g->n; i++)
        if (g->id[i] == id) return 1;
    return 0;
}

void scn_yearly_shares(struct scn_scenario *s, int changed_id)
{
    for (size_t k = 0; k < N_SHARE_GROUPS; k++) {
        const share_group *g = &share_groups[k];
        if (changed_id >= 0 && !group_holds(g, changed_id)) continue;
        /* from the paths again: the rows may hold last time's scaled values */
        for (int i = 0; i < g->n; i++)
            scn_fill_years(s, g->id[i], SCN_YEAR_MIN, SCN_YEAR_MIN + SCN_MAX_YEARS - 1, s->yearly[g->id[i]]);
        for (int y = 0; y < SCN_MAX_YEARS; y++) {
            double sum = 0, kept = 0;
            for (int i = 0; i < g->n; i++) sum += s->yearly[g->id[i]][y];
            if (!(sum > 100.0)) continue; /* the checker allowed at most SHARE_SLACK_PCT over */
            for (int i = 0; i < g->n - 1; i++) kept += (s->yearly[g->id[i]][y] *= 100.0 / sum);
            /* the last takes exactly what is left, so 100 minus the group is 0, not -1e-14 */
            s->yearly[g->id[g->n - 1]][y] = kept < 100.0 ? 100.0 - kept : 0.0;
        }
    }
}

/* Every capacity target strictly below its S-curve ceiling. */
static pp_status check_below(const scn_scenario *s, int id, int ceiling_id, pp_error *err)
{
    const pp_path *p = &s->path[id];
    double k = scn_scalar(s, ceiling_id);
    for (int i = 0; i < p->n; i++) {
        if (p->value[i] < k) continue;
        /* %g, not the shortest round trip: a scaled path gives 12.799999999999999 */
        if (p->year[i])
            pp_error_set(err, PP_ERR_INPUT, SCURVE_ABOVE_CEILING_YEAR, PP_S(P(id)->key), PP_G(p->value[i]),
                         PP_I(p->year[i]), PP_S(P(ceiling_id)->key), PP_G(k));
        else
            pp_error_set(err, PP_ERR_INPUT, SCURVE_ABOVE_CEILING, PP_S(P(id)->key), PP_G(p->value[i]),
                         PP_S(P(ceiling_id)->key), PP_G(k));
        return scn_err_at_key(err, PP_ERR_INPUT, s, id);
    }
    return PP_OK;
}

/* GDP is given once: gdp_base_bn (>= 10 bn), or gdp_nominal_bn as one YEAR:VALUE point inside
 * the simulated years (issue 16). */
static pp_status validate_gdp(const scn_scenario *s, pp_error *err)
{
    double base = scn_scalar(s, P_ECONOMY_GDP_BASE_BN);
    const pp_path *nom = &s->path[P_ECONOMY_GDP_NOMINAL];
    int given = nom->n > 0 && !(nom->n == 1 && nom->year[0] == 0 && nom->value[0] == 0);
    if (base > 0 && given) {
        pp_error_set(err, PP_ERR_INPUT, GDP_BOTH_GIVEN);
        return scn_err_at_key(err, PP_ERR_INPUT, s, P_ECONOMY_GDP_NOMINAL);
    }
    if (!given && base < 10) {
        if (base > 0) pp_error_set(err, PP_ERR_INPUT, GDP_BASE_TOO_SMALL, PP_G(base));
        else pp_error_set(err, PP_ERR_INPUT, GDP_MISSING);
        return scn_err_at_key(err, PP_ERR_INPUT, s, P_ECONOMY_GDP_BASE_BN);
    }
    if (given && (nom->n != 1 || nom->year[0] < scn_first_year(s) || nom->year[0] > scn_end_year(s)
                  || nom->value[0] < 10)) {
        pp_error_set(err, PP_ERR_INPUT, GDP_NOMINAL_SHAPE);
        return scn_err_at_key(err, PP_ERR_INPUT, s, P_ECONOMY_GDP_NOMINAL);
    }
    return PP_OK;
}

pp_status scn_validate(const scn_scenario *s, pp_error *err)
{
    pp_status st;
    if (!s) return pp_error_set(err, PP_ERR_USAGE, NULL_ARGUMENT, PP_S("scn_validate"));
    if ((st = validate_keys(s, err)) != PP_OK) return st;
    if ((st = validate_years(s, err)) != PP_OK) return st;
    if ((st = validate_gdp(s, err)) != PP_OK) return st;
    if ((st = validate_shares(s, err)) != PP_OK) return st;
    for (int id = 0; id < P_COUNT; id++)
        if (scn_scurve_ceiling(id) >= 0 && (st = check_below(s, id, scn_scurve_ceiling(id), err)) != PP_OK)
            return st;
    for (int i = 0; i < s->path[P_ECONOMY_POPULATION].n; i++)
        if (!(s->path[P_ECONOMY_POPULATION].value[i] > 0)) {
            pp_error_set(err, PP_ERR_RANGE, POPULATION_NOT_POSITIVE);
            return scn_err_at_key(err, PP_ERR_RANGE, s, P_ECONOMY_POPULATION);
        }
    return PP_OK;
}

/* Whether id is one of ids[0..n). */
static int in_list(const int *ids, int n, int id)
{
    for (int i = 0; i < n; i++)
        if (ids[i] == id) return 1;
    return 0;
}

pp_status scn_validate_changed(const scn_scenario *s, int n, const int *ids, pp_error *err)
{
    pp_status st;
    for (int i = 0; i < n; i++) {
        const pp_path *p = &s->path[ids[i]];
        if (!strcmp(P(ids[i])->section, "years") || ids[i] == P_ECONOMY_POPULATION) return scn_validate(s, err);
        if (p->value[0] != floor(p->value[0]) && !strcmp(P(ids[i])->unit, "year")) {
            pp_error_set(err, PP_ERR_RANGE, NOT_WHOLE_YEAR, PP_N(p->value[0]));

            return scn_err_at_key(err, PP_ERR_RANGE, s, ids[i]);
        }
    }
    for (size_t k = 0; k < N_SHARE_GROUPS; k++) {
        const share_group *g = &share_groups[k];
        int touched = 0;
        for (int i = 0; i < g->n; i++) touched |= in_list(ids, n, g->id[i]);
        if (touched && (st = check_share_sum(s, g->id, g->n, g->rest, err)) != PP_OK) return st;
    }
    for (int id = 0; id < P_COUNT; id++) {
        int c = scn_scurve_ceiling(id);
        if (c >= 0 && (in_list(ids, n, id) || in_list(ids, n, c)) && (st = check_below(s, id, c, err)) != PP_OK)
            return st;
    }
    return PP_OK;
}
