/* sim/analysis/mac.h - abatement cost: the CNY per tonne of CO2 a scenario avoids against a
 * reference, and the marginal abatement cost (MAC) curve of the levers, each moved alone from the
 * scenario's value to the greener end of its plausible range (the runs are sensitivity.h's).
 * A caller of whole runs, never inside them. Pure: results are values; never prints.
 *
 * Convention (docs/model.md "Abatement cost"): the cost is the difference of the system cost
 * (RV_COST_SYSTEM: annualised capital + O&M + fuel + CCUS; carbon-price payments are a transfer
 * and not in it) discounted to 2021 (run_summary.npv_system_cost_bn); the tonnes are the
 * difference of cumulative NET CO2 2021..end year, not discounted (so a forest sink or CCUS
 * counts as abatement). Discounted cost over undiscounted tonnes follows LEAP's cost-benefit
 * comparison of scenarios (NPV of the cost difference; the ratio to undiscounted tonnes is our
 * reading, an assumption: docs/model.md section 12); discounting the tonnes too would give a
 * levelised cost, higher for measures that abate late. */
#ifndef PEAKPATH_SIM_MAC_H
#define PEAKPATH_SIM_MAC_H

#include "../pp_error.h"
#include "../model/run.h"
#include "../scenario/scenario.h"
#include "sensitivity.h"

/* Below this cumulative net CO2 avoided (Mt, 2021..end year) a lever "avoids no CO2": 0.01 Mt over
 * forty years is under 0.001 % of the default scenario's 5600 Mt, below any table's rounding, and
 * a cost divided by it would be noise. */
#define MAC_MIN_AVOIDED_MT 0.01

/* The first year the cumulative sums count (run_summary: 2021..end year). */
#define MAC_FIRST_YEAR 2021

/* 1 bn CNY per Mt CO2 = 1e9 CNY / 1e6 t = 1000 CNY/t. */
#define MAC_CNY_PER_T_PER_BN_PER_MT 1000.0

typedef struct {
    double cost_bn;     /* discounted system cost, scenario - reference, bn CNY (price_base_year
                           prices, discounted to 2021); NAN when either has no system cost */
    double cum_cost_bn; /* the same, undiscounted (a reader's check; not in the ratio) */
    double avoided_mt;  /* cumulative net CO2 2021..end year, reference - scenario, Mt */
    double cny_per_t;   /* cost_bn / avoided_mt x 1000, CNY per t CO2; NAN unless avoids and
                           cost_bn is finite. Negative: the scenario saves money and CO2. */
    int avoids;         /* 1 when avoided_mt >= MAC_MIN_AVOIDED_MT */
} mac_abatement;

/* Where a lever stands in the curve. */
typedef enum {
    MAC_ON_CURVE,  /* avoids CO2 at its greener end: a bar of the curve */
    MAC_NO_CO2,    /* moved to its greener end it avoids less than MAC_MIN_AVOIDED_MT (or adds CO2) */
    MAC_AT_END,    /* already at (or past) its greener end in the scenario: nothing to move */
    MAC_REFUSED,   /* the scenario refuses the greener end (e.g. solar above its potential) */
    MAC_PLACE_COUNT
} mac_place;

typedef struct {
    int lever;            /* parameter id */
    double value_given;   /* in the scenario, at the lever year, in the key's unit */
    double value_green;   /* the greener end of its plausible range (a challenge's limit applied) */
    mac_place place;
    mac_abatement a;      /* the lever at value_green against the scenario as given */
    double from_mt;       /* on the curve: the tonnes of the bars before it (the bar's left edge) */
    int structural;       /* 1 for a lever of economy & structure or industry mix (LG_ECONOMY,
                             LG_INDUSTRY): it changes output or the economy's structure, whose cost
                             or gain the system cost does not count, so its CNY/t is the energy
                             system's alone (slower growth "saves" fuel but is no cheap abatement) */
    pp_error refusal;             /* MAC_REFUSED: why (render with report/error_text.h) */
} mac_lever;

typedef struct {
    int end_year;
    int runs;             /* engine runs used */
    int costed;           /* 1 when the scenario as given has a discounted system cost: only then
                             can a lever have a cost per tonne */
    run_summary given;    /* the scenario as given */
    int n;                /* bars, in curve[] sorted by cny_per_t, lowest first; bars without a
                             cost (cny_per_t NAN) after them, most tonnes first; ties: schema order */
    mac_lever curve[SENS_MAX_LEVERS];
    double total_mt;      /* sum of the bars' tonnes: each lever alone, so not what all of them
                             together avoid (levers interact: cleaner power makes electrification
                             worth more) */
    int n_apart;          /* levers off the curve, in apart[], in schema order */
    mac_lever apart[SENS_MAX_LEVERS];
} mac_curve;

/* The abatement of a run with summary scn against one with summary ref (the same years: see
 * mac_compare). Cannot fail: what cannot be computed is NAN (see mac_abatement). */
void mac_abatement_of(const run_summary *scn, const run_summary *ref, mac_abatement *out);

/* The abatement of scn against ref. Returns PP_ERR_INPUT, naming both spans, when the two runs do
 * not both cover MAC_FIRST_YEAR..the same end year (their cumulative CO2 would not compare; the
 * historical years before may differ); *out is then all NAN. */
pp_status mac_compare(const run_result *scn, const run_result *ref, mac_abatement *out, pp_error *err);

/* The curve from a sensitivity result (sens_run): each lever's greener end against the scenario
 * as given. Pure; cannot fail. */
void mac_curve_of(const sens_result *sr, mac_curve *out);

/* Calibrates and runs s and each lever at its greener end (sens_run) and builds the curve into
 * *out (caller-allocated, about 80 kB: allocate it). Returns what sens_run returns
 * (PP_ERR_SOLVER, PP_ERR_NOMEM) with err filled; *out is then empty (n = n_apart = 0). */
pp_status mac_curve_run(const scn_scenario *s, mac_curve *out, pp_error *err);

/* Name of a place ("curve", "no_co2", "at_end", "refused"); NULL for an unknown one. */
const char *mac_place_name(int place);

#endif
