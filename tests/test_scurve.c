/* tests/test_scurve.c - sim/model/scurve.c: the logistic S-curve through capacity targets, checked by
 * hand and against an independent numerical integration of the logistic ODE with GSL. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_odeiv2.h>

#include "engine_fixture.h"

static pp_path two_targets(void)
{
    pp_path p = {2, {2020, 2030}, {1.0, 5.0}};
    return p;
}

/* K = 10 through (2020, 1) and (2030, 5): a = logit(0.1) = -ln 9, b = (0 + ln 9)/10, so in 2025
 * a + 5b = -ln 9 / 2 = -ln 3 and C = 10 / (1 + 3) = 2.5 exactly. */
static void test_scurve_midpoint_by_hand(void **state)
{
    pp_path p = two_targets();
    (void)state;
    assert_float_equal(scurve_at(&p, 10.0, 2025), 2.5, 1e-12);
    assert_float_equal(scurve_at(&p, 10.0, 2020), 1.0, 1e-12);
    assert_float_equal(scurve_at(&p, 10.0, 2030), 5.0, 1e-12);
}

static void test_scurve_flat_outside_targets(void **state)
{
    pp_path p = two_targets();
    (void)state;
    assert_float_equal(scurve_at(&p, 10.0, 2015), 1.0, 1e-12);
    assert_float_equal(scurve_at(&p, 10.0, 2060), 5.0, 1e-12);
}

/* A segment from zero has no logistic through it: linear, 0 -> 4 over 4 years gives 1 per year. */
static void test_scurve_from_zero_is_linear(void **state)
{
    pp_path p = {2, {2020, 2024}, {0.0, 4.0}};
    (void)state;
    assert_float_equal(scurve_at(&p, 10.0, 2021), 1.0, 1e-12);
}

typedef struct { double r, k; } logistic_params;

static int logistic_rhs(double t, const double y[], double dydt[], void *params)
{
    const logistic_params *lp = params;
    (void)t;
    dydt[0] = lp->r * y[0] * (1.0 - y[0] / lp->k);
    return GSL_SUCCESS;
}

/* Integrating dC/dt = b C (1 - C/K) from C(2020) = 1 with b = ln 9 / 10 (GSL rk8pd) must give the
 * closed form every year of the segment. */
static void test_scurve_matches_gsl_ode(void **state)
{
    logistic_params lp = {log(9.0) / 10.0, 10.0};
    gsl_odeiv2_system sys = {logistic_rhs, NULL, 1, &lp};
    gsl_odeiv2_driver *d = gsl_odeiv2_driver_alloc_y_new(&sys, gsl_odeiv2_step_rk8pd, 1e-3, 1e-12, 1e-12);
    double t = 2020.0, y[1] = {1.0};
    pp_path p = two_targets();
    (void)state;
    for (int year = 2021; year <= 2030; year++) {
        assert_int_equal(gsl_odeiv2_driver_apply(d, &t, (double)year, y), GSL_SUCCESS);
        assert_float_equal(scurve_at(&p, 10.0, year), y[0], 1e-8);
    }
    gsl_odeiv2_driver_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scurve_midpoint_by_hand),
        cmocka_unit_test(test_scurve_flat_outside_targets),
        cmocka_unit_test(test_scurve_from_zero_is_linear),
        cmocka_unit_test(test_scurve_matches_gsl_ode),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests_name("scurve", tests, NULL, NULL);
}
