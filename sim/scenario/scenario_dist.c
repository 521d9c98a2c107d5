/* sim/scenario/scenario_dist.c - the uncertainty part of the scenario language beyond
 * `key.range = lo, hi`: how a range's offsets are drawn (`key.dist = uniform | triangular, MODE |
 * normal, MEAN, SD`) and which two keys' draws move together (`key.corr = section.key, RHO`).
 * Parsing, the checks once a file is applied, reading them back and writing them out. The
 * drawing itself is sim/analysis/mc_dist.c. Never prints. */
#include "sim_internal.h"
#include "scenario_priv.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define DIST_FIELDS_MAX 4

static const char *const dist_name[SCN_DIST_COUNT] = {"uniform", "triangular", "normal"};
static const int dist_numbers[SCN_DIST_COUNT] = {0, 1, 2}; /* numbers after the name */

/* Splits text at commas into at most max trimmed fields (in buf); returns the count, or -1 when
 * there are more fields or the text is too long. */
static int split_fields(const char *text, char *buf, size_t size, char **field, int max)
{
    int n = 0;
    char *p;
    if (snprintf(buf, size, "%s", text) >= (int)size) return -1;
    for (p = buf;;) {
        char *comma = strchr(p, ',');
        char *end;
        if (n == max) return -1;
        if (comma) *comma = '\0';
        while (*p == ' ' || *p == '\t') p++;
        end = p + strlen(p);
        while (end > p && (end[-1] == ' ' || end[-1] == '\t')) *--end = '\0';
        field[n++] = p;
        if (!comma) return n;
        p = comma + 1;
    }
}

pp_status scn_apply_dist(scn_scenario *s, int id, const char *text, pp_error *err)
{
    char buf[256], *f[DIST_FIELDS_MAX];
    double x[2] = {0, 0};
    int n = split_fields(text, buf, sizeof buf, f, DIST_FIELDS_MAX), kind = -1;
    for (int k = 0; n > 0 && k < SCN_DIST_COUNT; k++)
        if (!strcasecmp(f[0], dist_name[k])) kind = k;
    if (kind < 0 || n - 1 != dist_numbers[kind])
        return pp_error_set(err, PP_ERR_PARSE, DIST_UNKNOWN, PP_SN(text, 100), PP_S(P(id)->unit));
    for (int k = 1; k < n; k++)
        if (num_parse(f[k], &x[k - 1]) != 0)
            return pp_error_set(err, PP_ERR_PARSE, DIST_NOT_NUMBER, PP_SN(text, 100), PP_SN(f[k], 40), PP_S(P(id)->unit));
    if (kind == SCN_DIST_NORMAL && !(x[1] > 0))
        return pp_error_set(err, PP_ERR_RANGE, DIST_SD_NOT_POSITIVE, PP_SN(text, 100), PP_S(P(id)->unit));
    s->dist[id] = (unsigned char)kind;
    s->dist_a[id] = x[0];
    s->dist_b[id] = x[1];
    return PP_OK;
}

pp_status scn_apply_corr(scn_scenario *s, int id, const char *text, pp_error *err)
{
    char buf[256], *f[DIST_FIELDS_MAX], *dot;
    double rho;
    int n = split_fields(text, buf, sizeof buf, f, DIST_FIELDS_MAX), other = -1;
    if (n == 2 && (dot = strchr(f[0], '.')) != NULL) {
        *dot = '\0';
        other = pp_param_find(f[0], dot + 1);
        *dot = '.';
    }
    if (n != 2 || num_parse(f[1], &rho) != 0)
        return pp_error_set(err, PP_ERR_PARSE, CORR_SHAPE, PP_SN(text, 100));
    if (other < 0 || !is_numeric(other))
        return pp_error_set(err, PP_ERR_PARSE, CORR_NOT_NUMERIC_KEY, PP_SN(text, 100), PP_SN(f[0], 60));
    if (other == id) return pp_error_set(err, PP_ERR_RANGE, CORR_SELF, PP_SN(text, 100));
    if (!(rho > -1 && rho < 1)) return pp_error_set(err, PP_ERR_RANGE, CORR_RHO_RANGE, PP_SN(text, 100));
    s->corr_with[id] = other + 1;
    s->corr_rho[id] = rho;
    return PP_OK;
}

pp_status scn_check_dist(const scn_scenario *s, int id, pp_error *err)
{
    int other = s->corr_with[id] - 1;
    if ((s->dist[id] != SCN_DIST_UNIFORM || other >= 0) && !s->has_range[id])
        return pp_error_set(err, PP_ERR_INPUT, DIST_NO_RANGE, PP_S(P(id)->key));
    if (s->dist[id] != SCN_DIST_UNIFORM && (s->dist_a[id] < s->range_lo[id] || s->dist_a[id] > s->range_hi[id])) {
        pp_arg a[5] = {PP_S(P(id)->key), PP_N(s->dist_a[id]), PP_N(s->range_lo[id]), PP_N(s->range_hi[id]), PP_END_};
        return pp_error_setv(err, PP_ERR_RANGE, s->dist[id] == SCN_DIST_NORMAL ? PPM_DIST_MEAN_OUTSIDE
                             : PPM_DIST_MODE_OUTSIDE, 4, a);
    }
    if (other >= 0 && !s->has_range[other])
        return pp_error_set(err, PP_ERR_INPUT, CORR_OTHER_NO_RANGE, PP_S(P(id)->key), PP_S(P(other)->section),
                            PP_S(P(other)->key));

    return PP_OK;
}

int scn_dist_get(const scn_scenario *s, int id, scn_dist *d)
{
    if (!s || !valid_id(id) || !s->has_range[id]) return 0;
    if (d) *d = (scn_dist){(scn_dist_kind)s->dist[id], s->range_lo[id], s->range_hi[id], s->dist_a[id], s->dist_b[id]};
    return 1;
}

int scn_corr_get(const scn_scenario *s, int id, int *other, double *rho)
{
    if (!s || !valid_id(id) || !s->has_range[id] || s->corr_with[id] == 0) return 0;
    if (other) *other = s->corr_with[id] - 1;
    if (rho) *rho = s->corr_rho[id];
    return 1;
}

const char *scn_dist_text(const scn_scenario *s, int id, char *buf, size_t size)
{
    char a[32], b[32];
    int kind = s->dist[id];
    if (kind == SCN_DIST_UNIFORM) snprintf(buf, size, "%s", "");
    else if (kind == SCN_DIST_TRIANGULAR) snprintf(buf, size, "triangular, %s", num_format(s->dist_a[id], a, sizeof a));
    else
        snprintf(buf, size, "normal, %s, %s", num_format(s->dist_a[id], a, sizeof a),
                 num_format(s->dist_b[id], b, sizeof b));
    return buf;
}

const char *scn_corr_text(const scn_scenario *s, int id, char *buf, size_t size)
{
    char r[32];
    int other = s->corr_with[id] - 1;
    if (other < 0) snprintf(buf, size, "%s", "");
    else snprintf(buf, size, "%s.%s, %s", P(other)->section, P(other)->key, num_format(s->corr_rho[id], r, sizeof r));
    return buf;
}
