/* tests/test_hostile_shares.c - issue 18, "numbers and text": shares may add up to 100.05 (the
 * checker's slack for published shares rounded to 0.1 point), and what takes the rest must then
 * be 0, never negative (it was: tertiary share -0.05 %, services energy -0.01 Mtce). Expected
 * values by hand: primary 6.95 + secondary 93.1 = 100.05, scaled by 100/100.05 to
 * 6.95 * 100 / 100.05 = 6.94653 and 93.1 * 100 / 100.05 = 93.05347, tertiary 0. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <cmocka.h>

#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"

static const char slack_text[] =
    "[scenario]\nname = slack\ninherit = chongqing-baseline.ini\n"
    "[economy]\nprimary_share_pct = 6.95\nsecondary_share_pct = 93.1\n"
    "[services]\ngas_pct = 60.05\noil_pct = 20\nheat_pct = 20\n"
    /* an industry this large is far from Chongqing's statistics: no calibration, only the shares */
    "[calibration]\nenergy_mtce_end = 0\nenergy_intensity_index_end = 0\ncoal_share_first_pct = 0\n"
    "coal_share_end_pct = 0\ncarbon_intensity_index_end = 0\n";

static void test_share_slack_never_negative(void **state)
{
    scn_scenario *s = NULL;
    run_result *r = malloc(sizeof *r);
    pp_error e;
    (void)state;
    assert_non_null(r);
    assert_int_equal(scn_load_string(slack_text, "slack.ini", "scenarios", &s, &e), PP_OK);
    assert_int_equal(run_simulate(s, r, &e), PP_OK);
    for (int y = 0; y <= r->end_year - r->first_year; y++) {
        assert_true(r->v[RV_SHARE_TERTIARY][y] >= 0.0);
        assert_true(r->v[RV_SHARE_TERTIARY][y] < 1e-9);
        assert_float_equal(r->v[RV_SHARE_PRIMARY][y], 6.95 * 100 / 100.05, 1e-9);
        assert_float_equal(r->v[RV_SHARE_SECONDARY][y], 93.1 * 100 / 100.05, 1e-9);
        assert_true(r->v[RV_FIN_SERVICES][y] >= 0.0);
    }
    scn_free(s);
    free(r);
}

/* Over the slack is still an error (the checker, not the normalisation, decides what is valid). */
static void test_share_over_slack_refused(void **state)
{
    scn_scenario *s = NULL;
    pp_error e;
    (void)state;
    assert_int_equal(scn_load_string("[scenario]\nname = over\ninherit = chongqing-baseline.ini\n"
                                     "[economy]\nprimary_share_pct = 7\nsecondary_share_pct = 93.1\n",
                                     "over.ini", "scenarios", &s, &e),
                     PP_ERR_INPUT);
    assert_null(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_share_slack_never_negative),
        cmocka_unit_test(test_share_over_slack_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
