/* tests/test_tui_chart.c - the chart cell grid (tui/chart.c) on made-up series: geometry, where the
 * peak, the 2030 mark and the zero line land, braille versus ASCII, stacked areas, wide text.
 * Expected positions are worked out by hand in the comments from the formulas in chart.h. */
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "../tui/chart.h"
#include "../tui/style.h"

#define NY 46 /* 2015..2060 */

static double tri[NY], flat60[NY], flat40[NY];

/* 100 in 2015 rising linearly to 200 in 2030, then falling linearly to -50 in 2060. */
static int make_series(void **state)
{
    (void)state;
    for (int i = 0; i < NY; i++) {
        int y = 2015 + i;
        tri[i] = y <= 2030 ? 100 + (y - 2015) * 100.0 / 15 : 200 - (y - 2030) * 250.0 / 30;
        flat60[i] = 60;
        flat40[i] = 40;
    }
    return 0;
}

static chart_spec line_spec(int utf8)
{
    chart_spec sp = {0};
    sp.first_year = 2015; sp.n_years = NY;
    sp.year_lo = 2015; sp.year_hi = 2060;
    sp.s[0].v = tri; sp.s[0].style = ST_MAIN; sp.s[0].label = "CO2";
    sp.ns = 1;
    sp.y_lo = NAN; sp.y_hi = NAN;
    sp.unit = "Mt";
    sp.mark_year = 2030;
    sp.peak_year = 2030; sp.peak_value = 200; sp.peak_label = "Peak 2030";
    sp.utf8 = utf8;
    return sp;
}

static const chart_cell *at(const chart_grid *g, int row, int col)
{
    return &g->cell[row * g->w + col];
}

static void test_chart_nice_step(void **state)
{
    (void)state;
    assert_true(fabs(chart_nice_step(250, 5) - 50) < 1e-12);  /* 250/5 = 50 exactly */
    assert_true(fabs(chart_nice_step(7, 3) - 5) < 1e-12);     /* 2.33 rounds up to 5 */
    assert_true(fabs(chart_nice_step(1, 10) - 0.1) < 1e-12);  /* 0.1 = 1 x 10^-1 */
    assert_true(fabs(chart_nice_step(150, 10) - 20) < 1e-12); /* 15 -> 2 x 10 */
}

/* 80x24 grid: 21 plot rows; the range -50..200 over 21/3 = 7 ticks gives step 50 (35.7 -> 50);
 * y labels "-50".."200" are 3 wide so the plot starts at column 4 and is 80-4-2 = 74 wide. */
static void test_chart_geometry_line(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    chart_geom gm;
    (void)state;
    chart_geometry(&sp, g, &gm);
    assert_int_equal(gm.h, 21);
    assert_true(fabs(gm.y_step - 50) < 1e-12);
    assert_true(fabs(gm.y_lo + 50) < 1e-12);
    assert_true(fabs(gm.y_hi - 200) < 1e-12);
    assert_int_equal(gm.left, 4);
    assert_int_equal(gm.w, 74);
    chart_grid_free(g);
}

/* Peak (2030, 200): x dot = round(15/45 * 147) = 49 -> column 4 + 24 = 28; the top value sits on
 * the top plot row 1. Zero: dot y = round(50/250 * 83) = 17, 83-17 = 66 dots from the top -> row
 * 1 + 16 = 17. 2030's dotted mark shares column 28; at row 19 (about -25 Mt) the line is far. */
static void test_chart_peak_zero_and_mark(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    (void)state;
    chart_compute(&sp, g);
    assert_int_equal(at(g, 1, 28)->ch, L'●');
    assert_int_equal(at(g, 1, 28)->style, ST_PEAK);
    assert_int_equal(at(g, 17, 10)->ch, L'─');
    assert_int_equal(at(g, 17, 10)->style, ST_ZERO);
    assert_int_equal(at(g, 19, 28)->ch, L'┊');
    assert_int_equal(at(g, 19, 28)->style, ST_MARK);
    /* the peak label goes on the row above, or below when the peak is on the top row */
    assert_int_equal(at(g, 2, 29)->ch, L'P');
    chart_grid_free(g);
}

/* Year labels on the last row: 2015 centred on column 4 starts at 2; 2060 sits at dot 147 ->
 * column 4 + 73 = 77 and starts at 75. */
static void test_chart_year_labels(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    (void)state;
    chart_compute(&sp, g);
    assert_int_equal(at(g, 23, 2)->ch, L'2');
    assert_int_equal(at(g, 23, 5)->ch, L'5');
    assert_int_equal(at(g, 23, 75)->ch, L'2');
    assert_int_equal(at(g, 23, 78)->ch, L'0');
    assert_int_equal(at(g, 22, 3)->ch, L'└');
    chart_grid_free(g);
}

/* 2045 is on the falling leg: 200 - 15 * 250/30 = 75. Its cell holds braille dots in the line's
 * style (U+2800..U+28FF). */
static void test_chart_line_is_braille(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    chart_geom gm;
    const chart_cell *c;
    (void)state;
    chart_compute(&sp, g);
    chart_geometry(&sp, g, &gm);
    c = at(g, chart_row_of_value(&gm, 75), chart_col_of_year(&sp, &gm, 2045));
    assert_true(c->ch > 0x2800 && c->ch <= 0x28FF);
    assert_int_equal(c->style, ST_MAIN);
    chart_grid_free(g);
}

/* Observed years (to 2020 here) of the main line are in the history style: 2015..2020 spans dots
 * 0..round(5/45 * 147) = 16, columns 4..12; 2045 stays in the line's own style. */
static void test_chart_history_style(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    chart_geom gm;
    (void)state;
    sp.hist_end_year = 2020;
    chart_compute(&sp, g);
    chart_geometry(&sp, g, &gm);
    assert_int_equal(chart_col_of_year(&sp, &gm, 2020), 12);
    assert_int_equal(at(g, chart_row_of_value(&gm, 100 + 5 * 100.0 / 15), 12)->style, ST_HIST);
    assert_int_equal(at(g, chart_row_of_value(&gm, 75), chart_col_of_year(&sp, &gm, 2045))->style, ST_MAIN);
    chart_grid_free(g);
}

/* With utf8 = 0 not one cell holds a character outside ASCII. */
static void test_chart_ascii_only(void **state)
{
    chart_spec sp = line_spec(0);
    chart_grid *g = chart_grid_new(80, 24);
    int stars = 0;
    (void)state;
    chart_compute(&sp, g);
    for (int i = 0; i < 80 * 24; i++) {
        assert_true(g->cell[i].ch >= 0x20 && g->cell[i].ch < 0x7F);
        stars += g->cell[i].ch == L'*';
    }
    assert_true(stars > 40); /* 46 years, at least one cell each along the line */
    chart_grid_free(g);
}

/* A faint reference equal to the edited line is hidden under it: the later series owns the cell. */
static void test_chart_later_series_on_top(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    chart_geom gm;
    (void)state;
    sp.s[1] = sp.s[0];
    sp.s[0].style = ST_BASELINE;
    sp.ns = 2;
    chart_compute(&sp, g);
    chart_geometry(&sp, g, &gm);
    assert_int_equal(at(g, chart_row_of_value(&gm, 75), chart_col_of_year(&sp, &gm, 2045))->style,
                     ST_MAIN);
    chart_grid_free(g);
}

/* 60 + 40 stacked on a fixed 0..100 axis over 21 rows = 168 eighths: the first area's top is at
 * round(0.6 * 168) = 101 eighths = 12 whole cells (rows 21..10 from the grid's bottom plot row 21)
 * and 5 eighths of row 9, which holds a lower five-eighths block in coal's colour on the second
 * area's colour; the second fills rows 8..1. */
static void test_chart_stacked_areas(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    (void)state;
    sp.stacked = 1;
    sp.s[0].v = flat60; sp.s[0].style = ST_COAL;
    sp.s[1].v = flat40; sp.s[1].style = ST_NONFOSSIL; sp.s[1].label = "NF";
    sp.ns = 2;
    sp.y_lo = 0; sp.y_hi = 100;
    sp.peak_year = 0; sp.mark_year = 0;
    chart_compute(&sp, g);
    assert_int_equal(at(g, 21, 40)->style, ST_COAL);
    assert_int_equal(at(g, 10, 40)->style, ST_COAL);
    assert_int_equal(at(g, 10, 40)->ch, L'█');
    assert_int_equal(at(g, 9, 40)->ch, L'▅');
    assert_int_equal(at(g, 9, 40)->style, ST_COAL);
    assert_int_equal(at(g, 9, 40)->bg, ST_NONFOSSIL);
    assert_int_equal(at(g, 8, 40)->style, ST_NONFOSSIL);
    assert_int_equal(at(g, 1, 40)->style, ST_NONFOSSIL);
    assert_int_equal(at(g, 1, 40)->ch, L'█');
    chart_grid_free(g);
}

static double flat59[NY], flat41[NY], thin[NY], zero[NY], rest[NY];

/* One point moved from the upper area to the lower (60/40 -> 59/41) moves the boundary by
 * 0.01 * 168 = 1.7 eighths: round(0.59 * 168) = 99 = 12 cells + 3 eighths, so row 9 shows '▃'
 * where it showed '▅' - a move a whole-cell chart (13 cells both times) would not show. */
static void test_chart_stacked_sub_cell_move(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    (void)state;
    for (int i = 0; i < NY; i++) flat59[i] = 59, flat41[i] = 41;
    sp.stacked = 1;
    sp.s[0].v = flat59; sp.s[0].style = ST_COAL;
    sp.s[1].v = flat41; sp.s[1].style = ST_NONFOSSIL;
    sp.ns = 2;
    sp.y_lo = 0; sp.y_hi = 100;
    sp.peak_year = 0; sp.mark_year = 0;
    chart_compute(&sp, g);
    assert_int_equal(at(g, 9, 40)->ch, L'▃');
    assert_int_equal(at(g, 10, 40)->ch, L'█');
    chart_grid_free(g);
}

/* A 0.1 % layer (0.17 eighths, rounds to 0) between coal 60 and the rest still owns one eighth,
 * and as it owns no cell's lowest eighth it is the colour above coal's block in row 9; a layer
 * that is zero everywhere is left out of the legend, every other labelled one is in it. */
static void test_chart_stacked_thin_and_legend(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    char legend[81];
    (void)state;
    for (int i = 0; i < NY; i++) thin[i] = 0.1, zero[i] = 0, rest[i] = 39.9;
    sp.stacked = 1;
    sp.s[0].v = flat60; sp.s[0].style = ST_COAL; sp.s[0].label = "Coal";
    sp.s[1].v = thin; sp.s[1].style = ST_GAS; sp.s[1].label = "Gas";
    sp.s[2].v = zero; sp.s[2].style = ST_NUCLEAR; sp.s[2].label = "Nuclear";
    sp.s[3].v = rest; sp.s[3].style = ST_NONFOSSIL; sp.s[3].label = "Rest";
    sp.ns = 4;
    sp.y_lo = 0; sp.y_hi = 100;
    sp.peak_year = 0; sp.mark_year = 0;
    chart_compute(&sp, g);
    assert_int_equal(at(g, 9, 40)->style, ST_COAL);
    assert_int_equal(at(g, 9, 40)->bg, ST_GAS);
    for (int c = 0; c < 80; c++) legend[c] = at(g, 0, c)->ch < 128 && at(g, 0, c)->ch ? (char)at(g, 0, c)->ch : '#';
    legend[80] = 0;
    assert_non_null(strstr(legend, "Coal"));
    assert_non_null(strstr(legend, "Gas"));
    assert_non_null(strstr(legend, "Rest"));
    assert_null(strstr(legend, "Nuclear"));
    chart_grid_free(g);
}

/* A path between 170 and 245 is ranged around itself: the step for 21 rows / 3 = 7 ticks of
 * 75 is 20 (10.7 -> 20), so the axis runs 160..260 and leaves 0 out; with keep_zero (neutrality
 * matters) it starts at 0. */
static void test_chart_autorange(void **state)
{
    static double path[NY];
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(80, 24);
    chart_geom gm;
    (void)state;
    for (int i = 0; i < NY; i++) path[i] = 170 + 75.0 * i / (NY - 1);
    sp.s[0].v = path;
    sp.peak_year = 0;
    chart_geometry(&sp, g, &gm);
    assert_true(fabs(gm.y_lo - 160) < 1e-9);
    assert_true(fabs(gm.y_hi - 260) < 1e-9);
    sp.keep_zero = 1;
    chart_geometry(&sp, g, &gm);
    assert_true(fabs(gm.y_lo) < 1e-9);
    chart_grid_free(g);
}

static void test_chart_wide_text(void **state)
{
    chart_grid *g = chart_grid_new(30, 6);
    int end;
    (void)state;
    chart_spec sp = line_spec(1);
    sp.n_years = 0;
    chart_compute(&sp, g);
    end = chart_text(g, 2, 3, 30, "峰值X", ST_PEAK);
    assert_int_equal(end, 8);
    assert_int_equal(at(g, 2, 3)->ch, L'峰');
    assert_int_equal(at(g, 2, 4)->ch, 0);
    assert_int_equal(at(g, 2, 5)->ch, L'值');
    assert_int_equal(at(g, 2, 7)->ch, L'X');
    /* a wide character never straddles the end: only the first fits in 3 cells */
    assert_int_equal(chart_text(g, 3, 0, 3, "峰值", ST_PEAK), 2);
    chart_grid_free(g);
}

static void test_chart_too_small_is_blank(void **state)
{
    chart_spec sp = line_spec(1);
    chart_grid *g = chart_grid_new(20, 5);
    (void)state;
    chart_compute(&sp, g);
    for (int i = 0; i < 20 * 5; i++) assert_int_equal(g->cell[i].ch, L' ');
    chart_grid_free(g);
    assert_null(chart_grid_new(0, 5));
}

/* A chart in the reader's units: scale 100 draws 1.5 Mt as 150 万吨; 0 (a zeroed spec) draws as is. */
static void test_chart_value_scale(void **state)
{
    static const double v[2] = {1.5, 2.0};
    chart_spec sp;
    (void)state;
    chart_spec_begin(&sp, 2020, 2, 2030, 1, 0);
    sp.s[0].v = v;
    sp.ns = 1;
    assert_true(chart_value(&sp, 0, 0) == 1.5);
    sp.scale = 100;
    assert_true(chart_value(&sp, 0, 0) == 150 && chart_value(&sp, 0, 1) == 200);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chart_value_scale),
        cmocka_unit_test(test_chart_nice_step),
        cmocka_unit_test(test_chart_geometry_line),
        cmocka_unit_test(test_chart_peak_zero_and_mark),
        cmocka_unit_test(test_chart_year_labels),
        cmocka_unit_test(test_chart_line_is_braille),
        cmocka_unit_test(test_chart_history_style),
        cmocka_unit_test(test_chart_ascii_only),
        cmocka_unit_test(test_chart_later_series_on_top),
        cmocka_unit_test(test_chart_stacked_areas),
        cmocka_unit_test(test_chart_stacked_sub_cell_move),
        cmocka_unit_test(test_chart_stacked_thin_and_legend),
        cmocka_unit_test(test_chart_autorange),
        cmocka_unit_test(test_chart_wide_text),
        cmocka_unit_test(test_chart_too_small_is_blank),
    };
    setlocale(LC_CTYPE, "C.UTF-8");
    return cmocka_run_group_tests_name("tui_chart", tests, make_series, NULL);
}
