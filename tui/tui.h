/* tui/tui.h - the interactive front end's entry points: the TUI itself, and a frame benchmark
 * (engine re-run + layout + draw of a whole screen into an off-screen terminal) for `make bench`. */
#ifndef PEAKPATH_TUI_TUI_H
#define PEAKPATH_TUI_TUI_H

#include "../sim/pp_error.h"

/* Opens the TUI on scenario_file (NULL: scenarios/chongqing-baseline.ini) in language `lang`
 * ("zh", "en", or NULL: from the locale). Returns the process exit code: 0 after a normal quit,
 * 2 when the file cannot be loaded, lang is unknown or stdin/stdout is not a terminal (message on
 * stderr, terminal untouched),
 * 1 when the terminal cannot be set up, 128 + signal number after SIGINT, SIGTERM or SIGHUP.
 * The terminal is restored on every way out, including crash signals (which are re-raised). */
int tui_main(const char *scenario_file, const char *lang);

typedef struct {
    int iterations;
    double frame_ms_median; /* lever move + engine run + layout + draw + terminal output */
    double frame_ms_p90;
    double run_ms_median;   /* the engine run alone */
} tui_bench_result;

/* Times `iterations` frames of a cols x rows screen on scenario_file, each after a lever move
 * (alternating one step up and down), drawn into a terminal writing to /dev/null.
 * Returns PP_OK, or the load/terminal error in err. */
pp_status tui_bench_frame(const char *scenario_file, int cols, int rows, int iterations,
                          tui_bench_result *out, pp_error *err);

#endif
