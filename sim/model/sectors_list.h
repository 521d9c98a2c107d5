/* sim/model/sectors_list.h - the sector table: one line per sector of final demand. It drives the
 * sector enum (sim/model/model.h), the sector sections of the scenario schema (params_list.h), final
 * demand (demand.c) and the result columns by sector (outputs_list.h), so adding a sector means a line
 * here (and its activity in economy.c). Included with PP_SECTOR_ROW defined; fields:
 *   ID (SEC_<ID>, P_<ID>_*, RV_FIN_<ID>), section (also the column stem: final_<section>_mtce),
 *   English and Chinese names, intensity unit and hard range, lever group of its efficiency and
 *   electrification keys, and the default of its end-use ratio elec_ratio: useful energy one unit of
 *   final electricity delivers relative to one unit of fuel it replaces, with its source.
 * End-use ratios (assumption from the engineering efficiencies quoted, rounded down so the gain is
 * not overstated; IEA "Electrification" (iea.org, 2024): electric equivalents of engines and boilers
 * are typically more efficient and lower final energy; Eyre 2021, Energy Efficiency 14:77, "From using
 * heat to using work": final energy about 40 % lower in an electrified system): agriculture electric
 * pumps and motors about 90 % vs diesel engines about 35 %; industry: electric motors and
 * induction/resistance heating vs fuel-fired drives, furnaces and boilers (fuel furnaces roughly
 * 40-60 %, electric 80-95 %; industrial heat pumps only for low-temperature heat, IEA); services and
 * households: induction hobs and electric water heaters against gas boilers and stoves (heat pumps,
 * seasonal COP about 3 vs boiler about 0.9, are a lever of their own); transport (non-road): electric
 * rail and ships vs diesel. */

PP_SECTOR_ROW(AGRI, "agriculture", "Agriculture", "农业", "tce/10k CNY", 0.001, 10, LG_NONE, 2.5,
              "assumption: electric pumps and motors (~90 %) vs diesel engines (~35 %)")
PP_SECTOR_ROW(HEAVY, "heavy_industry", "Heavy industry", "重工业", "tce/10k CNY", 0.001, 20, LG_EFFICIENCY, 2.5,
              "assumption: induction and arc furnaces (~80 %) vs fuel-fired reheating and melting (30-40 %), "
              "industrial heat pumps for low-temperature heat (IEA); electric boilers alone would be 1.1")
PP_SECTOR_ROW(OTHERIND, "other_industry", "Other industry", "其他工业", "tce/10k CNY", 0.001, 10, LG_NONE, 2.5,
              "assumption: electric drives, ovens and industrial heat pumps vs fuel-fired ones (IEA)")
PP_SECTOR_ROW(HIGHTECH, "hightech", "High-tech manufacturing", "高技术制造业", "tce/10k CNY", 0.001, 10, LG_NONE, 2.5,
              "assumption: electric drives, ovens and industrial heat pumps vs fuel-fired ones (IEA)")
PP_SECTOR_ROW(SERVICES, "services", "Services", "服务业", "tce/10k CNY", 0.001, 10, LG_EFFICIENCY, 3.0,
              "assumption: the fuel services replace is mostly space and water heating: heat pumps, seasonal "
              "COP ~2.7 vs gas boilers ~0.9; cooking by induction ~2")
PP_SECTOR_ROW(TRANSPORT, "transport", "Transport", "交通", "tce/10k CNY GDP", 0.001, 10, LG_NONE, 2.5,
              "assumption: electric rail and ships (~85 %) vs diesel (~35 %); road vehicles apart")
PP_SECTOR_ROW(HOUSE, "households", "Households", "居民生活", "tce/person", 0.001, 10, LG_NONE, 2.5,
              "assumption: heat-pump water heaters and heating (~3) and induction hobs (~2) vs gas boilers and stoves")
