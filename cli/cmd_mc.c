/* cli/cmd_mc.c - `peakpath mc FILE --draws N [--seed S] [--jobs J] [--shard I/K] [--drivers]`:
 * Monte Carlo over the scenario's uncertainty ranges (sim/analysis/mc.c); the writers are
 * cli/mc_write.c, merging shards cli/cmd_mc_merge.c. */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/analysis/mc.h"
#include "analysis.h"
#include "mc_write.h"

#define MC_DEFAULT_DRAWS 1000
#define MC_DEFAULT_SEED 1

/* ---- the command ---- */

typedef struct {
    const char *file;
    mc_options mc;
    cli_output_opts out;
    int drivers;
} mc_args;

/* `--shard I/K` with 1 <= I <= K <= MC_MAX_DRAWS: 1 when taken, 0 when not it, -1 after an error. */
static int take_shard(const cli_command *self, int argc, char **argv, int *i, mc_args *a)
{
    char buf[64], *slash;
    long idx, cnt;
    if (strcmp(argv[*i], "--shard")) return 0;
    if (*i + 1 >= argc || snprintf(buf, sizeof buf, "%s", argv[*i + 1]) >= (int)sizeof buf
        || !(slash = strchr(buf, '/')) || (*slash = '\0', ana_parse_int(buf, 1, MC_MAX_DRAWS, &idx)) != 0
        || ana_parse_int(slash + 1, 1, MC_MAX_DRAWS, &cnt) != 0 || idx > cnt) {
        cli_usage_error(self, cli_tr(S_USG_SHARD), *i + 1 < argc ? cli_tr(S_USG_GOT) : "",
                        *i + 1 < argc ? argv[*i + 1] : "");
        return -1;
    }
    a->mc.shard_index = (int)idx - 1;
    a->mc.shard_count = (int)cnt;
    (*i)++;
    return 1;
}

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
            cli_usage_error(self, cli_tr(S_USG_WHOLE), names[k], lo[k], hi[k],
                            *i + 1 < argc ? cli_tr(S_USG_GOT) : "", *i + 1 < argc ? argv[*i + 1] : "");
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
    a->mc = (mc_options){MC_DEFAULT_DRAWS, MC_DEFAULT_SEED, 0, ana_progress, NULL, 0, 1};
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_MC))) return CLI_EXIT_OK;
        took = cli_take_output_opt(self, argc, argv, &i, &a->out);
        if (took == 0) took = take_number(self, argc, argv, &i, a);
        if (took == 0) took = take_shard(self, argc, argv, &i, a);
        if (took == 0 && !strcmp(argv[i], "--drivers")) took = a->drivers = 1;
        if (took < 0) return CLI_EXIT_USAGE;
        if (took > 0) continue;
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        if (a->file) return cli_usage_error(self, cli_tr(S_CLI_ONE_FILE), a->file, argv[i]);
        a->file = argv[i];
    }
    if (!a->file) return cli_usage_error(self, "%s", cli_tr(S_CLI_MISSING_FILE));
    return -1;
}

int cmd_mc(const cli_command *self, int argc, char **argv)
{
    mc_args a;
    scn_scenario *s = NULL;
    mc_result *r = malloc(sizeof *r);
    mc_draws draws;
    pp_error err;
    pp_status st;
    int code = parse_args(self, argc, argv, &a);
    if (code < 0) code = cli_output_precheck(self->name, &a.out);
    else if (code == CLI_EXIT_OK) code = -1; /* --help was printed */
    if (code == CLI_EXIT_OK && !r) {
        fputs(cli_tr(S_CLI_OOM), stderr);
        code = CLI_EXIT_FAIL;
    }
    if (code != CLI_EXIT_OK) {
        free(r);
        return code < 0 ? CLI_EXIT_OK : code;
    }
    pp_error_clear(&err);
    st = scn_load(a.file, &s, &err);
    if (st == PP_OK) st = mc_run_keep(s, &a.mc, r, &draws, &err);
    if (st == PP_OK) {
        /* a shard's JSON carries its raw draws for mc-merge */
        mc_out o = {a.file, r, a.mc.shard_count > 1 && !a.drivers ? &draws : NULL, a.drivers, 0, a.out.headers};
        code = cli_emit(self->name, &a.out, mc_writer(a.out.format), &o);
        mc_draws_free(&draws);
    } else {
        if (!err.file[0] && st != PP_ERR_USAGE) pp_error_where(&err, a.file, NULL, NULL, 0);
        cli_print_error(&err);
        code = pp_status_exit_code(st);
    }
    scn_free(s);
    free(r);
    return code;
}
