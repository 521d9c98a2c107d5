/* cli/cmd_room.c - the `room` command: the facilitator's live view of a folder of participants'
 * scenario files (the room screen, tui/room.c, reached through cli_screens), or with --summary a one-page Markdown summary of the room. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_room_allow(const char *challenges, cli_room_dirs *d)
{
    char path[4096];
    int n = 0;
    if (challenges && challenges[0]) {
        snprintf(d->buf[0], sizeof d->buf[0], "%s", challenges);
        d->allow[n++] = d->buf[0];
    }
    if (cli_find_scenario(CLI_DEFAULT_SCENARIO, path, sizeof path)) { /* the shipped scenarios' folder */
        char *slash = strrchr(path, '/');
        if (slash) *slash = '\0';
        snprintf(d->buf[1], sizeof d->buf[1], "%s", slash ? path : ".");
        d->allow[n++] = d->buf[1];
    }
    d->allow[n] = NULL;
}

/* Parses --interval MS; returns 0 and sets *ms, or -1 for a bad value. */
static int parse_ms(const char *v, int *ms)
{
    char *end;
    long n = strtol(v, &end, 10);
    if (*end || n < 100 || n > 600000) return -1;
    *ms = (int)n;
    return 0;
}

/* One option at argv[*i]: 1 taken, 0 not an option of room, -1 usage error printed. */
static int take_room_opt(const cli_command *self, int argc, char **argv, int *i, const char **lang, int *ms,
                         const char **challenges, room_args *ra)
{
    const char *a = argv[*i];
    if (!strcmp(a, "--answers") || !strcmp(a, "--html")) {
        if (*i + 1 >= argc) return cli_usage_error(self, cli_tr(S_CLI_NEEDS_VALUE), a), -1;
        if (a[2] == 'a') ra->answers = argv[++*i];
        else ra->html = argv[++*i];
        return 1;
    }
    if (!strcmp(a, "--lang") || !strcmp(a, "--interval") || !strcmp(a, "--challenges")) {
        if (*i + 1 >= argc) return cli_usage_error(self, cli_tr(S_CLI_NEEDS_VALUE), a), -1;
        if (a[2] == 'l') *lang = argv[++*i];
        else if (a[2] == 'c') *challenges = argv[++*i];
        else if (parse_ms(argv[++*i], ms)) return cli_usage_error(self, cli_tr(S_USG_INTERVAL), argv[*i]), -1;
        return 1;
    }
    if (!strncmp(a, "--lang=", 7)) {
        *lang = a + 7;
        return 1;
    }
    return 0;
}

int cmd_room(const cli_command *self, int argc, char **argv)
{
    const char *dir = NULL, *lang = NULL, *challenges = NULL;
    int ms = 1000, summary = 0;
    cli_room_dirs dirs;
    cli_output_opts o;
    room_args ra = {0};
    cli_output_opts_init(&o);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_ROOM))) return CLI_EXIT_OK;
        if (!strcmp(argv[i], "--summary")) { summary = 1; continue; }
        if ((took = take_room_opt(self, argc, argv, &i, &lang, &ms, &challenges, &ra)) != 0 ||
            (took = cli_take_output_opt(self, argc, argv, &i, &o)) != 0) {
            if (took < 0) return CLI_EXIT_USAGE;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        if (dir) return cli_usage_error(self, cli_tr(S_USG_ONE_DIR), dir, argv[i]);
        dir = argv[i];
    }
    if (!dir) return cli_usage_error(self, "%s", cli_tr(S_USG_MISSING_DIR));
    if (lang && strcmp(lang, "zh") && strcmp(lang, "en")) return cli_usage_error(self, "--lang '%s': expected zh or en", lang);
    if (!summary && (o.out_path || o.force || o.bom || o.format != CLI_FMT_TABLE))
        return cli_usage_error(self, "%s", cli_tr(S_USG_ROOM_SUMMARY));
    if (summary && (o.format != CLI_FMT_TABLE || o.bom))
        return cli_usage_error(self, "%s", cli_tr(S_USG_ROOM_MD));
    cli_room_allow(challenges, &dirs);
    if (!lang) lang = cli_lang_given(); /* --lang anywhere, or PEAKPATH_LANG (cli/cli_lang.c) */
    if (summary) return cli_room_summary(self, dir, lang ? !strcmp(lang, "zh") : cli_zh(), &o, &dirs);
    {
        const cli_screens *screens = cli_screens_get();
        if (!screens || !screens->room) {
            fputs(cli_tr(S_CLI_NO_SCREEN), stderr);
            return CLI_EXIT_FAIL;
        }
        ra.dir = dir;
        ra.lang = lang;
        ra.interval_ms = ms;
        ra.allow = dirs.allow;
        return screens->room(&ra);
    }
}
