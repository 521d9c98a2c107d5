/* sim/model/calibrate.c - solves what a statistical yearbook does not give directly (the common level of
 * sector intensities, the historical efficiency trend, the industrial coal/gas split and the net
 * electricity imports) so that a run reproduces the observed figures a scenario gives for its
 * historical years. GSL's hybrid multiroot solver; every status checked. Never prints. */
#include "model.h"
#include "run.h"
#include "../pp_gsl.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multiroots.h>
#include <gsl/gsl_vector.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#define CAL_MAX_ITER 200
#define CAL_TOL 1e-7 /* in the unit of each observed figure (Mtce, %, index points) */

static const char *const unknown_names[CAL_COUNT] = {
    "intensity level (x first-year intensities)", "historical efficiency trend (%/yr)",
    "industry coal/gas shift, first year (points)", "industry coal/gas shift, last historical year (points)",
    "net import correction, last historical year (TWh)", "transport intensity factor (x first-year transport intensity)",
    "efficiency step, 1st yearly target year (%)", "efficiency step, 2nd yearly target year (%)",
    "efficiency step, 3rd yearly target year (%)",
};
static const int target_keys[CAL_COUNT] = {
    P_CAL_ENERGY_END, P_CAL_EI_INDEX_END, P_CAL_COAL_FIRST, P_CAL_COAL_END, P_CAL_CI_INDEX_END, P_CAL_OIL_END,
    P_CAL_EI_YOY, P_CAL_EI_YOY, P_CAL_EI_YOY,
};
/* Plausible bounds of each solved unknown: outside them the observed figures and the scenario's
 * other inputs contradict each other, and a "calibrated" run would be nonsense. */
static const double unknown_lo[CAL_COUNT] = {0.2, -15, -40, -40, -500, 0.2, -15, -15, -15};
static const double unknown_hi[CAL_COUNT] = {5.0, 15, 40, 40, 500, 5.0, 15, 15, 15};
/* Plausible values: inside the bounds above but beyond these the calibration is bending the
 * scenario's assumptions hard (first-year intensities off by half, a trend of more than 3 %/yr on
 * top of the paths, ten points of industrial fuel moved). Import corrections are judged against
 * the planned imports instead (below). A calibration outside them still runs, with a warning. */
static const double plausible_lo[CAL_COUNT] = {0.67, -3, -10, -10, -500, 0.67, -5, -5, -5};
static const double plausible_hi[CAL_COUNT] = {1.5, 3, 10, 10, 500, 1.5, 5, 5, 5};
/* The inputs to look at when an unknown leaves its plausible range. */
static const char *const plausible_fix[CAL_COUNT] = {
    "check the [sector] intensity values", "check [sector].improve_pct over history and the GDP growth",
    "check heavy_industry and other_industry gas_pct", "check heavy_industry and other_industry gas_pct over history",
    "check power.import_twh", "check transport.intensity and the sectors' oil_pct",
    "check that year's economy.gdp_growth_pct and the basis of the observed change (first release or revised)",
    "check that year's economy.gdp_growth_pct and the basis of the observed change (first release or revised)",
    "check that year's economy.gdp_growth_pct and the basis of the observed change (first release or revised)",
};
/* Observed shares the calibration checks but does not solve: a miss of more than CHECK_TOL_PT
 * points is a warning naming the inputs that move the share. They have no unknown of their own:
 * the non-fossil share follows from published capacities, hours and exports (solving it would
 * overwrite a published figure), and gas trades against coal through the one industry shift that
 * the coal share already solves. The oil share is solved (CAL_OIL, transport's intensity). */
static const struct {
    int key, var;
    const char *inputs;
} checked[] = {
    {P_CAL_NONFOSSIL_END, RV_NONFOSSIL_SHARE, "power hydro_gw, solar_gw, wind_gw, import_twh and export_<tech>_pct"},
    {P_CAL_GAS_END, RV_GAS_SHARE, "the sectors' gas_pct and power gas_gw"},
};
#define CHECK_TOL_PT 0.5
#define IMPORT_PLAUSIBLE_FRAC 0.3  /* import correction beyond 30 % of the planned imports ... */
#define IMPORT_PLAUSIBLE_TWH 10.0  /* ... and beyond 10 TWh */

const char *cal_unknown_name(int u) { return (u >= 0 && u < CAL_COUNT) ? unknown_names[u] : NULL; }
const char *cal_target_key(int u) { return (u >= 0 && u < CAL_COUNT) ? pp_param_get(target_keys[u])->key : NULL; }

typedef struct {
    const scn_scenario *s;
    cal_result *cal;
    run_result *run;
    int map[CAL_COUNT]; /* solver variable j -> unknown map[j] */
    int n;
    int level_key;      /* the observed figure the level is solved from */
    int coal_year;      /* the year of the coal share the first-year shift is solved from */
    int step_year[CAL_STEPS];
} cal_problem;

/* 1 when a path key holds points from the file, not its default 0. */
static int path_given(const scn_scenario *s, int key)
{
    const pp_path *p = &s->path[key];
    return p->n > 0 && !(p->n == 1 && p->year[0] == 0 && p->value[0] == 0);
}

int cal_step_year(const scn_scenario *s, int k)
{
    const pp_path *p = &s->path[P_CAL_EI_YOY];
    return (k >= 0 && k < CAL_STEPS && path_given(s, P_CAL_EI_YOY) && k < p->n) ? p->year[k] : 0;
}

/* The year whose coal share solves the first-year shift: calibration.coal_share_pct's, else the first. */
static int coal_target_year(const scn_scenario *s)
{
    return path_given(s, P_CAL_COAL_YEAR) ? s->path[P_CAL_COAL_YEAR].year[0] : (int)scn_scalar(s, P_YEARS_FIRST);
}

/* The level enters as its logarithm so the solver can never make intensities negative. */
static void unpack(const cal_problem *pb, const gsl_vector *x, double value[CAL_COUNT])
{
    for (int u = 0; u < CAL_COUNT; u++) value[u] = (u == CAL_LEVEL || u == CAL_OIL) ? 1.0 : 0.0;
    for (int j = 0; j < pb->n; j++) { /* the two multipliers enter as logarithms: never negative */
        double xj = gsl_vector_get(x, (size_t)j);
        value[pb->map[j]] = (pb->map[j] == CAL_LEVEL || pb->map[j] == CAL_OIL) ? exp(xj) : xj;
    }
    /* with only the first year's coal share observed, its shift is held over the whole run */
    if (!pb->cal->active[CAL_COAL_END]) value[CAL_COAL_END] = value[CAL_COAL_FIRST];
}

/* What the historical run gives for each observed figure. */
static void achieved(const cal_problem *pb, double out[CAL_COUNT])
{
    const run_result *r = pb->run;
    int last = r->n_years - 1, first = r->first_year;
    out[CAL_LEVEL] = pb->level_key == P_CAL_CO2_FIRST ? r->v[RV_CO2_ENERGY][0]
                   : pb->level_key == P_CAL_ENERGY_FIRST ? r->v[RV_ENERGY][0] : r->v[RV_ENERGY][last];
    out[CAL_TREND] = 100.0 * r->v[RV_EI][last] / r->v[RV_EI][0];
    out[CAL_COAL_FIRST] = r->v[RV_COAL_SHARE][pb->coal_year - first];
    out[CAL_COAL_END] = r->v[RV_COAL_SHARE][last];
    out[CAL_IMPORT] = 100.0 * r->v[RV_CI][last] / r->v[RV_CI][0];
    out[CAL_OIL] = r->v[RV_OIL_SHARE][last];
    for (int k = 0; k < CAL_STEPS; k++) { /* % change of intensity over the year before */
        int i = pb->step_year[k] - first;
        out[CAL_STEP0 + k] = i > 0 ? 100.0 * (r->v[RV_EI][i] / r->v[RV_EI][i - 1] - 1.0) : 0.0;
    }
}

static void evaluate(cal_problem *pb, const double value[CAL_COUNT])
{
    run_years(pb->s, value, (int)scn_scalar(pb->s, P_YEARS_HIST_END), pb->run);
    achieved(pb, pb->cal->achieved);
    for (int u = 0; u < CAL_COUNT; u++) {
        pb->cal->value[u] = value[u];
        pb->cal->residual[u] = pb->cal->active[u] ? pb->cal->achieved[u] - pb->cal->target[u] : 0.0;
    }
}

static int residual_fn(const gsl_vector *x, void *params, gsl_vector *f)
{
    cal_problem *pb = params;
    double value[CAL_COUNT];
    unpack(pb, x, value);
    evaluate(pb, value);
    for (int j = 0; j < pb->n; j++) {
        double rj = pb->cal->residual[pb->map[j]];
        if (!isfinite(rj)) return GSL_EDOM;
        gsl_vector_set(f, (size_t)j, rj);
    }
    return GSL_SUCCESS;
}

/* Reads the years of the yearly targets: at most CAL_STEPS intensity changes, each in a historical
 * year after the first (the change needs the year before), and one coal share of a historical year
 * instead of the first year's. */
static pp_status setup_yearly(const scn_scenario *s, cal_problem *pb, pp_error *err)
{
    int first = (int)scn_scalar(s, P_YEARS_FIRST), hist_end = (int)scn_scalar(s, P_YEARS_HIST_END);
    const pp_path *yoy = &s->path[P_CAL_EI_YOY], *coal = &s->path[P_CAL_COAL_YEAR];
    int bad_key = -1;
    for (int k = 0; k < CAL_STEPS; k++) pb->step_year[k] = cal_step_year(s, k);
    pb->coal_year = coal_target_year(s);
    if (path_given(s, P_CAL_EI_YOY)) {
        if (yoy->n > CAL_STEPS) bad_key = P_CAL_EI_YOY;
        for (int k = 0; k < yoy->n; k++)
            if (yoy->year[k] <= first || yoy->year[k] > hist_end) bad_key = P_CAL_EI_YOY;
        if (bad_key >= 0)
            pp_error_set(err, PP_ERR_INPUT, "energy_intensity_change_pct takes at most %d YEAR:%% points, each a "
                         "historical year after the first (%d..%d), e.g. %d:-2.88", CAL_STEPS, first + 1, hist_end, hist_end);
    }
    if (bad_key < 0 && path_given(s, P_CAL_COAL_YEAR)) {
        bad_key = P_CAL_COAL_YEAR;
        if (scn_scalar(s, P_CAL_COAL_FIRST) > 0)
            pp_error_set(err, PP_ERR_INPUT, "give coal_share_first_pct or coal_share_pct, not both: each solves the "
                         "first-year coal/gas shift");
        else if (coal->n != 1 || coal->year[0] < first || coal->year[0] >= hist_end + (hist_end == first))
            pp_error_set(err, PP_ERR_INPUT, "coal_share_pct takes one YEAR:%% point, a historical year before "
                         "hist_end_year (%d..%d; hist_end_year's is coal_share_end_pct), e.g. %d:86.42", first,
                         hist_end > first ? hist_end - 1 : first, first);
        else bad_key = -1;
    }
    if (bad_key < 0) return PP_OK;
    pp_error_where(err, scn_file(s), "calibration", pp_param_get(bad_key)->key, s->line[bad_key]);
    return PP_ERR_INPUT;
}

/* Reads which figures the scenario observes. Trend, end-year coal and imports need history. */
static pp_status setup(const scn_scenario *s, cal_result *cal, cal_problem *pb, pp_error *err)
{
    int has_history = scn_scalar(s, P_YEARS_HIST_END) > scn_scalar(s, P_YEARS_FIRST);
    pb->n = 0;
    pb->level_key = P_CAL_ENERGY_END;
    {   /* the level comes from one of three figures */
        static const int level_keys[] = {P_CAL_ENERGY_END, P_CAL_CO2_FIRST, P_CAL_ENERGY_FIRST};
        int given = 0;
        for (size_t i = 0; i < sizeof level_keys / sizeof level_keys[0]; i++) {
            if (scn_scalar(s, level_keys[i]) <= 0) continue;
            if (given++) {
                pp_error_set(err, PP_ERR_INPUT, "give one of energy_mtce_end, co2_energy_mt_first, energy_mtce_first, "
                             "not both %s and %s: each solves the same intensity level",
                             pp_param_get(pb->level_key)->key, pp_param_get(level_keys[i])->key);
                pp_error_where(err, scn_file(s), "calibration", pp_param_get(level_keys[i])->key, s->line[level_keys[i]]);
                return PP_ERR_INPUT;
            }
            pb->level_key = level_keys[i];
        }
    }
    if (setup_yearly(s, pb, err) != PP_OK) return PP_ERR_INPUT;
    for (int u = 0; u < CAL_COUNT; u++) {
        int key = u == CAL_LEVEL ? pb->level_key : target_keys[u];
        double t = scn_scalar(s, key);
        if (u == CAL_COAL_FIRST && path_given(s, P_CAL_COAL_YEAR)) { /* the coal share of another year */
            key = P_CAL_COAL_YEAR;
            t = s->path[key].value[0];
        }
        cal->target_param[u] = key;
        cal->target[u] = t;
        cal->active[u] = t > 0;
        if (u >= CAL_STEP0) { /* a yearly change may be zero or negative: given when its year is */
            cal->target[u] = pb->step_year[u - CAL_STEP0] ? s->path[key].value[u - CAL_STEP0] : 0.0;
            cal->active[u] = pb->step_year[u - CAL_STEP0] != 0;
        }
        if (!cal->active[u]) continue;
        if (!has_history && u != CAL_LEVEL && u != CAL_COAL_FIRST && u != CAL_OIL) {
            pp_error_set(err, PP_ERR_INPUT, "%s = %g needs history, but first_year equals hist_end_year",
                         pp_param_get(key)->key, t);
            pp_error_where(err, scn_file(s), "calibration", pp_param_get(key)->key, s->line[key]);
            return PP_ERR_INPUT;
        }
        pb->map[pb->n++] = u;
    }
    cal->n_active = pb->n;
    return PP_OK;
}

/* ---- explaining a calibration that fails ---- */

/* What a planner changes when an unknown is pushed past its hard bound, low side and high side:
 * the unknown stands in for inputs the scenario gives, so the fix is in those inputs or in the
 * observed figure. */
#define STEP_FIX_LOW "the observed change is far above the paths': check economy.gdp_growth_pct that year " \
    "and the figure's statistical_basis"
#define STEP_FIX_HIGH "the observed fall is far beyond the paths': check economy.gdp_growth_pct that year " \
    "and the figure's statistical_basis"
static const char *const fix_low[CAL_COUNT] = {
    "lower the [sector] intensity values (they give far more energy than observed) or check the observed figure",
    "the observed intensity fall is too small for the improve_pct paths: lower [sector].improve_pct over history or check economy.gdp_growth_pct",
    NULL, NULL, /* the shifts are explained by the shares that cap them (shift_cap) */
    "raise power.import_twh over history or drop calibration.carbon_intensity_index_end",
    "lower transport.intensity or the sectors' oil_pct (they give far more oil than observed), or check oil_share_end_pct",
    STEP_FIX_LOW, STEP_FIX_LOW, STEP_FIX_LOW,
};
static const char *const fix_high[CAL_COUNT] = {
    "raise the [sector] intensity values (they give far less energy than observed) or check the observed figure",
    "the observed intensity fall is larger than the improve_pct paths give: raise [sector].improve_pct over history or check economy.gdp_growth_pct",
    NULL, NULL,
    "lower power.import_twh over history or drop calibration.carbon_intensity_index_end",
    "raise transport.intensity or the sectors' oil_pct (they give far less oil than observed), or check oil_share_end_pct",
    STEP_FIX_HIGH, STEP_FIX_HIGH, STEP_FIX_HIGH,
};

/* Year of a shift unknown. */
static int shift_year(const scn_scenario *s, int u)
{
    return u == CAL_COAL_FIRST ? coal_target_year(s) : (int)scn_scalar(s, P_YEARS_HIST_END);
}

/* The share of industry's non-electric energy that caps the coal/gas shift in `year` (demand.c
 * moves at most the sector's gas to coal, at most its coal to gas): the largest of heavy and other
 * industry's gas (raise) or coal (lower) share, and the section holding it. */
static double shift_cap(const scn_scenario *s, int year, int raise, int *section_param)
{
    static const int sectors[] = {SEC_HEAVY, SEC_OTHERIND};
    double cap = -1;
    for (size_t i = 0; i < sizeof sectors / sizeof sectors[0]; i++) {
        int k = sectors[i];
        double gas = pp_path_at(&s->path[model_sector_param(k, SK_GAS)], year);
        double coal = 100.0 - gas - pp_path_at(&s->path[model_sector_param(k, SK_OIL)], year)
                    - pp_path_at(&s->path[model_sector_param(k, SK_HEAT)], year);
        double c = raise ? gas : coal;
        if (c > cap) { cap = c; *section_param = model_sector_param(k, SK_GAS); }
    }
    return cap;
}

/* Appends to buf the explanation of unknown u when it sits at a bound; returns the length used. */
static size_t explain_unknown(const scn_scenario *s, const cal_result *cal, int u, char *buf, size_t size)
{
    const char *target = pp_param_get(cal->target_param[u])->key;
    double v = cal->value[u];
    if (u == CAL_COAL_FIRST || u == CAL_COAL_END) {
        int year = shift_year(s, u), raise = v > 0, sec = 0;
        double cap = shift_cap(s, year, raise, &sec);
        const char *section = pp_param_get(sec)->section;
        if (fabs(v) + 1e-9 >= cap && raise) /* all of industry's gas moved to coal and still short */
            return (size_t)snprintf(buf, size, "; %s sat at %.3g points, its bound: industry gas share %.3g %% in %d "
                "caps the coal/gas shift: raise %s.gas_pct or drop %s", unknown_names[u], v, cap, year, section, target);
        if (fabs(v) + 1e-9 >= cap) /* all of industry's coal moved to gas and still too much coal */
            return (size_t)snprintf(buf, size, "; %s sat at %.3g points, its bound: industry coal share %.3g %% in %d "
                "is used up, the coal is elsewhere: lower coal in households, services or power, or drop %s",
                unknown_names[u], v, cap, year, target);
        if (v >= unknown_lo[u] && v <= unknown_hi[u]) return 0;
        return (size_t)snprintf(buf, size, "; %s at %.3g points is beyond its bound %g..%g: the file's fuel split "
            "gives far %s coal than %s: %s heavy_industry.gas_pct and other_industry.gas_pct", unknown_names[u], v,
            unknown_lo[u], unknown_hi[u], raise ? "less" : "more", target, raise ? "lower" : "raise");
    }
    if (v >= unknown_lo[u] && v <= unknown_hi[u]) return 0;
    return (size_t)snprintf(buf, size, "; %s sat at %.3g, beyond its bound %g..%g: %s", unknown_names[u], v,
                            unknown_lo[u], unknown_hi[u], v < unknown_lo[u] ? fix_low[u] : fix_high[u]);
}

/* Appends the explanation of every unknown at a bound; "" when none is (then the figures
 * contradict each other through the model without any one unknown running away). */
static void explain(const scn_scenario *s, const cal_result *cal, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int u = 0; u < CAL_COUNT && used < size; u++)
        if (cal->active[u]) used += explain_unknown(s, cal, u, buf + used, size - used);
    if (!used) snprintf(buf, size, "; no unknown at a bound: the observed figures contradict each other "
                        "through the model; drop the missed figures one at a time");
}

/* Names every figure missed, with by how much, and every unknown at a bound with the key to
 * change, into err. */
static pp_status report_failure(const scn_scenario *s, const cal_result *cal, const char *why, pp_error *err)
{
    char list[160] = "", cause[PP_ERR_MSG_MAX - 160];
    size_t used = 0;
    int first_missed = -1;
    for (int u = 0; u < CAL_COUNT && used < sizeof list; u++)
        if (cal->active[u] && fabs(cal->residual[u]) > CAL_TOL) {
            used += (size_t)snprintf(list + used, sizeof list - used, "%s%s = %g (model %.4g)", used ? ", " : "",
                                     pp_param_get(cal->target_param[u])->key, cal->target[u], cal->achieved[u]);
            if (first_missed < 0) first_missed = u;
        }
    explain(s, cal, cause, sizeof cause);
    pp_error_set(err, PP_ERR_SOLVER, "calibration failed (%s, %d iterations); missed: %s%s%s", why,
                 cal->iterations, used ? list : "none", cause,
                 scn_scalar(s, P_POWER_IMPORT_COUNTS) == 0
                     ? " (power.import_counts_in_energy = 0 leaves imports out of energy use, so the observed "
                       "totals, which count them, must come from local fuel alone)" : "");
    pp_error_where(err, scn_file(s), "calibration",
                   first_missed >= 0 ? pp_param_get(cal->target_param[first_missed])->key : NULL,
                   first_missed >= 0 ? s->line[cal->target_param[first_missed]] : 0);
    return PP_ERR_SOLVER;
}

static pp_status check_plausible(const scn_scenario *s, const cal_result *cal, pp_error *err)
{
    for (int u = 0; u < CAL_COUNT; u++) {
        char cause[PP_ERR_MSG_MAX / 2];
        if (!cal->active[u] || (cal->value[u] >= unknown_lo[u] && cal->value[u] <= unknown_hi[u])) continue;
        explain_unknown(s, cal, u, cause, sizeof cause);
        pp_error_set(err, PP_ERR_SOLVER,
                     "calibration reproduces %s = %g only with an implausible %s of %g (plausible: %g..%g): "
                     "the observed figures contradict the scenario's other inputs%s", pp_param_get(cal->target_param[u])->key,
                     cal->target[u], unknown_names[u], cal->value[u], unknown_lo[u], unknown_hi[u], cause);
        pp_error_where(err, scn_file(s), "calibration", pp_param_get(cal->target_param[u])->key,
                       s->line[cal->target_param[u]]);
        return PP_ERR_SOLVER;
    }
    return PP_OK;
}

static void warn(cal_result *cal, const char *fmt, ...)
{
    va_list ap;
    if (cal->n_warnings >= CAL_MAX_WARNINGS) return;
    va_start(ap, fmt);
    vsnprintf(cal->warning[cal->n_warnings++], CAL_WARNING_MAX, fmt, ap);
    va_end(ap);
}

/* The calibrated coal/gas shift moves points of industry's non-electric energy from gas to coal;
 * demand.c stops it where a sector's gas (or coal) runs out. Reaching that stop means the coal
 * share is met only by using up a fuel, which the scenario's shares should say instead. */
static void warn_shift_bound(const scn_scenario *s, cal_result *cal, int u)
{
    static const int sectors[] = {SEC_HEAVY, SEC_OTHERIND};
    int year = shift_year(s, u);
    double shift = cal->value[u];
    for (size_t i = 0; i < sizeof sectors / sizeof sectors[0]; i++) {
        int k = sectors[i], gas_key = model_sector_param(k, SK_GAS);
        double gas = pp_path_at(&s->path[gas_key], year);
        double coal = 100.0 - gas - pp_path_at(&s->path[model_sector_param(k, SK_OIL)], year)
                    - pp_path_at(&s->path[model_sector_param(k, SK_HEAT)], year);
        if (shift >= gas || -shift >= coal) {
            warn(cal, "the industry coal/gas shift (%g points in %d) is at its bound in %s: its %s share of "
                 "the non-electric energy (%g %%) is used up; %s %s.gas_pct there", shift, year,
                 pp_param_get(gas_key)->section, shift >= gas ? "gas" : "coal", shift >= gas ? gas : coal,
                 shift >= gas ? "raise" : "lower", pp_param_get(gas_key)->section);
            return;
        }
    }
}

/* Fills cal->warning from the solved values and the calibrated historical run r. */
static void check_warnings(const scn_scenario *s, const run_result *r, cal_result *cal)
{
    int first = (int)scn_scalar(s, P_YEARS_FIRST), hist_end = (int)scn_scalar(s, P_YEARS_HIST_END);
    double planned = pp_path_at(&s->path[P_POWER_IMPORT_TWH], hist_end);
    cal->n_warnings = 0;
    for (int u = 0; u < CAL_COUNT; u++)
        if (cal->active[u] && u != CAL_IMPORT && (cal->value[u] < plausible_lo[u] || cal->value[u] > plausible_hi[u]))
            warn(cal, "calibrated %s = %g, outside its plausible range %g..%g: the observed %s and the "
                 "scenario's assumptions disagree; %s", unknown_names[u], cal->value[u], plausible_lo[u], plausible_hi[u],
                 pp_param_get(cal->target_param[u])->key, plausible_fix[u]);
    if (cal->active[CAL_IMPORT] && fabs(cal->value[CAL_IMPORT]) > IMPORT_PLAUSIBLE_TWH
        && fabs(cal->value[CAL_IMPORT]) > IMPORT_PLAUSIBLE_FRAC * fabs(planned))
        warn(cal, "calibrated net import correction %g TWh in %d, large against the %g TWh of power.import_twh",
             cal->value[CAL_IMPORT], hist_end, planned);
    if (cal->active[CAL_COAL_FIRST]) warn_shift_bound(s, cal, CAL_COAL_FIRST);
    if (cal->active[CAL_COAL_END]) warn_shift_bound(s, cal, CAL_COAL_END);
    for (size_t k = 0; k < sizeof checked / sizeof checked[0]; k++) {
        double target = scn_scalar(s, checked[k].key), model = r->v[checked[k].var][r->n_years - 1];
        if (target > 0 && fabs(model - target) > CHECK_TOL_PT)
            warn(cal, "observed %s = %g %%, the calibrated run gives %.3g %% in %d (%+.2g points; checked, not "
                 "solved): adjust %s", pp_param_get(checked[k].key)->key, target, model, hist_end, model - target,
                 checked[k].inputs);
    }
    /* demand.c takes cement's energy out of heavy industry's first-year energy, never below zero */
    if (r->v[RV_FIN_CEMENT][0] >= r->v[RV_FIN_HEAVY][0] && r->v[RV_FIN_CEMENT][0] > 0)
        warn(cal, "cement's energy in %d (%g Mtce) is all of heavy industry's: the rest of heavy industry "
             "gets no energy; check emissions.cement_mt, industry.cement_* and heavy_industry.intensity",
             first, r->v[RV_FIN_CEMENT][0]);
    /* only the correction can turn a planned importer into an exporter: a file that plans exports
     * (Sichuan, Shanxi) gets them without a warning */
    for (int i = 0; i < r->n_years && cal->active[CAL_IMPORT]; i++)
        if (r->v[RV_IMPORT][i] < 0 && pp_path_at(&s->path[P_POWER_IMPORT_TWH], first + i) >= 0) {
            warn(cal, "calibrated net imports are %g TWh in %d: the province would be sending power out%s",
                 r->v[RV_IMPORT][i], first + i,
                 scn_scalar(s, P_POWER_IMPORT_COUNTS) == 0 ? " (with import_counts_in_energy = 0 the carbon "
                 "intensity is met by changing imports that do not count in energy use)" : "");
            break;
        }
}

static pp_status solve(cal_problem *pb, pp_error *err)
{
    const gsl_multiroot_fsolver_type *type = gsl_multiroot_fsolver_hybrids;
    gsl_multiroot_fsolver *solver = gsl_multiroot_fsolver_alloc(type, (size_t)pb->n);
    gsl_vector *x = gsl_vector_calloc((size_t)pb->n); /* start: level 1 (log 0), everything else 0 */
    gsl_multiroot_function fn = {residual_fn, (size_t)pb->n, pb};
    int status = GSL_CONTINUE, iter = 0;
    pp_status st = PP_OK;

    if (!solver || !x) {
        st = pp_error_set(err, PP_ERR_NOMEM, "out of memory for the calibration solver");
    } else if ((status = gsl_multiroot_fsolver_set(solver, &fn, x)) != GSL_SUCCESS) {
        st = report_failure(pb->s, pb->cal, gsl_strerror(status), err);
    } else {
        status = GSL_CONTINUE;
        while (status == GSL_CONTINUE && iter++ < CAL_MAX_ITER) {
            status = gsl_multiroot_fsolver_iterate(solver);
            if (status != GSL_SUCCESS) break;
            status = gsl_multiroot_test_residual(solver->f, CAL_TOL);
        }
        pb->cal->iterations = iter;
        residual_fn(solver->x, pb, solver->f); /* leave the cal_result at the final iterate */
        if (status != GSL_SUCCESS)
            st = report_failure(pb->s, pb->cal, status == GSL_CONTINUE ? "no convergence" : gsl_strerror(status), err);
    }
    gsl_multiroot_fsolver_free(solver);
    gsl_vector_free(x);
    return st;
}

pp_status cal_calibrate(const scn_scenario *s, cal_result *out, pp_error *err)
{
    cal_problem pb = {s, out, NULL, {0}, 0, P_CAL_ENERGY_END, 0, {0}};
    double neutral[CAL_COUNT] = {1.0, 0, 0, 0, 0, 1.0, 0, 0, 0};
    pp_status st = scn_validate(s, err);

    pp_gsl_init(); /* GSL errors come back as statuses (sim/pp_gsl.h) */
    *out = (cal_result){0};
    if (st != PP_OK) return st;
    st = setup(s, out, &pb, err);
    if (st != PP_OK) return st;
    pb.run = malloc(sizeof *pb.run);
    if (!pb.run) return pp_error_set(err, PP_ERR_NOMEM, "out of memory for calibration");
    if (pb.n == 0) evaluate(&pb, neutral);
    else st = solve(&pb, err);
    if (st == PP_OK) check_warnings(s, pb.run, out);
    free(pb.run);
    if (st != PP_OK) return st;
    return check_plausible(s, out, err);
}
