/* bench/bench_tui.c - the TUI's responsiveness: a lever move, engine re-run, layout and draw of a
 * whole frame (tui_bench_frame) at 80x24 and 200x60, median and 90th percentile of many frames.
 * The target is a frame well under 10 ms at 200x60. */
#include <stdio.h>

#include <gsl/gsl_errno.h>

#include "../cli/cli.h"
#include "../report/error_text.h"
#include "bench_frame.h"

#define FRAMES 500          /* frames timed per size */
#define GOAL_FRAME_MS 10.0  /* key-to-screen budget at 200x60 */

static int bench_size(const char *file, int cols, int rows, double *median)
{
    tui_bench_result r;
    pp_error err;
    char buf[PP_ERR_MSG_MAX + 300];
    pp_error_clear(&err);
    if (tui_bench_frame(file, cols, rows, FRAMES, &r, &err) != PP_OK) {
        fprintf(stderr, "bench_tui: %s\n", error_text(&err, LANG_EN, buf, sizeof buf));
        return -1;
    }
    printf("  TUI frame %3dx%-3d (lever+run+draw)  median %7.3f ms   p90 %7.3f ms   (engine run alone %.3f ms, %d frames)\n",
           cols, rows, r.frame_ms_median, r.frame_ms_p90, r.run_ms_median, r.iterations);
    *median = r.frame_ms_median;
    return 0;
}

int main(int argc, char **argv)
{
    char file[4096];
    double m80, m200;
    gsl_set_error_handler_off();
    if (argc > 1) snprintf(file, sizeof file, "%s", argv[1]);
    else if (!cli_find_scenario(CLI_DEFAULT_SCENARIO, file, sizeof file)) {
        fprintf(stderr, "bench_tui: %s not found\n", CLI_DEFAULT_SCENARIO);
        return 2;
    }
    printf("TUI responsiveness (%s)\n", file);
    if (bench_size(file, 80, 24, &m80) || bench_size(file, 200, 60, &m200)) return 1;
    printf("  goal: a 200x60 frame under %.0f ms: %s\n", GOAL_FRAME_MS, m200 < GOAL_FRAME_MS ? "met" : "NOT met");
    return 0;
}
