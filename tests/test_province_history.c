/* tests/test_province_history.c - "history once" (issue 16): a child file that gives a path only
 * future points keeps the parent's historical points; a child path with a historical point, or a
 * bare number, replaces the whole path. Parent: scenarios/chongqing-baseline.ini, whose
 * solar_gw = 2015:0.05, 2020:0.67, 2025:2.2, 2030:4.5, 2040:9, 2060:20 (history to 2020). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "../sim/scenario/scenario.h"
#include "../report/error_text.h"

static scn_scenario *child(const char *power_lines)
{
    char text[1024];
    scn_scenario *s = NULL;
    pp_error err = {0};
    snprintf(text, sizeof text, "[scenario]\nname = t\nregion = Chongqing\ninherit = chongqing-baseline.ini\n"
             "[power]\n%s\n", power_lines);
    if (scn_load_string(text, "scenarios/child.ini", "scenarios", &s, &err) != PP_OK) {
        print_error("load failed: %s\n", ERROR_MSG_EN(&err));
        return NULL;
    }
    return s;
}

/* Future points only: the 2015 and 2020 points come from the parent, then the child's. */
static void test_history_kept_for_future_points(void **state)
{
    scn_scenario *s = child("solar_gw = 2030:9, 2060:26");
    const pp_path *p;
    (void)state;
    assert_non_null(s);
    p = scn_path(s, P_POWER_SOLAR_GW);
    assert_int_equal(p->n, 4);
    assert_int_equal(p->year[0], 2015);
    assert_float_equal(p->value[0], 0.05, 1e-12);
    assert_int_equal(p->year[1], 2020);
    assert_float_equal(p->value[1], 0.67, 1e-12);
    assert_int_equal(p->year[2], 2030);
    assert_float_equal(p->value[2], 9, 1e-12);
    /* the historical years run as the parent's: 2020 is the parent's point */
    assert_float_equal(scn_value_at(s, P_POWER_SOLAR_GW, 2020), 0.67, 1e-9);
    scn_free(s);
}

/* A child path that gives a historical point owns its history. */
static void test_history_point_replaces_history(void **state)
{
    scn_scenario *s = child("solar_gw = 2020:1.0, 2030:9");
    (void)state;
    assert_non_null(s);
    assert_int_equal(scn_path(s, P_POWER_SOLAR_GW)->n, 2);
    assert_float_equal(scn_value_at(s, P_POWER_SOLAR_GW, 2020), 1.0, 1e-9);
    scn_free(s);
}

/* A bare number is a constant over all years, history included, as before. */
static void test_history_bare_number_replaces_all(void **state)
{
    scn_scenario *s = child("solar_gw = 3");
    (void)state;
    assert_non_null(s);
    assert_float_equal(scn_value_at(s, P_POWER_SOLAR_GW, 2015), 3.0, 1e-9);
    scn_free(s);
}

/* A parent constant (loss_pct = 6 in the baseline) becomes a point at hist_end_year 2020. */
static void test_history_parent_constant_becomes_point(void **state)
{
    scn_scenario *s = child("loss_pct = 2030:5");
    const pp_path *p;
    (void)state;
    assert_non_null(s);
    p = scn_path(s, P_POWER_LOSS);
    assert_int_equal(p->n, 2);
    assert_int_equal(p->year[0], 2020);
    assert_float_equal(p->value[0], 6.0, 1e-12);
    assert_float_equal(scn_value_at(s, P_POWER_LOSS, 2015), 6.0, 1e-9);
    scn_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_history_kept_for_future_points),
        cmocka_unit_test(test_history_point_replaces_history),
        cmocka_unit_test(test_history_bare_number_replaces_all),
        cmocka_unit_test(test_history_parent_constant_becomes_point),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
