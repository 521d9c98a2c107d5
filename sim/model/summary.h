/* sim/model/summary.h - the items of a run's summary as a table (sim/model/summary_list.h): name,
 * unit, labels and value of each, so that every writer (CLI table, CSV, JSON, Markdown, TUI) shows
 * the same items under the same names. The summary itself is run_summary (run.h). Never prints. */
#ifndef PEAKPATH_SIM_SUMMARY_H
#define PEAKPATH_SIM_SUMMARY_H

#include "run.h"

typedef enum {
    SUMK_YEAR, /* an int year; 0 = not reached / none */
    SUMK_NUM,  /* a double; NAN = not available */
    SUMK_BOOL  /* an int 0/1 */
} run_sum_kind;

typedef enum {
#define RUN_SUM(id, name, kind, unit, en, zh, field) id,
#include "summary_list.h"
#undef RUN_SUM
    SUM_COUNT
} run_sum_item;

typedef struct {
    const char *name;     /* JSON key and CSV column */
    run_sum_kind kind;
    const char *unit;     /* "" for flags */
    const char *label_en;
    const char *label_zh;
} run_sum_info;

/* Metadata of an item, or NULL for an id outside 0..SUM_COUNT-1. Cannot fail otherwise. */
const run_sum_info *run_sum_get(int item);

/* An item's value as a number: a year (NAN when 0, i.e. not reached or none), a flag as 0 or 1,
 * or the number (NAN when not available). NAN for an unknown item. */
double run_sum_value(const run_summary *s, int item);

#endif
