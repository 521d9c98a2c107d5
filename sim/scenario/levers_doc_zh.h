/* sim/scenario/levers_doc_zh.h - where each lever's plausible range comes from, in Chinese, keyed by
 * the lever's id in levers_list.h: PP_LEVER_SRC_ZH(id, "依据"). The numbers and sources are those of
 * levers_list.h (Chinese documents by their Chinese titles); assumptions say they are assumptions.
 * A lever added to levers_list.h needs a line here too: tests/test_params_zh.c fails without one.
 * Included by params.c with PP_LEVER_SRC_ZH defined. */

PP_LEVER_SRC_ZH(P_ECONOMY_GDP_GROWTH,
                "假设：2030年实际增速介于放缓到接近全国趋势与保持基准情景2022-2025年的6 %/年之间"
                "（重庆2021年增长8.3 %，《重庆日报》2022-08-10）；增速越低，能源消费越少")
PP_LEVER_SRC_ZH(P_ECONOMY_SECONDARY_SHARE,
                "初值：第二产业占GDP比重2015年44.9 %，2020年40.0 %（每年下降约1个百分点）；2030年32..42为假设："
                "延续这一下降，或在制造业发力（《重庆市国民经济和社会发展第十四个五年规划纲要》）下回到2020年以上")
PP_LEVER_SRC_ZH(P_INDUSTRY_HEAVY_SHARE,
                "假设：2030年重工业比重介于加快转型升级与2020年水平（33 %，基准情景中也是假设）之间；"
                "全国水泥产量2021-2023年下降15 %（国家统计局：由23.77亿吨降至20.23亿吨）")
PP_LEVER_SRC_ZH(P_INDUSTRY_HIGHTECH_SHARE,
                "初值：高技术制造业2016-2020年年均增长17.6 %（2020年占工业26.8 %，基准情景推算）；"
                "2030年28..40为假设：增速减半或保持到2025年")
PP_LEVER_SRC_ZH(P_HEAVY_IMPROVE,
                "《重庆市“十四五”节能规划》（2022）：2021-2025年单位GDP能耗下降14 %，即每年3.0 %"
                "（国家《2030年前碳达峰行动方案》（2021）：下降13.5 %）；2030年在其上下1..5 %/年为假设")
PP_LEVER_SRC_ZH(P_HEAVY_ELEC,
                "国家能源局（2025）：电力约占全国终端能源消费的30 %；重工业（窑炉、冶炼炉）电气化较慢："
                "2030年15..35 %为假设")
PP_LEVER_SRC_ZH(P_SERVICES_IMPROVE,
                "《重庆市“十四五”节能规划》（2022）：2021-2025年能耗强度下降14 %，即每年3.0 %；"
                "服务业2030年1..4 %/年为假设")
PP_LEVER_SRC_ZH(P_SERVICES_ELEC,
                "国家能源局（2025）：电力约占全国终端能源消费的30 %，服务业明显更高；2030年40..65 %为假设"
                "（基准情景2020年为37 %）")
PP_LEVER_SRC_ZH(P_TRANSPORT_NEV_SHARE,
                "2030年新能源汽车占道路车辆新车销量的比重：国务院《2030年前碳达峰行动方案》（2021）要求到2030年"
                "新增新能源、清洁能源动力的交通工具比例达到40 %左右，国家发展改革委、国家能源局《“十四五”现代能源体系规划》"
                "（2022）要求2025年约20 %，2023年全国已超过30 %（中国汽车工业协会）；30..90 %为假设")
PP_LEVER_SRC_ZH(P_BUILDINGS_GREEN_SHARE,
                "住房和城乡建设部《“十四五”建筑节能与绿色建筑发展规划》（2022）：2020年城镇新建建筑中绿色建筑占77 %，"
                "2025年起城镇新建建筑全面执行绿色建筑标准；2030年存量占比20..50 %为假设（新建面积每年为存量的2-4 %）")
PP_LEVER_SRC_ZH(P_BUILDINGS_HEAT_PUMP, "假设：2030年热泵在建筑供暖和热水中的比重")
PP_LEVER_SRC_ZH(P_POWER_HYDRO_GW,
                "假设：重庆可开发的水电已不多（2020年779万千瓦，PyPSA-China-PIK，未经核实）")
PP_LEVER_SRC_ZH(P_POWER_SOLAR_GW,
                "华龙网2023-06-28：预计2025年风电和光伏达到370万千瓦（2020年光伏67万千瓦，中电联）；"
                "2030年300..1200万千瓦为假设：从2025年的建设节奏到屋顶光伏推广")
PP_LEVER_SRC_ZH(P_POWER_WIND_GW,
                "华龙网2023-06-28：预计2025年风电和光伏达到370万千瓦（2020年风电97万千瓦，中电联）；"
                "2030年200..600万千瓦为假设：山脊风场")
PP_LEVER_SRC_ZH(P_POWER_NUCLEAR_GW,
                "国家发展改革委、国家能源局《“十四五”现代能源体系规划》（2022）：2025年7000万千瓦，仅限沿海；"
                "内陆尚无获批厂址：2040年0..400万千瓦为假设（一个厂址）")
PP_LEVER_SRC_ZH(P_POWER_COAL_RETIRE_RATE,
                "假设：自起始年起每年退役的煤电容量；每年150万千瓦约11年可退完2030年的煤电机组（1700万千瓦）")
PP_LEVER_SRC_ZH(P_POWER_IMPORT_TWH,
                "2020年约300亿千瓦时（基准情景）；川渝1000千伏特高压交流工程两地合计年送电量可达350亿千瓦时（新华社2024）；"
                "西南通道2030年250..800亿千瓦时为假设（在2020年基础上该线路全部送重庆则为650亿千瓦时，更多来自西藏水电；哈密直流另设杠杆）")
PP_LEVER_SRC_ZH(P_POWER_IMPORT_HAMI_TWH,
                "2030年哈密—重庆直流：从0（不计入）到公布的360亿千瓦时（新华社2025-06-10），并更充分利用其800万千瓦容量（假设）")
PP_LEVER_SRC_ZH(P_POWER_BUILD_SOLAR, "假设：2030年新增电源组合中光伏的权重")
PP_LEVER_SRC_ZH(P_POWER_BUILD_COAL, "假设：2030年新增电源组合中煤电的权重（不超过coal_build_max_gw）")
PP_LEVER_SRC_ZH(P_POWER_CCUS_CAPTURE, "假设：2050年电厂CO2被捕集的比例（自ccus_start_year起）")
PP_LEVER_SRC_ZH(P_EMIS_CEMENT_MT,
                "CEADs 2019年工业过程CO2 1962万吨 / 0.2906吨/吨 = 6750万吨（推算，未经核实）；"
                "全国产量2021-2023年下降15 %（国家统计局：由23.77亿吨降至20.23亿吨）；2030年4000..6500万吨为假设")
PP_LEVER_SRC_ZH(P_EMIS_CCUS_MT,
                "假设：2050年水泥和重工业企业捕集的CO2；1500万吨约相当于全部水泥窑都加装捕集"
                "（3000..4000万吨水泥 × 每吨0.29吨过程排放 + 约0.15吨燃料排放，× 0.9）再加少量重工业")
PP_LEVER_SRC_ZH(P_EMIS_SINK_MT,
                "假设：2050年森林碳汇，约每年每公顷3吨CO2，森林面积400..700万公顷（2020年森林覆盖率52.5 %，初值）")

PP_LEVER_SRC_ZH(P_AIR_POWER_ULE,
                "国家发展改革委、环境保护部、国家能源局2015年工作方案：具备条件的燃煤机组全部实现超低排放，西部地区2020年前完成；"
                "重庆2018-2020年完成21台、928万千瓦机组改造（重庆市生态环境局，2021-01-01），约占1360万千瓦的68 %；2030年80..100 %为假设")
PP_LEVER_SRC_ZH(P_AIR_INDUSTRY_ULE,
                "生态环境部等2019年钢铁超低排放意见：2025年前80 %钢铁产能完成改造；生态环境部等2024年水泥超低排放意见："
                "2025年前50 %熟料产能、2028年前80 %完成改造；重庆2030年钢铁燃料与水泥产量30..100 %为假设")
/* ---- issue 12 (the "cost" block) ---- */
PP_LEVER_SRC_ZH(P_COSTS_CARBON_PRICE,
                "全国碳市场2021-2024年：2021年7月16日开市48元/吨，2021年底54.22元/吨，2024年均价95.96元/吨（ICAP）；"
                "2030年60..300为假设：保持2021-2022年水平，至1.5-2 °C路径中中国碳价的量级；按默认燃料价格，"
                "碳价高于约350元/吨时气电在调度中先于煤电，并使新增电源减少煤电")
