/* sim/model/fuels_list.h - the fuel table: one line per final fuel. It drives the fuel enum
 * (sim/model/model.h), the fuel split of final demand (demand.c), the fuel burnt and the energy
 * balance (primary.c, energy_balance.c), the CO2 by fuel (emissions.c) and the result columns by fuel
 * (outputs_list.h), so adding a fuel means adding a line here (and its keys in params_list.h).
 * Included with PP_FOSSIL and PP_CARRIER defined (define the one you do not need as empty).
 *
 *   PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, share_offset)
 *     a fuel burnt in the province: counted in total energy at calorific value and emits CO2.
 *     ID: FUEL_<ID>, RV_FIN_<ID>, RV_<ID>, RV_<ID>_SHARE, RV_CO2_<ID>; key: column stem ("coal");
 *     En/en: English name capitalised / in a sentence; zh: Chinese name in the balance; zh_final:
 *     its name in final use; ef_key: schema id of its CO2 factor (t CO2/tce); share_offset: its
 *     share key in a sector section (model_sector_param), or -1 for the fuel that takes the rest.
 *   PP_CARRIER(ID, key, en, zh_final, share_offset)
 *     a secondary carrier made in power and heat plants (no CO2 at the user).
 * Fossil fuels come first (FUEL_FOSSIL_COUNT counts them); the order is the enum's. */

PP_FOSSIL(COAL, "coal", "Coal", "coal", "煤炭", "煤炭", P_EMIS_EF_COAL, -1)
PP_FOSSIL(OIL, "oil", "Oil", "oil", "石油", "油品", P_EMIS_EF_OIL, 4)
PP_FOSSIL(GAS, "gas", "Natural gas", "gas", "天然气", "天然气", P_EMIS_EF_GAS, 3)
PP_CARRIER(ELEC, "elec", "electricity (calorific)", "电力（当量）", 2)
PP_CARRIER(HEAT, "heat", "heat", "热力", 5)
