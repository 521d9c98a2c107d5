/* sim/model/pollutants_list.h - the air-pollutant tables: the pollutants, and one row per source
 * (a sector's fuel, or cement output) with its uncontrolled factors and the removal of the control
 * fitted today. sim/model/pollutants.c computes docs/model.md "Air pollutants" from them, so a new
 * source is a line here (a new pollutant: a line, a factor and a removal column in each source row,
 * and its result row in outputs_list.h). Included with AIR_POLLUTANT and AIR_SOURCE defined (define the
 * one you do not need as empty).
 *
 *   AIR_POLLUTANT(ID, key, en, zh, ule_key, limited_share, damage_key)
 *     ID: AP_<ID>, RV_<ID> (outputs_list.h); ule_key: schema id of its ultra-low-emission limit
 *     (mg/Nm3); limited_share: the part of the limited quantity that is this pollutant (the
 *     particulate limits are on total dust, of which primary PM2.5 is a part; assumption below);
 *     damage_key: schema id of its damage cost (CNY/t).
 *   AIR_SOURCE(ID, group, fuel, ule, ef_so2, ef_nox, ef_pm25, rm_so2, rm_nox, rm_pm25, src)
 *     group: AG_* (whose fuel it is, pollutants.c); fuel: FUEL_* burnt, or -1 for cement output;
 *     ule: the ultra-low-emission share that applies (AU_POWER, AU_INDUSTRY, AU_NONE);
 *     ef_*: uncontrolled factors in kg per tce burnt (cement: kg per t cement); for coal the SO2
 *     factor is per 1 % sulphur and is multiplied by [air] coal_sulfur_pct;
 *     rm_*: % removed by the control conventional plants have (before any ULE retrofit); src.
 *
 * Unit conversions the factors use (GB/T 2589-2020 reference calorific values): raw coal 0.7143
 * tce/t, fuel oil and diesel 1.4571 tce/t, natural gas 1.33 kgce/m3 (38,931 kJ/m3).
 * Coal SO2: the MEE guidance's mass balance (大气污染源排放清单编制技术指南, 2014, 化石燃料固定
 * 燃烧源: E = 2 x S x (1 - retention in ash)); with 15 % of the sulphur kept in the ash (assumption
 * for pulverised and grate boilers) 1 % S gives 2 x 10 x 0.85 / 0.7143 = 23.8 kg SO2/tce.
 * These are planning-level factors, one per source: the MEE guidance tabulates them by boiler and
 * control type, which a province-wide model cannot see. Values marked "assumption" are of the order
 * of the guidance's and MEIC's (Zheng et al. 2018, ACP 18:14095, Tsinghua) but not copied from a
 * table: check them before using a number as a fact. */

AIR_POLLUTANT(SO2, "so2", "SO2", "二氧化硫", P_AIR_ULE_SO2, 1.0, P_AIR_DAMAGE_SO2)
AIR_POLLUTANT(NOX, "nox", "NOx", "氮氧化物", P_AIR_ULE_NOX, 1.0, P_AIR_DAMAGE_NOX)
/* primary PM2.5: the limits are on total particulate; behind an electrostatic or bag filter and a
 * wet scrubber about half of what is left is finer than 2.5 um (assumption) */
AIR_POLLUTANT(PM25, "pm25", "PM2.5", "PM2.5", P_AIR_ULE_PM, 0.5, P_AIR_DAMAGE_PM25)

/* power and heat plants: coal under GB 13223-2011 (SO2 200 mg/m3 for new units in Chongqing,
 * Sichuan, Guizhou and Guangxi, NOx 100, dust 30): with 10.5 Nm3/kgce the conventional factors
 * below give about 170 (at 1.5 % S), 120 and 37 mg/m3 (PM2.5 as half the dust): the standard's order */
AIR_SOURCE(POWER_COAL, AG_POWER, FUEL_COAL, AU_POWER, 23.8, 12.4, 19.6, 95, 90, 99,
           "assumption: pulverised coal, NOx 8.85 kg/t coal uncontrolled (0.7143 tce/t), fly ash 80 % of "
           "25 % ash with 7 % of it PM2.5; wet FGD 95 %, low-NOx burners + SCR 90 %, ESP 99 % of PM2.5")
AIR_SOURCE(POWER_GAS, AG_POWER, FUEL_GAS, AU_NONE, 0.007, 1.2, 0.09, 0, 60, 0,
           "US EPA AP-42 section 1.4, natural gas combustion: 0.6 lb SO2, 100 lb NOx, 7.6 lb PM per 1e6 scf "
           "(uncontrolled boilers), at 1.33 kgce/m3; dry low-NOx combustion 60 % (assumption)")
AIR_SOURCE(POWER_OIL, AG_POWER, FUEL_OIL, AU_NONE, 6.9, 3.5, 0.6, 0, 0, 0,
           "assumption: fuel oil 0.5 % S (2 x 5 kg/t / 1.4571 tce/t), NOx 5 kg/t, PM2.5 0.9 kg/t")
/* steel and other heavy industry outside cement: the ULE retrofits of steel (MEE et al. 2019,
 * 关于推进实施钢铁行业超低排放的意见: sintering flue gas 10 / 35 / 50 mg/m3) */
AIR_SOURCE(HEAVY_COAL, AG_HEAVY, FUEL_COAL, AU_INDUSTRY, 23.8, 5.6, 7.0, 92, 30, 95,
           "assumption: grate and fluidised-bed boilers, sintering and coking; NOx 4 kg/t coal; PM2.5 5 kg/t coal "
           "uncontrolled; desulphurisation 92 %, low-NOx 30 %, filters 95 % (MEE guidance order)")
AIR_SOURCE(HEAVY_OIL, AG_HEAVY, FUEL_OIL, AU_INDUSTRY, 6.9, 3.5, 0.6, 0, 0, 0,
           "assumption: fuel oil 0.5 % S, NOx 5 kg/t, PM2.5 0.9 kg/t (as power oil)")
AIR_SOURCE(HEAVY_GAS, AG_HEAVY, FUEL_GAS, AU_INDUSTRY, 0.007, 1.2, 0.09, 0, 0, 0,
           "assumption: AP-42 orders for uncontrolled gas boilers and furnaces (as power gas, no control)")
/* other industry, high-tech manufacturing and agriculture: boilers and kilns without ULE */
AIR_SOURCE(IND_COAL, AG_INDUSTRY, FUEL_COAL, AU_NONE, 23.8, 5.6, 7.0, 85, 10, 90,
           "assumption: small industrial boilers, weaker control than heavy industry's (desulphurisation 85 %, "
           "filters 90 %)")
AIR_SOURCE(IND_OIL, AG_INDUSTRY, FUEL_OIL, AU_NONE, 0.014, 14.0, 0.7, 0, 0, 0,
           "assumption: mostly diesel in engines and farm machinery, 10 ppm S (GB 19147 China VI), NOx 20 kg/t, "
           "PM2.5 1 kg/t (MEE non-road guidance order)")
AIR_SOURCE(IND_GAS, AG_INDUSTRY, FUEL_GAS, AU_NONE, 0.007, 1.2, 0.09, 0, 0, 0,
           "assumption: AP-42 orders for uncontrolled gas boilers")
/* cement: kiln fuel and the process together, per tonne of cement (0.57 t clinker/t, as
 * [industry] cement_fuel_kgce_t); GB 4915-2013 limits 200 / 400 / 30 mg/m3; cement ULE (MEE et al.
 * 2024, 关于推进实施水泥行业超低排放的意见: 35 / 50 / 10 mg/m3 at the kiln) */
AIR_SOURCE(CEMENT, AG_CEMENT, -1, AU_INDUSTRY, 0.4, 1.0, 2.0, 75, 60, 99,
           "assumption: clinker kilns keep most sulphur (0.7 kg SO2/t clinker), NOx 1.75 kg/t clinker, PM2.5 "
           "2 kg/t cement before filters; desulphurisation 75 %, SNCR 60 %, bag filters 99 % (MEE guidance order)")
/* road, rail, water and air transport: engines; the factors follow the vehicle standards, not a retrofit */
AIR_SOURCE(TRANSPORT_OIL, AG_TRANSPORT, FUEL_OIL, AU_NONE, 0.014, 10.3, 0.35, 0, 0, 0,
           "assumption: petrol and diesel fleet 2020, 10 ppm S; NOx 15 kg/t fuel, PM2.5 0.5 kg/t (MEE mobile-source "
           "guidance order, China IV-VI fleet mix)")
AIR_SOURCE(TRANSPORT_GAS, AG_TRANSPORT, FUEL_GAS, AU_NONE, 0.007, 3.0, 0.05, 0, 0, 0,
           "assumption: CNG taxis and buses (Chongqing's large CNG fleet), NOx about three-way-catalyst engines")
AIR_SOURCE(TRANSPORT_COAL, AG_TRANSPORT, FUEL_COAL, AU_NONE, 23.8, 5.6, 7.0, 0, 0, 0,
           "assumption: as industrial coal without control (little coal in transport)")
/* services and households: stoves and small boilers, no end-of-pipe control */
AIR_SOURCE(BUILDINGS_COAL, AG_BUILDINGS, FUEL_COAL, AU_NONE, 23.8, 2.1, 7.0, 60, 0, 0,
           "assumption: household stoves and small boilers, NOx 1.5 kg/t coal, PM2.5 5 kg/t coal; 60 % of the SO2 "
           "kept by sulphur-fixing briquettes and the low-sulphur coal supplied to households, no filters")
AIR_SOURCE(BUILDINGS_OIL, AG_BUILDINGS, FUEL_OIL, AU_NONE, 0.14, 2.0, 0.1, 0, 0, 0,
           "assumption: LPG and kerosene for cooking and heating")
AIR_SOURCE(BUILDINGS_GAS, AG_BUILDINGS, FUEL_GAS, AU_NONE, 0.007, 1.0, 0.09, 0, 0, 0,
           "assumption: AP-42 orders for gas stoves and small boilers")
