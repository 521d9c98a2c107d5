/* sim/scenario/levers_list.h - the plausible range and the greener direction of every policy lever
 * (a key whose lever group in params_list.h is not LG_NONE). Included with PP_LEVER defined; fields:
 *   id, plausible low, plausible high (in the key's unit, at the lever year), greener direction
 *   (+1: a higher value is greener, -1: a lower one), source or "assumption" with the reasoning.
 * The plausible range is what a province can credibly reach by the lever year; the schema's min
 * and max stay the hard validation range. Sliders span the plausible range, goal seeking searches
 * it, `peakpath sensitivity` runs each lever at both ends. Every lever must have a line here
 * (a _Static_assert-like check in params.c counts them). */

PP_LEVER(P_ECONOMY_GDP_GROWTH, 3.0, 6.5, -1,
         "assumption: 2030 real growth between a slow-down and the 14th FYP's 6 %/yr kept up")
PP_LEVER(P_ECONOMY_SECONDARY_SHARE, 32, 42, -1,
         "assumption: 2030 industry share between a fast service shift and the 2020 level (40.0 %)")
PP_LEVER(P_INDUSTRY_HEAVY_SHARE, 22, 33, -1,
         "assumption: 2030 heavy-industry share between faster upgrading and the 2020 level")
PP_LEVER(P_INDUSTRY_HIGHTECH_SHARE, 28, 40, 1,
         "assumption: 2030 high-tech share around the seed's 2016-2020 trend")
PP_LEVER(P_HEAVY_IMPROVE, 1.0, 5.0, 1, "assumption: %/yr intensity fall of heavy industry in 2030")
PP_LEVER(P_HEAVY_ELEC, 15, 35, 1, "assumption: electricity share of heavy-industry final energy in 2030")
PP_LEVER(P_SERVICES_IMPROVE, 1.0, 4.0, 1, "assumption: %/yr intensity fall of services in 2030")
PP_LEVER(P_SERVICES_ELEC, 40, 65, 1, "assumption: electricity share of services final energy in 2030")
PP_LEVER(P_TRANSPORT_NEV_SHARE, 8, 30, 1, "assumption: NEV share of road vehicle-km in 2030")
PP_LEVER(P_BUILDINGS_GREEN_SHARE, 20, 50, 1, "assumption: green share of floor area in 2030")
PP_LEVER(P_POWER_HYDRO_GW, 8.0, 9.5, 1, "assumption: little hydro left to build in Chongqing")
PP_LEVER(P_POWER_SOLAR_GW, 3, 12, 1, "assumption: solar GW in 2030")
PP_LEVER(P_POWER_WIND_GW, 2, 6, 1, "assumption: wind GW in 2030")
PP_LEVER(P_POWER_NUCLEAR_GW, 0, 4, 1, "assumption: no inland nuclear approved yet; at most one site by 2040")
PP_LEVER(P_POWER_COAL_RETIRE_RATE, 0, 1.5, 1, "assumption: GW/yr of coal retired from the start year")
PP_LEVER(P_POWER_IMPORT_TWH, 25, 60, 1,
         "assumption: Sichuan/Southwest corridor TWh in 2030 (the Sichuan-Chongqing 1000 kV line carries up to 35 TWh a year for both, Xinhua 2024)")
PP_LEVER(P_POWER_IMPORT_HAMI_TWH, 30, 45, 1,
         "Hami-Chongqing line in 2030: its announced 36 TWh (Xinhua 2025-06-10) less or more use of its 8 GW (assumption)")
PP_LEVER(P_POWER_BUILD_SOLAR, 20, 60, 1, "assumption: solar's weight in the new-build mix in 2030")
PP_LEVER(P_POWER_BUILD_COAL, 0, 30, -1, "assumption: coal's weight in the new-build mix in 2030 (within coal_build_max_gw)")
PP_LEVER(P_POWER_CCUS_CAPTURE, 0, 20, 1, "assumption: share of power plants' CO2 captured in 2050 (from ccus_start_year)")
PP_LEVER(P_EMIS_CEMENT_MT, 40, 65, -1, "assumption: cement output in 2030 as construction slows")
PP_LEVER(P_EMIS_CCUS_MT, 0, 10, 1, "assumption: Mt CO2 captured in 2050")
PP_LEVER(P_EMIS_SINK_MT, 12, 22, 1, "assumption: forest sink in 2050")
