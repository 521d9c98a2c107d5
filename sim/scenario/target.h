/* sim/scenario/target.h - the target language: "peak_year<=2028", "coal_share_2030<35" - a quantity
 * of a run (with a year where it needs one), a comparison and a bound. Goal seeking
 * (sim/analysis/seek.h) seeks one; a challenge's goals (sim/scenario/challenge_section.h) are
 * targets; sim/analysis/challenge_eval.h evaluates them on a run. Only the words and numbers live
 * here: nothing of the model. Never prints. */
#ifndef PEAKPATH_SIM_TARGET_H
#define PEAKPATH_SIM_TARGET_H

#include <stddef.h>

#include "../pp_error.h"

typedef enum {
    SEEK_PEAK_YEAR,       /* peak_year: year of the highest gross CO2; "never" when still rising */
    SEEK_NEUTRAL_YEAR,    /* neutral_year: first year net CO2 <= 0 for good; "never" when not reached */
    SEEK_COAL_SHARE,      /* coal_share_YYYY: coal share of energy use in YYYY, % */
    SEEK_NONFOSSIL_SHARE, /* nonfossil_share_YYYY: non-fossil share in YYYY, % */
    SEEK_CO2,             /* co2_YYYY: gross CO2 in YYYY, Mt */
    SEEK_CUM_CO2,         /* cum_co2: gross CO2 summed over 2021..end year, Mt */
    SEEK_NET_CO2,         /* net_co2_YYYY: net CO2 (after CCUS and sinks) in YYYY, Mt */
    SEEK_CUM_NET,         /* cum_net_co2: net CO2 summed over 2021..end year, Mt */
    SEEK_METRIC_COUNT
} seek_metric;

typedef enum { SEEK_LE, SEEK_LT, SEEK_GE, SEEK_GT } seek_op;

typedef struct {
    seek_metric metric;
    int year;     /* for the _YYYY metrics, else 0 */
    seek_op op;
    double value; /* the bound, in the metric's unit */
} seek_target;

/* Parses "peak_year<=2028", "neutral_year<=2055", "coal_share_2030<=35", "nonfossil_share_2030>=25",
 * "co2_2030<=150", "cum_co2<=4000", "net_co2_2060<=0", "cum_net_co2<=3000" (also
 * "coal_share@2030", spaces allowed, operators <= < >= > and ≤ ≥), and the same with Chinese names:
 * "达峰年份<=2028" (or 碳达峰年份), "碳中和年份<=2055", "2030年煤炭占比<=35" (煤炭比重),
 * "2030年非化石能源占比>=25", "2030年CO2排放<=150" (碳排放), "累计CO2排放<=4000" (累计排放),
 * "2060年净排放<=0", "累计净排放<=3000" (the table in target.c lists every accepted name).
 * Returns PP_ERR_PARSE with a message naming the bad part and the accepted forms. */
pp_status seek_parse_target(const char *text, seek_target *t, pp_error *err);

/* Writes the target back as text ("coal_share_2030<=35") into buf. Returns buf. */
const char *seek_target_format(const seek_target *t, char *buf, size_t size);

/* The name of metric m: the English one of the files ("coal_share"), or the first Chinese one
 * (zh != 0: "煤炭占比"; a metric with a year is written "2030年煤炭占比"). NULL for an unknown m. */
const char *seek_metric_name(seek_metric m, int zh);

/* True for the integer-valued (step) metrics: peak and neutrality years. */
int seek_metric_is_step(seek_metric m);

#endif
