/* sim/scenario/params.c - the scenario schema table and look-ups in it (by name, nearest name for
 * "did you mean"). Static const data only. Never prints. */
#include "params.h"

#include <math.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

static const pp_param params[P_COUNT] = {
#define PP_PARAM(id, sec, key, kind, unit, lo, hi, def, grp, ly, adj, step, en, zh, doc) \
    {sec, key, kind, unit, lo, hi, def, grp, ly, adj, step, en, zh, doc},
#include "params_list.h"
#undef PP_PARAM
};

static const char *const group_labels[LG_COUNT][2] = {
    {"Economy & structure", "经济与结构"},
    {"Industry mix", "工业结构"},
    {"Efficiency", "能效"},
    {"Power build-out", "电力建设"},
    {"Transport & buildings", "交通与建筑"},
    {"Sinks & CCUS", "碳汇与CCUS"},
    {"Air quality", "大气污染防治"},
};

/* Plausible ranges by parameter id; a lever without a line would have lo == hi == 0, which
 * tests/test_scenario_edit.c refuses for every lever. */
static const pp_lever_range lever_ranges[P_COUNT] = {
#define PP_LEVER(id, lo, hi, dir, src) [id] = {lo, hi, dir, src, 0},
#define PP_LEVER_AIR(id, lo, hi, dir, src) [id] = {lo, hi, dir, src, 1},
#include "levers_list.h"
#undef PP_LEVER
#undef PP_LEVER_AIR
};

/* The Chinese docs and range sources, by id (params_doc_zh.h, levers_doc_zh.h): tables apart from
 * params_list.h so that a key appended there and its translation never touch the same lines. */
static const char *const docs_zh[P_COUNT] = {
#define PP_DOC_ZH(id, zh) [id] = zh,
#include "params_doc_zh.h"
#undef PP_DOC_ZH
};

static const char *const lever_sources_zh[P_COUNT] = {
#define PP_LEVER_SRC_ZH(id, zh) [id] = zh,
#include "levers_doc_zh.h"
#undef PP_LEVER_SRC_ZH
};

const char *pp_param_doc(int id, int chinese)
{
    if (id < 0 || id >= P_COUNT) return NULL;
    if (chinese && docs_zh[id]) return docs_zh[id];
    return params[id].doc;
}

const char *pp_lever_source(int id, int chinese)
{
    const pp_lever_range *r = pp_lever_range_get(id);
    if (!r) return NULL;
    return chinese && lever_sources_zh[id] ? lever_sources_zh[id] : r->source;
}

const pp_lever_range *pp_lever_range_get(int id)
{
    if (id < 0 || id >= P_COUNT || params[id].group == LG_NONE) return NULL;
    return &lever_ranges[id];
}

const pp_param *pp_param_get(int id)
{
    return (id >= 0 && id < P_COUNT) ? &params[id] : NULL;
}

/* Splits "section.key" at its first dot into sec (NUL-terminated copy) and returns the key. */
static const char *split_dotted(const char *dotted, char *sec, size_t size)
{
    const char *dot = strchr(dotted, '.');
    size_t n;
    if (!dot) return NULL;
    n = (size_t)(dot - dotted);
    if (n >= size) return NULL;
    memcpy(sec, dotted, n);
    sec[n] = '\0';
    return dot + 1;
}

int pp_param_find(const char *section, const char *key)
{
    char sec[64];
    if (!section) return -1;
    if (!key) {
        key = split_dotted(section, sec, sizeof sec);
        if (!key) return -1;
        section = sec;
    }
    for (int i = 0; i < P_COUNT; i++)
        if (!strcasecmp(params[i].section, section) && !strcasecmp(params[i].key, key)) return i;
    return -1;
}

int pp_section_known(const char *section)
{
    for (int i = 0; i < P_COUNT; i++)
        if (!strcasecmp(params[i].section, section)) return 1;
    return 0;
}

/* Case-insensitive Levenshtein distance of two short strings (longer ones are cut at 63). */
static int edit_distance(const char *a, const char *b)
{
    int row[64], la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 63) la = 63;
    if (lb > 63) lb = 63;
    for (int j = 0; j <= lb; j++) row[j] = j;
    for (int i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = i;
        for (int j = 1; j <= lb; j++) {
            int up = row[j];
            int cost = (a[i - 1] | 32) == (b[j - 1] | 32) ? 0 : 1;
            int best = diag + cost;
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

int pp_param_nearest(const char *section, const char *key)
{
    int best = -1, best_d = 1 << 30;
    if (!section || !key) return -1;
    for (int i = 0; i < P_COUNT; i++) {
        /* a key in the right section is cheap to reach; another section costs its distance */
        int d = edit_distance(params[i].key, key) + edit_distance(params[i].section, section);
        if (d < best_d) { best_d = d; best = i; }
    }
    /* suggest only near misses: at most a third of the name's length, and never more than 4 edits */
    {
        int len = (int)strlen(key);
        int limit = len / 3 < 4 ? len / 3 : 4;
        if (limit < 1) limit = 1;
        return best_d <= limit ? best : -1;
    }
}

const char *pp_group_label(pp_lever_group g, int chinese)
{
    if (g < 0 || g >= LG_COUNT) return NULL;
    return group_labels[g][chinese ? 1 : 0];
}
