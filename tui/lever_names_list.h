/* tui/lever_names_list.h - X(section_key, short_en, short_zh): each lever's short name, at most
 * 12 columns (a Chinese character is two), none the same as another. A new lever needs a line
 * here (tests/test_tui_levers.c fails without one); until then the panel cuts its full label. */
#define LEVER_SHORT_NAMES(X)                                              \
    X("economy.gdp_growth_pct", "GDP growth", "GDP增速")                  \
    X("economy.secondary_share_pct", "Industry/GDP", "二产比重")          \
    X("industry.heavy_share_pct", "Heavy ind.", "重工业占比")             \
    X("industry.hightech_share_pct", "High-tech", "高技术占比")           \
    X("emissions.cement_mt", "Cement", "水泥产量")                        \
    X("heavy_industry.improve_pct", "Heavy eff.", "重工业能效")           \
    X("heavy_industry.elec_pct", "Heavy elec.", "重工业电气化")           \
    X("services.improve_pct", "Services eff", "服务业能效")               \
    X("services.elec_pct", "Serv. elec.", "服务业电气化")                 \
    X("power.hydro_gw", "Hydro", "水电")                                  \
    X("power.solar_gw", "Solar PV", "光伏")                               \
    X("power.wind_gw", "Wind", "风电")                                    \
    X("power.nuclear_gw", "Nuclear", "核电")                              \
    X("power.coal_retire_gw_per_yr", "Coal retire", "煤电退役")           \
    X("power.import_twh", "SW imports", "西南来电")                       \
    X("power.import_hami_twh", "Hami imports", "哈密来电")                \
    X("power.build_solar_pct", "Build: solar", "新增光伏")                \
    X("power.build_coal_pct", "Build: coal", "新增煤电")                  \
    X("power.ccus_capture_pct", "Power CCUS", "电厂CCUS")                 \
    X("costs.carbon_price_cny_t", "Carbon price", "碳价")                 \
    X("transport.nev_share_pct", "EV sales", "新能源车")                  \
    X("buildings.green_share_pct", "Green bldgs", "绿色建筑")             \
    X("buildings.heat_pump_pct", "Heat pumps", "热泵")                    \
    X("emissions.ccus_mt", "Ind. CCUS", "工业CCUS")                       \
    X("emissions.sink_mt", "Forest sink", "森林碳汇")                     \
    X("air.power_ule_pct", "Coal ULE", "煤电超低排")                      \
    X("air.industry_ule_pct", "Ind. ULE", "工业超低排")
