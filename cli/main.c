/* cli/main.c - the command line's entry point (cli_main, called by the program's main() in
 * main.c): global options (--help, --version, --lang anywhere: cli/cli_lang.c) and the command table. Commands live in
 * cli/cli_run.c and cli/cmd_*.c; this file only dispatches to them. The interactive screens come
 * in as function pointers (cli_screens), so cli/ never includes tui/. */
#include "cli.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

#include "../report/text_cols.h"

/* ---- the command table: one line per command (declared in cli/cli.h) ---- */

static const cli_command commands[] = {
    {"run", cmd_run, "[FILE] [--format table|csv|json] [--summary] [-o OUT] [--force] [--bom] [--headers names|en|zh]",
     "calibrate and run a scenario; print it as a table (with summary), CSV or JSON"},
    {"check", cmd_check, "FILE... [--verbose] [--observed DATA.csv]", "validate, calibrate and run scenario files: FILE: ok, or the error (--verbose: residuals; --observed: report card against published figures)"},
    {"new", cmd_new, "FILE --region NAME [--observed DATA.csv] [--years FIRST:LAST]", "write a new province scenario from the commented template (and published figures); never overwrites"},
    {"keys", cmd_keys, "[--zh] [--format table|csv|json] [-o OUT]", "list every scenario key: unit, range, default, lever group, plausible range"},
    /* analysis commands (cli/cmd_*.c) are added here, one line each; each command also has its
     * Chinese line in command_zh below (S_CMD_* in report/i18n_cli_list.h; tests/cli_zh_test.sh
     * finds an English line in `peakpath --lang zh --help`) */
    {"seek", cmd_seek, "FILE --lever KEY | --levers A,B,C --target EXPR... [--minimise change|cost] [--full-range] [--format table|csv|json] [-o OUT]", "smallest greener move of one lever (or package of levers) that meets targets"},
    {"mc", cmd_mc, "FILE [--draws N] [--seed S] [--jobs J] [--shard I/K] [--drivers] [--format table|csv|json] [--bom] [--headers names|en|zh] [-o OUT]", "Monte Carlo over the scenario's uncertainty ranges: CO2 bands, P(peak by 2030), what drives the spread"},
    {"mc-merge", cmd_mc_merge, "SHARD.json... [--drivers] [--format table|csv|json] [-o OUT]", "merge the JSON of `mc --shard I/K` runs into the unsplit run's result"},
    {"decompose", cmd_decompose, "FILE --from Y --to Y | A.ini B.ini --year Y [--format table|csv|json]", "split a change in CO2 into LMDI effects"},
    {"export", cmd_export, "FILE|DIR --chart emissions|mix|capacity|structure|investment|pollutants | --summary [--lang zh|en] [-o OUT] [--force]", "a chart as SVG for slides, or a Markdown summary (of a scenario or a room)"},
    {"room", cmd_room, "DIR [--lang zh|en] [--interval MS] [--challenges CDIR] [--answers FILE] [--html FILE] | DIR --summary [-o OUT] [--force]", "the workshop room: one live row per participant's scenario in DIR"},
    {"join", cmd_join, "DIR --name NAME [--challenge FILE] [--resume] [--lang zh|en]", "a participant joins the workshop room DIR: the current challenge, saved as DIR/NAME.ini"},
    {"compare", cmd_compare, "A.ini B.ini [C.ini...] [--format table|csv|json] [--bom] [--headers names|en|zh] [-o OUT]", "summaries side by side and year-by-year differences"},
    {"sensitivity", cmd_sensitivity, "FILE [--format table|csv|json] [-o OUT] [--force] [--lang zh|en]", "every lever at both ends of its plausible range: change of peak, CO2 2030, cumulative CO2, coal share"},
    {"mac", cmd_mac, "FILE [--reference REF] [--format table|csv|json] [-o OUT] [--force] [--lang zh|en]", "abatement cost: each lever alone to its greener end, CO2 avoided and CNY per tonne, sorted (and FILE against REF)"},
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

/* ---- opening a scenario ---- */

/* The screens of this cli_main call (NULL outside one). */
static const cli_screens *current_screens;

const cli_screens *cli_screens_get(void)
{
    return current_screens;
}

/* What `peakpath` and `peakpath FILE.ini` do with the scenario: open the interactive TUI
 * (screens->scenario) in the language of `--lang zh|en`, or of the locale when lang is NULL. */
static int open_scenario(const char *file, const char *lang)
{
    if (!current_screens || !current_screens->scenario) {
        fputs(cli_tr(S_CLI_NO_SCREEN), stderr);
        return CLI_EXIT_FAIL;
    }
    return current_screens->scenario(file, lang);
}

static int open_default(const char *lang)
{
    char path[4096];
    if (!cli_default_scenario(path, sizeof path)) return CLI_EXIT_USAGE;
    return open_scenario(path, lang);
}

/* True for an argument that names a scenario file rather than a command: "x.ini" or a path. */
static int is_scenario_arg(const char *a)
{
    size_t n = strlen(a);
    return strchr(a, '/') || (n > 4 && !strcasecmp(a + n - 4, ".ini"));
}

/* ---- help ---- */

static const cli_command *find_command(const char *name)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (!strcmp(commands[i].name, name)) return &commands[i];
    return NULL;
}

/* The one-line description of each command in Chinese (report/i18n_cli_list.h); a command without
 * a line here (a new one) shows its English line from the table above. */
static const struct {
    const char *name;
    i18n_id zh;
} command_zh[] = {
    {"run", S_CMD_RUN}, {"check", S_CMD_CHECK}, {"new", S_CMD_NEW}, {"keys", S_CMD_KEYS},
    {"seek", S_CMD_SEEK}, {"mc", S_CMD_MC}, {"mc-merge", S_CMD_MC_MERGE}, {"decompose", S_CMD_DECOMPOSE},
    {"export", S_CMD_EXPORT}, {"room", S_CMD_ROOM}, {"compare", S_CMD_COMPARE}, {"sensitivity", S_CMD_SENSITIVITY},
    {"mac", S_CMD_MAC}, {"join", S_CMD_JOIN},
};

static const char *command_help(const cli_command *c)
{
    if (!cli_zh()) return c->help;
    for (size_t i = 0; i < sizeof command_zh / sizeof command_zh[0]; i++)
        if (!strcmp(command_zh[i].name, c->name)) return i18n_str(command_zh[i].zh, LANG_ZH);
    return c->help;
}

static void print_short_usage(FILE *f)
{
    fputs(cli_tr(S_HELP_SHORT_USAGE), f);
}

static void print_help(FILE *f)
{
    fprintf(f, cli_tr(S_HELP_TITLE_LINE), PEAKPATH_VERSION);
    fprintf(f, cli_tr(S_HELP_USAGE), CLI_DEFAULT_SCENARIO);
    for (size_t i = 0; i < N_COMMANDS; i++) {
        fputs("  ", f);
        tc_pad(f, commands[i].name, 8, 0);
        fprintf(f, " %s\n", command_help(&commands[i]));
        fprintf(f, "           peakpath %s %s\n", commands[i].name, commands[i].args);
    }
    fputs(cli_tr(S_HELP_FOOT), f);
}

/* `peakpath help [COMMAND]` */
static int help_command(int argc, char **argv)
{
    const cli_command *c;
    if (argc < 2) {
        print_help(stdout);
        return CLI_EXIT_OK;
    }
    c = find_command(argv[1]);
    if (!c) {
        cli_eprintf(cli_tr(S_CLI_HELP_UNKNOWN), argv[1]);
        print_short_usage(stderr);
        return CLI_EXIT_USAGE;
    }
    {
        char *sub[] = {argv[1], "--help", NULL};
        return c->fn(c, 2, sub);
    }
}

/* ---- main ---- */

static int dispatch(int argc, char **argv)
{
    const cli_command *c;
    const char *a;
    if (argc < 2) return open_default(cli_lang_given());
    a = argv[1];
    if (cli_is_help(a)) {
        print_help(stdout);
        return CLI_EXIT_OK;
    }
    if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
        printf("peakpath %s\n", PEAKPATH_VERSION);
        return CLI_EXIT_OK;
    }
    if (!strcmp(a, "help")) return help_command(argc - 1, argv + 1);
    c = find_command(a);
    if (c) return c->fn(c, argc - 1, argv + 1);
    if (a[0] != '-' && is_scenario_arg(a) && argc == 2) return open_scenario(a, cli_lang_given());
    if (a[0] == '-') cli_eprintf(cli_tr(S_CLI_UNKNOWN_GLOBAL), a);
    else if (is_scenario_arg(a)) cli_eprintf(cli_tr(S_CLI_UNEXPECTED_AFTER), argv[2], a);
    else cli_eprintf(cli_tr(S_CLI_UNKNOWN_COMMAND), a);
    print_short_usage(stderr);
    return CLI_EXIT_USAGE;
}

/* Every file named on the command line is an input that -o must never replace (cli_common.c);
 * the argument of -o/--output itself is the output, not an input. */
static void note_inputs(int argc, char **argv)
{
    cli_inputs_reset();
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
            i++;
            continue;
        }
        if (argv[i][0] != '-') cli_note_input(argv[i]);
    }
}

int cli_check_stdout(int code)
{
    int failed = fflush(stdout) != 0, e = errno;
    if (!failed && !ferror(stdout)) return code;
    clearerr(stdout); /* a later call in the same process (a test, the fuzzer) starts clean */
    if (code != CLI_EXIT_OK) return code; /* the command failed and said so already */
    fprintf(stderr, cli_tr(S_CLI_CANNOT_WRITE), failed ? strerror(e) : "write error");
    return CLI_EXIT_USAGE;
}

int cli_main(int argc, char **argv, const cli_screens *screens)
{
    const cli_screens *outer = current_screens;
    int code;
    current_screens = screens;
    code = cli_lang_take(&argc, argv); /* --lang anywhere: before or after the command */
    if (code == CLI_EXIT_OK) {
        note_inputs(argc, argv); /* after --lang is gone: its value is no input */
        code = dispatch(argc, argv);
    }
    current_screens = outer;
    return cli_check_stdout(code);
}
