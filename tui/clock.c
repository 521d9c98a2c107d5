/* tui/clock.c - monotonic milliseconds (tui/clock.h). */
#include "clock.h"

#include <time.h>

double clk_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}
