/* cli/cmd_mac.c - `peakpath mac FILE [--reference REF]`: the marginal abatement cost curve of a
 * scenario's levers (sim/analysis/mac.c: each lever alone at the greener end of its plausible range,
 * its cumulative net CO2 avoided 2021-end year and its discounted system cost per tonne), sorted,
 * the levers off the curve apart, and with a reference the abatement cost of the whole scenario
 * against it; as a table (English or Chinese planning units), CSV or JSON. Formats only. */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../report/error_text.h"
#include "../report/i18n.h"
#include "../report/scenario_name.h"
#include "../report/summary_out.h"
#include "../report/text_cols.h"
#include "../report/units.h"
#include "../sim/analysis/mac.h"
#include "analysis.h"

#define TR(lang, id) i18n_str((id), (lang))
#define MAC_UNIT_T "Mt CO2"     /* tonnes avoided, as the engine keeps them */
#define MAC_UNIT_BN "bn CNY"    /* system cost */
#define MAC_UNIT_PER "CNY/t CO2" /* abatement cost */

typedef struct {
    const char *file, *ref_file;
    const scn_scenario *scn, *ref;
    const mac_curve *curve;
    const mac_abatement *total; /* NULL without --reference */
    i18n_lang lang;
} mac_out;

/* ---- table ---- */

/* text padded to w columns, left-aligned (right 0) or right-aligned, after one space unless first. */
static void put_col(FILE *f, const char *text, int w, int right, int first)
{
    if (!first) fputc(' ', f);
    tc_pad(f, text, w, right);
}

static const char *fmt(double v, const char *si, i18n_lang lang, int decimals, char *buf, size_t size)
{
    return units_format(v, si, lang, decimals, buf, size);
}

/* One number in a column's unit (the column head carries the unit), "-" when not finite. */
static void cell(FILE *f, double v, const char *si, i18n_lang lang, int decimals)
{
    unit_view u = units_view(si, lang);
    if (!isfinite(v)) fprintf(f, " %12s", "-");
    else fprintf(f, " %12.*f", decimals, v * u.factor == 0 ? 0.0 : v * u.factor);
}

static void table_head(FILE *f, const mac_out *o)
{
    const mac_curve *c = o->curve;
    i18n_lang L = o->lang;
    char a[64], b[64], d[64];
    fprintf(f, TR(L, S_MAC_TITLE), scenario_name(o->scn, L), o->file, 2021, c->end_year);
    fprintf(f, TR(L, S_MAC_CONVENTION), (int)scn_value_at(o->scn, P_YEARS_PRICE_BASE, 0));
    if (!c->costed) fputs(TR(L, S_MAC_UNCOSTED), f);
    if (o->total)
        fprintf(f, TR(L, S_MAC_REFERENCE), scenario_name(o->ref, L), o->ref_file,
                fmt(o->total->cost_bn, MAC_UNIT_BN, L, 1, a, sizeof a),
                fmt(o->total->avoided_mt, MAC_UNIT_T, L, 1, b, sizeof b),
                o->total->avoids ? fmt(o->total->cny_per_t, MAC_UNIT_PER, L, 0, d, sizeof d) : TR(L, S_MAC_NA));
    fputc('\n', f);
    put_col(f, TR(L, S_MAC_H_RANK), 3, 0, 1);
    put_col(f, TR(L, S_MAC_H_LEVER), 36, 0, 0);
    put_col(f, TR(L, S_MAC_H_MOVE), 21, 0, 0);
    put_col(f, TR(L, S_MAC_H_AVOIDED), 12, 1, 0);
    put_col(f, TR(L, S_MAC_H_COST), 12, 1, 0);
    put_col(f, TR(L, S_MAC_H_PER_T), 12, 1, 0);
    fputc('\n', f);
    put_col(f, "", 3 + 1 + 36 + 1 + 21, 0, 1);
    put_col(f, units_view(MAC_UNIT_T, L).unit, 12, 1, 0);
    put_col(f, units_view(MAC_UNIT_BN, L).unit, 12, 1, 0);
    put_col(f, units_view(MAC_UNIT_PER, L).unit, 12, 1, 0);
    fputc('\n', f);
}

static void table_bar(FILE *f, int rank, const mac_lever *m, i18n_lang L)
{
    const pp_param *p = pp_param_get(m->lever);
    unit_view u = units_view(p->unit, L); /* the lever's values in the unit its label names */
    char key[160], move[64], num[16];
    snprintf(move, sizeof move, "%g -> %g", m->value_given * u.factor, m->value_green * u.factor);
    snprintf(num, sizeof num, "%d%s", rank, m->structural ? "*" : "");
    fprintf(f, "%-3s %-36s %-21s", num, ana_key_name(m->lever, key, sizeof key), move);
    cell(f, m->a.avoided_mt, MAC_UNIT_T, L, 1);
    cell(f, m->a.cost_bn, MAC_UNIT_BN, L, 1);
    cell(f, m->a.cny_per_t, MAC_UNIT_PER, L, 0);
    fprintf(f, "  %s%s%s\n", i18n_pair(p->label_en, p->label_zh, L), TR(L, S_CMP_UNIT_SEP), u.unit);
}

static void table_apart(FILE *f, const mac_lever *m, i18n_lang L)
{
    const pp_param *p = pp_param_get(m->lever);
    unit_view u = units_view(p->unit, L);
    char key[160], buf[64];
    fprintf(f, "    %-36s %-21g ", ana_key_name(m->lever, key, sizeof key), m->value_given * u.factor);
    if (m->place == MAC_AT_END) fprintf(f, "%s\n", TR(L, S_MAC_AT_END));
    else if (m->place == MAC_REFUSED) fprintf(f, TR(L, S_MAC_WHY), TR(L, S_MAC_REFUSED), ERROR_MSG_IN(&m->refusal, L));
    else fprintf(f, TR(L, S_MAC_AMOUNT), TR(L, S_MAC_NO_CO2), fmt(m->a.avoided_mt, MAC_UNIT_T, L, 2, buf, sizeof buf));
}

static pp_status mac_table(FILE *f, const void *ctx, pp_error *err)
{
    const mac_out *o = ctx;
    const mac_curve *c = o->curve;
    char buf[64];
    int structural = 0;
    table_head(f, o);
    for (int i = 0; i < c->n; i++) {
        table_bar(f, i + 1, &c->curve[i], o->lang);
        structural |= c->curve[i].structural;
    }
    fprintf(f, "\n");
    if (structural) fputs(TR(o->lang, S_MAC_STRUCTURAL), f);
    fprintf(f, TR(o->lang, S_MAC_SUM), fmt(c->total_mt, MAC_UNIT_T, o->lang, 1, buf, sizeof buf));
    if (c->n_apart) fprintf(f, "\n%s", TR(o->lang, S_MAC_APART));
    for (int i = 0; i < c->n_apart; i++) table_apart(f, &c->apart[i], o->lang);
    fprintf(f, "\n");
    fprintf(f, TR(o->lang, S_MAC_FOOT), c->runs);
    return ana_stream_status(f, err);
}

/* ---- CSV: one row per lever, the curve first (rank 1..n), then the levers apart (rank empty);
 * with --reference a first row "reference" for the whole scenario against REF ---- */

static void csv_nums(FILE *f, const mac_abatement *a)
{
    const double v[] = {a->avoided_mt, a->cost_bn, a->cum_cost_bn, a->cny_per_t};
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++) {
        fputc(',', f);
        sum_out_csv_num(f, v[k]);
    }
}

static void csv_lever(FILE *f, int rank, const mac_lever *m)
{
    const pp_param *p = pp_param_get(m->lever);
    char key[160];
    if (rank > 0) fprintf(f, "%d", rank);
    fprintf(f, ",%s,%s,%d,", mac_place_name(m->place), ana_key_name(m->lever, key, sizeof key), m->structural);
    sum_out_csv_text(f, p->label_en);
    fputc(',', f);
    sum_out_csv_text(f, p->label_zh);
    fprintf(f, ",%s,", p->unit);
    sum_out_csv_num(f, m->value_given);
    fputc(',', f);
    sum_out_csv_num(f, m->value_green);
    fputc(',', f);
    if (m->place == MAC_ON_CURVE) sum_out_csv_num(f, m->from_mt);
    csv_nums(f, &m->a);
    fputc(',', f);
    if (m->place == MAC_REFUSED) sum_out_csv_text(f, ERROR_MSG_IN(&m->refusal, LANG_EN));
    fputc('\n', f);
}

static pp_status mac_csv(FILE *f, const void *ctx, pp_error *err)
{
    const mac_out *o = ctx;
    fputs("rank,place,lever,structural,label_en,label_zh,unit,value_given,value_green,from_mt,avoided_mt,"
          "cost_bn_cny,cum_cost_bn_cny,cny_per_t,refusal\n", f);
    if (o->total) {
        fputs(",reference,", f);
        sum_out_csv_text(f, o->ref_file);
        fputs(",,,,,,,", f);
        csv_nums(f, o->total);
        fputs(",\n", f);
    }
    for (int i = 0; i < o->curve->n; i++) csv_lever(f, i + 1, &o->curve->curve[i]);
    for (int i = 0; i < o->curve->n_apart; i++) csv_lever(f, 0, &o->curve->apart[i]);
    return ana_stream_status(f, err);
}

/* ---- JSON ---- */

static json_t *json_abatement(const mac_abatement *a, int *bad)
{
    json_t *j = json_object();
    ana_jset(j, "avoided_mt", ana_jnum(a->avoided_mt), bad);
    ana_jset(j, "cost_bn_cny", ana_jnum(a->cost_bn), bad);
    ana_jset(j, "cum_cost_bn_cny", ana_jnum(a->cum_cost_bn), bad);
    ana_jset(j, "cny_per_t", ana_jnum(a->cny_per_t), bad);
    ana_jset(j, "avoids", json_boolean(a->avoids), bad);
    return j;
}

static json_t *json_lever(const mac_lever *m, int *bad)
{
    const pp_param *p = pp_param_get(m->lever);
    char key[160];
    json_t *j = json_abatement(&m->a, bad);
    ana_jset(j, "lever", json_string(ana_key_name(m->lever, key, sizeof key)), bad);
    ana_jset(j, "label_en", json_string(p->label_en), bad);
    ana_jset(j, "label_zh", json_string(p->label_zh), bad);
    ana_jset(j, "unit", json_string(p->unit), bad);
    ana_jset(j, "place", json_string(mac_place_name(m->place)), bad);
    ana_jset(j, "structural", json_boolean(m->structural), bad);
    ana_jset(j, "value_given", ana_jnum(m->value_given), bad);
    ana_jset(j, "value_green", ana_jnum(m->value_green), bad);
    if (m->place == MAC_ON_CURVE) ana_jset(j, "from_mt", ana_jnum(m->from_mt), bad);
    if (m->place == MAC_REFUSED) ana_jset(j, "refusal", json_string(ERROR_MSG_IN(&m->refusal, LANG_EN)), bad);
    return j;
}

static json_t *json_reference(const mac_out *o, int *bad)
{
    json_t *j;
    if (!o->total) return json_null();
    j = json_abatement(o->total, bad);
    ana_jset(j, "file", json_string(o->ref_file), bad);
    ana_jset(j, "name", json_string(scn_text(o->ref, P_SCENARIO_NAME)), bad);
    return j;
}

static pp_status mac_json(FILE *f, const void *ctx, pp_error *err)
{
    const mac_out *o = ctx;
    const mac_curve *c = o->curve;
    int bad = 0;
    json_t *root = json_object(), *curve = json_array(), *apart = json_array();
    for (int i = 0; i < c->n; i++) ana_jappend(curve, json_lever(&c->curve[i], &bad), &bad);
    for (int i = 0; i < c->n_apart; i++) ana_jappend(apart, json_lever(&c->apart[i], &bad), &bad);
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "file", json_string(o->file), &bad);
    ana_jset(root, "name", json_string(scn_text(o->scn, P_SCENARIO_NAME)), &bad);
    ana_jset(root, "first_year_counted", json_integer(2021), &bad);
    ana_jset(root, "end_year", json_integer(c->end_year), &bad);
    ana_jset(root, "price_base_year", json_integer((json_int_t)scn_value_at(o->scn, P_YEARS_PRICE_BASE, 0)), &bad);
    ana_jset(root, "convention", json_string("system cost discounted to 2021 over cumulative net CO2 avoided, "
                                             "not discounted"), &bad);
    ana_jset(root, "costed", json_boolean(c->costed), &bad);
    ana_jset(root, "runs", json_integer(c->runs), &bad);
    ana_jset(root, "reference", json_reference(o, &bad), &bad);
    ana_jset(root, "total_mt", ana_jnum(c->total_mt), &bad);
    ana_jset(root, "curve", curve, &bad);
    ana_jset(root, "apart", apart, &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the command ---- */

typedef struct {
    const char *file, *ref;
    int zh;
    cli_output_opts out;
} mac_args;

/* --reference REF / --reference=REF: 1 taken, 0 not this option, -1 usage error printed. */
static int take_reference(const cli_command *self, int argc, char **argv, int *i, mac_args *a)
{
    const char *arg = argv[*i];
    if (!strncmp(arg, "--reference=", 12)) a->ref = arg + 12;
    else if (!strcmp(arg, "--reference")) {
        if (*i + 1 >= argc) return cli_usage_error(self, "--reference needs a scenario file"), -1;
        a->ref = argv[++*i];
    } else return 0;
    if (!*a->ref) return cli_usage_error(self, "--reference needs a scenario file"), -1;
    return 1;
}

/* Parses the arguments; returns -1 when they are fine, else the exit code to return. */
static int parse_args(const cli_command *self, int argc, char **argv, mac_args *a)
{
    memset(a, 0, sizeof *a);
    a->zh = cli_zh(); /* --lang anywhere, PEAKPATH_LANG or the locale (cli/cli_lang.c) */
    cli_output_opts_init(&a->out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_MAC))) return CLI_EXIT_OK;
        if ((took = cli_take_output_opt(self, argc, argv, &i, &a->out)) != 0 ||
            (took = take_reference(self, argc, argv, &i, a)) != 0) {
            if (took < 0) return CLI_EXIT_USAGE;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, "unknown option '%s'", argv[i]);
        if (a->file) return cli_usage_error(self, "one scenario FILE only (got '%s' and '%s'; the reference goes after --reference)", a->file, argv[i]);
        a->file = argv[i];
    }
    if (!a->file) return cli_usage_error(self, "missing scenario FILE");
    a->zh = cli_lang() == LANG_ZH; /* --lang is taken in any position by cli_main (cli_lang_take) */
    return -1;
}

/* The scenario's abatement against the reference (loaded and run here); exit code. */
static int against_reference(const mac_args *a, scn_scenario **ref, mac_abatement *total)
{
    scn_scenario *s = NULL;
    run_result *rs = NULL, *rr = NULL;
    pp_error err;
    int code = cli_load_and_run_alloc(a->file, &s, &rs);
    if (code == CLI_EXIT_OK) code = cli_load_and_run_alloc(a->ref, ref, &rr);
    if (code == CLI_EXIT_OK) {
        pp_error_clear(&err);
        pp_status st = mac_compare(rs, rr, total, &err);
        if (st != PP_OK) {
            pp_error_where(&err, a->ref, NULL, NULL, 0);
            cli_print_error(&err);
            code = pp_status_exit_code(st);
        }
    }
    scn_free(s);
    free(rs);
    free(rr);
    return code;
}

int cmd_mac(const cli_command *self, int argc, char **argv)
{
    mac_args a;
    scn_scenario *s = NULL, *ref = NULL;
    mac_curve *c = NULL;
    mac_abatement total;
    pp_error err;
    pp_status st;
    int code = parse_args(self, argc, argv, &a);
    if (code >= 0) return code;
    if ((code = cli_output_precheck(self->name, &a.out)) != CLI_EXIT_OK) return code;
    if (a.ref && (code = against_reference(&a, &ref, &total)) != CLI_EXIT_OK) {
        scn_free(ref);
        return code;
    }
    pp_error_clear(&err);
    st = scn_load(a.file, &s, &err);
    if (st == PP_OK && !(c = malloc(sizeof *c))) st = pp_error_set(&err, PP_ERR_NOMEM, NOMEM);
    if (st == PP_OK) st = mac_curve_run(s, c, &err);
    if (st == PP_OK) {
        mac_out o = {a.file, a.ref, s, ref, c, a.ref ? &total : NULL, a.zh ? LANG_ZH : LANG_EN};
        cli_writer w = a.out.format == CLI_FMT_JSON ? mac_json : a.out.format == CLI_FMT_CSV ? mac_csv : mac_table;
        code = cli_emit(self->name, &a.out, w, &o);
    } else {
        if (!err.file[0]) pp_error_where(&err, a.file, NULL, NULL, 0);
        cli_print_error(&err);
        code = pp_status_exit_code(st);
    }
    free(c);
    scn_free(s);
    scn_free(ref);
    return code;
}
