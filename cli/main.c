/* cli/main.c - the command line's entry point (cli_main, called by the program's main() in
 * main.c): global options (--help, --version) and the command table. Commands live in
 * cli/cli_run.c and cli/cmd_*.c; this file only dispatches to them. The interactive screens come
 * in as function pointers (cli_screens), so cli/ never includes tui/. */
#include "cli.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

/* ---- the command table: one line per command (declared in cli/cli.h) ---- */

static const cli_command commands[] = {
    {"run", cmd_run, "[FILE] [--format table|csv|json] [--summary] [-o OUT] [--force] [--bom]",
     "calibrate and run a scenario; print it as a table (with summary), CSV or JSON"},
    {"check", cmd_check, "FILE... [--verbose] [--observed DATA.csv]", "validate, calibrate and run scenario files: FILE: ok, or the error (--verbose: residuals; --observed: report card against published figures)"},
    {"new", cmd_new, "FILE --region NAME [--observed DATA.csv] [--years FIRST:LAST]", "write a new province scenario from the commented template (and published figures); never overwrites"},
    {"keys", cmd_keys, "[--zh] [--format table|csv|json] [-o OUT]", "list every scenario key: unit, range, default, lever group, plausible range"},
    /* analysis commands (cli/cmd_*.c) are added here, one line each */
    {"seek", cmd_seek, "FILE --lever KEY | --levers A,B,C --target EXPR... [--minimise change] [--full-range] [--format table|csv|json] [-o OUT]", "smallest greener move of one lever (or package of levers) that meets targets"},
    {"mc", cmd_mc, "FILE [--draws N] [--seed S] [--jobs J] [--shard I/K] [--drivers] [--format table|csv|json] [-o OUT]", "Monte Carlo over the scenario's uncertainty ranges: CO2 bands, P(peak by 2030), what drives the spread"},
    {"mc-merge", cmd_mc_merge, "SHARD.json... [--drivers] [--format table|csv|json] [-o OUT]", "merge the JSON of `mc --shard I/K` runs into the unsplit run's result"},
    {"decompose", cmd_decompose, "FILE --from Y --to Y | A.ini B.ini --year Y [--format table|csv|json]", "split a change in CO2 into LMDI effects"},
    {"export", cmd_export, "FILE|DIR --chart emissions|mix|capacity|structure|investment|pollutants | --summary [--lang zh|en] [-o OUT] [--force]", "a chart as SVG for slides, or a Markdown summary (of a scenario or a room)"},
    {"room", cmd_room, "DIR [--lang zh|en] [--interval MS] [--challenges CDIR] | DIR --summary [-o OUT] [--force]", "the workshop room: one live row per participant's scenario in DIR"},
    {"compare", cmd_compare, "A.ini B.ini [C.ini...] [--format table|csv|json] [-o OUT]", "summaries side by side and year-by-year differences"},
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
        fprintf(stderr, "peakpath: this build has no interactive screen\n");
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

/* Takes `--lang X` / `--lang=X` (the TUI's language) out of argv when it comes first or after a
 * scenario file; returns X, or NULL when not given. */
static const char *take_lang(int *argc, char **argv)
{ /* the value is checked by the screen that takes it (unknown: exit 2 with a message) */
    for (int i = 1; i < *argc && i <= 2; i++) {
        int n = !strcmp(argv[i], "--lang") && i + 1 < *argc ? 2 : !strncmp(argv[i], "--lang=", 7) ? 1 : 0;
        const char *v = n == 2 ? argv[i + 1] : n == 1 ? argv[i] + 7 : NULL;
        if (!n || (i == 2 && !is_scenario_arg(argv[1]))) continue;
        for (int k = i; k + n <= *argc; k++) argv[k] = argv[k + n];
        *argc -= n;
        return v;
    }
    return NULL;
}

/* ---- help ---- */

static const cli_command *find_command(const char *name)
{
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (!strcmp(commands[i].name, name)) return &commands[i];
    return NULL;
}

static void print_short_usage(FILE *f)
{
    fprintf(f, "usage: peakpath [FILE.ini] | peakpath COMMAND [ARGS] | peakpath --help | --version\n");
}

static void print_help(FILE *f)
{
    fprintf(f, "peakpath %s - a province's energy transition year by year, and its path to peak CO2\n\n",
            PEAKPATH_VERSION);
    fprintf(f, "usage: peakpath [--lang zh|en] [FILE.ini]   open the interactive TUI on a scenario\n"
               "                                             (default scenarios/%s)\n"
               "       peakpath COMMAND [ARGS]\n"
               "       peakpath --help | --version\n\ncommands:\n",
            CLI_DEFAULT_SCENARIO);
    for (size_t i = 0; i < N_COMMANDS; i++) {
        fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].help);
        fprintf(f, "           peakpath %s %s\n", commands[i].name, commands[i].args);
    }
    fprintf(f, "\n'peakpath COMMAND --help' describes a command's options.\n"
               "exit codes: 0 ok, 1 solver failure, 2 bad input file, bad usage or unwritable output\n"
               "environment: PEAKPATH_SCENARIOS  directory searched first for the default scenario\n");
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
        cli_eprintf("peakpath help: unknown command '%s'\n", argv[1]);
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
    const char *lang;
    lang = take_lang(&argc, argv);
    if (argc < 2) return open_default(lang);
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
    if (c && lang) { /* an option that would otherwise pass without a word */
        cli_eprintf("peakpath: --lang %s before '%s' is not used by it; give --lang after the command\n", lang, a);
        return CLI_EXIT_USAGE;
    }
    if (c) return c->fn(c, argc - 1, argv + 1);
    if (a[0] != '-' && is_scenario_arg(a) && argc == 2) return open_scenario(a, lang);
    if (a[0] == '-') cli_eprintf("peakpath: unknown option '%s'\n", a);
    else if (is_scenario_arg(a)) cli_eprintf("peakpath: unexpected argument '%s' after %s\n", argv[2], a);
    else cli_eprintf("peakpath: unknown command '%s'\n", a);
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
    fprintf(stderr, "peakpath: cannot write the output: %s\n", failed ? strerror(e) : "write error");
    return CLI_EXIT_USAGE;
}

int cli_main(int argc, char **argv, const cli_screens *screens)
{
    const cli_screens *outer = current_screens;
    int code;
    current_screens = screens;
    note_inputs(argc, argv);
    code = dispatch(argc, argv);
    current_screens = outer;
    return cli_check_stdout(code);
}
