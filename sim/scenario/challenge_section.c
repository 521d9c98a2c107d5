/* sim/scenario/challenge_section.c - the [challenge] section of a scenario file as a value: parsing its
 * lines (goals in the target language of sim/scenario/target.h, locked keys, lever limits, briefs),
 * reading it, its messages, and writing it back. Knows no scenario (the loader and
 * sim/scenario/challenge.c apply it). Never prints, keeps no global state. */
#include "challenge_section.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"

#define CHAL_MAX_LINES 48      /* lines one [challenge] section may hold */
#define CHAL_VALUE_MAX CHAL_TEXT_MAX
#define LIMIT_SLACK 1e-9       /* relative slack on limits: lever moves set values exactly */

/* The key names of a [challenge] section, for "unknown key" (the message adds the forms). */
#define CHAL_KEYS "brief_en, brief_zh, goal.METRIC, lock, limit.SECTION.KEY, levers_only"

/* ---- types ---- */

struct chal_challenge {
    char file[PP_ERR_FILE_MAX];
    char brief[2][CHAL_TEXT_MAX];         /* [0] English, [1] Chinese */
    int n_goals;
    seek_target goal[CHAL_MAX_GOALS];
    unsigned char locked[P_COUNT];
    int lock_line;
    unsigned char has_limit[P_COUNT];
    double limit_lo[P_COUNT], limit_hi[P_COUNT];
    int limit_line[P_COUNT];
    int levers_only;
    int n_lines;                          /* the lines as written, for chal_ini_text */
    int line[CHAL_MAX_LINES];
    char key[CHAL_MAX_LINES][PP_ERR_NAME_MAX];
    char value[CHAL_MAX_LINES][CHAL_VALUE_MAX];
};

/* ---- small helpers ---- */

static const pp_param *P(int id) { return pp_param_get(id); }

/* Records a problem with line `line` of the section and returns st. */
static pp_status at_line(pp_error *err, pp_status st, const char *name, const char *key, int line)
{
    pp_error_where(err, name, "challenge", key, line);
    return st;
}

/* Trims blanks at both ends of buf in place; returns the start. */
static char *trim(char *buf)
{
    char *e;
    while (isspace((unsigned char)*buf)) buf++;
    e = buf + strlen(buf);
    while (e > buf && isspace((unsigned char)e[-1])) *--e = '\0';
    return buf;
}

/* Id of "section.key" for a numeric key, or -1 with *near set to why: NEAR_TEXT (a text key),
 * NEAR_NONE (nothing close) or the id of the closest key (for "did you mean"). */
#define NEAR_NONE (-1)
#define NEAR_TEXT (-2)
static int find_numeric(const char *name, int *near)
{
    char sec[PP_ERR_NAME_MAX];
    const char *dot = strchr(name, '.');
    int id = pp_param_find(name, NULL);
    *near = NEAR_NONE;
    if (id >= 0 && P(id)->kind != PK_TEXT) return id;
    if (id >= 0) {
        *near = NEAR_TEXT;
        return -1;
    }
    if (!dot || (size_t)(dot - name) >= sizeof sec) return -1;
    memcpy(sec, name, (size_t)(dot - name));
    sec[dot - name] = '\0';
    *near = pp_param_nearest(sec, dot + 1);
    return -1;
}

/* The message for a lock or limit naming no numeric key: msg[0] unknown, msg[1] a text key,
 * msg[2] unknown with a near miss (arguments: the name, then section and key of the near miss). */
static pp_status not_numeric(pp_error *err, const pp_msg_id msg[3], const char *name, int near)
{
    pp_arg a[4] = {PP_S(name), PP_END_, PP_END_, PP_END_};
    if (near >= 0) {
        a[1] = PP_S(P(near)->section);
        a[2] = PP_S(P(near)->key);
        return pp_error_setv(err, PP_ERR_PARSE, msg[2], 3, a);
    }
    return pp_error_setv(err, PP_ERR_PARSE, msg[near == NEAR_TEXT ? 1 : 0], 1, a);
}

/* ---- one line of the section ---- */

static pp_status add_brief(chal_challenge *c, int zh, const char *value, pp_error *err)
{
    if (strlen(value) >= CHAL_TEXT_MAX)
        return pp_error_set(err, PP_ERR_RANGE, BRIEF_TOO_LONG, PP_I(strlen(value)), PP_I(CHAL_TEXT_MAX - 1));
    snprintf(c->brief[zh], CHAL_TEXT_MAX, "%s", value);
    return PP_OK;
}

/* goal.METRIC = OP VALUE: the target text "METRIC OP VALUE" (sim/scenario/target.h). */
static pp_status add_goal(chal_challenge *c, const char *metric, const char *value, pp_error *err)
{
    char text[PP_ERR_NAME_MAX + CHAL_VALUE_MAX + 4];
    seek_target t;
    pp_status st;
    if (c->n_goals >= CHAL_MAX_GOALS)
        return pp_error_set(err, PP_ERR_RANGE, TOO_MANY_GOALS, PP_I(CHAL_MAX_GOALS));
    snprintf(text, sizeof text, "%s %s", metric, value);
    if ((st = seek_parse_target(text, &t, err)) != PP_OK) return st;
    if (t.year && (t.year < 1990 || t.year > 2100))
        return pp_error_set(err, PP_ERR_RANGE, GOAL_YEAR_OUTSIDE, PP_I(t.year), PP_I(1990), PP_I(2100));
    c->goal[c->n_goals++] = t;
    return PP_OK;
}

/* lock = section.key, section.key, ... */
static pp_status add_locks(chal_challenge *c, const char *value, int line, pp_error *err)
{
    static const pp_msg_id msg[3] = {PPM_LOCK_UNKNOWN_KEY, PPM_LOCK_TEXT_KEY, PPM_LOCK_UNKNOWN_KEY_NEAR};
    char buf[CHAL_VALUE_MAX];
    int n = 0, near;
    snprintf(buf, sizeof buf, "%s", value);
    for (char *tok = strtok(buf, ","); tok; tok = strtok(NULL, ",")) {
        char *name = trim(tok);
        int id = find_numeric(name, &near);
        if (id < 0) return not_numeric(err, msg, name, near);
        c->locked[id] = 1;
        n++;
    }
    if (n == 0) return pp_error_set(err, PP_ERR_PARSE, LOCK_EMPTY);
    c->lock_line = line;
    return PP_OK;
}

/* limit.section.key = lo, hi on a lever, inside the key's range. */
static pp_status add_limit(chal_challenge *c, const char *name, const char *value, int line, pp_error *err)
{
    static const pp_msg_id msg[3] = {PPM_LIMIT_UNKNOWN_KEY, PPM_LIMIT_TEXT_KEY, PPM_LIMIT_UNKNOWN_KEY_NEAR};
    double lo, hi;
    int near, id = find_numeric(name, &near);
    if (id < 0) return not_numeric(err, msg, name, near);
    if (P(id)->group == LG_NONE) return pp_error_set(err, PP_ERR_PARSE, LIMIT_NOT_LEVER, PP_S(name));
    if (num_parse_pair(value, &lo, &hi) != 0)
        return pp_error_set(err, PP_ERR_PARSE, LIMIT_NOT_PAIR, PP_S(value), PP_S(P(id)->unit));
    if (lo > hi || lo < P(id)->min || hi > P(id)->max)
        return pp_error_set(err, PP_ERR_RANGE, LIMIT_OUTSIDE_RANGE, PP_G(lo), PP_G(hi), PP_G(P(id)->min),
                            PP_G(P(id)->max), PP_S(P(id)->unit));
    c->has_limit[id] = 1;
    c->limit_lo[id] = lo;
    c->limit_hi[id] = hi;
    c->limit_line[id] = line;
    return PP_OK;
}

static pp_status add_flag(chal_challenge *c, const char *value, pp_error *err)
{
    double v;
    if (num_parse(value, &v) != 0 || (v != 0 && v != 1))
        return pp_error_set(err, PP_ERR_RANGE, LEVERS_ONLY_FLAG, PP_S(value));
    c->levers_only = (int)v;
    return PP_OK;
}

/* Dispatches a line on its key. */
static pp_status add_parsed(chal_challenge *c, int line, const char *key, const char *value, pp_error *err)
{
    if (!strcmp(key, "brief_en")) return add_brief(c, 0, value, err);
    if (!strcmp(key, "brief_zh")) return add_brief(c, 1, value, err);
    if (!strncmp(key, "goal.", 5)) return add_goal(c, key + 5, value, err);
    if (!strcmp(key, "lock")) return add_locks(c, value, line, err);
    if (!strncmp(key, "limit.", 6)) return add_limit(c, key + 6, value, line, err);
    if (!strcmp(key, "levers_only")) return add_flag(c, value, err);
    return pp_error_set(err, PP_ERR_PARSE, CHALLENGE_UNKNOWN_KEY, PP_S(key), PP_S(CHAL_KEYS));
}

/* ---- loader hooks ---- */

pp_status chal_add_line(chal_challenge **cp, const char *name, int line, const char *key,
                        const char *value, pp_error *err)
{
    chal_challenge *c = *cp;
    pp_status st;
    if (!c) {
        if (!(c = *cp = calloc(1, sizeof *c))) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
        snprintf(c->file, sizeof c->file, "%s", name ? name : "");
    }
    for (int i = 0; i < c->n_lines; i++)
        if (!strcmp(c->key[i], key)) {
            pp_error_set(err, PP_ERR_PARSE, DUPLICATE_KEY, PP_S(key), PP_I(c->line[i]), PP_I(line));
            return at_line(err, PP_ERR_PARSE, name, key, line);
        }
    if (c->n_lines >= CHAL_MAX_LINES) {
        pp_error_set(err, PP_ERR_RANGE, CHALLENGE_TOO_MANY_LINES, PP_I(CHAL_MAX_LINES));
        return at_line(err, PP_ERR_RANGE, name, key, line);
    }
    if (strlen(value) >= CHAL_VALUE_MAX) {
        pp_error_set(err, PP_ERR_RANGE, VALUE_TOO_LONG, PP_I(CHAL_VALUE_MAX - 1));
        return at_line(err, PP_ERR_RANGE, name, key, line);
    }
    if ((st = add_parsed(c, line, key, value, err)) != PP_OK) return at_line(err, st, name, key, line);
    c->line[c->n_lines] = line;
    snprintf(c->key[c->n_lines], PP_ERR_NAME_MAX, "%s", key);
    snprintf(c->value[c->n_lines++], CHAL_VALUE_MAX, "%s", value);
    return PP_OK;
}

pp_status chal_finish(const chal_challenge *c, pp_error *err)
{
    if (!c || c->n_goals > 0) return PP_OK;
    pp_error_set(err, PP_ERR_INPUT, CHALLENGE_NO_GOAL);
    return at_line(err, PP_ERR_INPUT, c->file, NULL, c->n_lines ? c->line[0] : 0);
}

/* ---- messages for the checks of sim/scenario/challenge.c ---- */

pp_status chal_fixed_error(const chal_challenge *c, int id, pp_error *err)
{
    if (c->locked[id] && c->file[0])
        return pp_error_set(err, PP_ERR_INPUT, KEY_LOCKED_IN_FILE, PP_K(id), PP_S(c->file), PP_I(c->lock_line));
    if (c->locked[id]) return pp_error_set(err, PP_ERR_INPUT, KEY_LOCKED_BY_PARENT, PP_K(id), PP_I(c->lock_line));
    if (c->file[0]) return pp_error_set(err, PP_ERR_INPUT, LEVERS_ONLY_IN_FILE, PP_S(c->file), PP_K(id));
    return pp_error_set(err, PP_ERR_INPUT, LEVERS_ONLY_BY_PARENT, PP_K(id));
}

pp_status chal_locked_error(const chal_challenge *c, pp_error *err)
{
    if (c->file[0]) return pp_error_set(err, PP_ERR_RANGE, LEVER_LOCKED_IN_FILE, PP_S(c->file));
    return pp_error_set(err, PP_ERR_RANGE, LEVER_LOCKED_BY_PARENT);
}

int chal_key_fixed(const chal_challenge *c, int id)
{
    return c && id >= 0 && id < P_COUNT && (c->locked[id] || (c->levers_only && P(id)->group == LG_NONE));
}

/* "lever value 25 GW is outside the challenge's limit 0..20 GW (limit.power.solar_gw, FILE line N)" */
pp_status chal_limit_error(const chal_challenge *c, int id, double v, pp_error *err)
{
    if (!c->file[0])
        return pp_error_set(err, PP_ERR_RANGE, LEVER_OUTSIDE_LIMIT_NOFILE, PP_G(v), PP_S(P(id)->unit), PP_G(c->limit_lo[id]),
                            PP_G(c->limit_hi[id]), PP_S(P(id)->section), PP_S(P(id)->key), PP_I(c->limit_line[id]));
    return pp_error_set(err, PP_ERR_RANGE, LEVER_OUTSIDE_LIMIT, PP_G(v), PP_S(P(id)->unit), PP_G(c->limit_lo[id]),
                        PP_G(c->limit_hi[id]), PP_S(P(id)->section), PP_S(P(id)->key), PP_S(c->file),
                        PP_I(c->limit_line[id]));

}

int chal_outside_limit(const chal_challenge *c, int id, double v)
{
    double slack = LIMIT_SLACK * fmax(1.0, fmax(fabs(c->limit_lo[id]), fabs(c->limit_hi[id])));
    return c->has_limit[id] && (v < c->limit_lo[id] - slack || v > c->limit_hi[id] + slack);
}

/* Points err at the limit.section.key line of the challenge file. */
void chal_limit_where(const chal_challenge *c, int id, pp_error *err)
{
    char key[PP_ERR_NAME_MAX];
    snprintf(key, sizeof key, "limit.%s.%s", P(id)->section, P(id)->key);
    pp_error_where(err, c->file, "challenge", key, c->limit_line[id]);
}

/* Appends src to the text (growing it); returns 0, or -1 when out of memory. */
static int append(char **text, size_t *len, size_t *cap, const char *src)
{
    size_t n = strlen(src);
    if (*len + n + 1 > *cap) {
        size_t nc = (*cap + n + 1) * 2;
        char *t = realloc(*text, nc);
        if (!t) return -1;
        *text = t;
        *cap = nc;
    }
    memcpy(*text + *len, src, n + 1);
    *len += n;
    return 0;
}

char *chal_ini_text(const chal_challenge *c)
{
    size_t len = 0, cap = 1024;
    char *text = malloc(cap);
    int bad = 0;
    if (!text) return NULL;
    text[0] = '\0';
    if (!c) return text;
    bad |= append(&text, &len, &cap, "\n[challenge]\n");
    for (int i = 0; i < c->n_lines && !bad; i++) {
        char esc[2 * CHAL_VALUE_MAX + 4], *o = esc;
        *o++ = '"';
        for (const char *v = c->value[i]; *v; v++) {
            if (*v == '"' || *v == '\\') *o++ = '\\';
            *o++ = *v;
        }
        *o++ = '"';
        *o = '\0';
        bad |= append(&text, &len, &cap, c->key[i]) | append(&text, &len, &cap, " = ") |
               append(&text, &len, &cap, esc) | append(&text, &len, &cap, "\n");
    }
    if (bad) {
        free(text);
        return NULL;
    }
    return text;
}

chal_challenge *chal_clone(const chal_challenge *c)
{
    chal_challenge *d;
    if (!c || !(d = malloc(sizeof *d))) return NULL;
    memcpy(d, c, sizeof *d);
    return d;
}

void chal_free(chal_challenge *c) { free(c); }

/* ---- reading ---- */

const char *chal_file(const chal_challenge *c) { return c ? c->file : ""; }

const char *chal_brief(const chal_challenge *c, int zh)
{
    if (!c) return "";
    zh = zh ? 1 : 0;
    return c->brief[zh][0] ? c->brief[zh] : c->brief[!zh];
}

int chal_n_goals(const chal_challenge *c) { return c ? c->n_goals : 0; }

const seek_target *chal_goal(const chal_challenge *c, int i)
{
    return (c && i >= 0 && i < c->n_goals) ? &c->goal[i] : NULL;
}

int chal_is_locked(const chal_challenge *c, int id)
{
    return c && id >= 0 && id < P_COUNT && c->locked[id];
}

int chal_limit(const chal_challenge *c, int id, double *lo, double *hi)
{
    if (!c || id < 0 || id >= P_COUNT || !c->has_limit[id]) return 0;
    if (lo) *lo = c->limit_lo[id];
    if (hi) *hi = c->limit_hi[id];
    return 1;
}

int chal_levers_only(const chal_challenge *c) { return c ? c->levers_only : 0; }

