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
PP_PARAM(P_SCENARIO_NAME_ZH, "scenario", "name_zh", PK_TEXT, "", 0, 0, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Name (Chinese)", "名称（中文）", "Short name in Chinese, shown instead of name in Chinese (title bar, exports, the room); optional.")
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
PP_PARAM(P_ECONOMY_GDP_BASE_BN, "economy", "gdp_base_bn", PK_SCALAR, "bn CNY", 0, 50000, 0, LG_NONE, 0, ADJ_ADD, 0,
         "GDP in price base year", "基年GDP", "Gross regional product in the price base year, current prices of that year (accepted: 10 to 50000 bn; Tibet 2020 about 190 bn, Guangdong 2020 about 11000 bn). 0 = not given: computed from gdp_nominal_bn; one of the two is required.")
PP_PARAM(P_ECONOMY_GDP_NOMINAL, "economy", "gdp_nominal_bn", PK_PATH, "bn CNY", 0, 50000, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Nominal GDP of one year", "某年名义GDP", "Instead of gdp_base_bn: one point YEAR:VALUE, the GDP of a simulated year at that year's prices (e.g. the first year's Communique); carried to price_base_year prices with deflator_pct. 0 = not given.")
PP_PARAM(P_ECONOMY_DEFLATOR, "economy", "deflator_pct", PK_PATH, "%/yr", -20, 50, 0, LG_NONE, 0, ADJ_ADD, 0,
         "GDP deflator", "GDP平减指数", "Yearly change of the GDP price level (nominal growth / real growth - 1, from the Communique's nominal GDP and real growth); only used to carry gdp_nominal_bn to price_base_year prices.")
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

/* ---- [power] ---- (the power system: docs/model.md section 4; the technologies, corridors,
 * storage and new-build options are listed once in sim/model/power_table.h) */
PP_PARAM(P_POWER_LOSS, "power", "loss_pct", PK_PATH, "%", 0, 30, 6, LG_NONE, 0, ADJ_ADD, 0,
         "Grid losses", "线损率", "Transmission and distribution losses as a share of electricity supplied (assumption: national order of magnitude, about 5.6 % in 2020).")
/* capacities */
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
         "Nuclear capacity", "核电装机", "Installed nuclear capacity; zero before nuclear_first_year whatever the path says.")
PP_PARAM(P_POWER_NUCLEAR_FIRST, "power", "nuclear_first_year", PK_SCALAR, "year", 2000, 2100, 2000, LG_NONE, 0, ADJ_ADD, 0,
         "First nuclear year in service", "核电首台投运年", "No nuclear capacity counts before this year (a plant takes a decade from approval; no inland site is approved yet: assumption).")
PP_PARAM(P_POWER_GAS_GW, "power", "gas_gw", PK_PATH, "GW", 0, 500, NAN, LG_NONE, 0, ADJ_MUL, 0.5,
         "Gas power capacity (planned)", "气电装机（规划）", "Installed gas-fired capacity as planned; new-build gas (build_gas_pct) comes on top.")
PP_PARAM(P_POWER_COAL_GW, "power", "coal_gw", PK_PATH, "GW", 0, 1000, NAN, LG_NONE, 0, ADJ_MUL, 0.5,
         "Coal power capacity (planned)", "煤电装机（规划）", "Coal-fired fleet as planned (built, under construction or decided), before the retirement programme below.")
PP_PARAM(P_POWER_COAL_RETIRE_FROM, "power", "coal_retire_from", PK_SCALAR, "year", 2000, 2060, 2030, LG_NONE, 0, ADJ_ADD, 0,
         "Coal retirement starts", "煤电退役起始年", "First year of the coal retirement programme.")
PP_PARAM(P_POWER_COAL_RETIRE_RATE, "power", "coal_retire_gw_per_yr", PK_SCALAR, "GW/yr", 0, 100, 0, LG_POWER, 0, ADJ_ADD, 0.1,
         "Coal retirement", "煤电退役", "Coal capacity retired each year from coal_retire_from on (a scalar lever: its value is the rate); what it leaves short is built from the new-build mix without coal.")
/* full-load hours: must-run output, or the least a dispatchable plant runs */
PP_PARAM(P_POWER_HYDRO_HOURS, "power", "hydro_hours", PK_PATH, "h", 0, 8760, 3827, LG_NONE, 0, ADJ_ADD, 0,
         "Hydro full-load hours (normal year)", "水电利用小时（平水年）", "National average 2020: 3827 h (NEA 2020 electricity statistics release).")
PP_PARAM(P_POWER_HYDRO_WATER, "power", "hydro_water_factor", PK_PATH, "ratio", 0.3, 1.7, 1, LG_NONE, 0, ADJ_ADD, 0,
         "Hydro water year (1 = normal)", "来水系数（1为平水年）", "Hydro output relative to a normal year: below 1 a dry year (Sichuan and Chongqing 2022), above 1 a wet one; also scales the southwest import corridor.")
PP_PARAM(P_POWER_SOLAR_HOURS, "power", "solar_hours", PK_PATH, "h", 0, 8760, 1281, LG_NONE, 0, ADJ_ADD, 0,
         "Solar full-load hours", "光伏利用小时", "National average 2020: 1281 h (CEC, unverified estimate).")
PP_PARAM(P_POWER_WIND_HOURS, "power", "wind_hours", PK_PATH, "h", 0, 8760, 2097, LG_NONE, 0, ADJ_ADD, 0,
         "Wind full-load hours", "风电利用小时", "National average 2020: 2097 h (NEA/CEC, unverified estimate).")
PP_PARAM(P_POWER_BIOMASS_HOURS, "power", "biomass_hours", PK_PATH, "h", 0, 8760, 5000, LG_NONE, 0, ADJ_ADD, 0,
         "Biomass full-load hours", "生物质利用小时", "Assumption: 5000 h.")
PP_PARAM(P_POWER_NUCLEAR_HOURS, "power", "nuclear_hours", PK_PATH, "h", 0, 8760, 7453, LG_NONE, 0, ADJ_ADD, 0,
         "Nuclear full-load hours", "核电利用小时", "National average 2020: 7453 h (CEC, unverified estimate).")
PP_PARAM(P_POWER_GAS_HOURS, "power", "gas_hours", PK_PATH, "h", 0, 8760, 2600, LG_NONE, 0, ADJ_ADD, 0,
         "Gas plant minimum hours", "气电最低利用小时", "Hours gas plants run whatever the merit order (CHP heat, peaking); national average 2020 about 2600 h (CEC, unverified estimate).")
PP_PARAM(P_POWER_GAS_MAX_HOURS, "power", "gas_max_hours", PK_SCALAR, "h", 1000, 8000, 5000, LG_NONE, 0, ADJ_ADD, 0,
         "Gas plant maximum hours", "气电最高利用小时", "Most full-load hours the gas fleet can run in the merit order (assumption: gas supply and peaking duty).")
PP_PARAM(P_POWER_COAL_MAX_HOURS, "power", "coal_max_hours", PK_SCALAR, "h", 1000, 8760, 6500, LG_NONE, 0, ADJ_ADD, 0,
         "Coal plant maximum hours", "煤电最高利用小时", "Most full-load hours the coal fleet can run (assumption: maintenance and outages); demand beyond it is a shortfall for the new-build rule.")
PP_PARAM(P_POWER_GAS_FIRST, "power", "dispatch_gas_first", PK_FLAG, "0/1", 0, 1, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Gas before coal in the merit order", "气电优先于煤电调度", "0: coal runs before gas (cheaper per kWh in China: assumption from benchmark tariffs); 1: gas first (a scenario order, e.g. a carbon price).")
PP_PARAM(P_POWER_SURPLUS_EXPORT, "power", "surplus_export", PK_FLAG, "0/1", 0, 1, 1, LG_NONE, 0, ADJ_ADD, 0,
         "Surplus sent out", "富余电量外送", "1: what must-run plants and contracted imports make beyond demand is sent out (net imports fall); 0: solar and wind are curtailed first, only the rest is sent out.")
/* peak-load adequacy */
PP_PARAM(P_POWER_LOAD_FACTOR, "power", "peak_load_factor_pct", PK_PATH, "%", 30, 90, 55, LG_NONE, 0, ADJ_ADD, 0,
         "Load factor (annual / peak)", "负荷率（年均/最大）", "Electricity supplied / (peak load x 8760 h). Chongqing 2025: 162 TWh planned / (35.5 GW x 8760) = 52 % (derived: energy 14th FYP and Sichuan Daily 2022-09-29).")
PP_PARAM(P_POWER_RESERVE, "power", "reserve_margin_pct", PK_PATH, "%", 0, 50, 12, LG_NONE, 0, ADJ_ADD, 0,
         "Required reserve margin", "备用率要求", "Firm capacity needed above peak load (assumption: 12 %, the order of Chinese provincial planning practice).")
PP_PARAM(P_POWER_HYDRO_CREDIT, "power", "hydro_credit_pct", PK_SCALAR, "%", 0, 100, 60, LG_NONE, 0, ADJ_ADD, 0,
         "Hydro capacity credit", "水电容量可信度", "Share of hydro capacity counted firm at peak (assumption: the summer peak falls in the wet season, winter peaks do not).")
PP_PARAM(P_POWER_SOLAR_CREDIT, "power", "solar_credit_pct", PK_SCALAR, "%", 0, 100, 5, LG_NONE, 0, ADJ_ADD, 0,
         "Solar capacity credit", "光伏容量可信度", "Share of solar capacity counted firm at peak (assumption: the evening peak comes after sunset).")
PP_PARAM(P_POWER_WIND_CREDIT, "power", "wind_credit_pct", PK_SCALAR, "%", 0, 100, 5, LG_NONE, 0, ADJ_ADD, 0,
         "Wind capacity credit", "风电容量可信度", "Share of wind capacity counted firm at peak (assumption).")
PP_PARAM(P_POWER_BIOMASS_CREDIT, "power", "biomass_credit_pct", PK_SCALAR, "%", 0, 100, 80, LG_NONE, 0, ADJ_ADD, 0,
         "Biomass capacity credit", "生物质容量可信度", "Share of biomass capacity counted firm at peak (assumption).")
PP_PARAM(P_POWER_NUCLEAR_CREDIT, "power", "nuclear_credit_pct", PK_SCALAR, "%", 0, 100, 90, LG_NONE, 0, ADJ_ADD, 0,
         "Nuclear capacity credit", "核电容量可信度", "Share of nuclear capacity counted firm at peak (assumption: refuelling and outages).")
PP_PARAM(P_POWER_GAS_CREDIT, "power", "gas_credit_pct", PK_SCALAR, "%", 0, 100, 90, LG_NONE, 0, ADJ_ADD, 0,
         "Gas capacity credit", "气电容量可信度", "Share of gas capacity counted firm at peak (assumption: forced outages).")
PP_PARAM(P_POWER_COAL_CREDIT, "power", "coal_credit_pct", PK_SCALAR, "%", 0, 100, 90, LG_NONE, 0, ADJ_ADD, 0,
         "Coal capacity credit", "煤电容量可信度", "Share of coal capacity counted firm at peak (assumption: forced outages).")
/* storage */
PP_PARAM(P_POWER_PUMPED_GW, "power", "pumped_storage_gw", PK_PATH, "GW", 0, 100, 0, LG_NONE, 0, ADJ_MUL, 0.5,
         "Pumped-storage capacity", "抽水蓄能装机", "Installed pumped-storage capacity (counted firm; its round-trip losses are added to demand).")
PP_PARAM(P_POWER_PUMPED_EFF, "power", "pumped_storage_eff_pct", PK_SCALAR, "%", 40, 95, 75, LG_NONE, 0, ADJ_ADD, 0,
         "Pumped-storage round-trip efficiency", "抽水蓄能综合效率", "Output per unit pumped: Panlong (Chongqing) design 2.004 TWh out / 2.672 TWh pumped = 75 % (CCTV news 2024-05-30).")
PP_PARAM(P_POWER_PUMPED_HOURS, "power", "pumped_storage_hours", PK_SCALAR, "h", 0, 4000, 1670, LG_NONE, 0, ADJ_ADD, 0,
         "Pumped-storage output hours", "抽水蓄能发电利用小时", "Full-load hours of output a year: Panlong design 2.004 TWh / 1.2 GW = 1670 h (CCTV news 2024-05-30).")
PP_PARAM(P_POWER_PUMPED_CREDIT, "power", "pumped_storage_credit_pct", PK_SCALAR, "%", 0, 100, 95, LG_NONE, 0, ADJ_ADD, 0,
         "Pumped-storage capacity credit", "抽水蓄能容量可信度", "Share counted firm at peak (assumption: hours of storage cover the peak).")
PP_PARAM(P_POWER_BATTERY_GW, "power", "battery_gw", PK_PATH, "GW", 0, 200, 0, LG_NONE, 0, ADJ_MUL, 0.5,
         "Battery storage capacity (planned)", "新型储能装机（规划）", "Installed battery (new-type) storage as planned; new-build storage (build_storage_pct) comes on top.")
PP_PARAM(P_POWER_BATTERY_EFF, "power", "battery_eff_pct", PK_SCALAR, "%", 50, 98, 85, LG_NONE, 0, ADJ_ADD, 0,
         "Battery round-trip efficiency", "储能综合效率", "Output per unit charged, AC to AC (assumption: lithium-iron-phosphate stations with auxiliaries).")
PP_PARAM(P_POWER_BATTERY_HOURS, "power", "battery_hours", PK_SCALAR, "h", 0, 4000, 600, LG_NONE, 0, ADJ_ADD, 0,
         "Battery output hours", "储能发电利用小时", "Full-load hours of output a year (assumption: about 300 cycles of 2 h).")
PP_PARAM(P_POWER_BATTERY_CREDIT, "power", "battery_credit_pct", PK_SCALAR, "%", 0, 100, 70, LG_NONE, 0, ADJ_ADD, 0,
         "Battery capacity credit", "储能容量可信度", "Share counted firm at peak (assumption: a 2-hour battery covers part of a long peak).")
/* imports by corridor: TWh, non-fossil share, CO2 of the fossil part, GW counted at peak */
PP_PARAM(P_POWER_IMPORT_TWH, "power", "import_twh", PK_PATH, "TWh", -2000, 2000, NAN, LG_POWER, 2030, ADJ_ADD, 2,
         "Southwest imports", "西南来电", "Electricity bought over the Sichuan/Southwest corridor (Sichuan hydro, Three Gorges, the Sichuan-Chongqing 1000 kV line); calibration corrects it over history; scaled by hydro_water_factor.")
PP_PARAM(P_POWER_IMPORT_SW_NONFOSSIL, "power", "import_sw_nonfossil_pct", PK_PATH, "%", 0, 100, 90, LG_NONE, 0, ADJ_ADD, 0,
         "Southwest imports: non-fossil share", "西南来电非化石比重", "Non-fossil share of the Southwest corridor's electricity (assumption: mostly hydro from Sichuan and the Three Gorges).")
PP_PARAM(P_POWER_IMPORT_SW_EF, "power", "import_sw_ef_kg_kwh", PK_PATH, "kg CO2/kWh", 0, 1.5, 0.85, LG_NONE, 0, ADJ_ADD, 0,
         "Southwest imports: CO2 of the fossil part", "西南来电化石部分排放因子", "CO2 per kWh of the corridor's fossil part (assumption: coal units near 300 gce/kWh at 2.66 t CO2/tce, plus line losses).")
PP_PARAM(P_POWER_IMPORT_SW_GW, "power", "import_sw_gw", PK_PATH, "GW", 0, 200, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Southwest corridor capacity", "西南通道容量", "Line capacity of the corridor available to the province at peak, before import_credit_pct.")
PP_PARAM(P_POWER_IMPORT_HAMI_TWH, "power", "import_hami_twh", PK_PATH, "TWh", 0, 200, 0, LG_POWER, 2030, ADJ_ADD, 2,
         "Hami line imports", "哈密来电", "Electricity over the Hami-Chongqing +-800 kV line: in operation 10 June 2025, more than 36 TWh a year (Xinhua, 2025-06-10).")
PP_PARAM(P_POWER_IMPORT_HAMI_NONFOSSIL, "power", "import_hami_nonfossil_pct", PK_PATH, "%", 0, 100, 50, LG_NONE, 0, ADJ_ADD, 0,
         "Hami imports: non-fossil share", "哈密来电非化石比重", "Non-fossil share of the Hami line's electricity: \"more than half\" from new energy (Xinhua, 2025-06-10).")
PP_PARAM(P_POWER_IMPORT_HAMI_EF, "power", "import_hami_ef_kg_kwh", PK_PATH, "kg CO2/kWh", 0, 1.5, 0.8, LG_NONE, 0, ADJ_ADD, 0,
         "Hami imports: CO2 of the fossil part", "哈密来电化石部分排放因子", "Derived: Xinhua's 6 Mt of coal and 16 Mt CO2 saved a year give 2.67 t CO2/tce; at about 300 gce/kWh that is 0.8 kg CO2/kWh of coal power.")
PP_PARAM(P_POWER_IMPORT_HAMI_GW, "power", "import_hami_gw", PK_PATH, "GW", 0, 50, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Hami line capacity", "哈密—重庆通道容量", "Rated capacity 8 GW (SMM news and hvdcworld.com, June 2025), before import_credit_pct.")
PP_PARAM(P_POWER_IMPORT_OTHER_TWH, "power", "import_other_twh", PK_PATH, "TWh", -1000, 1000, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Other imports", "其他来电", "Net electricity from other grids (Central China ties, market trades); new-build imports are added here.")
PP_PARAM(P_POWER_IMPORT_OTHER_NONFOSSIL, "power", "import_other_nonfossil_pct", PK_PATH, "%", 0, 100, 30, LG_NONE, 0, ADJ_ADD, 0,
         "Other imports: non-fossil share", "其他来电非化石比重", "Non-fossil share of other grids' electricity (assumption: about the national generation mix, 32 % non-fossil in 2020).")
PP_PARAM(P_POWER_IMPORT_OTHER_EF, "power", "import_other_ef_kg_kwh", PK_PATH, "kg CO2/kWh", 0, 1.5, 0.85, LG_NONE, 0, ADJ_ADD, 0,
         "Other imports: CO2 of the fossil part", "其他来电化石部分排放因子", "CO2 per kWh of the fossil part (assumption, as the Southwest corridor).")
PP_PARAM(P_POWER_IMPORT_OTHER_GW, "power", "import_other_gw", PK_PATH, "GW", 0, 200, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Other grids' capacity at peak", "其他通道容量", "Capacity of other ties available at peak, before import_credit_pct.")
PP_PARAM(P_POWER_IMPORT_CREDIT, "power", "import_credit_pct", PK_SCALAR, "%", 0, 100, 80, LG_NONE, 0, ADJ_ADD, 0,
         "Import corridors' capacity credit", "外来电容量可信度", "Share of corridor capacity counted firm at the province's peak (assumption: the sending grid's own peak and line outages).")
PP_PARAM(P_POWER_IMPORT_COUNTS, "power", "import_counts_in_energy", PK_FLAG, "0/1", 0, 1, 1, LG_NONE, 0, ADJ_ADD, 0,
         "Count imports in energy use", "调入电计入能耗", "1: net imported electricity counts in total energy use at the coal-equivalent rate, as provincial statistics do; 0: it is left out.")
/* exports by source (issue 16): the share of a technology's output on lines that send it out of the province */
PP_PARAM(P_POWER_EXPORT_HYDRO, "power", "export_hydro_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Hydro output sent out", "水电外送比例", "Share of hydro generation sent out of the province on dedicated lines (e.g. a hydro station contracted to East China): net exports are taken from it first, the rest in proportion to all local generation. 0 = no dedicated export.")
PP_PARAM(P_POWER_EXPORT_SOLAR, "power", "export_solar_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Solar output sent out", "光伏外送比例", "Share of solar generation sent out of the province on dedicated lines (e.g. a hydro station contracted to East China): net exports are taken from it first, the rest in proportion to all local generation. 0 = no dedicated export.")
PP_PARAM(P_POWER_EXPORT_WIND, "power", "export_wind_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Wind output sent out", "风电外送比例", "Share of wind generation sent out of the province on dedicated lines (e.g. a hydro station contracted to East China): net exports are taken from it first, the rest in proportion to all local generation. 0 = no dedicated export.")
PP_PARAM(P_POWER_EXPORT_BIOMASS, "power", "export_biomass_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Biomass output sent out", "生物质外送比例", "Share of biomass generation sent out of the province on dedicated lines (e.g. a hydro station contracted to East China): net exports are taken from it first, the rest in proportion to all local generation. 0 = no dedicated export.")
PP_PARAM(P_POWER_EXPORT_NUCLEAR, "power", "export_nuclear_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Nuclear output sent out", "核电外送比例", "Share of nuclear generation sent out of the province on dedicated lines (e.g. a hydro station contracted to East China): net exports are taken from it first, the rest in proportion to all local generation. 0 = no dedicated export.")
PP_PARAM(P_POWER_EXPORT_GAS, "power", "export_gas_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Gas output sent out", "气电外送比例", "Share of gas generation sent out of the province on dedicated lines (e.g. a hydro station contracted to East China): net exports are taken from it first, the rest in proportion to all local generation. 0 = no dedicated export.")
PP_PARAM(P_POWER_EXPORT_COAL, "power", "export_coal_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Coal output sent out", "煤电外送比例", "Share of coal generation sent out of the province on dedicated lines (e.g. a hydro station contracted to East China): net exports are taken from it first, the rest in proportion to all local generation. 0 = no dedicated export.")
/* the new-build rule: weights of what fills a shortfall of energy or firm capacity (normalised) */
PP_PARAM(P_POWER_BUILD_SOLAR, "power", "build_solar_pct", PK_PATH, "%", 0, 100, 40, LG_POWER, 2030, ADJ_ADD, 5,
         "New build: solar share", "新增电源：光伏占比", "Share of solar in the capacity built when energy or firm capacity falls short (the shares are weights, normalised by their sum; assumption).")
PP_PARAM(P_POWER_BUILD_WIND, "power", "build_wind_pct", PK_PATH, "%", 0, 100, 15, LG_NONE, 0, ADJ_ADD, 5,
         "New build: wind share", "新增电源：风电占比", "Share of wind in the capacity built (weight; assumption).")
PP_PARAM(P_POWER_BUILD_GAS, "power", "build_gas_pct", PK_PATH, "%", 0, 100, 25, LG_NONE, 0, ADJ_ADD, 5,
         "New build: gas share", "新增电源：气电占比", "Share of gas plants in the capacity built (weight; assumption).")
PP_PARAM(P_POWER_BUILD_COAL, "power", "build_coal_pct", PK_PATH, "%", 0, 100, 0, LG_POWER, 2030, ADJ_ADD, 5,
         "New build: coal share", "新增电源：煤电占比", "Share of coal in the capacity built (weight), never more in total than coal_build_max_gw; never used to replace retired coal.")
PP_PARAM(P_POWER_BUILD_STORAGE, "power", "build_storage_pct", PK_PATH, "%", 0, 100, 20, LG_NONE, 0, ADJ_ADD, 5,
         "New build: storage share", "新增电源：储能占比", "Share of battery storage in the capacity built (weight; assumption).")
PP_PARAM(P_POWER_BUILD_IMPORT, "power", "build_import_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 5,
         "New build: import contracts share", "新增电源：外购电占比", "Share of new import contracts (GW on other grids' ties at build_import_hours) in what is built (weight).")
PP_PARAM(P_POWER_BUILD_IMPORT_HOURS, "power", "build_import_hours", PK_SCALAR, "h", 1000, 8000, 5000, LG_NONE, 0, ADJ_ADD, 0,
         "Hours of a new import contract", "新增外购电利用小时", "TWh a year per GW of new import contract, x 1000 (assumption).")
PP_PARAM(P_POWER_COAL_BUILD_MAX, "power", "coal_build_max_gw", PK_SCALAR, "GW", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Most coal built beyond plan", "规划外煤电上限", "Total coal capacity the new-build rule may add beyond coal_gw; the coal share beyond it goes to the other options.")
/* fuel, CCUS and heat */
PP_PARAM(P_POWER_COAL_RATE, "power", "coal_rate_gce_kwh", PK_PATH, "gce/kWh", 150, 500, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Thermal supply coal rate", "供电煤耗", "Coal use per kWh of thermal power supplied; also the coal-equivalent rate at which primary electricity counts.")
PP_PARAM(P_POWER_GAS_RATE, "power", "gas_rate_gce_kwh", PK_SCALAR, "gce/kWh", 100, 500, 230, LG_NONE, 0, ADJ_ADD, 0,
         "Gas plant heat rate", "气电单位能耗", "Gas (in coal equivalent) per kWh from gas plants; 230 gce/kWh is about 53 % efficiency (122.9 / 0.53).")
PP_PARAM(P_POWER_CCUS_START, "power", "ccus_start_year", PK_SCALAR, "year", 2000, 2100, 2100, LG_NONE, 0, ADJ_ADD, 0,
         "CCUS at power plants from", "电厂CCUS起始年", "No CO2 is captured at power plants before this year whatever ccus_capture_pct says.")
PP_PARAM(P_POWER_CCUS_CAPTURE, "power", "ccus_capture_pct", PK_PATH, "%", 0, 90, 0, LG_SINKS, 2050, ADJ_ADD, 2,
         "CCUS at power plants: CO2 captured", "电厂CCUS捕集比例", "Share of the CO2 of coal and gas power plants captured (a fitted unit captures 90 %, so this / 90 of output is fitted).")
PP_PARAM(P_POWER_CCUS_PENALTY, "power", "ccus_penalty_pct", PK_SCALAR, "%", 0, 60, 25, LG_NONE, 0, ADJ_ADD, 0,
         "CCUS energy penalty", "CCUS能耗增量", "Extra fuel per kWh of a fitted unit: IPCC SRCCS (2005) gives about 10-40 % for capture plants; 25 % is an assumption within it.")
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

/* ---- [air]: air pollutants from fuel burnt and cement, and their health damage (sim/model/pollutants.c,
 * the factor table sim/model/pollutants_list.h, docs/model.md "Air pollutants") ---- */
PP_PARAM(P_AIR_COAL_SULFUR, "air", "coal_sulfur_pct", PK_SCALAR, "%", 0, 6, 1.0, LG_NONE, 0, ADJ_ADD, 0,
         "Sulphur in the coal burnt", "燃煤含硫率", "Mass share of sulphur in the coal burnt (as received); SO2 of coal is 2 x S x (1 - 15 % kept in the ash) per the MEE inventory guidance's mass balance. Default 1.0 % (assumption: about China's thermal-coal average); southwest China burns higher-sulphur coal.")
PP_PARAM(P_AIR_POWER_ULE, "air", "power_ule_pct", PK_PATH, "%", 0, 100, 88, LG_AIR, 2030, ADJ_ADD, 2,
         "Coal power at ultra-low emission", "煤电超低排放改造比例", "Share of coal burnt in power and heat plants in units meeting the ultra-low-emission limits (SO2 35, NOx 50, dust 10 mg/m3: NDRC, MEE and NEA 2015 work plan, GB 13223's ULE values); the rest meets GB 13223-2011. Default 88 % (assumption: about 950 of 1080 GW nationally by 2020, NEA).")
PP_PARAM(P_AIR_INDUSTRY_ULE, "air", "industry_ule_pct", PK_PATH, "%", 0, 100, 0, LG_AIR, 2030, ADJ_ADD, 2,
         "Steel and cement at ultra-low emission", "钢铁水泥超低排放改造比例", "Share of heavy industry's fuel (steel, outside cement) and of cement output in plants retrofitted to the ultra-low-emission limits (MEE et al. 2019 for steel, 2024 for cement: 35 / 50 / 10 mg/m3); the rest keeps its conventional control.")
PP_PARAM(P_AIR_ULE_SO2, "air", "ule_so2_mg_m3", PK_SCALAR, "mg/Nm3", 0, 400, 35, LG_NONE, 0, ADJ_ADD, 0,
         "Ultra-low-emission SO2 limit", "超低排放二氧化硫限值", "SO2 in the flue gas of a ULE unit: 35 mg/m3 (NDRC, MEE and NEA 2015 work plan for coal power; the steel and cement opinions use the same value). At the limit: real units run below it (Tang et al. 2019, Nature Energy 4:929).")
PP_PARAM(P_AIR_ULE_NOX, "air", "ule_nox_mg_m3", PK_SCALAR, "mg/Nm3", 0, 400, 50, LG_NONE, 0, ADJ_ADD, 0,
         "Ultra-low-emission NOx limit", "超低排放氮氧化物限值", "NOx (as NO2) in the flue gas of a ULE unit: 50 mg/m3 (as the SO2 limit).")
PP_PARAM(P_AIR_ULE_PM, "air", "ule_dust_mg_m3", PK_SCALAR, "mg/Nm3", 0, 100, 10, LG_NONE, 0, ADJ_ADD, 0,
         "Ultra-low-emission dust limit", "超低排放颗粒物限值", "Total particulate in the flue gas of a ULE unit: 10 mg/m3 (as the SO2 limit); half of it counted as PM2.5 (pollutants_list.h).")
PP_PARAM(P_AIR_FLUE_FUEL, "air", "flue_gas_nm3_per_kgce", PK_SCALAR, "Nm3/kgce", 0, 30, 10.5, LG_NONE, 0, ADJ_ADD, 0,
         "Flue gas per kgce burnt", "单位燃料烟气量", "Dry flue gas at the standards' reference oxygen (6 % for coal) per kgce burnt, turning the ULE limits into factors (derived: about 0.26 Nm3/MJ stoichiometric x 29.3 MJ/kgce, excess air 1.4; the same for oil and gas within about 15 %: assumption).")
PP_PARAM(P_AIR_FLUE_CEMENT, "air", "flue_gas_nm3_per_t_cement", PK_SCALAR, "Nm3/t", 0, 10000, 1400, LG_NONE, 0, ADJ_ADD, 0,
         "Kiln flue gas per tonne of cement", "吨水泥窑尾烟气量", "Kiln-end flue gas per tonne of cement (assumption: about 2400 Nm3/t clinker x 0.57 t clinker/t cement).")
PP_PARAM(P_AIR_DAMAGE_SO2, "air", "damage_so2_cny_per_t", PK_SCALAR, "CNY/t", 0, 1e7, 33000, LG_NONE, 0, ADJ_ADD, 0,
         "Health damage per tonne of SO2", "二氧化硫单位健康损失", "Damage-cost method (benefit transfer, assumption): the EEA's EU-average damage cost of SO2, about 11,000 EUR/t with life years valued (EEA Technical report 20/2014, VOLY case; recalled), x 0.38 (China's 2020 GDP per person at PPP over the EU's, income elasticity 1) x 7.9 CNY/EUR; price base 2020.")
PP_PARAM(P_AIR_DAMAGE_NOX, "air", "damage_nox_cny_per_t", PK_SCALAR, "CNY/t", 0, 1e7, 17000, LG_NONE, 0, ADJ_ADD, 0,
         "Health damage per tonne of NOx", "氮氧化物单位健康损失", "As the SO2 damage: EEA 2014 about 5,700 EUR/t (VOLY case; recalled) x 0.38 x 7.9 CNY/EUR.")
PP_PARAM(P_AIR_DAMAGE_PM25, "air", "damage_pm25_cny_per_t", PK_SCALAR, "CNY/t", 0, 1e7, 100000, LG_NONE, 0, ADJ_ADD, 0,
         "Health damage per tonne of PM2.5", "PM2.5单位健康损失", "As the SO2 damage: EEA 2014 about 33,000 EUR/t (VOLY case; recalled) x 0.38 x 7.9 CNY/EUR.")

/* ---- [calibration]: observed figures the first-year and historical unknowns are solved for ---- */
PP_PARAM(P_CAL_ENERGY_END, "calibration", "energy_mtce_end", PK_SCALAR, "Mtce", 0, 1e5, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed energy use, last historical year", "能耗总量（末历史年）", "Total energy consumption in hist_end_year; solves the common intensity level. 0 = not calibrated.")
PP_PARAM(P_CAL_CO2_FIRST, "calibration", "co2_energy_mt_first", PK_SCALAR, "Mt CO2", 0, 1e5, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed energy CO2, first year", "能源活动CO2（起始年）", "Energy-related CO2 in first_year (e.g. CEADs); solves the common intensity level when energy_mtce_end is not given. 0 = not calibrated.")
PP_PARAM(P_CAL_ENERGY_FIRST, "calibration", "energy_mtce_first", PK_SCALAR, "Mtce", 0, 1e5, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed energy use, first year", "能耗总量（起始年）", "Total energy consumption in first_year; solves the common intensity level when neither energy_mtce_end nor co2_energy_mt_first is given. 0 = not calibrated.")
PP_PARAM(P_CAL_EI_INDEX_END, "calibration", "energy_intensity_index_end", PK_SCALAR, "% of first year", 0, 500, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed energy intensity, % of first year", "能耗强度指数", "Energy intensity in hist_end_year as % of the first year; solves the historical efficiency trend. 0 = not calibrated.")
PP_PARAM(P_CAL_COAL_FIRST, "calibration", "coal_share_first_pct", PK_SCALAR, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed coal share, first year", "煤炭比重（起始年）", "Coal share of energy use in first_year; solves the industrial coal/gas split. 0 = not calibrated.")
PP_PARAM(P_CAL_COAL_END, "calibration", "coal_share_end_pct", PK_SCALAR, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed coal share, last historical year", "煤炭比重（末历史年）", "Coal share in hist_end_year; solves the historical coal-to-gas shift. 0 = not calibrated.")
PP_PARAM(P_CAL_CI_INDEX_END, "calibration", "carbon_intensity_index_end", PK_SCALAR, "% of first year", 0, 500, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed carbon intensity, % of first year", "碳排放强度指数", "Energy-CO2 intensity in hist_end_year as % of the first year; solves the unreported net electricity imports. 0 = not calibrated.")
/* checked, not solved: a miss beyond 0.5 points is a calibration warning naming the inputs (issue 16) */
PP_PARAM(P_CAL_NONFOSSIL_END, "calibration", "nonfossil_share_end_pct", PK_SCALAR, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed non-fossil share, last historical year", "非化石能源比重（末历史年）", "Non-fossil share of energy use in hist_end_year; checked after calibration (a warning beyond 0.5 points names the inputs that move it), not solved. 0 = not checked.")
PP_PARAM(P_CAL_GAS_END, "calibration", "gas_share_end_pct", PK_SCALAR, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed gas share, last historical year", "天然气比重（末历史年）", "Natural-gas share of energy use in hist_end_year; checked after calibration, not solved. 0 = not checked.")
PP_PARAM(P_CAL_OIL_END, "calibration", "oil_share_end_pct", PK_SCALAR, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed oil share, last historical year", "石油比重（末历史年）", "Oil share of energy use in hist_end_year; solves the level of transport's intensity (transport burns most of the oil). 0 = not calibrated.")
/* issue 16, province: yearly history targets and the statistical basis */
PP_PARAM(P_CAL_EI_YOY, "calibration", "energy_intensity_change_pct", PK_PATH, "%", -50, 50, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed yearly energy-intensity change", "能耗强度逐年变化", "YEAR:% points, each a historical year's change of energy intensity over the year before (the NBS/NDRC/NEA bulletin, e.g. 2020:-2.88); each solves an extra efficiency step in that year (at most 3 years; a COVID year's dip). 0 = none.")
PP_PARAM(P_CAL_COAL_YEAR, "calibration", "coal_share_pct", PK_PATH, "%", 0, 100, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Observed coal share of one historical year", "某历史年煤炭比重", "One YEAR:% point, the coal share of a historical year other than the first (when the first year's is not published, e.g. 2017:86.42); solves the first-year coal/gas shift instead of coal_share_first_pct. 0 = not given.")
PP_PARAM(P_SCENARIO_BASIS, "scenario", "statistical_basis", PK_TEXT, "", 0, 0, NAN, LG_NONE, 0, ADJ_ADD, 0,
         "Statistical basis", "统计口径", "Which release the file's historical figures follow: first_release (初步核算, the Communique and the yearly bulletins) or revised (修订, the Yearbook after a census). The report card marks published figures of the other basis. Optional.")

/* ---- [costs] (issue 12; the "cost" block): what a path costs, in constant prices of price_base_year
 * (docs/model.md, "Costs"). Per technology and storage of sim/model/power_table.h, six keys from
 * its line in sim/model/cost_table.h (defaults and sources there); then the discount rate, fuel
 * prices, the carbon price and the end-use equipment a lever buys. ---- */
#include "../model/cost_table.h"
#define PP_COST_KEYS_(tok, name, en, zh, capex, learn, growth, fom, vom, life, src)                                   \
PP_PARAM(P_COSTS_##tok##_CAPEX, "costs", name "_capex_cny_kw", PK_SCALAR, "CNY/kW", 0, 100000, capex, LG_NONE, 0, ADJ_ADD, 0, \
         en " capital cost", zh "单位造价", "Overnight capital cost per kW in price_base_year prices, at the deployment of that year (" src ").") \
PP_PARAM(P_COSTS_##tok##_LEARN, "costs", name "_learning_pct", PK_SCALAR, "%", 0, 50, learn, LG_NONE, 0, ADJ_ADD, 0,       \
         en " learning rate", zh "学习率", "Fall of the capital cost per doubling of cumulative deployment: C = C0 (D/D0)^log2(1 - rate/100) (" src ").") \
PP_PARAM(P_COSTS_##tok##_GROWTH, "costs", name "_deploy_growth_pct", PK_PATH, "%/yr", -20, 100, growth, LG_NONE, 0, ADJ_ADD, 0, \
         en " deployment growth", zh "累计装机增速", "Yearly growth of cumulative (global, or national where the market is national) deployment that drives learning (assumption; the default scenario gives a path).") \
PP_PARAM(P_COSTS_##tok##_FOM, "costs", name "_fom_cny_kw_yr", PK_SCALAR, "CNY/kW/yr", 0, 5000, fom, LG_NONE, 0, ADJ_ADD, 0, \
         en " fixed O&M", zh "固定运维成本", "Fixed operation and maintenance per kW installed and year (" src ").") \
PP_PARAM(P_COSTS_##tok##_VOM, "costs", name "_vom_cny_mwh", PK_SCALAR, "CNY/MWh", 0, 2000, vom, LG_NONE, 0, ADJ_ADD, 0,   \
         en " variable O&M", zh "变动运维成本", "Variable operation and maintenance per MWh generated (fuel the province buys is in the fuel bill; biomass and nuclear fuel are here) (" src ").") \
PP_PARAM(P_COSTS_##tok##_LIFE, "costs", name "_life_yr", PK_SCALAR, "yr", 1, 100, life, LG_NONE, 0, ADJ_ADD, 0,           \
         en " economic life", zh "经济寿命", "Years a plant runs and its capital is recovered over (rounded to whole years); capacity kept beyond it is rebuilt at the year's cost (" src ").")
#define PP_COST_KEYS(tok, name, en, zh, defs) PP_COST_KEYS_(tok, name, en, zh, defs)
#define POWER_TECH(tok, name, en, zh, ...) PP_COST_KEYS(tok, name, en, zh, COST_DEF_##tok)
#define POWER_STORAGE(tok, name, en, zh, ...) PP_COST_KEYS(tok, name, en, zh, COST_DEF_##tok)
#include "../model/power_table.h"
#undef POWER_TECH
#undef POWER_STORAGE
#undef PP_COST_KEYS
#undef PP_COST_KEYS_
PP_PARAM(P_COSTS_DISCOUNT, "costs", "discount_rate_pct", PK_SCALAR, "%", 0, 30, 8, LG_NONE, 0, ADJ_ADD, 0,
         "Discount rate", "折现率", "Real rate for the capital recovery factor CRF = r(1+r)^n/((1+r)^n-1) and the present value of system cost: 8 %, the social discount rate of NDRC and MOHURD's Economic Evaluation Methods and Parameters for Construction Projects (3rd ed., 2006; unverified).")
PP_PARAM(P_COSTS_COAL_PRICE, "costs", "coal_cny_tce", PK_PATH, "CNY/tce", 0, 10000, 900, LG_NONE, 0, ADJ_ADD, 0,
         "Coal price", "煤炭价格", "Delivered coal per tonne of coal equivalent: NDRC's 2022 benchmark for long-term contracts, 675 CNY/t of 5500 kcal coal (range 570-770; unverified), is 859 CNY/tce (x 7000/5500); plus rail to the province (assumption).")
PP_PARAM(P_COSTS_GAS_PRICE, "costs", "gas_cny_tce", PK_PATH, "CNY/tce", 0, 20000, 1800, LG_NONE, 0, ADJ_ADD, 0,
         "Gas price", "天然气价格", "Gas to industry and power per tonne of coal equivalent: about 2.2 CNY/m3 at 1.2143 kgce/m3 (GB/T 2589 reference factor) is 1800 CNY/tce (assumption).")
PP_PARAM(P_COSTS_OIL_PRICE, "costs", "oil_cny_tce", PK_PATH, "CNY/tce", 0, 20000, 3400, LG_NONE, 0, ADJ_ADD, 0,
         "Oil price", "油品价格", "Oil products before retail taxes per tonne of coal equivalent: about 5000 CNY/t at 1.4571 tce/t (GB/T 2589, diesel) is 3400 CNY/tce (assumption).")
PP_PARAM(P_COSTS_IMPORT_PRICE, "costs", "import_elec_cny_kwh", PK_PATH, "CNY/kWh", 0, 5, 0.35, LG_NONE, 0, ADJ_ADD, 0,
         "Bought-in electricity price", "外购电价格", "Price of net imported electricity at the province's border (sent-out power earns it): west-to-east transfer tariffs are of the order of 0.30-0.40 CNY/kWh; Chongqing's coal benchmark tariff 0.3964 CNY/kWh (NDRC, unverified) caps it (assumption).")
PP_PARAM(P_COSTS_CCUS, "costs", "ccus_cny_t", PK_PATH, "CNY/t CO2", 0, 5000, 400, LG_NONE, 0, ADJ_ADD, 0,
         "CCUS cost", "CCUS成本", "Capture, transport and storage per tonne of CO2 captured (energy penalty apart: it is in the fuel): the order of the 2021 China CCUS Annual Report's capture 300-900 CNY/t today falling towards 2060, transport and storage about 100 (unverified; assumption).")
PP_PARAM(P_COSTS_CARBON_PRICE, "costs", "carbon_price_cny_t", PK_PATH, "CNY/t", 0, 3000, 60, LG_POWER, 2030, ADJ_ADD, 10,
         "Carbon price", "碳价", "Price per tonne of CO2 emitted by power plants (the national ETS: 48 CNY/t at the opening on 16 July 2021, 54.22 at the end of 2021; 2024 average 95.96, ICAP): it enters the merit order and the new-build mix; its revenue is reported (as if every allowance were paid for).")
PP_PARAM(P_COSTS_BUILD_CARBON, "costs", "build_carbon_price_cny_t", PK_PATH, "CNY/t", 0, 3000, 60, LG_NONE, 0, ADJ_ADD, 0,
         "Carbon price the new-build mix assumes", "新增电源结构对应碳价", "The carbon price at which the build_*_pct shares are the mix; another carbon_price moves fuel-burning options' weights by their levelised cost (set it to the carbon_price path of the file).")
PP_PARAM(P_COSTS_BUILD_RESPONSE, "costs", "build_cost_response", PK_SCALAR, "ratio", 0, 10, 2, LG_NONE, 0, ADJ_ADD, 0,
         "Response of the new-build mix to cost", "新增电源对成本的响应", "Exponent g of the weight factor (c at the planned carbon price / c at the carbon price)^g of a fuel-burning option, c its levelised cost (assumption: 2, a logit-like response).")
PP_PARAM(P_COSTS_VEHICLES_FIRST, "costs", "vehicles_per_1000_first", PK_SCALAR, "per 1000 people", 0, 1000, 125, LG_NONE, 0, ADJ_ADD, 0,
         "Road vehicles per 1000 people, first year", "千人汽车保有量（起始年）", "Road vehicles per 1000 residents in first_year; the stock then grows with transport.fleet_growth_pct. National 2015: about 172 million cars / 1375 million people = 125 (MPS and NBS, unverified).")
PP_PARAM(P_COSTS_NEV_PREMIUM, "costs", "nev_premium_cny", PK_PATH, "CNY/vehicle", 0, 1000000, 20000, LG_NONE, 0, ADJ_ADD, 0,
         "Extra cost of a new-energy vehicle", "新能源汽车增量成本", "Purchase price of an NEV over a comparable combustion vehicle, before subsidies (assumption; purchase-price parity in China's mass segments is expected about 2025-2027, ICCT and BNEF, unverified).")
PP_PARAM(P_COSTS_HEAT_PUMP, "costs", "heat_pump_cny_per_tce", PK_PATH, "CNY per tce/yr", 0, 1000000, 7000, LG_NONE, 0, ADJ_ADD, 0,
         "Extra cost of heat pumps", "热泵增量成本", "Heat pump over a gas boiler per tce a year of fuel it replaces: 1200 CNY/kW heat (assumption) / (1200 h x 0.1229 kgce/kWh / 0.85 boiler efficiency) = about 7000.")
PP_PARAM(P_COSTS_FLOOR_AREA, "costs", "floor_area_m2_person", PK_SCALAR, "m2/person", 0, 500, 50, LG_NONE, 0, ADJ_ADD, 0,
         "Building floor area per person", "人均建筑面积", "Residential and service floor area per resident (assumption: about 40 m2 of housing, NBS 2020 national urban 38.6 m2 unverified, plus 10 m2 of services).")
PP_PARAM(P_COSTS_GREEN_PREMIUM, "costs", "green_premium_cny_m2", PK_PATH, "CNY/m2", 0, 5000, 100, LG_NONE, 0, ADJ_ADD, 0,
         "Extra cost of a green building", "绿色建筑增量成本", "Extra cost per m2 built or renovated to the green-building standard (assumption: two-star of GB/T 50378, studies give about 50-150 CNY/m2, unverified).")
PP_PARAM(P_COSTS_EFFICIENCY, "costs", "efficiency_cny_per_tce", PK_PATH, "CNY per tce/yr", 0, 1000000, 3000, LG_NONE, 0, ADJ_ADD, 0,
         "Cost of industrial energy saving", "工业节能投资", "Investment per tce a year of industrial energy saved by the year's efficiency gain (assumption: the order of 2000-4000 CNY per tce/yr of the 11th and 12th FYP energy-saving programmes, unverified).")
PP_PARAM(P_COSTS_ELECTRIFY, "costs", "electrification_cny_per_mwh", PK_PATH, "CNY per MWh/yr", 0, 100000, 400, LG_NONE, 0, ADJ_ADD, 0,
         "Cost of industrial electrification", "工业电能替代投资", "Investment per MWh a year of industrial final energy moved to electricity (assumption: electric boilers and furnaces about 1500 CNY/kW at about 4000 h).")
PP_PARAM(P_COSTS_ENDUSE_LIFE, "costs", "enduse_life_yr", PK_SCALAR, "yr", 1, 100, 15, LG_NONE, 0, ADJ_ADD, 0,
         "Life of end-use equipment", "终端设备寿命", "Years end-use extra investment is annualised over in the system cost (assumption: vehicles about 15, buildings longer, equipment shorter).")
/* the carbon price in the merit order (the "cost" block): electricity bought from other grids' markets */
PP_PARAM(P_POWER_IMPORT_MARKET, "power", "import_market_twh", PK_PATH, "TWh", 0, 1000, 0, LG_NONE, 0, ADJ_ADD, 0,
         "Market imports available", "可市场化外购电量", "Most electricity a year the province can buy from other grids beyond its contracts, in the merit order beside coal and gas at import_elec_cny_kwh plus the carbon price on the CO2 of its fossil part (import_other_ef_kg_kwh, import_other_nonfossil_pct; the sending grids pay the national ETS price and pass it on: assumption). 0 = none: other grids then only supply what coal and gas cannot.")
