/* tests/test_gsl.c - the engine does not depend on its caller to stop GSL from aborting: this program
 * never touches GSL's error handler itself (unlike the other test mains and main.c). Each case runs
 * in a child process: after one engine entry point that uses GSL (cal_calibrate, mc_run,
 * seek_lever), a GSL error - a root solver given an interval with lower > upper - comes back as the
 * status GSL_EINVAL instead of aborting the process. A control child that made no engine call
 * shows the check can fail: there GSL's default handler aborts (SIGABRT). */
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>

#include "../sim/analysis/mc.h"
#include "../sim/analysis/seek.h"
#include "../sim/model/run.h"

#define BASE "scenarios/chongqing-baseline.ini"
#define UNCERTAIN "scenarios/chongqing-uncertain.ini"

static double line_fn(double x, void *p) { (void)p; return x - 0.5; }

/* A GSL error on purpose: GSL_EINVAL ("invalid interval") when the handler is off. */
static int provoke_gsl_error(void)
{
    gsl_function f = {line_fn, NULL};
    gsl_root_fsolver *r = gsl_root_fsolver_alloc(gsl_root_fsolver_bisection);
    int status = r ? gsl_root_fsolver_set(r, &f, 1.0, 0.0) : -1;
    gsl_root_fsolver_free(r);
    return status;
}

static scn_scenario *load(const char *file)
{
    scn_scenario *s = NULL;
    pp_error e;
    pp_error_clear(&e);
    return scn_load(file, &s, &e) == PP_OK ? s : NULL;
}

typedef enum { CALL_NONE, CALL_CALIBRATE, CALL_MC, CALL_SEEK } engine_call;

/* In the child: one engine entry point, then the GSL error. Exit 0 when it came back as
 * GSL_EINVAL, 2 when the entry point itself failed, 3 when GSL returned something else. */
static void child(engine_call call)
{
    scn_scenario *s = load(call == CALL_MC ? UNCERTAIN : BASE);
    pp_error e;
    pp_status st = PP_OK;
    if (!s) _exit(2);
    pp_error_clear(&e);
    if (call == CALL_CALIBRATE) {
        cal_result cal;
        st = cal_calibrate(s, &cal, &e);
    } else if (call == CALL_MC) {
        static mc_result out;
        mc_options opt = {20, 7, 1, NULL, NULL, 0, 1}; /* 20 draws, seed 7, one thread */
        st = mc_run(s, &opt, &out, &e);
    } else if (call == CALL_SEEK) {
        static seek_result out;
        seek_target t;
        if (seek_parse_target("co2_2030<=215", &t, &e) != PP_OK) _exit(2);
        st = seek_lever(s, pp_param_find("economy.gdp_growth_pct", NULL), &t, &out, &e);
    }
    scn_free(s);
    if (st != PP_OK) _exit(2);
    _exit(provoke_gsl_error() == GSL_EINVAL ? 0 : 3);
}

/* Runs child(call) in a fork and returns its wait status. */
static int run_child(engine_call call)
{
    int status = 0;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        signal(SIGABRT, SIG_DFL);
        child(call);
    }
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return status;
}

static void assert_status_returned(engine_call call)
{
    int status = run_child(call);
    if (WIFSIGNALED(status)) fail_msg("GSL aborted the process (signal %d) after the engine call", WTERMSIG(status));
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

static void control_default_handler_aborts(void **state)
{
    int status;
    (void)state;
    status = run_child(CALL_NONE);
    assert_true(WIFSIGNALED(status));
    assert_int_equal(WTERMSIG(status), SIGABRT);
}

static void after_calibration_gsl_errors_are_statuses(void **state)
{
    (void)state;
    assert_status_returned(CALL_CALIBRATE);
}

static void after_monte_carlo_gsl_errors_are_statuses(void **state)
{
    (void)state;
    assert_status_returned(CALL_MC);
}

static void after_seek_gsl_errors_are_statuses(void **state)
{
    (void)state;
    assert_status_returned(CALL_SEEK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(control_default_handler_aborts),
        cmocka_unit_test(after_calibration_gsl_errors_are_statuses),
        cmocka_unit_test(after_monte_carlo_gsl_errors_are_statuses),
        cmocka_unit_test(after_seek_gsl_errors_are_statuses),
    };
    /* deliberately no gsl_set_error_handler_off() here: that is the engine's job now */
    return cmocka_run_group_tests(tests, NULL, NULL);
}
