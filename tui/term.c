/* tui/term.c - terminal set-up, signal handling and restore for both interactive screens
 * (tui/term.h). */
#include "term.h"

#include <errno.h>
#include <stdio.h>
#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

#include "curses_wide.h"
#include "theme.h"

/* ---- what signal handling strictly needs (the only file-scope mutable state) ---- */

static volatile sig_atomic_t quit_signal;   /* a terminating signal received: leave the loop */
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
    term_stop();
}

void term_install_signals(void)
{
    /* Every signal whose default action ends the process: the ones a user or another program
     * sends (Ctrl-C, Ctrl-\, kill, a hang-up, a timer, a broken pipe) end the loop, so the
     * terminal is restored the normal way and the exit code is 128 + the signal; the ones that
     * mean the process itself is broken restore the terminal in the handler and re-raise. */
    static const int quit_sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2,
                                    SIGVTALRM, SIGPROF};
    static const int crash_sigs[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ};
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_quit_signal; /* no SA_RESTART: a waiting get_wch returns at once */
    for (size_t i = 0; i < sizeof quit_sigs / sizeof quit_sigs[0]; i++) sigaction(quit_sigs[i], &sa, NULL);
    sa.sa_handler = on_crash_signal;
    sa.sa_flags = SA_RESETHAND;
    for (size_t i = 0; i < sizeof crash_sigs / sizeof crash_sigs[0]; i++) sigaction(crash_sigs[i], &sa, NULL);
    atexit(at_exit_restore);
}

int term_quit_signal(void)
{
    return quit_signal;
}

/* ---- the terminal ---- */

int term_locale_name_is_utf8(const char *name)
{
    for (const char *p = name; *p; p++)
        if (!strncasecmp(p, "utf-8", 5) || !strncasecmp(p, "utf8", 4)) return 1;
    return 0;
}

int term_utf8(void)
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

/* 1 when terminfo's mouse sequence is the SGR one (xterm-256color: kmous=\E[<), which curses
 * then decodes itself; screen and tmux entries say \E[M (X10: columns past 223 cannot be told). */
static int curses_does_sgr(void)
{
    const char *k = tigetstr("kmous");
    return k && k != (const char *)-1 && !strcmp(k, "\033[<");
}

static int sgr_by_hand; /* we turned SGR reporting on ourselves: term_stop turns it off */

static void full_keys(void)
{
    no_flow_control();
    define_key("\033[1;2C", KEY_SRIGHT); /* xterm Shift+arrows, which terminfo for screen/tmux lacks */
    define_key("\033[1;2D", KEY_SLEFT);
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
    if (!curses_does_sgr()) {
        /* SGR 1006 encoding (ESC [ < b ; x ; y M/m) for every terminal: X10's one byte per
         * coordinate stops at column 223, which a wide SSH terminal passes. The reports come to
         * us as TERM_KEY_SGR_MOUSE and term_sgr_mouse turns them into curses mouse events. */
        define_key("\033[<", TERM_KEY_SGR_MOUSE);
        fputs("\033[?1006h", stdout);
        fflush(stdout);
        sgr_by_hand = 1;
    }
}

/* Reads the rest of an SGR report "b;x;yM" (or m for a release) after ESC [ <, and queues it as a
 * curses mouse event (ungetmouse), so the next get_wch returns KEY_MOUSE. */
int term_sgr_mouse(void)
{
    int v[3] = {0, 0, 0}, k = 0, final = 0;
    MEVENT ev;
    timeout(50); /* the rest of the report is already on its way */
    for (int n = 0; n < 24 && !final; n++) {
        int c = getch();
        if (c == ERR) break;
        if (c >= '0' && c <= '9' && k < 3) v[k] = v[k] * 10 + (c - '0');
        else if (c == ';') k++;
        else if (c == 'M' || c == 'm') final = c;
        else break;
    }
    if (!final || k != 2) return -1;
    memset(&ev, 0, sizeof ev);
    ev.x = v[1] - 1;
    ev.y = v[2] - 1;
    switch (v[0] & ~(4 | 8 | 16 | 32)) { /* the modifier and motion bits aside */
    case 0: ev.bstate = final == 'M' ? BUTTON1_PRESSED : BUTTON1_RELEASED; break;
    case 1: ev.bstate = final == 'M' ? BUTTON2_PRESSED : BUTTON2_RELEASED; break;
    case 2: ev.bstate = final == 'M' ? BUTTON3_PRESSED : BUTTON3_RELEASED; break;
    case 64: ev.bstate = BUTTON4_PRESSED; break;
    case 65: ev.bstate = BUTTON5_PRESSED; break;
    default: return -1;
    }
    if (final == 'm' && (v[0] & 64)) return -1; /* wheel "releases" mean nothing */
    return ungetmouse(&ev) == OK ? 0 : -1;
}

int term_start(const term_options *o, int *color)
{
    const char *cup;
    if (tcgetattr(STDIN_FILENO, &saved_tio) == 0) have_tio = 1;
    if (!newterm(NULL, stdout, stdin)) return -1;
    curses_active = 1;
    cup = tigetstr("cup");
    if (!cup || cup == (const char *)-1) { /* TERM=dumb and the like: nothing can be placed */
        term_stop();
        return -1;
    }
    cbreak(); /* Ctrl-C stays a signal, so it always restores the terminal */
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    /* Esc alone must feel instant, yet over SSH the bytes of one key may arrive apart: 25 ms
     * unless the user's ESCDELAY says otherwise (curses reads it; set_escdelay would override). */
    if (!getenv("ESCDELAY")) set_escdelay(25);
    timeout(o->key_wait_ms);
    if (o->full_keys) full_keys();
    *color = thm_want_color();
    thm_init(*color);
    return 0;
}

void term_stop(void)
{
    if (!curses_active) return;
    if (sgr_by_hand) {
        fputs("\033[?1006l", stdout);
        sgr_by_hand = 0;
    }
    endwin();
    curses_active = 0;
}

int term_hung_up(void)
{
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0 && errno == EIO) quit_signal = SIGHUP;
    return quit_signal == SIGHUP;
}
