/* cli/cmd_decompose.c - `peakpath decompose FILE --from Y --to Y` (two years of one scenario) and
 * `peakpath decompose A.ini B.ini --year Y` (two scenarios in one year): the change in gross CO2
 * split into additive LMDI-I effects (sim/analysis/lmdi.c). */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/analysis/lmdi.h"
#include "analysis.h"
#include "../report/text_cols.h"
#include "../report/units.h"

typedef struct {
    const char *file_from, *file_to;
    const lmdi_co2 *d;
} dec_out;

static const char *const effect_labels[LMDI_EFFECT_COUNT] = {
    "activity (GDP)", "structure (sector mix)", "energy intensity", "conversion (final->primary)",
    "fuel mix", "emission factors", "process CO2 (cement)", "other sources",
};

/* In Chinese the effects carry the names of the TUI's decomposition view (same order). */
static const i18n_id effect_zh[LMDI_EFFECT_COUNT] = {
    S_DC_ACTIVITY, S_DC_STRUCTURE, S_DC_INTENSITY, S_DC_CONVERSION, S_DC_FUEL_MIX, S_DC_EMISSION_FACTOR,
    S_DC_PROCESS, S_DC_OTHER,
};

/* ---- writers ---- */

/* "  label (padded)  +123.45 Mt": an amount of CO2 in Mt, or in Chinese 万吨CO2 (whole numbers:
 * 0.01 Mt = 1 万吨, the same digits). */
static void amount_row(FILE *f, const char *label, double mt, const char *sign_fmt)
{
    unit_view u = units_view("Mt CO2", cli_lang());
    fputs("  ", f);
    tc_pad(f, label, 30, 0);
    fprintf(f, sign_fmt, cli_zh() ? 0 : 2, mt * u.factor);
    fprintf(f, " %s", cli_zh() ? u.unit : "Mt");
}

static pp_status dec_table(FILE *f, const void *ctx, pp_error *err)
{
    const dec_out *o = ctx;
    const lmdi_co2 *d = o->d;
    unit_view u = units_view("Mt CO2", cli_lang());
    const char *unit = cli_zh() ? u.unit : "Mt";
    int dec = cli_zh() ? 0 : 2;
    fputs(cli_tr(S_DEC_TITLE), f);
    fprintf(f, cli_tr(S_DEC_FROM), d->year_from, o->file_from, dec, d->co2_from_mt * u.factor, unit);
    fprintf(f, cli_tr(S_DEC_TO), d->year_to, o->file_to, dec, d->co2_to_mt * u.factor, unit);
    amount_row(f, cli_tr(S_DEC_TOTAL), d->total_mt, " %+12.*f");
    fputc('\n', f);
    for (int e = 0; e < LMDI_EFFECT_COUNT; e++) {
        amount_row(f, cli_zh() ? i18n_str(effect_zh[e], LANG_ZH) : effect_labels[e], d->effect_mt[e], " %+12.*f");
        if (fabs(d->total_mt) > 1e-9) fprintf(f, cli_tr(S_DEC_SHARE), 100.0 * d->effect_mt[e] / d->total_mt);
        fputc('\n', f);
    }
    fputs("  ", f);
    tc_pad(f, cli_tr(S_DEC_RESIDUAL), 30, 0);
    fprintf(f, cli_tr(S_DEC_RESIDUAL_TEXT), d->residual_mt * u.factor, unit);
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
        cli_usage_error(self, cli_tr(S_USG_NEEDS_YEAR), argv[*i], *i + 1 < argc ? cli_tr(S_USG_GOT) : "",
                        *i + 1 < argc ? argv[*i + 1] : "");
        return -1;
    }
    (*i)++;
    return 1;
}

static int check_combination(const cli_command *self, const dec_args *a)
{
    if (a->n_files == 0) return cli_usage_error(self, "%s", cli_tr(S_CLI_MISSING_FILE));
    if (a->n_files == 1 && (!a->from || !a->to || a->year))
        return cli_usage_error(self, "%s", cli_tr(S_USG_FROM_TO));
    if (a->n_files == 2 && (!a->year || a->from || a->to))
        return cli_usage_error(self, "%s", cli_tr(S_USG_YEAR));
    return -1;
}

/* Parses the arguments; returns -1 when they are fine, else the exit code to return. */
static int parse_args(const cli_command *self, int argc, char **argv, dec_args *a)
{
    memset(a, 0, sizeof *a);
    cli_output_opts_init(&a->out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_DECOMPOSE))) return CLI_EXIT_OK;
        took = cli_take_output_opt(self, argc, argv, &i, &a->out);
        if (took == 0) took = take_year(self, argc, argv, &i, a);
        if (took < 0) return CLI_EXIT_USAGE;
        if (took > 0) continue;
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        if (a->n_files == 2) return cli_usage_error(self, "%s", cli_tr(S_USG_TWO_MAX));
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
    if (st == PP_ERR_USAGE) return cli_usage_error(self, "%s", ana_error_text(&err));
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
    else code = (fputs(cli_tr(S_CLI_OOM), stderr), CLI_EXIT_FAIL);
    free(r[0]);
    free(r[1]);
    return code;
}
