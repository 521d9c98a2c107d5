/* cli/cli_lang.c - the language of the command line: `--lang zh|en` anywhere on it (before or after
 * the command), else $PEAKPATH_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG); and the CLI's
 * strings in that language from the catalogue (report/i18n_cli_list.h). No model numbers here. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* The language of the cli_main call under way, and the name it was asked for by (--lang or
 * PEAKPATH_LANG; NULL when it came from the locale) - the one piece of language state, set once
 * per call by cli_lang_take before any command runs. */
static i18n_lang cur_lang = LANG_EN;
static const char *cur_given;

/* "zh"/"en" (also zh_CN, chinese, english: i18n_pick) as a language; -1 for anything else. */
static int lang_of(const char *v)
{
    return v ? i18n_pick(v) : -1;
}

/* The value of a --lang option at argv[i] and how many arguments it takes (2 for "--lang X",
 * 1 for "--lang=X"); 0 when argv[i] is not --lang. *missing is set for a --lang with no value. */
static int lang_opt(int argc, char **argv, int i, const char **value, int *missing)
{
    *missing = 0;
    if (!strncmp(argv[i], "--lang=", 7)) {
        *value = argv[i] + 7;
        return 1;
    }
    if (strcmp(argv[i], "--lang")) return 0;
    if (i + 1 >= argc) {
        *missing = 1;
        return 1;
    }
    *value = argv[i + 1];
    return 2;
}

int cli_lang_take(int *argc, char **argv)
{
    const char *env = getenv("PEAKPATH_LANG");
    int i = 1;
    cur_given = NULL;
    cur_lang = (i18n_lang)i18n_pick(NULL);
    if (env && *env) {
        if (lang_of(env) < 0) cli_eprintf(cli_tr(S_CLI_BAD_LANG_ENV), env);
        else cur_given = env, cur_lang = (i18n_lang)lang_of(env);
    }
    while (i < *argc && strcmp(argv[i], "--")) { /* after "--" every argument is a plain one */
        const char *v = NULL;
        int missing, n = lang_opt(*argc, argv, i, &v, &missing);
        if (!n) {
            i++;
            continue;
        }
        if (missing || lang_of(v) < 0) {
            if (missing) cli_eprintf("peakpath: %s\n", cli_tr(S_CLI_LANG_MISSING));
            else cli_eprintf(cli_tr(S_CLI_LANG_BAD), v);
            return CLI_EXIT_USAGE;
        }
        cur_given = v;
        cur_lang = (i18n_lang)lang_of(v);
        for (int k = i; k + n < *argc; k++) argv[k] = argv[k + n];
        *argc -= n;
    }
    return CLI_EXIT_OK;
}

i18n_lang cli_lang(void)
{
    return cur_lang;
}

int cli_zh(void)
{
    return cur_lang == LANG_ZH;
}

const char *cli_lang_given(void)
{
    if (!cur_given) return NULL;
    return cur_lang == LANG_ZH ? "zh" : "en";
}

const char *cli_tr(i18n_id id)
{
    return i18n_str(id, cur_lang);
}
