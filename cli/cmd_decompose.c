/* cli/cmd_decompose.c - `peakpath decompose FILE --from Y --to Y` (two years of one scenario) and
 * `peakpath decompose A.ini B.ini --year Y` (two scenarios in one year): the change in gross CO2
 * split into additive LMDI-I effects (sim/analysis/lmdi.c). */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/analysis/lmdi.h"
#include "analysis.h"

typedef struct {
    const char *file_from, *file_to;
    const lmdi_co2 *d;
} dec_out;

static const char dec_help[] =
    "Splits the change in gross CO2 between two years of a scenario (--from, --to), or between two\n"
    "scenarios in one year (A.ini B.ini --year Y: why does B emit more or less than A?), into\n"
    "additive LMDI-I effects that add up exactly to the change: activity (GDP), structure (sector\n"
    "value-added shares), intensity (sector final energy per unit of activity), conversion (primary\n"
    "per unit of final energy: power and heat supply, imports), fuel mix (coal, oil, gas shares of\n"
    "primary energy), emission factors, plus the change in process CO2. See docs/analysis.md.\n"
    "  --from Y --to Y    the two years (one FILE)\n"
    "  --year Y           the year (two FILEs)\n"
    "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n";

static const char *const effect_labels[LMDI_EFFECT_COUNT] = {
    "activity (GDP)", "structure (sector mix)", "energy intensity", "conversion (final->primary)",
    "fuel mix", "emission factors", "process CO2 (cement)", "other sources",
};

/* ---- writers ---- */

static pp_status dec_table(FILE *f, const void *ctx, pp_error *err)
{
    const dec_out *o = ctx;
    const lmdi_co2 *d = o->d;
    fputs("Change in gross CO2, additive LMDI-I decomposition\n", f);
    fprintf(f, "  from  %d  %-40s %10.2f Mt\n", d->year_from, o->file_from, d->co2_from_mt);
    fprintf(f, "  to    %d  %-40s %10.2f Mt\n\n", d->year_to, o->file_to, d->co2_to_mt);
    fprintf(f, "  %-30s %+12.2f Mt\n", "total change", d->total_mt);
    for (int e = 0; e < LMDI_EFFECT_COUNT; e++) {
        fprintf(f, "  %-30s %+12.2f Mt", effect_labels[e], d->effect_mt[e]);
        if (fabs(d->total_mt) > 1e-9) fprintf(f, "  %+7.1f %% of the change", 100.0 * d->effect_mt[e] / d->total_mt);
        fputc('\n', f);
    }
    fprintf(f, "  %-30s %12.2g Mt (the effects add up to the total)\n", "residual", d->residual_mt);
    return ana_stream_status(f, err);
}

static pp_status dec_csv(FILE *f, const void *ctx, pp_error *err)
{
    const lmdi_co2 *d = ((const dec_out *)ctx)->d;
    fputs("effect,mt_co2\n", f);
    fprintf(f, "from_%d,%.10g\nto_%d,%.10g\ntotal,%.10g\n", d->year_from, d->co2_from_mt, d->year_to,
            d->co2_to_mt, d->total_mt);
    for (int e = 0; e < LMDI_EFFECT_COUNT; e++) fprintf(f, "%s,%.10g\n", lmdi_effect_name(e), d->effect_mt[e]);
    fprintf(f, "residual,%.10g\n", d->residual_mt);
    return ana_stream_status(f, err);
}

static json_t *json_end(const char *file, int year, double co2, int *bad)
{
    json_t *o = json_object();
    ana_jset(o, "file", json_string(file), bad);
    ana_jset(o, "year", json_integer(year), bad);
    ana_jset(o, "co2_mt", ana_jnum(co2), bad);
    return o;
}

static pp_status dec_json(FILE *f, const void *ctx, pp_error *err)
{
    const dec_out *o = ctx;
    const lmdi_co2 *d = o->d;
    int bad = 0;
    json_t *root = json_object(), *eff = json_object();
    for (int e = 0; e < LMDI_EFFECT_COUNT; e++) ana_jset(eff, lmdi_effect_name(e), ana_jnum(d->effect_mt[e]), &bad);
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "method", json_string("additive LMDI-I"), &bad);
    ana_jset(root, "from", json_end(o->file_from, d->year_from, d->co2_from_mt, &bad), &bad);
    ana_jset(root, "to", json_end(o->file_to, d->year_to, d->co2_to_mt, &bad), &bad);
    ana_jset(root, "total", ana_jnum(d->total_mt), &bad);
    ana_jset(root, "effects", eff, &bad);
    ana_jset(root, "residual", ana_jnum(d->residual_mt), &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the command ---- */

typedef struct {
    const char *file[2];
    int n_files;
    long from, to, year;
    cli_output_opts out;
} dec_args;

/* --from/--to/--year Y at argv[*i]: 1 taken, 0 not one of them, -1 usage error printed. */
static int take_year(const cli_command *self, int argc, char **argv, int *i, dec_args *a)
{
    long *dst = !strcmp(argv[*i], "--from") ? &a->from : !strcmp(argv[*i], "--to") ? &a->to
              : !strcmp(argv[*i], "--year") ? &a->year : NULL;
    if (!dst) return 0;
    if (*i + 1 >= argc || ana_parse_int(argv[*i + 1], 1900, 2200, dst) != 0) {
        cli_usage_error(self, "%s needs a year%s%s", argv[*i], *i + 1 < argc ? ", got " : "",
                        *i + 1 < argc ? argv[*i + 1] : "");
        return -1;
    }
    (*i)++;
    return 1;
}

static int check_combination(const cli_command *self, const dec_args *a)
{
    if (a->n_files == 0) return cli_usage_error(self, "missing scenario FILE");
    if (a->n_files == 1 && (!a->from || !a->to || a->year))
        return cli_usage_error(self, "with one FILE give --from YEAR and --to YEAR");
    if (a->n_files == 2 && (!a->year || a->from || a->to))
        return cli_usage_error(self, "with two FILEs give --year YEAR (the year both are compared in)");
    return -1;
}

/* Parses the arguments; returns -1 when they are fine, else the exit code to return. */
static int parse_args(const cli_command *self, int argc, char **argv, dec_args *a)
{
    memset(a, 0, sizeof *a);
    cli_output_opts_init(&a->out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], dec_help)) return CLI_EXIT_OK;
        took = cli_take_output_opt(self, argc, argv, &i, &a->out);
        if (took == 0) took = take_year(self, argc, argv, &i, a);
        if (took < 0) return CLI_EXIT_USAGE;
        if (took > 0) continue;
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, "unknown option '%s'", argv[i]);
        if (a->n_files == 2) return cli_usage_error(self, "at most two scenario FILEs");
        a->file[a->n_files++] = argv[i];
    }
    return check_combination(self, a);
}

/* Decomposes the loaded runs and writes the result; returns the exit code. */
static int decompose_runs(const cli_command *self, const dec_args *a, run_result *r[2])
{
    int two = a->n_files == 2;
    int y0 = two ? (int)a->year : (int)a->from, y1 = two ? (int)a->year : (int)a->to;
    cli_writer w = a->out.format == CLI_FMT_JSON ? dec_json : a->out.format == CLI_FMT_CSV ? dec_csv : dec_table;
    lmdi_co2 d;
    pp_error err;
    pp_status st = lmdi_co2_decompose(r[0], y0, two ? r[1] : r[0], y1, &d, &err);
    if (st == PP_ERR_USAGE) return cli_usage_error(self, "%s", CLI_ERRMSG(&err));
    if (st != PP_OK) {
        cli_print_error(&err);
        return pp_status_exit_code(st);
    }
    {
        dec_out o = {a->file[0], a->file[a->n_files - 1], &d};
        return cli_emit(self->name, &a->out, w, &o);
    }
}

static int decompose(const cli_command *self, const dec_args *a, run_result *r[2])
{
    scn_scenario *s[2] = {NULL, NULL};
    int code = CLI_EXIT_OK;
    for (int k = 0; k < a->n_files && code == CLI_EXIT_OK; k++) code = cli_load_and_run(a->file[k], &s[k], r[k]);
    if (code == CLI_EXIT_OK) code = decompose_runs(self, a, r);
    scn_free(s[0]);
    scn_free(s[1]);
    return code;
}

int cmd_decompose(const cli_command *self, int argc, char **argv)
{
    dec_args a;
    run_result *r[2];
    int code = parse_args(self, argc, argv, &a);
    if (code >= 0) return code;
    code = cli_output_precheck(self->name, &a.out);
    if (code != CLI_EXIT_OK) return code;
    r[0] = malloc(sizeof *r[0]);
    r[1] = malloc(sizeof *r[1]);
    if (r[0] && r[1]) code = decompose(self, &a, r);
    else code = (fprintf(stderr, "peakpath: out of memory\n"), CLI_EXIT_FAIL);
    free(r[0]);
    free(r[1]);
    return code;
}
