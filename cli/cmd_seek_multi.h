/* cli/cmd_seek_multi.h - the multi-lever form of `peakpath seek` (cli/cmd_seek_multi.c), called by
 * cli/cmd_seek.c once it has read the arguments. */
#ifndef PEAKPATH_CLI_CMD_SEEK_MULTI_H
#define PEAKPATH_CLI_CMD_SEEK_MULTI_H

#include "cli.h"
#include "../sim/analysis/seek_multi.h"

/* Seeks the smallest (minimise SEEKM_MIN_CHANGE) or cheapest (SEEKM_MIN_COST) greener package of
 * the comma-separated `levers` meeting every one of the n_targets target expressions on FILE, and
 * writes it in out's format. Returns the exit code (usage errors for a bad lever list or target,
 * printed). */
int cmd_seek_multi(const cli_command *self, const char *file, const char *levers, const char *const *targets,
                   int n_targets, int minimise, const cli_output_opts *out);

#endif
