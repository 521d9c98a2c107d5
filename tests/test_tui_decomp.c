/* tests/test_tui_decomp.c - the pure parts of the TUI's analysis features: the decomposition bar
 * chart's layout (tui/decomp_view.c), the Monte Carlo band fill (tui/bands.c), the reference's
 * legend label (tui/reference.c) and the goal seek message (tui/seek_ui.c). Every expected
 * number is worked out by hand in the comments. */
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../tui/app.h"
#include "../tui/bands.h"
#include "../tui/decomp_view.h"
#include "../tui/reference.h"
#include "../tui/seek_ui.h"
#include "../tui/style.h"

/* ---- decomposition layout ---- */

/* Width 50, names need 12 cells: names 0..11, bars from column 13, values from 50 - 8 = 42, so
 * the bar area is 42 - 1 - 13 = 28 cells, one of them the axis: 27 cells for 9 Mt below zero and
 * 18 Mt above = 27 Mt, 1 cell per Mt, axis at 9. Bars: +18 -> cells 10..27 (the last cell of the
 * area); -9 -> cells 0..8; +4.5 -> 4.5 cells, rounded half away from zero to 5, cells 10..14. */
static void test_decomp_layout_mixed_signs(void **state)
{
    const double v[] = {18, -9, 4.5};
    decomp_geom g;
    int start, len;
    (void)state;
    decomp_layout(v, 3, 50, 12, &g);
    assert_int_equal(g.label_w, 12);
    assert_int_equal(g.bar_x, 13);
    assert_int_equal(g.value_x, 42);
    assert_int_equal(g.bar_w, 28);
    assert_true(fabs(g.cells_per_mt - 1.0) < 1e-12);
    assert_int_equal(g.zero, 9);
    decomp_bar(&g, 18, &start, &len);
    assert_int_equal(start, 10);
    assert_int_equal(len, 18);
    assert_int_equal(start + len - 1, g.bar_w - 1);
    decomp_bar(&g, -9, &start, &len);
    assert_int_equal(start, 0);
    assert_int_equal(len, 9);
    decomp_bar(&g, 4.5, &start, &len);
    assert_int_equal(start, 10);
    assert_int_equal(len, 5);
}

/* Only increases: width 40, names need 30 but get half the width, 20; bars from 21, values from
 * 32, bar area 32 - 1 - 21 = 10 cells, 9 for 30 Mt = 0.3 cell/Mt, axis at 0. +30 -> 9 cells
 * from 1; +10 -> 3 cells from 1. */
static void test_decomp_layout_positive_only(void **state)
{
    const double v[] = {10, 30};
    decomp_geom g;
    int start, len;
    (void)state;
    decomp_layout(v, 2, 40, 30, &g);
    assert_int_equal(g.label_w, 20);
    assert_int_equal(g.bar_x, 21);
    assert_int_equal(g.bar_w, 10);
    assert_int_equal(g.zero, 0);
    assert_true(fabs(g.cells_per_mt - 0.3) < 1e-12);
    decomp_bar(&g, 30, &start, &len);
    assert_int_equal(start, 1);
    assert_int_equal(len, 9);
    decomp_bar(&g, 10, &start, &len);
    assert_int_equal(start, 1);
    assert_int_equal(len, 3);
}

/* -2.5 and +2.5 in a 6-cell area (width 20, names 4: bars 5..10, values from 12): 5 cells for
 * 5 Mt, axis at round(2.5) = 3. Both bars round up to 3 cells, but only 6 - 1 - 3 = 2 fit on the
 * right: the right bar is cut to 2 (cells 4..5), the left one takes cells 0..2. */
static void test_decomp_layout_rounding_never_overflows(void **state)
{
    const double v[] = {-2.5, 2.5};
    decomp_geom g;
    int start, len;
    (void)state;
    decomp_layout(v, 2, 20, 4, &g);
    assert_int_equal(g.bar_x, 5);
    assert_int_equal(g.value_x, 12);
    assert_int_equal(g.bar_w, 6);
    assert_int_equal(g.zero, 3);
    decomp_bar(&g, 2.5, &start, &len);
    assert_int_equal(start, 4);
    assert_int_equal(len, 2);
    decomp_bar(&g, -2.5, &start, &len);
    assert_int_equal(start, 0);
    assert_int_equal(len, 3);
}

/* All zero (an unchanged scenario): no scale, the axis in the middle of 28 cells (14), empty
 * bars there. NaN is ignored. Too narrow (width 20, names 12 -> 10: bars would start at 11 and
 * end before 12 - 1): no bar area. Names needing 2 cells still get 4. */
static void test_decomp_layout_degenerate(void **state)
{
    const double zero[] = {0, 0, NAN};
    decomp_geom g;
    int start, len;
    (void)state;
    decomp_layout(zero, 3, 50, 12, &g);
    assert_int_equal(g.bar_w, 28);
    assert_int_equal(g.zero, 14);
    assert_true(g.cells_per_mt == 0);
    decomp_bar(&g, 0, &start, &len);
    assert_int_equal(len, 0);
    decomp_bar(&g, NAN, &start, &len);
    assert_int_equal(len, 0);
    decomp_layout(zero, 2, 20, 12, &g);
    assert_int_equal(g.label_w, 10);
    assert_int_equal(g.bar_w, 0);
    decomp_layout(zero, 2, 50, 2, &g);
    assert_int_equal(g.label_w, 4);
}

/* ---- band fill ---- */

/* A flat line at 100 over 2015..2060 on a fixed 0..200 axis, a band 50..150 every year: the cells
 * between the rows of 150 and 50 that hold nothing are shaded, the line's cells keep their
 * braille, and nothing above 150 or below 50 is shaded. With a playback cut at 2030 nothing is
 * shaded right of the 2030 column. */
static void fill_case(int cut_year, chart_grid *g, chart_spec *sp, chart_geom *gm, double *line)
{
    static double lo[46], hi[46];
    for (int i = 0; i < 46; i++) {
        line[i] = 100;
        lo[i] = 50;
        hi[i] = 150;
    }
    memset(sp, 0, sizeof *sp);
    sp->first_year = sp->year_lo = 2015;
    sp->n_years = 46;
    sp->year_hi = 2060;
    sp->y_lo = 0;
    sp->y_hi = 200;
    sp->s[0] = (chart_series){line, ST_MAIN, "Gross"};
    sp->ns = 1;
    sp->utf8 = 1;
    sp->cut_year = cut_year;
    chart_compute(sp, g);
    bands_fill(g, sp, lo, hi, L'░', ST_BAND);
    chart_geometry(sp, g, gm);
}

static int count_fill(const chart_grid *g, int row, int c0, int c1)
{
    int n = 0;
    for (int c = c0; c <= c1; c++) n += g->cell[row * g->w + c].ch == L'░';
    return n;
}

static void test_bands_fill(void **state)
{
    chart_grid *g = chart_grid_new(60, 20);
    chart_spec sp;
    chart_geom gm;
    double line[46];
    int r150, r100, r50, c2030, last;
    (void)state;
    fill_case(0, g, &sp, &gm, line);
    r150 = chart_row_of_value(&gm, 150);
    r100 = chart_row_of_value(&gm, 100);
    r50 = chart_row_of_value(&gm, 50);
    last = gm.left + gm.w - 1;
    assert_true(r150 < r100 && r100 < r50);
    assert_int_equal(count_fill(g, r150, gm.left, last), gm.w); /* the band's top row, end to end */
    assert_int_equal(count_fill(g, r50, gm.left, last), gm.w);
    assert_int_equal(count_fill(g, r100, gm.left, last), 0); /* the line stays on top */
    assert_int_equal(count_fill(g, r150 - 1, gm.left, last), 0);
    assert_int_equal(count_fill(g, r50 + 1, gm.left, last), 0);
    fill_case(2030, g, &sp, &gm, line);
    c2030 = chart_col_of_year(&sp, &gm, 2030);
    assert_true(count_fill(g, r150, gm.left, c2030) > 0);
    assert_int_equal(count_fill(g, r150, c2030 + 1, last), 0);
    chart_grid_free(g);
}

/* ---- reference label ---- */

/* "Chongqing peak before 2030" is 26 cells: it fits in 26; in 12 it keeps 11 characters and an
 * ellipsis ("Chongqing p…"), "~" without UTF-8; "重庆达峰" is 8 cells: in 5, two characters (4
 * cells) and the ellipsis; nothing fits in 0. */
static void test_ref_fit_label(void **state)
{
    char out[64];
    (void)state;
    ref_fit_label("Chongqing peak before 2030", 26, 1, out, sizeof out);
    assert_string_equal(out, "Chongqing peak before 2030");
    ref_fit_label("Chongqing peak before 2030", 12, 1, out, sizeof out);
    assert_string_equal(out, "Chongqing p…");
    ref_fit_label("Chongqing peak before 2030", 12, 0, out, sizeof out);
    assert_string_equal(out, "Chongqing p~");
    ref_fit_label("重庆达峰", 5, 1, out, sizeof out);
    assert_string_equal(out, "重庆…");
    ref_fit_label("abc", 0, 1, out, sizeof out);
    assert_string_equal(out, "");
}

/* ---- goal seek message ---- */

/* Solar PV (step 0.5 GW) moved from 4.5 to 8.983 GW, reaching a 2030 coal share of 40.996 % for
 * the target coal_share_2030<=41 in 17 runs; the same target out of reach (best 11.246 GW, 40.25
 * %); a peak year already met; a peak never reached. */
static void test_seek_describe(void **state)
{
    seek_target t = {SEEK_COAL_SHARE, 2030, SEEK_LE, 41};
    seek_target py = {SEEK_PEAK_YEAR, 0, SEEK_LE, 2030};
    seek_result r;
    char buf[512];
    (void)state;
    memset(&r, 0, sizeof r);
    r.lever = P_POWER_SOLAR_GW;
    r.start_value = 4.5;
    r.value = 8.983;
    r.met = 1;
    r.runs = 17;
    r.metric_value = 40.996;
    seek_ui_describe(&r, &t, "Solar PV capacity", "GW", LANG_EN, buf, sizeof buf);
    assert_string_equal(buf, "Target coal_share_2030<=41 met: Solar PV capacity 4.5 -> 8.983 GW (now 41.00), 17 runs; u undoes");
    /* in Chinese the lever in 万千瓦 (1 GW = 100 万千瓦: 4.5 -> 450, 8.983 -> 898.3) and the goal in words */
    seek_ui_describe(&r, &t, "光伏装机", "GW", LANG_ZH, buf, sizeof buf);
    assert_string_equal(buf, "目标 2030年煤炭占比 ≤ 41% 已达成：光伏装机 450 → 898.3 万千瓦（现为 41.0%），运行 17 次；u 撤销");
    r.met = 0;
    r.value = 11.246;
    r.metric_value = 40.25;
    seek_ui_describe(&r, &t, "Solar PV capacity", "GW", LANG_EN, buf, sizeof buf);
    assert_string_equal(buf, "Target coal_share_2030<=41 out of reach: best Solar PV capacity 11.246 GW gives 40.25 (17 runs); lever not moved");
    /* met only beyond the plausible top (3..12 GW): the value it needs is named */
    r.greener = 1;
    r.plaus_lo = 3;
    r.plaus_hi = 12;
    r.outside_value = 14.5;
    seek_ui_describe(&r, &t, "Solar PV capacity", "GW", LANG_EN, buf, sizeof buf);
    assert_string_equal(buf, "Target coal_share_2030<=41 needs Solar PV capacity = 14.5 GW, outside its plausible range 3.0..12.0; "
                             "best inside 11.246 gives 40.25; lever not moved");
    r.outside_value = NAN;
    r.met = 1;
    r.value = r.start_value;
    r.metric_start = 2028;
    seek_ui_describe(&r, &py, "Solar PV capacity", "GW", LANG_EN, buf, sizeof buf);
    assert_string_equal(buf, "Target peak_year<=2030 already met: Solar PV capacity stays at 4.5 GW (2028)");
    r.met = 0;
    r.metric_value = INFINITY;
    seek_ui_describe(&r, &py, "光伏装机", "GW", LANG_ZH, buf, sizeof buf);
    assert_non_null(strstr(buf, "无法达到"));
    assert_non_null(strstr(buf, "未达到"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decomp_layout_mixed_signs),
        cmocka_unit_test(test_decomp_layout_positive_only),
        cmocka_unit_test(test_decomp_layout_rounding_never_overflows),
        cmocka_unit_test(test_decomp_layout_degenerate),
        cmocka_unit_test(test_bands_fill),
        cmocka_unit_test(test_ref_fit_label),
        cmocka_unit_test(test_seek_describe),
    };
    setlocale(LC_CTYPE, "C.UTF-8"); /* display widths of Chinese and the ellipsis */
    return cmocka_run_group_tests_name("tui_decomp", tests, NULL, NULL);
}
