/* bench/bench_frame.h - a frame benchmark of the TUI (engine re-run + layout + draw of a whole
 * screen into an off-screen terminal) for `make bench`. */
#ifndef PEAKPATH_BENCH_BENCH_FRAME_H
#define PEAKPATH_BENCH_BENCH_FRAME_H

#include "../sim/pp_error.h"

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
