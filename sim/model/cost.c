/* sim/model/cost.c - the cost year step: investment by technology from the capacity each year adds
 * or rebuilds (capacity tracked by build year: a plant runs its economic life, then what the plan
 * still holds is rebuilt at the year's cost; capacity retired earlier is taken oldest first, and
 * coal's undepreciated part is stranded), annualised capital (CRF), O&M, the fuel bill, CCUS,
 * carbon revenue and end-use equipment; the present value of the system cost. docs/model.md,
 * "Costs". Never prints. */
#include "cost.h"

#include <math.h>

#define SLOT0 COST_LIFE_MAX /* slot of the first year: the slots before it hold the first year's fleet */
#define TINY_GW 1e-12

static double row_capacity(const power_year *p, int row)
{
    return row < TECH_COUNT ? p->cap_gw[row] : p->store_gw[row - TECH_COUNT];
}

/* Per-run constants of row k and its capital cost in the first year: the base-year cost moved
 * along the learning curve by the deployment between price_base_year and the first year. */
static void init_row(const model_inputs *in, int k, cost_state *st)
{
    const cost_keys *c = &cost_rows[k];
    double lr = model_scalar(in, c->learn), deploy = 1.0;
    int base = (int)model_scalar(in, P_YEARS_PRICE_BASE);
    st->fom[k] = model_scalar(in, c->fom);
    st->vom[k] = model_scalar(in, c->vom);
    st->out_hours[k] = k < TECH_COUNT ? 0 : model_scalar(in, power_storage(k - TECH_COUNT)->hours_key);
    st->growth[k] = in->row[c->growth];
    st->learns[k] = lr != 0;
    st->expo[k] = log2(1.0 - lr / 100.0); /* 0 without learning */
    st->last_g[k] = NAN;
    st->factor[k] = 1.0;
    st->capex[k] = model_scalar(in, c->capex);
    if (!st->learns[k]) return;
    for (int t = base + 1; t <= in->first; t++) deploy *= 1.0 + model_at(in, c->growth, t) / 100.0;
    for (int t = in->first + 1; t <= base; t++) deploy /= 1.0 + model_at(in, c->growth, t) / 100.0;
    if (deploy != 1.0) st->capex[k] *= pow(deploy, st->expo[k]);
}

/* The capital cost of year i (> 0) of a learning row: last year's times (1 + g)^e. */
static void learn_year(cost_state *st, int k, int i)
{
    double g = st->growth[k][i];
    if (g != st->last_g[k]) {
        st->last_g[k] = g;
        st->factor[k] = pow(1.0 + g / 100.0, st->expo[k]);
    }
    st->capex[k] *= st->factor[k];
}

void cost_init(const model_inputs *in, cost_state *st)
{
    double rate = model_scalar(in, P_COSTS_DISCOUNT);
    st->first = in->first;
    for (int k = 0; k <= COST_ROWS; k++) {
        double life = round(model_scalar(in, k < COST_ROWS ? cost_rows[k].life : P_COSTS_ENDUSE_LIFE));
        st->life[k] = life < 1 ? 1 : life > COST_LIFE_MAX ? COST_LIFE_MAX : (int)life;
        st->crf[k] = cost_crf(rate, st->life[k]);
        st->window_bn[k] = 0;
    }
    for (int k = 0; k < COST_ROWS; k++) init_row(in, k, st);
    st->stranded_gw = st->stranded_bn = 0;
}

/* The first year's fleet of a row: its capacity spread evenly over the `life` years before it, at
 * the first year's capital cost (for the value of what is retired early). */
static void start_fleet(cost_state *st, int row, double cap_gw, double capex)
{
    int life = st->life[row];
    for (int s = SLOT0 - life; s < SLOT0; s++) {
        st->vint_gw[row][s] = cap_gw / life;
        st->vint_capex[row][s] = capex;
    }
    st->head[row] = SLOT0 - life;
    st->surviving_gw[row] = cap_gw;
}

/* Retires `gw` oldest first before their life ends; coal's undepreciated value (straight line:
 * 1 - age / life of the build cost) is stranded. */
static void retire_early(cost_state *st, int row, int slot, double gw)
{
    int life = st->life[row];
    while (gw > TINY_GW && st->head[row] < slot) {
        int h = st->head[row];
        double take = gw < st->vint_gw[row][h] ? gw : st->vint_gw[row][h];
        if (row == TECH_COAL && take > 0) {
            st->stranded_gw += take;
            st->stranded_bn += take * st->vint_capex[row][h] * (1.0 - (double)(slot - h) / life) / 1000.0;
        }
        st->vint_gw[row][h] -= take;
        gw -= take;
        if (st->vint_gw[row][h] <= TINY_GW) st->head[row]++;
    }
}

/* This year's capacity of a row against what survives: the vintage at the end of its life leaves,
 * a rise (new capacity or a rebuild) is bought, a fall is retired early. Returns GW bought. */
static double turnover(cost_state *st, int row, int slot, double cap_gw, double capex)
{
    int gone = slot - st->life[row];
    double change;
    if (gone >= st->head[row]) {
        st->surviving_gw[row] -= st->vint_gw[row][gone];
        st->vint_gw[row][gone] = 0;
        st->head[row] = gone + 1;
    }
    st->vint_gw[row][slot] = 0;
    st->vint_capex[row][slot] = capex;
    change = cap_gw - st->surviving_gw[row];
    if (change > TINY_GW) st->vint_gw[row][slot] = change;
    else if (change < -TINY_GW) retire_early(st, row, slot, -change);
    st->surviving_gw[row] = cap_gw;
    return change > TINY_GW ? change : 0;
}

/* Investment of the year in row k (bn CNY) into its annuity window: what was invested `life`
 * years ago has been repaid and leaves it. */
static void add_investment(cost_state *st, int k, int i, double bn)
{
    st->inv_bn[k][i] = bn;
    st->window_bn[k] += bn;
    if (i - st->life[k] >= 0) st->window_bn[k] -= st->inv_bn[k][i - st->life[k]];
}

/* Investment by technology and storage, and the annualised capital of everything still being repaid. */
static void investment(int year, const power_year *p, cost_state *st, cost_year *out)
{
    int i = year - st->first, slot = SLOT0 + i;
    out->inv_power_bn = 0;
    for (int k = 0; k < COST_ROWS; k++) {
        double cap = row_capacity(p, k), gw;
        if (i > 0 && st->learns[k]) learn_year(st, k, i);
        if (i == 0) start_fleet(st, k, cap, st->capex[k]);
        gw = turnover(st, k, slot, cap, st->capex[k]);
        out->inv_bn[k] = gw * st->capex[k] / 1000.0; /* GW x CNY/kW = 1e6 kW x CNY/kW = 1e-3 bn */
        out->inv_power_bn += out->inv_bn[k];
        add_investment(st, k, i, out->inv_bn[k]);
    }
}

/* Fixed O&M on capacity and variable O&M on output (storage: its output hours), bn CNY. */
static double om_bn(const cost_state *st, const power_year *p)
{
    double bn = 0;
    /* GW x CNY/kW/yr = 1e-3 bn; TWh x CNY/MWh = 1e-3 bn */
    for (int t = 0; t < TECH_COUNT; t++) bn += p->cap_gw[t] * st->fom[t] + p->gen_twh[t] * st->vom[t];
    for (int k = 0; k < STORE_COUNT; k++) {
        int r = TECH_COUNT + k;
        bn += p->store_gw[k] * st->fom[r] + p->store_gw[k] * st->out_hours[r] / 1000.0 * st->vom[r];
    }
    return bn / 1000.0;
}

/* The fuel burnt in the province (final use, power and heat plants) at its price, and net bought-in
 * electricity at the border price (power sent out earns it), bn CNY. */
static double fuel_bn(const model_inputs *in, int year, const dem_year *d, const power_year *p)
{
    double fuel[FUEL_COUNT];
    model_primary_fuel(d, p, fuel);
    /* Mtce x CNY/tce = 1e-3 bn; TWh x CNY/kWh = bn */
    return (fuel[FUEL_COAL] * model_at(in, P_COSTS_COAL_PRICE, year) + fuel[FUEL_OIL] * model_at(in, P_COSTS_OIL_PRICE, year)
            + fuel[FUEL_GAS] * model_at(in, P_COSTS_GAS_PRICE, year)) / 1000.0
           + p->import_twh * model_at(in, P_COSTS_IMPORT_PRICE, year);
}

void cost_year_step(const model_inputs *in, int year, const econ_year *e, const dem_year *d, const power_year *p,
                    const emis_year *em, cost_state *st, cost_year *out)
{
    int i = year - st->first;
    double capital = 0;
    investment(year, p, st, out);
    out->inv_enduse_bn = cost_enduse_year(in, year, e, d, &st->enduse);
    add_investment(st, COST_ROWS, i, out->inv_enduse_bn);
    out->inv_total_bn = out->inv_power_bn + out->inv_enduse_bn;
    for (int k = 0; k <= COST_ROWS; k++) capital += st->crf[k] * st->window_bn[k];
    out->capital_bn = capital;
    out->om_bn = om_bn(st, p);
    out->fuel_bn = fuel_bn(in, year, d, p);
    out->ccus_bn = em->ccus_mt * model_at(in, P_COSTS_CCUS, year) / 1000.0; /* Mt x CNY/t = 1e-3 bn */
    out->system_bn = out->capital_bn + out->om_bn + out->fuel_bn + out->ccus_bn;
    out->carbon_price = model_at(in, P_COSTS_CARBON_PRICE, year);
    out->carbon_revenue_bn = out->carbon_price * p->plant_co2_mt / 1000.0;
    out->stranded_gw = st->stranded_gw;
    out->stranded_bn = st->stranded_bn;
}

double cost_npv(const double *v, int first, int base_year, int last, double rate_pct)
{
    double total = 0, disc = 1.0, step = 1.0 / (1.0 + rate_pct / 100.0);
    for (int year = base_year; year <= last; year++, disc *= step)
        if (year >= first) total += v[year - first] * disc;
    return total;
}
