/* sim/scenario/params.h - the scenario schema: every section.key a scenario file may hold, with its unit,
 * allowed range, default and, for policy levers, how the TUI and goal seeking move it.
 * One table (sim/scenario/params_list.h) is the single source of truth for the loader, the engine,
 * the docs generator and the lever panel. Never prints. */
#ifndef PEAKPATH_SIM_PARAMS_H
#define PEAKPATH_SIM_PARAMS_H

/* What shape a value has in the file. */
typedef enum {
    PK_SCALAR, /* one number:                     key = 2500.28                   */
    PK_PATH,   /* year:value pairs, interpolated:  key = 2020:0.7, 2030:12, 2060:45 (one bare number = constant) */
    PK_FLAG,   /* 0 or 1                                                             */
    PK_TEXT    /* free text (UTF-8), only in [scenario]                              */
} pp_kind;

/* Lever groups, in the order the TUI shows them. LG_NONE: not a policy lever. */
typedef enum {
    LG_NONE = -1,
    LG_ECONOMY = 0,   /* economy & structure  经济与结构 */
    LG_INDUSTRY,      /* industry mix         工业结构   */
    LG_EFFICIENCY,    /* efficiency           能效       */
    LG_POWER,         /* power build-out      电力建设   */
    LG_TRANSPORT,     /* transport & buildings 交通与建筑 */
    LG_SINKS,         /* sinks & CCUS         碳汇与CCUS */
    LG_AIR,           /* air quality          大气污染防治 (end-of-pipe controls; they move no CO2) */
    LG_COUNT
} pp_lever_group;

/* How a lever move changes a path: every point after the last historical year is shifted by the
 * same amount (ADJ_ADD: rates and shares) or scaled by the same factor (ADJ_MUL: quantities), so
 * that the path's value in the lever year becomes the requested one. History is never touched. */
typedef enum { ADJ_ADD, ADJ_MUL } pp_adjust;

typedef struct {
    const char *section;
    const char *key;
    pp_kind kind;
    const char *unit;       /* "bn CNY", "%", "GW", "%/yr", "t CO2/tce" ... ("" for text) */
    double min, max;        /* allowed range of every value (inclusive) */
    double def;             /* value when the file and its parents omit the key; NAN = required */
    pp_lever_group group;   /* LG_NONE when not a lever */
    int lever_year;         /* the year whose value the lever shows and moves (0 when not a lever) */
    pp_adjust adjust;
    double step;            /* one Left/Right press, in the key's unit */
    const char *label_en;
    const char *label_zh;
    const char *doc;        /* one sentence: what it is, and the source of its default where it is a fact */
} pp_param;

/* Parameter ids, in table order: P_ECONOMY_GDP_BASE_BN ... */
typedef enum {
#define PP_PARAM(id, sec, key, kind, unit, lo, hi, def, grp, ly, adj, step, en, zh, doc) id,
#include "params_list.h"
#undef PP_PARAM
    P_COUNT
} pp_param_id;

/* The schema entry for id, or NULL when id is out of range. Cannot fail otherwise. */
const pp_param *pp_param_get(int id);

/* Id of "section.key" (or of section and key given apart with key != NULL), or -1 when unknown.
 * Matching is case-insensitive, as iniparser's. */
int pp_param_find(const char *section, const char *key);

/* The known key closest to "section.key" by edit distance (for "did you mean"), or -1 when
 * nothing is close enough to suggest. */
int pp_param_nearest(const char *section, const char *key);

/* True when the section name exists in the schema. */
int pp_section_known(const char *section);

/* A lever's plausible range at its lever year and its greener direction (sim/scenario/levers_list.h). */
typedef struct {
    double lo, hi;       /* plausible values, in the key's unit, lo < hi */
    int greener;         /* +1: a higher value is greener, -1: a lower one */
    const char *source;  /* where the range comes from, or "assumption: ..." */
    int co2_neutral;     /* 1: an air-pollution lever (PP_LEVER_AIR) that leaves CO2 unchanged; its
                            greener end lowers the pollutants instead (tests/test_sensitivity.c) */
} pp_lever_range;

/* The plausible range of lever id, or NULL when id is not a lever. Cannot fail otherwise. */
const pp_lever_range *pp_lever_range_get(int id);

/* The one-line doc of key id in Chinese (chinese != 0, sim/scenario/params_doc_zh.h) or English
 * (params_list.h); a key without a Chinese doc falls back to English (tests/test_params_zh.c fails
 * for one). NULL when id is out of range. */
const char *pp_param_doc(int id, int chinese);

/* Where lever id's plausible range comes from, in Chinese (levers_doc_zh.h) or English
 * (levers_list.h), falling back to English as pp_param_doc. NULL when id is not a lever. */
const char *pp_lever_source(int id, int chinese);

/* English and Chinese names of a lever group; NULL for an unknown group. */
const char *pp_group_label(pp_lever_group g, int chinese);

#endif
