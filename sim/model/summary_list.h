/* sim/model/summary_list.h - the items of a run's summary, in the order every writer shows them
 * (table, CSV, JSON, Markdown, the TUI). Included with RUN_SUM defined; fields:
 *   id, JSON/CSV name, kind, unit, English label, Chinese label, run_summary field.
 * The JSON names are those `peakpath run --format json` has always used; new items only add. */

RUN_SUM(SUM_PEAK_YEAR, "peak_year", SUMK_YEAR, "year", "peak year", "达峰年份", peak_year)
RUN_SUM(SUM_PEAK_MT, "peak_mt", SUMK_NUM, "Mt CO2", "peak CO2", "峰值排放", peak_mt)
RUN_SUM(SUM_PEAK_REACHED, "peak_reached", SUMK_BOOL, "", "peak reached", "已达峰", peak_reached)
RUN_SUM(SUM_PEAK_BY_2030, "peak_by_2030", SUMK_BOOL, "", "peak by 2030", "2030年前达峰", peak_by_2030)
RUN_SUM(SUM_PLATEAU_FIRST, "plateau_first_year", SUMK_YEAR, "year", "plateau from (within 1 % of peak)",
        "平台期起（峰值1%以内）", plateau_first)
RUN_SUM(SUM_PLATEAU_LAST, "plateau_last_year", SUMK_YEAR, "year", "plateau to", "平台期止", plateau_last)
RUN_SUM(SUM_HIST_PEAK_YEAR, "hist_peak_year", SUMK_YEAR, "year", "higher historical year",
        "更高的历史年份", hist_peak_year)
RUN_SUM(SUM_HIST_PEAK_MT, "hist_peak_mt", SUMK_NUM, "Mt CO2", "CO2 of that historical year", "该历史年份排放",
        hist_peak_mt)
RUN_SUM(SUM_NEUTRAL_YEAR, "neutral_year", SUMK_YEAR, "year", "net zero year", "碳中和年份", neutral_year)
RUN_SUM(SUM_CUM_CO2, "cum_co2_mt", SUMK_NUM, "Mt CO2", "cumulative CO2 from 2021", "2021年起累计排放",
        cum_co2_mt)
RUN_SUM(SUM_CUM_NET, "cum_net_mt", SUMK_NUM, "Mt CO2", "cumulative net CO2 from 2021", "2021年起累计净排放",
        cum_net_mt)
RUN_SUM(SUM_COAL_2025, "coal_share_2025", SUMK_NUM, "%", "coal share 2025", "2025年煤炭占比", coal_share_2025)
RUN_SUM(SUM_COAL_2030, "coal_share_2030", SUMK_NUM, "%", "coal share 2030", "2030年煤炭占比", coal_share_2030)
RUN_SUM(SUM_COAL_2060, "coal_share_2060", SUMK_NUM, "%", "coal share 2060", "2060年煤炭占比", coal_share_2060)
RUN_SUM(SUM_NONFOSSIL_2025, "nonfossil_share_2025", SUMK_NUM, "%", "non-fossil share 2025",
        "2025年非化石能源占比", nonfossil_share_2025)
RUN_SUM(SUM_NONFOSSIL_2030, "nonfossil_share_2030", SUMK_NUM, "%", "non-fossil share 2030",
        "2030年非化石能源占比", nonfossil_share_2030)
RUN_SUM(SUM_NONFOSSIL_2060, "nonfossil_share_2060", SUMK_NUM, "%", "non-fossil share 2060",
        "2060年非化石能源占比", nonfossil_share_2060)
/* ---- costs and air (issue 12): sums over 2021..end year, constant prices of price_base_year ---- */
RUN_SUM(SUM_CUM_INVEST, "cum_invest_bn_cny", SUMK_NUM, "bn CNY", "investment from 2021", "2021年起累计投资",
        cum_invest_bn)
RUN_SUM(SUM_CUM_SYSTEM_COST, "cum_system_cost_bn_cny", SUMK_NUM, "bn CNY", "system cost from 2021",
        "2021年起累计系统成本", cum_system_cost_bn)
RUN_SUM(SUM_NPV_SYSTEM_COST, "npv_system_cost_bn_cny", SUMK_NUM, "bn CNY",
        "system cost from 2021, discounted to 2021", "2021年起系统成本现值", npv_system_cost_bn)
RUN_SUM(SUM_CUM_FUEL, "cum_fuel_bn_cny", SUMK_NUM, "bn CNY", "fuel bill from 2021", "2021年起累计燃料费用",
        cum_fuel_bn)
RUN_SUM(SUM_CUM_CARBON_REVENUE, "cum_carbon_revenue_bn_cny", SUMK_NUM, "bn CNY", "carbon price revenue from 2021",
        "2021年起累计碳价收入", cum_carbon_revenue_bn)
RUN_SUM(SUM_STRANDED_GW, "stranded_coal_gw", SUMK_NUM, "GW", "coal retired before end of life",
        "提前退役煤电", stranded_gw)
RUN_SUM(SUM_STRANDED_BN, "stranded_coal_bn_cny", SUMK_NUM, "bn CNY", "undepreciated value of coal retired early",
        "提前退役煤电未折旧价值", stranded_bn)
RUN_SUM(SUM_CUM_SO2, "cum_so2_kt", SUMK_NUM, "kt", "SO2 from 2021", "2021年起累计二氧化硫", cum_so2_kt)
RUN_SUM(SUM_CUM_NOX, "cum_nox_kt", SUMK_NUM, "kt", "NOx from 2021", "2021年起累计氮氧化物", cum_nox_kt)
RUN_SUM(SUM_CUM_PM25, "cum_pm25_kt", SUMK_NUM, "kt", "primary PM2.5 from 2021", "2021年起累计一次PM2.5",
        cum_pm25_kt)
RUN_SUM(SUM_CUM_HEALTH, "cum_health_damage_bn_cny", SUMK_NUM, "bn CNY", "health damage from 2021",
        "2021年起累计健康损失", cum_health_bn)
