/* tests/test_tui_mac.c - cmocka tests of the abatement curve chart's value range (tui/mac_view.c,
 * mac_view_range): the bars' costs with 0 included, and one bar far beyond the rest cut so that it
 * does not flatten the others; worked by hand. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "../tui/cost_view.h"

static mac_curve *curve_of(const double *cost, int n)
{
    mac_curve *m = calloc(1, sizeof *m);
    m->n = n;
    for (int i = 0; i < n; i++) m->curve[i].a.cny_per_t = cost[i];
    return m;
}

/* Costs -1472, -477, -260, 100, 247 CNY/t: below zero 1472 > 2 x 477, so the range stops at
 * -1.25 x 477 = -596.25; above, 247 > 2 x 100, so it stops at 125. */
static void test_mac_range_cuts_a_far_bar(void **state)
{
    static const double cost[] = {-1472, -477, -260, 100, 247};
    mac_curve *m = curve_of(cost, 5);
    double lo, hi;
    (void)state;
    mac_view_range(m, &lo, &hi);
    assert_true(fabs(lo - -596.25) < 1e-9);
    assert_true(fabs(hi - 125.0) < 1e-9);
    free(m);
}

/* Costs -300, -200, 50, 90: no bar twice as far as the next, so the range is -300..90. All
 * positive (40, 60): 0..60. Uncosted (NAN): 0..1, the bars one row on the axis. */
static void test_mac_range_plain(void **state)
{
    static const double cost[] = {-300, -200, 50, 90}, pos[] = {40, 60}, none[] = {NAN, NAN};
    mac_curve *m = curve_of(cost, 4);
    double lo, hi;
    (void)state;
    mac_view_range(m, &lo, &hi);
    assert_true(lo == -300 && hi == 90);
    free(m);
    m = curve_of(pos, 2);
    mac_view_range(m, &lo, &hi);
    assert_true(lo == 0 && hi == 60);
    free(m);
    m = curve_of(none, 2);
    mac_view_range(m, &lo, &hi);
    assert_true(lo == 0 && hi == 1);
    free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mac_range_cuts_a_far_bar),
        cmocka_unit_test(test_mac_range_plain),
    };
    return cmocka_run_group_tests_name("tui_mac", tests, NULL, NULL);
}
