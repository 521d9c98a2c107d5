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
#include <stdio.h>
#include <stdlib.h>

#define CAL_MAX_ITER 200
#define CAL_TOL 1e-7 /* in the unit of each observed figure (Mtce, %, index points) */

/* The unknowns' names, as messages (report/error_list.h: CALU_*) rendered in the reader's language. */
static const pp_msg_id unknown_msg[CAL_COUNT] = {
    PPM_CALU_LEVEL, PPM_CALU_TREND, PPM_CALU_COAL_FIRST, PPM_CALU_COAL_END, PPM_CALU_IMPORT, PPM_CALU_OIL,
    PPM_CALU_STEP1, PPM_CALU_STEP2, PPM_CALU_STEP3,
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
static const pp_msg_id plausible_fix[CAL_COUNT] = {
    PPM_CALCHK_LEVEL, PPM_CALCHK_TREND, PPM_CALCHK_COAL_FIRST, PPM_CALCHK_COAL_END, PPM_CALCHK_IMPORT, PPM_CALCHK_OIL,
    PPM_CALCHK_STEP, PPM_CALCHK_STEP, PPM_CALCHK_STEP,
};
/* Observed shares the calibration checks but does not solve: a miss of more than CHECK_TOL_PT
 * points is a warning naming the inputs that move the share. They have no unknown of their own:
 * the non-fossil share follows from published capacities, hours and exports (solving it would
 * overwrite a published figure), and gas trades against coal through the one industry shift that
 * the coal share already solves. The oil share is solved (CAL_OIL, transport's intensity). */
static const struct {
    int key, var;
    pp_msg_id inputs;
} checked[] = {
    {P_CAL_NONFOSSIL_END, RV_NONFOSSIL_SHARE, PPM_CALIN_NONFOSSIL},
    {P_CAL_GAS_END, RV_GAS_SHARE, PPM_CALIN_GAS},
};
#define CHECK_TOL_PT 0.5
#define IMPORT_PLAUSIBLE_FRAC 0.3  /* import correction beyond 30 % of the planned imports ... */
#define IMPORT_PLAUSIBLE_TWH 10.0  /* ... and beyond 10 TWh */

pp_msg_id cal_unknown_msg(int u) { return (u >= 0 && u < CAL_COUNT) ? unknown_msg[u] : PPM_NONE; }
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
            pp_error_set(err, PP_ERR_INPUT, CAL_YOY_SHAPE, PP_I(CAL_STEPS), PP_I(first + 1), PP_I(hist_end), PP_I(hist_end));
    }
    if (bad_key < 0 && path_given(s, P_CAL_COAL_YEAR)) {
        bad_key = P_CAL_COAL_YEAR;
        if (scn_scalar(s, P_CAL_COAL_FIRST) > 0)
            pp_error_set(err, PP_ERR_INPUT, CAL_COAL_TWICE);
        else if (coal->n != 1 || coal->year[0] < first || coal->year[0] >= hist_end + (hist_end == first))
            pp_error_set(err, PP_ERR_INPUT, CAL_COAL_YEAR_SHAPE, PP_I(first), PP_I(hist_end > first ? hist_end - 1 : first),
                         PP_I(first));
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
                pp_error_set(err, PP_ERR_INPUT, CAL_LEVEL_TWICE, PP_S(pp_param_get(pb->level_key)->key),
                             PP_S(pp_param_get(level_keys[i])->key));
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
            pp_error_set(err, PP_ERR_INPUT, CAL_NEEDS_HISTORY, PP_S(pp_param_get(key)->key), PP_G(t));
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
static const pp_msg_id fix_low[CAL_COUNT] = {
    PPM_CALFIX_LOW_LEVEL, PPM_CALFIX_LOW_TREND,
    PPM_NONE, PPM_NONE, /* the shifts are explained by the shares that cap them (shift_cap) */
    PPM_CALFIX_LOW_IMPORT, PPM_CALFIX_LOW_OIL, PPM_CALFIX_LOW_STEP, PPM_CALFIX_LOW_STEP, PPM_CALFIX_LOW_STEP,
};
static const pp_msg_id fix_high[CAL_COUNT] = {
    PPM_CALFIX_HIGH_LEVEL, PPM_CALFIX_HIGH_TREND, PPM_NONE, PPM_NONE, PPM_CALFIX_HIGH_IMPORT, PPM_CALFIX_HIGH_OIL,
    PPM_CALFIX_HIGH_STEP, PPM_CALFIX_HIGH_STEP, PPM_CALFIX_HIGH_STEP,
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

/* The explanation of unknown u when it sits at a bound, into m; returns 0 (m untouched) when it
 * does not. */
static int explain_unknown(const scn_scenario *s, const cal_result *cal, int u, pp_message *m)
{
    const char *target = pp_param_get(cal->target_param[u])->key;
    double v = cal->value[u];
    if (u == CAL_COAL_FIRST || u == CAL_COAL_END) {
        int year = shift_year(s, u), raise = v > 0, sec = 0;
        double cap = shift_cap(s, year, raise, &sec);
        const char *section = pp_param_get(sec)->section;
        if (fabs(v) + 1e-9 >= cap && raise) /* all of industry's gas moved to coal and still short */
            return pp_message_set(m, CAL_SHIFT_GAS_CAP, PP_M(unknown_msg[u]), PP_GP(v, 3), PP_GP(cap, 3), PP_I(year),
                                  PP_S(section), PP_S(target)), 1;
        if (fabs(v) + 1e-9 >= cap) /* all of industry's coal moved to gas and still too much coal */
            return pp_message_set(m, CAL_SHIFT_COAL_USED, PP_M(unknown_msg[u]), PP_GP(v, 3), PP_GP(cap, 3), PP_I(year),
                                  PP_S(target)), 1;
        if (v >= unknown_lo[u] && v <= unknown_hi[u]) return 0;
        if (raise)
            pp_message_set(m, CAL_SHIFT_BEYOND_LESS_COAL, PP_M(unknown_msg[u]), PP_GP(v, 3), PP_G(unknown_lo[u]),
                           PP_G(unknown_hi[u]), PP_S(target));
        else
            pp_message_set(m, CAL_SHIFT_BEYOND_MORE_COAL, PP_M(unknown_msg[u]), PP_GP(v, 3), PP_G(unknown_lo[u]),
                           PP_G(unknown_hi[u]), PP_S(target));
        return 1;
    }
    if (v >= unknown_lo[u] && v <= unknown_hi[u]) return 0;
    pp_message_set(m, CAL_UNKNOWN_BEYOND, PP_M(unknown_msg[u]), PP_GP(v, 3), PP_G(unknown_lo[u]), PP_G(unknown_hi[u]),
                   PP_M(v < unknown_lo[u] ? fix_low[u] : fix_high[u]));
    return 1;
}

/* The explanation of the first unknown at a bound into m, or "no unknown at a bound" (then the
 * figures contradict each other through the model without any one unknown running away). */
static void explain(const scn_scenario *s, const cal_result *cal, pp_message *m)
{
    for (int u = 0; u < CAL_COUNT; u++)
        if (cal->active[u] && explain_unknown(s, cal, u, m)) return;
    pp_message_set(m, CAL_NO_BOUND);
}

/* Names every figure missed, with by how much ("key = observed (-> model)", language-free), and the
 * first unknown at a bound with the key to change (the cause, {0}), into err. why is a GSL
 * error text, or NULL for "no convergence". */
static pp_status report_failure(const scn_scenario *s, const cal_result *cal, const char *why, pp_error *err)
{
    char list[PP_MSG_TEXT_MAX / 2] = "";
    size_t used = 0;
    int first_missed = -1;
    for (int u = 0; u < CAL_COUNT && used < sizeof list; u++)
        if (cal->active[u] && fabs(cal->residual[u]) > CAL_TOL) {
            used += (size_t)snprintf(list + used, sizeof list - used, "%s%s = %g (-> %.4g)", used ? ", " : "",
                                     pp_param_get(cal->target_param[u])->key, cal->target[u], cal->achieved[u]);
            if (first_missed < 0) first_missed = u;
        }
    if (!used) snprintf(list, sizeof list, "-");
    if (!err) return PP_ERR_SOLVER;
    if (why) pp_error_set(err, PP_ERR_SOLVER, CAL_FAILED, PP_S(why), PP_I(cal->iterations), PP_S(list));
    else pp_error_set(err, PP_ERR_SOLVER, CAL_FAILED_NO_CONVERGENCE, PP_I(cal->iterations), PP_S(list));
    explain(s, cal, &err->cause);
    if (scn_scalar(s, P_POWER_IMPORT_COUNTS) == 0) pp_error_context(err, CAL_IMPORTS_NOT_COUNTED);
    pp_error_where(err, scn_file(s), "calibration",
                   first_missed >= 0 ? pp_param_get(cal->target_param[first_missed])->key : NULL,
                   first_missed >= 0 ? s->line[cal->target_param[first_missed]] : 0);
    return PP_ERR_SOLVER;
}

static pp_status check_plausible(const scn_scenario *s, const cal_result *cal, pp_error *err)
{
    for (int u = 0; u < CAL_COUNT; u++) {
        if (!cal->active[u] || (cal->value[u] >= unknown_lo[u] && cal->value[u] <= unknown_hi[u])) continue;
        if (!err) return PP_ERR_SOLVER;
        pp_error_set(err, PP_ERR_SOLVER, CAL_IMPLAUSIBLE, PP_S(pp_param_get(cal->target_param[u])->key),
                     PP_G(cal->target[u]), PP_M(unknown_msg[u]), PP_G(cal->value[u]), PP_G(unknown_lo[u]),
                     PP_G(unknown_hi[u]));
        if (!explain_unknown(s, cal, u, &err->cause)) pp_message_set(&err->cause, CAL_NO_BOUND);
        pp_error_where(err, scn_file(s), "calibration", pp_param_get(cal->target_param[u])->key,
                       s->line[cal->target_param[u]]);
        return PP_ERR_SOLVER;
    }
    return PP_OK;
}

/* The next free warning slot of cal, or NULL when all CAL_MAX_WARNINGS are used. */
static pp_message *warn(cal_result *cal)
{
    return cal->n_warnings < CAL_MAX_WARNINGS ? &cal->warning[cal->n_warnings++] : NULL;
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
            if (shift >= gas)
                pp_message_set(warn(cal), CALW_SHIFT_GAS_USED, PP_G(shift), PP_I(year), PP_S(pp_param_get(gas_key)->section),
                               PP_G(gas));
            else
                pp_message_set(warn(cal), CALW_SHIFT_COAL_USED, PP_G(shift), PP_I(year), PP_S(pp_param_get(gas_key)->section),
                               PP_G(coal));
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
            pp_message_set(warn(cal), CALW_IMPLAUSIBLE, PP_M(unknown_msg[u]), PP_G(cal->value[u]), PP_G(plausible_lo[u]),
                           PP_G(plausible_hi[u]), PP_S(pp_param_get(cal->target_param[u])->key), PP_M(plausible_fix[u]));
    if (cal->active[CAL_IMPORT] && fabs(cal->value[CAL_IMPORT]) > IMPORT_PLAUSIBLE_TWH
        && fabs(cal->value[CAL_IMPORT]) > IMPORT_PLAUSIBLE_FRAC * fabs(planned))
        pp_message_set(warn(cal), CALW_IMPORT_LARGE, PP_G(cal->value[CAL_IMPORT]), PP_I(hist_end), PP_G(planned));
    if (cal->active[CAL_COAL_FIRST]) warn_shift_bound(s, cal, CAL_COAL_FIRST);
    if (cal->active[CAL_COAL_END]) warn_shift_bound(s, cal, CAL_COAL_END);
    for (size_t k = 0; k < sizeof checked / sizeof checked[0]; k++) {
        double target = scn_scalar(s, checked[k].key), model = r->v[checked[k].var][r->n_years - 1];
        if (target > 0 && fabs(model - target) > CHECK_TOL_PT)
        {
            char diff[32];
            snprintf(diff, sizeof diff, "%+.2g", model - target);
            pp_message_set(warn(cal), CALW_CHECKED_SHARE, PP_S(pp_param_get(checked[k].key)->key), PP_G(target),
                           PP_GP(model, 3), PP_I(hist_end), PP_S(diff), PP_M(checked[k].inputs));
        }
    }
    /* demand.c takes cement's energy out of heavy industry's first-year energy, never below zero */
    if (r->v[RV_FIN_CEMENT][0] >= r->v[RV_FIN_HEAVY][0] && r->v[RV_FIN_CEMENT][0] > 0)
        pp_message_set(warn(cal), CALW_CEMENT_ALL, PP_I(first), PP_G(r->v[RV_FIN_CEMENT][0]));
    /* only the correction can turn a planned importer into an exporter: a file that plans exports
     * (Sichuan, Shanxi) gets them without a warning */
    for (int i = 0; i < r->n_years && cal->active[CAL_IMPORT]; i++)
        if (r->v[RV_IMPORT][i] < 0 && pp_path_at(&s->path[P_POWER_IMPORT_TWH], first + i) >= 0) {
            if (scn_scalar(s, P_POWER_IMPORT_COUNTS) == 0)
                pp_message_set(warn(cal), CALW_EXPORTER_NOT_COUNTED, PP_G(r->v[RV_IMPORT][i]), PP_I(first + i));
            else
                pp_message_set(warn(cal), CALW_EXPORTER, PP_G(r->v[RV_IMPORT][i]), PP_I(first + i));
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
        st = pp_error_set(err, PP_ERR_NOMEM, NOMEM);
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
            st = report_failure(pb->s, pb->cal, status == GSL_CONTINUE ? NULL : gsl_strerror(status), err);
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
    if (!pb.run) return pp_error_set(err, PP_ERR_NOMEM, NOMEM);

    if (pb.n == 0) evaluate(&pb, neutral);
    else st = solve(&pb, err);
    if (st == PP_OK) check_warnings(s, pb.run, out);
    free(pb.run);
    if (st != PP_OK) return st;
    return check_plausible(s, out, err);
}
