/* report/summary_out.c - the one summary writer (readable lines, JSON, CSV) every command and export
 * uses, and the one CSV number writer. Formats only: the numbers come from run_summary. */
#include "summary_out.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#define TR(zh, en, cn) ((zh) ? (cn) : (en))

/* ---- numbers ---- */

void sum_out_csv_num(FILE *f, double v)
{
    if (!isfinite(v)) return;
    if (v == 0) v = 0; /* no "-0" */
    fprintf(f, "%.10g", v);
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

static void peak_line(const run_summary *s, int end_year, int zh, sum_out_line *l)
{
    const char *label = TR(zh, "Peak CO2:", "碳达峰：");
    if (!s->peak_reached && zh)
        line(l, label, "%d年前未达峰（%d年仍在上升：%.1f 百万吨CO2）", end_year, s->peak_year, s->peak_mt);
    else if (!s->peak_reached)
        line(l, label, "no peak by %d (still rising: %.1f Mt CO2 in %d)", end_year, s->peak_mt, s->peak_year);
    else if (s->plateau_first < s->plateau_last)
        line(l, label, zh ? "%d年，%.1f 百万吨CO2（平台期%d—%d年，峰值1%%以内）" : "%d, %.1f Mt CO2 (plateau %d-%d, within 1 %%)",
             s->peak_year, s->peak_mt, s->plateau_first, s->plateau_last);
    else
        line(l, label, zh ? "%d年，%.1f 百万吨CO2（平台期仅%d年）" : "%d, %.1f Mt CO2 (plateau %d only)", s->peak_year,
             s->peak_mt, s->plateau_first);
}

static void share_line(sum_out_line *l, const char *label, double a, double b, double c)
{
    char t[3][24];
    const double v[3] = {a, b, c};
    for (int k = 0; k < 3; k++) {
        if (isfinite(v[k])) snprintf(t[k], sizeof t[k], "%.1f %%", v[k]);
        else snprintf(t[k], sizeof t[k], "-");
    }
    line(l, label, "2025: %s, 2030: %s, 2060: %s", t[0], t[1], t[2]);
}

int sum_out_lines(const run_summary *s, int end_year, int zh, sum_out_line out[SUM_OUT_MAX_LINES])
{
    int n = 0;
    peak_line(s, end_year, zh, &out[n++]);
    if (s->hist_peak_year > 0)
        line(&out[n++], TR(zh, "Higher historical year:", "更高的历史年份："),
             zh ? "%d年，%.1f 百万吨CO2（历史年份，不计为情景峰值）" : "%d, %.1f Mt CO2 (history, not the scenario's peak)",
             s->hist_peak_year, s->hist_peak_mt);
    line(&out[n++], TR(zh, "Peak by 2030:", "2030年前达峰："), "%s", s->peak_by_2030 ? TR(zh, "yes", "是") : TR(zh, "no", "否"));
    if (s->neutral_year > 0) line(&out[n++], TR(zh, "Carbon neutrality (net 0):", "碳中和（净排放≤0）："), zh ? "%d年" : "%d", s->neutral_year);
    else line(&out[n++], TR(zh, "Carbon neutrality (net 0):", "碳中和（净排放≤0）："), zh ? "%d年前未实现" : "not reached by %d", end_year);
    {
        char label[64];
        snprintf(label, sizeof label, zh ? "2021—%d年累计排放：" : "Cumulative CO2 2021-%d:", end_year);
        line(&out[n++], label, zh ? "总排放 %.1f 百万吨，净排放 %.1f 百万吨" : "%.1f Mt gross, %.1f Mt net", s->cum_co2_mt,
             s->cum_net_mt);
    }
    share_line(&out[n++], TR(zh, "Coal share of energy:", "煤炭占能源消费比重："), s->coal_share_2025, s->coal_share_2030,
               s->coal_share_2060);
    share_line(&out[n++], TR(zh, "Non-fossil share of energy:", "非化石能源比重："), s->nonfossil_share_2025, s->nonfossil_share_2030,
               s->nonfossil_share_2060);
    return n;
}

void sum_out_table(FILE *f, const run_summary *s, int end_year, int zh, const char *indent)
{
    sum_out_line l[SUM_OUT_MAX_LINES];
    int n = sum_out_lines(s, end_year, zh, l);
    for (int i = 0; i < n; i++) fprintf(f, "%s%-28s %s\n", indent, l[i].label, l[i].text);
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
