/* cli/report_card.h - `peakpath check FILE --observed DATA.csv`: each published figure of the
 * region, what the calibrated run gives, the difference and the calibration unknown that moves it
 * most. */
#ifndef PEAKPATH_CLI_REPORT_CARD_H
#define PEAKPATH_CLI_REPORT_CARD_H

#include <stdio.h>

#include "../sim/model/run.h"

/* Prints the report card of run r of scenario s against the figures in csv (rows of s's region)
 * to f. Returns 0, or -1 after printing to stderr why csv could not be read. */
int report_card_print(FILE *f, const scn_scenario *s, const run_result *r, const char *csv);

#endif
