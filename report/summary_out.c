/* report/summary_out.c - the one summary writer (readable lines, JSON, CSV) every command and export
 * uses, and the one CSV number writer. Formats only: the numbers come from run_summary. */
#include "summary_out.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "csv_head.h"
#include "i18n.h"
#include "text_cols.h"
#include "units.h"

/* A string of the message catalogue (report/i18n_list.h) in English (zh 0) or Chinese. */
#define TR(zh, id) i18n_str((id), (zh) ? LANG_ZH : LANG_EN)

/* ---- numbers ---- */

void sum_out_csv_num(FILE *f, double v)
{
    if (!isfinite(v)) return;
    if (v == 0) v = 0; /* no "-0" */
    fprintf(f, "%.10g", v);
}

void sum_out_csv_text(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', f); /* RFC 4180: a quote inside a field is doubled */
        fputc(*s, f);
    }
    fputc('"', f);
}

void sum_out_jset(json_t *obj, const char *key, json_t *val, int *bad)
{
    if (!obj || !val) {
        json_decref(val);
        *bad = 1;
    } else if (json_object_set_new(obj, key, val) != 0) {
        *bad = 1;
    }
}

json_t *sum_out_jnum(double v)
{
    if (!isfinite(v)) return json_null();
    return json_real(v == 0 ? 0.0 : v);
}

/* ---- readable lines ---- */

static void line(sum_out_line *l, const char *label, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void line(sum_out_line *l, const char *label, const char *fmt, ...)
{
    va_list ap;
    snprintf(l->label, sizeof l->label, "%s", label);
    va_start(ap, fmt);
    vsnprintf(l->text, sizeof l->text, fmt, ap);
    va_end(ap);
}

/* An amount of CO2 as a sentence shows it: "190.4 Mt CO2" in English, the planning unit in Chinese
 * ("1.90亿吨CO2", report/units.h); unit is "Mt CO2", or "Mt" where the sentence says CO2 already. */
static const char *mt_text(double mt, const char *unit, int zh, char *buf, size_t size)
{
    return units_format(mt, unit, zh ? LANG_ZH : LANG_EN, zh ? -1 : 1, buf, size);
}

static void peak_line(const run_summary *s, int end_year, int zh, sum_out_line *l)
{
    const char *label = TR(zh, S_SUM_PEAK);
    char mt[64];
    mt_text(s->peak_mt, "Mt CO2", zh, mt, sizeof mt);
    if (!s->peak_reached)
        line(l, label, TR(zh, S_SUM_NO_PEAK), end_year, mt, s->peak_year);
    else if (s->plateau_first < s->plateau_last)
        line(l, label, TR(zh, S_SUM_PEAK_PLATEAU), s->peak_year, mt, s->plateau_first, s->plateau_last);
    else
        line(l, label, TR(zh, S_SUM_PEAK_ONE_YEAR), s->peak_year, mt, s->plateau_first);
}

static void share_line(sum_out_line *l, int zh, const char *label, double a, double b, double c)
{
    char t[3][24];
    const double v[3] = {a, b, c};
    for (int k = 0; k < 3; k++) {
        if (isfinite(v[k])) snprintf(t[k], sizeof t[k], "%.1f %%", v[k]);
        else snprintf(t[k], sizeof t[k], "-");
    }
    line(l, label, TR(zh, S_SUM_SHARES), t[0], t[1], t[2]);
}

int sum_out_lines(const run_summary *s, int end_year, int zh, sum_out_line out[SUM_OUT_MAX_LINES])
{
    int n = 0;
    char cum[64], a[64], b[64];
    peak_line(s, end_year, zh, &out[n++]);
    if (s->hist_peak_year > 0)
        line(&out[n++], TR(zh, S_SUM_HIST), TR(zh, S_SUM_HIST_TEXT), s->hist_peak_year,
             mt_text(s->hist_peak_mt, "Mt CO2", zh, a, sizeof a));
    line(&out[n++], TR(zh, S_SUM_BY_2030), "%s", TR(zh, s->peak_by_2030 ? S_SUM_YES : S_SUM_NO));
    if (s->neutral_year > 0) line(&out[n++], TR(zh, S_SUM_NEUTRAL), TR(zh, S_SUM_NEUTRAL_YEAR), s->neutral_year);
    else line(&out[n++], TR(zh, S_SUM_NEUTRAL), TR(zh, S_SUM_NOT_NEUTRAL), end_year);
    snprintf(cum, sizeof cum, TR(zh, S_SUM_CUM), end_year);
    line(&out[n++], cum, TR(zh, S_SUM_CUM_TEXT), mt_text(s->cum_co2_mt, "Mt", zh, a, sizeof a),
         mt_text(s->cum_net_mt, "Mt", zh, b, sizeof b));
    share_line(&out[n++], zh, TR(zh, S_SUM_COAL), s->coal_share_2025, s->coal_share_2030, s->coal_share_2060);
    share_line(&out[n++], zh, TR(zh, S_SUM_NONFOSSIL), s->nonfossil_share_2025, s->nonfossil_share_2030,
               s->nonfossil_share_2060);

    n += sum_out_cost_lines(s, zh, out + n); /* costs and air (issue 12) */
    return n;
}

void sum_out_table(FILE *f, const run_summary *s, int end_year, int zh, const char *indent)
{
    sum_out_line l[SUM_OUT_MAX_LINES];
    int n = sum_out_lines(s, end_year, zh, l);
    for (int i = 0; i < n; i++) {
        fputs(indent, f);
        tc_pad(f, l[i].label, 28, 0); /* columns, not bytes: a Chinese label is two columns a character */
        fprintf(f, " %s\n", l[i].text);
    }
}

/* ---- JSON ---- */

static json_t *item_json(const run_summary *s, int item)
{
    double v = run_sum_value(s, item);
    switch (run_sum_get(item)->kind) {
    case SUMK_BOOL: return json_boolean(v != 0);
    case SUMK_YEAR: return isnan(v) ? json_null() : json_integer((json_int_t)v);
    case SUMK_NUM: break;
    }
    return sum_out_jnum(v);
}

json_t *sum_out_json(const run_summary *s, int *bad)
{
    json_t *j = json_object();
    if (!j) *bad = 1;
    for (int i = 0; i < SUM_COUNT && j; i++) {
        sum_out_jset(j, run_sum_get(i)->name, item_json(s, i), bad);
    }
    return j;
}

/* ---- CSV ---- */

void sum_out_csv_header(FILE *f, const char *prefix)
{
    for (int i = 0; i < SUM_COUNT; i++) fprintf(f, "%s%s%s", i ? "," : "", prefix, run_sum_get(i)->name);
}

void sum_out_csv_values(FILE *f, const run_summary *s)
{
    for (int i = 0; i < SUM_COUNT; i++) {
        if (i) fputc(',', f);
        sum_out_csv_num(f, run_sum_value(s, i));
    }
}

void sum_out_csv_rows(FILE *f, const run_summary *s)
{
    fputs("item,value,unit\n", f);
    for (int i = 0; i < SUM_COUNT; i++) {
        fprintf(f, "%s,", run_sum_get(i)->name);
        sum_out_csv_num(f, run_sum_value(s, i));
        fprintf(f, ",%s\n", run_sum_get(i)->unit);
    }
}

void sum_out_csv_rows_h(FILE *f, const run_summary *s, int headers)
{
    csv_headers h = (csv_headers)headers;
    if (h == CSV_HEAD_NAMES) {
        sum_out_csv_rows(f, s);
        return;
    }
    fprintf(f, "%s\n", TR(h == CSV_HEAD_ZH, S_SUM_CSV_HEAD));
    for (int i = 0; i < SUM_COUNT; i++) {
        const run_sum_info *in = run_sum_get(i);
        /* years and flags keep their unit; amounts go into the header's unit (units_view) */
        unit_view v = in->kind == SUMK_NUM ? csv_head_view(in->unit, h) : (unit_view){1.0, in->unit};
        sum_out_csv_text(f, h == CSV_HEAD_ZH ? in->label_zh : in->label_en);
        fputc(',', f);
        csv_head_num(f, run_sum_value(s, i), v);
        fputc(',', f);
        sum_out_csv_text(f, h == CSV_HEAD_ZH && in->kind != SUMK_NUM ? units_view(in->unit, LANG_ZH).unit : v.unit);
        fputc('\n', f);
    }
}
