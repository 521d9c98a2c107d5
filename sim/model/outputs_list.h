/* sim/model/outputs_list.h - the table behind run_var in sim/model/run.h: one RUN_VAR line per yearly result.
 * Fields: id, column name (CSV/JSON), unit, English label, Chinese label. The CSV writes them in
 * this order after `year`. */

/* ---- economy ---- */
RUN_VAR(RV_GDP, "gdp_bn_cny", "bn CNY", "GDP (constant prices)", "地区生产总值（不变价）")
RUN_VAR(RV_POP, "pop_m", "million", "Population", "常住人口")
RUN_VAR(RV_GDP_PER_CAPITA, "gdp_per_capita_k_cny", "k CNY/person", "GDP per person", "人均GDP")
RUN_VAR(RV_SHARE_PRIMARY, "share_primary_pct", "%", "Primary sector", "第一产业")
RUN_VAR(RV_SHARE_SECONDARY, "share_secondary_pct", "%", "Secondary sector", "第二产业")
RUN_VAR(RV_SHARE_TERTIARY, "share_tertiary_pct", "%", "Tertiary sector", "第三产业")
RUN_VAR(RV_IND_HEAVY, "industry_heavy_pct", "%", "Heavy industry (of industry)", "重工业（占工业）")
RUN_VAR(RV_IND_HIGHTECH, "industry_hightech_pct", "%", "High-tech mfg (of industry)", "高技术制造业（占工业）")
RUN_VAR(RV_IND_OTHER, "industry_other_pct", "%", "Other industry (of industry)", "其他工业（占工业）")
/* ---- final energy by sector (sim/model/sectors_list.h) and by fuel (sim/model/fuels_list.h) ---- */
#define PP_SECTOR_ROW(ID, sec, en, zh, iunit, ilo, ihi, lever, ratio, src) \
    RUN_VAR(RV_FIN_##ID, "final_" sec "_mtce", "Mtce", "Final energy: " en, "终端能耗：" zh)
#include "sectors_list.h"
#undef PP_SECTOR_ROW
RUN_VAR(RV_FIN_CEMENT, "final_cement_mtce", "Mtce", "Final energy: cement (in heavy industry)", "终端能耗：水泥（含于重工业）")
RUN_VAR(RV_FIN_TOTAL, "final_total_mtce", "Mtce", "Final energy, total", "终端能耗合计")
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off) \
    RUN_VAR(RV_FIN_##ID, "final_" key "_mtce", "Mtce", "Final " en, "终端" zh_final)
#define PP_CARRIER(ID, key, en, zh_final, off) \
    RUN_VAR(RV_FIN_##ID, "final_" key "_mtce", "Mtce", "Final " en, "终端" zh_final)
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
RUN_VAR(RV_NEV_STOCK, "nev_stock_pct", "%", "NEVs in the road-vehicle stock", "新能源汽车保有量占比")
/* ---- primary energy (coal-equivalent method, as provincial statistics count it) ---- */
RUN_VAR(RV_ENERGY, "energy_mtce", "Mtce", "Total energy use", "能源消费总量")
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off) RUN_VAR(RV_##ID, key "_mtce", "Mtce", En, zh)
#define PP_CARRIER(ID, key, en, zh_final, off)
#include "fuels_list.h"
RUN_VAR(RV_NONFOSSIL, "nonfossil_mtce", "Mtce", "Non-fossil", "非化石能源")
RUN_VAR(RV_IMPORT_FOSSIL, "import_fossil_mtce", "Mtce", "Net imported fossil electricity", "净调入火电")
#undef PP_FOSSIL
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off) RUN_VAR(RV_##ID##_SHARE, key "_share_pct", "%", En " share", zh "比重")
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
RUN_VAR(RV_NONFOSSIL_SHARE, "nonfossil_share_pct", "%", "Non-fossil share", "非化石能源比重")
RUN_VAR(RV_IMPORT_FOSSIL_SHARE, "import_fossil_share_pct", "%", "Imported fossil electricity share", "净调入火电比重")
RUN_VAR(RV_RENEWABLE_TWH, "renewable_elec_twh", "TWh", "Renewable electricity consumed", "可再生能源电力消费量")
/* ---- electricity (rows generated from the power table, sim/model/power_table.h) ---- */
RUN_VAR(RV_ELEC, "elec_twh", "TWh", "Electricity use (incl. losses)", "全社会用电量")
#define POWER_TECH(tok, name, en, zh, ...) RUN_VAR(RV_GEN_##tok, "gen_" name "_twh", "TWh", "Generation: " en, "发电量：" zh)
#include "power_table.h"
#undef POWER_TECH
RUN_VAR(RV_IMPORT, "elec_import_twh", "TWh", "Net imports (negative: sent out)", "净调入电量（负值为外送）")
RUN_VAR(RV_IMPORT_NONFOSSIL, "elec_import_nonfossil_twh", "TWh", "Non-fossil part of net imports", "净调入电量中非化石部分")
#define POWER_CORRIDOR(tok, name, en, zh, ...) \
    RUN_VAR(RV_IMP_##tok, "import_" name "_twh", "TWh", "Imports: " en, "调入：" zh) \
    RUN_VAR(RV_IMPNF_##tok, "import_" name "_nonfossil_twh", "TWh", "Imports, non-fossil: " en, "调入非化石：" zh)
#include "power_table.h"
#undef POWER_CORRIDOR
RUN_VAR(RV_EXPORT, "elec_export_twh", "TWh", "Surplus sent out", "富余外送电量")
RUN_VAR(RV_CURTAIL, "elec_curtailed_twh", "TWh", "Solar and wind curtailed", "弃风弃光电量")
RUN_VAR(RV_UNSERVED, "elec_shortfall_twh", "TWh", "Energy short after new build (bought in)", "新建后仍缺电量（外购）")
RUN_VAR(RV_STORAGE_LOSS, "storage_loss_twh", "TWh", "Storage round-trip losses", "储能损耗电量")
RUN_VAR(RV_COAL_HOURS, "coal_hours", "h", "Coal plant full-load hours", "煤电利用小时")
#define POWER_TECH(tok, name, en, zh, ...) RUN_VAR(RV_CAP_##tok, "cap_" name "_gw", "GW", "Capacity: " en, "装机：" zh)
#include "power_table.h"
#undef POWER_TECH
#define POWER_STORAGE(tok, name, en, zh, ...) RUN_VAR(RV_STORE_##tok, "cap_" name "_gw", "GW", "Capacity: " en, "装机：" zh)
#include "power_table.h"
#undef POWER_STORAGE
#define POWER_BUILD(tok, column, en, zh, ...) RUN_VAR(RV_BUILT_##tok, column, "GW", en, zh)
#include "power_table.h"
#undef POWER_BUILD
RUN_VAR(RV_PEAK, "peak_load_gw", "GW", "Peak load", "最大负荷")
RUN_VAR(RV_FIRM, "firm_capacity_gw", "GW", "Firm capacity at peak", "高峰可信容量")
RUN_VAR(RV_RESERVE, "reserve_margin_pct", "%", "Reserve margin", "备用率")
RUN_VAR(RV_CCUS_POWER, "ccus_power_mt", "Mt CO2", "CO2 captured at power plants", "电厂CCUS捕集量")
/* ---- CO2 ---- */
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off) RUN_VAR(RV_CO2_##ID, "co2_" key "_mt", "Mt CO2", "CO2 from " en " burnt", zh "CO2（燃烧）")
#define PP_CARRIER(ID, key, en, zh_final, off)
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
RUN_VAR(RV_CO2_ENERGY, "co2_energy_mt", "Mt CO2", "Energy CO2 (after capture)", "能源活动CO2（扣除捕集）")
RUN_VAR(RV_CO2_PROCESS, "co2_process_mt", "Mt CO2", "Process CO2, cement (after capture)", "工业过程CO2（水泥，扣除捕集）")
RUN_VAR(RV_CO2, "co2_mt", "Mt CO2", "Gross CO2 emitted", "CO2排放总量")
RUN_VAR(RV_CO2_CCUS, "co2_ccus_mt", "Mt CO2", "CCUS capture at source", "CCUS源头捕集")
RUN_VAR(RV_CO2_CCUS_IND, "co2_ccus_industry_mt", "Mt CO2", "CCUS capture: cement & industry", "CCUS捕集：水泥与工业")
RUN_VAR(RV_CO2_SINK, "co2_sink_mt", "Mt CO2", "Forest & land sink", "森林碳汇")
RUN_VAR(RV_CO2_NET, "co2_net_mt", "Mt CO2", "Net CO2", "净排放")
RUN_VAR(RV_CO2_IMPORT, "co2_import_elec_mt", "Mt CO2", "CO2 embodied in imported power", "调入电力隐含CO2")
/* ---- indicators ---- */
RUN_VAR(RV_EI, "energy_intensity_tce_per_10k_cny", "tce/10k CNY", "Energy intensity", "能耗强度")
RUN_VAR(RV_CI, "carbon_intensity_t_per_10k_cny", "t CO2/10k CNY", "Carbon intensity", "碳排放强度")
RUN_VAR(RV_EI_VS_2015, "energy_intensity_vs_2015_pct", "%", "Energy intensity change vs 2015", "能耗强度较2015年变化")
RUN_VAR(RV_EI_VS_2020, "energy_intensity_vs_2020_pct", "%", "Energy intensity change vs 2020", "能耗强度较2020年变化")
RUN_VAR(RV_ENERGY_ASSESSED, "energy_assessed_mtce", "Mtce", "Energy use as assessed (new renewables since 2020 deducted)", "考核口径能耗（扣除2020年后新增可再生能源）")
RUN_VAR(RV_EI_ASSESSED_VS_2020, "energy_intensity_assessed_vs_2020_pct", "%", "Assessed energy intensity change vs 2020", "考核口径能耗强度较2020年变化")
RUN_VAR(RV_CI_VS_2015, "carbon_intensity_vs_2015_pct", "%", "Carbon intensity change vs 2015", "碳排放强度较2015年变化")
RUN_VAR(RV_CI_VS_2020, "carbon_intensity_vs_2020_pct", "%", "Carbon intensity change vs 2020", "碳排放强度较2020年变化")
RUN_VAR(RV_CI_OFFICIAL, "carbon_intensity_incl_import_t_per_10k_cny", "t CO2/10k CNY", "Carbon intensity incl. imported power", "碳排放强度（含调入电力）")
RUN_VAR(RV_CO2_PER_CAPITA, "co2_per_capita_t", "t CO2/person", "CO2 per person", "人均CO2")
/* ---- costs (sim/model/cost*.c; constant prices of the scenario's price_base_year) ---- */
#define POWER_TECH(tok, name, en, zh, ...) \
    RUN_VAR(RV_INV_##tok, "invest_" name "_bn_cny", "bn CNY", "Investment: " en, "投资：" zh)
#include "power_table.h"
#undef POWER_TECH
#define POWER_STORAGE(tok, name, en, zh, ...) \
    RUN_VAR(RV_INV_STORE_##tok, "invest_" name "_bn_cny", "bn CNY", "Investment: " en, "投资：" zh)
#include "power_table.h"
#undef POWER_STORAGE
RUN_VAR(RV_INV_POWER, "invest_power_bn_cny", "bn CNY", "Investment: power and storage", "投资：电源与储能")
RUN_VAR(RV_INV_ENDUSE, "invest_enduse_bn_cny", "bn CNY", "Investment: end-use equipment (extra over the reference kind)", "投资：终端设备（较常规设备增量）")
RUN_VAR(RV_INV_TOTAL, "invest_total_bn_cny", "bn CNY", "Investment, total", "投资合计")
RUN_VAR(RV_COST_CAPITAL, "cost_capital_bn_cny", "bn CNY", "Annualised capital cost", "年化资本成本")
RUN_VAR(RV_COST_OM, "cost_om_bn_cny", "bn CNY", "Operation and maintenance", "运行维护成本")
RUN_VAR(RV_COST_FUEL, "cost_fuel_bn_cny", "bn CNY", "Fuel and bought-in electricity", "燃料及外购电费用")
RUN_VAR(RV_COST_CCUS, "cost_ccus_bn_cny", "bn CNY", "CCUS capture and storage", "CCUS捕集封存成本")
RUN_VAR(RV_COST_SYSTEM, "cost_system_bn_cny", "bn CNY", "System cost (annualised capital + O&M + fuel + CCUS)", "系统成本（年化资本+运维+燃料+CCUS）")
RUN_VAR(RV_CARBON_PRICE, "carbon_price_cny_per_t", "CNY/t CO2", "Carbon price", "碳价")
RUN_VAR(RV_CARBON_REVENUE, "carbon_revenue_bn_cny", "bn CNY", "Carbon price revenue", "碳价收入")
RUN_VAR(RV_STRANDED_GW, "stranded_coal_gw", "GW", "Coal retired before end of life (cumulative)", "提前退役煤电（累计）")
RUN_VAR(RV_STRANDED_BN, "stranded_coal_bn_cny", "bn CNY", "Undepreciated value of coal retired early (cumulative)", "提前退役煤电未折旧价值（累计）")
/* ---- air pollutants from fuel combustion and cement (sim/model/pollutants.c) ---- */
RUN_VAR(RV_SO2, "so2_kt", "kt", "SO2 emitted", "二氧化硫排放")
RUN_VAR(RV_NOX, "nox_kt", "kt", "NOx emitted", "氮氧化物排放")
RUN_VAR(RV_PM25, "pm25_kt", "kt", "Primary PM2.5 emitted", "一次PM2.5排放")
RUN_VAR(RV_HEALTH_BN, "health_damage_bn_cny", "bn CNY", "Health damage of the pollutants (damage-cost method)", "污染物健康损失（损害成本法）")
/* ---- the carbon price in the merit order (the "cost" block; sim/model/power.c) ---- */
RUN_VAR(RV_IMPORT_MARKET, "import_market_twh", "TWh", "Imports bought from other grids' markets in the merit order (in imports: other grids)", "市场化外购电量（含于其他来电）")
