/* report/csv_head.h - CSV column headers for a reader or for a script (`--headers zh|en|names`):
 * names (the stable column names of sim/model/outputs_list.h, the default), English labels with
 * the unit, or Chinese labels with the Chinese planning unit - and then the values converted to
 * that unit (report/units.h), so a header never names a unit its numbers are not in. */
#ifndef PEAKPATH_REPORT_CSV_HEAD_H
#define PEAKPATH_REPORT_CSV_HEAD_H

#include <stdio.h>

#include "units.h"

typedef enum { CSV_HEAD_NAMES = 0, CSV_HEAD_EN = 1, CSV_HEAD_ZH = 2 } csv_headers;

/* "names", "en", "zh" (also "chinese", "english") into *out: 0, or -1 for anything else. */
int csv_head_parse(const char *text, csv_headers *out);

/* The unit a column in SI-style unit `unit` is written in under h: factor 1 and unit itself for
 * names and en, the Chinese planning unit (units_view) for zh. */
unit_view csv_head_view(const char *unit, csv_headers h);

/* One header field (no separator): the name, or "label (unit)" in English, or "标签（单位）" in
 * Chinese (unit converted as csv_head_view says; no brackets for a unitless column), quoted when
 * it holds a comma or a quote. */
void csv_head_field(FILE *f, const char *name, const char *label_en, const char *label_zh, const char *unit,
                    csv_headers h);

/* One value of such a column: v x the view's factor as sum_out_csv_num writes numbers. */
void csv_head_num(FILE *f, double v, unit_view view);

#endif
