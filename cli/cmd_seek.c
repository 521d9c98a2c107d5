/* cli/cmd_seek.c - `peakpath seek FILE --lever KEY --target EXPR`: the smallest move of one lever
 * that meets a target (sim/analysis/seek.c), printed as a table, CSV or JSON; with --levers a,b,c
 * the smallest package of several, and with --minimise cost the cheapest one
 * (cli/cmd_seek_multi.c). */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/analysis/seek.h"
#include "analysis.h"
#include "cmd_seek_multi.h"
#include "../report/summary_out.h"
#include "../report/text_cols.h"

typedef struct {
    const char *file;
    const seek_target *target;
    const seek_result *res;
} seek_out;

/* ---- writers ---- */

/* "  label  " : a row label padded to width columns (a Chinese character takes two); the rows with
 * a value take 16, those with a sentence 18. */
static void row_label_w(FILE *f, i18n_id id, int width)
{
    fputs("  ", f);
    tc_pad(f, cli_tr(id), width, 0);
}
#define row_label(f, id) row_label_w((f), (id), 16)
#define text_label(f, id) row_label_w((f), (id), 18)

/* The searched range and why it stops there. */
static void table_search(FILE *f, const seek_result *r, const pp_param *p)
{
    text_label(f, S_SEEK_GREENER);
    fprintf(f, cli_tr(S_SEEK_GREENER_TEXT), cli_tr(r->greener > 0 ? S_SEEK_HIGHER : S_SEEK_LOWER), r->plaus_lo,
            r->plaus_hi, p->unit, p->lever_year, r->lo, r->hi);
    text_label(f, S_SEEK_SEARCHED);
    if (r->search_to == r->start_value)
        fprintf(f, cli_tr(S_SEEK_SEARCHED_NOTHING), cli_tr(r->greener > 0 ? S_SEEK_UPPER : S_SEEK_LOWER_END),
                cli_tr(r->full_range ? S_SEEK_HARD : S_SEEK_PLAUSIBLE));
    else
        fprintf(f, cli_tr(S_SEEK_SEARCHED_TEXT), r->start_value, r->search_to, p->unit,
                cli_tr(r->full_range ? S_SEEK_HARD : S_SEEK_PLAUSIBLE));
}

/* Not met: where the target would be met, if anywhere, and the best value inside the range. */
static void table_unmet(FILE *f, const seek_result *r, const pp_param *p, const char *key, const char *tgt)
{
    fprintf(f, cli_tr(S_SEEK_NOT_MET), key, r->start_value, r->search_to, p->unit, tgt);
    if (!r->full_range && isfinite(r->outside_value))
        fprintf(f, cli_tr(S_SEEK_OUTSIDE), r->outside_value, p->unit, r->plaus_lo, r->plaus_hi);
    else if (!r->full_range)
        fprintf(f, cli_tr(S_SEEK_NONE_HARD), r->greener > 0 ? r->hi : r->lo, p->unit);
    if (pp_error_is_set(&r->refusal))
        fprintf(f, cli_tr(S_SEEK_REFUSED), r->greener > 0 ? r->reach_hi : r->reach_lo, CLI_ERRMSG(&r->refusal));
}

static pp_status seek_table(FILE *f, const void *ctx, pp_error *err)
{
    const seek_out *o = ctx;
    const seek_result *r = o->res;
    const pp_param *p = pp_param_get(r->lever);
    char key[160], tgt[128], m0[64], m1[64];
    ana_key_name(r->lever, key, sizeof key);
    ana_target_text(o->target, tgt, sizeof tgt);
    ana_metric_text(o->target, r->metric_start, m0, sizeof m0);
    ana_metric_text(o->target, r->metric_value, m1, sizeof m1);
    fprintf(f, cli_tr(S_SEEK_TITLE), key, cli_zh() ? p->label_zh : p->label_en, p->unit, tgt);
    row_label(f, S_SEEK_START);
    fprintf(f, "%12.6g %-8s -> %s\n", r->start_value, p->unit, m0);
    table_search(f, r, p);
    if (r->met) {
        row_label(f, S_SEEK_ANSWER);
        fprintf(f, "%12.6g %-8s -> %s", r->value, p->unit, m1);
        fprintf(f, cli_tr(S_SEEK_CHANGE), r->value - r->start_value, p->unit);
    } else {
        table_unmet(f, r, p, key, tgt);
        row_label(f, S_SEEK_BEST);
        fprintf(f, "%12.6g %-8s -> %s\n", r->value, p->unit, m1);
    }
    fprintf(f, cli_tr(S_SEEK_FOOT), r->tolerance, p->unit, r->runs, r->value, p->unit);
    ana_summary_table(f, &r->summary, r->end_year, "  ");
    return ana_stream_status(f, err);
}

static pp_status seek_csv(FILE *f, const void *ctx, pp_error *err)
{
    const seek_out *o = ctx;
    const seek_result *r = o->res;
    char key[160], tgt[96];
    fputs("lever,target,met,start_value,value,change,greener,plausible_lo,plausible_hi,full_range,search_to,"
          "outside_value,tolerance,runs,metric_start,metric_value,", f);
    sum_out_csv_header(f, "");
    fprintf(f, "\n%s,%s,%d,", ana_key_name(r->lever, key, sizeof key), seek_target_format(o->target, tgt, sizeof tgt),
            r->met);
    const double v[] = {r->start_value, r->value, r->value - r->start_value, r->greener, r->plaus_lo, r->plaus_hi,
                        r->full_range, r->search_to, r->outside_value, r->tolerance, r->runs, r->metric_start,
                        r->metric_value};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        sum_out_csv_num(f, v[i]);
        fputc(',', f);
    }
    sum_out_csv_values(f, &r->summary);
    fputc('\n', f);
    return ana_stream_status(f, err);
}

static json_t *json_pair(double a, double b, int *bad)
{
    json_t *j = json_array();
    ana_jappend(j, ana_jnum(a), bad);
    ana_jappend(j, ana_jnum(b), bad);
    return j;
}

static pp_status seek_json(FILE *f, const void *ctx, pp_error *err)
{
    const seek_out *o = ctx;
    const seek_result *r = o->res;
    char key[160], tgt[96];
    int bad = 0;
    json_t *root = json_object();
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "file", json_string(o->file), &bad);
    ana_jset(root, "lever", json_string(ana_key_name(r->lever, key, sizeof key)), &bad);
    ana_jset(root, "unit", json_string(pp_param_get(r->lever)->unit), &bad);
    ana_jset(root, "target", json_string(seek_target_format(o->target, tgt, sizeof tgt)), &bad);
    ana_jset(root, "start_value", ana_jnum(r->start_value), &bad);
    ana_jset(root, "value", ana_jnum(r->value), &bad);
    ana_jset(root, "change", ana_jnum(r->value - r->start_value), &bad);
    ana_jset(root, "met", json_boolean(r->met), &bad);
    ana_jset(root, "greener", json_integer(r->greener), &bad);
    ana_jset(root, "range", json_pair(r->lo, r->hi, &bad), &bad);
    ana_jset(root, "plausible_range", json_pair(r->plaus_lo, r->plaus_hi, &bad), &bad);
    ana_jset(root, "full_range", json_boolean(r->full_range), &bad);
    ana_jset(root, "searched", json_pair(r->start_value, r->search_to, &bad), &bad);
    ana_jset(root, "outside_value", ana_jnum(r->outside_value), &bad); /* null: none, or met inside */
    ana_jset(root, "runs", json_integer(r->runs), &bad);
    ana_jset(root, "tolerance", ana_jnum(r->tolerance), &bad);
    ana_jset(root, "tried", json_pair(r->reach_lo, r->reach_hi, &bad), &bad);
    if (pp_error_is_set(&r->refusal)) ana_jset(root, "refusal", json_string(CLI_ERRMSG(&r->refusal)), &bad);
    ana_jset(root, "metric_start", ana_jnum(r->metric_start), &bad);
    ana_jset(root, "metric_value", ana_jnum(r->metric_value), &bad);
    ana_jset(root, "summary", ana_summary_json(&r->summary, &bad), &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the command ---- */

typedef struct {
    const char *file, *lever, *target, *levers;
    const char *targets[SEEKM_MAX_TARGETS];
    int n_targets;
    int minimise; /* seekm_objective */
    seek_opts opts;
    cli_output_opts out;
} seek_args;

/* --minimise WHAT: "change" (the default: the smallest move) or "cost" (the package of the lowest
 * discounted system cost). */
static int take_minimise(const cli_command *self, seek_args *a, const char *what)
{
    if (!strcmp(what, "change")) a->minimise = SEEKM_MIN_CHANGE;
    else if (!strcmp(what, "cost")) a->minimise = SEEKM_MIN_COST;
    else return cli_usage_error(self, cli_tr(S_USG_MINIMISE), what);
    return -1;
}

/* --target, repeatable with --levers. */
static int take_target(const cli_command *self, seek_args *a, const char *text)
{
    if (a->n_targets >= SEEKM_MAX_TARGETS)
        return cli_usage_error(self, cli_tr(S_USG_TARGETS), SEEKM_MAX_TARGETS);
    a->targets[a->n_targets++] = a->target = text;
    return -1;
}

/* The checks once every argument is read. */
static int check_args(const cli_command *self, const seek_args *a)
{
    if (!a->file) return cli_usage_error(self, "%s", cli_tr(S_CLI_MISSING_FILE));
    if (a->lever && a->levers) return cli_usage_error(self, "%s", cli_tr(S_USG_LEVER_OR_LEVERS));
    if (!a->lever && !a->levers) return cli_usage_error(self, "%s", cli_tr(S_USG_MISSING_LEVER));
    if (!a->target) return cli_usage_error(self, "%s", cli_tr(S_USG_MISSING_TARGET_EXPR));
    if (a->lever && a->n_targets > 1) return cli_usage_error(self, "%s", cli_tr(S_USG_ONE_TARGET_LEVER));
    if (a->levers && a->opts.full_range)
        return cli_usage_error(self, "%s", cli_tr(S_USG_FULL_RANGE));
    if (a->minimise == SEEKM_MIN_COST && a->opts.full_range)
        return cli_usage_error(self, "%s", cli_tr(S_USG_MINIMISE_COST));
    return -1;
}

/* Parses the arguments; returns -1 when they are fine, else the exit code to return. */
static int parse_args(const cli_command *self, int argc, char **argv, seek_args *a)
{
    memset(a, 0, sizeof *a);
    cli_output_opts_init(&a->out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_SEEK))) return CLI_EXIT_OK;
        took = cli_take_output_opt(self, argc, argv, &i, &a->out);
        if (took < 0) return CLI_EXIT_USAGE;
        if (took > 0) continue;
        if (!strcmp(argv[i], "--full-range")) {
            a->opts.full_range = 1;
        } else if (!strcmp(argv[i], "--lever") || !strcmp(argv[i], "--target") || !strcmp(argv[i], "--levers") ||
                   !strcmp(argv[i], "--minimise") || !strcmp(argv[i], "--minimize")) {
            int code = -1;
            if (i + 1 >= argc) return cli_usage_error(self, cli_tr(S_CLI_NEEDS_VALUE), argv[i]);
            if (!strcmp(argv[i], "--lever")) a->lever = argv[i + 1];
            else if (!strcmp(argv[i], "--levers")) a->levers = argv[i + 1];
            else if (!strcmp(argv[i], "--target")) code = take_target(self, a, argv[i + 1]);
            else code = take_minimise(self, a, argv[i + 1]);
            if (code >= 0) return code;
            i++;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        } else if (a->file) {
            return cli_usage_error(self, cli_tr(S_CLI_ONE_FILE), a->file, argv[i]);
        } else {
            a->file = argv[i];
        }
    }
    return check_args(self, a);
}

static int report(const char *file, const pp_error *err, pp_status st)
{
    pp_error e = *err;
    if (!e.file[0] && st != PP_ERR_USAGE && st != PP_ERR_SOLVER) pp_error_where(&e, file, NULL, NULL, 0);
    cli_print_error(&e);
    return pp_status_exit_code(st);
}

int cmd_seek(const cli_command *self, int argc, char **argv)
{
    seek_args a;
    seek_target t;
    seek_result r;
    scn_scenario *s = NULL;
    pp_error err;
    pp_status st;
    int lever, code = parse_args(self, argc, argv, &a);
    if (code >= 0) return code;
    /* the cheapest value of one lever is the multi-lever search along its one axis */
    if (a.levers || a.minimise == SEEKM_MIN_COST)
        return cmd_seek_multi(self, a.file, a.levers ? a.levers : a.lever, a.targets, a.n_targets, a.minimise,
                              &a.out);
    pp_error_clear(&err);
    if (seek_parse_target(a.target, &t, &err) != PP_OK) return cli_usage_error(self, "%s", ana_error_text(&err));
    if ((lever = ana_find_lever(self, a.lever)) < 0) return CLI_EXIT_USAGE;
    code = cli_output_precheck(self->name, &a.out);
    if (code != CLI_EXIT_OK) return code;
    st = scn_load(a.file, &s, &err);
    if (st == PP_OK) st = seek_lever_opts(s, lever, &t, &a.opts, &r, &err);
    if (st == PP_OK) {
        seek_out o = {a.file, &t, &r};
        cli_writer w = a.out.format == CLI_FMT_JSON ? seek_json : a.out.format == CLI_FMT_CSV ? seek_csv : seek_table;
        code = cli_emit(self->name, &a.out, w, &o);
    } else {
        code = report(a.file, &err, st);
    }
    scn_free(s);
    return code;
}
