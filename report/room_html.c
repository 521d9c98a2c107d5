/* report/room_html.c - the projector page (report/room_html.h): a head with a meta refresh and
 * the style for large type, then the round, the podium, the leaderboard, the peak years and the
 * overlay. Every text from a file is escaped (svg_escape covers HTML's five characters). */
#include "room_html.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "export_svg.h" /* svg_escape */
#include "i18n.h"
#include "room_svg.h"
#include "units.h"

static const char *T(int zh, i18n_id id) { return i18n_str(id, zh ? LANG_ZH : LANG_EN); }

/* What a podium compares after the goals met: cumulative CO2, or the system cost. */
static double second_key(const rscan_row *r, int by_cost)
{
    return by_cost ? r->res->summary.cum_system_cost_bn : r->res->summary.cum_co2_mt;
}

/* a before b in the leaderboard */
static int ahead(const rscan_row *a, const rscan_row *b, int by_cost)
{
    if (a->ok != b->ok) return a->ok;
    if (a->ok) {
        if (a->goals.n_met != b->goals.n_met) return a->goals.n_met > b->goals.n_met;
        if (second_key(a, by_cost) != second_key(b, by_cost)) return second_key(a, by_cost) < second_key(b, by_cost);
    }
    return strcmp(a->who, b->who) < 0;
}

static void rank_by(const rscan_table *t, const rscan_row **out, int by_cost)
{
    for (int i = 0; i < t->n; i++) {
        const rscan_row *r = t->row[i];
        int j = i - 1;
        while (j >= 0 && ahead(r, out[j], by_cost)) {
            out[j + 1] = out[j];
            j--;
        }
        out[j + 1] = r;
    }
}

void rhtml_rank(const rscan_table *t, const rscan_row **out)
{
    rank_by(t, out, 0);
}

static void head(FILE *f, int zh)
{
    fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"refresh\" content=\"%d\">\n<title>peakpath room</title>\n<style>\n"
            "body{font-family:'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei','Microsoft YaHei','DejaVu Sans',Arial,sans-serif;"
            "margin:24px 36px;color:#1b1b1b;background:#fff;font-size:26px}\n"
            "h1{font-size:44px;margin:0 0 8px}h2{font-size:32px;margin:18px 0 8px}\n"
            ".round{font-size:56px;font-weight:bold;color:#0b4f8a}.closed{color:#b42318}\n"
            ".wrap{display:flex;gap:28px;align-items:flex-start}.chart{flex:3}.board{flex:2}\n"
            "table{border-collapse:collapse;width:100%%;font-size:22px}th,td{padding:2px 10px;border-bottom:1px solid #ccc;text-align:left}\n"
            "td.n{text-align:right}.met{color:#1a7f37;font-weight:bold}.not{color:#b42318}\n"
            ".podium{display:flex;gap:18px;margin:6px 0}.podium div{padding:8px 18px;border-radius:10px;font-size:30px}\n"
            ".p1{background:#f6d860}.p2{background:#d9d9d9}.p3{background:#e3b27a}\n"
            ".small{font-size:18px;color:#666}.bar{display:inline-block;background:#1f77b4;height:20px;vertical-align:middle}\n"
            "</style>\n</head>\n<body>\n", zh ? "zh-CN" : "en", RHTML_REFRESH_S);
}

static void round_line(FILE *f, const rhtml_page *p)
{
    char clock[64];
    long left;
    int closed;
    if (!p->ws || !p->st) return;
    left = rws_left(p->st, p->now);
    closed = p->st->status == RWS_CLOSED || (p->st->status == RWS_RUNNING && left == 0);
    fprintf(f, "<div class=\"round%s\">%s %d/%d &middot; %s</div>\n", closed ? " closed" : "", T(p->zh, S_J_ROUND),
            p->st->round, p->ws->n_rounds, rws_countdown(p->st, p->now, p->zh ? LANG_ZH : LANG_EN, clock, sizeof clock));
}

static void podium(FILE *f, const rhtml_page *p, const rscan_row **rank, i18n_id title)
{
    int n = 0;
    for (int i = 0; i < p->t->n && n < 3; i++)
        if (rank[i]->ok) n++;
    if (!n) return;
    fprintf(f, "<h2>%s</h2>\n<div class=\"podium\">", T(p->zh, title));
    for (int i = 0; i < n; i++) {
        fprintf(f, "<div class=\"p%d\">%d. ", i + 1, i + 1);
        svg_escape(f, rank[i]->who);
        fputs("</div>", f);
    }
    fputs("</div>\n", f);
}

static void board(FILE *f, const rhtml_page *p, const rscan_row **rank)
{
    unit_view uv = units_view("Mt CO2", p->zh ? LANG_ZH : LANG_EN);
    fprintf(f, "<h2>%s</h2>\n<table>\n<tr><th>%s</th><th>%s</th><th>%s</th><th>%s (%s)</th><th>%s</th></tr>\n",
            T(p->zh, S_HTML_LEADERBOARD), T(p->zh, S_HTML_RANK), T(p->zh, S_RM_COL_WHO), T(p->zh, S_RM_COL_GOALS),
            T(p->zh, S_HTML_CUM), uv.unit, T(p->zh, S_RM_H_PEAK));
    for (int i = 0; i < p->t->n; i++) {
        const rscan_row *r = rank[i];
        fprintf(f, "<tr><td class=\"n\">%d</td><td>", i + 1);
        svg_escape(f, r->who);
        if (!r->ok) {
            fprintf(f, "</td><td colspan=\"3\" class=\"not\">%s</td></tr>\n", T(p->zh, S_RM_BROKEN_ROW));
            continue;
        }
        fprintf(f, "</td><td class=\"%s\">%d/%d</td><td class=\"n\">%.0f</td><td class=\"n\">", r->goals.all_met ? "met" : "not",
                r->goals.n_met, r->goals.n, r->res->summary.cum_co2_mt * uv.factor);
        if (r->res->summary.peak_reached) fprintf(f, "%d", r->res->summary.peak_year);
        else fputs(T(p->zh, S_RM_NOPEAK), f);
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n", f);
}

/* How many participants peak in each year, as bars. */
static void peak_spread(FILE *f, const rhtml_page *p)
{
    int count[SCN_MAX_YEARS + 1] = {0}, y0 = 0, none = 0, any = 0;
    for (int i = 0; i < p->t->n; i++) {
        const rscan_row *r = p->t->row[i];
        if (!r->ok) continue;
        if (!y0) y0 = r->res->first_year;
        if (!r->res->summary.peak_reached) none++;
        else if (r->res->summary.peak_year >= y0 && r->res->summary.peak_year - y0 < SCN_MAX_YEARS) count[r->res->summary.peak_year - y0]++, any++;
    }
    if (!any && !none) return;
    fprintf(f, "<h2>%s</h2>\n<div>", T(p->zh, S_HTML_PEAK_SPREAD));
    for (int k = 0; k < SCN_MAX_YEARS; k++)
        if (count[k]) fprintf(f, "%d <span class=\"bar\" style=\"width:%dpx\"></span> %d<br>\n", y0 + k, 24 * count[k], count[k]);
    if (none) fprintf(f, "%s <span class=\"bar\" style=\"width:%dpx;background:#b42318\"></span> %d<br>\n", T(p->zh, S_RM_NOPEAK), 24 * none, none);
    fputs("</div>\n", f);
}

pp_status rhtml_write(FILE *f, const void *ctx, pp_error *err)
{
    const rhtml_page *p = ctx;
    const rscan_row *stack_rank[64], **rank = p->t->n <= 64 ? stack_rank : malloc((size_t)p->t->n * sizeof *rank);
    rsvg_room ov = {p->t, p->zh, 0, 0, p->solution, p->solution_label};
    char when[32];
    time_t now = (time_t)p->now;
    struct tm tmv;
    if (!rank) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    rhtml_rank(p->t, rank);
    head(f, p->zh);
    fprintf(f, "<h1>%s: ", T(p->zh, S_RM_TITLE));
    svg_escape(f, p->t->dir);
    fputs("</h1>\n", f);
    round_line(f, p);
    if (p->t->n == 0) fprintf(f, "<p>%s</p>\n", T(p->zh, S_HTML_NO_ROWS));
    fputs("<div class=\"wrap\">\n<div class=\"chart\">\n", f);
    rsvg_write(f, &ov, err);
    peak_spread(f, p);
    fputs("</div>\n<div class=\"board\">\n", f);
    podium(f, p, rank, S_HTML_PODIUM);
    {
        int costs = 0; /* a podium by system cost once the cost engine fills it (issue 12) */
        for (int i = 0; i < p->t->n; i++) costs |= p->t->row[i]->ok && p->t->row[i]->res->summary.cum_system_cost_bn > 0;
        if (costs) {
            rank_by(p->t, rank, 1);
            podium(f, p, rank, S_HTML_PODIUM_COST);
            rank_by(p->t, rank, 0);
        }
    }
    board(f, p, rank);
    fputs("</div>\n</div>\n", f);
    localtime_r(&now, &tmv);
    strftime(when, sizeof when, "%H:%M:%S", &tmv);
    fprintf(f, "<p class=\"small\">%s %s &middot; peakpath</p>\n</body>\n</html>\n", T(p->zh, S_HTML_UPDATED), when);
    if (rank != stack_rank) free((void *)rank);
    return ferror(f) ? pp_error_set(err, PP_ERR_IO, WRITE_OUTPUT_FAILED) : PP_OK;
}
