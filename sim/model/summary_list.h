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
