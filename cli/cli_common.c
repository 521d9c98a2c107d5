/* cli/cli_common.c - helpers every CLI command shares: output options (--format, -o, --force,
 * --bom), writing output to stdout or atomically to a file, error and usage messages, and the
 * lookup of scenario files. No model numbers here. */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../report/csv_head.h"
#include "../report/error_text.h"
#include "../report/safe_text.h"
#include "../report/save.h"

/* ---- inputs ---- */

#define CLI_INPUTS_MAX 64 /* files a command reads that -o must not replace (more are not tracked) */

/* The one piece of mutable state here: which files the command under way reads, by device and
 * inode, so -o INPUT --force is refused whatever name it is given by. */
static struct {
    dev_t dev;
    ino_t ino;
} inputs[CLI_INPUTS_MAX];
static int n_inputs;

void cli_inputs_reset(void)
{
    n_inputs = 0;
}

void cli_note_input(const char *file)
{
    struct stat st;
    if (!file || n_inputs >= CLI_INPUTS_MAX || stat(file, &st) != 0 || !S_ISREG(st.st_mode)) return;
    inputs[n_inputs].dev = st.st_dev;
    inputs[n_inputs++].ino = st.st_ino;
}

void cli_note_scenario(const scn_scenario *s)
{
    for (; s; s = scn_parent(s))
        if (scn_file(s)[0]) cli_note_input(scn_file(s));
}

/* True when path is (a name of) one of the inputs. */
static int is_input(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return 0;
    for (int i = 0; i < n_inputs; i++)
        if (inputs[i].dev == st.st_dev && inputs[i].ino == st.st_ino) return 1;
    return 0;
}

/* ---- messages ---- */

/* vfprintf to stderr through the terminal sanitiser: messages quote file names and values, and
 * a file named with ESC c must not reset the user's terminal. */
static void eprint_v(const char *fmt, va_list ap)
{
    char buf[4 * PP_ERR_MSG_MAX + 2 * PP_ERR_FILE_MAX];
    vsnprintf(buf, sizeof buf, fmt, ap);
    txt_fputs_term(stderr, buf, 1);
}

void cli_eprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    eprint_v(fmt, ap);
    va_end(ap);
}

void cli_print_error(const pp_error *err)
{
    char buf[4 * (PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 2 * PP_ERR_NAME_MAX + 32)]; /* Chinese takes 3 bytes a character */
    cli_eprintf("%s%s\n", cli_zh() ? "peakpath：" : "peakpath: ", error_text(err, cli_lang(), buf, sizeof buf));
}

const char *cli_error_message(const pp_error *err, char *buf, size_t size)
{
    return error_message(err, cli_lang(), buf, size);
}

void cli_print_usage(FILE *f, const cli_command *cmd)
{
    fprintf(f, "%speakpath %s%s%s\n", cli_tr(S_CLI_USAGE), cmd->name, cmd->args[0] ? " " : "", cmd->args);
}

int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "peakpath %s%s", cmd->name, cli_zh() ? "：" : ": ");
    va_start(ap, fmt);
    eprint_v(fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    cli_print_usage(stderr, cmd);
    return CLI_EXIT_USAGE;
}

int cli_is_help(const char *arg)
{
    return !strcmp(arg, "-h") || !strcmp(arg, "--help");
}

int cli_help_if_asked(const cli_command *cmd, const char *arg, const char *help)
{
    if (!cli_is_help(arg)) return 0;
    cli_print_usage(stdout, cmd);
    fputs(help, stdout);
    /* every command takes --lang (cli/cli_lang.c); a command whose help explains its own default
     * (join: the workshop file's language) keeps that line alone */
    if (!strstr(help, "--lang")) fputs(cli_tr(S_HELP_LANG_LINE), stdout);
    return 1;
}

/* ---- output options ---- */

void cli_output_opts_init(cli_output_opts *o)
{
    o->format = CLI_FMT_TABLE;
    o->out_path = NULL;
    o->force = 0;
    o->bom = 0;
    o->headers = CSV_HEAD_NAMES;
}

int cli_parse_format(const char *text, cli_format *out)
{
    static const char *const names[] = {"table", "csv", "json"};
    for (int i = 0; i < 3; i++) {
        if (!strcasecmp(text, names[i])) {
            *out = (cli_format)i;
            return 0;
        }
    }
    return -1;
}

/* The value of an option given as "--opt=value" (returns value) or "--opt value" (consumes the
 * next argument). NULL when the option does not match or has no value (*missing set). */
static const char *opt_value(const char *lng, const char *shrt, int argc, char **argv, int *i, int *missing)
{
    const char *a = argv[*i];
    size_t n = strlen(lng);
    *missing = 0;
    if (!strncmp(a, lng, n) && a[n] == '=') return a + n + 1;
    if (strcmp(a, lng) && (!shrt || strcmp(a, shrt))) return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

int cli_take_output_opt(const cli_command *cmd, int argc, char **argv, int *i, cli_output_opts *o)
{
    const char *v;
    int missing;
    if (!strcmp(argv[*i], "--force")) return o->force = 1;
    if (!strcmp(argv[*i], "--bom")) return o->bom = 1;
    v = opt_value("--headers", NULL, argc, argv, i, &missing);
    if (missing) return cli_usage_error(cmd, cli_tr(S_CLI_NEEDS_VALUE), argv[*i]), -1;
    if (v) {
        if (csv_head_parse(v, &o->headers) != 0) return cli_usage_error(cmd, cli_tr(S_CLI_HEADERS_BAD), v), -1;
        return 1;
    }
    v = opt_value("--format", "-f", argc, argv, i, &missing);
    if (missing) return cli_usage_error(cmd, cli_tr(S_CLI_FORMAT_MISSING), argv[*i]), -1;
    if (v) {
        if (cli_parse_format(v, &o->format) != 0) return cli_usage_error(cmd, cli_tr(S_CLI_FORMAT_BAD), v), -1;
        return 1;
    }
    v = opt_value("--output", "-o", argc, argv, i, &missing);
    if (missing) return cli_usage_error(cmd, cli_tr(S_CLI_OUTPUT_MISSING), argv[*i]), -1;
    if (v) {
        if (!v[0]) return cli_usage_error(cmd, cli_tr(S_CLI_OUTPUT_MISSING), "-o"), -1;
        o->out_path = v;
        return 1;
    }
    return 0;
}

/* ---- writing ---- */

static int to_stdout(const cli_output_opts *o)
{
    return !o->out_path || !strcmp(o->out_path, "-");
}

/* The commands whose CSV has a header row --headers can change (the others' CSV are fixed records:
 * key tables, one seek, one decomposition). */
static int has_csv_headers(const char *cmd_name)
{
    static const char *const names[] = {"run", "compare", "mc", "mc-merge"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(names[i], cmd_name)) return 1;
    return 0;
}

int cli_output_precheck(const char *cmd_name, const cli_output_opts *o)
{
    struct stat st;
    if ((o->bom || o->headers != CSV_HEAD_NAMES) && o->format != CLI_FMT_CSV) {
        cli_eprintf("peakpath %s%s%s\n", cmd_name, cli_zh() ? "：" : ": ", cli_tr(S_CLI_HEADERS_CSV));
        return CLI_EXIT_USAGE;
    }
    if (o->headers != CSV_HEAD_NAMES && !has_csv_headers(cmd_name)) {
        cli_eprintf(cli_tr(S_CLI_HEADERS_FIXED), cmd_name);
        return CLI_EXIT_USAGE;
    }
    if (!to_stdout(o) && is_input(o->out_path)) {
        cli_eprintf(cli_tr(S_CLI_IS_INPUT), cmd_name, o->out_path);
        return CLI_EXIT_USAGE;
    }
    if (to_stdout(o) || o->force || lstat(o->out_path, &st) != 0) return CLI_EXIT_OK;
    cli_eprintf(cli_tr(S_CLI_EXISTS), cmd_name, o->out_path);
    return CLI_EXIT_USAGE;
}

/* Collects the writer's bytes in memory, then saves them atomically. */
static pp_status emit_file(const cli_output_opts *o, cli_writer writer, const void *ctx, pp_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    pp_status rc;
    FILE *mf;
    if (is_input(o->out_path)) {
        pp_error_set(err, PP_ERR_USAGE, OUTPUT_IS_INPUT);
        pp_error_where(err, o->out_path, NULL, NULL, 0);
        return PP_ERR_USAGE;
    }
    if (!(mf = open_memstream(&buf, &len))) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    rc = writer(mf, ctx, err);
    if (fclose(mf) != 0 && rc == PP_OK) rc = pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    if (rc == PP_OK) rc = save_atomic(o->out_path, buf, len, o->force, err);
    free(buf);
    return rc;
}

/* A writer behind a UTF-8 byte order mark: --bom for every command that writes CSV. */
typedef struct {
    cli_writer writer;
    const void *ctx;
} bom_writer;

static pp_status write_with_bom(FILE *f, const void *ctx, pp_error *err)
{
    const bom_writer *b = ctx;
    fputs("\xEF\xBB\xBF", f);
    return b->writer(f, b->ctx, err);
}

int cli_emit(const char *cmd_name, const cli_output_opts *o, cli_writer writer, const void *ctx)
{
    bom_writer b = {writer, ctx};
    if (o->bom && o->format == CLI_FMT_CSV) writer = write_with_bom, ctx = &b;
    char buf[4 * (PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 2 * PP_ERR_NAME_MAX + 32)];
    pp_error err;
    pp_status rc;
    pp_error_clear(&err);
    rc = to_stdout(o) ? writer(stdout, ctx, &err) : emit_file(o, writer, ctx, &err);
    if (rc == PP_OK) return CLI_EXIT_OK;
    cli_eprintf("peakpath %s%s%s%s\n", cmd_name, cli_zh() ? "：" : ": ", error_text(&err, cli_lang(), buf, sizeof buf),
            rc == PP_ERR_USAGE && !o->force && err.msg.id == PPM_SAVE_EXISTS ? cli_tr(S_CLI_USE_FORCE) : "");
    return pp_status_exit_code(rc);
}

/* ---- scenario lookup ---- */

/* Writes dir/name into out; returns 1 when that file exists and is readable. */
static int try_dir(const char *dir, const char *name, char *out, size_t size)
{
    if (snprintf(out, size, "%s/%s", dir, name) >= (int)size) return 0;
    return access(out, R_OK) == 0;
}

/* Directory "../scenarios" beside the running executable (Linux /proc/self/exe), into dir.
 * Returns 0 when the executable's path is unknown. */
static int exe_scenarios_dir(char *dir, size_t size)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash;
    if (n <= 0) return 0;
    exe[n] = '\0';
    slash = strrchr(exe, '/');
    if (!slash) return 0;
    *slash = '\0';
    return snprintf(dir, size, "%s/../scenarios", exe) < (int)size;
}

int cli_find_scenario(const char *name, char *out, size_t size)
{
    const char *env = getenv("PEAKPATH_SCENARIOS");
    char dir[4096];
    if (env && env[0] && try_dir(env, name, out, size)) return 1;
    if (try_dir("scenarios", name, out, size)) return 1;
    if (exe_scenarios_dir(dir, sizeof dir) && try_dir(dir, name, out, size)) return 1;
#ifdef PEAKPATH_DATADIR /* set by the Makefile from PREFIX: where `make install` puts the scenarios */
    if (try_dir(PEAKPATH_DATADIR "/scenarios", name, out, size)) return 1;
#endif
    try_dir("scenarios", name, out, size); /* leaves the candidate the error message names */
    return 0;
}

int cli_default_scenario(char *out, size_t size)
{
    if (cli_find_scenario(CLI_DEFAULT_SCENARIO, out, size)) return 1;
#ifdef PEAKPATH_DATADIR
    fprintf(stderr, cli_tr(S_CLI_NO_DEFAULT), CLI_DEFAULT_SCENARIO, cli_tr(S_CLI_AND), PEAKPATH_DATADIR "/scenarios");
#else
    fprintf(stderr, cli_tr(S_CLI_NO_DEFAULT), CLI_DEFAULT_SCENARIO, "", "");
#endif
    return 0;
}
