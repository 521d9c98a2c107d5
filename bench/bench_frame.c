/* bench/bench_frame.c - the TUI frame benchmark behind `make bench` (bench/bench_tui.c): a lever
 * move, the engine re-run, the layout and the draw of a whole screen, flushed through curses into
 * /dev/null. Built only into the benchmark, never into the product. */
#include "bench_frame.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/app.h"
#include "../tui/clock.h"
#include "../tui/curses_wide.h"
#include "../tui/theme.h"

/* ---- helpers ---- */

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

static double percentile(double *t, int n, double p)
{
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    return t[(int)(p * (n - 1) + 0.5)];
}

/* Wide characters need a UTF-8 locale; the benchmark measures that (the common) case. */
static int bench_locale(void)
{
    setlocale(LC_ALL, "");
    if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) setlocale(LC_CTYPE, "C.UTF-8");
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

static SCREEN *bench_screen(FILE *out, FILE *in, int cols, int rows)
{
    static const char *const terms[] = {"xterm-256color", "xterm", "vt100"};
    for (size_t i = 0; i < sizeof terms / sizeof terms[0]; i++) {
        SCREEN *s = newterm(terms[i], out, in);
        if (!s) continue;
        set_term(s);
        resize_term(rows, cols);
        thm_init(has_colors());
        return s;
    }
    return NULL;
}

/* Times n frames (lever one step up, then down, ...) into t_frame, and n engine runs alone. */
static void time_frames(app *a, int n, double *t_frame, double *t_run)
{
    int id = a->levers.id[0];
    double v0 = scn_lever_value(a->scn, id), step = pp_param_get(id)->step;
    run_result *r = malloc(sizeof *r);
    for (int i = 0; i < n; i++) {
        double t0 = clk_now_ms();
        app_set_lever(a, id, i % 2 ? v0 : v0 + step, 1);
        app_compute(a);
        app_draw(a);
        refresh();
        t_frame[i] = clk_now_ms() - t0;
    }
    for (int i = 0; i < n && r; i++) {
        double t0 = clk_now_ms();
        run_scenario(a->scn, &a->cal, r, NULL);
        t_run[i] = clk_now_ms() - t0;
    }
    free(r);
}

/* ---- public ---- */

pp_status tui_bench_frame(const char *scenario_file, int cols, int rows, int iterations,
                          tui_bench_result *out, pp_error *err)
{
    FILE *devout = fopen("/dev/null", "w"), *devin = fopen("/dev/null", "r");
    double *tf = calloc((size_t)(iterations > 0 ? iterations : 1), sizeof *tf);
    double *tr = calloc((size_t)(iterations > 0 ? iterations : 1), sizeof *tr);
    app *a = app_new(LANG_EN, bench_locale(), 1);
    SCREEN *scr = NULL;
    pp_status st = PP_OK;
    memset(out, 0, sizeof *out);
    if (!devout || !devin || !tf || !tr || !a || iterations < 1)
        st = pp_error_set(err, PP_ERR_NOMEM, BENCH_SETUP);
    else if ((st = app_load(a, scenario_file, err)) == PP_OK && !(scr = bench_screen(devout, devin, cols, rows)))
        st = pp_error_set(err, PP_ERR_IO, BENCH_NO_TERMINAL);
    if (st == PP_OK) {
        time_frames(a, iterations, tf, tr);
        endwin();
        out->iterations = iterations;
        out->run_ms_median = percentile(tr, iterations, 0.5);
        out->frame_ms_p90 = percentile(tf, iterations, 0.9);
        out->frame_ms_median = percentile(tf, iterations, 0.5);
    }
    if (scr) delscreen(scr);
    if (devout) fclose(devout);
    if (devin) fclose(devin);
    free(tf);
    free(tr);
    app_free(a);
    return st;
}
