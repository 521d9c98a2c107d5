/* tests/test_export.c - cmocka tests of the workshop exports and the room scan: XML and Markdown
 * escaping, what an SVG chart and a Markdown summary contain for a known run, and the room
 * folder scan (rows, broken files, reloading only changed files, removal, sorting). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../report/export_md.h"
#include "../report/error_text.h"
#include "../report/export_svg.h"
#include "../report/room_scan.h"

#define BASELINE "scenarios/chongqing-baseline.ini"
#define SOLUTION1 "tests/challenge/solution-1.ini"

/* ---- helpers ---- */

/* Runs a writer into a malloc'd string (the caller frees). */
static char *render(report_writer w, const void *ctx)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_non_null(m);
    assert_int_equal(w(m, ctx, NULL), PP_OK);
    fclose(m);
    return buf;
}

static void assert_contains(const char *hay, const char *needle)
{
    if (!strstr(hay, needle)) fail_msg("output does not contain \"%s\"", needle);
}

static char *escaped(void (*esc)(FILE *, const char *), const char *s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    esc(m, s);
    fclose(m);
    return buf;
}

static void load_run(const char *file, scn_scenario **s, run_result *r)
{
    pp_error e;
    char buf[1024];
    if (scn_load(file, s, &e) != PP_OK) fail_msg("%s", error_text(&e, LANG_EN, buf, sizeof buf));
    assert_int_equal(run_simulate(*s, r, &e), PP_OK);
}

/* ---- escaping ---- */

static void test_export_svg_escape(void **state)
{
    char *s = escaped(svg_escape, "a<b & \"c\" 'd'> 重庆");
    (void)state;
    assert_string_equal(s, "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt; 重庆");
    free(s);
    s = escaped(svg_escape, "");
    assert_string_equal(s, "");
    free(s);
}

static void test_export_md_escape(void **state)
{
    char *s = escaped(md_escape, "a|b *c* _d_ [e]\nf");
    (void)state;
    assert_string_equal(s, "a\\|b \\*c\\* \\_d\\_ \\[e\\] f");
    free(s);
}

static void test_export_chart_names(void **state)
{
    svg_chart c;
    (void)state;
    assert_int_equal(svg_chart_parse("emissions", &c), 0);
    assert_int_equal(c, SVG_EMISSIONS);
    assert_int_equal(svg_chart_parse("Capacity", &c), 0);
    assert_int_equal(c, SVG_CAPACITY);
    assert_int_equal(svg_chart_parse("pie", &c), -1);
    assert_string_equal(svg_chart_name(SVG_STRUCTURE), "structure");
}

/* ---- SVG and Markdown of a known run ---- */

static void test_export_svg_contents(void **state)
{
    scn_scenario *s;
    run_result *r = malloc(sizeof *r);
    char want[96], *out;
    (void)state;
    load_run(SOLUTION1, &s, r);
    {
        svg_one one = {s, r, SVG_EMISSIONS, 0, NULL};
        out = render(svg_write, &one);
    }
    assert_true(strncmp(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 38) == 0);
    assert_contains(out, "width=\"1280\" height=\"720\"");
    snprintf(want, sizeof want, "Peak %d: %.1f Mt", r->summary.peak_year, r->summary.peak_mt);
    assert_contains(out, want);
    assert_contains(out, ">2030</text>");
    assert_contains(out, "Mt CO2 per year");
    assert_contains(out, "Challenge met!"); /* solution 1 meets every goal of challenge 1 */
    assert_contains(out, "Coal share 2030 &lt; 27 %");
    assert_non_null(strstr(out, "</svg>\n"));
    free(out);
    {
        svg_one one = {s, r, SVG_MIX, 1, NULL};
        out = render(svg_write, &one);
    }
    assert_contains(out, "一次能源消费结构");
    assert_contains(out, "非化石能源");
    assert_contains(out, "Noto Sans CJK SC");
    assert_contains(out, "目标 煤炭 &lt; 27 %"); /* challenge 1's coal goal marked on the mix */
    free(out);
    free(r);
    scn_free(s);
}

static void test_export_md_contents(void **state)
{
    scn_scenario *s;
    run_result *r = malloc(sizeof *r);
    char want[160], *out;
    (void)state;
    load_run(BASELINE, &s, r);
    {
        md_one one = {s, r, BASELINE, 0};
        out = render(md_write_scenario, &one);
    }
    assert_contains(out, "# Chongqing baseline\n");
    assert_contains(out, "| Indicator | 2020 | 2025 | 2030 | 2060 |");
    /* the 2020 coal share row holds the calibrated 45.8 % of the seed document */
    assert_contains(out, "| Coal share of energy (%) | 45.8 |");
    snprintf(want, sizeof want, "- **Peak CO2:** %d, ", r->summary.peak_year);
    assert_contains(out, want);
    assert_null(strstr(out, "## Challenge")); /* no challenge, no section */
    free(out);
    free(r);
    scn_free(s);
}

/* ---- the room scan ---- */

static void write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A participant inheriting challenge 1 through an absolute path. */
static void write_participant(const char *dir, const char *who, const char *more)
{
    char cwd[512], text[2048];
    assert_non_null(getcwd(cwd, sizeof cwd));
    snprintf(text, sizeof text, "[scenario]\nname = %s\ninherit = %s/scenarios/challenge-1-energy-mix.ini\n%s",
             who, cwd, more);
    snprintf(cwd, sizeof cwd, "%s.ini", who);
    write_file(dir, cwd, text);
}

/* The row of `who`; fails the test when there is none. */
static const rscan_row *row_of(const rscan_table *t, const char *who)
{
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->row[i]->who, who)) return t->row[i];
    fail_msg("no row for %s", who);
    return t->row[0];
}

static int has_row(const rscan_table *t, const char *who)
{
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->row[i]->who, who)) return 1;
    return 0;
}

static void test_export_room_scan(void **state)
{
    char dir[] = "/tmp/pp_room_test.XXXXXX", path[512];
    rscan_table *t = malloc(sizeof *t);
    pp_error e;
    (void)state;
    assert_non_null(mkdtemp(dir));
    write_participant(dir, "ana", "");
    write_participant(dir, "ben", "[power]\nimport_twh = 2015:15, 2020:30, 2025:55, 2030:60, 2060:70\n");
    write_participant(dir, "cai", "[economy]\ngdp_growth_pct = 4\n");  /* locked: broken */
    write_file(dir, "dan.ini", "[scenario]\nname = half");                /* half-written */
    write_file(dir, "notes.txt", "not a scenario");
    write_file(dir, ".hidden.ini", "junk");
    rscan_init(t, dir);
    assert_int_equal(rscan_allow_dir(t, "scenarios"), 0); /* where the challenge is (issue 18) */
    assert_int_equal(rscan_update(t, &e), 4);
    assert_int_equal(t->n, 4);
    assert_int_equal(t->loads, 4);
    assert_true(row_of(t, "ana")->ok);
    assert_int_equal(row_of(t, "ana")->goals.n, 3);
    assert_int_equal(row_of(t, "ana")->goals.n_met, 0); /* challenge 1 as given meets none */
    assert_false(row_of(t, "cai")->ok);
    /* issue 18: the room's error names the key and line, never the file's text */
    assert_contains(row_of(t, "cai")->error, "cai.ini:");
    assert_contains(row_of(t, "cai")->error, "[economy] gdp_growth_pct");
    assert_contains(row_of(t, "cai")->error, "locked by the challenge");
    assert_false(row_of(t, "dan")->ok);
    assert_contains(row_of(t, "dan")->error, "dan.ini");
    /* nothing changed: nothing reloaded */
    assert_int_equal(rscan_update(t, &e), 0);
    assert_int_equal(t->loads, 4);
    /* one file completed: only it is reloaded */
    write_participant(dir, "dan", "");
    assert_int_equal(rscan_update(t, &e), 1);
    assert_int_equal(t->loads, 5);
    assert_true(row_of(t, "dan")->ok);
    /* sorting by coal share 2030: ben (more imports) below the others; the broken row last */
    rscan_sort(t, RSCAN_COL_COAL_2030, 0);
    assert_string_equal(t->row[0]->who, "ben");
    assert_string_equal(t->row[3]->who, "cai");
    assert_true(t->row[0]->res->summary.coal_share_2030 < t->row[1]->res->summary.coal_share_2030);
    rscan_sort(t, RSCAN_COL_WHO, 1);
    assert_string_equal(t->row[0]->who, "dan");
    assert_string_equal(t->row[3]->who, "cai"); /* broken rows stay last in either direction */
    /* a file removed: its row goes */
    snprintf(path, sizeof path, "%s/ben.ini", dir);
    assert_int_equal(unlink(path), 0);
    assert_int_equal(rscan_update(t, &e), 1);
    assert_int_equal(t->n, 3);
    assert_false(has_row(t, "ben"));
    /* invalidate: everything reloaded */
    rscan_invalidate(t);
    assert_int_equal(rscan_update(t, &e), 3);
    rscan_free(t);
    const char *names[] = {"ana.ini", "cai.ini", "dan.ini", "notes.txt", ".hidden.ini"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
    /* a folder that is not there */
    rscan_init(t, "/tmp/pp_room_test_no_such_dir");
    assert_int_equal(rscan_update(t, &e), -1);
    assert_int_equal(e.code, PP_ERR_IO);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_export_svg_escape),
        cmocka_unit_test(test_export_md_escape),
        cmocka_unit_test(test_export_chart_names),
        cmocka_unit_test(test_export_svg_contents),
        cmocka_unit_test(test_export_md_contents),
        cmocka_unit_test(test_export_room_scan),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
