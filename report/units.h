/* report/units.h - units as a reader sees them: the files and the English UI keep SI-style units
 * (Mtce, TWh, GW, bn CNY, Mt CO2), a Chinese reader gets the planning units of provincial plans and
 * yearbooks (万吨标准煤, 亿千瓦时, 万千瓦, 亿元, 万吨/亿吨 CO2). The table is report/units_list.h and
 * docs/model.md ("Units") lists it. Pure: no curses, no I/O. */
#ifndef PEAKPATH_REPORT_UNITS_H
#define PEAKPATH_REPORT_UNITS_H

#include <stddef.h>

#include "i18n.h"

/* How one column or series is shown: display value = engine value x factor, in `unit`. */
typedef struct {
    double factor;
    const char *unit; /* never NULL; "" for a unitless quantity */
} unit_view;

/* The view of a series in unit `si` (an engine table unit such as "Mtce") for lang. English, or a
 * unit the table does not know, gives factor 1 and `si` itself; si NULL counts as "". A whole series
 * or column keeps one unit, so a chart or CSV column never mixes 万吨 and 亿吨. */
unit_view units_view(const char *si, i18n_lang lang);

/* One value with its unit, for a sentence or a goal line: "215 Mt CO2" in English; in Chinese the
 * planning unit, moving up to 亿 where a planner would (2.15亿吨CO2, 1.90亿吨标准煤, 亿千瓦时 stays).
 * `decimals` < 0 picks: 3 significant digits at least, at most 2 decimals. Returns buf. */
const char *units_format(double value, const char *si, i18n_lang lang, int decimals, char *buf,
                         size_t size);

#endif
