/* cli/cmd_join.c - the `join` command: a participant joins a workshop room. Opens the TUI in
 * participant mode (tui/join.h, reached through cli_screens) on the room's current challenge;
 * `s` saves to DIR/NAME.ini. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static const char join_help[] =
    "Joins the workshop room DIR as participant NAME: opens the room's current challenge (from\n"
    "DIR/workshop.ini and the round the facilitator's room is in) in the interactive view; `s`\n"
    "saves your scenario to DIR/NAME.ini (round 2 and later: DIR/NAME@2.ini ...), inheriting the\n"
    "challenge by a path relative to DIR and named \"NAME: challenge\". The challenge file is never\n"
    "written. A name already taken is refused. With a workshop file the title bar shows the round\n"
    "and its time left, and the next round's challenge opens when the facilitator moves on; a save\n"
    "after the round closed goes to DIR/late/.\n"
    "  --name NAME        your name: 1 to 32 bytes, no spaces, '/', '@' or '.' (Chinese is fine)\n"
    "  --challenge FILE   the challenge when DIR has no workshop file\n"
    "  --resume           reopen DIR/NAME.ini when it is your own file (after closing the view)\n"
    "  --lang zh|en       language (default: the workshop file's, else the locale)\n";

int cmd_join(const cli_command *self, int argc, char **argv)
{
    const char *dir = NULL, *name = NULL, *challenge = NULL, *lang = NULL;
    const cli_screens *screens;
    int resume = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_help_if_asked(self, a, join_help)) return CLI_EXIT_OK;
        if (!strcmp(a, "--resume")) {
            resume = 1;
            continue;
        }
        if (!strcmp(a, "--name") || !strcmp(a, "--challenge") || !strcmp(a, "--lang")) {
            if (i + 1 >= argc) return cli_usage_error(self, "%s needs a value", a);
            if (a[2] == 'n') name = argv[++i];
            else if (a[2] == 'c') challenge = argv[++i];
            else lang = argv[++i];
            continue;
        }
        if (!strncmp(a, "--lang=", 7)) {
            lang = a + 7;
            continue;
        }
        if (a[0] == '-' && a[1]) return cli_usage_error(self, "unknown option '%s'", a);
        if (dir) return cli_usage_error(self, "one folder DIR only (got '%s' and '%s')", dir, a);
        dir = a;
    }
    if (!dir) return cli_usage_error(self, "missing the room folder DIR");
    if (!name) return cli_usage_error(self, "missing --name NAME");
    if (lang && strcmp(lang, "zh") && strcmp(lang, "en")) return cli_usage_error(self, "--lang '%s': expected zh or en", lang);
    screens = cli_screens_get();
    if (!screens || !screens->join) {
        fprintf(stderr, "peakpath join: this build has no interactive screen\n");
        return CLI_EXIT_FAIL;
    }
    return screens->join(dir, name, challenge, lang, resume);
}
