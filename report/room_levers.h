/* report/room_levers.h - what a participant changed: the levers whose value in their lever year
 * differs from the file they inherit (the challenge), as "lever: from -> to unit", for the room's
 * detail view, its Markdown summary and the projector page. Compute and text only. */
#ifndef PEAKPATH_REPORT_ROOM_LEVERS_H
#define PEAKPATH_REPORT_ROOM_LEVERS_H

#include <stddef.h>
#include <stdio.h>

#include "../sim/scenario/scenario.h"
#include "i18n.h"

#define RLEV_MAX 64

typedef struct {
    int id;          /* parameter id (a lever) */
    double from, to; /* lever-year values: the parent's, the participant's, in the key's unit */
} rlev_move;

/* The levers s sets itself with a lever value different from its parent's (none without a
 * parent), in table order, at most max. Returns how many. */
int rlev_moves(const scn_scenario *s, rlev_move *out, int max);

/* One move as text, "Solar PV capacity: 4.5 -> 8 GW" / "光伏装机：450 -> 800 万千瓦" (Chinese
 * planning units through report/units.h). utf8 chooses "→" or "->". Returns buf. */
const char *rlev_text(const rlev_move *m, i18n_lang lang, int utf8, char *buf, size_t size);

/* Every move of s joined with "; " ("" when none). Returns buf. */
const char *rlev_all_text(const scn_scenario *s, i18n_lang lang, int utf8, char *buf, size_t size);

/* The room summary's "Levers moved" section (Markdown): one line per participant whose file runs,
 * "- **ana**: Solar PV capacity: 4.50 -> 8.00 GW; ...". Called by md_write_room. */
void rlev_write_md(FILE *f, const void *room_table, int zh);

#endif
