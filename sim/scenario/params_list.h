/* sim/scenario/params_list.h - the table behind sim/scenario/params.h: one PP_PARAM line per scenario key.
 * Included with PP_PARAM defined; the fields are
 *   id, section, key, kind, unit, min, max, default (NAN = required), lever group, lever year,
 *   adjust, step, English label, Chinese label, one-line doc (with the source of facts).
 * Sector sections (agriculture ... households, one line each in sim/model/sectors_list.h) share the
 * same keys: intensity in the first year, annual improvement, the fuel split of final energy
 * (elec_pct of all of it; gas, oil and heat of its non-electric part; coal the rest) and the end-use
 * ratio of electricity. */

/* ---- [scenario] ---- */
PP_PARAM(P_SCENARIO_NAME, "scenario", "name", PK_TEXT, "", 0, 0, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Name", "名称", "Short name of the scenario.")
PP_PARAM(P_SCENARIO_REGION, "scenario", "region", PK_TEXT, "", 0, 0, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Region", "地区", "Province or municipality the scenario describes, in English.")
PP_PARAM(P_SCENARIO_REGION_ZH, "scenario", "region_zh", PK_TEXT, "", 0, 0, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Region (Chinese)", "地区（中文）", "Province or municipality, in Chinese.")
PP_PARAM(P_SCENARIO_DESC_EN, "scenario", "description_en", PK_TEXT, "", 0, 0, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Description", "说明（英文）", "One-line description in English.")
PP_PARAM(P_SCENARIO_DESC_ZH, "scenario", "description_zh", PK_TEXT, "", 0, 0, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Description (Chinese)", "说明", "One-line description in Chinese.")
PP_PARAM(P_SCENARIO_INHERIT, "scenario", "inherit", PK_TEXT, "", 0, 0, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Inherits from", "继承自", "Parent scenario file, resolved next to this file; this file then lists only what it changes.")

/* ---- [years] ---- */
PP_PARAM(P_YEARS_FIRST, "years", "first_year", PK_SCALAR, "year", 2000, 2030, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "First year", "起始年", "First historical year simulated.")
PP_PARAM(P_YEARS_HIST_END, "years", "hist_end_year", PK_SCALAR, "year", 2000, 2030, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Last historical year", "最后历史年", "Last year with observed data; calibration matches up to it and levers change only later years.")
PP_PARAM(P_YEARS_PRICE_BASE, "years", "price_base_year", PK_SCALAR, "year", 2000, 2030, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Price base year", "不变价基年", "GDP is in constant prices of this year.")
PP_PARAM(P_YEARS_END, "years", "end_year", PK_SCALAR, "year", 2030, 2060, 2060, LG_NONE, 0, ADJ_ADD, 0,
         "Last year", "结束年", "Last simulated year.")

/* ---- [economy] ---- */
PP_PARAM(P_ECONOMY_GDP_BASE_BN, "economy", "gdp_base_bn", PK_SCALAR, "bn CNY", 10, 50000, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "GDP in price base year", "基年GDP", "Gross regional product in the price base year, current prices of that year (accepted: 10 to 50000 bn; Tibet 2020 about 190 bn, Guangdong 2020 about 11000 bn).")
PP_PARAM(P_ECONOMY_GDP_GROWTH, "economy", "gdp_growth_pct", PK_PATH, "%/yr", -10, 25, NAN, LG_ECONOMY, 2030, ADJ_ADD, 0.5,
         "GDP growth", "GDP增速", "Real (constant-price) GDP growth over the previous year (accepted: -10 to 25 %/yr; Hubei 2020 -5.0 % was the deepest provincial fall, Inner Mongolia's 2000s boom about 20 %).")
PP_PARAM(P_ECONOMY_POPULATION, "economy", "population_m", PK_PATH, "million", 0.3, 200, NAN, LG_NONE, 0, ADJ_MUL, 0,
         "Population", "常住人口", "Resident population at year end (accepted: 0.3 to 200 million; Guangdong 2020 126 million, the largest province).")
PP_PARAM(P_ECONOMY_PRIMARY_SHARE, "economy", "primary_share_pct", PK_PATH, "%", 0, 50, NAN, LG_NONE, 0, ADJ_ADD, 0.5,
         "Primary sector share", "第一产业比重", "Share of the primary sector in GDP (accepted: 0 to 50 %; no province has been above about 35 % since 2000).")
PP_PARAM(P_ECONOMY_SECONDARY_SHARE, "economy", "secondary_share_pct", PK_PATH, "%", 0, 100, NAN, LG_ECONOMY, 2030, ADJ_ADD, 1,
         "Secondary sector share", "第二产业比重", "Share of industry and construction in GDP; the tertiary sector takes what primary and secondary leave.")

/* ---- [industry] ---- */
PP_PARAM(P_INDUSTRY_HEAVY_SHARE, "industry", "heavy_share_pct", PK_PATH, "%", 0, 100, NAN, LG_INDUSTRY, 2030, ADJ_ADD, 1,
         "Heavy industry in industry", "重工业占工业比重", "Share of energy-intensive heavy industry (steel, cement, chemicals, aluminium) in secondary-sector value added.")
PP_PARAM(P_INDUSTRY_HIGHTECH_SHARE, "industry", "hightech_share_pct", PK_PATH, "%", 0, 100, NAN, LG_INDUSTRY, 2030, ADJ_ADD, 1,
         "High-tech manufacturing in industry", "高技术制造业占工业比重", "Share of high-tech and strategic emerging manufacturing in secondary-sector value added; other industry and construction take the rest.")

#define PP_SECTOR(ID, sec, en, zh, iunit, ilo, ihi, lever, ratio, ratio_src)                              \
PP_PARAM(ID##_INTENSITY, sec, "intensity", PK_SCALAR, iunit, ilo, ihi, NAN, LG_NONE, 0, ADJ_ADD, 0,          \
         en " intensity", zh "能源强度", "Final energy per unit of activity in the first year, before calibration scales all sectors together.") \
PP_PARAM(ID##_IMPROVE, sec, "improve_pct", PK_PATH, "%/yr", -5, 10, NAN, lever, 2030, ADJ_ADD, 0.25,     \
         en " efficiency gain", zh "能效提升", "Yearly fall of the energy needed per unit of activity at a fixed fuel mix (negative: rising).") \
PP_PARAM(ID##_ELEC, sec, "elec_pct", PK_PATH, "%", 0, 100, NAN, lever, 2030, ADJ_ADD, 1,                   \
         en " electrification", zh "电气化率", "Electricity share of the sector's final energy (calorific value); raising it takes room from every other fuel in proportion.") \
PP_PARAM(ID##_GAS, sec, "gas_pct", PK_PATH, "%", 0, 100, NAN, LG_NONE, 0, ADJ_ADD, 1,                      \
         en " gas share", zh "天然气比重", "Natural-gas share of the sector's non-electric final energy.")                \
PP_PARAM(ID##_OIL, sec, "oil_pct", PK_PATH, "%", 0, 100, NAN, LG_NONE, 0, ADJ_ADD, 1,                      \
         en " oil share", zh "油品比重", "Oil-product share of the sector's non-electric final energy.")                  \
PP_PARAM(ID##_HEAT, sec, "heat_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 1,                      \
         en " heat share", zh "热力比重", "Purchased heat share of the sector's non-electric final energy; coal takes what gas, oil and heat leave of it.") \
PP_PARAM(ID##_ELEC_RATIO, sec, "elec_ratio", PK_SCALAR, "ratio", 1, 6, ratio, LG_NONE, 0, ADJ_ADD, 0,       \
         en " end-use ratio of electricity", zh "电能终端效率比", "Useful energy one unit of final electricity delivers relative to one unit of the fuel it replaces (" ratio_src ").")

/* ---- sectors of final demand: one line each in sim/model/sectors_list.h ---- */
#define PP_SECTOR_ROW(ID, sec, en, zh, iunit, ilo, ihi, lever, ratio, src) PP_SECTOR(P_##ID, sec, en, zh, iunit, ilo, ihi, lever, ratio, src)
#include "../model/sectors_list.h"
#undef PP_SECTOR_ROW
#undef PP_SECTOR

/* ---- [industry] extras: cement, the one branch with a physical output in the shared data ---- */
PP_PARAM(P_INDUSTRY_CEMENT_FUEL, "industry", "cement_fuel_kgce_t", PK_PATH, "kgce/t cement", 0, 300, 60, LG_NONE, 0, ADJ_ADD, 0,
         "Kiln fuel per tonne of cement", "吨水泥燃料消耗", "Coal burnt in kilns per tonne of cement: about 105 kgce/t clinker (GB 16780 limits 100-117; assumption) x 0.57 t clinker/t cement (derived: CEADs 0.2906 / IPCC 0.507 t CO2/t).")
PP_PARAM(P_INDUSTRY_CEMENT_ELEC, "industry", "cement_elec_kwh_t", PK_PATH, "kWh/t cement", 0, 300, 85, LG_NONE, 0, ADJ_ADD, 0,
         "Electricity per tonne of cement", "吨水泥综合电耗", "Electricity per tonne of cement, grinding and kilns (assumption: about 85 kWh/t, the order of GB 16780's limits).")

/* ---- [transport] extras: road vehicles, their sales and their stock ---- */
PP_PARAM(P_TRANSPORT_ROAD_SHARE, "transport", "road_share_pct", PK_PATH, "%", 0, 100, 75, LG_NONE, 0, ADJ_ADD, 1,
         "Road share of transport energy", "道路交通能耗占比", "Share of transport final energy used by road vehicles in the first year's fleet (the rest: rail, water, air, pipelines).")
PP_PARAM(P_TRANSPORT_NEV_SHARE, "transport", "nev_share_pct", PK_PATH, "%", 0, 100, NAN, LG_TRANSPORT, 2030, ADJ_ADD, 2,
         "New-energy vehicles in sales", "新能源汽车销量占比", "Share of new-energy (electric) vehicles in new road-vehicle sales; the stock follows with turnover.")
PP_PARAM(P_TRANSPORT_NEV_STOCK_FIRST, "transport", "nev_stock_first_pct", PK_SCALAR, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "NEVs in the vehicle stock, first year", "新能源汽车保有量占比（起始年）", "Share of new-energy vehicles in the road-vehicle stock in first_year.")
PP_PARAM(P_TRANSPORT_VEHICLE_LIFE, "transport", "vehicle_life_yr", PK_SCALAR, "yr", 3, 40, 14.5, LG_NONE, 0, ADJ_ADD, 0,
         "Mean vehicle lifetime", "汽车平均使用年限", "Mean service life of a road vehicle: 1/life of the stock is scrapped each year. 14.5 yr for private passenger vehicles in China (Hao, Wang, Ouyang and Cheng 2011, Sci. China Tech. Sci., Weibull survival fits; trucks 8-12.8, taxis 5).")
PP_PARAM(P_TRANSPORT_FLEET_GROWTH, "transport", "fleet_growth_pct", PK_PATH, "%/yr", -10, 30, 3, LG_NONE, 0, ADJ_ADD, 0,
         "Vehicle fleet growth", "汽车保有量增速", "Yearly growth of the road-vehicle stock; new vehicles = growth + scrapped ones.")
PP_PARAM(P_TRANSPORT_ICE_MJ_KM, "transport", "ice_mj_per_km", PK_SCALAR, "MJ/km", 0.1, 50, 2.25, LG_NONE, 0, ADJ_ADD, 0,
         "Combustion vehicle energy per km", "燃油车百公里能耗", "Fuel per vehicle-km of a combustion vehicle (assumption: 7 L/100 km petrol x 32.2 MJ/L for a passenger car).")
PP_PARAM(P_TRANSPORT_EV_KWH_KM, "transport", "ev_kwh_per_km", PK_SCALAR, "kWh/km", 0.01, 10, 0.16, LG_NONE, 0, ADJ_ADD, 0,
         "Electric vehicle energy per km", "电动车百公里电耗", "Electricity per vehicle-km of an electric vehicle, charging losses included (assumption: 14.5 kWh/100 km + 10 %).")

/* ---- [buildings] ---- */
PP_PARAM(P_BUILDINGS_GREEN_SHARE, "buildings", "green_share_pct", PK_PATH, "%", 0, 100, NAN, LG_TRANSPORT, 2030, ADJ_ADD, 2,
         "Green buildings in floor area", "绿色建筑占比", "Share of service and residential floor area built or renovated to green-building standards.")
PP_PARAM(P_BUILDINGS_GREEN_SAVING, "buildings", "green_saving_pct", PK_SCALAR, "%", 0, 80, 20, LG_NONE, 0, ADJ_ADD, 0,
         "Energy saved by a green building", "绿色建筑节能率", "Energy a green building saves against a conventional one (assumption).")
PP_PARAM(P_BUILDINGS_HEAT_PUMP, "buildings", "heat_pump_pct", PK_PATH, "%", 0, 100, 0, LG_TRANSPORT, 2030, ADJ_ADD, 2,
         "Heat pumps in heating and hot water", "热泵供暖与热水占比", "Share of space heating and hot water in services and households delivered by heat pumps in place of fuel.")
PP_PARAM(P_BUILDINGS_HEATING_SHARE, "buildings", "heating_share_pct", PK_SCALAR, "%", 0, 100, 30, LG_NONE, 0, ADJ_ADD, 0,
         "Heating and hot water in building energy", "供暖与热水占建筑能耗比重", "Share of services' and households' useful energy that is space heating and hot water (assumption for the hot-summer cold-winter zone).")
PP_PARAM(P_BUILDINGS_HEAT_PUMP_RATIO, "buildings", "heat_pump_ratio", PK_SCALAR, "ratio", 1, 8, 3.5, LG_NONE, 0, ADJ_ADD, 0,
         "Heat pump end-use ratio", "热泵能效比", "Useful heat per unit of electricity in a heat pump relative to one unit of fuel in a boiler (assumption: seasonal COP 3.0 of an air-source heat pump in the hot-summer cold-winter zone / gas boiler 0.85).")

/* ---- [power] ---- */
PP_PARAM(P_POWER_LOSS, "power", "loss_pct", PK_PATH, "%", 0, 30, 6, LG_NONE, 0, ADJ_ADD, 0,
         "Grid losses", "线损率", "Transmission and distribution losses as a share of electricity supplied.")
PP_PARAM(P_POWER_HYDRO_GW, "power", "hydro_gw", PK_PATH, "GW", 0, 500, NAN, LG_POWER, 2030, ADJ_MUL, 0.5,
         "Hydro capacity", "水电装机", "Installed hydropower capacity (conventional, not pumped storage).")
PP_PARAM(P_POWER_SOLAR_GW, "power", "solar_gw", PK_PATH, "GW", 0, 1000, NAN, LG_POWER, 2030, ADJ_MUL, 0.5,
         "Solar PV capacity", "光伏装机", "Installed solar PV capacity targets; between the years given it follows a logistic S-curve.")
PP_PARAM(P_POWER_WIND_GW, "power", "wind_gw", PK_PATH, "GW", 0, 1000, NAN, LG_POWER, 2030, ADJ_MUL, 0.5,
         "Wind capacity", "风电装机", "Installed wind capacity targets; between the years given it follows a logistic S-curve.")
PP_PARAM(P_POWER_SOLAR_POTENTIAL, "power", "solar_potential_gw", PK_SCALAR, "GW", 0.1, 2000, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Solar potential (S-curve ceiling)", "光伏潜力", "Ceiling K of the solar S-curve; every target must stay below it.")
PP_PARAM(P_POWER_WIND_POTENTIAL, "power", "wind_potential_gw", PK_SCALAR, "GW", 0.1, 2000, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Wind potential (S-curve ceiling)", "风电潜力", "Ceiling K of the wind S-curve; every target must stay below it.")
PP_PARAM(P_POWER_BIOMASS_GW, "power", "biomass_gw", PK_PATH, "GW", 0, 200, 0, LG_NONE, 0, ADJ_MUL, 0.1,
         "Biomass & waste capacity", "生物质装机", "Installed biomass and waste-to-energy capacity.")
PP_PARAM(P_POWER_NUCLEAR_GW, "power", "nuclear_gw", PK_PATH, "GW", 0, 200, 0, LG_POWER, 2040, ADJ_ADD, 1,
         "Nuclear capacity", "核电装机", "Installed nuclear capacity.")
PP_PARAM(P_POWER_GAS_GW, "power", "gas_gw", PK_PATH, "GW", 0, 500, NAN, LG_NONE, 0, ADJ_MUL, 0.5,
         "Gas power capacity", "气电装机", "Installed gas-fired capacity.")
PP_PARAM(P_POWER_COAL_GW, "power", "coal_gw", PK_PATH, "GW", 0, 1000, NAN, LG_NONE, 0, ADJ_MUL, 0.5,
         "Coal power capacity (planned)", "煤电装机（规划）", "Coal-fired fleet as planned, before the retirement programme below.")
PP_PARAM(P_POWER_COAL_RETIRE_FROM, "power", "coal_retire_from", PK_SCALAR, "year", 2000, 2060, 2030, LG_NONE, 0, ADJ_ADD, 0,
         "Coal retirement starts", "煤电退役起始年", "First year of the coal retirement programme.")
PP_PARAM(P_POWER_COAL_RETIRE_RATE, "power", "coal_retire_gw_per_yr", PK_SCALAR, "GW/yr", 0, 100, 0, LG_POWER, 0, ADJ_ADD, 0.1,
         "Coal retirement", "煤电退役", "Coal capacity retired each year from coal_retire_from on (a scalar lever: its value is the rate).")
PP_PARAM(P_POWER_COAL_RETIRE_HOURS, "power", "coal_retire_replaced_hours", PK_SCALAR, "h", 0, 8760, 4500, LG_NONE, 0, ADJ_ADD, 0,
         "Output of retired coal replaced by imports", "退役煤电由调入电替代的小时数", "Retired coal capacity is replaced by imported power at this many full-load hours a year (assumption: about a 2020 coal unit's hours).")
PP_PARAM(P_POWER_COAL_MAX_HOURS, "power", "coal_max_hours", PK_SCALAR, "h", 1000, 8760, 6500, LG_NONE, 0, ADJ_ADD, 0,
         "Coal plant maximum hours", "煤电最高利用小时", "Most full-load hours a coal fleet can run; what demand needs beyond it is met as coal_fills_gap says.")
PP_PARAM(P_POWER_COAL_FILLS_GAP, "power", "coal_fills_gap", PK_FLAG, "0/1", 0, 1, 1, LG_NONE, 0, ADJ_ADD, 0,
         "Coal is built when short", "缺口由新增煤电补足", "1: when the fleet at its maximum hours cannot meet demand, coal capacity is added beyond the plan (and kept); 0: the gap is imported.")
PP_PARAM(P_POWER_HYDRO_HOURS, "power", "hydro_hours", PK_PATH, "h", 0, 8760, 3827, LG_NONE, 0, ADJ_ADD, 0,
         "Hydro full-load hours", "水电利用小时", "National average 2020: 3827 h (NEA 2020 electricity statistics release).")
PP_PARAM(P_POWER_SOLAR_HOURS, "power", "solar_hours", PK_PATH, "h", 0, 8760, 1281, LG_NONE, 0, ADJ_ADD, 0,
         "Solar full-load hours", "光伏利用小时", "National average 2020: 1281 h (CEC, unverified estimate).")
PP_PARAM(P_POWER_WIND_HOURS, "power", "wind_hours", PK_PATH, "h", 0, 8760, 2097, LG_NONE, 0, ADJ_ADD, 0,
         "Wind full-load hours", "风电利用小时", "National average 2020: 2097 h (NEA/CEC, unverified estimate).")
PP_PARAM(P_POWER_BIOMASS_HOURS, "power", "biomass_hours", PK_PATH, "h", 0, 8760, 5000, LG_NONE, 0, ADJ_ADD, 0,
         "Biomass full-load hours", "生物质利用小时", "Assumption: 5000 h.")
PP_PARAM(P_POWER_NUCLEAR_HOURS, "power", "nuclear_hours", PK_PATH, "h", 0, 8760, 7453, LG_NONE, 0, ADJ_ADD, 0,
         "Nuclear full-load hours", "核电利用小时", "National average 2020: 7453 h (CEC, unverified estimate).")
PP_PARAM(P_POWER_GAS_HOURS, "power", "gas_hours", PK_PATH, "h", 0, 8760, 2600, LG_NONE, 0, ADJ_ADD, 0,
         "Gas plant full-load hours", "气电利用小时", "National average 2020: about 2600 h (CEC, unverified estimate).")
PP_PARAM(P_POWER_IMPORT_TWH, "power", "import_twh", PK_PATH, "TWh", -2000, 2000, NAN, LG_POWER, 2030, ADJ_ADD, 2,
         "Net electricity imports", "净调入电量", "Electricity bought from other provinces minus electricity sent out.")
PP_PARAM(P_POWER_IMPORT_COUNTS, "power", "import_counts_in_energy", PK_FLAG, "0/1", 0, 1, 1, LG_NONE, 0, ADJ_ADD, 0,
         "Count imports in energy use", "调入电计入能耗", "1: net imported electricity counts in total energy use at the coal-equivalent rate, as provincial statistics do; 0: it is left out.")
PP_PARAM(P_POWER_IMPORT_EF, "power", "import_ef_kg_kwh", PK_PATH, "kg CO2/kWh", 0, 2, 0.5257, LG_NONE, 0, ADJ_ADD, 0,
         "Emission factor of imports", "调入电排放因子", "Grid factor of the exporting grid; default Central China grid 2012 average 0.5257 (NDRC, unverified estimate).")
PP_PARAM(P_POWER_COAL_RATE, "power", "coal_rate_gce_kwh", PK_PATH, "gce/kWh", 150, 500, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Thermal supply coal rate", "供电煤耗", "Coal use per kWh of thermal power supplied; also the coal-equivalent rate at which primary electricity counts.")
PP_PARAM(P_POWER_GAS_RATE, "power", "gas_rate_gce_kwh", PK_SCALAR, "gce/kWh", 100, 500, 230, LG_NONE, 0, ADJ_ADD, 0,
         "Gas plant heat rate", "气电单位能耗", "Gas (in coal equivalent) per kWh from gas plants; 230 gce/kWh is about 53 % efficiency (122.9 / 0.53).")
PP_PARAM(P_POWER_HEAT_EFF, "power", "heat_efficiency_pct", PK_SCALAR, "%", 30, 100, 85, LG_NONE, 0, ADJ_ADD, 0,
         "Heat supply efficiency", "供热效率", "Heat delivered per unit of fuel in boilers and CHP heat (assumption).")
PP_PARAM(P_POWER_HEAT_GAS, "power", "heat_gas_pct", PK_PATH, "%", 0, 100, 30, LG_NONE, 0, ADJ_ADD, 0,
         "Gas share of heat supply fuel", "供热燃气比重", "Share of heat-supply fuel that is gas; coal supplies the rest.")

/* ---- [emissions] ---- */
/* Emission factors = carbon content (t C/TJ) x oxidation rate x 44/12 x 0.0293076 TJ/tce, with the
 * default carbon contents and oxidation rates of NDRC's Guidelines for Provincial GHG Inventories
 * (2011, trial; values recalled, to be checked against the guideline's tables). */
PP_PARAM(P_EMIS_EF_COAL, "emissions", "ef_coal_t_tce", PK_SCALAR, "t CO2/tce", 1, 4, 2.608, LG_NONE, 0, ADJ_ADD, 0,
         "Coal emission factor", "煤炭排放因子", "Bituminous coal 26.1 t C/TJ x oxidation 93 % x 44/12 x 0.0293076 TJ/tce (NDRC provincial GHG inventory guideline 2011 defaults, recalled).")
PP_PARAM(P_EMIS_EF_OIL, "emissions", "ef_oil_t_tce", PK_SCALAR, "t CO2/tce", 1, 4, 2.115, LG_NONE, 0, ADJ_ADD, 0,
         "Oil emission factor", "油品排放因子", "Crude oil 20.1 t C/TJ x oxidation 98 % x 44/12 x 0.0293076 TJ/tce (NDRC provincial GHG inventory guideline 2011 defaults, recalled).")
PP_PARAM(P_EMIS_EF_GAS, "emissions", "ef_gas_t_tce", PK_SCALAR, "t CO2/tce", 0.5, 4, 1.628, LG_NONE, 0, ADJ_ADD, 0,
         "Gas emission factor", "天然气排放因子", "Natural gas 15.3 t C/TJ x oxidation 99 % x 44/12 x 0.0293076 TJ/tce (NDRC provincial GHG inventory guideline 2011 defaults, recalled).")
PP_PARAM(P_EMIS_CEMENT_MT, "emissions", "cement_mt", PK_PATH, "Mt", 0, 3000, 0, LG_INDUSTRY, 2030, ADJ_MUL, 2,
         "Cement output", "水泥产量", "Cement production: drives kiln fuel, electricity and process CO2.")
PP_PARAM(P_EMIS_CEMENT_EF, "emissions", "cement_process_ef", PK_PATH, "t CO2/t cement", 0, 1, 0.2906, LG_NONE, 0, ADJ_ADD, 0,
         "Cement process factor", "水泥过程排放因子", "Process CO2 per tonne of cement; 0.2906 as used by CEADs (Shan et al. 2018; unverified estimate).")
PP_PARAM(P_EMIS_CCUS_MT, "emissions", "ccus_mt", PK_PATH, "Mt CO2", 0, 2000, 0, LG_SINKS, 2050, ADJ_ADD, 1,
         "Industrial CCUS capture", "工业CCUS捕集量", "CO2 captured at cement and heavy-industry plants each year from ccus_start_year on (cement first), never more than they emit.")
PP_PARAM(P_EMIS_CCUS_START, "emissions", "ccus_start_year", PK_SCALAR, "year", 2000, 2100, 2030, LG_NONE, 0, ADJ_ADD, 0,
         "Industrial CCUS starts", "工业CCUS起始年", "No industrial capture before this year, whatever the ccus_mt path says (assumption: no plant before 2030).")
PP_PARAM(P_EMIS_SINK_MT, "emissions", "sink_mt", PK_PATH, "Mt CO2", 0, 2000, 0, LG_SINKS, 2050, ADJ_ADD, 1,
         "Forest & land sink", "森林碳汇", "CO2 taken up by forests and land each year.")

/* ---- [calibration]: observed figures the first-year and historical unknowns are solved for ---- */
PP_PARAM(P_CAL_ENERGY_END, "calibration", "energy_mtce_end", PK_SCALAR, "Mtce", 0, 1e5, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed energy use, last historical year", "能耗总量（末历史年）", "Total energy consumption in hist_end_year; solves the common intensity level. 0 = not calibrated.")
PP_PARAM(P_CAL_CO2_FIRST, "calibration", "co2_energy_mt_first", PK_SCALAR, "Mt CO2", 0, 1e5, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed energy CO2, first year", "能源活动CO2（起始年）", "Energy-related CO2 in first_year (e.g. CEADs); solves the common intensity level when energy_mtce_end is not given. 0 = not calibrated.")
PP_PARAM(P_CAL_EI_INDEX_END, "calibration", "energy_intensity_index_end", PK_SCALAR, "% of first year", 0, 500, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed energy intensity, % of first year", "能耗强度指数", "Energy intensity in hist_end_year as % of the first year; solves the historical efficiency trend. 0 = not calibrated.")
PP_PARAM(P_CAL_COAL_FIRST, "calibration", "coal_share_first_pct", PK_SCALAR, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed coal share, first year", "煤炭比重（起始年）", "Coal share of energy use in first_year; solves the industrial coal/gas split. 0 = not calibrated.")
PP_PARAM(P_CAL_COAL_END, "calibration", "coal_share_end_pct", PK_SCALAR, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed coal share, last historical year", "煤炭比重（末历史年）", "Coal share in hist_end_year; solves the historical coal-to-gas shift. 0 = not calibrated.")
PP_PARAM(P_CAL_CI_INDEX_END, "calibration", "carbon_intensity_index_end", PK_SCALAR, "% of first year", 0, 500, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed carbon intensity, % of first year", "碳排放强度指数", "Energy-CO2 intensity in hist_end_year as % of the first year; solves the unreported net electricity imports. 0 = not calibrated.")
