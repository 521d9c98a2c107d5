/* sim/model/cost_table.h - the cost defaults of every power technology and storage of
 * sim/model/power_table.h, one line each, keyed by the power table's token: COST_DEF_<tok> for each
 * POWER_TECH(tok, ...) and POWER_STORAGE(tok, ...). sim/scenario/params_list.h turns each line into
 * the six [costs] keys <name>_capex_cny_kw, <name>_learning_pct, <name>_deploy_growth_pct,
 * <name>_fom_cny_kw_yr, <name>_vom_cny_mwh and <name>_life_yr (name from the power table), and
 * sim/model/cost.c reads them by the same token; a technology added to the power table without a
 * line here fails the build. Equations: docs/model.md, "Costs".
 *
 * Fields: capital cost CNY/kW in the price base year (overnight, constant prices), learning rate %
 * per doubling of cumulative deployment, growth of cumulative (global or national) deployment %/yr
 * (the schema default is a constant; scenarios give paths), fixed O&M CNY/kW/yr, variable O&M
 * CNY/MWh (fuel bought by the province is the fuel bill, not here; biomass and nuclear fuel are),
 * economic life yr, and the source. Money is CNY of 2020 (the default scenario's price base year;
 * USD at 6.90 CNY, the 2020 average rate: PBoC, unverified). "unverified" = a figure recalled from
 * the named source, to be checked; "assumption" = a modelling choice. */

/* Hydro: mountain sites of the upper Yangtze cost more than the national average; IRENA's China
 * weighted average for large hydro is of the order of USD 1,300/kW (unverified), ~9,000 CNY/kW;
 * no learning (a mature technology, IRENA); O&M about 1 % of capital a year (assumption). */
#define COST_DEF_HYDRO 9000, 0, 2, 90, 0, 50, \
    "IRENA Renewable Power Generation Costs in 2020, China large hydro about USD 1,300/kW (unverified); O&M and life assumption"
/* Solar PV: CPIA (China PV Industry Association) put a ground-mounted station at 4.15 CNY/W in 2021
 * (Wang Bohua, CPIA, Clean Energy Expo China 2022) and about 4.0 in 2020 (unverified); learning 20 %
 * per doubling of global cumulative capacity (IRENA's module learning rate is higher, about 24 %;
 * the system rate is lower: assumption); global PV 580 GW in 2019 (IRENA) and growing 20 %+/yr. */
#define COST_DEF_SOLAR 4000, 20, 6, 60, 0, 25, \
    "CPIA: 4.15 CNY/W ground-mounted in 2021 (Wang Bohua, Clean Energy Expo China 2022), about 4.0 in 2020 (unverified); learning 20 %/doubling assumption near IRENA's"
/* Onshore wind: China 2020 about 6,500-7,500 CNY/kW (the 2020 rush before the feed-in tariff
 * ended; IRENA China weighted average about USD 1,160/kW, unverified); learning 10 % (assumption,
 * the order of IRENA's onshore wind rates); O&M about 2 % a year. */
#define COST_DEF_WIND 7000, 10, 5, 140, 0, 25, \
    "IRENA Renewable Power Generation Costs in 2020, China onshore wind about USD 1,160/kW (unverified); learning 10 %/doubling assumption"
/* Biomass and waste-to-energy: about 10,000 CNY/kW (assumption); straw fuel about 0.3 CNY/kWh is
 * in its variable cost (about 1.3 kg straw/kWh at 250 CNY/t: assumption). */
#define COST_DEF_BIOMASS 10000, 5, 3, 300, 330, 25, \
    "assumption: agricultural-residue plants, fuel in the variable cost (1.3 kg/kWh at 250 CNY/t)"
/* Nuclear: Hualong One about 16,000-18,000 CNY/kW (IEA WEO 2020 China about USD 2,500-2,800/kW,
 * unverified); fuel and back end about 70 CNY/MWh in the variable cost (assumption). */
#define COST_DEF_NUCLEAR 17000, 0, 2, 400, 70, 50, \
    "IEA World Energy Outlook 2020 power generation cost assumptions, China nuclear about USD 2,500-2,800/kW (unverified); O&M assumption"
/* Gas CCGT: about 3,000 CNY/kW for an F-class unit (IEA WEO China CCGT about USD 560/kW,
 * unverified, with domestic packages lower: assumption); gas is in the fuel bill. */
#define COST_DEF_GAS 3000, 0, 2, 90, 15, 30, \
    "IEA World Energy Outlook 2020 cost assumptions, China CCGT about USD 560/kW (unverified); 3,000 CNY/kW assumption for domestic packages"
/* Coal: ultra-supercritical 2 x 1,000 MW about 3,600-4,000 CNY/kW in China (IEA WEO about USD
 * 600-800/kW for China, unverified); 30-year design life (Chinese practice); coal in the fuel bill. */
#define COST_DEF_COAL 3800, 0, 1, 115, 20, 30, \
    "IEA World Energy Outlook 2020 cost assumptions, China coal about USD 600-800/kW (unverified); 30-year design life"
/* Pumped storage: about 6,000-7,000 CNY/kW for the stations of NEA's 2021-2035 medium and long term
 * plan (assumption). */
#define COST_DEF_PUMPED 6500, 0, 5, 65, 0, 50, \
    "assumption: stations of NEA's pumped-storage medium and long term plan 2021-2035, 6,000-7,000 CNY/kW"
/* Battery storage (2-hour lithium iron phosphate): about 1,500 CNY/kWh installed in 2020, so 3,000
 * CNY/kW (assumption); learning 18 % per doubling (the order of lithium-ion learning rates in the
 * literature, e.g. Ziegler and Trancik 2021, unverified); 15-year life (cycles). */
#define COST_DEF_BATTERY 3000, 18, 8, 75, 0, 15, \
    "assumption: 2-hour LFP station about 1,500 CNY/kWh in 2020; learning 18 %/doubling (Ziegler and Trancik 2021, unverified)"
