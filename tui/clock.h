/* tui/clock.h - the one clock of the interactive front end: monotonic milliseconds, for playback
 * steps, the room's folder polling, timing the Monte Carlo bands and the frame benchmark. */
#ifndef PEAKPATH_TUI_CLOCK_H
#define PEAKPATH_TUI_CLOCK_H

/* Milliseconds on the monotonic clock (arbitrary origin; only differences mean anything). */
double clk_now_ms(void);

#endif
