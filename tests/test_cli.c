/* tests/test_cli.c - the headless CLI end to end: exit codes and usage, CSV/JSON content against the
 * seed document's published Chongqing figures, -o safety, the README's column list. The binary is
 * run with posix_spawn (tests/cli_fixture.h); report/save.c's atomic writing: tests/test_cli_save.c. */
#include "../cli/cli.h"
#include "cli_fixture.h"

/* ---- CSV of a run ---- */

#define CSV_MAX_COLS 128
#define CSV_MAX_ROWS 64

typedef struct {
    int ncols, nrows;
    char name[CSV_MAX_COLS][64];
    double v[CSV_MAX_ROWS][CSV_MAX_COLS]; /* v[row][0] is the year */
} csv_table;

/* Splits one line at commas into cells (modifies line). Returns the number of cells. */
static int csv_split(char *line, char **cells, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        cells[n++] = p;
        p = strchr(p, ',');
        if (!p) break;
        *p++ = '\0';
    }
    return n;
}

static void csv_parse(char *text, csv_table *t)
{
    char *save = NULL, *line = strtok_r(text, "\n", &save);
    char *cells[CSV_MAX_COLS];
    assert_non_null(line);
    t->ncols = csv_split(line, cells, CSV_MAX_COLS);
    for (int c = 0; c < t->ncols; c++) snprintf(t->name[c], sizeof t->name[c], "%s", cells[c]);
    t->nrows = 0;
    while ((line = strtok_r(NULL, "\n", &save)) && t->nrows < CSV_MAX_ROWS) {
        int n = csv_split(line, cells, CSV_MAX_COLS);
        assert_int_equal(n, t->ncols); /* every row as wide as the header */
        for (int c = 0; c < n; c++) t->v[t->nrows][c] = cells[c][0] ? strtod(cells[c], NULL) : NAN;
        t->nrows++;
    }
}

static int csv_col(const csv_table *t, const char *name)
{
    for (int c = 0; c < t->ncols; c++)
        if (!strcmp(t->name[c], name)) return c;
    return -1;
}

/* Value of column name in year; fails the test when either is missing. */
static double csv_at(const csv_table *t, const char *name, int year)
{
    int c = csv_col(t, name);
    assert_true(c >= 0);
    for (int r = 0; r < t->nrows; r++)
        if ((int)t->v[r][0] == year) return t->v[r][c];
    fail_msg("year %d not in the CSV", year);
    return NAN;
}

/* Runs `run SCN --format csv` and parses it into a new table (free it). */
static csv_table *default_csv(const fixture *fx)
{
    const char *args[] = {"run", fx->scn, "--format", "csv", NULL};
    csv_table *t = calloc(1, sizeof *t);
    char *text;
    assert_non_null(t);
    assert_int_equal(run_cli(fx, args), 0);
    text = slurp_in(fx, "out", NULL);
    assert_non_null(text);
    csv_parse(text, t);
    free(text);
    return t;
}

/* ---- exit codes and usage ---- */

static void test_cli_help_exits_0(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"--help", NULL};
    char *out;
    assert_int_equal(run_cli(fx, args), 0);
    out = slurp_in(fx, "out", NULL);
    assert_non_null(strstr(out, "usage: peakpath"));
    assert_non_null(strstr(out, "peakpath run [FILE]"));
    assert_non_null(strstr(out, "peakpath check FILE"));
    free(out);
}

static void test_cli_version_exits_0(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"--version", NULL};
    char *out;
    assert_int_equal(run_cli(fx, args), 0);
    out = slurp_in(fx, "out", NULL);
    assert_string_equal(out, "peakpath " PEAKPATH_VERSION "\n");
    free(out);
}

static void test_cli_command_help_exits_0(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"run", "--help", NULL};
    assert_int_equal(run_cli(fx, args), 0);
}

/* Runs args, expects exit 2 and a stderr naming `needle` and showing a usage line when usage. */
static void expect_exit_2(const fixture *fx, const char *const *args, const char *needle, int usage)
{
    char *err;
    assert_int_equal(run_cli(fx, args), 2);
    err = slurp_in(fx, "err", NULL);
    assert_non_null(err);
    if (needle && !strstr(err, needle)) fail_msg("stderr lacks '%s': %s", needle, err);
    if (usage) assert_non_null(strstr(err, "usage: peakpath"));
    free(err);
}

static void test_cli_unknown_command_exits_2(void **state)
{
    const char *args[] = {"frobnicate", NULL};
    expect_exit_2(*state, args, "frobnicate", 1);
}

static void test_cli_unknown_option_exits_2(void **state)
{
    const fixture *fx = *state;
    const char *a1[] = {"--frob", NULL};
    const char *a2[] = {"run", fx->scn, "--frob", NULL};
    expect_exit_2(fx, a1, "--frob", 1);
    expect_exit_2(fx, a2, "--frob", 1);
}

static void test_cli_missing_argument_exits_2(void **state)
{
    const fixture *fx = *state;
    const char *a2[] = {"run", fx->scn, "-o", NULL};
    const char *a3[] = {"run", fx->scn, "--format", NULL};
    expect_exit_2(fx, a2, "-o", 1);
    expect_exit_2(fx, a3, "--format", 1);
}

static void test_cli_bad_format_exits_2(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"run", fx->scn, "--format", "xml", NULL};
    expect_exit_2(fx, args, "xml", 1);
}

static void test_cli_missing_file_exits_2(void **state)
{
    const fixture *fx = *state;
    char path[300];
    const char *args[] = {"run", scratch(fx, "no-such-scenario.ini", path, sizeof path), NULL};
    expect_exit_2(fx, args, "no-such-scenario.ini", 0);
}

static void test_cli_garbage_scenario_exits_2(void **state)
{
    const fixture *fx = *state;
    char path[300];
    const char *args[] = {"run", scratch(fx, "garbage.ini", path, sizeof path), NULL};
    const char *check[] = {"check", path, NULL};
    write_file(path, "this is not a scenario\n[economy\ngdp_base_bn = = ?\n");
    expect_exit_2(fx, args, "garbage.ini", 0);
    expect_exit_2(fx, check, "garbage.ini", 0);
}

/* A copy of the real scenario with line "KEY = ..." replaced by "KEY = VALUE" (malloc'd). */
static char *replace_value(const char *text, const char *key, const char *value)
{
    char needle[80];
    const char *at, *eol;
    char *out = malloc(strlen(text) + strlen(key) + strlen(value) + 8);
    snprintf(needle, sizeof needle, "\n%s", key);
    at = strstr(text, needle);
    assert_non_null(at); /* the key is written in the default scenario */
    eol = strchr(at + 1, '\n');
    assert_non_null(eol);
    sprintf(out, "%.*s\n%s = %s%s", (int)(at - text), text, key, value, eol);
    return out;
}

/* The real scenario with an out-of-range GDP (the schema allows 1 .. 1e6 bn CNY). The message must
 * name the file and the key. */
static void test_cli_out_of_range_value_exits_2(void **state)
{
    const fixture *fx = *state;
    char path[300], *text = slurp(fx->scn, NULL), *bad;
    const char *args[] = {"run", scratch(fx, "bad-range.ini", path, sizeof path), NULL};
    assert_non_null(text);
    bad = replace_value(text, "gdp_base_bn", "-5");
    write_file(path, bad);
    expect_exit_2(fx, args, "gdp_base_bn", 0);
    expect_exit_2(fx, args, "bad-range.ini", 0);
    free(bad);
    bad = replace_value(text, "gdp_base_bn", "lots");
    write_file(path, bad);
    expect_exit_2(fx, args, "gdp_base_bn", 0);
    free(text);
    free(bad);
}

static void test_cli_check_default_ok(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"check", fx->scn, NULL};
    char *out, want[4200];
    assert_int_equal(run_cli(fx, args), 0);
    out = slurp_in(fx, "out", NULL);
    snprintf(want, sizeof want, "%s: ok\n", fx->scn);
    assert_string_equal(out, want); /* "FILE: ok" and nothing else (screen, issue 17) */
    free(out);
}

/* --verbose adds the calibration residuals under "FILE: ok". */
static void test_cli_check_verbose_residuals(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"check", "--verbose", fx->scn, NULL};
    char *out, want[4200];
    assert_int_equal(run_cli(fx, args), 0);
    out = slurp_in(fx, "out", NULL);
    snprintf(want, sizeof want, "%s: ok\n", fx->scn);
    assert_true(strncmp(out, want, strlen(want)) == 0);
    assert_non_null(strstr(out, "residual"));
    free(out);
}

static void test_cli_keys_lists_schema(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"keys", NULL};
    char *out;
    assert_int_equal(run_cli(fx, args), 0);
    out = slurp_in(fx, "out", NULL);
    assert_non_null(strstr(out, "economy.gdp_growth_pct"));
    assert_non_null(strstr(out, "calibration.coal_share_end_pct"));
    free(out);
}

/* ---- the default run ---- */

/* `run` without FILE runs the default scenario (found from the working directory here). */
static void test_cli_run_without_file_uses_default(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"run", "--format", "csv", NULL};
    char *out;
    assert_int_equal(run_cli(fx, args), 0);
    out = slurp_in(fx, "out", NULL);
    assert_non_null(strstr(out, "\n2060,"));
    free(out);
}

static void test_cli_run_table_has_summary(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"run", fx->scn, NULL};
    char *out;
    assert_int_equal(run_cli(fx, args), 0);
    out = slurp_in(fx, "out", NULL);
    assert_non_null(strstr(out, "Mtce"));
    assert_non_null(strstr(out, "Peak CO2:"));
    assert_non_null(strstr(out, "Carbon neutrality"));
    assert_non_null(strstr(out, "Calibration"));
    free(out);
}

static void test_cli_csv_header_has_required_columns(void **state)
{
    static const char *const required[] = {
        "year", "gdp_bn_cny", "pop_m", "share_primary_pct", "share_secondary_pct", "share_tertiary_pct",
        "energy_mtce", "coal_share_pct", "oil_share_pct", "gas_share_pct", "nonfossil_share_pct", "elec_twh",
        "cap_hydro_gw", "cap_solar_gw", "cap_wind_gw", "cap_coal_gw", "co2_mt", "co2_net_mt",
        "energy_intensity_tce_per_10k_cny", "carbon_intensity_t_per_10k_cny"};
    csv_table *t = default_csv(*state);
    for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
        if (csv_col(t, required[i]) < 0) fail_msg("CSV header lacks %s", required[i]);
    /* and it is exactly year + every run_var in outputs_list.h order */
    assert_int_equal(t->ncols, RV_COUNT + 1);
    assert_string_equal(t->name[0], "year");
    for (int v = 0; v < RV_COUNT; v++) assert_string_equal(t->name[v + 1], run_var_get(v)->name);
    assert_int_equal(t->nrows, 2060 - 2015 + 1);
    free(t);
}

/* Published figures (seed document, Chongqing 14th FYP review): coal share of energy use 49.1 %
 * in 2015 and 45.8 % in 2020; three-sector structure 6.4:44.9:48.4 (2015) and 7.2:40.0:52.8 (2020). */
static void test_cli_csv_reproduces_seed_shares(void **state)
{
    csv_table *t = default_csv(*state);
    assert_true(fabs(csv_at(t, "coal_share_pct", 2015) - 49.1) <= 0.1);
    assert_true(fabs(csv_at(t, "coal_share_pct", 2020) - 45.8) <= 0.1);
    assert_true(fabs(csv_at(t, "share_primary_pct", 2015) - 6.4) <= 0.1);
    assert_true(fabs(csv_at(t, "share_secondary_pct", 2015) - 44.9) <= 0.1);
    assert_true(fabs(csv_at(t, "share_primary_pct", 2020) - 7.2) <= 0.1);
    assert_true(fabs(csv_at(t, "share_secondary_pct", 2020) - 40.0) <= 0.1);
    assert_true(fabs(csv_at(t, "share_tertiary_pct", 2020) - 52.8) <= 0.1);
    free(t);
}

/* Seed: "energy intensity and emission intensity ... reduced by 19.4 % and 21.8 % from the 2015
 * level" in 2020, i.e. 2020/2015 = 100 - 19.4 = 80.6 % and 100 - 21.8 = 78.2 %. GDP 2020 was
 * 25002.79 亿元 = 2500.28 bn CNY (Chongqing 2020 Statistical Communique, shared/data/chongqing.csv). */
static void test_cli_csv_reproduces_seed_intensities(void **state)
{
    csv_table *t = default_csv(*state);
    double ei = 100 * csv_at(t, "energy_intensity_tce_per_10k_cny", 2020) /
                csv_at(t, "energy_intensity_tce_per_10k_cny", 2015);
    double ci = 100 * csv_at(t, "carbon_intensity_t_per_10k_cny", 2020) /
                csv_at(t, "carbon_intensity_t_per_10k_cny", 2015);
    if (fabs(ei - 80.6) > 0.3) fail_msg("energy intensity 2020/2015 = %.2f %%, seed 80.6 %%", ei);
    if (fabs(ci - 78.2) > 0.3) fail_msg("carbon intensity 2020/2015 = %.2f %%, seed 78.2 %%", ci);
    assert_true(csv_at(t, "gdp_bn_cny", 2020) > 2500);
    free(t);
}

static void assert_sum_100(const csv_table *t, int row, const char *const *cols, int n)
{
    double sum = 0;
    for (int i = 0; i < n; i++) sum += t->v[row][csv_col(t, cols[i])];
    if (fabs(sum - 100) > 1e-6) fail_msg("%s.. add to %.9f in %d", cols[0], sum, (int)t->v[row][0]);
}

static void test_cli_csv_shares_add_to_100(void **state)
{
    static const char *const sectors[] = {"share_primary_pct", "share_secondary_pct", "share_tertiary_pct"};
    static const char *const fuels[] = {"coal_share_pct", "oil_share_pct", "gas_share_pct", "nonfossil_share_pct", "import_fossil_share_pct"};
    static const char *const industry[] = {"industry_heavy_pct", "industry_hightech_pct", "industry_other_pct"};
    csv_table *t = default_csv(*state);
    for (int r = 0; r < t->nrows; r++) {
        assert_sum_100(t, r, sectors, 3);
        assert_sum_100(t, r, fuels, 5);
        assert_sum_100(t, r, industry, 3);
    }
    free(t);
}

static void test_cli_csv_bom(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"run", fx->scn, "--format", "csv", "--bom", NULL};
    const char *bad[] = {"run", fx->scn, "--bom", NULL}; /* --bom without csv */
    char *out;
    assert_int_equal(run_cli(fx, args), 0);
    out = slurp_in(fx, "out", NULL);
    assert_memory_equal(out, "\xEF\xBB\xBFyear,", 8);
    free(out);
    expect_exit_2(fx, bad, "--bom", 1);
}

/* ---- JSON ---- */

static void test_cli_json_parses(void **state)
{
    const fixture *fx = *state;
    const char *args[] = {"run", fx->scn, "--format", "json", NULL};
    char path[300];
    json_error_t jerr;
    json_t *root, *rows, *sum, *cal;
    assert_int_equal(run_cli(fx, args), 0);
    root = json_load_file(scratch(fx, "out", path, sizeof path), 0, &jerr);
    if (!root) fail_msg("JSON does not parse: line %d: %s", jerr.line, jerr.text);
    rows = json_object_get(root, "rows");
    sum = json_object_get(root, "summary");
    cal = json_object_get(root, "calibration");
    assert_true(json_is_array(rows));
    assert_int_equal(json_array_size(rows), 46);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(rows, 0), "year")), 2015);
    assert_true(json_is_number(json_object_get(json_array_get(rows, 5), "co2_mt")));
    assert_true(json_is_object(sum));
    assert_true(json_is_boolean(json_object_get(sum, "peak_reached")));
    assert_non_null(json_object_get(sum, "neutral_year")); /* a year or null, but present */
    assert_true(json_is_number(json_object_get(sum, "cum_co2_mt")));
    assert_true(json_is_array(cal));
    assert_int_equal(json_array_size(json_object_get(root, "columns")), RV_COUNT + 1);
    assert_string_equal(json_string_value(json_object_get(json_object_get(root, "scenario"), "file")), fx->scn);
    json_decref(root);
}

/* A child of the default scenario that ends in 2050: the 2060 shares in the summary do not exist
 * and must be JSON null (not 0, not a NaN token), and there are 2050 - 2015 + 1 = 36 rows. */
static void test_cli_json_nan_becomes_null(void **state)
{
    const fixture *fx = *state;
    char path[300], cwd[2048], text[8192], out[300];
    const char *args[] = {"run", scratch(fx, "ends2050.ini", path, sizeof path), "--format", "json", NULL};
    json_t *root, *sum;
    assert_non_null(getcwd(cwd, sizeof cwd));
    snprintf(text, sizeof text, "[scenario]\ninherit = %s%s%s\nname = ends 2050\n[years]\nend_year = 2050\n",
             fx->scn[0] == '/' ? "" : cwd, fx->scn[0] == '/' ? "" : "/", fx->scn);
    write_file(path, text);
    assert_int_equal(run_cli(fx, args), 0);
    root = json_load_file(scratch(fx, "out", out, sizeof out), 0, NULL);
    assert_non_null(root);
    sum = json_object_get(root, "summary");
    assert_int_equal(json_array_size(json_object_get(root, "rows")), 36);
    assert_true(json_is_null(json_object_get(sum, "coal_share_2060")));
    assert_true(json_is_null(json_object_get(sum, "nonfossil_share_2060")));
    assert_true(json_is_number(json_object_get(sum, "coal_share_2030")));
    json_decref(root);
    unlink(path);
}

/* ---- -o ---- */

/* Runs `run SCN --format FMT` to stdout and with -o FILE; the file must hold the same bytes. */
static void expect_same_bytes(const fixture *fx, const char *fmt)
{
    char path[300], name[32];
    char *std, *file;
    size_t nstd, nfile;
    const char *a1[] = {"run", fx->scn, "--format", fmt, NULL};
    const char *a2[] = {"run", fx->scn, "--format", fmt, "-o", NULL, NULL};
    snprintf(name, sizeof name, "same.%s", fmt);
    a2[5] = scratch(fx, name, path, sizeof path);
    assert_int_equal(run_cli(fx, a1), 0);
    std = slurp_in(fx, "out", &nstd);
    assert_int_equal(run_cli(fx, a2), 0);
    file = slurp(path, &nfile);
    assert_non_null(file);
    assert_int_equal(nstd, nfile);
    assert_memory_equal(std, file, nstd);
    free(std);
    free(file);
    unlink(path);
}

static void test_cli_output_file_same_bytes_as_stdout(void **state)
{
    expect_same_bytes(*state, "csv");
    expect_same_bytes(*state, "json");
    expect_same_bytes(*state, "table");
}

static void test_cli_output_refuses_existing_without_force(void **state)
{
    const fixture *fx = *state;
    char path[300], *after;
    const char *args[] = {"run", fx->scn, "--format", "csv", "-o", NULL, NULL, NULL};
    args[5] = scratch(fx, "precious.csv", path, sizeof path);
    write_file(path, "precious\n");
    expect_exit_2(fx, args, "precious.csv", 0);
    after = slurp(path, NULL);
    assert_string_equal(after, "precious\n");
    free(after);
    args[6] = "--force";
    assert_int_equal(run_cli(fx, args), 0);
    after = slurp(path, NULL);
    assert_memory_equal(after, "year,", 5);
    free(after);
    unlink(path);
}

static void test_cli_output_into_missing_dir_exits_2(void **state)
{
    const fixture *fx = *state;
    char path[300];
    const char *args[] = {"run", fx->scn, "-o", scratch(fx, "no/such/dir/x.csv", path, sizeof path), NULL};
    expect_exit_2(fx, args, "x.csv", 0);
}

/* ---- README ---- */

static void test_cli_readme_documents_every_column(void **state)
{
    char *readme = slurp("README.md", NULL);
    char needle[96];
    (void)state;
    assert_non_null(readme);
    for (int v = 0; v < RV_COUNT; v++) {
        snprintf(needle, sizeof needle, "`%s`", run_var_get(v)->name);
        if (!strstr(readme, needle)) fail_msg("README.md does not document column %s", needle);
    }
    assert_non_null(strstr(readme, "make run"));
    assert_non_null(strstr(readme, "make test"));
    free(readme);
}

/* ---- option helpers ---- */

static void test_cli_parse_format(void **state)
{
    cli_format f = CLI_FMT_TABLE;
    (void)state;
    assert_int_equal(cli_parse_format("csv", &f), 0);
    assert_int_equal(f, CLI_FMT_CSV);
    assert_int_equal(cli_parse_format("JSON", &f), 0);
    assert_int_equal(f, CLI_FMT_JSON);
    assert_int_equal(cli_parse_format("table", &f), 0);
    assert_int_equal(f, CLI_FMT_TABLE);
    assert_int_equal(cli_parse_format("xml", &f), -1);
    assert_int_equal(cli_parse_format("", &f), -1);
}

static void test_cli_find_scenario_env_first(void **state)
{
    const fixture *fx = *state;
    char path[300], found[4096], want[300];
    const char *old = getenv("PEAKPATH_SCENARIOS");
    char *saved = old ? strdup(old) : NULL;
    write_file(scratch(fx, "mine.ini", path, sizeof path), "[scenario]\n");
    setenv("PEAKPATH_SCENARIOS", fx->dir, 1);
    assert_int_equal(cli_find_scenario("mine.ini", found, sizeof found), 1);
    assert_string_equal(found, scratch(fx, "mine.ini", want, sizeof want));
    assert_int_equal(cli_find_scenario("absent-xyz.ini", found, sizeof found), 0);
    assert_string_equal(found, "scenarios/absent-xyz.ini");
    if (saved) setenv("PEAKPATH_SCENARIOS", saved, 1);
    else unsetenv("PEAKPATH_SCENARIOS");
    free(saved);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cli_help_exits_0),
        cmocka_unit_test(test_cli_version_exits_0),
        cmocka_unit_test(test_cli_command_help_exits_0),
        cmocka_unit_test(test_cli_unknown_command_exits_2),
        cmocka_unit_test(test_cli_unknown_option_exits_2),
        cmocka_unit_test(test_cli_missing_argument_exits_2),
        cmocka_unit_test(test_cli_run_without_file_uses_default),
        cmocka_unit_test(test_cli_bad_format_exits_2),
        cmocka_unit_test(test_cli_missing_file_exits_2),
        cmocka_unit_test(test_cli_garbage_scenario_exits_2),
        cmocka_unit_test(test_cli_out_of_range_value_exits_2),
        cmocka_unit_test(test_cli_check_default_ok),
        cmocka_unit_test(test_cli_check_verbose_residuals),
        cmocka_unit_test(test_cli_keys_lists_schema),
        cmocka_unit_test(test_cli_run_table_has_summary),
        cmocka_unit_test(test_cli_csv_header_has_required_columns),
        cmocka_unit_test(test_cli_csv_reproduces_seed_shares),
        cmocka_unit_test(test_cli_csv_reproduces_seed_intensities),
        cmocka_unit_test(test_cli_csv_shares_add_to_100),
        cmocka_unit_test(test_cli_csv_bom),
        cmocka_unit_test(test_cli_json_parses),
        cmocka_unit_test(test_cli_json_nan_becomes_null),
        cmocka_unit_test(test_cli_output_file_same_bytes_as_stdout),
        cmocka_unit_test(test_cli_output_refuses_existing_without_force),
        cmocka_unit_test(test_cli_output_into_missing_dir_exits_2),
        cmocka_unit_test(test_cli_readme_documents_every_column),
        cmocka_unit_test(test_cli_parse_format),
        cmocka_unit_test(test_cli_find_scenario_env_first),
    };
    return cmocka_run_group_tests_name("cli", tests, group_setup, group_teardown);
}
