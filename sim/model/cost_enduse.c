/* sim/model/cost_enduse.c - the extra investment in end-use equipment the levers buy, over the
 * conventional kind it replaces: new-energy vehicles over combustion ones, heat pumps over boilers,
 * green buildings over standard ones, industrial energy saving and electrification. Each is a
 * quantity the demand step already follows times a unit cost of [costs]; docs/model.md, "Costs".
 * Pure; never prints. */
#include "cost.h"

/* The industrial sectors whose efficiency and electrification are bought as equipment. */
static const int industry[] = {SEC_HEAVY, SEC_OTHERIND, SEC_HIGHTECH};
enum { N_INDUSTRY = sizeof industry / sizeof industry[0] };

/* Green floor area, million m2: residents x m2 per person x the green share. */
static double green_m2(const model_inputs *in, int year, double pop_m)
{
    return pop_m * model_scalar(in, P_COSTS_FLOOR_AREA) * model_at(in, P_BUILDINGS_GREEN_SHARE, year) * 0.01;
}

/* NEVs bought in `year`, million: the new vehicles (scrapped + growth of the stock, never negative,
 * as demand.c's turnover) times the NEV share of sales; moves the stock on. */
static double nev_sales_m(const model_inputs *in, int year, cost_enduse_state *st)
{
    double growth = model_at(in, P_TRANSPORT_FLEET_GROWTH, year) * 0.01;
    double life = model_scalar(in, P_TRANSPORT_VEHICLE_LIFE); /* the schema keeps it >= 3; a test's world may not */
    double added = (life > 0 ? 1.0 / life : 0) + growth;
    double sales = st->vehicles_m * (added > 0 ? added : 0) * model_at(in, P_TRANSPORT_NEV_SHARE, year) * 0.01;
    st->vehicles_m *= 1.0 + growth;
    return sales;
}

/* Industry: energy the year's efficiency gain saved (E x i / (1 - i): this year's use would have
 * been E / (1 - i) without it) and final energy moved to electricity (the rise of the electric
 * share times the sector's energy), bn CNY. */
static double industry_bn(const model_inputs *in, int year, const double sector_mtce[SEC_COUNT], cost_enduse_state *st)
{
    double saved = 0, shifted_twh = 0;
    for (int j = 0; j < N_INDUSTRY; j++) {
        int k = industry[j];
        double gain = model_at(in, model_sector_param(k, SK_IMPROVE), year) * 0.01;
        double elec = model_at(in, model_sector_param(k, SK_ELEC), year);
        if (gain > 0 && gain < 1) saved += sector_mtce[k] * gain / (1.0 - gain);
        if (elec > st->elec_pct[k]) shifted_twh += (elec - st->elec_pct[k]) * 0.01 * sector_mtce[k] / KGCE_PER_KWH_CALORIFIC;
        st->elec_pct[k] = elec;
    }
    /* Mtce x CNY/tce = 1e6 CNY = 1e-3 bn; TWh x CNY per MWh = 1e6 MWh x CNY/MWh = 1e-3 bn */
    return (saved * model_at(in, P_COSTS_EFFICIENCY, year) + shifted_twh * model_at(in, P_COSTS_ELECTRIFY, year)) * 1e-3;
}

double cost_enduse_year(const model_inputs *in, int year, double pop_m, const double sector_mtce[SEC_COUNT],
                        double heat_pump_mtce, cost_enduse_state *st)
{
    double green = green_m2(in, year, pop_m), bn = 0;
    if (year == in->first) {
        st->vehicles_m = pop_m * model_scalar(in, P_COSTS_VEHICLES_FIRST) * 1e-3;
        st->heat_pump_mtce = heat_pump_mtce;
        st->green_m2_m = green;
        for (int j = 0; j < N_INDUSTRY; j++)
            st->elec_pct[industry[j]] = model_at(in, model_sector_param(industry[j], SK_ELEC), year);
        return 0;
    }
    /* million vehicles x CNY = 1e6 CNY = 1e-3 bn; likewise Mtce x CNY per tce and million m2 x CNY/m2 */
    bn += nev_sales_m(in, year, st) * model_at(in, P_COSTS_NEV_PREMIUM, year) * 1e-3;
    if (heat_pump_mtce > st->heat_pump_mtce)
        bn += (heat_pump_mtce - st->heat_pump_mtce) * model_at(in, P_COSTS_HEAT_PUMP, year) * 1e-3;
    if (green > st->green_m2_m) bn += (green - st->green_m2_m) * model_at(in, P_COSTS_GREEN_PREMIUM, year) * 1e-3;
    bn += industry_bn(in, year, sector_mtce, st);
    /* a fall is not a saving: what was bought stays bought, the next rise is bought again only
     * above the highest level (a simple ratchet) */
    if (heat_pump_mtce > st->heat_pump_mtce) st->heat_pump_mtce = heat_pump_mtce;
    if (green > st->green_m2_m) st->green_m2_m = green;
    return bn;
}
