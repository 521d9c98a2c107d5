/* tui/theme.h - maps each tui_style to curses colours and attributes: colours when the terminal
 * has them and NO_COLOR is not set, a readable monochrome (bold, reverse, dim) otherwise. */
#ifndef PEAKPATH_TUI_THEME_H
#define PEAKPATH_TUI_THEME_H

#include "curses_wide.h"

/* Sets up colour pairs when use_color, else monochrome. Call after initscr/newterm. */
void thm_init(int use_color);

/* Attributes and colour pair for a style (any int: out of range gives the normal style). */
void thm_get(int style, attr_t *attr, short *pair);

/* Attributes and colour pair for style's colour on bg_style's colour (a stacked area's
 * boundary cell). Falls back to thm_get(style) when bg_style is 0, either colour is not one of
 * the eight basic ones, or the terminal has too few colour pairs. */
void thm_get_on(int style, int bg_style, attr_t *attr, short *pair);

/* 1 when thm_get_on can put a colour on another (colours are on and the terminal has the pairs). */
int thm_blends(void);

/* 1 when colours should be used: the terminal has them and NO_COLOR is unset or empty. */
int thm_want_color(void);

#endif
