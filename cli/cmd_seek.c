/* cli/cmd_seek.c - `peakpath seek FILE --lever KEY --target EXPR`: the smallest move of one lever
 * that meets a target (sim/analysis/seek.c), printed as a table, CSV or JSON. */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/analysis/seek.h"
#include "analysis.h"

typedef struct {
    const char *file;
    const seek_target *target;
    const seek_result *res;
} seek_out;

static const char seek_help[] =
    "Finds the value of one lever, closest to the scenario's own, that meets a target, and prints it\n"
    "with the run summary at that value and the number of engine runs it took.\n"
    "  --lever KEY        the lever as section.key, e.g. power.solar_gw (`peakpath keys` lists them)\n"
    "  --target EXPR      peak_year<=2028, neutral_year<=2055, coal_share_2030<=35,\n"
    "                     nonfossil_share_2030>=25, co2_2030<=150, cum_co2<=4000 (gross CO2),\n"
    "                     net_co2_2060<=0, cum_net_co2<=3000 (after CCUS and sinks); also <, >\n"
    "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n"
    "When no value inside the lever's allowed range meets the target, it says so and shows the best\n"
    "value reachable (exit code 0; JSON \"met\": false).\n";

/* ---- writers ---- */

static void metric_text(const seek_target *t, double v, char *buf, size_t size)
{
    if (isinf(v)) snprintf(buf, size, "never");
    else if (isnan(v)) snprintf(buf, size, "-");
    else if (seek_metric_is_step(t->metric)) snprintf(buf, size, "%.0f", v);
    else snprintf(buf, size, "%.3f", v);
}

static pp_status seek_table(FILE *f, const void *ctx, pp_error *err)
{
    const seek_out *o = ctx;
    const seek_result *r = o->res;
    const pp_param *p = pp_param_get(r->lever);
    char key[160], tgt[96], m0[32], m1[32];
    ana_key_name(r->lever, key, sizeof key);
    seek_target_format(o->target, tgt, sizeof tgt);
    metric_text(o->target, r->metric_start, m0, sizeof m0);
    metric_text(o->target, r->metric_value, m1, sizeof m1);
    fprintf(f, "Goal seek on %s (%s, %s) for %s\n", key, p->label_en, p->unit, tgt);
    fprintf(f, "  scenario value  %12.6g %-8s -> %s\n", r->start_value, p->unit, m0);
    if (r->met) {
        fprintf(f, "  answer          %12.6g %-8s -> %s   (change %+.6g %s)\n", r->value, p->unit, m1,
                r->value - r->start_value, p->unit);
    } else {
        fprintf(f, "  NOT MET: no value of %s meets %s. Tried %g..%g %s (allowed range %g..%g).\n", key, tgt,
                r->reach_lo, r->reach_hi, p->unit, r->lo, r->hi);
        if (r->refusal[0]) fprintf(f, "  Beyond that the scenario refuses the lever: %s\n", r->refusal);
        fprintf(f, "  best reachable  %12.6g %-8s -> %s\n", r->value, p->unit, m1);
    }
    fprintf(f, "  tolerance %g %s, %d engine runs\n\nSummary at %g %s:\n", r->tolerance, p->unit, r->runs,
            r->value, p->unit);
    ana_summary_table(f, &r->summary, "  ");
    return ana_stream_status(f, err);
}

static pp_status seek_csv(FILE *f, const void *ctx, pp_error *err)
{
    const seek_out *o = ctx;
    const seek_result *r = o->res;
    const run_summary *s = &r->summary;
    char key[160], tgt[96];
    fputs("lever,target,met,start_value,value,change,tolerance,runs,metric_start,metric_value,"
          "peak_year,peak_mt,neutral_year,cum_co2_mt,coal_share_2030,nonfossil_share_2030\n", f);
    fprintf(f, "%s,%s,%d,%.10g,%.10g,%.10g,%.10g,%d,", ana_key_name(r->lever, key, sizeof key),
            seek_target_format(o->target, tgt, sizeof tgt), r->met, r->start_value, r->value,
            r->value - r->start_value, r->tolerance, r->runs);
    if (isfinite(r->metric_start)) fprintf(f, "%.10g", r->metric_start);
    fputc(',', f);
    if (isfinite(r->metric_value)) fprintf(f, "%.10g", r->metric_value);
    fputc(',', f);
    if (s->peak_reached) fprintf(f, "%d", s->peak_year);
    fprintf(f, ",%.10g,", s->peak_mt);
    if (s->neutral_year > 0) fprintf(f, "%d", s->neutral_year);
    fprintf(f, ",%.10g,%.10g,%.10g\n", s->cum_co2_mt, s->coal_share_2030, s->nonfossil_share_2030);
    return ana_stream_status(f, err);
}

static pp_status seek_json(FILE *f, const void *ctx, pp_error *err)
{
    const seek_out *o = ctx;
    const seek_result *r = o->res;
    char key[160], tgt[96];
    int bad = 0;
    json_t *root = json_object(), *range = json_array();
    ana_jappend(range, json_real(r->lo), &bad);
    ana_jappend(range, json_real(r->hi), &bad);
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "file", json_string(o->file), &bad);
    ana_jset(root, "lever", json_string(ana_key_name(r->lever, key, sizeof key)), &bad);
    ana_jset(root, "unit", json_string(pp_param_get(r->lever)->unit), &bad);
    ana_jset(root, "target", json_string(seek_target_format(o->target, tgt, sizeof tgt)), &bad);
    ana_jset(root, "start_value", ana_jnum(r->start_value), &bad);
    ana_jset(root, "value", ana_jnum(r->value), &bad);
    ana_jset(root, "change", ana_jnum(r->value - r->start_value), &bad);
    ana_jset(root, "met", json_boolean(r->met), &bad);
    ana_jset(root, "runs", json_integer(r->runs), &bad);
    ana_jset(root, "tolerance", ana_jnum(r->tolerance), &bad);
    ana_jset(root, "range", range, &bad);
    json_t *tried = json_array();
    ana_jappend(tried, ana_jnum(r->reach_lo), &bad);
    ana_jappend(tried, ana_jnum(r->reach_hi), &bad);
    ana_jset(root, "tried", tried, &bad);
    if (r->refusal[0]) ana_jset(root, "refusal", json_string(r->refusal), &bad);
    ana_jset(root, "metric_start", ana_jnum(r->metric_start), &bad);
    ana_jset(root, "metric_value", ana_jnum(r->metric_value), &bad);
    ana_jset(root, "summary", ana_summary_json(&r->summary, &bad), &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the command ---- */

typedef struct {
    const char *file, *lever, *target;
    cli_output_opts out;
} seek_args;

/* Parses the arguments; returns -1 when they are fine, else the exit code to return. */
static int parse_args(const cli_command *self, int argc, char **argv, seek_args *a)
{
    memset(a, 0, sizeof *a);
    cli_output_opts_init(&a->out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], seek_help)) return CLI_EXIT_OK;
        took = cli_take_output_opt(self, argc, argv, &i, &a->out);
        if (took < 0) return CLI_EXIT_USAGE;
        if (took > 0) continue;
        if (!strcmp(argv[i], "--lever") || !strcmp(argv[i], "--target")) {
            if (i + 1 >= argc) return cli_usage_error(self, "%s needs a value", argv[i]);
            *(argv[i][2] == 'l' ? &a->lever : &a->target) = argv[i + 1];
            i++;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(self, "unknown option '%s'", argv[i]);
        } else if (a->file) {
            return cli_usage_error(self, "one scenario FILE only (got '%s' and '%s')", a->file, argv[i]);
        } else {
            a->file = argv[i];
        }
    }
    if (!a->file) return cli_usage_error(self, "missing scenario FILE");
    if (!a->lever) return cli_usage_error(self, "missing --lever KEY (e.g. --lever power.solar_gw)");
    if (!a->target) return cli_usage_error(self, "missing --target EXPR (e.g. --target 'peak_year<=2028')");
    return -1;
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
    pp_error_clear(&err);
    if (seek_parse_target(a.target, &t, &err) != PP_OK) return cli_usage_error(self, "%s", err.msg);
    if ((lever = ana_find_lever(self, a.lever)) < 0) return CLI_EXIT_USAGE;
    code = cli_output_precheck(self->name, &a.out);
    if (code != CLI_EXIT_OK) return code;
    st = scn_load(a.file, &s, &err);
    if (st == PP_OK) st = seek_lever(s, lever, &t, &r, &err);
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
