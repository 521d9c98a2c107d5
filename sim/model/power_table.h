/* sim/model/power_table.h - the one table of the power system: its technologies, storage, import
 * corridors and new-build options. Each list is included with its macro defined (several at once
 * is fine); sim/model/power.h turns them into enums and info tables, outputs_list.h into result
 * columns, and power_tables.c ties them to the schema with _Static_asserts. Adding a technology is
 * one POWER_TECH line here plus its schema rows in sim/scenario/params_list.h.
 *
 * POWER_TECH(tok, name, label_en, label_zh, cap_key, hours_key, max_hours_key, credit_key,
 *            fuel, heat_rate_key, role, merit, curtail)
 *   tok        TECH_<tok>, columns RV_GEN_<tok> (gen_<name>_twh) and RV_CAP_<tok> (cap_<name>_gw)
 *   hours_key  full-load hours: what a must-run plant makes, or the least a dispatchable one runs
 *   max_hours_key  dispatchable only: the most it can run in the merit order (-1 for must-run)
 *   credit_key share of capacity counted firm at peak (%)
 *   fuel       TF_NONE (non-fossil), TF_COAL or TF_GAS; heat_rate_key gce/kWh (-1 when no fuel)
 *   role       TR_MUSTRUN (taken first, at its hours) or TR_DISPATCH (merit order)
 *   merit      place in the merit order by cost, lowest first (dispatch_gas_first swaps gas and coal)
 *   curtail    1: its output is curtailed first when a surplus is not sent out (surplus_export = 0)
 * Non-fossil technologies come first and contiguous (TECH_HYDRO..TECH_NUCLEAR), as the energy
 * balance counts them (asserted in power_tables.c). */

#ifdef POWER_TECH
POWER_TECH(HYDRO, "hydro", "Hydro", "水电", P_POWER_HYDRO_GW, P_POWER_HYDRO_HOURS, -1, P_POWER_HYDRO_CREDIT,
           TF_NONE, -1, TR_MUSTRUN, 0, 0)
POWER_TECH(SOLAR, "solar", "Solar", "光伏", P_POWER_SOLAR_GW, P_POWER_SOLAR_HOURS, -1, P_POWER_SOLAR_CREDIT,
           TF_NONE, -1, TR_MUSTRUN, 0, 1)
POWER_TECH(WIND, "wind", "Wind", "风电", P_POWER_WIND_GW, P_POWER_WIND_HOURS, -1, P_POWER_WIND_CREDIT,
           TF_NONE, -1, TR_MUSTRUN, 0, 1)
POWER_TECH(BIOMASS, "biomass", "Biomass", "生物质", P_POWER_BIOMASS_GW, P_POWER_BIOMASS_HOURS, -1, P_POWER_BIOMASS_CREDIT,
           TF_NONE, -1, TR_MUSTRUN, 0, 0)
POWER_TECH(NUCLEAR, "nuclear", "Nuclear", "核电", P_POWER_NUCLEAR_GW, P_POWER_NUCLEAR_HOURS, -1, P_POWER_NUCLEAR_CREDIT,
           TF_NONE, -1, TR_MUSTRUN, 0, 0)
POWER_TECH(GAS, "gas", "Gas", "气电", P_POWER_GAS_GW, P_POWER_GAS_HOURS, P_POWER_GAS_MAX_HOURS, P_POWER_GAS_CREDIT,
           TF_GAS, P_POWER_GAS_RATE, TR_DISPATCH, 2, 0)
POWER_TECH(COAL, "coal", "Coal", "煤电", P_POWER_COAL_GW, -1, P_POWER_COAL_MAX_HOURS, P_POWER_COAL_CREDIT,
           TF_COAL, P_POWER_COAL_RATE, TR_DISPATCH, 1, 0)
#endif

/* POWER_STORAGE(tok, name, label_en, label_zh, cap_key, efficiency_key, hours_key, credit_key)
 *   STORE_<tok>, column RV_STORE_<tok> (cap_<name>_gw). Storage makes no net energy: its output
 *   hours x (1/efficiency - 1) is lost and added to demand; its capacity counts firm at credit. */
#ifdef POWER_STORAGE
POWER_STORAGE(PUMPED, "pumped_storage", "Pumped storage", "抽水蓄能", P_POWER_PUMPED_GW, P_POWER_PUMPED_EFF,
              P_POWER_PUMPED_HOURS, P_POWER_PUMPED_CREDIT)
POWER_STORAGE(BATTERY, "battery", "Battery storage", "新型储能", P_POWER_BATTERY_GW, P_POWER_BATTERY_EFF,
              P_POWER_BATTERY_HOURS, P_POWER_BATTERY_CREDIT)
#endif

/* POWER_CORRIDOR(tok, name, label_en, label_zh, twh_key, nonfossil_key, ef_key, gw_key, hydro_scaled)
 *   CORR_<tok>, columns RV_IMP_<tok> (import_<name>_twh) and RV_IMPNF_<tok>
 *   (import_<name>_nonfossil_twh). ef_key is the CO2 of the corridor's fossil part; hydro_scaled 1:
 *   the corridor carries hydro and follows hydro_water_factor. */
#ifdef POWER_CORRIDOR
POWER_CORRIDOR(SW, "sw", "Sichuan/Southwest", "川渝及西南", P_POWER_IMPORT_TWH, P_POWER_IMPORT_SW_NONFOSSIL,
               P_POWER_IMPORT_SW_EF, P_POWER_IMPORT_SW_GW, 1)
POWER_CORRIDOR(HAMI, "hami", "Hami-Chongqing UHV", "哈密—重庆特高压", P_POWER_IMPORT_HAMI_TWH, P_POWER_IMPORT_HAMI_NONFOSSIL,
               P_POWER_IMPORT_HAMI_EF, P_POWER_IMPORT_HAMI_GW, 0)
POWER_CORRIDOR(OTHER, "other", "Other grids", "其他电网", P_POWER_IMPORT_OTHER_TWH, P_POWER_IMPORT_OTHER_NONFOSSIL,
               P_POWER_IMPORT_OTHER_EF, P_POWER_IMPORT_OTHER_GW, 0)
#endif

/* POWER_BUILD(tok, column, label_en, label_zh, share_key, kind, target)
 *   BUILD_<tok>, column RV_BUILT_<tok>: capacity the new-build rule has added so far, by option
 *   (kept once built). Coal's column is the headline "coal built beyond plan".
 *   kind BK_TECH: capacity of technology `target`; BK_STORE: storage `target`; BK_IMPORT: a new
 *   contract on corridor `target` at build_import_hours. */
#ifdef POWER_BUILD
POWER_BUILD(SOLAR, "built_solar_gw", "Built: solar", "新增：光伏", P_POWER_BUILD_SOLAR, BK_TECH, TECH_SOLAR)
POWER_BUILD(WIND, "built_wind_gw", "Built: wind", "新增：风电", P_POWER_BUILD_WIND, BK_TECH, TECH_WIND)
POWER_BUILD(GAS, "built_gas_gw", "Built: gas", "新增：气电", P_POWER_BUILD_GAS, BK_TECH, TECH_GAS)
POWER_BUILD(COAL, "cap_coal_added_gw", "Coal built beyond plan", "规划外新增煤电", P_POWER_BUILD_COAL, BK_TECH, TECH_COAL)
POWER_BUILD(STORAGE, "built_storage_gw", "Built: battery storage", "新增：储能", P_POWER_BUILD_STORAGE, BK_STORE, STORE_BATTERY)
POWER_BUILD(IMPORT, "built_import_gw", "Built: import contracts", "新增：外购电", P_POWER_BUILD_IMPORT, BK_IMPORT, CORR_OTHER)
#endif
