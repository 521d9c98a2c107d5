/* tui/tui.h - the interactive front end's entry point: the TUI itself (the room screen is
 * tui/room.h; the frame benchmark is bench/bench_frame.h). */
#ifndef PEAKPATH_TUI_TUI_H
#define PEAKPATH_TUI_TUI_H

#include "../sim/pp_error.h"

/* Opens the TUI on scenario_file (NULL: scenarios/ + PEAKPATH_DEFAULT_SCENARIO) in language `lang`
 * ("zh", "en", or NULL: from the locale). Returns the process exit code: 0 after a normal quit,
 * 2 when the file cannot be loaded, lang is unknown or stdin/stdout is not a terminal (message on
 * stderr, terminal untouched),
 * 1 when the terminal cannot be set up, 128 + signal number after SIGINT, SIGTERM, SIGHUP, SIGQUIT or another terminating signal (tui/term.h).
 * The terminal is restored on every way out, including crash signals (which are re-raised). */
int tui_main(const char *scenario_file, const char *lang);

/* Participant mode, `peakpath join DIR --name NAME` (tui/join.h): the TUI on the room's current
 * challenge (or on challenge without a workshop file), saving to DIR/NAME.ini. A name already
 * taken is refused before the terminal is touched (exit 2) unless resume is set and the file is
 * the caller's own. Exit codes as tui_main. */
int tui_join_main(const char *dir, const char *name, const char *challenge, const char *lang, int resume);

typedef struct {
    const char *dir, *name, *challenge;
    int resume;
} tui_join;

/* tui_main (join NULL) or tui_join_main. */
int tui_run(const char *scenario_file, const char *lang, const tui_join *join);

#endif
