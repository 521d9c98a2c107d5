/* sim/scenario/scenario.c - loads a scenario (INI file plus its inherit parents) against the schema in
 * sim/scenario/params_list.h, checks every value and the cross-key rules, and edits it (paths, levers).
 * Reading scenario files is the engine's only I/O. Never prints, keeps no global state. */
#include "scenario.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* iniparser 4.1 installs its header in /usr/include on most systems, in iniparser/ on Debian. */
#if defined(__has_include)
#if __has_include(<iniparser.h>)
#include <iniparser.h>
#else
#include <iniparser/iniparser.h>
#endif
#else
#include <iniparser/iniparser.h>
#endif

#include "challenge.h"
#include "scenario_priv.h"
#include "sim_internal.h"

/* How the text becomes a dictionary. iniparser 4.1 can parse only a named file (no buffer or
 * FILE* entry point), keeps no line numbers, keeps only the last of two duplicate keys and
 * reports syntax errors through a process-global callback that has no context pointer (so
 * capturing them would need global state). So the text is scanned here once, line by line
 * (scn_ini_scan: line numbers, duplicates, BOM, CRLF, binary junk), and the entries go into an
 * iniparser dictionary, from which the values are read. iniparser_load is never called, so the
 * global error callback is never involved, and a file and a string go through the same code. */

#define SCN_INHERIT_MAX 16  /* deepest inherit chain: a file, its parent ... 16 levels up */
#define SHARE_SLACK_PCT 0.05 /* published shares are rounded to 0.1 point: tolerate this much */

/* ---- types ---- */

/* The files being loaded, innermost last, to catch inherit loops and name the chain. */
typedef struct {
    int n;
    int has_id[SCN_INHERIT_MAX + 2];
    dev_t dev[SCN_INHERIT_MAX + 2];
    ino_t ino[SCN_INHERIT_MAX + 2];
    char name[SCN_INHERIT_MAX + 2][PP_ERR_FILE_MAX];
} load_chain;

/* One key line of the file, in file order (the value itself is in the dictionary). */
typedef struct {
    int id;
    int is_range;
} key_ref;

/* What the scan of one file leaves behind. */
typedef struct {
    const char *name;                   /* file name for messages */
    dictionary *dict;                   /* "section" and "section:key" -> value */
    int key_line[P_COUNT], range_line[P_COUNT];
    key_ref order[2 * P_COUNT];
    int n_order;
    char section[PP_ERR_NAME_MAX];      /* current section and whether the schema knows it */
    int section_line, section_known, section_keys;
    chal_challenge *chal;               /* the file's [challenge] section (sim/scenario/challenge.c), or NULL */
} ini_scan;

/* ---- small helpers ---- */

static const pp_param *P(int id) { return pp_param_get(id); }

static int is_numeric(int id) { return P(id)->kind != PK_TEXT; }

static int valid_id(int id) { return id >= 0 && id < P_COUNT; }

/* "0..1000 GW" for messages. */
static const char *range_text(int id, char *buf, size_t size)
{
    char lo[32], hi[32];
    const pp_param *p = P(id);
    snprintf(buf, size, "%s..%s%s%s", scn_num_format(p->min, lo, sizeof lo),
             scn_num_format(p->max, hi, sizeof hi), p->unit[0] ? " " : "", p->unit);
    return buf;
}

/* Sets the location of an error already recorded (file, schema section/key of id, line). */
static pp_status at(pp_error *err, pp_status st, const char *file, int id, int line)
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
static pp_status at_key(pp_error *err, pp_status st, const scn_scenario *s, int id)
{
    const char *file;
    int line;
    where_set(s, id, &file, &line);
    return at(err, st, file, id, line);
}

/* Appends " (context)" to an error message when there is room. */
static void add_context(pp_error *err, const char *context)
{
    size_t n;
    if (!err) return;
    n = strlen(err->msg);
    if (n + strlen(context) + 4 < sizeof err->msg) snprintf(err->msg + n, sizeof err->msg - n, " (%s)", context);
}

/* ---- checking one key's path ---- */

/* Shape of a path for its kind: scalars and flags hold one point with year 0; a path holds a
 * constant or strictly increasing years. */
static pp_status check_shape(int id, const pp_path *p, pp_error *err)
{
    if (p->n < 1 || p->n > PP_PATH_MAX)
        return pp_error_set(err, PP_ERR_RANGE, "a value needs 1 to %d points, not %d", PP_PATH_MAX, p->n);
    if (P(id)->kind != PK_PATH && (p->n != 1 || p->year[0] != 0))
        return pp_error_set(err, PP_ERR_PARSE, "expects one number, not year:value points");
    if (p->n == 1 && p->year[0] == 0) return PP_OK;
    for (int i = 0; i < p->n; i++) {
        if (p->year[i] < 1990 || p->year[i] > 2100)
            return pp_error_set(err, PP_ERR_RANGE, "year %d is outside 1990..2100", p->year[i]);
        if (i > 0 && p->year[i] <= p->year[i - 1])
            return pp_error_set(err, PP_ERR_INPUT, "years must increase: %d after %d", p->year[i],
                                p->year[i - 1]);
    }
    return PP_OK;
}

/* Every value finite and within the key's range (flags 0 or 1). `text` is the value as written,
 * quoted back in the message (NULL for an edit). */
static pp_status check_values(int id, const pp_path *p, const char *text, pp_error *err)
{
    char r[96], v[32], yr[16] = "";
    for (int i = 0; i < p->n; i++) {
        double x = p->value[i];
        if (P(id)->kind == PK_FLAG && x != 0.0 && x != 1.0)
            return pp_error_set(err, PP_ERR_RANGE, "value %s is not a flag: expected 0 or 1",
                                scn_num_format(x, v, sizeof v));
        if (isfinite(x) && x >= P(id)->min && x <= P(id)->max) continue;
        if (p->year[i]) snprintf(yr, sizeof yr, " (year %d)", p->year[i]);
        if (text && !(p->n == 1 && p->year[0] == 0))
            return pp_error_set(err, PP_ERR_RANGE, "value %s in \"%.200s\" is out of range: expected %s",
                                scn_num_format(x, v, sizeof v), text, range_text(id, r, sizeof r));
        return pp_error_set(err, PP_ERR_RANGE, "value %s%s is out of range: expected %s",
                            scn_num_format(x, v, sizeof v), yr, range_text(id, r, sizeof r));
    }
    return PP_OK;
}

/* ---- scanning a file into a dictionary ---- */

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
        pp_error_set(err, PP_ERR_PARSE, "unknown section [%s]; did you mean [%s]?", sc->section,
                     P(near)->section);
    else {
        list_sections(known, sizeof known);
        pp_error_set(err, PP_ERR_PARSE, "unknown section [%s]; the sections are: %s", sc->section, known);
    }
    pp_error_where(err, sc->name, sc->section, NULL, sc->section_line);
    return PP_ERR_PARSE;
}

static pp_status unknown_key(ini_scan *sc, const char *key, int line, pp_error *err)
{
    int near = pp_param_nearest(sc->section, key);
    if (near >= 0)
        pp_error_set(err, PP_ERR_PARSE, "unknown key \"%s\"; did you mean %s.%s?", key,
                     P(near)->section, P(near)->key);
    else
        pp_error_set(err, PP_ERR_PARSE, "unknown key \"%s\" in [%s] (docs/scenario-format.md lists "
                     "every key)", key, sc->section);
    pp_error_where(err, sc->name, sc->section, key, line);
    return PP_ERR_PARSE;
}

/* Id of `key` or `key.range` in the current section; *is_range tells which. */
static int find_key(const ini_scan *sc, const char *key, int *is_range)
{
    char base[PP_ERR_NAME_MAX];
    size_t n = strlen(key);
    *is_range = n > 6 && !strcmp(key + n - 6, ".range");
    if (!*is_range) return pp_param_find(sc->section, key);
    memcpy(base, key, n - 6);
    base[n - 6] = '\0';
    return pp_param_find(sc->section, base);
}

/* Checks a key line (known, not a duplicate, .range only on numbers) and stores it. */
static pp_status scan_key(ini_scan *sc, int line, const char *key, const char *value, pp_error *err)
{
    char dkey[2 * PP_ERR_NAME_MAX + 2];
    int is_range, id = find_key(sc, key, &is_range), *first;
    if (id < 0) return unknown_key(sc, key, line, err);
    if (is_range && P(id)->kind != PK_SCALAR && P(id)->kind != PK_PATH) {
        pp_error_set(err, PP_ERR_PARSE, "only a number or a path can have an uncertainty range, "
                     "%s is %s", P(id)->key, P(id)->kind == PK_TEXT ? "text" : "a 0/1 flag");
        pp_error_where(err, sc->name, sc->section, key, line);
        return PP_ERR_PARSE;
    }
    first = is_range ? &sc->range_line[id] : &sc->key_line[id];
    if (*first) {
        pp_error_set(err, PP_ERR_PARSE, "duplicate key: %s is set on line %d and again on line %d "
                     "(keep one)", key, *first, line);
        pp_error_where(err, sc->name, sc->section, key, line);
        return PP_ERR_PARSE;
    }
    *first = line;
    snprintf(dkey, sizeof dkey, "%s:%s", sc->section, key);
    if (dictionary_set(sc->dict, dkey, value) != 0)
        return pp_error_set(err, PP_ERR_NOMEM, "out of memory reading %s", sc->name);
    sc->order[sc->n_order].id = id;
    sc->order[sc->n_order++].is_range = is_range;
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
        if (sc->section_known && dictionary_set(sc->dict, section, NULL) != 0)
            return pp_error_set(err, PP_ERR_NOMEM, "out of memory reading %s", sc->name);
        return PP_OK;
    }
    sc->section_keys++;
    if (!sc->section_known) return unknown_section(sc, key, err);
    if (!strcmp(sc->section, "challenge")) return chal_add_line(&sc->chal, sc->name, line, key, value, err);
    return scan_key(sc, line, key, value, err);
}

/* Scans text into sc (sc->dict allocated here; the caller frees it even on failure). */
static pp_status scan_text(const char *text, size_t len, const char *name, ini_scan *sc, pp_error *err)
{
    pp_status st;
    memset(sc, 0, sizeof *sc);
    sc->name = name;
    sc->dict = dictionary_new(0);
    if (!sc->dict) return pp_error_set(err, PP_ERR_NOMEM, "out of memory reading %s", name);
    st = scn_ini_scan(text, len, name, scan_visit, sc, err);
    if (st == PP_OK && sc->section_line && !sc->section_known) st = unknown_section(sc, NULL, err);
    return st;
}

/* The value of an entry as stored in the dictionary. */
static const char *scan_value(const ini_scan *sc, int id, int is_range)
{
    char dkey[2 * PP_ERR_NAME_MAX + 8];
    snprintf(dkey, sizeof dkey, "%s:%s%s", P(id)->section, P(id)->key, is_range ? ".range" : "");
    return iniparser_getstring(sc->dict, dkey, NULL);
}

/* ---- applying values ---- */

/* `key.range = lo, hi`: two numbers with lo <= 0 <= hi. */
static pp_status apply_range(scn_scenario *s, int id, const char *text, pp_error *err)
{
    char buf[256], *comma;
    double lo, hi;
    snprintf(buf, sizeof buf, "%s", text);
    comma = strchr(buf, ',');
    if (comma) *comma = '\0';
    if (!comma || strchr(comma + 1, ',') || scn_num_parse(buf, &lo) || scn_num_parse(comma + 1, &hi))
        return pp_error_set(err, PP_ERR_PARSE, "range \"%.100s\" is not two finite numbers "
                            "`lo, hi` (offsets in %s)", text, P(id)->unit);
    if (lo > 0 || hi < 0)
        return pp_error_set(err, PP_ERR_RANGE, "range \"%.100s\" must have lo <= 0 <= hi (offsets "
                            "added to the value, in %s)", text, P(id)->unit);
    s->has_range[id] = 1;
    s->range_lo[id] = lo;
    s->range_hi[id] = hi;
    return PP_OK;
}

static pp_status apply_number(scn_scenario *s, int id, const char *text, pp_error *err)
{
    pp_path p;
    pp_status st;
    if (P(id)->kind != PK_PATH && strchr(text, ':'))
        return pp_error_set(err, PP_ERR_PARSE, "\"%.100s\": this key takes one number (%s), not "
                            "year:value points", text, P(id)->unit);
    if ((st = pp_path_parse(text, &p, err)) != PP_OK) return st;
    if ((st = check_values(id, &p, text, err)) != PP_OK) return st;
    s->path[id] = p;
    return PP_OK;
}

static pp_status apply_text(scn_scenario *s, int id, const char *text, pp_error *err)
{
    char *copy = strdup(text);
    if (!copy) return pp_error_set(err, PP_ERR_NOMEM, "out of memory");
    free(s->text[id]);
    s->text[id] = copy;
    return PP_OK;
}

/* Applies every key line of the file, in file order, over what s holds already. */
static pp_status apply_all(scn_scenario *s, const ini_scan *sc, pp_error *err)
{
    for (int i = 0; i < sc->n_order; i++) {
        int id = sc->order[i].id, rg = sc->order[i].is_range;
        const char *v = scan_value(sc, id, rg);
        pp_status st;
        if (!v) v = "";
        if (rg) st = apply_range(s, id, v, err);
        else if (P(id)->kind == PK_TEXT) st = apply_text(s, id, v, err);
        else st = apply_number(s, id, v, err);
        if (st != PP_OK) {
            pp_error_where(err, sc->name, P(id)->section, NULL, rg ? sc->range_line[id] : sc->key_line[id]);
            if (err) snprintf(err->key, sizeof err->key, "%s%s", P(id)->key, rg ? ".range" : "");
            return st;
        }
        if (!rg) {
            s->set_here[id] = 1;
            s->line[id] = sc->key_line[id];
        }
    }
    return PP_OK;
}

/* ---- defaults and required keys ---- */

/* Gives every numeric key the file did not set its table default; a required key (default NAN)
 * still missing is an error naming the first and counting the others. */
static pp_status fill_defaults(scn_scenario *s, const char *name, pp_error *err)
{
    int first = -1, missing = 0;
    for (int id = 0; id < P_COUNT; id++) {
        if (!is_numeric(id) || s->set_here[id]) continue;
        if (isnan(P(id)->def)) {
            if (first < 0) first = id;
            missing++;
            continue;
        }
        s->path[id].n = 1;
        s->path[id].year[0] = 0;
        s->path[id].value[0] = P(id)->def;
    }
    if (missing == 0) return PP_OK;
    pp_error_set(err, PP_ERR_INPUT, "missing required key %s.%s (%s): %s", P(first)->section,
                 P(first)->key, P(first)->unit, P(first)->doc);
    if (missing > 1) {
        char more[64];
        snprintf(more, sizeof more, "and %d more required keys are missing", missing - 1);
        add_context(err, more);
    }
    return at(err, PP_ERR_INPUT, name, first, 0);
}

/* name and region must be there once parents are merged. */
static pp_status check_texts(const scn_scenario *s, const char *name, pp_error *err)
{
    static const int required[] = {P_SCENARIO_NAME, P_SCENARIO_REGION};
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
        int id = required[i];
        if (s->text[id] && s->text[id][0]) continue;
        pp_error_set(err, PP_ERR_INPUT, "missing required key %s.%s: %s", P(id)->section,
                     P(id)->key, P(id)->doc);
        return at(err, PP_ERR_INPUT, name, id, 0);
    }
    return PP_OK;
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
        return pp_error_set(err, PP_ERR_IO, "parent path \"%.100s\" is too long", inherit);
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
        if (id != P_SCENARIO_INHERIT && parent->text[id] && apply_text(s, id, parent->text[id], err))
            return PP_ERR_NOMEM;
    }
    return PP_OK;
}

/* Loads the parent named by `[scenario] inherit` (when there is one) into s. */
static pp_status load_parent(scn_scenario *s, const ini_scan *sc, const char *dir, load_chain *chain,
                             pp_error *err)
{
    const char *inherit = scan_value(sc, P_SCENARIO_INHERIT, 0);
    char path[PP_ERR_FILE_MAX], ctx[PP_ERR_FILE_MAX + 32];
    pp_status st;
    if (!inherit || !inherit[0]) return PP_OK;
    if ((st = resolve(dir, inherit, path, sizeof path, err)) != PP_OK)
        return at(err, st, sc->name, P_SCENARIO_INHERIT, sc->key_line[P_SCENARIO_INHERIT]);
    st = load_file(path, chain, &s->parent, err);
    if (st != PP_OK) {
        if (err && !err->file[0]) {
            /* missing parent, loop or too deep: point at the inherit line that asked for it */
            at(err, st, sc->name, P_SCENARIO_INHERIT, sc->key_line[P_SCENARIO_INHERIT]);
        } else if (err && strcmp(err->file, sc->name)) {
            snprintf(ctx, sizeof ctx, "inherited by %s", sc->name);
            add_context(err, ctx);
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
        pp_error_set(err, PP_ERR_INPUT, "this file inherits the challenge in %s and cannot set its "
                     "own [challenge] section", chal_file(up));
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
    ini_scan *sc = malloc(sizeof *sc);
    scn_scenario *s = calloc(1, sizeof *s);
    pp_status st = (sc && s) ? PP_OK : pp_error_set(err, PP_ERR_NOMEM, "out of memory loading %s", name);
    *out = NULL;
    if (st == PP_OK) st = scan_text(text, len, name, sc, err);
    if (st == PP_OK) {
        snprintf(s->file, sizeof s->file, "%s", file);
        st = load_parent(s, sc, dir, chain, err);
    }
    if (st == PP_OK) st = apply_all(s, sc, err);
    if (st == PP_OK && !s->parent) st = fill_defaults(s, name, err);
    if (st == PP_OK) st = check_texts(s, name, err);
    if (st == PP_OK && (st = scn_validate(s, err)) != PP_OK && err && !err->file[0])
        pp_error_where(err, name, NULL, NULL, 0);
    if (st == PP_OK) st = attach_challenge(s, sc, err);
    if (sc && sc->dict) iniparser_freedict(sc->dict);
    if (sc) chal_free(sc->chal);
    free(sc);
    if (st != PP_OK) {
        scn_free(s);
        return st;
    }
    *out = s;
    return PP_OK;
}

/* Reads a whole regular file (at most SCN_TEXT_MAX bytes) into a malloc'd buffer. */
static pp_status read_file(const char *file, char **text, size_t *len, pp_error *err)
{
    struct stat sb;
    FILE *f;
    size_t got;
    *text = NULL;
    if (stat(file, &sb) != 0)
        return pp_error_set(err, PP_ERR_IO, "cannot read scenario: %s", strerror(errno));
    if (!S_ISREG(sb.st_mode)) return pp_error_set(err, PP_ERR_IO, "not a regular file");
    if ((unsigned long long)sb.st_size > SCN_TEXT_MAX)
        return pp_error_set(err, PP_ERR_IO, "file is too large (%lld bytes): a scenario is at most %u",
                            (long long)sb.st_size, SCN_TEXT_MAX);
    if (!(f = fopen(file, "rb"))) return pp_error_set(err, PP_ERR_IO, "cannot open: %s", strerror(errno));
    *text = malloc((size_t)sb.st_size + 1);
    if (!*text) {
        fclose(f);
        return pp_error_set(err, PP_ERR_NOMEM, "out of memory reading the file");
    }
    got = fread(*text, 1, (size_t)sb.st_size, f);
    if (ferror(f) || got != (size_t)sb.st_size) {
        fclose(f);
        free(*text);
        *text = NULL;
        return pp_error_set(err, PP_ERR_IO, "read error");
    }
    fclose(f);
    (*text)[got] = '\0';
    *len = got;
    return PP_OK;
}

/* Adds file to the chain, refusing loops and chains deeper than SCN_INHERIT_MAX. */
static pp_status chain_push(load_chain *chain, const char *file, pp_error *err)
{
    struct stat sb;
    char names[PP_ERR_MSG_MAX - 64];
    if (stat(file, &sb) != 0) {
        if (chain->n == 0) return pp_error_set(err, PP_ERR_IO, "cannot read scenario: %s", strerror(errno));
        chain_text(chain, file, names, sizeof names);
        return pp_error_set(err, PP_ERR_IO, "cannot read scenario \"%s\": %s (inherit chain: %s)",
                            file, strerror(errno), names);
    }
    for (int i = 0; i < chain->n; i++)
        if (chain->has_id[i] && chain->dev[i] == sb.st_dev && chain->ino[i] == sb.st_ino) {
            chain_text(chain, file, names, sizeof names);
            return pp_error_set(err, PP_ERR_INPUT, "inherit loop: %s", names);
        }
    if (chain->n > SCN_INHERIT_MAX) {
        chain_text(chain, file, names, sizeof names);
        return pp_error_set(err, PP_ERR_INPUT, "inherit chain more than %d levels deep: %s", SCN_INHERIT_MAX, names);
    }
    chain->has_id[chain->n] = 1;
    chain->dev[chain->n] = sb.st_dev;
    chain->ino[chain->n] = sb.st_ino;
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
    pp_status st;
    *out = NULL;
    if ((st = chain_push(chain, file, err)) != PP_OK) return st; /* located by the caller */
    if ((st = read_file(file, &text, &len, err)) != PP_OK) {
        chain->n--;
        return at(err, st, file, -1, 0);
    }
    dir_of(file, dir, sizeof dir);
    st = load_text(text, len, file, dir, file, chain, out, err);
    free(text);
    chain->n--;
    return st;
}

pp_status scn_load(const char *file, scn_scenario **out, pp_error *err)
{
    load_chain *chain;
    pp_status st;
    if (out) *out = NULL;
    if (!file || !out) return pp_error_set(err, PP_ERR_USAGE, "scn_load: NULL argument");
    if (strlen(file) >= PP_ERR_FILE_MAX)
        return pp_error_set(err, PP_ERR_IO, "file name is too long (at most %d bytes)", PP_ERR_FILE_MAX - 1);
    chain = calloc(1, sizeof *chain);
    if (!chain) return pp_error_set(err, PP_ERR_NOMEM, "out of memory");
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
    if (!text || !out) return pp_error_set(err, PP_ERR_USAGE, "scn_load_string: NULL argument");
    if (!name) name = "<string>";
    chain = calloc(1, sizeof *chain);
    if (!chain) return pp_error_set(err, PP_ERR_NOMEM, "out of memory");
    snprintf(chain->name[chain->n++], PP_ERR_FILE_MAX, "%s", name);
    st = load_text(text, strlen(text), name, dir, "", chain, out, err);
    free(chain);
    return st;
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
    const pp_path *p = scn_path(s, id);
    return p ? pp_path_at(p, year) : NAN;
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

/* ---- validation ---- */

/* Every numeric key: shape, range, and whole numbers for keys counted in years. */
static pp_status validate_keys(const scn_scenario *s, pp_error *err)
{
    char v[32];
    for (int id = 0; id < P_COUNT; id++) {
        const pp_path *p = &s->path[id];
        pp_status st;
        if (!is_numeric(id)) continue;
        if ((st = check_shape(id, p, err)) == PP_OK) st = check_values(id, p, NULL, err);
        if (st != PP_OK) return at_key(err, st, s, id);
        if (!strcmp(P(id)->unit, "year") && p->value[0] != floor(p->value[0])) {
            pp_error_set(err, PP_ERR_RANGE, "%s is not a whole year", scn_num_format(p->value[0], v, sizeof v));
            return at_key(err, PP_ERR_RANGE, s, id);
        }
    }
    return PP_OK;
}

/* first_year <= hist_end_year < end_year, price_base_year inside, at most RUN_MAX_YEARS. */
static pp_status validate_years(const scn_scenario *s, pp_error *err)
{
    int f = scn_first_year(s), h = scn_hist_end_year(s), e = scn_end_year(s);
    int pb = (int)scn_scalar(s, P_YEARS_PRICE_BASE);
    if (f > h) {
        pp_error_set(err, PP_ERR_INPUT, "hist_end_year %d is before first_year %d: need first_year "
                     "<= hist_end_year < end_year", h, f);
        return at_key(err, PP_ERR_INPUT, s, P_YEARS_HIST_END);
    }
    if (h >= e) {
        pp_error_set(err, PP_ERR_INPUT, "end_year %d is not after hist_end_year %d: need first_year "
                     "<= hist_end_year < end_year", e, h);
        return at_key(err, PP_ERR_INPUT, s, P_YEARS_END);
    }
    if (pb < f || pb > e) {
        pp_error_set(err, PP_ERR_INPUT, "price_base_year %d is outside the simulated years %d..%d",
                     pb, f, e);
        return at_key(err, PP_ERR_INPUT, s, P_YEARS_PRICE_BASE);
    }
    if (e - f + 1 > RUN_MAX_YEARS) {
        pp_error_set(err, PP_ERR_INPUT, "%d..%d is %d years: at most %d can be simulated", f, e,
                     e - f + 1, RUN_MAX_YEARS);
        return at_key(err, PP_ERR_INPUT, s, P_YEARS_END);
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
static pp_status check_share_sum(const scn_scenario *s, const int *ids, int n, const char *rest,
                                 pp_error *err)
{
    for (int y = scn_first_year(s); y <= scn_end_year(s); y++) {
        char names[256] = "", parts[256] = "", v[32];
        size_t un = 0, up = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += pp_path_at(&s->path[ids[i]], y);
        if (sum <= 100.0 + SHARE_SLACK_PCT) continue;
        for (int i = 0; i < n; i++) {
            double x = pp_path_at(&s->path[ids[i]], y);
            un += (size_t)snprintf(names + un, sizeof names - un, "%s%s", i ? " + " : "", P(ids[i])->key);
            up += (size_t)snprintf(parts + up, sizeof parts - up, "%s%.6g", i ? " + " : "", x);
        }
        snprintf(v, sizeof v, "%.6g", sum);
        pp_error_set(err, PP_ERR_INPUT, "in %d %s = %s = %s %%, over 100 (%s takes the rest, so "
                     "the sum must be at most 100)", y, names, parts, v, rest);
        return at_key(err, PP_ERR_INPUT, s, blame(s, ids, n));
    }
    return PP_OK;
}

/* Economy, industry and the fuel split of every sector of final demand. */
static pp_status validate_shares(const scn_scenario *s, pp_error *err)
{
    /* ids, not names: this runs after every lever move, and name look-ups dominated it */
    /* elec_pct is a share of all final energy, gas/oil/heat shares of the non-electric rest
     * (coal takes what they leave of it), so only these three must fit in 100 */
    static const int fuel_ids[][3] = {
        {P_AGRI_GAS, P_AGRI_OIL, P_AGRI_HEAT},
        {P_HEAVY_GAS, P_HEAVY_OIL, P_HEAVY_HEAT},
        {P_OTHERIND_GAS, P_OTHERIND_OIL, P_OTHERIND_HEAT},
        {P_HIGHTECH_GAS, P_HIGHTECH_OIL, P_HIGHTECH_HEAT},
        {P_SERVICES_GAS, P_SERVICES_OIL, P_SERVICES_HEAT},
        {P_TRANSPORT_GAS, P_TRANSPORT_OIL, P_TRANSPORT_HEAT},
        {P_HOUSE_GAS, P_HOUSE_OIL, P_HOUSE_HEAT},
    };
    const int econ[] = {P_ECONOMY_PRIMARY_SHARE, P_ECONOMY_SECONDARY_SHARE};
    const int ind[] = {P_INDUSTRY_HEAVY_SHARE, P_INDUSTRY_HIGHTECH_SHARE};
    pp_status st;
    if ((st = check_share_sum(s, econ, 2, "the tertiary sector", err)) != PP_OK) return st;
    if ((st = check_share_sum(s, ind, 2, "other industry and construction", err)) != PP_OK) return st;
    for (size_t k = 0; k < sizeof fuel_ids / sizeof fuel_ids[0]; k++)
        if ((st = check_share_sum(s, fuel_ids[k], 3, "coal", err)) != PP_OK) return st;
    return PP_OK;
}

/* Every capacity target strictly below its S-curve ceiling. */
static pp_status check_below(const scn_scenario *s, int id, int ceiling_id, pp_error *err)
{
    const pp_path *p = &s->path[id];
    double k = scn_scalar(s, ceiling_id);
    char v[32], c[32];
    for (int i = 0; i < p->n; i++) {
        if (p->value[i] < k) continue;
        /* %g, not the shortest round trip: a scaled path gives 12.799999999999999 */
        snprintf(v, sizeof v, "%g", p->value[i]);
        snprintf(c, sizeof c, "%g", k);
        if (p->year[i])
            pp_error_set(err, PP_ERR_INPUT, "%s = %s GW in %d is not below %s = %s GW: the S-curve "
                         "needs every target under its ceiling", P(id)->key, v, p->year[i],
                         P(ceiling_id)->key, c);
        else
            pp_error_set(err, PP_ERR_INPUT, "%s = %s GW is not below %s = %s GW: the S-curve needs "
                         "every target under its ceiling", P(id)->key, v, P(ceiling_id)->key, c);
        return at_key(err, PP_ERR_INPUT, s, id);
    }
    return PP_OK;
}

pp_status scn_validate(const scn_scenario *s, pp_error *err)
{
    pp_status st;
    if (!s) return pp_error_set(err, PP_ERR_USAGE, "scn_validate: NULL scenario");
    if ((st = validate_keys(s, err)) != PP_OK) return st;
    if ((st = validate_years(s, err)) != PP_OK) return st;
    if ((st = validate_shares(s, err)) != PP_OK) return st;
    if ((st = check_below(s, P_POWER_SOLAR_GW, P_POWER_SOLAR_POTENTIAL, err)) != PP_OK) return st;
    if ((st = check_below(s, P_POWER_WIND_GW, P_POWER_WIND_POTENTIAL, err)) != PP_OK) return st;
    for (int i = 0; i < s->path[P_ECONOMY_POPULATION].n; i++)
        if (!(s->path[P_ECONOMY_POPULATION].value[i] > 0)) {
            pp_error_set(err, PP_ERR_RANGE, "population must be above 0");
            return at_key(err, PP_ERR_RANGE, s, P_ECONOMY_POPULATION);
        }
    return PP_OK;
}

/* ---- editing ---- */

pp_status scn_set_path(scn_scenario *s, int id, const pp_path *p, pp_error *err)
{
    pp_path old;
    pp_status st;
    char ctx[160];
    if (!s || !p || !valid_id(id) || !is_numeric(id))
        return pp_error_set(err, PP_ERR_USAGE, "scn_set_path: no such numeric key (id %d)", id);
    if ((st = check_shape(id, p, err)) == PP_OK) st = check_values(id, p, NULL, err);
    if (st != PP_OK) return at(err, st, s->file, id, 0);
    old = s->path[id];
    s->path[id] = *p;
    if ((st = scn_validate(s, err)) != PP_OK) {
        s->path[id] = old;
        snprintf(ctx, sizeof ctx, "after changing %s.%s", P(id)->section, P(id)->key);
        add_context(err, ctx);
        /* s was valid before, so the broken rule involves the key just changed: name it */
        at(err, st, s->file, id, 0);
        if (err) err->line = 0;
        return st;
    }
    s->set_here[id] = 1;
    return PP_OK;
}

double scn_lever_value(const scn_scenario *s, int id)
{
    const pp_path *p = scn_path(s, id);
    if (!p) return NAN;
    if (P(id)->kind != PK_PATH) return p->value[0];
    return pp_path_at(p, P(id)->lever_year);
}

/* Adds a point at year with the path's current value there (the curve does not change), unless
 * there is one already. Returns the point's index, or -1 when the path is full. */
static int insert_knot(pp_path *p, int year)
{
    double v = pp_path_at(p, year);
    int i = 0;
    while (i < p->n && p->year[i] < year) i++;
    if (i < p->n && p->year[i] == year) return i;
    if (p->n >= PP_PATH_MAX) return -1;
    memmove(&p->year[i + 1], &p->year[i], (size_t)(p->n - i) * sizeof p->year[0]);
    memmove(&p->value[i + 1], &p->value[i], (size_t)(p->n - i) * sizeof p->value[0]);
    p->year[i] = year;
    p->value[i] = v;
    p->n++;
    return i;
}

/* The lever move on a path (see pp_adjust): knots at hist_end_year and the lever year keep
 * history fixed and make the lever-year value exactly v; later points move together. */
static pp_status lever_move(const scn_scenario *s, int id, double v, pp_path *p, pp_error *err)
{
    int hist = scn_hist_end_year(s), ly = P(id)->lever_year, k;
    double cur;
    *p = s->path[id];
    if (ly <= hist)
        return pp_error_set(err, PP_ERR_USAGE, "lever year %d is not after the last historical year "
                            "%d, so the lever cannot move", ly, hist);
    if (p->n == 1 && p->year[0] == 0) p->year[0] = hist; /* a constant becomes a point at hist */
    if (insert_knot(p, hist) < 0 || (k = insert_knot(p, ly)) < 0)
        return pp_error_set(err, PP_ERR_RANGE, "the path already has %d points: no room to move the "
                            "lever", PP_PATH_MAX);
    cur = p->value[k];
    for (int i = 0; i < p->n; i++) {
        if (p->year[i] <= hist) continue;
        if (P(id)->adjust == ADJ_MUL && cur != 0) p->value[i] *= v / cur;
        else p->value[i] += v - cur;
    }
    p->value[k] = v; /* exact, whatever the rounding above */
    return PP_OK;
}

pp_status scn_lever_set(scn_scenario *s, int id, double v, pp_error *err)
{
    pp_path p;
    pp_status st;
    char r[96], ctx[128], vb[32];
    if (!s || !valid_id(id) || !is_numeric(id) || P(id)->group == LG_NONE)
        return pp_error_set(err, PP_ERR_USAGE, "key id %d is not a lever", id);
    if (!isfinite(v) || v < P(id)->min || v > P(id)->max) {
        pp_error_set(err, PP_ERR_RANGE, "lever value %s is out of range: expected %s",
                     scn_num_format(v, vb, sizeof vb), range_text(id, r, sizeof r));
        return at(err, PP_ERR_RANGE, s->file, id, 0);
    }
    if ((st = chal_check_lever(s, id, v, err)) != PP_OK) return st; /* locked or outside a limit */
    if (P(id)->kind != PK_PATH) {
        memset(&p, 0, sizeof p);
        p.n = 1;
        p.value[0] = v;
    } else if ((st = lever_move(s, id, v, &p, err)) != PP_OK) {
        return at(err, st, s->file, id, 0);
    }
    if ((st = check_values(id, &p, NULL, err)) != PP_OK) {
        snprintf(ctx, sizeof ctx, "moving the lever to %s moves the later points too",
                 scn_num_format(v, vb, sizeof vb));
        add_context(err, ctx);
        return at(err, st, s->file, id, 0);
    }
    return scn_set_path(s, id, &p, err);
}
