/* tui/levers.c - the levers panel: the lever list from the parameter table, scrolling, sliders,
 * number formats (pure), and drawing the panel with the selected lever's details. Values are
 * read with scn_lever_value; the panel never changes the scenario itself (tui/app.c does). */
#include "levers.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../sim/scenario/scenario.h"
#include "app.h"
#include "draw.h"
#include "lever_names.h"
#include "style.h"
#include "text.h"

#define DETAIL_ROWS 3   /* separator, full label, the selected lever's slider with its ends */
#define MIN_ROWS_FOR_DETAIL 12
#define MAX_DOC_ROWS 12 /* the lever's description and its range's source under its details */
#define DESC_CODE (-100) /* a panel row code: DESC_CODE - g is lever group g's description */
#define VALUE_W 6       /* "-12.50", "1000.0" */
#define UNIT_W 6        /* widest English lever unit: "Mt CO2" */
#define UNIT_W_MAX 8    /* widest unit column: "亿千瓦时" */
#define LOADED_W 7      /* the loaded value column on wide terminals */
#define SLIDER_HALF_STEPS 10 /* without a plausible range: ten steps each side of the loaded value */
#define DETAIL_SLIDER_MIN 5  /* fewest cells of the slider under the details */
#define LEV_SLIDER_MAX 160   /* widest slider drawn */

/* ---- the list ---- */

void lev_build(lev_list *l)
{
    memset(l, 0, sizeof *l);
    for (int g = 0; g < LG_COUNT; g++) {
        int header = 0;
        for (int id = 0; id < P_COUNT; id++) {
            const pp_param *p = pp_param_get(id);
            if ((int)p->group != g) continue;
            if (!header) {
                l->row_lever[l->n_rows++] = -1 - g;
                header = 1;
            }
            l->row_lever[l->n_rows++] = l->n;
            l->id[l->n++] = id;
        }
    }
}

int lev_row_of(const lev_list *l, int i)
{
    for (int r = 0; r < l->n_rows; r++)
        if (l->row_lever[r] == i) return r;
    return 0;
}

int lev_scroll(const lev_list *l, int sel, int visible, int first)
{
    int row = lev_row_of(l, sel);
    int top = row > 0 && l->row_lever[row - 1] < 0 ? row - 1 : row; /* keep the header in view */
    if (visible < 1) return 0;
    if (top < first) first = top;
    if (row >= first + visible) first = row - visible + 1;
    if (first > l->n_rows - visible) first = l->n_rows - visible;
    return first < 0 ? 0 : first;
}

/* ---- sliders and numbers ---- */

void lev_slider_range(int id, double base, double v, double *lo, double *hi)
{
    const pp_param *p = pp_param_get(id);
    const pp_lever_range *r = pp_lever_range_get(id);
    double half;
    if (r) { /* the planner's range; a value beyond it shows as a knob at the end */
        *lo = r->lo;
        *hi = r->hi;
        return;
    }
    half = p ? fmax(SLIDER_HALF_STEPS * p->step, fabs(base) * 0.5) : 1;
    if (!(half > 0)) half = 1;
    *lo = p ? fmax(p->min, base - half) : base - half;
    *hi = p ? fmin(p->max, base + half) : base + half;
    if (v < *lo) *lo = v;
    if (v > *hi) *hi = v;
    if (*hi <= *lo) *hi = *lo + 1;
}

int lev_outside(double v, double lo, double hi)
{
    double tol = 1e-9 * fmax(1, fmax(fabs(lo), fabs(hi)));
    return v < lo - tol ? -1 : v > hi + tol ? 1 : 0;
}

static int slider_cell(double v, double lo, double hi, int width)
{
    int c = (int)lround((v - lo) / (hi - lo) * (width - 1));
    return c < 0 ? 0 : c >= width ? width - 1 : c;
}

int lev_slider(double v, double base, double lo, double hi, int width, int utf8, wchar_t *out)
{
    int knob, mark, side = lev_outside(v, lo, hi);
    if (width < 1) { out[0] = 0; return 0; }
    knob = slider_cell(v, lo, hi, width);
    mark = slider_cell(base, lo, hi, width);
    for (int i = 0; i < width; i++) out[i] = utf8 ? L'━' : L'-';
    if (!lev_outside(base, lo, hi)) out[mark] = utf8 ? L'╋' : L'+';
    out[knob] = side < 0 ? (utf8 ? L'◀' : L'<') : side > 0 ? (utf8 ? L'▶' : L'>') : utf8 ? L'●' : L'O';
    out[width] = 0;
    return knob;
}

double lev_slider_value(int c, int width, double lo, double hi, double base, double step)
{
    double v = width > 1 ? lo + (hi - lo) * c / (width - 1) : base;
    return step > 0 ? base + round((v - base) / step) * step : v;
}

/* Decimals needed to write x exactly, up to max. */
static int decimals_of(double x, int max)
{
    for (int d = 0; d < max; d++) {
        double s = x * pow(10, d);
        if (fabs(s - round(s)) < 1e-6 * fmax(1, fabs(s))) return d;
    }
    return max;
}

void lev_format(double v, double step, char *buf, size_t size)
{
    int d = decimals_of(step > 0 ? step : 1, 3), dv = decimals_of(v, 3);
    if (dv > d) d = dv;
    if (fabs(v) < 1e-12) v = 0; /* no "-0.0" */
    snprintf(buf, size, "%.*f", d, v);
}

unit_view lev_view(const pp_param *p, i18n_lang lang)
{
    return units_view(p ? p->unit : "", lang);
}

void lev_format_in(const pp_param *p, i18n_lang lang, double v, char *buf, size_t size)
{
    unit_view u = lev_view(p, lang);
    lev_format(v * u.factor, p ? p->step * u.factor : 0, buf, size);
}

double lev_step(const pp_param *p, int big)
{
    double s = p->step > 0 ? p->step : 1;
    return big ? 10 * s : s;
}

/* ---- drawing ---- */

static int n_groups(const lev_list *l)
{
    int n = 0;
    for (int r = 0; r < l->n_rows; r++) n += l->row_lever[r] < 0;
    return n;
}

/* Description rows under the group names: one a group when the whole list, its descriptions,
 * the details and two rows of the lever's description fit; else none. */
static int desc_rows(const lev_list *l, const lay_rect *in)
{
    int g = n_groups(l);
    return in->h - DETAIL_ROWS - l->n_rows - g - 1 >= 2 ? g : 0;
}

/* Rows of the description under the details: what the panel has left below the whole list. */
static int doc_rows(const lev_list *l, const lay_rect *in)
{
    int spare = in->h - DETAIL_ROWS - l->n_rows - desc_rows(l, in) - 1;
    return spare < 2 ? 0 : spare > MAX_DOC_ROWS ? MAX_DOC_ROWS : spare;
}

static int list_rows(const lev_list *l, const lay_rect *in)
{
    return in->h >= MIN_ROWS_FOR_DETAIL ? in->h - DETAIL_ROWS - doc_rows(l, in) : in->h;
}

/* The code of each row of the list area (a lever index, -1 - g for group g's name, DESC_CODE -
 * g for its description), from the scrolled first row; returns how many rows are in use. */
static int panel_codes(const app *a, const lay_rect *in, int *code, int max)
{
    const lev_list *l = &a->levers;
    int rows = list_rows(l, in), with_desc = desc_rows(l, in) > 0, n = 0;
    if (rows > max) rows = max;
    for (int r = with_desc ? 0 : a->lev_first; r < l->n_rows && n < rows; r++) {
        code[n++] = l->row_lever[r];
        if (with_desc && l->row_lever[r] < 0 && n < rows) code[n++] = DESC_CODE - (-1 - l->row_lever[r]);
    }
    return n;
}

/* Slider cells: the last ones of a row (wider panels get longer sliders). */
static int slider_width(const lay_rect *in)
{
    return in->w >= 50 ? 10 : in->w >= 42 ? 8 : 5;
}

/* Style of slider cell c: the knob (in the warning colour when the value lies beyond the range),
 * the loaded mark, the greener end, the track. */
static int cell_style(int c, int knob, int mark, int green_end, int outside)
{
    if (c == knob) return outside ? ST_BAD : ST_KNOB;
    if (c == mark) return ST_SLIDER_BASE;
    return c == green_end ? ST_GOOD : ST_SLIDER;
}

/* The slider of lever id over lo..hi, width cells from column x; returns the cells drawn. */
static int draw_slider(const app *a, int id, double v, double base, double lo, double hi, int y, int x, int width)
{
    const pp_lever_range *r = pp_lever_range_get(id);
    wchar_t sl[LEV_SLIDER_MAX + 1];
    int knob, mark, green_end, outside = lev_outside(v, lo, hi) != 0;
    if (width > LEV_SLIDER_MAX) width = LEV_SLIDER_MAX;
    if (width < 1) return 0;
    knob = lev_slider(v, base, lo, hi, width, a->utf8, sl);
    mark = lev_outside(base, lo, hi) ? -1 : slider_cell(base, lo, hi, width);
    green_end = !r ? -1 : r->greener > 0 ? width - 1 : 0;
    for (int c = 0; c < width; c++) drw_char(y, x + c, sl[c], cell_style(c, knob, mark, green_end, outside));
    return width;
}

/* Cells of the unit column: the widest lever unit shown ("Mt CO2" 6, "亿千瓦时" 8), at most
 * UNIT_W_MAX ("万千瓦/年" is cut to "万千瓦/…" rather than taking the names' room). */
static int unit_width(const app *a)
{
    int w = UNIT_W;
    for (int i = 0; i < a->levers.n; i++) {
        int uw = txt_width(lev_view(pp_param_get(a->levers.id[i]), a->lang).unit);
        if (uw > w) w = uw;
    }
    return w > UNIT_W_MAX ? UNIT_W_MAX : w;
}

static void draw_lever_row(const app *a, int i, int y, const lay_rect *in)
{
    const pp_param *p = pp_param_get(a->levers.id[i]);
    double v = scn_lever_value(a->scn, a->levers.id[i]);
    double base = scn_lever_value(a->base, a->levers.id[i]), lo, hi;
    int sel = i == a->sel, changed = fabs(v - base) > 1e-9 * fmax(1, fabs(base));
    int locked = chp_locked(a, a->levers.id[i]);
    int sw = slider_width(in), uw = unit_width(a);
    int lw = in->w - 1 - 1 - VALUE_W - 1 - uw - 1 - sw - (a->lay.lever_detail ? LOADED_W + 1 : 0);
    int x = in->x + 1, row_style = sel ? ST_LEVER_SEL : ST_NORMAL, value_style;
    char num[32];
    lev_slider_range(a->levers.id[i], base, v, &lo, &hi);
    chp_slider_range(a, a->levers.id[i], v, &lo, &hi);
    value_style = lev_outside(v, lo, hi) ? ST_BAD : sel ? ST_LEVER_SEL : changed ? ST_CHANGED : ST_NORMAL;
    drw_text(y, in->x, 1, locked ? "#" : changed ? "*" : " ", sel ? ST_LEVER_SEL : locked ? ST_LOCKED : ST_CHANGED, 1, 0,
             a->utf8);
    x += drw_text(y, x, lw, lev_name_for_width(a->levers.id[i], a->lang, lw), row_style, 1, 0, a->utf8);
    x += drw_text(y, x, 1, " ", row_style, 1, 0, a->utf8);
    lev_format_in(p, a->lang, v, num, sizeof num);
    x += drw_text(y, x, VALUE_W, num, value_style, 1, 1, a->utf8);
    x += drw_text(y, x, 1, " ", row_style, 1, 0, a->utf8);
    x += drw_text(y, x, uw, lev_view(p, a->lang).unit, sel ? ST_LEVER_SEL : ST_DIM, 1, 0, a->utf8);
    if (a->lay.lever_detail) {
        lev_format_in(p, a->lang, base, num, sizeof num);
        x += drw_text(y, x, LOADED_W + 1, num, ST_DIM, 1, 1, a->utf8);
    }
    x += drw_text(y, x, 1, " ", row_style, 1, 0, a->utf8);
    if (locked) { /* the lock instead of a slider */
        chp_draw_lock(a, y, x, sw);
        return;
    }
    draw_slider(a, a->levers.id[i], v, base, lo, hi, y, x, sw);
}

static void draw_desc_row(const app *a, int g, int y, const lay_rect *in)
{
    static const i18n_id docs[LG_COUNT] = {S_LG_DOC_ECONOMY, S_LG_DOC_INDUSTRY, S_LG_DOC_EFFICIENCY, S_LG_DOC_POWER,
                                           S_LG_DOC_TRANSPORT, S_LG_DOC_SINKS, S_LG_DOC_AIR};
    if (g >= 0 && g < LG_COUNT) drw_text(y, in->x + 1, in->w - 1, i18n_str(docs[g], a->lang), ST_DIM, 1, 0, a->utf8);
}

static void draw_header_row(const app *a, int g, int y, const lay_rect *in)
{
    drw_text(y, in->x, in->w, pp_group_label((pp_lever_group)g, a->lang == LANG_ZH), ST_GROUP, 1, 0,
             a->utf8);
}

/* "accepted -10…25 %/yr · step 0.5 · loaded 5" (without the step when that does not fit): the hard
 * range, which the slider line above does not show. */
static void detail_line(const app *a, const pp_param *p, int width, char *line, size_t size)
{
    const char *dot = a->utf8 ? " · " : " | ";
    char lo[32], hi[32], st[32], ld[32];
    unit_view u = lev_view(p, a->lang);
    lev_format(p->min * u.factor, 1, lo, sizeof lo);
    lev_format(p->max * u.factor, 1, hi, sizeof hi);
    lev_format(p->step * u.factor, p->step * u.factor, st, sizeof st);
    lev_format_in(p, a->lang, scn_lever_value(a->base, a->levers.id[a->sel]), ld, sizeof ld);
    snprintf(line, size, "%s %s%s%s %s%s%s %s%s%s %s", i18n_str(S_LV_ACCEPTED, a->lang), lo, a->utf8 ? "…" : "..", hi,
             u.unit, dot, i18n_str(S_LV_STEP, a->lang), st, dot, i18n_str(S_LV_LOADED, a->lang), ld);
    if (txt_width(line) <= width) return;
    snprintf(line, size, "%s %s%s%s %s%s%s %s", i18n_str(S_LV_ACCEPTED, a->lang), lo, a->utf8 ? "…" : "..", hi, u.unit,
             dot, i18n_str(S_LV_LOADED, a->lang), ld);
}

/* " ◀ greener" / " greener ▶": which end of the slider is greener (long), or the arrow alone. */
static void greener_tail(const app *a, int greener, int with_word, char *buf, size_t size)
{
    const char *arrow = greener > 0 ? (a->utf8 ? "▶" : ">") : (a->utf8 ? "◀" : "<");
    const char *word = i18n_str(S_LV_GREENER, a->lang);
    if (!with_word) snprintf(buf, size, " %s", arrow);
    else if (greener > 0) snprintf(buf, size, " %s %s", word, arrow);
    else snprintf(buf, size, " %s %s", arrow, word);
}

/* "in 2030 3 ━━━●━━━ 12 GW ◀ greener": the selected lever's slider over the full width, with its
 * end values (the greener one in green) and the greener side; the year and then the word go first
 * when the width is short. */
static void draw_range_line(const app *a, int id, int y, const lay_rect *in)
{
    const pp_param *p = pp_param_get(id);
    const pp_lever_range *r = pp_lever_range_get(id);
    double v = scn_lever_value(a->scn, id), base = scn_lever_value(a->base, id), lo, hi;
    char yr[64], l[32], h[32], tail[64], unit[32];
    int x = in->x, fixed, sw, show_year = 1, word = 1;
    lev_slider_range(id, base, v, &lo, &hi);
    chp_slider_range(a, id, v, &lo, &hi);
    if (p->lever_year) snprintf(yr, sizeof yr, i18n_str(S_LV_YEAR_FMT, a->lang), p->lever_year);
    else snprintf(yr, sizeof yr, "%s", i18n_str(S_LV_EVERY_YEAR, a->lang));
    lev_format(lo * lev_view(p, a->lang).factor, 0, l, sizeof l);
    lev_format(hi * lev_view(p, a->lang).factor, 0, h, sizeof h);
    snprintf(unit, sizeof unit, " %s", lev_view(p, a->lang).unit);
    for (;;) {
        if (r) greener_tail(a, r->greener, word, tail, sizeof tail);
        else tail[0] = 0;
        fixed = (show_year ? txt_width(yr) + 1 : 0) + txt_width(l) + 1 + 1 + txt_width(h) + txt_width(unit) +
                txt_width(tail);
        sw = in->w - fixed;
        if (sw >= DETAIL_SLIDER_MIN || (!word && !show_year)) break;
        if (word) word = 0;
        else show_year = 0;
    }
    if (sw < 1) return;
    if (show_year) { x += drw_text(y, x, in->w, yr, ST_DIM, 0, 0, a->utf8); x++; }
    x += drw_text(y, x, in->w, l, r && r->greener < 0 ? ST_GOOD : ST_DIM, 0, 0, a->utf8);
    x++;
    x += draw_slider(a, id, v, base, lo, hi, y, x, sw);
    x++;
    x += drw_text(y, x, in->w, h, r && r->greener > 0 ? ST_GOOD : ST_DIM, 0, 0, a->utf8);
    x += drw_text(y, x, in->w, unit, ST_DIM, 0, 0, a->utf8);
    drw_text(y, x, in->x + in->w - x, tail, ST_GOOD, 0, 0, a->utf8);
}

/* Full label, the slider with its ends, then the hard range, step and loaded value and the
 * description when there is room; from row y (right under the list when it all fits). Under a
 * challenge its lock or limit comes first (the workshop's rule is what a participant must see),
 * then the slider where there is room; a locked lever has no slider. */
static void draw_details(const app *a, const lay_rect *in, int y)
{
    int id = a->levers.id[a->sel];
    const pp_param *p = pp_param_get(id);
    const char *rest, *desc = pp_param_doc(id, a->lang == LANG_ZH), *src = pp_lever_source(id, a->lang == LANG_ZH);
    char line[256], plain[256], doc[1536];
    int nd = doc_rows(&a->levers, in), challenge;
    snprintf(doc, sizeof doc, "%s%s%s%s", desc ? desc : "", src ? "  " : "", src ? i18n_str(S_LV_RANGE_SOURCE, a->lang) : "",
             src ? src : "");
    rest = doc;
    for (int x = 0; x < in->w; x++) drw_char(y, in->x + x, a->utf8 ? L'─' : L'-', ST_FRAME);
    drw_text(y + 1, in->x, in->w, i18n_pair(p->label_en, p->label_zh, a->lang), ST_PANEL_TITLE, 1, 0,
             a->utf8);
    detail_line(a, p, in->w, line, sizeof line);
    snprintf(plain, sizeof plain, "%s", line);
    chp_detail(a, id, line, sizeof line);
    challenge = strcmp(plain, line) != 0;
    if (challenge) drw_text(y + 2, in->x, in->w, line, ST_DIM, 1, 0, a->utf8);
    else draw_range_line(a, id, y + 2, in);
    if (nd < 1) return;
    if (!challenge) drw_text(y + 3, in->x, in->w, line, ST_DIM, 1, 0, a->utf8);
    else if (!chp_locked(a, id)) draw_range_line(a, id, y + 3, in);
    for (int i = 1; i < nd && rest && *rest; i++) {
        rest = txt_wrap_line(rest, in->w, line, sizeof line);
        drw_text(y + 3 + i, in->x, in->w, line, ST_NORMAL, 1, 0, a->utf8);
    }
}

/* "▼ 4 more below" on the row under the list (the details' separator, or the frame), "▲ 2 more
 * above" on the panel's top frame, right-aligned: levers hidden by scrolling are never silent. */
static void draw_scroll_marks(const app *a, const lay_rect *in, int rows)
{
    int above = 0, below = 0, y_below = rows < in->h ? in->y + rows : in->y + in->h;
    char buf[96], txt[64];
    if (desc_rows(&a->levers, in)) return;
    for (int r = 0; r < a->levers.n_rows; r++) {
        if (a->levers.row_lever[r] < 0) continue;
        if (r < a->lev_first) above++;
        else if (r >= a->lev_first + rows) below++;
    }
    if (below) {
        snprintf(txt, sizeof txt, i18n_str(S_LV_MORE_BELOW, a->lang), below);
        snprintf(buf, sizeof buf, " %s %s ", a->utf8 ? "▼" : "v", txt);
        drw_text(y_below, in->x + in->w - txt_width(buf), txt_width(buf), buf, ST_PANEL_TITLE, 0, 0, a->utf8);
    }
    if (above) {
        snprintf(txt, sizeof txt, i18n_str(S_LV_MORE_ABOVE, a->lang), above);
        snprintf(buf, sizeof buf, " %s %s ", a->utf8 ? "▲" : "^", txt);
        drw_text(in->y - 1, in->x + in->w - txt_width(buf), txt_width(buf), buf, ST_PANEL_TITLE, 0, 0, a->utf8);
    }
}

void lev_draw(app *a)
{
    lay_rect in = lay_inner(&a->lay.levers);
    int rows = list_rows(&a->levers, &in), code[LEV_MAX_ROWS * 2], n;
    drw_box(&a->lay.levers, i18n_str(S_LEVERS, a->lang), 1, a->utf8); /* the keys act here */
    if (in.h <= 0) return;
    drw_fill(&in, ST_NORMAL);
    a->lev_first = desc_rows(&a->levers, &in) ? 0 : lev_scroll(&a->levers, a->sel, rows, a->lev_first);
    n = panel_codes(a, &in, code, LEV_MAX_ROWS * 2);
    for (int r = 0; r < n; r++) {
        if (code[r] <= DESC_CODE) draw_desc_row(a, DESC_CODE - code[r], in.y + r, &in);
        else if (code[r] < 0) draw_header_row(a, -1 - code[r], in.y + r, &in);
        else draw_lever_row(a, code[r], in.y + r, &in);
    }
    if (rows < in.h) draw_details(a, &in, in.y + n);
    draw_scroll_marks(a, &in, rows);
}

int lev_slider_hit(const app *a, int i, int x, double *v)
{
    lay_rect in = lay_inner(&a->lay.levers);
    int sw = slider_width(&in), c = x - (in.x + in.w - sw), id = a->levers.id[i];
    const pp_param *p = pp_param_get(id);
    double base = scn_lever_value(a->base, id), lo, hi;
    if (c < 0 || c >= sw) return 0;
    lev_slider_range(id, base, scn_lever_value(a->scn, id), &lo, &hi);
    chp_slider_range(a, id, scn_lever_value(a->scn, id), &lo, &hi);
    *v = lev_slider_value(c, sw, lo, hi, base, p->step);
    return 1;
}

int lev_at_screen_row(const app *a, int y)
{
    lay_rect in = lay_inner(&a->lay.levers);
    int code[LEV_MAX_ROWS * 2], n = panel_codes(a, &in, code, LEV_MAX_ROWS * 2), r = y - in.y;
    return r < 0 || r >= n || code[r] < 0 ? -1 : code[r];
}
