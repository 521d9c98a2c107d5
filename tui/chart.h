/* tui/chart.h - charts of yearly series as a grid of terminal cells: line charts in braille dots
 * (or ASCII), stacked area charts, axes with labels and units, marks for a year, the zero line, a
 * peak and a neutrality year. chart_compute is pure (no curses, unit-tested); chart_put in
 * tui/draw.c puts a grid on the screen. The chart draws given numbers, it computes none. */
#ifndef PEAKPATH_TUI_CHART_H
#define PEAKPATH_TUI_CHART_H

#include <wchar.h>

#define CHART_MAX_SERIES 8  /* series a caller usually gives (line charts, the room) */
#define CHART_MAX_STACK 12  /* what a spec holds: a stacked chart may have more layers (investment by technology) */

typedef struct {
    wchar_t ch;          /* 0: right half of the wide character to the left */
    unsigned char style; /* a tui_style */
    unsigned char bg;    /* 0, or a tui_style whose colour fills the cell behind ch (a stacked
                            area's boundary: the lower area's eighth block over the upper one) */
} chart_cell;

typedef struct {
    int w, h;
    chart_cell *cell;    /* cell[row * w + col] */
    unsigned char *dots; /* scratch: braille dots per cell */
    signed char *owner;  /* scratch: series owning a cell's dots, -1 none */
} chart_grid;

typedef struct {
    const double *v;   /* one value per year from chart_spec.first_year; NAN: no value */
    int style;         /* tui_style of the line or area */
    const char *label; /* legend text, UTF-8; NULL: not in the legend */
} chart_series;

typedef struct {
    int first_year, n_years;  /* years of the series' values */
    int year_lo, year_hi;     /* years spanned by the x axis */
    chart_series s[CHART_MAX_STACK];
    int ns;                   /* lines: later series drawn on top; stacked: bottom first */
    int stacked;              /* 1: stacked areas */
    double y_lo, y_hi;        /* fixed value range, or NAN for automatic: around the data, with 0
                                 when the data come near it (within a quarter of the top value),
                                 go below it, the chart is stacked or keep_zero is set */
    int keep_zero;            /* 1: the automatic range always includes 0 (neutrality matters) */
    const char *unit;         /* shown left of the legend, above the y labels */
    double scale;             /* drawn value = series value x scale (the reader's units, e.g.
                                 Mt -> 万吨 is 100, report/units.h); 0 counts as 1. The fixed
                                 range y_lo..y_hi is in drawn units, peak_value in series units */
    int mark_year;            /* dotted vertical line (e.g. 2030); 0: none */
    int hist_end_year;        /* lines in ST_MAIN are drawn in ST_HIST up to this year (observed
                                 history, which levers do not move); 0: none */
    int peak_year;            /* marker at (peak_year, peak_value) with peak_label; 0: none */
    double peak_value;
    const char *peak_label;
    int neutral_year;         /* vertical line with neutral_label; 0: none */
    const char *neutral_label;
    const char *note;         /* right-aligned on the legend row; NULL: none */
    int note_style;           /* its tui_style; 0: ST_NEUTRAL */
    int peak_style;           /* the peak label's tui_style (the marker stays ST_PEAK); 0: ST_PEAK */
    int cut_year;             /* playback: series drawn up to this year only, with a marker line
                                 there; axes and value range stay those of the whole series; 0: none */
    int utf8;                 /* 0: ASCII characters only */
    int mono;                 /* 1: no colours, so areas differ by their fill characters */
    int whole_cells;          /* 1: stacked areas in whole cells (the terminal cannot put one
                                 colour on another, so an eighth block would show a gap) */
} chart_spec;

/* Where the plot area lies in a grid, and its value range after rounding to tick steps. */
typedef struct {
    int left, top, w, h;      /* plot cells: columns left..left+w-1, rows top..top+h-1; the
                                 legend takes the rows above top (more than one when a stacked
                                 chart's legend wraps) */
    double y_lo, y_hi, y_step;
    int sub_x, sub_y;         /* dots per cell: 2x4 braille, 1x1 ASCII */
} chart_geom;

/* Series s's value in year index i as drawn (x scale). */
double chart_value(const chart_spec *sp, int s, int i);

/* A grid of w x h cells, blank. NULL when out of memory or w, h < 1. Free with chart_grid_free. */
chart_grid *chart_grid_new(int w, int h);
void chart_grid_free(chart_grid *g);

/* Fills g with the chart described by sp. Stacked areas are drawn to an eighth of a cell (a
 * boundary cell holds the lower area's eighth block on the upper area's colour; monochrome and
 * ASCII: whole cells), every non-zero area at least one eighth (one cell) tall so a thin layer
 * never vanishes, and the legend names every series that is not zero over the years shown.
 * Grids smaller than 24 x 6 are left blank.
 * Cannot fail. */
void chart_compute(const chart_spec *sp, chart_grid *g);

/* Starts sp over for a chart of a run's years: no series, years first_year..first_year +
 * n_years - 1 shown whole, automatic y range, the mark on mark_year (2030: the peaking target),
 * characters and colour as given. Pure. */
void chart_spec_begin(chart_spec *sp, int first_year, int n_years, int mark_year, int utf8, int mono);

/* The plot area and value range chart_compute uses for sp on g. */
void chart_geometry(const chart_spec *sp, const chart_grid *g, chart_geom *out);

/* Plot column of a year and plot row of a value (grid coordinates), as chart_compute places them. */
int chart_col_of_year(const chart_spec *sp, const chart_geom *gm, double year);
int chart_row_of_value(const chart_geom *gm, double v);

/* Writes UTF-8 text into row of g from col, not past col_end (exclusive), wide characters taking
 * two cells. Returns the column after the text. */
int chart_text(chart_grid *g, int row, int col, int col_end, const char *utf8, int style);

/* Picks a "nice" tick step (1, 2 or 5 times a power of ten) so that span has about n ticks. */
double chart_nice_step(double span, int n);

#endif
