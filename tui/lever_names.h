/* tui/lever_names.h - the levers' short names (at most 12 columns in English and in Chinese,
 * unique in the panel), used where a lever's full label (sim/scenario/params_list.h) does not fit.
 * The table is tui/lever_names_list.h, keyed by "section.key" so that it does not depend on the
 * parameter ids' order; tests/test_tui_levers.c checks that every lever has a line, that each
 * name fits and that no two read the same. Pure. */
#ifndef PEAKPATH_TUI_LEVER_NAMES_H
#define PEAKPATH_TUI_LEVER_NAMES_H

#include "../report/i18n.h"

#define LEV_SHORT_MAX_W 12 /* columns */

/* The short name of parameter id in lang, or NULL when the table has no line for it. */
const char *lev_short_name(int id, i18n_lang lang);

/* The name of lever id for a label of width columns: its full label when that fits, else its
 * short name (the full label when there is none, for the caller to cut). Never NULL. */
const char *lev_name_for_width(int id, i18n_lang lang, int width);

#endif
