/* cli/cmd_compare.c - `peakpath compare A.ini B.ini [C.ini ...]`: loads and runs each scenario and
 * prints the summaries side by side and the year-by-year differences against the first
 * (writers in cli/analysis.c). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "analysis.h"

#define COMPARE_MAX 16 /* scenarios in one comparison */

typedef struct {
    const char *files[COMPARE_MAX];
    int n;
    cli_output_opts out;
} compare_args;

/* Parses the arguments; returns -1 when they are fine, else the exit code to return. */
static int parse_args(const cli_command *self, int argc, char **argv, compare_args *a)
{
    memset(a, 0, sizeof *a);
    cli_output_opts_init(&a->out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_COMPARE))) return CLI_EXIT_OK;
        took = cli_take_output_opt(self, argc, argv, &i, &a->out);
        if (took < 0) return CLI_EXIT_USAGE;
        if (took > 0) continue;
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        if (a->n == COMPARE_MAX) return cli_usage_error(self, cli_tr(S_USG_AT_MOST_FILES), COMPARE_MAX);
        a->files[a->n++] = argv[i];
    }
    if (a->n < 2) return cli_usage_error(self, "%s", cli_tr(S_USG_TWO_FILES));
    return -1;
}

static int compare(const cli_command *self, const compare_args *a, scn_scenario **s, run_result **r)
{
    int code = CLI_EXIT_OK;
    for (int k = 0; k < a->n && code == CLI_EXIT_OK; k++) {
        r[k] = malloc(sizeof *r[k]);
        code = r[k] ? cli_load_and_run(a->files[k], &s[k], r[k])
                    : (fputs(cli_tr(S_CLI_OOM), stderr), CLI_EXIT_FAIL);
    }
    if (code == CLI_EXIT_OK) {
        ana_compare c = {a->n, a->files, (const scn_scenario *const *)s, (const run_result *const *)r,
                         cli_lang() == LANG_ZH, 0, a->out.headers}; /* cli_emit writes the --bom */
        code = cli_emit(self->name, &a->out, a->out.format == CLI_FMT_JSON ? ana_compare_json
                                             : a->out.format == CLI_FMT_CSV ? ana_compare_csv : ana_compare_table, &c);
    }
    return code;
}

int cmd_compare(const cli_command *self, int argc, char **argv)
{
    compare_args a;
    scn_scenario *s[COMPARE_MAX] = {NULL};
    run_result *r[COMPARE_MAX] = {NULL};
    int code = parse_args(self, argc, argv, &a);
    if (code >= 0) return code;
    code = cli_output_precheck(self->name, &a.out);
    if (code == CLI_EXIT_OK) code = compare(self, &a, s, r);
    for (int k = 0; k < COMPARE_MAX; k++) {
        scn_free(s[k]);
        free(r[k]);
    }
    return code;
}
