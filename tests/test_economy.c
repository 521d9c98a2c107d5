/* tests/test_economy.c - sim/model/economy.c: GDP compounding at constant prices, the price base year
 * anchoring, the three-sector structure and the industry split. Expectations worked by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "engine_fixture.h"

/* 5 %/yr from 2020: 2025 = 1000 x 1.05^5 = 1276.2816 bn. */
static void test_econ_gdp_compounds_real_growth(void **state)
{
    struct scn_scenario *s = fx_make();
    double idx[11];
    (void)state;
    econ_gdp_index(fx_in(s), 11, idx);
    assert_float_equal(idx[0], 1.0, 1e-12);
    assert_float_equal(idx[5], 1.2762815625, 1e-9);
    fx_free(s);
}

/* Growth of the first year itself is not applied: a path 2020:50, 2021:10 gives idx(2021) = 1.10. */
static void test_econ_first_year_growth_not_applied(void **state)
{
    struct scn_scenario *s = fx_make();
    static const double g[] = {2020, 50, 2021, 10};
    double idx[2];
    (void)state;
    fx_path(s, P_ECONOMY_GDP_GROWTH, 2, g);
    econ_gdp_index(fx_in(s), 2, idx);
    assert_float_equal(idx[1], 1.10, 1e-12);
    fx_free(s);
}

/* Structure 10:40:50 of 1000 bn; industry 50/20/30 of 400 bn: 200, 80, 120. */
static void test_econ_structure_and_industry_split(void **state)
{
    struct scn_scenario *s = fx_make();
    econ_year e;
    (void)state;
    econ_year_step(fx_in(s), 2020, 1000.0, &e);
    assert_float_equal(e.share_tertiary_pct, 50.0, 1e-12);
    assert_float_equal(e.activity[SEC_AGRI], 100.0, 1e-9);
    assert_float_equal(e.activity[SEC_HEAVY], 200.0, 1e-9);
    assert_float_equal(e.activity[SEC_HIGHTECH], 80.0, 1e-9);
    assert_float_equal(e.activity[SEC_OTHERIND], 120.0, 1e-9);
    assert_float_equal(e.activity[SEC_SERVICES], 500.0, 1e-9);
    assert_float_equal(e.activity[SEC_TRANSPORT], 1000.0, 1e-9);
    assert_float_equal(e.activity[SEC_HOUSE], 10.0, 1e-12);
    assert_float_equal(e.ind_other_pct, 30.0, 1e-12);
    fx_free(s);
}

/* Shares given as rounded figures that add to 99.7 (the seed's 2015 6.4:44.9:48.4): tertiary takes
 * the rest, 48.7, so the three add to exactly 100. */
static void test_econ_tertiary_takes_the_rest(void **state)
{
    struct scn_scenario *s = fx_make();
    econ_year e;
    (void)state;
    fx_const(s, P_ECONOMY_PRIMARY_SHARE, 6.4);
    fx_const(s, P_ECONOMY_SECONDARY_SHARE, 44.9);
    econ_year_step(fx_in(s), 2020, 1000.0, &e);
    assert_float_equal(e.share_tertiary_pct, 48.7, 1e-9);
    assert_float_equal(e.share_primary_pct + e.share_secondary_pct + e.share_tertiary_pct, 100.0, 1e-9);
    fx_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_econ_gdp_compounds_real_growth),
        cmocka_unit_test(test_econ_first_year_growth_not_applied),
        cmocka_unit_test(test_econ_structure_and_industry_split),
        cmocka_unit_test(test_econ_tertiary_takes_the_rest),
    };
    return cmocka_run_group_tests_name("economy", tests, NULL, NULL);
}
