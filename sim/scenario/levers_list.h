/* sim/scenario/levers_list.h - the plausible range and the greener direction of every policy lever
 * (a key whose lever group in params_list.h is not LG_NONE). Included with PP_LEVER defined; fields:
 *   id, plausible low, plausible high (in the key's unit, at the lever year), greener direction
 *   (+1: a higher value is greener, -1: a lower one), source or "assumption" with the reasoning.
 * The plausible range is what a province can credibly reach by the lever year; the schema's min
 * and max stay the hard validation range. Sliders span the plausible range, goal seeking searches
 * it, `peakpath sensitivity` runs each lever at both ends. Every lever must have a line here
 * (a _Static_assert-like check in params.c counts them). */

PP_LEVER(P_ECONOMY_GDP_GROWTH, 3.0, 6.5, -1,
         "assumption: 2030 real growth between a slow-down to about the national trend and the 6 %/yr the "
         "baseline takes for 2022-2025 (Chongqing 2021 +8.3 %, Chongqing Daily 2022-08-10) kept up; lower "
         "growth is less energy use")
PP_LEVER(P_ECONOMY_SECONDARY_SHARE, 32, 42, -1,
         "seed: industry 44.9 % of GDP in 2015, 40.0 % in 2020 (-1 pt/yr); 2030 32..42 assumption: that fall "
         "continued, or a manufacturing push (Chongqing 14th FYP) back above the 2020 level")
PP_LEVER(P_INDUSTRY_HEAVY_SHARE, 22, 33, -1,
         "assumption: 2030 heavy-industry share between faster upgrading and the 2020 level (33 %, itself an "
         "assumption in the baseline); national cement output fell 15 % 2021-2023 (NBS: 2377 to 2023 Mt)")
PP_LEVER(P_INDUSTRY_HIGHTECH_SHARE, 28, 40, 1,
         "seed: high-tech manufacturing +17.6 %/yr 2016-2020 (26.8 % of industry in 2020, derived in the "
         "baseline); 2030 28..40 assumption: that growth halving or holding to 2025")
PP_LEVER(P_HEAVY_IMPROVE, 1.0, 5.0, 1,
         "Chongqing 14th FYP energy conservation plan (2022): energy per unit of GDP -14 % 2021-2025 = 3.0 "
         "%/yr (national action plan for carbon peaking 2021: -13.5 %); 1..5 %/yr in 2030 around it: "
         "assumption")
PP_LEVER(P_HEAVY_ELEC, 15, 35, 1,
         "NEA (2025): electricity about 30 % of China's final energy; heavy industry (kilns, furnaces) "
         "electrifies slower: 2030 15..35 % assumption")
PP_LEVER(P_SERVICES_IMPROVE, 1.0, 4.0, 1,
         "Chongqing 14th FYP energy conservation plan (2022): -14 % energy intensity 2021-2025 = 3.0 %/yr; "
         "services 1..4 %/yr in 2030: assumption")
PP_LEVER(P_SERVICES_ELEC, 40, 65, 1,
         "NEA (2025): electricity about 30 % of China's final energy, services well above; 2030 40..65 % "
         "assumption (2020 37 % in the baseline)")
PP_LEVER(P_TRANSPORT_NEV_SHARE, 30, 90, 1,
         "NEV share of new road-vehicle sales in 2030: State Council action plan for carbon peaking (2021) about "
         "40 % of new vehicles new- or clean-energy by 2030, NDRC/NEA modern energy system 14th FYP (2022) about "
         "20 % of sales by 2025, national share past 30 % in 2023 (CAAM); 30..90 % assumption")
PP_LEVER(P_BUILDINGS_GREEN_SHARE, 20, 50, 1,
         "MOHURD 14th FYP building energy efficiency and green building plan (2022): 77 % of new urban "
         "buildings green in 2020, all new urban buildings from 2025; stock share 2030 20..50 % assumption "
         "(new floor area 2-4 %/yr of the stock)")
PP_LEVER(P_BUILDINGS_HEAT_PUMP, 0, 30, 1, "assumption: heat pumps' share of building heating and hot water in 2030")
PP_LEVER(P_POWER_HYDRO_GW, 8.0, 9.5, 1,
         "assumption: little hydro left to build in Chongqing (7.79 GW 2020, PyPSA-China-PIK, unverified)")
PP_LEVER(P_POWER_SOLAR_GW, 3, 12, 1,
         "cqnews.net 2023-06-28: 3.7 GW wind and solar expected by 2025 (0.67 GW solar 2020, CEC); 2030 3..12"
         " GW assumption: the 2025 pace to a rooftop programme")
PP_LEVER(P_POWER_WIND_GW, 2, 6, 1,
         "cqnews.net 2023-06-28: 3.7 GW wind and solar expected by 2025 (0.97 GW wind 2020, CEC); 2030 2..6 "
         "GW assumption: ridge sites")
PP_LEVER(P_POWER_NUCLEAR_GW, 0, 4, 1,
         "NDRC/NEA modern energy system 14th FYP (2022): 70 GW by 2025, coastal only; no inland site "
         "approved: 0..4 GW by 2040 assumption (one site)")
PP_LEVER(P_POWER_COAL_RETIRE_RATE, 0, 1.5, 1,
         "assumption: GW/yr of coal retired from the start year; 1.5 GW/yr retires the 2030 fleet (17 GW) in "
         "about 11 years")
PP_LEVER(P_POWER_IMPORT_TWH, 25, 80, 1,
         "about 30 TWh in 2020 (baseline); the Sichuan-Chongqing 1000 kV AC line carries up to 35 TWh a year "
         "for both (Xinhua 2024); Southwest corridor 2030 25..80 TWh assumption (all of that line to Chongqing on top of 2020 gives 65, more from Tibet hydro; Hami is its own lever)")
PP_LEVER(P_POWER_IMPORT_HAMI_TWH, 0, 45, 1,
         "Hami-Chongqing line in 2030: 0 (not counted) up to its announced 36 TWh (Xinhua 2025-06-10) and more use of its 8 GW (assumption)")
PP_LEVER(P_POWER_BUILD_SOLAR, 20, 60, 1, "assumption: solar's weight in the new-build mix in 2030")
PP_LEVER(P_POWER_BUILD_COAL, 0, 50, -1, "assumption: coal's weight in the new-build mix in 2030 (within coal_build_max_gw)")
PP_LEVER(P_POWER_CCUS_CAPTURE, 0, 20, 1, "assumption: share of power plants' CO2 captured in 2050 (from ccus_start_year)")
PP_LEVER(P_EMIS_CEMENT_MT, 40, 65, -1,
         "CEADs 2019 process CO2 19.62 Mt / 0.2906 t/t = 67.5 Mt (derived, unverified); national output -15 %"
         " 2021-2023 (NBS: 2377 to 2023 Mt); 2030 40..65 Mt assumption")
PP_LEVER(P_EMIS_CCUS_MT, 0, 15, 1,
         "assumption: Mt CO2 captured at cement and heavy-industry plants in 2050; 15 is about every kiln captured "
         "(30..40 Mt cement x 0.29 t process + about 0.15 t fuel CO2 per t, x 0.9) plus a little heavy industry")
PP_LEVER(P_EMIS_SINK_MT, 12, 22, 1,
         "assumption: forest sink in 2050, about 3 t CO2/ha/yr on 4..7 Mha (forest cover 52.5 % in 2020, "
         "seed)")
/* ---- air (issue 12): end-of-pipe levers. They leave CO2 as it is (a retrofit's few tenths of a per
 * cent of station power are not modelled: assumption), so their greener end is judged on the
 * pollutants: PP_LEVER_AIR marks them (sim/scenario/params.h pp_lever_range.co2_neutral). ---- */
PP_LEVER_AIR(P_AIR_POWER_ULE, 80, 100, 1,
             "NDRC, MEE and NEA 2015 work plan: every coal unit able to do so at ultra-low emission, the west by "
             "2020; Chongqing retrofitted 21 units of 9.28 GW in 2018-2020 (Chongqing Ecology and Environment "
             "Bureau, 2021-01-01) of about 13.6 GW (68 %); 2030 80..100 % assumption")
PP_LEVER_AIR(P_AIR_INDUSTRY_ULE, 30, 100, 1,
             "MEE et al. 2019 steel ULE opinion: 80 % of steel capacity by 2025; MEE et al. 2024 cement ULE opinion: "
             "50 % of clinker capacity by 2025, 80 % by 2028; 2030 30..100 % of steel fuel and cement output in "
             "Chongqing: assumption")
/* ---- issue 12 (the "cost" block) ---- */
PP_LEVER(P_COSTS_CARBON_PRICE, 60, 300, 1,
         "national ETS 2021-2024: 48 CNY/t at the opening (16 July 2021), 54.22 at the end of 2021, 95.96 average "
         "in 2024 (ICAP); 2030 60..300 assumption: the 2021-2022 level held, up to the order of prices in 1.5-2 C "
         "pathways for China; a higher price makes gas cheaper than coal in the merit order from about 350 CNY/t "
         "with the default fuel prices and shifts new build from coal")
