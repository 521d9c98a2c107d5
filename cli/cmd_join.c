/* cli/cmd_join.c - the `join` command: a participant joins a workshop room. Opens the TUI in
 * participant mode (tui/join.h, reached through cli_screens) on the room's current challenge;
 * `s` saves to DIR/NAME.ini. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

int cmd_join(const cli_command *self, int argc, char **argv)
{
    const char *dir = NULL, *name = NULL, *challenge = NULL, *lang = NULL;
    const cli_screens *screens;
    int resume = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (cli_help_if_asked(self, a, cli_tr(S_HELP_JOIN))) return CLI_EXIT_OK;
        if (!strcmp(a, "--resume")) {
            resume = 1;
            continue;
        }
        if (!strcmp(a, "--name") || !strcmp(a, "--challenge") || !strcmp(a, "--lang")) {
            if (i + 1 >= argc) return cli_usage_error(self, cli_tr(S_CLI_NEEDS_VALUE), a);
            if (a[2] == 'n') name = argv[++i];
            else if (a[2] == 'c') challenge = argv[++i];
            else lang = argv[++i];
            continue;
        }
        if (!strncmp(a, "--lang=", 7)) {
            lang = a + 7;
            continue;
        }
        if (a[0] == '-' && a[1]) return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), a);
        if (dir) return cli_usage_error(self, cli_tr(S_USG_ONE_DIR), dir, a);
        dir = a;
    }
    if (!dir) return cli_usage_error(self, "%s", cli_tr(S_USG_JOIN_DIR));
    if (!name) return cli_usage_error(self, "%s", cli_tr(S_USG_MISSING_NAME));
    if (lang && strcmp(lang, "zh") && strcmp(lang, "en")) return cli_usage_error(self, "--lang '%s': expected zh or en", lang);
    screens = cli_screens_get();
    if (!screens || !screens->join) {
        fprintf(stderr, "peakpath join: this build has no interactive screen\n");
        return CLI_EXIT_FAIL;
    }
    return screens->join(dir, name, challenge, lang, resume);
}
