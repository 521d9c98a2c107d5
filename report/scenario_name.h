/* report/scenario_name.h - a scenario's name as a reader sees it: [scenario] name_zh in Chinese
 * where the file gives one, else name. The one choice for the TUI title bar, the SVG titles, the
 * Markdown heading and the room. Pure: no I/O. */
#ifndef PEAKPATH_REPORT_SCENARIO_NAME_H
#define PEAKPATH_REPORT_SCENARIO_NAME_H

#include "../sim/scenario/scenario.h"
#include "i18n.h"

/* The name of s in lang (never NULL; "" for a NULL scenario). The text is the file's: callers that
 * put it on a terminal make it safe (report/safe_text.h) as for any name from a file. */
const char *scenario_name(const scn_scenario *s, i18n_lang lang);

#endif
