/* cli/cli.h - what the files of the headless front end share: the version, the command table
 * entry, option parsing for output (--format, -o, --force, --bom), writing the chosen output to
 * stdout or atomically to a file, error/usage printing and the default scenario lookup.
 * Adding a command = one cmd_* function declared here + one line in the table in cli/main.c. */
#ifndef PEAKPATH_CLI_CLI_H
#define PEAKPATH_CLI_CLI_H

#include "../report/room_workshop.h"
#include <stddef.h>
#include <stdio.h>

#include "../report/csv_head.h"
#include "../report/i18n.h"
#include "../report/report.h"
#include "../sim/pp_error.h"
#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"

/* Exit codes (pp_status_exit_code maps engine statuses onto the same numbers). */
#define CLI_EXIT_OK 0
#define CLI_EXIT_FAIL 1  /* solver failure, out of memory */
#define CLI_EXIT_USAGE 2 /* bad input file, bad usage, file cannot be read or written */

/* Scenario used when no file is named, looked up by cli_find_scenario (report/report.h). */
#define CLI_DEFAULT_SCENARIO PEAKPATH_DEFAULT_SCENARIO

/* ---- commands ---- */

typedef struct cli_command cli_command;

/* A command gets its own table entry (for usage messages) and the arguments after its name:
 * argv[0] is the command name. Returns the process exit code. */
typedef int (*cli_cmd_fn)(const cli_command *self, int argc, char **argv);

struct cli_command {
    const char *name;  /* "run" */
    cli_cmd_fn fn;
    const char *args;  /* usage after the name: "FILE [--format table|csv|json] [-o OUT] [--force]" */
    const char *help;  /* one line */
};

/* ---- entry point (cli/main.c) ---- */

/* The interactive screens the command line opens. The program's main() (main.c) fills them from
 * tui/, so that cli/ never includes tui/; a NULL pointer means "not in this build". */
typedef struct {
    /* `peakpath [FILE.ini]`: the TUI on file in language lang ("zh", "en", NULL: the locale). */
    int (*scenario)(const char *file, const char *lang);
    /* `peakpath room DIR`: the room screen on dir, reading it every interval_ms; participants'
     * files may inherit only files in dir and in the NULL-terminated folders allow. */
    int (*room)(const room_args *a); /* report/room_workshop.h */
    /* `peakpath join DIR --name NAME`: the TUI in participant mode (tui/join.h). */
    int (*join)(const char *dir, const char *name, const char *challenge, const char *lang, int resume);
} cli_screens;

/* Parses argv as `peakpath` does (global options, a command, or a scenario file for the TUI) and
 * returns the process exit code. screens may be NULL (then opening a screen fails with a message). */
int cli_main(int argc, char **argv, const cli_screens *screens);

/* Every write to stdout is checked: flushes stdout and, when that or any earlier write failed
 * (a full disk, a closed pipe), prints "peakpath: cannot write the output: REASON" and returns
 * CLI_EXIT_USAGE in place of a code of 0 (another code is kept: that command has already said
 * what failed). cli_main ends with it; main()
 * also checks fclose(stdout). */
int cli_check_stdout(int code);

/* The screens of the cli_main call under way (NULL outside one); for commands that open one. */
const cli_screens *cli_screens_get(void);

/* Commands of cli/cli_run.c and cli/main.c. */
int cmd_run(const cli_command *self, int argc, char **argv);
int cmd_check(const cli_command *self, int argc, char **argv);
int cmd_new(const cli_command *self, int argc, char **argv);
int cmd_keys(const cli_command *self, int argc, char **argv);
int cmd_seek(const cli_command *self, int argc, char **argv);      /* cli/cmd_seek.c */
int cmd_mc(const cli_command *self, int argc, char **argv);        /* cli/cmd_mc.c */
int cmd_mc_merge(const cli_command *self, int argc, char **argv);  /* cli/cmd_mc_merge.c */
int cmd_decompose(const cli_command *self, int argc, char **argv); /* cli/cmd_decompose.c */
int cmd_compare(const cli_command *self, int argc, char **argv);   /* cli/cmd_compare.c */
int cmd_sensitivity(const cli_command *self, int argc, char **argv); /* cli/cmd_sensitivity.c */
int cmd_mac(const cli_command *self, int argc, char **argv);       /* cli/cmd_mac.c */
int cmd_export(const cli_command *self, int argc, char **argv);    /* cli/cmd_export.c */
int cmd_room(const cli_command *self, int argc, char **argv);      /* cli/cmd_room.c */
int cmd_join(const cli_command *self, int argc, char **argv);      /* cli/cmd_join.c */

/* ---- language (cli/cli_lang.c) ---- */

/* Takes every `--lang X` / `--lang=X` out of argv, wherever it stands (before or after the
 * command; not after a "--"), and sets the language of this cli_main call: the last --lang given,
 * else $PEAKPATH_LANG, else the locale (i18n_pick: LC_ALL, LC_MESSAGES, LANG beginning with zh).
 * A bad PEAKPATH_LANG is named on stderr and ignored. Returns CLI_EXIT_OK, or CLI_EXIT_USAGE after
 * a message for a --lang without a value or with one other than zh/en. cli_main calls it first. */
int cli_lang_take(int *argc, char **argv);

/* The language chosen by cli_lang_take (LANG_EN before it ran); cli_zh: it is Chinese. */
i18n_lang cli_lang(void);
int cli_zh(void);

/* "zh"/"en" when the language was asked for (--lang or PEAKPATH_LANG), NULL when it came from the
 * locale: what the interactive screens get, so that they keep their own locale logic. */
const char *cli_lang_given(void);

/* A string of the catalogue (report/i18n_list.h, the CLI block report/i18n_cli_list.h) in the
 * chosen language; never NULL. */
const char *cli_tr(i18n_id id);

/* ---- output options (cli/cli_common.c) ---- */

/* The CLI's names for the report layer's formats (report/report.h). */
typedef report_format cli_format;
#define CLI_FMT_TABLE REPORT_FMT_TABLE
#define CLI_FMT_CSV REPORT_FMT_CSV
#define CLI_FMT_JSON REPORT_FMT_JSON

typedef struct {
    cli_format format;    /* default CLI_FMT_TABLE */
    const char *out_path; /* NULL or "-": stdout */
    int force;            /* --force: -o may replace an existing file */
    int bom;              /* --bom: UTF-8 byte order mark before CSV (for Excel) */
    csv_headers headers;  /* --headers names|en|zh: CSV header row (report/csv_head.h); default names */
} cli_output_opts;

/* Sets the defaults (table to stdout, no force, no BOM). */
void cli_output_opts_init(cli_output_opts *o);

/* "table"/"csv"/"json" (case-insensitive) into *out. Returns 0, or -1 for anything else. */
int cli_parse_format(const char *text, cli_format *out);

/* Tries argv[*i] as an output option: --format F, --format=F, -f F, -o OUT, --output OUT,
 * --output=OUT, --force, --bom, --headers H. On a match stores it, advances *i past a value it used and
 * returns 1; returns 0 when argv[*i] is not an output option; returns -1 after printing a usage
 * error (bad format, missing value) - the caller then exits CLI_EXIT_USAGE. */
int cli_take_output_opt(const cli_command *cmd, int argc, char **argv, int *i, cli_output_opts *o);

/* Writes something to a stream; returns PP_OK or fills err (report/report.h). */
typedef report_writer cli_writer;

/* Runs writer into stdout, or, with o->out_path set (and not "-"), into memory and then
 * atomically into that file (report/save.c), refusing to replace an existing file unless
 * o->force. With --bom and --format csv the output starts with a UTF-8 byte order mark (so every
 * command's CSV honours --bom; the writers do not write one themselves). Prints any error to
 * stderr. Returns the exit code. The bytes are the same either way. */
int cli_emit(const char *cmd_name, const cli_output_opts *o, cli_writer writer, const void *ctx);

/* Refuses early (message, CLI_EXIT_USAGE) --bom or --headers without --format csv, --headers for
 * a command whose CSV has fixed column names (all but run, compare, mc, mc-merge), and when -o
 * names an existing file and --force is not
 * given, or names an input of the command (a file named on the command line, or a scenario or
 * parent it read) even with --force, so a long command fails before its work rather than after.
 * CLI_EXIT_OK otherwise. cli_emit checks again when it writes (and save_atomic refuses links,
 * FIFOs, devices and folders). */
int cli_output_precheck(const char *cmd_name, const cli_output_opts *o);

/* ---- inputs (never replaced by -o) ---- */

/* Forgets the inputs (cli_main does this on entry). */
void cli_inputs_reset(void);

/* Records file (when it exists) as an input of the command under way. */
void cli_note_input(const char *file);

/* Records the file of s and of each of its parents as inputs. s may be NULL. */
void cli_note_scenario(const scn_scenario *s);

/* ---- messages ---- */

/* printf to stderr through the terminal sanitiser (report/safe_text.h): control bytes and C1
 * controls in file names and values are shown escaped, never sent raw. */
void cli_eprintf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Prints "peakpath: " + the error rendered by report/error_text.h in the CLI's language (cli_lang)
 * to stderr (sanitised). */
void cli_print_error(const pp_error *err);

/* The message of err alone (no location) in the CLI's language (cli_lang), into buf. Returns buf. */
const char *cli_error_message(const pp_error *err, char *buf, size_t size);
/* cli_error_message into a buffer that lives until the end of the enclosing block. */
#define CLI_ERRMSG(err) cli_error_message((err), (char[PP_ERR_MSG_MAX]){0}, PP_ERR_MSG_MAX)

/* Prints "peakpath CMD: <message>" and the command's usage line to stderr; returns CLI_EXIT_USAGE. */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Prints "usage: peakpath NAME ARGS" to f. */
void cli_print_usage(FILE *f, const cli_command *cmd);

/* True when arg is -h or --help. */
int cli_is_help(const char *arg);

/* When arg is -h or --help, prints the command's usage line and `help` to stdout and returns 1
 * (the command then exits CLI_EXIT_OK); else returns 0. */
int cli_help_if_asked(const cli_command *cmd, const char *arg, const char *help);

/* ---- scenarios ---- */

/* Finds scenario file `name` (e.g. CLI_DEFAULT_SCENARIO) in, in order: $PEAKPATH_SCENARIOS,
 * ./scenarios/, ../scenarios/ next to the running executable (build/peakpath -> scenarios/) and,
 * in an installed build, PEAKPATH_DATADIR/scenarios (share/peakpath/scenarios). Writes the first existing path into out and returns 1; returns 0 when none
 * exists, with out holding the ./scenarios/ candidate (for the error message). */
int cli_find_scenario(const char *name, char *out, size_t size);

/* The default scenario's path in out (as cli_find_scenario finds it); when it is nowhere, prints
 * to stderr where it looked and returns 0. Used by `peakpath` and `peakpath run` without FILE. */
int cli_default_scenario(char *out, size_t size);

/* ---- load and run (cli/cli_run.c) ---- */

/* Loads file (scn_load), calibrates and runs it (run_simulate) into *r; *s is the loaded
 * scenario (free with scn_free) or NULL on failure. Prints any error. Returns the exit code. */
int cli_load_and_run(const char *file, scn_scenario **s, run_result *r);

/* cli_load_and_run into a run_result it allocates in *r (the caller frees it, also on failure;
 * *r is NULL when that allocation failed, after printing so). */
int cli_load_and_run_alloc(const char *file, scn_scenario **s, run_result **r);

/* The folders besides a room's own that its participants' files may inherit from (cli/cmd_room.c):
 * challenges (`--challenges DIR`, may be NULL) and the folder of the shipped scenarios; the list
 * in allow ends with NULL, its strings live in buf. */
typedef struct {
    char buf[2][4096];
    const char *allow[3];
} cli_room_dirs;
void cli_room_allow(const char *challenges, cli_room_dirs *d);

/* `room DIR --summary` (cli/cmd_export.c): the Markdown summary of every scenario in dir, written
 * as `export DIR --summary` writes it, inheriting only from dir and d's folders. Returns the exit code. */
int cli_room_summary(const cli_command *self, const char *dir, int zh, const cli_output_opts *out,
                     const cli_room_dirs *d);

#endif
