/* cli/mc_write.h - the writers of `peakpath mc` and `peakpath mc-merge` (cli/mc_write.c): table,
 * CSV and JSON of a Monte Carlo result, the drivers table, and a shard's JSON with its raw draws
 * (`records`) that cli/cmd_mc_merge.c reads back. */
#ifndef PEAKPATH_CLI_MC_WRITE_H
#define PEAKPATH_CLI_MC_WRITE_H

#include <stdio.h>

#include "../sim/analysis/mc.h"
#include "cli.h"

typedef struct {
    const char *file;
    const mc_result *res;
    const mc_draws *draws; /* a shard's raw draws, written as `records` in its JSON; NULL: none */
    int drivers;           /* 1: `--drivers`: the drivers table alone */
    int bom;               /* CSV: start with a UTF-8 byte order mark (0 from the CLI: cli_emit writes --bom) */
    csv_headers headers;   /* CSV: the header row (--headers names|en|zh; zh: CO2 in 万吨CO2) */
} mc_out;

/* The writer for the format (ctx: an mc_out). */
cli_writer mc_writer(cli_format format);

#endif
