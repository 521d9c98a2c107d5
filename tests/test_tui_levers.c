/* tests/test_tui_levers.c - the pure parts of the levers panel (tui/levers.c: list from the
 * parameter table, scrolling, sliders, number formats) and the undo history (tui/history.c).
 * Expected values are worked out by hand in the comments. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>
#include <cmocka.h>

#include "../sim/scenario/params.h"
#include "../tui/history.h"
#include "../tui/levers.h"

/* ---- the list ---- */

/* Every key with a lever group appears once, grouped in group order, in table order within a
 * group, each group introduced by a header row. */
static void test_lev_build_groups_every_lever(void **state)
{
    lev_list l;
    int expected = 0, groups = 0, last_group = -1, last_id = -1;
    (void)state;
    for (int id = 0; id < P_COUNT; id++) expected += pp_param_get(id)->group != LG_NONE;
    for (int g = 0; g < LG_COUNT; g++)
        for (int id = 0; id < P_COUNT; id++)
            if ((int)pp_param_get(id)->group == g) { groups++; break; }
    lev_build(&l);
    assert_int_equal(l.n, expected);
    assert_int_equal(l.n_rows, expected + groups);
    assert_true(l.row_lever[0] < 0); /* a header first */
    for (int r = 0; r < l.n_rows; r++) {
        int k = l.row_lever[r];
        if (k < 0) {
            assert_true(-1 - k > last_group);
            last_group = -1 - k;
            last_id = -1;
            continue;
        }
        assert_int_equal((int)pp_param_get(l.id[k])->group, last_group);
        assert_true(l.id[k] > last_id);
        last_id = l.id[k];
    }
    assert_int_equal(l.id[0], P_ECONOMY_GDP_GROWTH); /* the first economy lever in the table */
}

/* A made-up list: H0 L0 L1 H1 L2 L3 L4 H2 L5 (9 rows) shown 4 rows at a time. */
static void small_list(lev_list *l)
{
    static const int rows[] = {-1, 0, 1, -2, 2, 3, 4, -3, 5};
    memset(l, 0, sizeof *l);
    l->n = 6;
    l->n_rows = 9;
    memcpy(l->row_lever, rows, sizeof rows);
}

static void test_lev_scroll(void **state)
{
    lev_list l;
    (void)state;
    small_list(&l);
    assert_int_equal(lev_row_of(&l, 4), 6);
    assert_int_equal(lev_scroll(&l, 0, 4, 0), 0); /* row 1 is visible */
    assert_int_equal(lev_scroll(&l, 4, 4, 0), 3); /* row 6 at the bottom: 6 - 4 + 1 */
    assert_int_equal(lev_scroll(&l, 2, 4, 3), 3); /* row 4 and its header (3) already visible */
    assert_int_equal(lev_scroll(&l, 5, 4, 3), 5); /* row 8: 8 - 4 + 1 = 5 = 9 - 4, the last page */
    assert_int_equal(lev_scroll(&l, 0, 4, 5), 0); /* back up to the header of row 1 */
    assert_int_equal(lev_scroll(&l, 5, 20, 0), 0); /* everything fits */
}

/* ---- sliders and numbers ---- */

/* 5 cells over 0..10: a value of 5 sits at round(0.5 * 4) = 2, 10 at 4; the loaded value's mark
 * at 5 -> cell 2 too (the knob wins). */
static void test_lev_slider(void **state)
{
    wchar_t w[16];
    (void)state;
    assert_int_equal(lev_slider(5, 5, 0, 10, 5, 1, w), 2);
    assert_true(wcscmp(w, L"━━●━━") == 0);
    assert_int_equal(lev_slider(10, 5, 0, 10, 5, 1, w), 4);
    assert_true(wcscmp(w, L"━━╋━●") == 0);
    lev_slider(0, 5, 0, 10, 5, 0, w);
    assert_true(wcscmp(w, L"O-+--") == 0);
}

/* A value beyond the range: the end cell holds an arrow pointing out of it, not the knob; a loaded
 * value beyond it has no mark. 2.5 over 0..10 on 5 cells: round(0.25 * 4) = 1. */
static void test_lev_slider_outside(void **state)
{
    wchar_t w[16];
    (void)state;
    assert_int_equal(lev_slider(-3, 5, 0, 10, 5, 1, w), 0);
    assert_true(wcscmp(w, L"◀━╋━━") == 0);
    assert_int_equal(lev_slider(13, 5, 0, 10, 5, 0, w), 4);
    assert_true(wcscmp(w, L"--+->") == 0);
    lev_slider(2.5, 12, 0, 10, 5, 1, w); /* loaded at 12, beyond the top: no mark */
    assert_true(wcscmp(w, L"━●━━━") == 0);
    lev_slider(10, 5, 0, 10, 5, 1, w); /* exactly at the end is inside: the knob */
    assert_int_equal(w[4], L'●');
}

static void test_lev_outside(void **state)
{
    (void)state;
    assert_int_equal(lev_outside(2.9, 3, 6.5), -1);
    assert_int_equal(lev_outside(3, 3, 6.5), 0);
    assert_int_equal(lev_outside(6.5 + 1e-12, 3, 6.5), 0); /* rounding of a stepped value */
    assert_int_equal(lev_outside(7, 3, 6.5), 1);
}

/* A lever's slider spans its plausible range whatever its value (levers_list.h: GDP growth 3..6.5
 * %/yr, solar 3..12 GW), so 9 %/yr or 20 GW stay beyond the ends. Population is no lever: it gets
 * the loaded value +- max(10 x step 0, 32.4 / 2) = 16.2 -> 16.2..48.6, widened to a value of 60. */
static void test_lev_slider_range(void **state)
{
    double lo, hi;
    (void)state;
    lev_slider_range(P_ECONOMY_GDP_GROWTH, 5, 9, &lo, &hi);
    assert_true(fabs(lo - 3) < 1e-12 && fabs(hi - 6.5) < 1e-12);
    lev_slider_range(P_POWER_SOLAR_GW, 4.5, 4.5, &lo, &hi);
    assert_true(fabs(lo - 3) < 1e-12 && fabs(hi - 12) < 1e-12);
    lev_slider_range(P_POWER_SOLAR_GW, 4.5, 20, &lo, &hi);
    assert_true(fabs(hi - 12) < 1e-12);
    lev_slider_range(P_ECONOMY_POPULATION, 32.4, 32.4, &lo, &hi);
    assert_true(fabs(lo - 16.2) < 1e-9 && fabs(hi - 48.6) < 1e-9);
    lev_slider_range(P_ECONOMY_POPULATION, 32.4, 60, &lo, &hi);
    assert_true(fabs(hi - 60) < 1e-12);
}

/* Where the default scenario's values sit on a 5-cell row slider (cell = round((v - lo) / (hi - lo)
 * x 4)): GDP growth 5.0 over 3..6.5 -> round(2.29) = 2; solar 4.5 over 3..12 -> round(0.67) = 1;
 * cement 55 over 40..65 -> round(2.4) = 2; nuclear 0 over 0..4 -> 0. */
static void test_lev_slider_default_positions(void **state)
{
    static const struct {
        int id;
        double v;
        int cell;
    } cases[] = {
        {P_ECONOMY_GDP_GROWTH, 5.0, 2}, {P_POWER_SOLAR_GW, 4.5, 1}, {P_EMIS_CEMENT_MT, 55, 2}, {P_POWER_NUCLEAR_GW, 0, 0},
    };
    wchar_t w[16];
    double lo, hi;
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        lev_slider_range(cases[i].id, cases[i].v, cases[i].v, &lo, &hi);
        assert_int_equal(lev_slider(cases[i].v, cases[i].v, lo, hi, 5, 1, w), cases[i].cell);
    }
}

/* A click on cell c of a 5-cell slider over 0..10 (loaded at 5, step 0.5): 0 -> 0, 1 -> 2.5,
 * 3 -> 7.5, 4 -> 10. With step 2 from 5: 2.5 rounds to 5 + round(-1.25) * 2 = 3. */
static void test_lev_slider_value(void **state)
{
    (void)state;
    assert_true(fabs(lev_slider_value(0, 5, 0, 10, 5, 0.5) - 0) < 1e-12);
    assert_true(fabs(lev_slider_value(1, 5, 0, 10, 5, 0.5) - 2.5) < 1e-12);
    assert_true(fabs(lev_slider_value(3, 5, 0, 10, 5, 0.5) - 7.5) < 1e-12);
    assert_true(fabs(lev_slider_value(4, 5, 0, 10, 5, 0.5) - 10) < 1e-12);
    assert_true(fabs(lev_slider_value(1, 5, 0, 10, 5, 2) - 3) < 1e-12);
}

static void test_lev_format(void **state)
{
    char b[32];
    (void)state;
    lev_format(5, 0.5, b, sizeof b);
    assert_string_equal(b, "5.0");
    lev_format(38, 1, b, sizeof b);
    assert_string_equal(b, "38");
    lev_format(2.375, 0.25, b, sizeof b); /* the value needs 3 decimals, the step 2 */
    assert_string_equal(b, "2.375");
    lev_format(3, 0.25, b, sizeof b);
    assert_string_equal(b, "3.00");
    lev_format(-0.0, 1, b, sizeof b);
    assert_string_equal(b, "0");
    lev_format(0.1, 0.1, b, sizeof b);
    assert_string_equal(b, "0.1");
}

/* Levers in the reader's units (report/units.h): 1 GW = 100 万千瓦, 1 TWh = 10 亿千瓦时, 1 Mt = 100 万吨;
 * the step's decimals follow: solar's 0.5 GW step is 50 万千瓦, so no decimals. */
static void test_lev_format_in_planning_units(void **state)
{
    char buf[32];
    (void)state;
    lev_format_in(pp_param_get(P_POWER_SOLAR_GW), LANG_EN, 4.5, buf, sizeof buf);
    assert_string_equal(buf, "4.5");
    lev_format_in(pp_param_get(P_POWER_SOLAR_GW), LANG_ZH, 4.5, buf, sizeof buf);
    assert_string_equal(buf, "450");
    assert_string_equal(lev_view(pp_param_get(P_POWER_SOLAR_GW), LANG_ZH).unit, "万千瓦");
    lev_format_in(pp_param_get(P_POWER_IMPORT_TWH), LANG_ZH, 50, buf, sizeof buf);
    assert_string_equal(buf, "500"); /* 50 TWh = 500 亿千瓦时 */
    assert_string_equal(lev_view(pp_param_get(P_POWER_IMPORT_TWH), LANG_ZH).unit, "亿千瓦时");
    lev_format_in(pp_param_get(P_EMIS_SINK_MT), LANG_ZH, 16.5, buf, sizeof buf);
    assert_string_equal(buf, "1650"); /* 16.5 Mt CO2 = 1650 万吨CO2 */
    lev_format_in(pp_param_get(P_ECONOMY_GDP_GROWTH), LANG_ZH, 5, buf, sizeof buf);
    assert_string_equal(buf, "5.0"); /* %/年: factor 1, the 0.5 step keeps one decimal */
    assert_string_equal(lev_view(pp_param_get(P_ECONOMY_GDP_GROWTH), LANG_ZH).unit, "%/年");
}

static void test_lev_step(void **state)
{
    (void)state;
    assert_true(fabs(lev_step(pp_param_get(P_ECONOMY_GDP_GROWTH), 0) - 0.5) < 1e-12);
    assert_true(fabs(lev_step(pp_param_get(P_ECONOMY_GDP_GROWTH), 1) - 5) < 1e-12);
}

/* ---- history ---- */

static hist_change change(int id, double before, double after)
{
    hist_change c;
    memset(&c, 0, sizeof c);
    c.id = id;
    c.before.n = c.after.n = 1;
    c.before.value[0] = before;
    c.after.value[0] = after;
    return c;
}

static void test_hist_undo_redo(void **state)
{
    hist_stack h;
    hist_change c = change(3, 1, 2);
    const hist_step *s;
    (void)state;
    hist_init(&h);
    assert_null(hist_undo(&h));
    assert_int_equal(hist_push(&h, &c, 1), 0);
    s = hist_undo(&h);
    assert_non_null(s);
    assert_int_equal(s->ch[0].id, 3);
    assert_true(s->ch[0].before.value[0] == 1);
    assert_null(hist_undo(&h));
    s = hist_redo(&h);
    assert_non_null(s);
    assert_true(s->ch[0].after.value[0] == 2);
    assert_null(hist_redo(&h));
    hist_free(&h);
}

/* A new move after an undo drops the redo step. */
static void test_hist_push_drops_redo(void **state)
{
    hist_stack h;
    hist_change a = change(1, 0, 1), b = change(2, 0, 1);
    (void)state;
    hist_init(&h);
    hist_push(&h, &a, 1);
    hist_undo(&h);
    hist_push(&h, &b, 1);
    assert_null(hist_redo(&h));
    assert_int_equal(h.len, 1);
    assert_int_equal(hist_undo(&h)->ch[0].id, 2);
    assert_null(hist_undo(&h));
    hist_free(&h);
}

static void test_hist_cap_drops_oldest(void **state)
{
    hist_stack h;
    (void)state;
    hist_init(&h);
    for (int i = 0; i < HIST_MAX + 5; i++) {
        hist_change c = change(i, i, i + 1);
        hist_push(&h, &c, 1);
    }
    assert_int_equal(h.len, HIST_MAX);
    assert_int_equal(h.step[0].ch[0].id, 5); /* steps 0..4 dropped */
    for (int i = 0; i < HIST_MAX; i++) assert_non_null(hist_undo(&h));
    assert_null(hist_undo(&h));
    hist_free(&h);
}

static void test_hist_multi_change_step(void **state)
{
    hist_stack h;
    hist_change c[3] = {change(1, 0, 1), change(2, 0, 1), change(3, 0, 1)};
    (void)state;
    hist_init(&h);
    hist_push(&h, c, 3);
    assert_int_equal(hist_undo(&h)->n, 3);
    assert_int_equal(hist_push(&h, c, 0), 0); /* nothing recorded */
    assert_int_equal(h.len, 1);
    hist_free(&h);
    assert_int_equal(h.len, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lev_build_groups_every_lever),
        cmocka_unit_test(test_lev_scroll),
        cmocka_unit_test(test_lev_slider),
        cmocka_unit_test(test_lev_slider_outside),
        cmocka_unit_test(test_lev_outside),
        cmocka_unit_test(test_lev_slider_range),
        cmocka_unit_test(test_lev_slider_default_positions),
        cmocka_unit_test(test_lev_slider_value),
        cmocka_unit_test(test_lev_format),
        cmocka_unit_test(test_lev_step),
        cmocka_unit_test(test_lev_format_in_planning_units),
        cmocka_unit_test(test_hist_undo_redo),
        cmocka_unit_test(test_hist_push_drops_redo),
        cmocka_unit_test(test_hist_cap_drops_oldest),
        cmocka_unit_test(test_hist_multi_change_step),
    };
    return cmocka_run_group_tests_name("tui_levers", tests, NULL, NULL);
}
