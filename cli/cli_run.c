/* cli/cli_run.c - the `run` and `check` commands: load a scenario, calibrate and run it through
 * the engine, and print the result (report/output.c) or the calibration residuals. */
#include "cli.h"
#include "report_card.h"

#include <stdlib.h>
#include <string.h>

#include "../report/output.h"

/* ---- load and run ---- */

/* Prints err, naming file when the engine did not say which file it was about. */
static int report(const char *file, const pp_error *err, pp_status rc)
{
    pp_error e = *err;
    if (!e.file[0]) pp_error_where(&e, file, NULL, NULL, 0);
    cli_print_error(&e);
    return pp_status_exit_code(rc);
}

int cli_load_and_run(const char *file, scn_scenario **s, run_result *r)
{
    pp_error err;
    pp_status rc;
    pp_error_clear(&err);
    *s = NULL;
    rc = scn_load(file, s, &err);
    if (rc != PP_OK) return report(file, &err, rc);
    cli_note_scenario(*s); /* its files are inputs: -o never replaces them */
    rc = run_simulate(*s, r, &err);
    if (rc != PP_OK) {
        scn_free(*s);
        *s = NULL;
        return report(file, &err, rc);
    }
    return CLI_EXIT_OK;
}

int cli_load_and_run_alloc(const char *file, scn_scenario **s, run_result **r)
{
    *s = NULL;
    *r = malloc(sizeof **r);
    if (!*r) {
        fputs(cli_tr(S_CLI_OOM), stderr);
        return CLI_EXIT_FAIL;
    }
    return cli_load_and_run(file, s, *r);
}

/* Loads and runs file, then writes it with the chosen options. */
static int run_and_emit(const char *cmd_name, const char *file, const cli_output_opts *o, int summary_only)
{
    scn_scenario *s;
    run_result *r;
    int code = cli_load_and_run_alloc(file, &s, &r);
    if (code == CLI_EXIT_OK) {
        out_run ctx = {s, r, file, 0, o->headers, cli_lang()}; /* cli_emit writes the --bom */
        code = cli_emit(cmd_name, o, summary_only ? out_summary_writer_for(o->format) : out_writer_for(o->format), &ctx);
    }
    scn_free(s);
    free(r);
    return code;
}

/* ---- run ---- */

int cmd_run(const cli_command *self, int argc, char **argv)
{
    cli_output_opts o;
    const char *file = NULL;
    char default_file[4096];
    int code, summary_only = 0;
    cli_output_opts_init(&o);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_RUN))) return CLI_EXIT_OK;
        if (!strcmp(argv[i], "--summary")) {
            summary_only = 1;
            continue;
        }
        took = cli_take_output_opt(self, argc, argv, &i, &o);
        if (took < 0) return CLI_EXIT_USAGE;
        if (took > 0) continue;
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        if (file) return cli_usage_error(self, cli_tr(S_CLI_ONE_FILE), file, argv[i]);
        file = argv[i];
    }
    if (!file) { /* no FILE: the default scenario, wherever peakpath is started */
        if (!cli_default_scenario(default_file, sizeof default_file)) return CLI_EXIT_USAGE;
        file = default_file;
    }
    if ((o.bom || o.headers != CSV_HEAD_NAMES) && o.format != CLI_FMT_CSV)
        return cli_usage_error(self, "%s", cli_tr(S_CLI_HEADERS_CSV)); /* with the usage line */
    code = cli_output_precheck(self->name, &o);
    if (code != CLI_EXIT_OK) return code;
    return run_and_emit(self->name, file, &o, summary_only);
}

/* ---- check ---- */

/* Load, calibrate and run one file; prints "FILE: ok" (with --verbose its years and the
 * calibration residuals; with observed, the report card against that CSV), or the error. */
static int check_one(const char *file, int verbose, const char *observed)
{
    scn_scenario *s;
    run_result *r;
    int code = cli_load_and_run_alloc(file, &s, &r);
    if (code == CLI_EXIT_OK) {
        printf(cli_tr(S_CHK_OK), file);
        if (verbose || observed) {
            printf(cli_tr(S_CHK_YEARS), r->first_year, r->end_year, r->hist_end_year);
            out_calibration(stdout, &r->cal, cli_lang());
        }
        if (observed && report_card_print(stdout, s, r, observed)) code = CLI_EXIT_USAGE;
    }
    scn_free(s);
    free(r);
    return code;
}

int cmd_check(const cli_command *self, int argc, char **argv)
{
    int worst = CLI_EXIT_OK, nfiles = 0, verbose = 0;
    const char *observed = NULL;
    for (int i = 1; i < argc; i++) {
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_CHECK))) return CLI_EXIT_OK;
        if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v")) verbose = 1;
        else if (!strcmp(argv[i], "--observed")) {
            if (i + 1 >= argc) return cli_usage_error(self, "%s", cli_tr(S_CHK_OBSERVED_MISSING));
            observed = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
    }
    for (int i = 1; i < argc; i++) {
        int code;
        if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v")) continue;
        if (!strcmp(argv[i], "--observed")) { i++; continue; }
        code = check_one(argv[i], verbose, observed);
        nfiles++;
        if (code > worst) worst = code;
    }
    if (nfiles == 0) return cli_usage_error(self, "%s", cli_tr(S_CLI_MISSING_FILE));
    return worst;
}
