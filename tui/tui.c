/* tui/tui.c - the TUI's entry: locale, language, terminal set-up and restore (on quit, error,
 * SIGINT/SIGTERM/SIGHUP, and crash signals), and the main loop: draw, wait for a key, dispatch. */
#include "tui.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

#include "../report/report.h"
#include "app.h"
#include "curses_wide.h"
#include "input.h"
#include "theme.h"

#define DEFAULT_SCENARIO "scenarios/" PEAKPATH_DEFAULT_SCENARIO

/* ---- what signal handling strictly needs (the only file-scope mutable state) ---- */

static volatile sig_atomic_t quit_signal;   /* SIGINT/SIGTERM/SIGHUP received: leave the loop */
static volatile sig_atomic_t curses_active; /* the terminal is in curses mode */
static struct termios saved_tio;            /* the terminal as found, for the crash handler */
static volatile sig_atomic_t have_tio;

/* Resets the terminal with async-signal-safe calls only: the saved termios and fixed escape
 * sequences (mouse off, attributes off, cursor on, leave the alternate screen). */
static void raw_restore(void)
{
    static const char seq[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    if (have_tio) tcsetattr(STDIN_FILENO, TCSANOW, &saved_tio);
    if (write(STDOUT_FILENO, seq, sizeof seq - 1) < 0) { /* nothing more can be done */ }
}

static void on_quit_signal(int sig)
{
    quit_signal = sig;
}

static void on_crash_signal(int sig)
{
    if (curses_active) raw_restore();
    curses_active = 0;
    signal(sig, SIG_DFL);
    raise(sig);
}

static void at_exit_restore(void)
{
    if (curses_active) {
        endwin();
        curses_active = 0;
    }
}

static void install_signals(void)
{
    static const int quit_sigs[] = {SIGINT, SIGTERM, SIGHUP};
    static const int crash_sigs[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit_signal; /* no SA_RESTART: a waiting get_wch returns at once */
    for (size_t i = 0; i < sizeof quit_sigs / sizeof quit_sigs[0]; i++) sigaction(quit_sigs[i], &sa, NULL);
    sa.sa_handler = on_crash_signal;
    sa.sa_flags = SA_RESETHAND;
    for (size_t i = 0; i < sizeof crash_sigs / sizeof crash_sigs[0]; i++) sigaction(crash_sigs[i], &sa, NULL);
}

/* ---- terminal ---- */

/* 1 when a locale name says UTF-8 ("zh_CN.UTF-8", "en_US.utf8"). */
static int locale_name_is_utf8(const char *name)
{
    for (const char *p = name; *p; p++)
        if (!strncasecmp(p, "utf-8", 5) || !strncasecmp(p, "utf8", 4)) return 1;
    return 0;
}

static int term_utf8(void)
{
    const char *a = getenv("PEAKPATH_ASCII");
    if (a && *a && strcmp(a, "0")) return 0;
    return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

/* Turns XON/XOFF off so that Ctrl+S is a key (save), not a frozen screen; curses keeps it as the
 * program mode, and endwin gives the shell its own modes back. */
static void no_flow_control(void)
{
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return;
    t.c_iflag &= ~(tcflag_t)IXON;
    if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0) def_prog_mode();
}

static void term_stop(void);

static int term_start(int *color)
{
    if (tcgetattr(STDIN_FILENO, &saved_tio) == 0) have_tio = 1;
    const char *cup;
    if (!newterm(NULL, stdout, stdin)) return -1;
    curses_active = 1;
    cup = tigetstr("cup");
    if (!cup || cup == (const char *)-1) { /* TERM=dumb and the like: nothing can be placed */
        term_stop();
        return -1;
    }
    cbreak(); /* Ctrl-C stays a signal, so it always restores the terminal */
    no_flow_control();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    timeout(APP_KEY_WAIT_MS);
    define_key("\033[1;2C", KEY_SRIGHT); /* xterm Shift+arrows, which terminfo for screen/tmux lacks */
    define_key("\033[1;2D", KEY_SLEFT);
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
    *color = thm_want_color();
    thm_init(*color);
    return 0;
}

static void term_stop(void)
{
    if (!curses_active) return;
    endwin();
    curses_active = 0;
}

/* ---- the loop ---- */

/* True when the terminal has been hung up (closed SSH session, closed tmux pane) without a
 * SIGHUP reaching us: get_wch then returns ERR at once forever, and the loop would spin. */
static int term_hung_up(void)
{
    struct termios t;
    return tcgetattr(STDIN_FILENO, &t) != 0 && errno == EIO;
}

static void loop(app *a)
{
    int dirty = 1;
    app_compute(a); /* compute before the frame, never inside it */
    while (!a->quit && !quit_signal) {
        wint_t ch;
        int r;
        if (dirty) {
            app_draw(a);
            inp_draw_prompt(a);
            refresh();
            dirty = 0;
        }
        timeout(play_wait_ms(a, APP_KEY_WAIT_MS)); /* wakes for the next playback year, no busy wait */
        r = get_wch(&ch);
        if (play_tick(a)) dirty = 1;
        if (r == ERR) {
            if (term_hung_up()) quit_signal = SIGHUP;
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
        fprintf(stderr, "peakpath: %s\n", pp_error_format(&err, buf, sizeof buf));
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
        if (locale_name_is_utf8(names[i])) setlocale(LC_CTYPE, "C.UTF-8");
        return;
    }
}

int tui_main(const char *scenario_file, const char *lang)
{
    int pick, utf8, code = 0, color = 0;
    app *a;
    set_locale();
    pick = i18n_pick(lang);
    if (pick < 0) {
        fprintf(stderr, "peakpath: unknown language '%s': expected zh or en\n", lang);
        return 2;
    }
    utf8 = term_utf8();
    if (!utf8) pick = LANG_EN; /* Chinese cannot be shown without UTF-8 */
    if (!(a = prepare(scenario_file ? scenario_file : DEFAULT_SCENARIO, (i18n_lang)pick, utf8, &code)))
        return code;
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fprintf(stderr, "peakpath: the interactive view needs a terminal on stdin and stdout; "
                        "for text output use: peakpath run %s\n", scenario_file ? scenario_file : DEFAULT_SCENARIO);
        app_free(a);
        return 2;
    }
    install_signals();
    atexit(at_exit_restore);
    if (term_start(&color) != 0) {
        fprintf(stderr, "peakpath: the terminal (TERM=%s) cannot show the interactive view; set TERM (e.g. "
                        "xterm-256color) or use: peakpath run FILE\n", getenv("TERM") ? getenv("TERM") : "");
        app_free(a);
        return 1;
    }
    a->color = color;
    loop(a);
    term_stop();
    code = quit_signal ? 128 + quit_signal : 0;
    app_free(a);
    return code;
}
