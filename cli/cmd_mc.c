/* cli/cmd_mc.c - `peakpath mc FILE --draws N [--seed S] [--jobs J]`: Monte Carlo over the
 * scenario's uncertainty ranges (sim/analysis/mc.c); CO2 bands, peak-year distribution, probabilities. */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/analysis/mc.h"
#include "analysis.h"

#define MC_DEFAULT_DRAWS 1000
#define MC_DEFAULT_SEED 1

typedef struct {
    const char *file;
    const mc_result *res;
} mc_out;

static const char mc_help[] =
    "Runs the scenario N times with every key that has an uncertainty range (`key.range = lo, hi`:\n"
    "offsets in the key's unit, drawn uniformly) moved by a random offset, and prints the 5/50/95 %\n"
    "bands of gross CO2 by year, the distribution of the peak year, P(peak by 2030) and\n"
    "P(net zero by 2060). The same seed gives the same result for any --jobs.\n"
    "  --draws N          number of draws (default 1000)\n"
    "  --seed S           seed of the random stream (default 1)\n"
    "  --jobs J           threads (default: one per core)\n"
    "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n"
    "A progress bar is drawn on stderr when it is a terminal.\n";

/* ---- writers ---- */

static void peak_distribution_table(FILE *f, const mc_result *r)
{
    fputs("\nPeak year (share of draws)\n", f);
    for (int i = 0; i < r->n_years; i++) {
        double p = (double)r->peak_count[i] / r->ok_draws;
        int bar = (int)lround(p * 50.0);
        if (r->peak_count[i] == 0) continue;
        fprintf(f, "  %d %6.1f %%  ", r->first_year + i, 100.0 * p);
        for (int k = 0; k < bar; k++) fputc('#', f);
        fputc('\n', f);
    }
    if (r->no_peak_count > 0)
        fprintf(f, "  none %6.1f %%  (still rising in %d)\n", 100.0 * r->no_peak_count / r->ok_draws, r->end_year);
}

static pp_status mc_table(FILE *f, const void *ctx, pp_error *err)
{
    const mc_out *o = ctx;
    const mc_result *r = o->res;
    fprintf(f, "Monte Carlo: %s\n  %d draws (%d ran), seed %lu, %d thread%s, %d uncertain key%s%s\n", o->file,
            r->draws, r->ok_draws, r->seed, r->jobs, r->jobs == 1 ? "" : "s", r->n_uncertain,
            r->n_uncertain == 1 ? "" : "s", r->recalibrated ? ", calibrated per draw" : "");
    fprintf(f, "  P(peak by 2030)     %5.1f %%\n  P(net zero by 2060) %5.1f %%\n", 100.0 * r->p_peak_by_2030,
            100.0 * r->p_neutral_by_2060);
    peak_distribution_table(f, r);
    fputs("\nGross CO2, Mt CO2\n  year  deterministic       p5      p50      p95\n", f);
    for (int i = 0; i < r->n_years; i++)
        fprintf(f, "  %d %14.2f %8.2f %8.2f %8.2f\n", r->first_year + i, r->det_mt[i], r->p5_mt[i], r->p50_mt[i],
                r->p95_mt[i]);
    return ana_stream_status(f, err);
}

static pp_status mc_csv(FILE *f, const void *ctx, pp_error *err)
{
    const mc_result *r = ((const mc_out *)ctx)->res;
    fputs("year,deterministic_mt,p5_mt,p50_mt,p95_mt,peak_share\n", f);
    for (int i = 0; i < r->n_years; i++)
        fprintf(f, "%d,%.10g,%.10g,%.10g,%.10g,%.10g\n", r->first_year + i, r->det_mt[i], r->p5_mt[i],
                r->p50_mt[i], r->p95_mt[i], (double)r->peak_count[i] / r->ok_draws);
    return ana_stream_status(f, err);
}

static json_t *json_peak_distribution(const mc_result *r, int *bad)
{
    json_t *a = json_array();
    for (int i = 0; i < r->n_years; i++) {
        json_t *o;
        if (r->peak_count[i] == 0) continue;
        o = json_object();
        ana_jset(o, "year", json_integer(r->first_year + i), bad);
        ana_jset(o, "draws", json_integer(r->peak_count[i]), bad);
        ana_jset(o, "p", json_real((double)r->peak_count[i] / r->ok_draws), bad);
        ana_jappend(a, o, bad);
    }
    return a;
}

static json_t *json_bands(const mc_result *r, int *bad)
{
    json_t *a = json_array();
    for (int i = 0; i < r->n_years; i++) {
        json_t *o = json_object();
        ana_jset(o, "year", json_integer(r->first_year + i), bad);
        ana_jset(o, "deterministic", ana_jnum(r->det_mt[i]), bad);
        ana_jset(o, "p5", ana_jnum(r->p5_mt[i]), bad);
        ana_jset(o, "p50", ana_jnum(r->p50_mt[i]), bad);
        ana_jset(o, "p95", ana_jnum(r->p95_mt[i]), bad);
        ana_jappend(a, o, bad);
    }
    return a;
}

static pp_status mc_json(FILE *f, const void *ctx, pp_error *err)
{
    const mc_out *o = ctx;
    const mc_result *r = o->res;
    int bad = 0;
    json_t *root = json_object();
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "file", json_string(o->file), &bad);
    ana_jset(root, "draws", json_integer(r->draws), &bad);
    ana_jset(root, "ok_draws", json_integer(r->ok_draws), &bad);
    ana_jset(root, "seed", json_integer((json_int_t)r->seed), &bad);
    ana_jset(root, "jobs", json_integer(r->jobs), &bad);
    ana_jset(root, "uncertain_keys", json_integer(r->n_uncertain), &bad);
    ana_jset(root, "p_peak_by_2030", json_real(r->p_peak_by_2030), &bad);
    ana_jset(root, "p_neutral_by_2060", json_real(r->p_neutral_by_2060), &bad);
    ana_jset(root, "peak_year_distribution", json_peak_distribution(r, &bad), &bad);
    ana_jset(root, "no_peak_p", json_real((double)r->no_peak_count / r->ok_draws), &bad);
    ana_jset(root, "co2_mt", json_bands(r, &bad), &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the command ---- */

typedef struct {
    const char *file;
    mc_options mc;
    cli_output_opts out;
} mc_args;

/* Reads --draws/--seed/--jobs N at argv[*i]; returns 1 when taken, 0 when not such an option,
 * -1 after a usage error. */
static int take_number(const cli_command *self, int argc, char **argv, int *i, mc_args *a)
{
    static const char *const names[3] = {"--draws", "--seed", "--jobs"};
    static const long lo[3] = {1, 0, 0}, hi[3] = {MC_MAX_DRAWS, 4294967295L, 256};
    long v;
    for (int k = 0; k < 3; k++) {
        if (strcmp(argv[*i], names[k])) continue;
        if (*i + 1 >= argc || ana_parse_int(argv[*i + 1], lo[k], hi[k], &v) != 0) {
            cli_usage_error(self, "%s needs a whole number %ld..%ld%s%s", names[k], lo[k], hi[k],
                            *i + 1 < argc ? ", got " : "", *i + 1 < argc ? argv[*i + 1] : "");
            return -1;
        }
        if (k == 0) a->mc.draws = (int)v;
        else if (k == 1) a->mc.seed = (unsigned long)v;
        else a->mc.jobs = (int)v;
        (*i)++;
        return 1;
    }
    return 0;
}

/* Parses the arguments; returns -1 when they are fine, else the exit code to return. */
static int parse_args(const cli_command *self, int argc, char **argv, mc_args *a)
{
    memset(a, 0, sizeof *a);
    cli_output_opts_init(&a->out);
    a->mc = (mc_options){MC_DEFAULT_DRAWS, MC_DEFAULT_SEED, 0, ana_progress, NULL};
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], mc_help)) return CLI_EXIT_OK;
        took = cli_take_output_opt(self, argc, argv, &i, &a->out);
        if (took == 0) took = take_number(self, argc, argv, &i, a);
        if (took < 0) return CLI_EXIT_USAGE;
        if (took > 0) continue;
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, "unknown option '%s'", argv[i]);
        if (a->file) return cli_usage_error(self, "one scenario FILE only (got '%s' and '%s')", a->file, argv[i]);
        a->file = argv[i];
    }
    if (!a->file) return cli_usage_error(self, "missing scenario FILE");
    return -1;
}

int cmd_mc(const cli_command *self, int argc, char **argv)
{
    mc_args a;
    scn_scenario *s = NULL;
    mc_result *r = malloc(sizeof *r);
    pp_error err;
    pp_status st;
    int code = parse_args(self, argc, argv, &a);
    if (code < 0) code = cli_output_precheck(self->name, &a.out);
    else if (code == CLI_EXIT_OK) code = -1; /* --help was printed */
    if (code == CLI_EXIT_OK && !r) {
        fprintf(stderr, "peakpath: out of memory\n");
        code = CLI_EXIT_FAIL;
    }
    if (code != CLI_EXIT_OK) {
        free(r);
        return code < 0 ? CLI_EXIT_OK : code;
    }
    pp_error_clear(&err);
    st = scn_load(a.file, &s, &err);
    if (st == PP_OK) st = mc_run(s, &a.mc, r, &err);
    if (st == PP_OK) {
        mc_out o = {a.file, r};
        code = cli_emit(self->name, &a.out, a.out.format == CLI_FMT_JSON ? mc_json
                                            : a.out.format == CLI_FMT_CSV ? mc_csv : mc_table, &o);
    } else {
        if (!err.file[0] && st != PP_ERR_USAGE) pp_error_where(&err, a.file, NULL, NULL, 0);
        cli_print_error(&err);
        code = pp_status_exit_code(st);
    }
    scn_free(s);
    free(r);
    return code;
}
