/* tui/theme.c - colours and monochrome attributes of the TUI's styles (tui/style.h). Holds no
 * state of its own: the pair numbers are the style numbers, set up once per screen. */
#include "theme.h"

#include <stdlib.h>

#include "style.h"

/* ---- the palette ---- */

typedef struct {
    short fg, bg;      /* -1: terminal default */
    attr_t color_attr; /* extra attributes with colours */
    attr_t mono_attr;  /* attributes without colours */
} thm_entry;

#define GREY -2 /* resolved to grey where the terminal has 16+ colours, else dim white */

static const thm_entry palette[ST_COUNT] = {
    [ST_NORMAL] = {-1, -1, 0, 0},
    [ST_FRAME] = {COLOR_BLUE, -1, 0, 0},
    [ST_PANEL_TITLE] = {COLOR_CYAN, -1, A_BOLD, A_BOLD},
    [ST_TITLE] = {COLOR_WHITE, COLOR_BLUE, 0, A_REVERSE},
    [ST_DIRTY] = {COLOR_YELLOW, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD},
    [ST_TAB] = {COLOR_WHITE, COLOR_BLUE, 0, A_REVERSE},
    [ST_TAB_ACTIVE] = {COLOR_BLACK, COLOR_CYAN, A_BOLD, A_BOLD | A_UNDERLINE},
    [ST_GROUP] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    [ST_LEVER_SEL] = {COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE},
    [ST_CHANGED] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [ST_SLIDER] = {GREY, -1, 0, A_DIM},
    [ST_KNOB] = {COLOR_CYAN, -1, A_BOLD, A_BOLD},
    [ST_SLIDER_BASE] = {COLOR_WHITE, -1, 0, 0},
    [ST_DIM] = {GREY, -1, 0, A_DIM},
    [ST_AXIS] = {GREY, -1, 0, 0},
    [ST_LABEL] = {-1, -1, 0, 0},
    [ST_MARK] = {COLOR_YELLOW, -1, 0, A_DIM},
    [ST_ZERO] = {COLOR_WHITE, -1, 0, 0},
    [ST_NEUTRAL] = {COLOR_GREEN, -1, 0, A_BOLD},
    [ST_PEAK] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [ST_BASELINE] = {GREY, -1, 0, A_DIM},
    [ST_MAIN] = {COLOR_RED, -1, A_BOLD, A_BOLD},
    [ST_NET] = {COLOR_CYAN, -1, 0, 0},
    [ST_HIST] = {COLOR_WHITE, -1, A_BOLD, 0},
    [ST_GOOD] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
    [ST_BAD] = {COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    [ST_ERROR] = {COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD},
    [ST_INFO] = {COLOR_CYAN, -1, 0, 0},
    [ST_KEY] = {COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE},
    [ST_KEYDESC] = {-1, -1, 0, 0},
    [ST_DIALOG] = {COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE},
    [ST_PROMPT] = {-1, -1, A_UNDERLINE, A_UNDERLINE},
    [ST_COAL] = {COLOR_RED, -1, 0, 0},
    [ST_OIL] = {COLOR_MAGENTA, -1, 0, 0},
    [ST_GAS] = {COLOR_YELLOW, -1, 0, 0},
    [ST_NONFOSSIL] = {COLOR_GREEN, -1, 0, 0},
    [ST_HYDRO] = {COLOR_BLUE, -1, 0, 0},
    [ST_SOLAR] = {COLOR_YELLOW, -1, A_BOLD, 0},
    [ST_WIND] = {COLOR_CYAN, -1, 0, 0},
    [ST_BIOMASS] = {COLOR_GREEN, -1, 0, 0},
    [ST_NUCLEAR] = {COLOR_MAGENTA, -1, 0, 0},
    [ST_GASPOWER] = {COLOR_WHITE, -1, 0, 0},
    [ST_PRIMARY] = {COLOR_GREEN, -1, 0, 0},
    [ST_SECONDARY] = {COLOR_YELLOW, -1, 0, 0},
    [ST_TERTIARY] = {COLOR_CYAN, -1, 0, 0},
    [ST_HEAVY] = {COLOR_RED, -1, 0, 0},
    [ST_HIGHTECH] = {COLOR_CYAN, -1, 0, 0},
    [ST_OTHERIND] = {COLOR_BLUE, -1, 0, 0},
    [ST_BAND] = {COLOR_BLUE, -1, 0, A_DIM},
    [ST_BAND_MID] = {COLOR_BLUE, -1, A_BOLD, 0},
    [ST_PUMPED] = {COLOR_MAGENTA, -1, A_BOLD, 0}, /* investment: storage and end use beside the */
    [ST_BATTERY] = {COLOR_RED, -1, A_BOLD, 0},    /* technologies' colours, set apart by bold */
    [ST_ENDUSE] = {COLOR_GREEN, -1, A_BOLD, 0},
    [ST_SO2] = {COLOR_YELLOW, -1, 0, 0},
    [ST_NOX] = {COLOR_BLUE, -1, A_BOLD, 0},
    [ST_PM25] = {COLOR_WHITE, -1, 0, 0},
    [ST_BANNER] = {COLOR_BLACK, COLOR_GREEN, A_BOLD, A_REVERSE | A_BOLD},
    [ST_LOCKED] = {COLOR_MAGENTA, -1, A_BOLD, A_DIM},
};

#define BASIC_COLORS 8
#define COMBO_PAIR0 ST_COUNT /* pairs ST_COUNT.. : basic colour on basic colour */

static int combo_ok(void)
{
    return COLOR_PAIRS > COMBO_PAIR0 + BASIC_COLORS * BASIC_COLORS;
}

/* ---- public functions ---- */

int thm_want_color(void)
{
    const char *nc = getenv("NO_COLOR");
    if (nc && *nc) return 0;
    return has_colors();
}

void thm_init(int use_color)
{
    short grey;
    if (!use_color) return;
    start_color();
    use_default_colors();
    grey = COLORS >= 256 ? 244 : COLORS >= 16 ? 8 : COLOR_WHITE;
    for (int s = 1; s < ST_COUNT && s < COLOR_PAIRS; s++) {
        short fg = palette[s].fg == GREY ? grey : palette[s].fg;
        init_pair((short)s, fg, palette[s].bg);
    }
    if (!combo_ok()) return;
    for (short f = 0; f < BASIC_COLORS; f++)
        for (short b = 0; b < BASIC_COLORS; b++) init_pair((short)(COMBO_PAIR0 + f * BASIC_COLORS + b), f, b);
}

int thm_blends(void)
{
    return COLOR_PAIRS > 0 && combo_ok();
}

void thm_get_on(int style, int bg_style, attr_t *attr, short *pair)
{
    short f, b;
    thm_get(style, attr, pair);
    if (bg_style <= 0 || bg_style >= ST_COUNT || style <= 0 || style >= ST_COUNT || *pair == 0 || !combo_ok()) return;
    f = palette[style].fg;
    b = palette[bg_style].fg;
    if (f < 0 || f >= BASIC_COLORS || b < 0 || b >= BASIC_COLORS) return;
    *pair = (short)(COMBO_PAIR0 + f * BASIC_COLORS + b);
}

void thm_get(int style, attr_t *attr, short *pair)
{
    const thm_entry *e;
    if (style < 0 || style >= ST_COUNT) style = ST_NORMAL;
    e = &palette[style];
    /* COLOR_PAIRS stays 0 until thm_init starts colours on this screen: that is the switch */
    if (style != ST_NORMAL && style < COLOR_PAIRS) {
        *pair = (short)style;
        *attr = e->color_attr;
        if (e->fg == GREY && COLORS < 16) *attr |= A_DIM;
        return;
    }
    *pair = 0;
    *attr = e->mono_attr;
}
