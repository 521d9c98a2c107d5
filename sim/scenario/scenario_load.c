/* sim/scenario/scenario_load.c - loads a scenario (INI file plus its inherit parents) against the schema in
 * sim/scenario/params_list.h: scans the text, applies each key, fills defaults, then checks (scenario_check.c).
 * Reading scenario files is the engine's only I/O. Never prints, keeps no global state. */
#include "scenario.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "challenge.h"
#include "scenario_priv.h"
#include "sim_internal.h"

/* One parser, not one and a half: the line scanner (scn_ini_scan in scenario_parse.c) owns the
 * parsing, and this file keeps each key's value as the scanner gave it, by schema id. There is no
 * iniparser dictionary. Debian's iniparser is 4.1 (libiniparser-dev 4.1-6): it parses only a
 * named file (no buffer or FILE* entry point, so a string or a TUI edit would need a temporary
 * file), keeps no line numbers (every message must name the line), keeps only the last of two
 * duplicate keys without a word, cuts lines at 1024 bytes, and reports syntax errors through a
 * process-global callback without a context pointer (capturing them would need global state,
 * which the engine has none of). Letting iniparser parse and the scanner only locate lines for
 * messages would mean parsing every file twice with two grammars that can disagree; and once
 * the scanner has checked every line, the dictionary was only a string map the schema ids do
 * better (no "section:key" strings built and hashed per look-up). docs/scenario-format.md says
 * the same for users. */

#define SCN_INHERIT_MAX 16  /* deepest inherit chain: a file, its parent ... 16 levels up */

/* ---- types ---- */

/* The files being loaded, innermost last, to catch inherit loops and name the chain. */
typedef struct {
    int n;
    int has_id[SCN_INHERIT_MAX + 2];
    dev_t dev[SCN_INHERIT_MAX + 2];
    ino_t ino[SCN_INHERIT_MAX + 2];
    char name[SCN_INHERIT_MAX + 2][PP_ERR_FILE_MAX];
    const scn_load_policy *pol; /* where files may be read (NULL: anywhere) */
} load_chain;

/* What a key line sets: the value, `key.range`, `key.interp`, `key.dist` or `key.corr` (the
 * per-key suffixes; .dist and .corr: scenario_dist.c). */
typedef enum { KP_VALUE, KP_RANGE, KP_INTERP, KP_DIST, KP_CORR, KP_COUNT } key_part;
static const char *const part_suffix[KP_COUNT] = {"", ".range", ".interp", ".dist", ".corr"};

/* One key line of the file, in file order, with its value (malloc'd). */
typedef struct {
    int id;
    key_part part;
    char *value;
} key_ref;

/* What the scan of one file leaves behind. */
typedef struct {
    const char *name;                   /* file name for messages */
    int line[KP_COUNT][P_COUNT];        /* line setting each part of each key (0: not set) */
    key_ref order[KP_COUNT * P_COUNT];  /* the key lines in file order (each at most once) */
    int n_order;
    char section[PP_ERR_NAME_MAX];      /* current section and whether the schema knows it */
    int section_line, section_known, section_keys;
    chal_challenge *chal;               /* the file's [challenge] section (sim/scenario/challenge.c), or NULL */
} ini_scan;

/* ---- scanning a file ---- */

/* Known section names, for a message when no near miss can be suggested. */
static void list_sections(char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < P_COUNT && used < size; i++) {
        int seen = 0;
        for (int j = 0; j < i; j++) seen |= !strcmp(P(j)->section, P(i)->section);
        if (!seen) used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? ", " : "", P(i)->section);
    }
}

static pp_status unknown_section(ini_scan *sc, const char *key, pp_error *err)
{
    int near = key ? pp_param_nearest(sc->section, key) : -1;
    char known[512];
    if (near >= 0)
        pp_error_set(err, PP_ERR_PARSE, UNKNOWN_SECTION_NEAR, PP_S(sc->section), PP_S(P(near)->section));
    else {
        list_sections(known, sizeof known);
        pp_error_set(err, PP_ERR_PARSE, UNKNOWN_SECTION, PP_S(sc->section), PP_S(known));
    }
    pp_error_where(err, sc->name, sc->section, NULL, sc->section_line);
    return PP_ERR_PARSE;
}

static pp_status unknown_key(ini_scan *sc, const char *key, int line, pp_error *err)
{
    int near = pp_param_nearest(sc->section, key);
    if (near >= 0)
        pp_error_set(err, PP_ERR_PARSE, UNKNOWN_KEY_NEAR, PP_S(key), PP_S(P(near)->section), PP_S(P(near)->key));
    else
        pp_error_set(err, PP_ERR_PARSE, UNKNOWN_KEY, PP_S(key), PP_S(sc->section));
    pp_error_where(err, sc->name, sc->section, key, line);
    return PP_ERR_PARSE;
}

/* Id of `key`, `key.range` or `key.interp` in the current section; *part tells which. */
static int find_key(const ini_scan *sc, const char *key, key_part *part)
{
    char base[PP_ERR_NAME_MAX];
    size_t n = strlen(key);
    for (int k = KP_COUNT - 1; k > KP_VALUE; k--) {
        size_t sn = strlen(part_suffix[k]);
        if (n <= sn || strcmp(key + n - sn, part_suffix[k])) continue;
        *part = (key_part)k;
        memcpy(base, key, n - sn);
        base[n - sn] = '\0';
        return pp_param_find(sc->section, base);
    }
    *part = KP_VALUE;
    return pp_param_find(sc->section, key);
}

/* A suffix the key's kind cannot take: .range only on numbers, .interp only on paths. */
static pp_status bad_suffix(const ini_scan *sc, int id, key_part part, const char *key, int line,
                            pp_error *err)
{
    /* what the key is, for "only a number or a path can ...": text, a 0/1 flag or one number */
    int k = P(id)->kind == PK_TEXT ? 0 : P(id)->kind == PK_FLAG ? 1 : 2;
    static const pp_msg_id no_range[3] = {PPM_NO_RANGE_TEXT, PPM_NO_RANGE_FLAG, PPM_NO_RANGE_NUMBER};
    static const pp_msg_id no_interp[3] = {PPM_NO_INTERP_TEXT, PPM_NO_INTERP_FLAG, PPM_NO_INTERP_NUMBER};
    pp_arg a[2] = {PP_S(P(id)->key), PP_END_};
    if (part != KP_INTERP)
        pp_error_setv(err, PP_ERR_PARSE, no_range[k], 1, a);
    else if (scn_scurve_ceiling(id) >= 0)
        pp_error_set(err, PP_ERR_PARSE, SCURVE_NO_INTERP, PP_S(P(id)->key), PP_S(P(scn_scurve_ceiling(id))->key),
                     PP_S(key));
    else
        pp_error_setv(err, PP_ERR_PARSE, no_interp[k], 1, a);
    pp_error_where(err, sc->name, sc->section, key, line);
    return PP_ERR_PARSE;
}

static int suffix_fits(int id, key_part part)
{
    if (part == KP_RANGE || part == KP_DIST || part == KP_CORR) return P(id)->kind == PK_SCALAR || P(id)->kind == PK_PATH;
    if (part == KP_INTERP) return P(id)->kind == PK_PATH && scn_scurve_ceiling(id) < 0;
    return 1;
}

/* Checks a key line (known, not a duplicate, a suffix its kind takes) and stores it. */
static pp_status scan_key(ini_scan *sc, int line, const char *key, const char *value, pp_error *err)
{
    key_part part;
    int id = find_key(sc, key, &part), *first;
    key_ref *ref;
    if (id < 0) return unknown_key(sc, key, line, err);
    if (!suffix_fits(id, part)) return bad_suffix(sc, id, part, key, line, err);
    first = &sc->line[part][id];
    if (*first) {
        pp_error_set(err, PP_ERR_PARSE, DUPLICATE_KEY, PP_S(key), PP_I(*first), PP_I(line));
        pp_error_where(err, sc->name, sc->section, key, line);
        return PP_ERR_PARSE;
    }
    ref = &sc->order[sc->n_order];
    if (!(ref->value = strdup(value))) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    *first = line;
    ref->id = id;
    ref->part = part;
    sc->n_order++;
    return PP_OK;
}

/* scn_ini_visit: a section header or a key line. */
static pp_status scan_visit(void *ctx, int line, const char *section, const char *key,
                            const char *value, pp_error *err)
{
    ini_scan *sc = ctx;
    if (!key) {
        if (sc->section_line && !sc->section_known && !sc->section_keys)
            return unknown_section(sc, NULL, err);
        snprintf(sc->section, sizeof sc->section, "%s", section);
        sc->section_line = line;
        sc->section_known = pp_section_known(section) || !strcmp(section, "challenge");
        sc->section_keys = 0;
        return PP_OK;
    }
    sc->section_keys++;
    if (!sc->section_known) return unknown_section(sc, key, err);
    if (!strcmp(sc->section, "challenge")) return chal_add_line(&sc->chal, sc->name, line, key, value, err);
    return scan_key(sc, line, key, value, err);
}

/* Scans text into sc (the values are malloc'd here; scan_free frees them even on failure). */
static pp_status scan_text(const char *text, size_t len, const char *name, ini_scan *sc, pp_error *err)
{
    pp_status st;
    memset(sc, 0, sizeof *sc);
    sc->name = name;
    st = scn_ini_scan(text, len, name, scan_visit, sc, err);
    if (st == PP_OK && sc->section_line && !sc->section_known) st = unknown_section(sc, NULL, err);
    return st;
}

static void scan_free(ini_scan *sc)
{
    if (!sc) return;
    for (int i = 0; i < sc->n_order; i++) free(sc->order[i].value);
    chal_free(sc->chal);
    free(sc);
}

/* The value of a key's part as written, or NULL when the file does not set it. */
static const char *scan_value(const ini_scan *sc, int id, key_part part)
{
    for (int i = 0; i < sc->n_order; i++)
        if (sc->order[i].id == id && sc->order[i].part == part) return sc->order[i].value;
    return NULL;
}

/* ---- applying values ---- */

/* `key.range = lo, hi`: two numbers with lo <= 0 <= hi; `0, 0` takes the key's uncertainty
 * (and its .dist and .corr) away, e.g. an inherited one. */
static pp_status apply_range(scn_scenario *s, int id, const char *text, pp_error *err)
{
    double lo, hi;
    if (num_parse_pair(text, &lo, &hi) != 0)
        return pp_error_set(err, PP_ERR_PARSE, RANGE_NOT_PAIR, PP_SN(text, 100), PP_S(P(id)->unit));
    if (lo > 0 || hi < 0)
        return pp_error_set(err, PP_ERR_RANGE, RANGE_NOT_AROUND_ZERO, PP_SN(text, 100), PP_S(P(id)->unit));
    s->has_range[id] = !(lo == 0 && hi == 0); /* `0, 0` removes an inherited range */
    if (!s->has_range[id]) s->dist[id] = 0, s->corr_with[id] = 0;
    s->range_lo[id] = lo;
    s->range_hi[id] = hi;
    return PP_OK;
}

static pp_status apply_number(scn_scenario *s, int id, const char *text, pp_error *err)
{
    pp_path p;
    pp_status st;
    if (P(id)->kind != PK_PATH && strchr(text, ':'))
        return pp_error_set(err, PP_ERR_PARSE, ONE_NUMBER_NOT_POINTS, PP_SN(text, 100), PP_S(P(id)->unit));
    if ((st = pp_path_parse(text, &p, err)) != PP_OK) return st;
    if ((st = scn_check_values(id, &p, text, err)) != PP_OK) return st;
    s->path[id] = p;
    return PP_OK;
}

static pp_status apply_text(scn_scenario *s, int id, const char *text, pp_error *err)
{
    char *copy = strdup(text);
    if (!copy) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    free(s->text[id]);
    s->text[id] = copy;
    return PP_OK;
}

/* `key.interp = steffen | linear` (any case). */
static pp_status apply_interp(scn_scenario *s, int id, const char *text, pp_error *err)
{
    if (!strcasecmp(text, "steffen")) s->interp[id] = PP_INTERP_STEFFEN;
    else if (!strcasecmp(text, "linear")) s->interp[id] = PP_INTERP_LINEAR;
    else
        return pp_error_set(err, PP_ERR_PARSE, INTERP_UNKNOWN, PP_SN(text, 100));
    return PP_OK;
}

static pp_status apply_one(scn_scenario *s, int id, key_part part, const char *v, pp_error *err)
{
    if (part == KP_RANGE) return apply_range(s, id, v, err);
    if (part == KP_INTERP) return apply_interp(s, id, v, err);
    if (part == KP_DIST) return scn_apply_dist(s, id, v, err);
    if (part == KP_CORR) return scn_apply_corr(s, id, v, err);
    if (P(id)->kind == PK_TEXT) return apply_text(s, id, v, err);
    return apply_number(s, id, v, err);
}

/* Every key with a .range, .dist or .corr line in this file: its draws make sense as a whole
 * (a range, the mode inside it, a partner with a range); an error points at the first line. */
static pp_status check_dists(const scn_scenario *s, const ini_scan *sc, pp_error *err)
{
    for (int id = 0; id < P_COUNT; id++) {
        int part = sc->line[KP_DIST][id] ? KP_DIST : sc->line[KP_CORR][id] ? KP_CORR : KP_RANGE;
        pp_status st = sc->line[part][id] ? scn_check_dist(s, id, err) : PP_OK;
        if (st != PP_OK) {
            pp_error_where(err, sc->name, P(id)->section, NULL, sc->line[part][id]);
            if (err) snprintf(err->key, sizeof err->key, "%s%s", P(id)->key, part_suffix[part]);
            return st;
        }
    }
    return PP_OK;
}

/* Applies every key line of the file, in file order, over what s holds already. */
static pp_status apply_all(scn_scenario *s, const ini_scan *sc, pp_error *err)
{
    for (int i = 0; i < sc->n_order; i++) {
        int id = sc->order[i].id;
        key_part part = sc->order[i].part;
        pp_status st = apply_one(s, id, part, sc->order[i].value, err);
        if (st != PP_OK) {
            pp_error_where(err, sc->name, P(id)->section, NULL, sc->line[part][id]);
            if (err) snprintf(err->key, sizeof err->key, "%s%s", P(id)->key, part_suffix[part]);
            return st;
        }
        if (part == KP_VALUE) {
            s->set_here[id] = 1;
            s->line[id] = sc->line[KP_VALUE][id];
        }
    }
    return check_dists(s, sc, err);
}

/* ---- inheritance ---- */

static pp_status load_file(const char *file, load_chain *chain, scn_scenario **out, pp_error *err);

/* "a.ini -> b.ini -> c.ini" from the chain plus `last`. */
static void chain_text(const load_chain *chain, const char *last, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int i = 0; i < chain->n && used < size; i++)
        used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? " -> " : "", chain->name[i]);
    if (used < size) snprintf(buf + used, size - used, "%s%s", used ? " -> " : "", last);
}

/* Parent path: `inherit` resolved next to the file naming it (dir may be "" or NULL). */
static pp_status resolve(const char *dir, const char *inherit, char *buf, size_t size, pp_error *err)
{
    size_t dl = dir ? strlen(dir) : 0;
    int n;
    if (inherit[0] == '/' || dl == 0) n = snprintf(buf, size, "%s", inherit);
    else n = snprintf(buf, size, "%s%s%s", dir, dir[dl - 1] == '/' ? "" : "/", inherit);
    if (n < 0 || (size_t)n >= size)
        return pp_error_set(err, PP_ERR_IO, PARENT_PATH_TOO_LONG, PP_SN(inherit, 100));
    return PP_OK;
}

/* Copies what the parent holds into a fresh child: paths, ranges and texts except inherit. */
static pp_status inherit_from(scn_scenario *s, const scn_scenario *parent, pp_error *err)
{
    for (int id = 0; id < P_COUNT; id++) {
        s->path[id] = parent->path[id];
        s->has_range[id] = parent->has_range[id];
        s->range_lo[id] = parent->range_lo[id];
        s->range_hi[id] = parent->range_hi[id];
        s->dist[id] = parent->dist[id];
        s->dist_a[id] = parent->dist_a[id];
        s->dist_b[id] = parent->dist_b[id];
        s->corr_with[id] = parent->corr_with[id];
        s->corr_rho[id] = parent->corr_rho[id];
        s->interp[id] = parent->interp[id];
        if (id != P_SCENARIO_INHERIT && parent->text[id] && apply_text(s, id, parent->text[id], err))
            return PP_ERR_NOMEM;
    }
    return PP_OK;
}

/* Loads the parent named by `[scenario] inherit` (when there is one) into s. */
static pp_status load_parent(scn_scenario *s, const ini_scan *sc, const char *dir, load_chain *chain,
                             pp_error *err)
{
    const char *inherit = scan_value(sc, P_SCENARIO_INHERIT, KP_VALUE);
    char path[PP_ERR_FILE_MAX];
    pp_status st;
    if (!inherit || !inherit[0]) return PP_OK;
    if ((st = resolve(dir, inherit, path, sizeof path, err)) != PP_OK)
        return scn_err_at(err, st, sc->name, P_SCENARIO_INHERIT, sc->line[KP_VALUE][P_SCENARIO_INHERIT]);
    st = load_file(path, chain, &s->parent, err);
    if (st != PP_OK) {
        if (err && !err->file[0]) {
            /* missing parent, loop or too deep: point at the inherit line that asked for it */
            scn_err_at(err, st, sc->name, P_SCENARIO_INHERIT, sc->line[KP_VALUE][P_SCENARIO_INHERIT]);
        } else if (err && strcmp(err->file, sc->name)) {
            pp_error_context(err, INHERITED_BY, PP_S(sc->name));
        }
        return st;
    }
    return inherit_from(s, s->parent, err);
}

/* ---- loading ---- */

/* Takes over the file's [challenge] section (refused when a parent already sets one: a
 * participant's file cannot replace the facilitator's challenge), then checks s against the
 * challenge it is under (locked keys, lever limits; sim/scenario/challenge.c). */
static pp_status attach_challenge(scn_scenario *s, ini_scan *sc, pp_error *err)
{
    const chal_challenge *up = chal_of(s->parent);
    pp_status st;
    if (sc->chal && up) {
        pp_error_set(err, PP_ERR_INPUT, CHALLENGE_INHERITED, PP_S(chal_file(up)));
        pp_error_where(err, sc->name, "challenge", NULL, 0);
        return PP_ERR_INPUT;
    }
    if ((st = chal_finish(sc->chal, err)) != PP_OK) return st;
    s->challenge = sc->chal;
    sc->chal = NULL;
    st = chal_check_scenario(s, err);
    if (st != PP_OK && err && !err->file[0]) snprintf(err->file, sizeof err->file, "%s", sc->name);
    return st;
}

/* Scans, inherits, applies, defaults and validates one text; *out is NULL on failure. */
static pp_status load_text(const char *text, size_t len, const char *name, const char *dir,
                           const char *file, load_chain *chain, scn_scenario **out, pp_error *err)
{
    ini_scan *sc = calloc(1, sizeof *sc);
    scn_scenario *s = calloc(1, sizeof *s);
    pp_status st = (sc && s) ? PP_OK : pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    *out = NULL;
    if (st == PP_OK) st = scan_text(text, len, name, sc, err);
    if (st == PP_OK) {
        snprintf(s->file, sizeof s->file, "%s", file);
        st = load_parent(s, sc, dir, chain, err);
    }
    if (st == PP_OK) st = apply_all(s, sc, err);
    if (st == PP_OK && s->parent) st = scn_keep_history(s, err);
    if (st == PP_OK && !s->parent) st = scn_fill_defaults(s, name, err);
    if (st == PP_OK) st = scn_check_texts(s, name, err);
    if (st == PP_OK) st = scn_slopes_update_all(s, err);
    if (st == PP_OK && (st = scn_validate(s, err)) != PP_OK && err && !err->file[0])
        pp_error_where(err, name, NULL, NULL, 0);
    if (st == PP_OK) st = attach_challenge(s, sc, err);
    scan_free(sc);
    if (st != PP_OK) {
        scn_free(s);
        return st;
    }
    *out = s;
    return PP_OK;
}

/* The message for a file that could not be opened: err holds the reason alone; the chain says
 * who asked for it (the caller then points at the inherit line). */
static void open_failed(const load_chain *chain, const char *file, pp_error *err)
{
    char names[PP_MSG_TEXT_MAX - PP_ERR_FILE_MAX];
    if (chain->n == 0) {
        pp_error_wrap(err, PP_ERR_IO, CANNOT_READ_SCENARIO);
        return;
    }
    chain_text(chain, file, names, sizeof names);
    pp_error_wrap(err, PP_ERR_IO, CANNOT_READ_PARENT, PP_S(file), PP_S(names));
}

/* Adds the opened file (sb from its descriptor) to the chain, refusing loops and chains deeper
 * than SCN_INHERIT_MAX. */
static pp_status chain_push(load_chain *chain, const char *file, const struct stat *sb, pp_error *err)
{
    char names[PP_MSG_TEXT_MAX - 16];
    for (int i = 0; i < chain->n; i++)
        if (chain->has_id[i] && chain->dev[i] == sb->st_dev && chain->ino[i] == sb->st_ino) {
            chain_text(chain, file, names, sizeof names);
            return pp_error_set(err, PP_ERR_INPUT, INHERIT_LOOP, PP_S(names));
        }
    if (chain->n > SCN_INHERIT_MAX) {
        chain_text(chain, file, names, sizeof names);
        return pp_error_set(err, PP_ERR_INPUT, INHERIT_TOO_DEEP, PP_I(SCN_INHERIT_MAX), PP_S(names));
    }
    chain->has_id[chain->n] = 1;
    chain->dev[chain->n] = sb->st_dev;
    chain->ino[chain->n] = sb->st_ino;
    snprintf(chain->name[chain->n++], PP_ERR_FILE_MAX, "%s", file);
    return PP_OK;
}

/* The directory part of file ("" when it has none). */
static void dir_of(const char *file, char *dir, size_t size)
{
    const char *slash = strrchr(file, '/');
    size_t n = slash ? (size_t)(slash - file) + 1 : 0;
    if (n >= size) n = 0;
    memcpy(dir, file, n);
    dir[n] = '\0';
}

static pp_status load_file(const char *file, load_chain *chain, scn_scenario **out, pp_error *err)
{
    char dir[PP_ERR_FILE_MAX], *text;
    size_t len = 0;
    struct stat sb;
    pp_status st;
    int opened;
    *out = NULL;
    if ((st = scn_open_read(file, chain->pol, chain->n > 0, &text, &len, &sb, &opened, err)) != PP_OK) {
        if (!opened && err) open_failed(chain, file, err); /* located by the caller */
        else scn_err_at(err, st, file, -1, 0);
        return st;
    }
    if ((st = chain_push(chain, file, &sb, err)) != PP_OK) { /* located by the caller */
        free(text);
        return st;
    }
    dir_of(file, dir, sizeof dir);
    st = load_text(text, len, file, dir, file, chain, out, err);
    free(text);
    chain->n--;
    return st;
}

pp_status scn_load(const char *file, scn_scenario **out, pp_error *err)
{
    return scn_load_with(file, NULL, out, err);
}

pp_status scn_load_with(const char *file, const scn_load_policy *pol, scn_scenario **out, pp_error *err)
{
    load_chain *chain;
    pp_status st;
    if (out) *out = NULL;
    if (!file || !out) return pp_error_set(err, PP_ERR_USAGE, NULL_ARGUMENT, PP_S("scn_load"));
    if (strlen(file) >= PP_ERR_FILE_MAX)
        return pp_error_set(err, PP_ERR_IO, FILE_NAME_TOO_LONG, PP_I(PP_ERR_FILE_MAX - 1));
    chain = calloc(1, sizeof *chain);
    if (!chain) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    chain->pol = pol;
    st = load_file(file, chain, out, err);
    if (st != PP_OK && err && !err->file[0]) pp_error_where(err, file, NULL, NULL, 0);
    free(chain);
    return st;
}

pp_status scn_load_string(const char *text, const char *name, const char *dir, scn_scenario **out,
                          pp_error *err)
{
    load_chain *chain;
    pp_status st;
    if (out) *out = NULL;
    if (!text || !out) return pp_error_set(err, PP_ERR_USAGE, NULL_ARGUMENT, PP_S("scn_load_string"));
    if (!name) name = "<string>";
    chain = calloc(1, sizeof *chain);
    if (!chain) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);

    snprintf(chain->name[chain->n++], PP_ERR_FILE_MAX, "%s", name);
    st = load_text(text, strlen(text), name, dir, "", chain, out, err);
    free(chain);
    return st;
}
