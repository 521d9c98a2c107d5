/* tui/playback.h - the playback of a run: the path drawn year by year from the first year to the
 * end year (play/pause, step, speed), the moment a room watches together. Only a year cursor and a
 * clock: the charts read the same run_result and stop drawing at the play year. */
#ifndef PEAKPATH_TUI_PLAYBACK_H
#define PEAKPATH_TUI_PLAYBACK_H

#include <stddef.h>

#include "../sim/model/run.h"
#include "chart.h"

#define PLAY_MS_DEFAULT 300 /* ms per simulated year: 2015-2060 in about 14 s */

typedef struct {
    int year;        /* the last year drawn; 0: no playback, the whole path is shown */
    int running;     /* 1 playing, 0 paused */
    int ms_per_year; /* 0 until first used: PLAY_MS_DEFAULT */
    double next_ms;  /* monotonic clock time of the next step */
} play_state;

/* ---- pure steps (unit-tested) ---- */

/* Speed one notch faster (faster > 0) or slower among 100, 200, 300, 500, 700, 1000 ms a year. */
int play_speed_step(int ms_per_year, int faster);

/* Advances *p to the clock time now_ms (steps every ms_per_year while running) within the years
 * first..last; reaching `last` ends the playback (year = 0). Returns 1 when the year changed. */
int play_advance(play_state *p, int first, int last, double now_ms);

/* ---- the app ---- */

struct app;

/* Keys p . , > < : play/pause (from the first year when stopped), step a year (pausing),
 * faster/slower. Returns 1 when handled. */
int play_key(struct app *a, int ch);

/* Stops the playback: the whole path is shown again. */
void play_stop(struct app *a);

/* Moves the playback on to the current time; 1 when the screen must be redrawn. */
int play_tick(struct app *a);

/* How long the main loop may wait for a key (ms): until the next step while playing, else
 * `idle_ms`. */
int play_wait_ms(const struct app *a, int idle_ms);

/* The year the charts stop at, or 0 when the whole path is shown. */
int play_cut_year(const struct app *a);

/* The CO2 chart's marks during playback: the peak (and neutrality) of run r only once the play
 * year has reached them, and the play year as the chart's note. Labels point into buf. */
void play_co2_marks(const struct app *a, const run_result *r, chart_spec *sp, char *buf, int size);

/* The status text while playing ("▶ 2037  0.3 s/yr"), 0 when not playing. */
int play_status(const struct app *a, char *buf, size_t size);

#endif
