/* sim/model/economy.c - GDP at constant prices, population, the three-sector structure and the split of
 * industry into heavy / high-tech / other, year by year. Never prints. */
#include "model.h"

/* Value of a path key in a year. */

/* Real growth compounds from the first year: idx(t) = idx(t-1) * (1 + g(t)/100). The growth of the
 * first year itself is history before the run and does not enter. */
void econ_gdp_index(const model_inputs *in, int n, double *idx)
{
    idx[0] = 1.0;
    for (int i = 1; i < n; i++)
        idx[i] = idx[i - 1] * (1.0 + in->row[P_ECONOMY_GDP_GROWTH][i] / 100.0);
}

void econ_year_step(const model_inputs *in, int year, double gdp_bn, econ_year *out)
{
    double prim = model_at(in, P_ECONOMY_PRIMARY_SHARE, year);
    double sec = model_at(in, P_ECONOMY_SECONDARY_SHARE, year);
    double heavy = model_at(in, P_INDUSTRY_HEAVY_SHARE, year);
    double tech = model_at(in, P_INDUSTRY_HIGHTECH_SHARE, year);
    double sec_bn = gdp_bn * sec / 100.0;

    out->gdp_bn = gdp_bn;
    out->pop_m = model_at(in, P_ECONOMY_POPULATION, year);
    out->share_primary_pct = prim;
    out->share_secondary_pct = sec;
    out->share_tertiary_pct = 100.0 - prim - sec; /* tertiary takes the rest, so shares add to 100 */
    out->ind_heavy_pct = heavy;
    out->ind_hightech_pct = tech;
    out->ind_other_pct = 100.0 - heavy - tech;

    out->activity[SEC_AGRI] = gdp_bn * prim / 100.0;
    out->activity[SEC_HEAVY] = sec_bn * heavy / 100.0;
    out->activity[SEC_HIGHTECH] = sec_bn * tech / 100.0;
    out->activity[SEC_OTHERIND] = sec_bn * out->ind_other_pct / 100.0;
    out->activity[SEC_SERVICES] = gdp_bn * out->share_tertiary_pct / 100.0;
    out->activity[SEC_TRANSPORT] = gdp_bn;      /* freight and passengers follow the whole economy */
    out->activity[SEC_HOUSE] = out->pop_m;      /* households: energy per person */
}
