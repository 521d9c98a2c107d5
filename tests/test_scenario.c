/* tests/test_scenario.c - the scenario loader (sim/scenario/scenario_load.c, scenario_parse.c,
 * scenario_check.c): path syntax and interpolation, a complete scenario, inheritance, and every
 * class of bad input (status and message). Levers, edits and the INI writer are in
 * tests/test_scenario_edit.c. Expected numbers are worked out by hand in the comments. Run from
 * the repository root. */
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

/* ---- paths ---- */

static void test_path_parse_good(void **state)
{
    pp_path p;
    pp_error e;
    (void)state;
    assert_int_equal(pp_path_parse("2020:0.7, 2030:12, 2060:45", &p, &e), PP_OK);
    assert_int_equal(p.n, 3);
    assert_int_equal(p.year[0], 2020);
    assert_int_equal(p.year[2], 2060);
    assert_true(p.value[0] == 0.7 && p.value[1] == 12 && p.value[2] == 45);
    assert_int_equal(pp_path_parse("  -2.5e1 ", &p, &e), PP_OK); /* a bare number: constant */
    assert_int_equal(p.n, 1);
    assert_int_equal(p.year[0], 0);
    assert_true(p.value[0] == -25);
    assert_int_equal(pp_path_parse("2020 : 1 ,2030:+2,2040:.5", &p, &e), PP_OK);
    assert_int_equal(p.n, 3);
    assert_true(p.value[1] == 2 && p.value[2] == 0.5);
}

/* Parses text expecting PP_ERR_PARSE and a message holding needle. */
static void path_bad(const char *text, const char *needle)
{
    pp_path p;
    pp_error e;
    p.n = 99;
    if (pp_path_parse(text, &p, &e) != PP_ERR_PARSE) fail_msg("\"%s\" was accepted", text);
    assert_int_equal(p.n, 99); /* untouched on failure */
    assert_has(ERROR_MSG_EN(&e), needle);
}

static void test_path_parse_bad(void **state)
{
    char many[1024] = "";
    (void)state;
    path_bad("", "empty value");
    path_bad("garbage", "\"garbage\"");
    path_bad("2030:", "missing value");
    path_bad("2030:1x", "\"1x\"");
    path_bad("2030:1, 2020:2", "out of order: 2020 comes after 2030");
    path_bad("2030:1, 2030:2", "year 2030 is given twice");
    path_bad("2030:nan", "not a finite number");
    path_bad("2030:inf", "not a finite number");
    path_bad("-Infinity", "not a finite number");
    path_bad("1e999", "not a finite number");
    path_bad("2030:0x10", "\"0x10\"");
    path_bad("1, 2", "has no year");
    path_bad("2020:1,", "empty point");
    path_bad("2020:1,,2030:2", "empty point");
    path_bad("1980:1", "year 1980");
    path_bad("2101:1", "year 2101");
    path_bad("2030.5:1", "\"2030.5\"");
    path_bad("2030:1 2", "\"1 2\"");
    for (int i = 0; i < PP_PATH_MAX + 1; i++)
        snprintf(many + strlen(many), sizeof many - strlen(many), "%s%d:1", i ? "," : "", 2000 + i);
    path_bad(many, "too many points (49)");
}

static void test_path_at_by_hand(void **state)
{
    pp_path p;
    (void)state;
    assert_int_equal(pp_path_parse("2020:10, 2030:20", &p, NULL), PP_OK);
    assert_true(pp_path_at(&p, 2025) == 15.0);  /* halfway */
    assert_true(fabs(pp_path_at(&p, 2023) - 13.0) < 1e-12); /* 10 + 10 x 3/10 */
    assert_true(pp_path_at(&p, 2010) == 10.0);  /* flat before */
    assert_true(pp_path_at(&p, 2040) == 20.0);  /* flat after */
    assert_int_equal(pp_path_parse("2020:0, 2030:10, 2060:40", &p, NULL), PP_OK);
    assert_true(pp_path_at(&p, 2045) == 25.0);  /* 10 + 30 x 15/30 */
    assert_true(pp_path_at(&p, 2030) == 10.0);
    assert_int_equal(pp_path_parse("7.5", &p, NULL), PP_OK);
    assert_true(pp_path_at(&p, 1995) == 7.5 && pp_path_at(&p, 2099) == 7.5);
}

/* ---- a good scenario ---- */

static void test_base_loads_with_defaults(void **state)
{
    scn_scenario *s = load_base();
    (void)state;
    assert_string_equal(scn_text(s, P_SCENARIO_NAME), "Test base");
    assert_string_equal(scn_text(s, P_SCENARIO_DESC_EN), ""); /* optional, absent */
    assert_int_equal(scn_first_year(s), 2015);
    assert_int_equal(scn_hist_end_year(s), 2020);
    assert_int_equal(scn_end_year(s), 2060);
    /* secondary 2015:45, 2060:30: in 2030, 45 - 15 x 15/45 = 40 */
    assert_true(fabs(scn_value_at(s, P_ECONOMY_SECONDARY_SHARE, 2030) - 40.0) < 1e-12);
    /* defaults from the table: loss 6 %, heat share 0, vehicle life 14.5 yr */
    assert_true(scn_value_at(s, P_POWER_LOSS, 2040) == 6.0);
    assert_true(scn_value_at(s, P_HEAVY_HEAT, 2040) == 0.0);
    assert_true(scn_value_at(s, P_TRANSPORT_VEHICLE_LIFE, 2040) == 14.5);
    assert_true(scn_is_set_here(s, P_POWER_SOLAR_GW));
    assert_false(scn_is_set_here(s, P_POWER_LOSS));
    assert_null(scn_parent(s));
    assert_string_equal(scn_parent_file(s), "");
    assert_string_equal(scn_file(s), "");
    assert_null(scn_path(s, P_SCENARIO_NAME));
    assert_null(scn_path(s, P_COUNT));
    assert_true(isnan(scn_value_at(s, -1, 2030)));
    scn_free(s);
    scn_free(NULL);
}

/* Same text with a BOM and CRLF line ends, inline comments, quotes and mixed case. */
static void test_bom_crlf_comments_case(void **state)
{
    char *t = base_text("scenario", "name", "\"Semi; colon # hash\"  ; a comment",
                        "# hash comment\n[POWER]\nLoss_Pct = 7 ; inline\nsolar_gw.range = -5, 10\n");
    size_t n = strlen(t), j = 3;
    char *crlf = malloc(2 * n + 4);
    scn_scenario *s = NULL;
    pp_error e;
    double lo, hi;
    (void)state;
    memcpy(crlf, "\xEF\xBB\xBF", 3);
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '\n') crlf[j++] = '\r';
        crlf[j++] = t[i];
    }
    crlf[j] = '\0';
    assert_int_equal(scn_load_string(crlf, "crlf.ini", NULL, &s, &e), PP_OK);
    assert_string_equal(scn_text(s, P_SCENARIO_NAME), "Semi; colon # hash");
    assert_true(scn_value_at(s, P_POWER_LOSS, 2030) == 7.0);
    assert_int_equal(scn_range(s, P_POWER_SOLAR_GW, &lo, &hi), 1);
    assert_true(lo == -5 && hi == 10);
    assert_int_equal(scn_range(s, P_POWER_WIND_GW, &lo, &hi), 0);
    scn_free(s);
    free(crlf);
    free(t);
}

/* A continuation line joins the next; a comment ending in a backslash does not swallow a key. */
static void test_continuation_and_long_text(void **state)
{
    char desc[3000];
    char extra[3300];
    char *t;
    scn_scenario *s = NULL;
    pp_error e;
    (void)state;
    memset(desc, 'x', sizeof desc - 1);
    desc[sizeof desc - 1] = '\0';
    snprintf(extra, sizeof extra, "[scenario]\ndescription_en = %s\n[power]\n; C:\\\nloss_pct = 2020:6, \\\n"
             "   2060:4\n", desc);
    t = base_text(NULL, NULL, NULL, extra);
    assert_int_equal(scn_load_string(t, "c.ini", NULL, &s, &e), PP_OK);
    assert_int_equal(scn_path(s, P_POWER_LOSS)->n, 2);
    assert_true(scn_path(s, P_POWER_LOSS)->value[1] == 4.0);
    assert_int_equal(strlen(scn_text(s, P_SCENARIO_DESC_EN)), sizeof desc - 1); /* not cut at 1024 */
    scn_free(s);
    free(t);
}

/* ---- bad input: files in tests/bad ---- */

static void file_bad(const char *file, pp_status want, const char *n1, const char *n2)
{
    scn_scenario *s = (scn_scenario *)1;
    pp_error e;
    char buf[1024];
    pp_status st = scn_load(file, &s, &e);
    error_text(&e, LANG_EN, buf, sizeof buf);
    if (st != want) fail_msg("%s: status %s, wanted %s: %s", file, pp_status_name(st), pp_status_name(want), buf);
    assert_null(s);
    assert_has(buf, n1);
    if (n2) assert_has(buf, n2);
}

static void test_bad_files(void **state)
{
    (void)state;
    file_bad("tests/bad/unknown_key.ini", PP_ERR_PARSE, "unknown_key.ini:3: [power] solr_gw:", "did you mean power.solar_gw?");
    file_bad("tests/bad/unknown_section.ini", PP_ERR_PARSE, "unknown_section.ini:2: [powr]", "did you mean [power]?");
    file_bad("tests/bad/not_a_number.ini", PP_ERR_PARSE, "not_a_number.ini:3: [economy] gdp_base_bn:", "\"lots\"");
    file_bad("tests/bad/out_of_range.ini", PP_ERR_RANGE,
             "tests/bad/out_of_range.ini:3: [power] solar_gw: value -3 in \"2020:0.7, 2030:-3\" is out "
             "of range: expected 0..1000 GW", NULL);
    file_bad("tests/bad/negative_capacity.ini", PP_ERR_RANGE, "[power] hydro_gw: value -1 is out of range: expected 0..500 GW", NULL);
    file_bad("tests/bad/years_order.ini", PP_ERR_PARSE, "years_order.ini:3: [economy] gdp_growth_pct:", "2025 comes after 2030");
    file_bad("tests/bad/duplicate_key.ini", PP_ERR_PARSE, "duplicate_key.ini:5: [power] solar_gw:", "line 3 and again on line 5");
    file_bad("tests/bad/nan.ini", PP_ERR_PARSE, "[economy] gdp_base_bn:", "gdp_base_bn: \"nan\" is not a finite number");
    file_bad("tests/bad/inf.ini", PP_ERR_PARSE, "[power] solar_gw:", "\"inf\" in \"2030:inf\" is not a finite number");
    file_bad("tests/bad/garbage_line.ini", PP_ERR_PARSE, "garbage_line.ini:3:", "\"this line is not ini\"");
    file_bad("tests/bad/binary.ini", PP_ERR_PARSE, "binary.ini:3:", "control byte 0x00");
    file_bad("tests/bad/only_comments.ini", PP_ERR_PARSE, "only_comments.ini:", "no `key = value` lines");
    file_bad("tests/bad/text_range.ini", PP_ERR_PARSE, "[scenario] name.range:", "name is text");
    file_bad("tests/bad/no_such_file.ini", PP_ERR_IO, "no_such_file.ini:", "No such file");
}

static void test_inherit_loop_and_missing_parent(void **state)
{
    (void)state;
    file_bad("tests/bad/loop_a.ini", PP_ERR_INPUT, "tests/bad/loop_b.ini:3: [scenario] inherit:",
             "inherit loop: tests/bad/loop_a.ini -> tests/bad/loop_b.ini -> tests/bad/loop_a.ini");
    file_bad("tests/bad/self_loop.ini", PP_ERR_INPUT, "self_loop.ini:3: [scenario] inherit:",
             "inherit loop: tests/bad/self_loop.ini -> tests/bad/self_loop.ini");
    file_bad("tests/bad/missing_parent.ini", PP_ERR_IO, "missing_parent.ini:3: [scenario] inherit:",
             "tests/bad/no_such_parent.ini");
}

/* ---- bad input: complete scenarios with one thing wrong ---- */

static void test_bad_values_in_base(void **state)
{
    char buf[1024];
    char *t;
    (void)state;
    t = base_text("power", "wind_gw", "2015:0.2, 2060:-20", NULL);
    assert_has(load_expect(t, PP_ERR_RANGE, buf, sizeof buf), "[power] wind_gw: value -20");
    free(t);
    t = base_text("economy", "gdp_base_bn", "2020:5", NULL); /* a scalar given as a path */
    assert_has(load_expect(t, PP_ERR_PARSE, buf, sizeof buf), "takes one number");
    free(t);
    t = base_text(NULL, NULL, NULL, "[power]\nimport_counts_in_energy = 2\n");
    assert_has(load_expect(t, PP_ERR_RANGE, buf, sizeof buf), "expected 0 or 1");
    free(t);
    t = base_text(NULL, NULL, NULL, "[power]\nsolar_gw.range = 5, 10\n");
    assert_has(load_expect(t, PP_ERR_RANGE, buf, sizeof buf), "[power] solar_gw.range:");
    assert_has(buf, "lo <= 0 <= hi");
    free(t);
    t = base_text(NULL, NULL, NULL, "[power]\nsolar_gw.range = -5\n");
    assert_has(load_expect(t, PP_ERR_PARSE, buf, sizeof buf), "not two finite numbers");
    free(t);
    t = base_text(NULL, NULL, NULL, "[foo]\n"); /* an unknown section, even empty */
    assert_has(load_expect(t, PP_ERR_PARSE, buf, sizeof buf), "unknown section [foo]");
    free(t);
    load_expect("x = 1\n[power]\n", PP_ERR_PARSE, buf, sizeof buf);
    assert_has(buf, "t.ini:1:");
    assert_has(buf, "before any [section]");
    load_expect("", PP_ERR_PARSE, buf, sizeof buf);
    assert_has(buf, "t.ini: the file is empty");
    load_expect("\xEF\xBB\xBF  \n", PP_ERR_PARSE, buf, sizeof buf);
    assert_has(buf, "no `key = value` lines");
    load_expect("[power]\nsolar_gw = \xC0\xAF\n", PP_ERR_PARSE, buf, sizeof buf); /* overlong '/' */
    assert_has(buf, "t.ini:2: this line is not valid UTF-8");
    load_expect("[power]\rsolar_gw = 1\n", PP_ERR_PARSE, buf, sizeof buf); /* old Mac line end */
    assert_has(buf, "t.ini:1: a carriage return not followed by a line feed");
}

static void test_unknown_key_line_and_suggestion(void **state)
{
    char buf[1024], want[64];
    char *t = base_text(NULL, NULL, NULL, "[power]\nsolar_gww = 5\n");
    (void)state;
    snprintf(want, sizeof want, "t.ini:%d: [power] solar_gww:", count_lines(t));
    assert_has(load_expect(t, PP_ERR_PARSE, buf, sizeof buf), want);
    assert_has(buf, "did you mean power.solar_gw?");
    free(t);
}

/* t with the first `from` replaced by `to`; t is freed, the result is the caller's. */
static char *replace_once(char *t, const char *from, const char *to)
{
    char *p = strstr(t, from), *r;
    size_t n = strlen(t) + strlen(to) + 1;
    assert_non_null(p);
    r = malloc(n);
    assert_non_null(r);
    snprintf(r, n, "%.*s%s%s", (int)(p - t), t, to, p + strlen(from));
    free(t);
    return r;
}

static void test_shares_over_100_name_the_year(void **state)
{
    char buf[1024];
    char *t;
    (void)state;
    /* primary 10 flat; secondary 80 -> 100 over 2015..2060: sum = 90 + 20 (y - 2015)/45.
     * 2037: 99.78 (fine); 2038: 100.22 > 100.05 -> the first year that breaks the rule. */
    t = base_text("economy", "secondary_share_pct", "2015:80, 2060:100", NULL);
    t = replace_once(t, "primary_share_pct = 2015:8, 2060:4", "primary_share_pct = 10");
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "[economy] secondary_share_pct:");
    assert_has(buf, "in 2038 primary_share_pct + secondary_share_pct = 10 + 90.2222 = 100.222 %, over 100");
    assert_has(buf, "tertiary");
    free(t);
    /* 0.05 points of rounding slack: 10 + 90.04 passes, 10 + 90.06 does not */
    t = base_text("economy", "secondary_share_pct", "90.04", NULL);
    t = replace_once(t, "primary_share_pct = 2015:8, 2060:4", "primary_share_pct = 10");
    load_expect(t, PP_OK, buf, sizeof buf);
    t = replace_once(t, "90.04", "90.06");
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "in 2015 ");
    free(t);
    /* a sector's fuels: gas, oil and heat are shares of the non-electric part, so only they must fit
     * in 100 (elec_pct never counts): gas 20 + oil 10 + heat 71 (y - 2015)/45 passes 100.05 only
     * in 2060 (101; 2059: 99.42). */
    t = base_text(NULL, NULL, NULL, "[services]\nheat_pct = 2015:0, 2060:71\n");
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "in 2060 ");
    assert_has(buf, "gas_pct + oil_pct + heat_pct = 20 + 10 + 71");
    assert_has(buf, "coal");
    free(t);
    /* industry: heavy 40 -> 20, hightech 15 -> 90 from 2015 to 2060; sum = 55 + 55 (y-2015)/45:
     * 100.05 is passed when (y - 2015) > 36.86, i.e. in 2052 (sum 100.22). */
    t = base_text("industry", "hightech_share_pct", "2015:15, 2060:90", NULL);
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "in 2052 ");
    free(t);
}

static void test_missing_required_and_cross_rules(void **state)
{
    char buf[1024];
    char *t;
    (void)state;
    t = base_text("economy", "gdp_growth_pct", NULL, NULL);
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "missing required key economy.gdp_growth_pct (%/yr)");
    assert_has(buf, "GDP growth");
    free(t);
    t = base_text("scenario", "region", NULL, NULL);
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "missing required key scenario.region");
    free(t);
    t = base_text("years", "first_year", "2021", NULL);
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "[years] hist_end_year:");
    assert_has(buf, "before first_year 2021");
    free(t);
    t = base_text("years", "price_base_year", "2014", NULL);
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "[years] price_base_year:");
    free(t);
    t = base_text("years", "hist_end_year", "2020.5", NULL);
    assert_has(load_expect(t, PP_ERR_RANGE, buf, sizeof buf), "not a whole year");
    free(t);
    t = base_text("power", "solar_gw", "2015:0.5, 2060:100", NULL);
    assert_has(load_expect(t, PP_ERR_INPUT, buf, sizeof buf), "solar_gw = 100 GW in 2060 is not below solar_potential_gw = 100 GW");
    free(t);
}

/* ---- inheritance ---- */

static void test_inherit_child_overrides(void **state)
{
    char dir[] = "/tmp/pp_scn_XXXXXX", parent[64], child[64], buf[1024];
    char *t = base_text(NULL, NULL, NULL, "[power]\nwind_gw.range = -2, 2\n");
    scn_scenario *s = NULL, *s2 = NULL;
    pp_error e;
    double lo, hi;
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(parent, sizeof parent, "%s/parent.ini", dir);
    snprintf(child, sizeof child, "%s/child.ini", dir);
    write_file(parent, t);
    write_file(child, "; a child\n[scenario]\ninherit = parent.ini\nname = Child\n[power]\n"
                      "solar_gw = 2020:1, 2030:12\nsolar_gw.range = -1, 3\n");
    if (scn_load(child, &s, &e) != PP_OK) fail_msg("%s", error_text(&e, LANG_EN, buf, sizeof buf));
    assert_string_equal(scn_text(s, P_SCENARIO_NAME), "Child");
    assert_string_equal(scn_text(s, P_SCENARIO_REGION), "Testland"); /* inherited */
    assert_string_equal(scn_parent_file(s), parent);
    assert_non_null(scn_parent(s));
    /* the child's path replaces the parent's wholly: 2 points, not 3 */
    assert_int_equal(scn_path(s, P_POWER_SOLAR_GW)->n, 2);
    /* solar is on its S-curve under the ceiling K = 100: halfway between two targets the logit
     * is the mean of theirs, so the odds are the geometric mean: odds(1/100) = 1/99, odds(12/100)
     * = 12/88; 2025: o = sqrt(1/99 x 12/88), C = 100 o / (1 + o) = 3.5785 GW */
    {
        double o = sqrt(1.0 / 99 * 12.0 / 88), o2 = sqrt(1.0 / 99 * 30.0 / 70);
        assert_float_equal(scn_value_at(s, P_POWER_SOLAR_GW, 2025), 100 * o / (1 + o), 1e-9);
        /* the parent's 2020:1, 2060:30: 2040 is halfway, o = sqrt(1/99 x 30/70) */
        assert_float_equal(scn_value_at(scn_parent(s), P_POWER_SOLAR_GW, 2040), 100 * o2 / (1 + o2), 1e-9);
    }
    assert_true(scn_is_set_here(s, P_POWER_SOLAR_GW));
    assert_false(scn_is_set_here(s, P_POWER_WIND_GW));
    assert_true(scn_is_set_here(scn_parent(s), P_POWER_WIND_GW));
    assert_true(scn_range(s, P_POWER_SOLAR_GW, &lo, &hi) && lo == -1 && hi == 3);
    assert_true(scn_range(s, P_POWER_WIND_GW, &lo, &hi) && lo == -2 && hi == 2); /* inherited */
    /* the same child from a string, resolved in dir */
    assert_int_equal(scn_load_string("[scenario]\ninherit = parent.ini\nname = S\n", "s.ini", dir, &s2, &e), PP_OK);
    assert_string_equal(scn_text(s2, P_SCENARIO_NAME), "S");
    assert_float_equal(scn_value_at(s2, P_POWER_SOLAR_GW, 2040), 100 * sqrt(1.0 / 99 * 30.0 / 70) / (1 + sqrt(1.0 / 99 * 30.0 / 70)), 1e-9);
    scn_free(s2);
    /* an error in the child names the child's line */
    write_file(child, "[scenario]\ninherit = parent.ini\n[power]\nsolar_gw = 2020:1, 2030:200\n");
    assert_int_equal(scn_load(child, &s2, &e), PP_ERR_INPUT);
    assert_has(error_text(&e, LANG_EN, buf, sizeof buf), "child.ini:4: [power] solar_gw:");
    assert_has(buf, "not below solar_potential_gw");
    scn_free(s);
    remove(child);
    remove(parent);
    rmdir(dir);
    free(t);
}

/* A file with 17 levels of parents (f0 -> f1 ... -> f17) is over the limit of 16. */
static void test_inherit_too_deep(void **state)
{
    char dir[] = "/tmp/pp_scn_XXXXXX", path[64], text[64], buf[1024];
    scn_scenario *s = (scn_scenario *)1;
    pp_error e;
    (void)state;
    assert_non_null(mkdtemp(dir));
    for (int i = 0; i < 18; i++) {
        snprintf(path, sizeof path, "%s/f%d.ini", dir, i);
        snprintf(text, sizeof text, "[scenario]\ninherit = f%d.ini\n", i + 1);
        write_file(path, text);
    }
    snprintf(path, sizeof path, "%s/f0.ini", dir);
    assert_int_equal(scn_load(path, &s, &e), PP_ERR_INPUT);
    assert_null(s);
    assert_has(error_text(&e, LANG_EN, buf, sizeof buf), "inherit chain more than 16 levels deep");
    for (int i = 0; i < 18; i++) {
        snprintf(path, sizeof path, "%s/f%d.ini", dir, i);
        remove(path);
    }
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_path_parse_good),
        cmocka_unit_test(test_path_parse_bad),
        cmocka_unit_test(test_path_at_by_hand),
        cmocka_unit_test(test_base_loads_with_defaults),
        cmocka_unit_test(test_bom_crlf_comments_case),
        cmocka_unit_test(test_continuation_and_long_text),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_inherit_loop_and_missing_parent),
        cmocka_unit_test(test_bad_values_in_base),
        cmocka_unit_test(test_unknown_key_line_and_suggestion),
        cmocka_unit_test(test_shares_over_100_name_the_year),
        cmocka_unit_test(test_missing_required_and_cross_rules),
        cmocka_unit_test(test_inherit_child_overrides),
        cmocka_unit_test(test_inherit_too_deep),
    };
    return cmocka_run_group_tests_name("scenario", tests, NULL, NULL);
}
