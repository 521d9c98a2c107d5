/* tui/style.h - the visual roles every drawn cell can have. Pure enum: tui/theme.c maps each to
 * colours and attributes (or to a monochrome attribute), the pure modules only name them. */
#ifndef PEAKPATH_TUI_STYLE_H
#define PEAKPATH_TUI_STYLE_H

typedef enum {
    ST_NORMAL = 0,
    ST_FRAME, ST_PANEL_TITLE, ST_TITLE, ST_DIRTY, ST_TAB, ST_TAB_ACTIVE,
    ST_GROUP, ST_LEVER_SEL, ST_CHANGED, ST_SLIDER, ST_KNOB, ST_SLIDER_BASE, ST_DIM,
    ST_AXIS, ST_LABEL, ST_MARK, ST_ZERO, ST_NEUTRAL, ST_PEAK,
    ST_BASELINE, ST_MAIN, ST_NET, ST_HIST,
    ST_GOOD, ST_BAD, ST_ERROR, ST_INFO, ST_KEY, ST_KEYDESC, ST_DIALOG, ST_PROMPT,
    ST_COAL, ST_OIL, ST_GAS, ST_NONFOSSIL,
    ST_HYDRO, ST_SOLAR, ST_WIND, ST_BIOMASS, ST_NUCLEAR, ST_GASPOWER,
    ST_PRIMARY, ST_SECONDARY, ST_TERTIARY, ST_HEAVY, ST_HIGHTECH, ST_OTHERIND,
    ST_BANNER, ST_LOCKED, /* the "challenge met" banner; a lever locked by the challenge */
    ST_BAND, ST_BAND_MID, /* Monte Carlo band (fill and edges), its median line */
    ST_PUMPED, ST_BATTERY, ST_ENDUSE, ST_SO2, ST_NOX, ST_PM25, /* issue 12: report/series.h's roles */
    ST_COUNT
} tui_style;

#endif
