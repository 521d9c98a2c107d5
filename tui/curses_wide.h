/* tui/curses_wide.h - the one place the TUI includes ncurses, with the wide-character API on. */
#ifndef PEAKPATH_TUI_CURSES_WIDE_H
#define PEAKPATH_TUI_CURSES_WIDE_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>

#endif
