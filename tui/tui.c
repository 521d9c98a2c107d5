/* tui/tui.c - the TUI's entry: locale, language, the terminal (tui/term.c sets it up and restores
 * it on every way out), and the main loop: compute, draw, wait for a key, dispatch. */
#include "tui.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../report/report.h"
#include "app.h"
#include "curses_wide.h"
#include "input.h"
#include "term.h"

#define DEFAULT_SCENARIO "scenarios/" PEAKPATH_DEFAULT_SCENARIO

static void loop(app *a)
{
    int dirty = 1;
    app_compute(a); /* compute before the frame, never inside it */
    while (!a->quit && !term_quit_signal()) {
        wint_t ch;
        int r;
        if (dirty) {
            app_draw(a);
            join_draw(a);
            inp_draw_prompt(a);
            refresh();
            dirty = 0;
        }
        timeout(play_wait_ms(a, APP_KEY_WAIT_MS)); /* wakes for the next playback year, no busy wait */
        r = get_wch(&ch);
        if (play_tick(a)) dirty = 1;
        if (join_tick(a)) { /* participant mode: the round's countdown, the next round (tui/join.c) */
            app_compute(a);
            dirty = 1;
        }
        if (r == ERR) {
            term_hung_up(); /* sets the quit signal: the loop ends */
            continue;
        }
        inp_handle(a, r == KEY_CODE_YES, ch);
        app_compute(a);
        dirty = 1;
    }
}

/* ---- entry ---- */

/* Loads the scenario before the terminal is touched, so a bad file is a plain stderr message. */
static app *prepare(const char *file, i18n_lang lang, int utf8, int *code)
{
    app *a = app_new(lang, utf8, 0);
    pp_error err;
    char buf[PP_ERR_MSG_MAX + 400];
    if (!a) {
        fprintf(stderr, "peakpath: out of memory\n");
        *code = 1;
        return NULL;
    }
    pp_error_clear(&err);
    if (app_load(a, file, &err) != PP_OK) {
        fprintf(stderr, "peakpath: %s\n", error_text(&err, lang, buf, sizeof buf));
        *code = pp_status_exit_code(err.code);
        app_free(a);
        return NULL;
    }
    return a;
}

/* The user's locale; when it names UTF-8 but is not installed (zh_CN.UTF-8 on a minimal system),
 * C.UTF-8 still gives the character set, and the language comes from the name (i18n_pick). */
static void set_locale(void)
{
    const char *names[] = {getenv("LC_ALL"), getenv("LC_CTYPE"), getenv("LANG")};
    if (setlocale(LC_ALL, "")) return;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!names[i] || !*names[i]) continue;
        if (term_locale_name_is_utf8(names[i])) setlocale(LC_CTYPE, "C.UTF-8");
        return;
    }
}

int tui_main(const char *scenario_file, const char *lang)
{
    return tui_run(scenario_file, lang, NULL);
}

int tui_join_main(const char *dir, const char *name, const char *challenge, const char *lang, int resume)
{
    tui_join j = {dir, name, challenge, resume};
    return tui_run(NULL, lang, &j);
}

int tui_run(const char *scenario_file, const char *lang, const tui_join *join)
{
    int pick, utf8, code = 0, color = 0;
    char join_file[APP_PATH_MAX], msg[APP_PATH_MAX + 200];
    join_state js;
    app *a;
    set_locale();
    pick = i18n_pick(lang);
    if (pick < 0) {
        fprintf(stderr, "peakpath: unknown language '%s': expected zh or en\n", lang);
        return 2;
    }
    utf8 = term_utf8();
    if (join) { /* participant mode: the room's current challenge, or the participant's own file */
        rws_workshop ws;
        rws_error we;
        if (!lang && rws_load(join->dir, &ws, &we) == 1 && ws.lang[0]) pick = i18n_pick(ws.lang);
        code = join_prepare(&js, join->dir, join->name, join->challenge, join->resume, utf8 && pick == LANG_ZH,
                            join_file, sizeof join_file, msg, sizeof msg);
        if (code) {
            fprintf(stderr, "peakpath join: %s\n", msg);
            return code;
        }
        scenario_file = join_file;
    }
    if (!utf8) pick = LANG_EN; /* Chinese cannot be shown without UTF-8 */
    if (!(a = prepare(scenario_file ? scenario_file : DEFAULT_SCENARIO, (i18n_lang)pick, utf8, &code)))
        return code;
    if (join) {
        a->join = js;
        join_loaded(a);
    }
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fprintf(stderr, "peakpath: the interactive view needs a terminal on stdin and stdout; "
                        "for text output use: peakpath run %s\n", scenario_file ? scenario_file : DEFAULT_SCENARIO);
        app_free(a);
        return 2;
    }
    term_install_signals();
    if (term_start(&(term_options){APP_KEY_WAIT_MS, 1}, &color) != 0) {
        fprintf(stderr, "peakpath: the terminal (TERM=%s) cannot show the interactive view; set TERM (e.g. "
                        "xterm-256color) or use: peakpath run FILE\n", getenv("TERM") ? getenv("TERM") : "");
        app_free(a);
        return 1;
    }
    a->color = color;
    loop(a);
    term_stop();
    code = term_quit_signal() ? 128 + term_quit_signal() : 0;
    app_free(a);
    return code;
}
