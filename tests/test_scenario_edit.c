/* tests/test_scenario_edit.c - editing a loaded scenario (sim/scenario/scenario_edit.c): levers, path
 * edits, clone; the INI writer's round trip (scenario_write.c); that docs/scenario-format.md names
 * every key, the shipped scenarios load and every lever has a plausible range.
 * Expected numbers are worked out by hand in the comments. Run from the repository root. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include "scenario_fixture.h"
#include "../report/error_text.h"

/* ---- editing and levers ---- */

static void assert_path(const pp_path *p, int n, const int *years, const double *values)
{
    assert_int_equal(p->n, n);
    for (int i = 0; i < n; i++) {
        assert_int_equal(p->year[i], years[i]);
        if (fabs(p->value[i] - values[i]) > 1e-9)
            fail_msg("point %d: %.12g, wanted %.12g", i, p->value[i], values[i]);
    }
}

static void test_lever_add_keeps_history(void **state)
{
    scn_scenario *s = load_base();
    pp_error e;
    (void)state;
    /* heavy_industry.elec_pct 2015:10, 2020:12, 2060:40 (ADD, lever year 2030, hist 2020):
     * value in 2030 = 12 + 28 x 10/40 = 19. Setting 25 adds a knot at 2030 and shifts the
     * points after 2020 by +6: 2030 -> 25, 2060 -> 46. */
    assert_true(fabs(scn_lever_value(s, P_HEAVY_ELEC) - 19.0) < 1e-12);
    assert_int_equal(scn_lever_set(s, P_HEAVY_ELEC, 25, &e), PP_OK);
    assert_path(scn_path(s, P_HEAVY_ELEC), 4, (int[]){2015, 2020, 2030, 2060}, (double[]){10, 12, 25, 46});
    assert_true(fabs(scn_value_at(s, P_HEAVY_ELEC, 2018) - 11.2) < 1e-12); /* history: 10 + 2 x 3/5 */
    assert_true(scn_lever_value(s, P_HEAVY_ELEC) == 25.0);
    /* nev_share 2015:1, 2020:3, 2060:80 -> set via a path with no point after 2020 first */
    {
        pp_path p;
        assert_int_equal(pp_path_parse("2015:1, 2020:3", &p, NULL), PP_OK);
        assert_int_equal(scn_set_path(s, P_TRANSPORT_NEV_SHARE, &p, &e), PP_OK);
        /* value in 2030 is 3 (flat); setting 20 adds a knot at 2030 and moves it to 20 */
        assert_int_equal(scn_lever_set(s, P_TRANSPORT_NEV_SHARE, 20, &e), PP_OK);
        assert_path(scn_path(s, P_TRANSPORT_NEV_SHARE), 3, (int[]){2015, 2020, 2030}, (double[]){1, 3, 20});
        /* a segment across hist_end_year: 2015:0, 2025:10. In 2020 it is 5, in 2030 10.
         * Knots at 2020 (5) and 2030 (10); +10 on later points: 2025 -> 20, 2030 -> 20. */
        assert_int_equal(pp_path_parse("2015:0, 2025:10", &p, NULL), PP_OK);
        assert_int_equal(scn_set_path(s, P_TRANSPORT_NEV_SHARE, &p, &e), PP_OK);
        assert_int_equal(scn_lever_set(s, P_TRANSPORT_NEV_SHARE, 20, &e), PP_OK);
        assert_path(scn_path(s, P_TRANSPORT_NEV_SHARE), 4, (int[]){2015, 2020, 2025, 2030},
                    (double[]){0, 5, 20, 20});
        /* 10 x 3/10, untouched: history 2015..2020 is its own spline of two points, a line */
        assert_float_equal(scn_value_at(s, P_TRANSPORT_NEV_SHARE, 2018), 3.0, 1e-12);
    }
    scn_free(s);
}

static void test_lever_mul_and_scalar(void **state)
{
    scn_scenario *s = load_base();
    pp_error e;
    (void)state;
    /* hydro_gw 2015:7, 2020:8, 2040:10 (MUL, 2030): 9 in 2030; to 18 = x2 after 2020 */
    assert_true(scn_lever_value(s, P_POWER_HYDRO_GW) == 9.0);
    assert_int_equal(scn_lever_set(s, P_POWER_HYDRO_GW, 18, &e), PP_OK);
    assert_path(scn_path(s, P_POWER_HYDRO_GW), 4, (int[]){2015, 2020, 2030, 2040}, (double[]){7, 8, 18, 20});
    /* cement_mt defaults to a constant 0 (MUL): scaling 0 falls back to a shift */
    assert_int_equal(scn_lever_set(s, P_EMIS_CEMENT_MT, 5, &e), PP_OK);
    assert_path(scn_path(s, P_EMIS_CEMENT_MT), 2, (int[]){2020, 2030}, (double[]){0, 5});
    /* a scalar lever is just set */
    assert_int_equal(scn_lever_set(s, P_POWER_COAL_RETIRE_RATE, 1.5, &e), PP_OK);
    assert_true(scn_lever_value(s, P_POWER_COAL_RETIRE_RATE) == 1.5);
    assert_true(scn_is_set_here(s, P_POWER_COAL_RETIRE_RATE));
    scn_free(s);
}

static void test_lever_rejections_leave_scenario_unchanged(void **state)
{
    scn_scenario *s = load_base();
    pp_path before;
    pp_error e;
    (void)state;
    before = *scn_path(s, P_HEAVY_ELEC);
    assert_int_equal(scn_lever_set(s, P_HEAVY_ELEC, 150, &e), PP_ERR_RANGE); /* v out of 0..100 */
    assert_has(ERROR_MSG_EN(&e), "expected 0..100 %");
    assert_memory_equal(scn_path(s, P_HEAVY_ELEC), &before, sizeof before);
    /* electrification alone is never refused for the other fuels: it takes room from all of them
     * in proportion (2030 to 50 is +31 on later points: 2060 -> 71, valid) */
    assert_int_equal(scn_lever_set(s, P_HEAVY_ELEC, 50, &e), PP_OK);
    /* the lever-year value itself over the S-curve ceiling (solar_potential_gw = 100): refused;
     * later points are compressed (test_scenario_interp.c), the value asked for is not */
    before = *scn_path(s, P_POWER_SOLAR_GW);
    assert_int_equal(scn_lever_set(s, P_POWER_SOLAR_GW, 800, &e), PP_ERR_INPUT);
    assert_has(ERROR_MSG_EN(&e), "is not below solar_potential_gw = 100 GW");
    assert_memory_equal(scn_path(s, P_POWER_SOLAR_GW), &before, sizeof before);
    assert_int_equal(scn_lever_set(s, P_ECONOMY_POPULATION, 30, &e), PP_ERR_USAGE); /* not a lever */
    assert_int_equal(scn_lever_set(s, P_HEAVY_ELEC, NAN, &e), PP_ERR_RANGE);
    scn_free(s);
}

static void test_set_path_and_clone(void **state)
{
    scn_scenario *s = load_base(), *c;
    pp_path p, before;
    pp_error e;
    (void)state;
    before = *scn_path(s, P_ECONOMY_SECONDARY_SHARE);
    assert_int_equal(pp_path_parse("2015:45, 2030:95", &p, NULL), PP_OK); /* + primary 8->... > 100 */
    assert_int_equal(scn_set_path(s, P_ECONOMY_SECONDARY_SHARE, &p, &e), PP_ERR_INPUT);
    assert_memory_equal(scn_path(s, P_ECONOMY_SECONDARY_SHARE), &before, sizeof before);
    assert_int_equal(pp_path_parse("2015:45, 2030:120", &p, NULL), PP_OK);
    assert_int_equal(scn_set_path(s, P_ECONOMY_SECONDARY_SHARE, &p, &e), PP_ERR_RANGE);
    assert_int_equal(pp_path_parse("2015:2", &p, NULL), PP_OK);
    assert_int_equal(scn_set_path(s, P_ECONOMY_GDP_BASE_BN, &p, &e), PP_ERR_PARSE); /* scalar */
    c = scn_clone(s);
    assert_non_null(c);
    assert_int_equal(pp_path_parse("2015:40, 2060:50", &p, NULL), PP_OK);
    assert_int_equal(scn_set_path(c, P_ECONOMY_SECONDARY_SHARE, &p, &e), PP_OK);
    assert_true(scn_value_at(c, P_ECONOMY_SECONDARY_SHARE, 2060) == 50.0);
    assert_true(scn_value_at(s, P_ECONOMY_SECONDARY_SHARE, 2060) == 30.0);
    assert_string_equal(scn_text(c, P_SCENARIO_NAME), "Test base");
    assert_ptr_not_equal(scn_text(c, P_SCENARIO_NAME), scn_text(s, P_SCENARIO_NAME));
    scn_free(s);
    scn_free(c);
    assert_null(scn_clone(NULL));
}

/* ---- writing ---- */

static void assert_same_values(const scn_scenario *a, const scn_scenario *b)
{
    for (int id = 0; id < P_COUNT; id++) {
        const pp_path *pa = scn_path(a, id), *pb = scn_path(b, id);
        double la = 0, ha = 0, lb = 0, hb = 0;
        if (!pa) {
            if (id != P_SCENARIO_INHERIT) assert_string_equal(scn_text(a, id), scn_text(b, id));
            continue;
        }
        if (pa->n != pb->n || memcmp(pa->year, pb->year, sizeof pa->year[0] * (size_t)pa->n)
            || memcmp(pa->value, pb->value, sizeof pa->value[0] * (size_t)pa->n))
            fail_msg("%s.%s differs after the round trip", pp_param_get(id)->section, pp_param_get(id)->key);
        assert_int_equal(scn_range(a, id, &la, &ha), scn_range(b, id, &lb, &hb));
        assert_true(la == lb && ha == hb);
    }
}

static void test_to_ini_round_trip(void **state)
{
    scn_scenario *s = load_base(), *back = NULL;
    pp_path p;
    pp_error e;
    char *text = NULL, buf[1024];
    (void)state;
    /* values that need all 17 digits */
    p.n = 3;
    p.year[0] = 2020; p.value[0] = 0.1 + 0.2;
    p.year[1] = 2030; p.value[1] = 1.0 / 3.0;
    p.year[2] = 2060; p.value[2] = 1234.5678901234567;
    if (scn_set_path(s, P_POWER_IMPORT_TWH, &p, &e) != PP_OK) fail_msg("%s", error_text(&e, LANG_EN, buf, sizeof buf));
    assert_int_equal(scn_to_ini(s, NULL, NULL, &text, &e), PP_OK);
    assert_has(text, "first_year = 2015\n");
    assert_has(text, "; Solar PV capacity: GW, 0..1000");
    assert_has(text, "hydro_gw = 2015:7, 2020:8, 2040:10\n");
    if (scn_load_string(text, "back.ini", NULL, &back, &e) != PP_OK)
        fail_msg("%s", error_text(&e, LANG_EN, buf, sizeof buf));
    assert_same_values(s, back);
    scn_free(back);
    free(text);
    scn_free(s);
}

static void test_to_ini_child_lists_differences(void **state)
{
    char dir[] = "/tmp/pp_scn_XXXXXX", parent[64];
    char *t = base_text(NULL, NULL, NULL, NULL), *text = NULL;
    scn_scenario *par = NULL, *child, *back = NULL;
    pp_error e;
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(parent, sizeof parent, "%s/parent.ini", dir);
    write_file(parent, t);
    assert_int_equal(scn_load(parent, &par, &e), PP_OK);
    child = scn_clone(par);
    assert_int_equal(scn_lever_set(child, P_POWER_WIND_GW, 10, &e), PP_OK);
    assert_int_equal(scn_to_ini(child, par, "parent.ini", &text, &e), PP_OK);
    assert_has(text, "inherit = \"parent.ini\"");
    assert_has(text, "name = \"Test base\"");
    assert_has(text, "wind_gw = ");
    assert_null(strstr(text, "solar_gw"));
    assert_null(strstr(text, "gdp_base_bn"));
    assert_int_equal(scn_load_string(text, "child.ini", dir, &back, &e), PP_OK);
    assert_same_values(child, back);
    assert_true(scn_value_at(back, P_POWER_WIND_GW, 2030) == 10.0);
    scn_free(back);
    scn_free(child);
    scn_free(par);
    free(text);
    free(t);
    remove(parent);
    rmdir(dir);
}

/* ---- docs and shipped scenarios ---- */

static void test_docs_name_every_key(void **state)
{
    FILE *f = fopen("docs/scenario-format.md", "r");
    char *doc;
    long n;
    (void)state;
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    doc = malloc((size_t)n + 1);
    assert_int_equal(fread(doc, 1, (size_t)n, f), (size_t)n);
    doc[n] = '\0';
    fclose(f);
    for (int id = 0; id < P_COUNT; id++) {
        char name[160];
        snprintf(name, sizeof name, "`%s.%s`", pp_param_get(id)->section, pp_param_get(id)->key);
        if (!strstr(doc, name)) fail_msg("docs/scenario-format.md does not document %s", name);
    }
    free(doc);
}

/* Every .ini file in scenarios/ loads and survives the INI round trip. */
static void test_shipped_scenarios_load(void **state)
{
    DIR *d = opendir("scenarios");
    struct dirent *ent;
    int n = 0;
    (void)state;
    if (!d) return; /* not run from the repository root */
    while ((ent = readdir(d)) != NULL) {
        size_t len = strlen(ent->d_name);
        char file[512], buf[1024], *text = NULL;
        scn_scenario *s = NULL, *back = NULL;
        pp_error e;
        if (len < 5 || strcmp(ent->d_name + len - 4, ".ini")) continue;
        snprintf(file, sizeof file, "scenarios/%s", ent->d_name);
        if (scn_load(file, &s, &e) != PP_OK) fail_msg("%s", error_text(&e, LANG_EN, buf, sizeof buf));
        assert_int_equal(scn_to_ini(s, NULL, NULL, &text, &e), PP_OK);
        if (scn_load_string(text, file, "scenarios", &back, &e) != PP_OK)
            fail_msg("%s written back: %s", file, error_text(&e, LANG_EN, buf, sizeof buf));
        assert_same_values(s, back);
        scn_free(back);
        scn_free(s);
        free(text);
        n++;
    }
    closedir(d);
    assert_true(n >= 1);
}

/* Every lever has a plausible range (lo < hi, inside its hard range) and a greener direction;
 * keys that are not levers have none. */
static void test_every_lever_has_a_plausible_range(void **state)
{
    (void)state;
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        const pp_lever_range *r = pp_lever_range_get(id);
        if (p->group == LG_NONE) { assert_null(r); continue; }
        assert_non_null(r);
        assert_true(r->lo < r->hi);
        assert_true(r->lo >= p->min && r->hi <= p->max);
        assert_true(r->greener == 1 || r->greener == -1);
        assert_non_null(r->source);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lever_add_keeps_history),
        cmocka_unit_test(test_lever_mul_and_scalar),
        cmocka_unit_test(test_lever_rejections_leave_scenario_unchanged),
        cmocka_unit_test(test_set_path_and_clone),
        cmocka_unit_test(test_to_ini_round_trip),
        cmocka_unit_test(test_to_ini_child_lists_differences),
        cmocka_unit_test(test_docs_name_every_key),
        cmocka_unit_test(test_shipped_scenarios_load),
        cmocka_unit_test(test_every_lever_has_a_plausible_range),
    };
    return cmocka_run_group_tests_name("scenario_edit", tests, NULL, NULL);
}
