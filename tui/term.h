/* tui/term.h - the one terminal module of the interactive screens (the TUI, tui/tui.c, and the
 * room, tui/room.c): signal handling, curses set-up and restore on every way out (quit, error,
 * every terminating signal, crash signals, exit), hang-up detection and the UTF-8 test. The signal
 * state is the only file-scope mutable state of the front end. */
#ifndef PEAKPATH_TUI_TERM_H
#define PEAKPATH_TUI_TERM_H

typedef struct {
    int key_wait_ms; /* how long get_wch waits for a key (timeout()) */
    int full_keys;   /* 1: mouse clicks and wheel, Shift+arrows, Ctrl+S as a key (no XON/XOFF) */
} term_options;

/* Installs the handlers: SIGINT, SIGTERM, SIGHUP, SIGQUIT (Ctrl-\), SIGPIPE, SIGALRM, SIGUSR1/2,
 * SIGVTALRM and SIGPROF set the quit signal (no SA_RESTART, so a waiting get_wch returns at once;
 * the screen then ends normally and exits 128 + the signal); crash signals (SIGSEGV, SIGABRT,
 * SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ) give the terminal back with async-signal-safe calls and
 * die of the signal; at exit curses is ended. Call once, before term_start. */
void term_install_signals(void);

/* 0, or the quit signal received since term_install_signals. */
int term_quit_signal(void);

/* Puts the terminal into curses mode (cbreak, no echo, keypad, no cursor, escape delay 25 ms,
 * theme colours) and stores in *color whether colours are used. Returns 0, or -1 when the terminal
 * cannot place text (TERM=dumb and the like; the terminal is left as it was). */
int term_start(const term_options *o, int *color);

/* Leaves curses mode; nothing when not in it. */
void term_stop(void);

/* True when the terminal has been hung up (closed SSH session, closed tmux pane), with or without
 * a SIGHUP reaching us (get_wch then returns ERR at once forever, and a loop would spin); the quit
 * signal is then SIGHUP. Call it when get_wch returns ERR. */
int term_hung_up(void);

/* The key code get_wch returns for the start of an SGR mouse report (ESC [ <) on terminals whose
 * terminfo does not decode SGR itself; the caller then calls term_sgr_mouse, which reads the
 * report and queues it as a curses mouse event (0), or -1 for a report it does not use. */
#define TERM_KEY_SGR_MOUSE (KEY_MAX + 42)
int term_sgr_mouse(void);

/* 1 when the locale's character set is UTF-8 and PEAKPATH_ASCII is not set (to anything but 0). */
int term_utf8(void);

/* 1 when a locale name says UTF-8 ("zh_CN.UTF-8", "en_US.utf8"). */
int term_locale_name_is_utf8(const char *name);

#endif
