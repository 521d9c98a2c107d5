/* tests/test_tui_status.c - the status line (tui/status.c) from a made-up run result, the string
 * tables and language choice (tui/i18n.c), and how a saved file names its parent (tui/files.c). */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "../tui/app.h"
#include "../tui/files.h"
#include "../report/i18n.h"
#include "../tui/side.h"
#include "../tui/status.h"
#include "../tui/style.h"
#include "../tui/text.h"

/* A result peaking in 2028 at 215.34 Mt, coal 38.26 % and non-fossil 25 % in 2030, carbon
 * intensity 45.21 % below 2015 in 2030, neutral in 2058. */
static run_result *made_up(void)
{
    run_result *r = calloc(1, sizeof *r);
    r->first_year = 2015;
    r->hist_end_year = 2020;
    r->end_year = 2060;
    r->n_years = 46;
    r->summary.peak_reached = 1;
    r->summary.peak_year = 2028;
    r->summary.peak_mt = 215.34;
    r->summary.peak_by_2030 = 1;
    r->summary.coal_share_2030 = 38.26;
    r->summary.nonfossil_share_2030 = 25.0;
    r->summary.neutral_year = 2058;
    r->v[RV_CI_VS_2015][2030 - 2015] = -45.21;
    return r;
}

static void test_stat_long_labels(void **state)
{
    run_result *r = made_up();
    stat_line l;
    (void)state;
    stat_build(r, LANG_EN, 200, 3, &l);
    assert_int_equal(l.n, 5);
    assert_string_equal(l.seg[0].text, "Peak 2028 215.3 Mt");
    assert_int_equal(l.seg[0].style, ST_GOOD);
    assert_string_equal(l.seg[1].text, "Coal 2030 38.3%");
    assert_string_equal(l.seg[2].text, "Non-fossil 2030 25.0%");
    assert_string_equal(l.seg[3].text, "CO2/GDP 2030 vs 2015 -45.2%");
    assert_string_equal(l.seg[4].text, "Neutral 2058");
    assert_int_equal(l.seg[4].style, ST_GOOD);
    free(r);
}

/* At 80 columns the long labels take 18+15+21+27+12 + 4*3 = 105 cells, so the short ones are used
 * and all five segments still fit. */
static void test_stat_short_labels_fit_80(void **state)
{
    run_result *r = made_up();
    stat_line l;
    (void)state;
    stat_build(r, LANG_EN, 80, 3, &l);
    assert_int_equal(l.n, 5);
    assert_string_equal(l.seg[0].text, "Peak 2028 215Mt");
    assert_true(stat_width(&l, 3) <= 80);
    stat_build(r, LANG_ZH, 80, 3, &l);
    assert_int_equal(l.n, 5);
    assert_string_equal(l.seg[0].text, "达峰2028年 2.2亿吨"); /* 215.3 Mt = 2.153 亿吨, one decimal */
    assert_true(stat_width(&l, 3) <= 80);
    free(r);
}

static void test_stat_late_and_missing_peak(void **state)
{
    run_result *r = made_up();
    stat_line l;
    (void)state;
    r->summary.peak_year = 2032;
    r->summary.peak_by_2030 = 0;
    stat_build(r, LANG_EN, 200, 3, &l);
    assert_int_equal(l.seg[0].style, ST_BAD);
    r->summary.peak_reached = 0;
    r->summary.neutral_year = 0;
    stat_build(r, LANG_EN, 200, 3, &l);
    assert_string_equal(l.seg[0].text, "No peak by 2060");
    assert_int_equal(l.seg[0].style, ST_BAD);
    assert_string_equal(l.seg[4].text, "Not neutral by 2060");
    assert_int_equal(l.seg[4].style, ST_BAD);
    free(r);
}

/* A plateau from 2026 to 2031 (years within 1 % of the peak): the long line names it, the short one
 * abbreviates it, and at 80 columns it is left out before any segment is dropped. */
static void test_stat_peak_with_plateau(void **state)
{
    run_result *r = made_up();
    stat_line l;
    (void)state;
    r->summary.plateau_first = 2026;
    r->summary.plateau_last = 2031;
    stat_build(r, LANG_EN, 200, 3, &l);
    assert_string_equal(l.seg[0].text, "Peak 2028 215.3 Mt, plateau 2026-2031");
    stat_build(r, LANG_ZH, 200, 3, &l);
    /* Chinese planning units: 215.3 Mt = 21530 万吨 = 2.153 亿吨, three significant digits */
    assert_string_equal(l.seg[0].text, "达峰 2028年 2.15亿吨，平台期 2026—2031年");
    stat_build(r, LANG_EN, 95, 3, &l);
    assert_string_equal(l.seg[0].text, "Peak 2028 215Mt 2026-31");
    assert_int_equal(l.n, 5);
    stat_build(r, LANG_EN, 80, 3, &l);
    assert_string_equal(l.seg[0].text, "Peak 2028 215Mt");
    assert_int_equal(l.n, 5);
    free(r);
}

static void test_stat_chinese_and_narrow(void **state)
{
    run_result *r = made_up();
    stat_line l;
    (void)state;
    stat_build(r, LANG_ZH, 200, 3, &l);
    assert_string_equal(l.seg[0].text, "达峰 2028年 2.15亿吨");
    assert_string_equal(l.seg[4].text, "中和 2058年");
    stat_build(r, LANG_EN, 30, 3, &l); /* drops from the end, keeps the peak */
    assert_true(l.n >= 1 && l.n < 5);
    assert_true(stat_width(&l, 3) <= 30);
    assert_string_equal(l.seg[0].text, "Peak 2028 215Mt");
    free(r);
}

/* ---- key numbers panel ---- */

/* Loaded: the made-up result. Now: the same with the peak a year later and no neutrality. The
 * rows show both as written, mark only what differs, and say "none" for a year not reached. */
static void test_side_rows(void **state)
{
    run_result *loaded = made_up(), *now = made_up();
    side_row rows[SIDE_MAX_ROWS];
    int n;
    (void)state;
    now->summary.peak_year = 2029;
    now->summary.neutral_year = 0;
    n = side_rows(loaded, now, LANG_EN, rows);
    assert_true(n >= 10);
    assert_int_equal(rows[0].label, S_SD_PEAK_YEAR);
    assert_string_equal(rows[0].loaded, "2028");
    assert_string_equal(rows[0].now, "2029");
    assert_true(rows[0].changed);
    assert_int_equal(rows[1].label, S_SD_PEAK_MT);
    assert_string_equal(rows[1].now, "215.3");
    assert_false(rows[1].changed);
    assert_int_equal(rows[2].label, S_SD_NEUTRAL);
    assert_string_equal(rows[2].loaded, "2058");
    assert_string_equal(rows[2].now, "none");
    for (int i = 0; i < n; i++)
        if (rows[i].label == S_SD_CI_2030) assert_string_equal(rows[i].now, "-45.2");
    now->summary.peak_reached = 0;
    side_rows(loaded, now, LANG_ZH, rows);
    assert_string_equal(rows[0].now, "无");
    assert_string_equal(rows[1].now, "21534"); /* 215.34 Mt = 21534 万吨 (tui/side.c adds the unit) */
    for (int i = 0; i < n; i++)
        if (rows[i].label == S_SD_CI_2030) assert_string_equal(rows[i].now, "-45.2"); /* % stays %*/
    free(loaded);
    free(now);
}

/* ---- i18n ---- */

static void test_i18n_every_string_in_both(void **state)
{
    (void)state;
    for (int id = 0; id < S_COUNT; id++) {
        const char *en = i18n_str((i18n_id)id, LANG_EN), *zh = i18n_str((i18n_id)id, LANG_ZH);
        assert_non_null(en);
        assert_non_null(zh);
        if (id == S_YEAR_SUFFIX) continue; /* English has no year suffix */
        assert_true(en[0] && zh[0]);
    }
    assert_string_equal(i18n_str(S_COUNT, LANG_EN), "?");
    assert_string_equal(i18n_pair("Coal", NULL, LANG_ZH), "Coal");
    assert_string_equal(i18n_pair("Coal", "煤炭", LANG_ZH), "煤炭");
}

static void test_i18n_pick(void **state)
{
    (void)state;
    assert_int_equal(i18n_pick("zh"), LANG_ZH);
    assert_int_equal(i18n_pick("EN"), LANG_EN);
    assert_int_equal(i18n_pick("zh_CN"), LANG_ZH);
    assert_int_equal(i18n_pick("fr"), -1);
    setenv("LC_ALL", "", 1);
    setenv("LC_MESSAGES", "", 1);
    setenv("LANG", "zh_CN.UTF-8", 1);
    assert_int_equal(i18n_pick(NULL), LANG_ZH);
    setenv("LC_ALL", "en_US.UTF-8", 1); /* LC_ALL wins over LANG */
    assert_int_equal(i18n_pick(NULL), LANG_EN);
    unsetenv("LC_ALL");
    setenv("LANG", "C.UTF-8", 1);
    assert_int_equal(i18n_pick(NULL), LANG_EN);
}

/* ---- files ---- */

static void test_file_inherit_ref(void **state)
{
    char tmpl[] = "/tmp/peakpath-files-XXXXXX", sub[600], parent[700], child[800], ref[4096], expect[4096];
    char *dir = mkdtemp(tmpl);
    FILE *f;
    (void)state;
    assert_non_null(dir);
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    snprintf(parent, sizeof parent, "%s/base.ini", dir);
    f = fopen(parent, "w");
    assert_non_null(f);
    fclose(f);
    snprintf(child, sizeof child, "%s/new.ini", dir);
    assert_int_equal(file_inherit_ref(child, parent, ref, sizeof ref), 0);
    assert_string_equal(ref, "base.ini"); /* same directory: the base name */
    snprintf(child, sizeof child, "%s/new.ini", sub);
    assert_int_equal(file_inherit_ref(child, parent, ref, sizeof ref), 0);
    assert_non_null(realpath(parent, expect));
    assert_string_equal(ref, expect); /* elsewhere: the absolute path */
    snprintf(child, sizeof child, "%s/missing/new.ini", dir);
    assert_int_equal(file_inherit_ref(child, parent, ref, sizeof ref), -1);
    remove(parent);
    rmdir(sub);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stat_long_labels),
        cmocka_unit_test(test_stat_short_labels_fit_80),
        cmocka_unit_test(test_stat_late_and_missing_peak),
        cmocka_unit_test(test_stat_chinese_and_narrow),
        cmocka_unit_test(test_stat_peak_with_plateau),
        cmocka_unit_test(test_side_rows),
        cmocka_unit_test(test_i18n_every_string_in_both),
        cmocka_unit_test(test_i18n_pick),
        cmocka_unit_test(test_file_inherit_ref),
    };
    setlocale(LC_CTYPE, "C.UTF-8");
    return cmocka_run_group_tests_name("tui_status", tests, NULL, NULL);
}
