/* cli/cmd_export.c - the `export` command: a chart of a scenario as an SVG file for slides, or a
 * one-page Markdown summary; given a folder, the room's summary or its CO2 paths overlaid.
 * Writing goes through cli_emit (atomic, no overwrite without --force). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../report/export_md.h"
#include "../report/export_svg.h"
#include "../report/room_scan.h"

typedef struct {
    const char *target;  /* FILE or DIR */
    int chart_set, summary, zh, bands;
    svg_chart chart;
    cli_output_opts out;
    const char *challenges; /* --challenges DIR: a folder a room's files may inherit from */
} export_args;

/* ---- arguments ---- */

/* --chart C at argv[*i]: 1 taken, 0 not it, -1 usage error printed. */
static int take_chart_opt(const cli_command *self, int argc, char **argv, int *i, export_args *a)
{
    const char *v;
    if (!strncmp(argv[*i], "--chart=", 8)) v = argv[*i] + 8;
    else if (!strcmp(argv[*i], "--chart")) {
        if (*i + 1 >= argc) return cli_usage_error(self, "%s", cli_tr(S_USG_CHART_MISSING)), -1;
        v = argv[++*i];
    } else {
        return 0;
    }
    if (svg_chart_parse(v, &a->chart) != 0)
        return cli_usage_error(self, cli_tr(S_USG_CHART_BAD), v), -1;
    a->chart_set = 1;
    return 1;
}

/* Parses argv into a; returns -1 (continue), or an exit code to return at once. */
static int parse_args(const cli_command *self, int argc, char **argv, export_args *a)
{
    memset(a, 0, sizeof *a);
    a->zh = cli_zh(); /* --lang, PEAKPATH_LANG or the locale (cli/cli_lang.c) */
    cli_output_opts_init(&a->out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_EXPORT))) return CLI_EXIT_OK;
        if (!strcmp(argv[i], "--summary")) { a->summary = 1; continue; }
        if (!strcmp(argv[i], "--bands")) { a->bands = 1; continue; }
        if (!strcmp(argv[i], "--challenges")) {
            if (i + 1 >= argc) return cli_usage_error(self, "%s", cli_tr(S_USG_CHALLENGES));
            a->challenges = argv[++i];
            continue;
        }
        if ((took = take_chart_opt(self, argc, argv, &i, a)) != 0 ||
            (took = cli_take_output_opt(self, argc, argv, &i, &a->out)) != 0) {
            if (took < 0) return CLI_EXIT_USAGE;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        if (a->target) return cli_usage_error(self, cli_tr(S_USG_ONE_TARGET), a->target, argv[i]);
        a->target = argv[i];
    }
    if (!a->target) return cli_usage_error(self, "%s", cli_tr(S_USG_MISSING_TARGET));
    if (a->chart_set == a->summary) return cli_usage_error(self, "%s", cli_tr(S_USG_CHART_OR_SUMMARY));
    if (a->bands && (a->summary || a->chart != SVG_EMISSIONS))
        return cli_usage_error(self, "%s", cli_tr(S_USG_BANDS));
    if (a->out.format != CLI_FMT_TABLE || a->out.bom)
        return cli_usage_error(self, "%s", cli_tr(S_USG_EXPORT_FORMAT));
    return -1;
}

/* ---- one scenario ---- */

/* The chart, with the Monte Carlo band when --bands asks for it (sim/analysis/mc.h). */
static int export_chart(const char *cmd, const export_args *a, const scn_scenario *s, const run_result *r)
{
    mc_options mo = {1000, 1, 0, NULL, NULL, 0, 1};
    mc_result *m = a->bands ? malloc(sizeof *m) : NULL;
    pp_error err;
    pp_status st = PP_OK;
    int code;
    svg_one ctx = {s, r, a->chart, a->zh, m};
    pp_error_clear(&err);
    if (a->bands && (!m || (st = mc_run(s, &mo, m, &err)) != PP_OK)) {
        if (!m) cli_eprintf(cli_tr(S_EXP_OOM), cmd);
        else cli_print_error(&err);
        free(m);
        return m ? pp_status_exit_code(st) : CLI_EXIT_FAIL;
    }
    code = cli_emit(cmd, &a->out, svg_write, &ctx);
    free(m);
    return code;
}

static int export_file(const char *cmd, const export_args *a)
{
    scn_scenario *s;
    run_result *r;
    int code = cli_load_and_run_alloc(a->target, &s, &r);
    if (code == CLI_EXIT_OK && a->summary) {
        md_one ctx = {s, r, a->target, a->zh};
        code = cli_emit(cmd, &a->out, md_write_scenario, &ctx);
    } else if (code == CLI_EXIT_OK) {
        code = export_chart(cmd, a, s, r);
    }
    scn_free(s);
    free(r);
    return code;
}

/* ---- a room ---- */

static int export_overlay(const char *cmd, const export_args *a, const rscan_table *t)
{
    svg_overlay ov;
    memset(&ov, 0, sizeof ov);
    ov.zh = a->zh;
    for (int i = 0; i < t->n && ov.n < SVG_OVERLAY_MAX; i++) {
        if (!t->row[i]->ok) continue;
        ov.name[ov.n] = t->row[i]->who;
        ov.res[ov.n++] = t->row[i]->res;
    }
    if (ov.n == 0) {
        cli_eprintf(cli_tr(S_EXP_NONE_RUNS), cmd, t->dir);
        return CLI_EXIT_USAGE;
    }
    return cli_emit(cmd, &a->out, svg_write_overlay, &ov);
}

/* Summary or overlay of every *.ini in dir (broken files are listed, never fatal). Shared with
 * `room DIR --summary`. */
static int export_room(const char *cmd, const export_args *a, const cli_room_dirs *d)
{
    rscan_table *t = malloc(sizeof *t);
    cli_room_dirs own;
    pp_error e;
    int code;
    if (!t) return CLI_EXIT_FAIL;
    if (!d) cli_room_allow(a->challenges, &own), d = &own;
    rscan_init(t, a->target);
    for (int i = 0; d->allow[i]; i++) rscan_allow_dir(t, d->allow[i]);
    pp_error_clear(&e);
    if (rscan_update(t, &e) < 0) {
        cli_print_error(&e);
        free(t);
        return CLI_EXIT_USAGE;
    }
    rscan_sort(t, RSCAN_COL_WHO, 0);
    if (a->summary) {
        md_room ctx = {t, a->zh};
        code = cli_emit(cmd, &a->out, md_write_room, &ctx);
    } else if (a->chart != SVG_EMISSIONS) {
        fprintf(stderr, cli_tr(S_EXP_FOLDER_CHART), cmd);
        code = CLI_EXIT_USAGE;
    } else {
        code = export_overlay(cmd, a, t);
    }
    rscan_free(t);
    free(t);
    return code;
}

int cmd_export(const cli_command *self, int argc, char **argv)
{
    export_args a;
    struct stat sb;
    int code = parse_args(self, argc, argv, &a);
    if (code >= 0) return code;
    code = cli_output_precheck(self->name, &a.out);
    if (code != CLI_EXIT_OK) return code;
    if (stat(a.target, &sb) == 0 && S_ISDIR(sb.st_mode)) return export_room(self->name, &a, NULL);
    return export_file(self->name, &a);
}

/* `room DIR --summary`: the same as `export DIR --summary`. */
int cli_room_summary(const cli_command *self, const char *dir, int zh, const cli_output_opts *out,
                     const cli_room_dirs *d)
{
    export_args a;
    int code;
    memset(&a, 0, sizeof a);
    a.target = dir;
    a.summary = 1;
    a.zh = zh;
    a.out = *out;
    code = cli_output_precheck(self->name, &a.out);
    return code != CLI_EXIT_OK ? code : export_room(self->name, &a, d);
}
