/* sim/model/run.c - the year loop: economy -> demand -> power -> energy balance -> emissions for each
 * year from the first to the end year and the indicators; the summary is sim/model/summary.c.
 * Owns no state between calls. Never prints. */
#include "cost.h"
#include "model.h"
#include "pollutants.h"
#include "run.h"

#include <math.h>
#include <string.h>
#include <strings.h>

static const run_var_info var_info[RV_COUNT] = {
#define RUN_VAR(id, name, unit, en, zh) {name, unit, en, zh},
#include "outputs_list.h"
#undef RUN_VAR
};

const run_var_info *run_var_get(int id) { return (id >= 0 && id < RV_COUNT) ? &var_info[id] : NULL; }

int run_var_find(const char *name)
{
    for (int i = 0; i < RV_COUNT; i++)
        if (!strcasecmp(var_info[i].name, name)) return i;
    return -1;
}

double run_at(const run_result *r, int var, int year)
{
    if (var < 0 || var >= RV_COUNT || year < r->first_year || year > r->end_year) return NAN;
    return r->v[var][year - r->first_year];
}

/* ---- calibration corrections over time ---- */

/* Fraction of the way from the first to the last historical year (1 after it): corrections solved
 * for the last historical year are reached linearly over history and held afterwards. */
static double hist_ramp(int year, int first, int hist_end)
{
    if (year <= first) return 0.0;
    if (year >= hist_end) return 1.0;
    return (double)(year - first) / (double)(hist_end - first);
}

/* The yearly intensity targets' years (cal_step_year; 0 = none) ride along with the inputs. */
static void year_cal(const double cal[CAL_COUNT], const int step_year[CAL_STEPS], int year, int first, int hist_end,
                     dem_cal *dc, double *import_offset)
{
    double ramp = hist_ramp(year, first, hist_end);
    dc->level = cal[CAL_LEVEL];
    dc->trend_pct = (year > first && year <= hist_end) ? cal[CAL_TREND] : 0.0;
    for (int k = 0; k < CAL_STEPS; k++)
        if (step_year[k] == year && year > first) dc->trend_pct += cal[CAL_STEP0 + k];
    dc->coal_shift = cal[CAL_COAL_FIRST] + (cal[CAL_COAL_END] - cal[CAL_COAL_FIRST]) * ramp;
    *import_offset = cal[CAL_IMPORT] * ramp;
}

/* ---- storing one year ---- */

static void store_economy(run_result *r, int i, const econ_year *e)
{
    r->v[RV_GDP][i] = e->gdp_bn;
    r->v[RV_POP][i] = e->pop_m;
    r->v[RV_GDP_PER_CAPITA][i] = e->gdp_bn / e->pop_m; /* bn / million = k CNY per person */
    r->v[RV_SHARE_PRIMARY][i] = e->share_primary_pct;
    r->v[RV_SHARE_SECONDARY][i] = e->share_secondary_pct;
    r->v[RV_SHARE_TERTIARY][i] = e->share_tertiary_pct;
    r->v[RV_IND_HEAVY][i] = e->ind_heavy_pct;
    r->v[RV_IND_HIGHTECH][i] = e->ind_hightech_pct;
    r->v[RV_IND_OTHER][i] = e->ind_other_pct;
}

static void store_demand(run_result *r, int i, const dem_year *d)
{
    for (int k = 0; k < SEC_COUNT; k++) r->v[RV_FIN_AGRI + k][i] = d->sector_mtce[k];
    for (int f = 0; f < FUEL_COUNT; f++) r->v[RV_FIN_COAL + f][i] = d->fuel_mtce[f];
    r->v[RV_FIN_CEMENT][i] = d->cement_fuel_mtce[FUEL_COAL] + d->cement_fuel_mtce[FUEL_ELEC];
    r->v[RV_FIN_TOTAL][i] = d->total_mtce;
    r->v[RV_NEV_STOCK][i] = d->nev_stock_pct;
}

static void store_power(run_result *r, int i, const power_year *p)
{
    r->v[RV_ELEC][i] = p->demand_twh;
    for (int t = 0; t < TECH_COUNT; t++) {
        r->v[RV_GEN_HYDRO + t][i] = p->gen_twh[t];
        r->v[RV_CAP_HYDRO + t][i] = p->cap_gw[t];
    }
    for (int c = 0; c < CORR_COUNT; c++) {
        r->v[RV_IMP_SW + 2 * c][i] = p->corridor_twh[c];
        r->v[RV_IMPNF_SW + 2 * c][i] = p->corridor_nonfossil_twh[c];
    }
    for (int k = 0; k < STORE_COUNT; k++) r->v[RV_STORE_PUMPED + k][i] = p->store_gw[k];
    for (int k = 0; k < BUILD_COUNT; k++) r->v[RV_BUILT_SOLAR + k][i] = p->built_gw[k];
    r->v[RV_IMPORT][i] = p->import_twh;
    r->v[RV_IMPORT_NONFOSSIL][i] = p->import_nonfossil_twh;
    r->v[RV_EXPORT][i] = p->export_twh;
    r->v[RV_CURTAIL][i] = p->curtail_twh;
    r->v[RV_UNSERVED][i] = p->unserved_twh;
    r->v[RV_IMPORT_MARKET][i] = p->market_twh;
    r->v[RV_STORAGE_LOSS][i] = p->storage_loss_twh;
    r->v[RV_COAL_HOURS][i] = p->coal_hours;
    r->v[RV_PEAK][i] = p->peak_gw;
    r->v[RV_FIRM][i] = p->firm_gw;
    r->v[RV_RESERVE][i] = p->reserve_margin_pct;
    r->v[RV_CCUS_POWER][i] = p->ccus_mt;
}

_Static_assert(RV_IMPORT_FOSSIL == RV_COAL + BAL_IMPORT_FOSSIL, "balance columns follow the balance categories");
_Static_assert(RV_IMPORT_FOSSIL_SHARE == RV_COAL_SHARE + BAL_IMPORT_FOSSIL, "share columns follow the balance categories");

static void store_balance_emissions(run_result *r, int i, const balance_year *b, const emis_year *e)
{
    r->v[RV_ENERGY][i] = b->total_mtce;
    r->v[RV_RENEWABLE_TWH][i] = b->renewable_twh;
    for (int c = 0; c < BAL_COUNT; c++) {
        r->v[RV_COAL + c][i] = b->mtce[c];
        r->v[RV_COAL_SHARE + c][i] = b->pct[c];
    }
    for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) r->v[RV_CO2_COAL + f][i] = e->fuel_mt[f];
    r->v[RV_CO2_ENERGY][i] = e->energy_mt;
    r->v[RV_CO2_PROCESS][i] = e->process_mt;
    r->v[RV_CO2][i] = e->gross_mt;
    r->v[RV_CO2_CCUS][i] = e->ccus_mt;
    r->v[RV_CO2_CCUS_IND][i] = e->ccus_industry_mt;
    r->v[RV_CO2_SINK][i] = e->sink_mt;
    r->v[RV_CO2_NET][i] = e->net_mt;
    r->v[RV_CO2_IMPORT][i] = e->import_mt;
}

static void store_air(run_result *r, int i, const air_year *a)
{
    r->v[RV_SO2][i] = a->kt[AP_SO2];
    r->v[RV_NOX][i] = a->kt[AP_NOX];
    r->v[RV_PM25][i] = a->kt[AP_PM25];
    r->v[RV_HEALTH_BN][i] = a->health_bn;
}

_Static_assert(RV_INV_STORE_PUMPED == RV_INV_HYDRO + TECH_COUNT, "storage investment follows the technologies'");
_Static_assert(RV_STORE_PUMPED == RV_CAP_HYDRO + TECH_COUNT, "storage capacity follows the technologies'");

/* The cost pass (sim/model/cost.c) after the year loop: its inputs and outputs are rows of r. */
static void run_costs(const model_inputs *in, const cost_notes *nt, run_result *r, int n)
{
    cost_io io;
    for (int k = 0; k < COST_ROWS; k++) {
        io.cap[k] = r->v[RV_CAP_HYDRO + k];
        io.inv[k] = r->v[RV_INV_HYDRO + k];
    }
    for (int t = 0; t < TECH_COUNT; t++) io.gen[t] = r->v[RV_GEN_HYDRO + t];
    for (int k = 0; k < SEC_COUNT; k++) io.sector_mtce[k] = r->v[RV_FIN_AGRI + k];
    io.pop_m = r->v[RV_POP];
    io.import_twh = r->v[RV_IMPORT];
    io.ccus_mt = r->v[RV_CO2_CCUS];
    io.inv_power = r->v[RV_INV_POWER];
    io.inv_enduse = r->v[RV_INV_ENDUSE];
    io.inv_total = r->v[RV_INV_TOTAL];
    io.capital = r->v[RV_COST_CAPITAL];
    io.om = r->v[RV_COST_OM];
    io.fuel = r->v[RV_COST_FUEL];
    io.ccus = r->v[RV_COST_CCUS];
    io.system = r->v[RV_COST_SYSTEM];
    io.carbon_price = r->v[RV_CARBON_PRICE];
    io.carbon_revenue = r->v[RV_CARBON_REVENUE];
    io.stranded_gw = r->v[RV_STRANDED_GW];
    io.stranded_bn = r->v[RV_STRANDED_BN];
    cost_run(in, nt, &io, n);
}

/* ---- indicators ---- */

/* Change of an intensity against a reference year, %, or NAN when that year is not in the run. */
static double change_vs(const run_result *r, int var, int i, int ref_year)
{
    int j = ref_year - r->first_year;
    if (j < 0 || j >= r->n_years) return NAN;
    return 100.0 * (r->v[var][i] / r->v[var][j] - 1.0);
}

/* Energy use as the 14th FYP assessment counts it (NDRC, NBS and NEA notice of 16 Nov 2022): renewable
 * electricity consumed beyond the 2020 level is deducted at the year's coal-equivalent rate. The
 * rate is the one the total used: (coal-equivalent Mtce of primary power) / TWh. NAN without 2020. */
static void store_assessed_energy(run_result *r, int n, const double *coal_rate)
{
    int j = 2020 - r->first_year;
    for (int i = 0; i < n; i++) {
        double extra;
        if (j < 0 || j >= n) {
            r->v[RV_ENERGY_ASSESSED][i] = r->v[RV_EI_ASSESSED_VS_2020][i] = NAN;
            continue;
        }
        extra = i > j ? r->v[RV_RENEWABLE_TWH][i] - r->v[RV_RENEWABLE_TWH][j] : 0.0;
        r->v[RV_ENERGY_ASSESSED][i] = r->v[RV_ENERGY][i] - (extra > 0 ? extra : 0.0) * coal_rate[i] / 1000.0;
    }
    for (int i = 0; i < n; i++)
        r->v[RV_EI_ASSESSED_VS_2020][i] = j >= 0 && j < n
            ? 100.0 * (r->v[RV_ENERGY_ASSESSED][i] / r->v[RV_GDP][i] / (r->v[RV_ENERGY_ASSESSED][j] / r->v[RV_GDP][j]) - 1.0)
            : NAN;
}

static void store_indicators(run_result *r, int n)
{
    for (int i = 0; i < n; i++) {
        double gdp = r->v[RV_GDP][i];
        /* Mtce / bn CNY = 1e6 tce / 1e5 (10k CNY): times ten gives tce per 10k CNY */
        r->v[RV_EI][i] = 10.0 * r->v[RV_ENERGY][i] / gdp;
        r->v[RV_CI][i] = 10.0 * r->v[RV_CO2_ENERGY][i] / gdp;
        /* the assessment's scope: energy CO2 plus the CO2 of net imported electricity */
        r->v[RV_CI_OFFICIAL][i] = 10.0 * (r->v[RV_CO2_ENERGY][i] + r->v[RV_CO2_IMPORT][i]) / gdp;
        r->v[RV_CO2_PER_CAPITA][i] = r->v[RV_CO2][i] / r->v[RV_POP][i];
    }
    for (int i = 0; i < n; i++) {
        r->v[RV_EI_VS_2015][i] = change_vs(r, RV_EI, i, 2015);
        r->v[RV_EI_VS_2020][i] = change_vs(r, RV_EI, i, 2020);
        r->v[RV_CI_VS_2015][i] = change_vs(r, RV_CI, i, 2015);
        r->v[RV_CI_VS_2020][i] = change_vs(r, RV_CI, i, 2020);
    }
}

/* ---- the loop ---- */

/* One year through every module, stored in column i of the result. */
static void run_one_year(const model_inputs *in, const double cal[CAL_COUNT], const int step_year[CAL_STEPS],
                         int hist_end, double gdp_bn, dem_state *st, power_state *pst, const air_state *ast,
                         cost_notes *cn, run_result *r, int i)
{
    int year = in->first + i;
    econ_year e;
    dem_year d;
    dem_cal dc;
    power_year p;
    balance_year b;
    emis_year em;
    air_year air;
    double import_offset;
    year_cal(cal, step_year, year, in->first, hist_end, &dc, &import_offset);
    econ_year_step(in, year, gdp_bn, &e);
    dem_year_step(in, year, &e, &dc, st, &d);
    power_year_step(in, year, &d, import_offset, pst, &p);
    balance_year_step(in, year, &d, &p, &b);
    emis_year_step(in, year, &d, &p, &em);
    air_year_step(in, ast, year, &d, &p, &air);
    cost_note_year(cn, i, &d, &p);
    store_economy(r, i, &e);
    store_demand(r, i, &d);
    store_power(r, i, &p);
    store_balance_emissions(r, i, &b, &em);
    store_air(r, i, &air);
}

/* GDP in price_base_year prices over the GDP index idx (idx[i]: year first + i; it reaches the
 * price base year and the year of a nominal figure): gdp_base_bn / idx[base], or the nominal GDP
 * N of year Y carried to base prices by the deflator d, N prod_{Y<t<=base} (1 + d_t/100) / idx[Y]
 * (divided by that product when Y is after the base year). */
static double gdp_scale(const scn_scenario *s, const double *idx, int first, int price_base)
{
    const pp_path *nom = &s->path[P_ECONOMY_GDP_NOMINAL];
    double base = scn_scalar(s, P_ECONOMY_GDP_BASE_BN), price = 1.0;
    int y;
    if (base > 0 || nom->n != 1 || nom->year[0] < first) return base / idx[price_base - first];
    y = nom->year[0];
    for (int t = y + 1; t <= price_base; t++) price *= 1.0 + pp_path_at(&s->path[P_ECONOMY_DEFLATOR], t) / 100.0;
    for (int t = price_base + 1; t <= y; t++) price /= 1.0 + pp_path_at(&s->path[P_ECONOMY_DEFLATOR], t) / 100.0;
    return nom->value[0] * price / idx[y - first];
}

void run_years(const scn_scenario *s, const double cal[CAL_COUNT], int last_year, run_result *r)
{
    int first = (int)scn_scalar(s, P_YEARS_FIRST), hist_end = (int)scn_scalar(s, P_YEARS_HIST_END);
    int price_base = (int)scn_scalar(s, P_YEARS_PRICE_BASE);
    int n = last_year - first + 1;
    /* the GDP index must reach the price base year even when a run stops before it */
    int n_idx = n > price_base - first + 1 ? n : price_base - first + 1;
    int nominal_year = s->path[P_ECONOMY_GDP_NOMINAL].year[0];
    double idx[RUN_MAX_YEARS], scale;
    int step_year[CAL_STEPS];
    model_inputs in;
    dem_state st;
    power_state pst;
    air_state ast;
    cost_notes cn;

    if (nominal_year - first + 1 > n_idx) n_idx = nominal_year - first + 1; /* ... and a nominal figure's year */
    model_inputs_fill(&in, s, first, first + n_idx - 1);
    r->first_year = first;
    r->hist_end_year = hist_end;
    r->end_year = last_year;
    r->n_years = n;
    econ_gdp_index(&in, n_idx, idx);
    scale = gdp_scale(s, idx, first, price_base);
    dem_init(&in, cal[CAL_LEVEL], &st);
    if (cal[CAL_OIL] > 0) dem_scale_intensity(&st, SEC_TRANSPORT, cal[CAL_OIL]); /* 0 = neutral, as 1 */
    for (int k = 0; k < CAL_STEPS; k++) step_year[k] = cal_step_year(s, k);
    memset(&pst, 0, sizeof pst);
    air_init(&in, &ast);
    for (int i = 0; i < n; i++)
        run_one_year(&in, cal, step_year, hist_end, idx[i] * scale, &st, &pst, &ast, &cn, r, i);
    run_costs(&in, &cn, r, n);
    store_indicators(r, n);
    store_assessed_energy(r, n, in.row[P_POWER_COAL_RATE]);
}

/* A run whose numbers are not finite means inputs the loader should have refused. */
/* The sum of every value the check looks at: a NaN or an infinity anywhere makes it non-finite
 * (NaN + x = NaN, inf - inf = NaN), so one add per value, in four chains the compiler keeps in
 * registers, replaces a test per value; finite values large enough to overflow the sum only send
 * the check to the precise scan. This runs after every run, the TUI's and Monte Carlo's inner loop. */
static double checked_sum(const run_result *r)
{
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    for (int v = 0; v < RV_COUNT; v++) {
        const double *x = r->v[v];
        int i = 0;
        if (v >= RV_EI_VS_2015 && v <= RV_CI_VS_2020) continue; /* NAN where the base year is not run */
        for (; i + 4 <= r->n_years; i += 4) {
            a0 += x[i];
            a1 += x[i + 1];
            a2 += x[i + 2];
            a3 += x[i + 3];
        }
        for (; i < r->n_years; i++) a0 += x[i];
    }
    return (a0 + a1) + (a2 + a3);
}

static pp_status check_finite(const run_result *r, pp_error *err)
{
    if (isfinite(checked_sum(r))) return PP_OK;
    for (int v = 0; v < RV_COUNT; v++) {
        if (v >= RV_EI_VS_2015 && v <= RV_CI_VS_2020) continue;
        for (int i = 0; i < r->n_years; i++)
            if (!isfinite(r->v[v][i]))
                return pp_error_set(err, PP_ERR_INPUT, RUN_NOT_FINITE, PP_S(var_info[v].name), PP_I(r->first_year + i));
    }
    return PP_OK;
}

/* No validation here: the loader and every editor (scn_set_path, scn_lever_set) validate, and a
 * run is the TUI's and Monte Carlo's inner loop. check_finite still catches the impossible. */
pp_status run_scenario(const scn_scenario *s, const cal_result *cal, run_result *out, pp_error *err)
{
    pp_status st;
    run_years(s, cal->value, (int)scn_scalar(s, P_YEARS_END), out);
    out->cal = *cal;
    st = check_finite(out, err);
    if (st != PP_OK) return st;
    run_summary_compute(out, &out->summary);
    /* discounted to 2021, the first year the cumulative figures count */
    out->summary.npv_system_cost_bn = cost_npv(out->v[RV_COST_SYSTEM], out->first_year, 2021, out->end_year,
                                               scn_scalar(s, P_COSTS_DISCOUNT));
    return PP_OK;
}

pp_status run_simulate(const scn_scenario *s, run_result *out, pp_error *err)
{
    cal_result cal;
    pp_status st = cal_calibrate(s, &cal, err);
    if (st != PP_OK) return st;
    return run_scenario(s, &cal, out, err);
}
