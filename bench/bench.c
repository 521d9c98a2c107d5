/* bench/bench.c - engine timings on the default scenario: load (scn_load), calibration
 * (cal_calibrate) and one run with calibration done once (run_scenario). Prints medians. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gsl/gsl_errno.h>

#include "../cli/cli.h"
#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"

#define BENCH_RUNS 2000      /* run_scenario repetitions */
#define BENCH_LOADS 200      /* scn_load repetitions */
#define BENCH_CALS 50        /* cal_calibrate repetitions */
#define GOAL_RUN_US 50.0     /* target for one run_scenario, microseconds */

typedef struct {
    double median_us, p90_us, min_us;
    int n;
} bench_stats;

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static bench_stats stats_of(double *t, int n)
{
    bench_stats s;
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    s.n = n;
    s.min_us = t[0];
    s.median_us = n % 2 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]);
    s.p90_us = t[(int)(0.9 * (n - 1))];
    return s;
}

static void print_stats(const char *what, bench_stats s)
{
    printf("  %-34s median %10.1f us   p90 %10.1f us   min %10.1f us   (%d runs)\n", what, s.median_us, s.p90_us,
           s.min_us, s.n);
}

/* Times n loads of file; returns 0, or -1 after printing the error. */
static int bench_load(const char *file, double *t, int n)
{
    for (int i = 0; i < n; i++) {
        scn_scenario *s = NULL;
        pp_error err;
        double t0 = now_us();
        if (scn_load(file, &s, &err) != PP_OK) {
            cli_print_error(&err);
            return -1;
        }
        t[i] = now_us() - t0;
        scn_free(s);
    }
    return 0;
}

static int bench_calibrate(const scn_scenario *s, cal_result *cal, double *t, int n)
{
    for (int i = 0; i < n; i++) {
        pp_error err;
        double t0 = now_us();
        if (cal_calibrate(s, cal, &err) != PP_OK) {
            cli_print_error(&err);
            return -1;
        }
        t[i] = now_us() - t0;
    }
    return 0;
}

static int bench_run(const scn_scenario *s, const cal_result *cal, run_result *r, double *t, int n)
{
    for (int i = 0; i < n; i++) {
        pp_error err;
        double t0 = now_us();
        if (run_scenario(s, cal, r, &err) != PP_OK) {
            cli_print_error(&err);
            return -1;
        }
        t[i] = now_us() - t0;
    }
    return 0;
}

/* Loads, calibrates and runs file, timing each; prints the figures. Returns the exit code. */
static int bench_all(const char *file)
{
    static double t[BENCH_RUNS];
    scn_scenario *s = NULL;
    run_result *r = malloc(sizeof *r);
    cal_result cal;
    pp_error err;
    bench_stats run_st;
    int rc = 1;
    if (!r || bench_load(file, t, BENCH_LOADS) != 0) goto done;
    print_stats("load (scn_load)", stats_of(t, BENCH_LOADS));
    if (scn_load(file, &s, &err) != PP_OK) {
        cli_print_error(&err);
        goto done;
    }
    if (bench_calibrate(s, &cal, t, BENCH_CALS) != 0) goto done;
    print_stats("calibration (cal_calibrate)", stats_of(t, BENCH_CALS));
    if (bench_run(s, &cal, r, t, BENCH_RUNS) != 0) goto done;
    run_st = stats_of(t, BENCH_RUNS);
    print_stats("one run (run_scenario)", run_st);
    printf("  run_scenario goal < %.0f us: %s\n", GOAL_RUN_US, run_st.median_us < GOAL_RUN_US ? "met" : "MISSED");
    rc = 0;
done:
    scn_free(s);
    free(r);
    return rc;
}

int main(int argc, char **argv)
{
    char file[4096];
    gsl_set_error_handler_off();
    if (argc > 1) snprintf(file, sizeof file, "%s", argv[1]);
    else if (!cli_find_scenario(CLI_DEFAULT_SCENARIO, file, sizeof file)) {
        fprintf(stderr, "bench: default scenario %s not found\n", file);
        return 2;
    }
    printf("peakpath %s engine benchmark on %s\n", PEAKPATH_VERSION, file);
    return bench_all(file);
}
