/* tui/room.h - the facilitator's room screen (`peakpath room DIR`): one row per participant's
 * scenario file in DIR, refreshed as files change (report/room_scan.h computes the rows), sortable
 * by any column; Enter opens a participant's charts, Space marks rows and `o` overlays the marked
 * participants' CO2 paths; `e` exports the room summary and the overlay for the projector. */
#ifndef PEAKPATH_TUI_ROOM_H
#define PEAKPATH_TUI_ROOM_H

#include "../report/room_workshop.h"

/* Runs the room screen on dir in language lang ("zh", "en", NULL: the locale), looking at the
 * folder every interval_ms milliseconds; participants' files may inherit files directly in dir or
 * in the folders of the NULL-terminated list allow (the challenge folder; allow may be NULL).
 * Returns the exit code: 0 after q, 2 when dir cannot be read or lang is unknown (message on
 * stderr, terminal untouched), 1 when the terminal cannot be set up or stdin/stdout is not a
 * terminal, 128 + signal after SIGINT, SIGTERM, SIGHUP (or a hung-up terminal). */
int room_main(const char *dir, const char *lang, int interval_ms, const char *const *allow);

/* room_main with every option (report/room_workshop.h: the answers file, the projector page). */
int room_run(const room_args *a);

#endif
