/* tests/test_tui_workshop.c - the pure parts of the TUI's workshop features: playback speed steps
 * and the year clock (tui/playback.c), suggested export names (tui/export_keys.c), a goal's line
 * (tui/challenge_panel.c) and a chart cut at the playback year (tui/chart.c). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "../sim/analysis/seek.h"
#include "../tui/challenge_panel.h"
#include "../tui/chart.h"
#include "../tui/export_keys.h"
#include "../tui/playback.h"
#include "../tui/style.h"

#define NY 46 /* 2015..2060 */

/* ---- playback ---- */

static void test_play_speed_steps(void **state)
{
    (void)state;
    assert_int_equal(play_speed_step(300, 1), 200);  /* the list: 100 200 300 500 700 1000 */
    assert_int_equal(play_speed_step(300, -1), 500);
    assert_int_equal(play_speed_step(100, 1), 100);  /* fastest stays */
    assert_int_equal(play_speed_step(1000, -1), 1000); /* slowest stays */
    assert_int_equal(play_speed_step(250, 1), 200);  /* off the list: from the next one up (300) */
}

static void test_play_advance_clock(void **state)
{
    play_state p = {2015, 1, 100, 1000.0};
    (void)state;
    assert_int_equal(play_advance(&p, 2015, 2060, 999.0), 0);
    assert_int_equal(p.year, 2015);
    assert_int_equal(play_advance(&p, 2015, 2060, 1000.0), 1);
    assert_int_equal(p.year, 2016);
    /* steps due at 1100 and 1200 by 1250: two years at once, the next at 1300 */
    assert_int_equal(play_advance(&p, 2015, 2060, 1250.0), 1);
    assert_int_equal(p.year, 2018);
    assert_true(fabs(p.next_ms - 1300.0) < 1e-9);
    p.running = 0; /* paused: the clock does not move the year */
    assert_int_equal(play_advance(&p, 2015, 2060, 5000.0), 0);
    assert_int_equal(p.year, 2018);
}

static void test_play_advance_ends_at_last_year(void **state)
{
    play_state p = {2058, 1, 100, 0.0};
    (void)state;
    /* 2059 at 0, 2060 at 100: the end year is reached, the playback stops, the whole path shows */
    assert_int_equal(play_advance(&p, 2015, 2060, 1e6), 1);
    assert_int_equal(p.year, 0);
    assert_int_equal(p.running, 0);
    assert_int_equal(play_advance(&p, 2015, 2060, 2e6), 0);
}

/* ---- export names ---- */

static void test_export_default_names(void **state)
{
    char buf[256];
    (void)state;
    exp_default_name("scenarios/challenge-1-energy-mix.ini", EXP_SVG_CO2, buf, sizeof buf);
    assert_string_equal(buf, "scenarios/challenge-1-energy-mix-emissions.svg");
    exp_default_name("a.ini", EXP_SVG_MIX, buf, sizeof buf);
    assert_string_equal(buf, "a-mix.svg");
    exp_default_name("a.ini", EXP_SVG_CAP, buf, sizeof buf);
    assert_string_equal(buf, "a-capacity.svg");
    exp_default_name("a.ini", EXP_SVG_STRUCT, buf, sizeof buf);
    assert_string_equal(buf, "a-structure.svg");
    exp_default_name("a.ini", EXP_CSV_BOM, buf, sizeof buf);
    assert_string_equal(buf, "a-excel.csv");
    exp_default_name("a.ini", EXP_MD, buf, sizeof buf);
    assert_string_equal(buf, "a-summary.md");
    /* a dot in a directory name is not an extension */
    exp_default_name("room.v2/team", EXP_CSV, buf, sizeof buf);
    assert_string_equal(buf, "room.v2/team.csv");
}

/* ---- goals ---- */

static void test_goal_line_english(void **state)
{
    chal_goal_result g;
    pp_error err;
    char buf[256];
    (void)state;
    memset(&g, 0, sizeof g);
    assert_int_equal(seek_parse_target("coal_share_2030 < 38", &g.target, &err), PP_OK);
    g.value = 43.84;
    chp_goal_line(&g, 0, buf, sizeof buf);
    /* the forms documented in sim/scenario/challenge.h: "Coal share 2030 < 35 %" and "37.0 %" */
    assert_string_equal(buf, "Coal share 2030 < 38 %: 43.8 %");
    chp_goal_line(&g, 1, buf, sizeof buf);
    assert_non_null(strstr(buf, "："));
    assert_null(strstr(buf, "： ")); /* no blank after a full-width colon */
    assert_non_null(strstr(buf, "43.8"));
}

/* ---- the chart at a playback year ---- */

static double tri[NY];

static chart_spec cut_spec(int cut_year)
{
    chart_spec sp;
    memset(&sp, 0, sizeof sp);
    for (int i = 0; i < NY; i++) tri[i] = 100 + i;
    sp.first_year = 2015;
    sp.n_years = NY;
    sp.year_lo = 2015;
    sp.year_hi = 2060;
    sp.s[0].v = tri;
    sp.s[0].style = ST_MAIN;
    sp.ns = 1;
    sp.y_lo = NAN;
    sp.y_hi = NAN;
    sp.utf8 = 1;
    sp.cut_year = cut_year;
    return sp;
}

static int line_cells_right_of(const chart_grid *g, int col)
{
    int n = 0;
    for (int r = 0; r < g->h; r++)
        for (int c = col + 1; c < g->w; c++)
            if (g->cell[r * g->w + c].style == ST_MAIN) n++;
    return n;
}

static void test_chart_cut_at_play_year(void **state)
{
    chart_spec whole = cut_spec(0), cut = cut_spec(2020);
    chart_grid *g = chart_grid_new(80, 24);
    chart_geom gw, gc;
    int col;
    (void)state;
    chart_geometry(&whole, g, &gw);
    chart_geometry(&cut, g, &gc);
    /* the value axis is that of the whole path, so it does not jump while playing */
    assert_true(gw.y_lo == gc.y_lo && gw.y_hi == gc.y_hi && gw.left == gc.left);
    col = chart_col_of_year(&cut, &gc, 2020);
    chart_compute(&whole, g);
    assert_true(line_cells_right_of(g, col + 1) > 0);
    chart_compute(&cut, g);
    assert_int_equal(line_cells_right_of(g, col + 1), 0); /* nothing drawn after 2020 */
    assert_int_equal(g->cell[(gc.top + 1) * g->w + col].ch, L'│'); /* the year marker */
    assert_int_equal(g->cell[(gc.top + 1) * g->w + col].style, ST_PEAK);
    chart_grid_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_play_speed_steps),
        cmocka_unit_test(test_play_advance_clock),
        cmocka_unit_test(test_play_advance_ends_at_last_year),
        cmocka_unit_test(test_export_default_names),
        cmocka_unit_test(test_goal_line_english),
        cmocka_unit_test(test_chart_cut_at_play_year),
    };
    return cmocka_run_group_tests_name("tui_workshop", tests, NULL, NULL);
}
