/* sim/model/cost.c - the cost pass of a run: investment by technology from the capacity each year adds
 * or rebuilds (capacity tracked by build year: a plant runs its economic life, then what the plan
 * still holds is rebuilt at the year's cost; capacity retired earlier is taken oldest first, and
 * coal's undepreciated part is stranded), annualised capital (CRF), O&M, the fuel bill, CCUS,
 * carbon revenue and end-use equipment; the present value of the system cost. It runs once after
 * the year loop, one technology at a time over all years, so that a technology's state stays in
 * registers (a run is the TUI's and Monte Carlo's inner loop). docs/model.md, "Costs". Never prints. */
#include "cost.h"

#include <math.h>

#define SLOT0 COST_LIFE_MAX /* slot of the first year: the slots before it hold the first year's fleet */
#define NSLOT (COST_LIFE_MAX + SCN_MAX_YEARS)
#define TINY_GW 1e-12

void cost_note_year(cost_notes *nt, int i, const dem_year *d, const power_year *p)
{
    double fuel[FUEL_COUNT];
    model_primary_fuel(d, p, fuel);
    for (int f = 0; f < FUEL_FOSSIL_COUNT; f++) nt->fuel_mtce[i][f] = fuel[f];
    nt->plant_co2_mt[i] = p->plant_co2_mt;
    nt->heat_pump_mtce[i] = d->heat_pump_mtce;
}

/* Economic life in whole years, within the table's room. */
static int whole_life(const model_inputs *in, int key)
{
    double life = round(model_scalar(in, key));
    return life < 1 ? 1 : life > COST_LIFE_MAX ? COST_LIFE_MAX : (int)life;
}

/* Capital cost CNY/kW of row k in the first year: the base-year cost moved along the learning
 * curve by the deployment between price_base_year and the first year. */
static double first_capex(const model_inputs *in, int k, double expo)
{
    const cost_keys *c = &cost_rows[k];
    double deploy = 1.0, capex = model_scalar(in, c->capex);
    int base = (int)model_scalar(in, P_YEARS_PRICE_BASE);
    if (expo == 0) return capex;
    for (int t = base + 1; t <= in->first; t++) deploy *= 1.0 + model_at(in, c->growth, t) / 100.0;
    for (int t = in->first + 1; t <= base; t++) deploy /= 1.0 + model_at(in, c->growth, t) / 100.0;
    return deploy == 1.0 ? capex : capex * pow(deploy, expo);
}

/* Capacity by build year of one row: slot SLOT0 + i holds what year i built; the first year's fleet
 * is spread evenly over the `life` slots before it (an assumption: its age is not in the data). */
typedef struct {
    int life, head;                  /* head: oldest slot that may still hold capacity */
    double surviving;                /* GW still within their life */
    double gw[NSLOT], capex[NSLOT];  /* GW and CNY/kW by build year */
} vintages;

/* Retires `gw` oldest first before their life ends; returns the undepreciated value, bn CNY
 * (straight line: 1 - age / life of the build cost). */
static double retire_early(vintages *v, int slot, double gw)
{
    double bn = 0;
    while (gw > TINY_GW && v->head < slot) {
        int h = v->head;
        double take = gw < v->gw[h] ? gw : v->gw[h];
        bn += take * v->capex[h] * (1.0 - (double)(slot - h) / v->life) * 1e-3;
        v->gw[h] -= take;
        gw -= take;
        if (v->gw[h] <= TINY_GW) v->head++;
    }
    return bn;
}

/* Year i's capacity against what survives: the vintage at the end of its life leaves, a rise (new
 * capacity or a rebuild) is bought (returned, GW), a fall is retired early (*early GW, *early_bn). */
static double turnover(vintages *v, int i, double cap, double capex, double *early, double *early_bn)
{
    int slot = SLOT0 + i, gone = slot - v->life;
    double change;
    if (gone >= v->head) {
        v->surviving -= v->gw[gone];
        v->gw[gone] = 0;
        v->head = gone + 1;
    }
    v->gw[slot] = 0;
    v->capex[slot] = capex;
    change = cap - v->surviving;
    v->surviving = cap;
    *early = *early_bn = 0;
    if (change > TINY_GW) {
        v->gw[slot] = change;
        return change;
    }
    if (change < -TINY_GW) {
        *early = -change;
        *early_bn = retire_early(v, slot, -change);
    }
    return 0;
}

/* One technology or storage over the run: investment, its annuity, O&M; coal's early retirement
 * into the stranded rows (per year here, summed later). */
static void row_pass(const model_inputs *in, int k, double rate, const cost_io *io, int n, vintages *v)
{
    const cost_keys *c = &cost_rows[k];
    double expo = log2(1.0 - model_scalar(in, c->learn) / 100.0); /* 0 without learning */
    double capex = first_capex(in, k, expo), crf, window = 0, last_g = NAN, factor = 1.0;
    double fom = model_scalar(in, c->fom), vom = model_scalar(in, c->vom);
    double out_h = k < TECH_COUNT ? 0 : model_scalar(in, power_storage(k - TECH_COUNT)->hours_key);
    const double *cap = io->cap[k], *growth = in->row[c->growth];
    v->life = whole_life(in, c->life);
    crf = cost_crf(rate, v->life);
    for (int s = SLOT0 - v->life; s < SLOT0; s++) {
        v->gw[s] = cap[0] / v->life;
        v->capex[s] = capex;
    }
    v->head = SLOT0 - v->life;
    v->surviving = cap[0];
    for (int i = 0; i < n; i++) {
        double early, early_bn, inv;
        if (i > 0 && expo != 0) { /* the learning curve moves by (1 + g)^e, recomputed when g changes */
            /* 2^(e log2(1 + g)): glibc's pow costs three times as much, and this runs for every
             * learning technology in every year */
            if (growth[i] != last_g) factor = exp2(expo * log2(1.0 + (last_g = growth[i]) * 0.01));
            capex *= factor;
        }
        inv = turnover(v, i, cap[i], capex, &early, &early_bn) * capex * 1e-3; /* GW x CNY/kW = 1e-3 bn */
        io->inv[k][i] = inv;
        io->inv_power[i] += inv;
        window += inv; /* still being repaid: the last `life` years' investment */
        if (i >= v->life) window -= io->inv[k][i - v->life];
        io->capital[i] += crf * window;
        /* GW x CNY/kW/yr = 1e-3 bn; TWh x CNY/MWh = 1e-3 bn */
        io->om[i] += (cap[i] * fom + (k < TECH_COUNT ? io->gen[k][i] : cap[i] * out_h * 1e-3) * vom) * 1e-3;
        if (k == TECH_COAL) {
            io->stranded_gw[i] = early;
            io->stranded_bn[i] = early_bn;
        }
    }
}

/* End-use equipment over the run, annualised over enduse_life_yr into the capital cost. */
static void enduse_pass(const model_inputs *in, const cost_notes *nt, double rate, const cost_io *io, int n)
{
    cost_enduse_state st;
    int life = whole_life(in, P_COSTS_ENDUSE_LIFE);
    double crf = cost_crf(rate, life), window = 0;
    for (int i = 0; i < n; i++) {
        double sector[SEC_COUNT];
        for (int k = 0; k < SEC_COUNT; k++) sector[k] = io->sector_mtce[k][i];
        io->inv_enduse[i] = cost_enduse_year(in, in->first + i, io->pop_m[i], sector, nt->heat_pump_mtce[i], &st);
        window += io->inv_enduse[i];
        if (i >= life) window -= io->inv_enduse[i - life];
        io->capital[i] += crf * window;
    }
}

void cost_run(const model_inputs *in, const cost_notes *nt, const cost_io *io, int n)
{
    double rate = model_scalar(in, P_COSTS_DISCOUNT), gw = 0, bn = 0;
    vintages v;
    for (int i = 0; i < n; i++) io->inv_power[i] = io->capital[i] = io->om[i] = 0;
    for (int k = 0; k < COST_ROWS; k++) row_pass(in, k, rate, io, n, &v);
    enduse_pass(in, nt, rate, io, n);
    for (int i = 0; i < n; i++) {
        const double *fuel = nt->fuel_mtce[i];
        int year = in->first + i;
        io->inv_total[i] = io->inv_power[i] + io->inv_enduse[i];
        /* the fuel burnt in the province at its price (Mtce x CNY/tce = 1e-3 bn) and net bought-in
         * electricity at the border price (TWh x CNY/kWh = bn; power sent out earns it) */
        io->fuel[i] = (fuel[FUEL_COAL] * model_at(in, P_COSTS_COAL_PRICE, year) + fuel[FUEL_OIL] * model_at(in, P_COSTS_OIL_PRICE, year)
                       + fuel[FUEL_GAS] * model_at(in, P_COSTS_GAS_PRICE, year)) * 1e-3
                      + io->import_twh[i] * model_at(in, P_COSTS_IMPORT_PRICE, year);
        io->ccus[i] = io->ccus_mt[i] * model_at(in, P_COSTS_CCUS, year) * 1e-3; /* Mt x CNY/t = 1e-3 bn */
        io->system[i] = io->capital[i] + io->om[i] + io->fuel[i] + io->ccus[i];
        io->carbon_price[i] = model_at(in, P_COSTS_CARBON_PRICE, year);
        io->carbon_revenue[i] = io->carbon_price[i] * nt->plant_co2_mt[i] * 1e-3;
        gw += io->stranded_gw[i]; /* cumulative */
        bn += io->stranded_bn[i];
        io->stranded_gw[i] = gw;
        io->stranded_bn[i] = bn;
    }
}

double cost_npv(const double *v, int first, int base_year, int last, double rate_pct)
{
    double total = 0, disc = 1.0, step = 1.0 / (1.0 + rate_pct / 100.0);
    for (int year = base_year; year <= last; year++, disc *= step)
        if (year >= first) total += v[year - first] * disc;
    return total;
}
