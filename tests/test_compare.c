/* tests/test_compare.c - cmocka tests of the `compare` writers (cli/analysis.c): JSON, CSV and
 * table output of two real runs, checked against the run results themselves. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>
#include <jansson.h>

#include "../cli/analysis.h"
#include "../sim/model/summary.h"

#define BASELINE "scenarios/chongqing-baseline.ini"

/* A variant of the baseline with more solar after 2020 (less coal power, less CO2). */
static const char more_solar[] =
    "[scenario]\nname = more solar\ninherit = chongqing-baseline.ini\n"
    "[power]\nsolar_gw = 2015:0.05, 2020:0.67, 2025:4, 2030:9, 2060:20\n";

typedef struct {
    scn_scenario *scn[2];
    run_result *res[2];
    const char *files[2];
} fixture;

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    pp_error err;
    if (!fx) return -1;
    fx->files[0] = BASELINE;
    fx->files[1] = "more-solar.ini";
    if (scn_load(BASELINE, &fx->scn[0], &err) != PP_OK) return -1;
    if (scn_load_string(more_solar, "more-solar.ini", "scenarios", &fx->scn[1], &err) != PP_OK) return -1;
    for (int k = 0; k < 2; k++) {
        fx->res[k] = malloc(sizeof *fx->res[k]);
        if (!fx->res[k] || run_simulate(fx->scn[k], fx->res[k], &err) != PP_OK) return -1;
    }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    for (int k = 0; k < 2; k++) {
        scn_free(fx->scn[k]);
        free(fx->res[k]);
    }
    free(fx);
    return 0;
}

/* Runs a writer into a temporary file and returns its text (malloc'd). */
static char *write_to_text(cli_writer w, const ana_compare *c)
{
    FILE *f = tmpfile();
    pp_error err;
    long n;
    char *text;
    assert_non_null(f);
    assert_int_equal(w(f, c, &err), PP_OK);
    n = ftell(f);
    rewind(f);
    text = calloc((size_t)n + 1, 1);
    assert_non_null(text);
    assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    return text;
}

static ana_compare make_compare(fixture *fx, int second)
{
    static const scn_scenario *scn[2];
    static const run_result *res[2];
    static const char *files[2];
    scn[0] = fx->scn[0];
    res[0] = fx->res[0];
    files[0] = fx->files[0];
    scn[1] = fx->scn[second];
    res[1] = fx->res[second];
    files[1] = fx->files[second];
    return (ana_compare){2, files, scn, res, 0, 0, CSV_HEAD_NAMES};
}

/* JSON: each scenario's summary is its run's; the differences are B - A year by year, computed
 * here from the two results. */
static void test_compare_json_differences(void **state)
{
    fixture *fx = *state;
    ana_compare c = make_compare(fx, 1);
    char *text = write_to_text(ana_compare_json, &c);
    json_error_t jerr;
    json_t *root = json_loads(text, 0, &jerr), *list, *years, *diff, *diff0;
    const run_result *a = fx->res[0], *b = fx->res[1];
    (void)state;
    assert_non_null(root);
    list = json_object_get(root, "scenarios");
    years = json_object_get(root, "years");
    assert_int_equal(json_array_size(list), 2);
    assert_int_equal(json_array_size(years), (size_t)a->n_years);
    assert_int_equal(json_integer_value(json_array_get(years, 0)), a->first_year);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(json_array_get(list, 1), "summary"),
                                                        "peak_year")), b->summary.peak_year);
    diff = json_object_get(json_object_get(json_array_get(list, 1), "diff_vs_first"), "co2_mt");
    diff0 = json_object_get(json_object_get(json_array_get(list, 0), "diff_vs_first"), "co2_mt");
    for (int i = 0; i < a->n_years; i++) {
        double want = b->v[RV_CO2][i] - a->v[RV_CO2][i];
        assert_true(fabs(json_number_value(json_array_get(diff, (size_t)i)) - want) < 1e-6);
        assert_true(json_number_value(json_array_get(diff0, (size_t)i)) == 0.0);
    }
    /* more solar: less CO2 in 2030 than the baseline */
    assert_true(json_number_value(json_array_get(diff, (size_t)(2030 - a->first_year))) < 0.0);
    json_decref(root);
    free(text);
}

/* A scenario compared with itself differs by nothing. */
static void test_compare_with_itself_is_zero(void **state)
{
    fixture *fx = *state;
    ana_compare c = make_compare(fx, 0);
    char *text = write_to_text(ana_compare_json, &c);
    json_t *root = json_loads(text, 0, NULL);
    json_t *diff = json_object_get(json_object_get(json_array_get(json_object_get(root, "scenarios"), 1),
                                                   "diff_vs_first"), "co2_net_mt");
    size_t i;
    json_t *v;
    assert_non_null(root);
    json_array_foreach(diff, i, v) assert_true(json_number_value(v) == 0.0);
    json_decref(root);
    free(text);
}

/* CSV in long form: one header naming the scenarios by their names (not their paths), then one
 * row per variable and year (11 x years: CO2, net CO2, energy, coal and non-fossil shares, and of
 * issue 12 investment, system cost, SO2, NOx, PM2.5 and health damage; no summary rows with an empty
 * year); the co2_mt row of 2030 holds both values and their difference. */
static void test_compare_csv_rows(void **state)
{
    fixture *fx = *state;
    ana_compare c = make_compare(fx, 1);
    char *text = write_to_text(ana_compare_csv, &c), *line;
    int rows = 0;
    double va, vb, d;
    (void)state;
    for (char *p = text; *p; p++) rows += *p == '\n';
    assert_int_equal(rows, 1 + 11 * fx->res[0]->n_years);
    {
        const char *header = "indicator,unit,year,\"Chongqing baseline\",\"more solar\",\"more solar - Chongqing baseline\"\n";
        assert_true(strncmp(text, header, strlen(header)) == 0);
    }
    assert_null(strstr(text, ",,")); /* every row has its year */
    line = strstr(text, "\nco2_mt,\"Mt CO2\",2030,");
    assert_non_null(line);
    assert_int_equal(sscanf(line, "\nco2_mt,\"Mt CO2\",2030,%lf,%lf,%lf", &va, &vb, &d), 3);
    assert_true(fabs(va - run_at(fx->res[0], RV_CO2, 2030)) < 1e-6);
    assert_true(fabs(vb - run_at(fx->res[1], RV_CO2, 2030)) < 1e-6);
    assert_true(fabs(d - (vb - va)) < 1e-6);
    free(text);
}

static void test_compare_table_names_both(void **state)
{
    fixture *fx = *state;
    ana_compare c = make_compare(fx, 1);
    char *text = write_to_text(ana_compare_table, &c);
    assert_non_null(strstr(text, "[1] Chongqing baseline"));
    assert_non_null(strstr(text, "[2] more solar"));
    assert_non_null(strstr(text, "[2]-[1]"));
    assert_non_null(strstr(text, "peak year"));
    /* the cost block: more solar avoids CO2 against the baseline (issue 12) */
    assert_non_null(strstr(text, "Cost, CO2 and air against [1]"));
    assert_non_null(strstr(text, "CO2 avoided against [1], gross, Mt CO2"));
    assert_non_null(strstr(text, "abatement cost per t CO2, CNY/t CO2"));
    free(text);
}

int main(void)
{
    gsl_set_error_handler_off(); /* as the front ends do: statuses are checked, never aborted on */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compare_json_differences),
        cmocka_unit_test(test_compare_with_itself_is_zero),
        cmocka_unit_test(test_compare_csv_rows),
        cmocka_unit_test(test_compare_table_names_both),
    };
    return cmocka_run_group_tests_name("compare", tests, setup, teardown);
}
