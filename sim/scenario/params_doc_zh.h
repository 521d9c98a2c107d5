/* sim/scenario/params_doc_zh.h - the one-line doc of every scenario key in Chinese, keyed by the id
 * of its line in params_list.h: PP_DOC_ZH(id, "说明"). The English doc stays in params_list.h; this
 * table translates the explanation and keeps the sources as they are (publications by their Chinese
 * names where they are Chinese documents). A key appended to params_list.h needs a line here too:
 * tests/test_params_zh.c fails for a key without one; a sector added to sim/model/sectors_list.h
 * needs a PP_SECTOR_DOC_ZH line. Included by params.c with PP_DOC_ZH defined. */

/* ---- [scenario] ---- */
PP_DOC_ZH(P_SCENARIO_NAME, "情景的简称（英文界面及未给出name_zh时显示）。")
PP_DOC_ZH(P_SCENARIO_NAME_ZH, "情景的中文简称，中文界面中代替name显示（标题栏、导出文件、研讨室）；可不填。")
PP_DOC_ZH(P_SCENARIO_REGION, "情景所描述的省份或直辖市（英文名）。")
PP_DOC_ZH(P_SCENARIO_REGION_ZH, "情景所描述的省份或直辖市（中文名）。")
PP_DOC_ZH(P_SCENARIO_DESC_EN, "一句话英文说明。")
PP_DOC_ZH(P_SCENARIO_DESC_ZH, "一句话中文说明。")
PP_DOC_ZH(P_SCENARIO_INHERIT, "父情景文件（相对本文件所在目录）；本文件只列出与之不同的键。")

/* ---- [years] ---- */
PP_DOC_ZH(P_YEARS_FIRST, "模拟的第一个历史年份。")
PP_DOC_ZH(P_YEARS_HIST_END, "有观测数据的最后一年；校准拟合到这一年，杠杆只改变此后的年份。")
PP_DOC_ZH(P_YEARS_PRICE_BASE, "GDP按这一年的不变价计算。")
PP_DOC_ZH(P_YEARS_END, "模拟的最后一年。")

/* ---- [economy] ---- */
PP_DOC_ZH(P_ECONOMY_GDP_BASE_BN, "不变价基年的地区生产总值，按该年当年价计（允许100至500000亿元；西藏2020年约1900亿元，广东2020年约11万亿元）。0表示未给出：由gdp_nominal_bn推算；二者必须给出其一。")
PP_DOC_ZH(P_ECONOMY_GDP_NOMINAL, "代替gdp_base_bn：给出一个点“年份:数值”，即某一模拟年份按当年价计的GDP（如起始年统计公报数）；用deflator_pct折算到price_base_year价格。0表示未给出。")
PP_DOC_ZH(P_ECONOMY_DEFLATOR, "GDP价格水平的年变化（名义增速 / 实际增速 - 1，取自统计公报的名义GDP和实际增速）；仅用于把gdp_nominal_bn折算到price_base_year价格。")
PP_DOC_ZH(P_ECONOMY_GDP_GROWTH, "按不变价计算的GDP比上年实际增长率（允许-10至25 %/年；湖北2020年-5.0 %为各省最大降幅，内蒙古2000年代高增长期约20 %）。")
PP_DOC_ZH(P_ECONOMY_POPULATION, "年末常住人口（允许30至20000万人；人口最多的广东2020年为1.26亿人）。")
PP_DOC_ZH(P_ECONOMY_PRIMARY_SHARE, "第一产业增加值占GDP比重（允许0至50 %；2000年以来没有省份超过约35 %）。")
PP_DOC_ZH(P_ECONOMY_SECONDARY_SHARE, "工业和建筑业增加值占GDP比重；第一、第二产业之外的部分为第三产业。")

/* ---- [industry] ---- */
PP_DOC_ZH(P_INDUSTRY_HEAVY_SHARE, "高耗能重工业（钢铁、水泥、化工、电解铝）占第二产业增加值的比重。")
PP_DOC_ZH(P_INDUSTRY_HIGHTECH_SHARE, "高技术制造业和战略性新兴制造业占第二产业增加值的比重；其余为其他工业和建筑业。")

/* ---- sectors of final demand (one line each in sim/model/sectors_list.h) ---- */
#define PP_SECTOR_DOC_ZH(ID, ratio_src)                                                                   \
PP_DOC_ZH(ID##_INTENSITY, "起始年单位活动量的终端能耗（校准前；校准按同一比例调整所有部门）。")              \
PP_DOC_ZH(ID##_IMPROVE, "燃料结构不变时单位活动量所需能源的年下降率（负值表示上升）。")                      \
PP_DOC_ZH(ID##_ELEC, "电力占本部门终端能耗的比重（按热值计）；提高它会按比例挤占其他各种燃料。")            \
PP_DOC_ZH(ID##_GAS, "天然气占本部门非电终端能耗的比重。")                                                   \
PP_DOC_ZH(ID##_OIL, "油品占本部门非电终端能耗的比重。")                                                     \
PP_DOC_ZH(ID##_HEAT, "外购热力占本部门非电终端能耗的比重；天然气、油品和热力之外的部分为煤炭。")            \
PP_DOC_ZH(ID##_ELEC_RATIO, "一单位终端电力相对其所替代燃料一单位提供的有用能倍数（" ratio_src "）。")
PP_SECTOR_DOC_ZH(P_AGRI, "假设：电动水泵和电机（约90 %）对柴油机（约35 %）")
PP_SECTOR_DOC_ZH(P_HEAVY, "假设：感应炉和电弧炉（约80 %）对燃料加热和熔炼（30-40 %），低温热用工业热泵（IEA）；仅用电锅炉则为1.1")
PP_SECTOR_DOC_ZH(P_OTHERIND, "假设：电力驱动、电烘炉和工业热泵对燃料驱动的设备（IEA）")
PP_SECTOR_DOC_ZH(P_HIGHTECH, "假设：电力驱动、电烘炉和工业热泵对燃料驱动的设备（IEA）")
PP_SECTOR_DOC_ZH(P_SERVICES, "假设：服务业替代的燃料主要用于供暖和热水：热泵季节能效比约2.7对燃气锅炉约0.9；电磁炉灶约2")
PP_SECTOR_DOC_ZH(P_TRANSPORT, "假设：电气化铁路和电动船舶（约85 %）对柴油（约35 %）；道路车辆另计")
PP_SECTOR_DOC_ZH(P_HOUSE, "假设：热泵热水器和供暖（约3）以及电磁炉（约2）对燃气锅炉和灶具")
#undef PP_SECTOR_DOC_ZH

/* ---- [industry] extras: cement ---- */
PP_DOC_ZH(P_INDUSTRY_CEMENT_FUEL, "每吨水泥的窑炉燃煤：熟料约105千克标准煤/吨（GB 16780限值100-117；假设）× 每吨水泥0.57吨熟料（推算：CEADs 0.2906 / IPCC 0.507吨CO2/吨）。")
PP_DOC_ZH(P_INDUSTRY_CEMENT_ELEC, "每吨水泥的用电量，含粉磨和窑炉（假设：约85千瓦时/吨，与GB 16780限值同一量级）。")

/* ---- [transport] extras: road vehicles ---- */
PP_DOC_ZH(P_TRANSPORT_ROAD_SHARE, "起始年车队中道路车辆占交通终端能耗的比重（其余为铁路、水运、航空和管道）。")
PP_DOC_ZH(P_TRANSPORT_NEV_SHARE, "新能源（电动）汽车占道路车辆新车销量的比重；保有量随车辆更新逐步跟进。")
PP_DOC_ZH(P_TRANSPORT_NEV_STOCK_FIRST, "起始年（first_year）新能源汽车占道路车辆保有量的比重。")
PP_DOC_ZH(P_TRANSPORT_VEHICLE_LIFE, "道路车辆的平均使用年限：每年报废保有量的1/年限。中国私人乘用车为14.5年（Hao, Wang, Ouyang and Cheng 2011, Sci. China Tech. Sci.，韦布尔存活曲线拟合；货车8-12.8年，出租车5年）。")
PP_DOC_ZH(P_TRANSPORT_FLEET_GROWTH, "道路车辆保有量的年增长率；新车 = 增量 + 报废量。")
PP_DOC_ZH(P_TRANSPORT_ICE_MJ_KM, "燃油车每车公里的燃料消耗（假设：乘用车百公里7升汽油 × 32.2兆焦/升）。")
PP_DOC_ZH(P_TRANSPORT_EV_KWH_KM, "电动车每车公里的用电量，含充电损耗（假设：百公里14.5千瓦时 + 10 %）。")

/* ---- [buildings] ---- */
PP_DOC_ZH(P_BUILDINGS_GREEN_SHARE, "按绿色建筑标准新建或改造的公共建筑和居住建筑占建筑面积的比重。")
PP_DOC_ZH(P_BUILDINGS_GREEN_SAVING, "绿色建筑相对普通建筑的节能比例（假设）。")
PP_DOC_ZH(P_BUILDINGS_HEAT_PUMP, "服务业和居民的供暖与生活热水中由热泵替代燃料提供的比重。")
PP_DOC_ZH(P_BUILDINGS_HEATING_SHARE, "服务业和居民有用能中供暖与生活热水所占比重（夏热冬冷地区的假设）。")
PP_DOC_ZH(P_BUILDINGS_HEAT_PUMP_RATIO, "热泵每单位电力提供的有用热量相对锅炉每单位燃料的倍数（假设：夏热冬冷地区空气源热泵季节能效比3.0 / 燃气锅炉效率0.85）。")

/* ---- [power] ---- */
PP_DOC_ZH(P_POWER_LOSS, "输配电损耗占供电量的比重（假设：全国量级，2020年约5.6 %）。")
PP_DOC_ZH(P_POWER_HYDRO_GW, "常规水电装机容量（不含抽水蓄能）。")
PP_DOC_ZH(P_POWER_SOLAR_GW, "光伏装机目标；给定年份之间按逻辑斯蒂S曲线变化。")
PP_DOC_ZH(P_POWER_WIND_GW, "风电装机目标；给定年份之间按逻辑斯蒂S曲线变化。")
PP_DOC_ZH(P_POWER_SOLAR_POTENTIAL, "光伏S曲线的上限K；所有目标都必须低于它。")
PP_DOC_ZH(P_POWER_WIND_POTENTIAL, "风电S曲线的上限K；所有目标都必须低于它。")
PP_DOC_ZH(P_POWER_BIOMASS_GW, "生物质发电和垃圾焚烧发电装机容量。")
PP_DOC_ZH(P_POWER_NUCLEAR_GW, "核电装机容量；nuclear_first_year之前一律为零，不论路径如何。")
PP_DOC_ZH(P_POWER_NUCLEAR_FIRST, "此年之前不计核电装机（核电站从核准到投运约需十年；内陆厂址尚未获批：假设）。")
PP_DOC_ZH(P_POWER_GAS_GW, "规划的燃气发电装机；新增电源规则新建的气电（build_gas_pct）另计。")
PP_DOC_ZH(P_POWER_COAL_GW, "规划的煤电机组（已建、在建或已决定），未扣除下面的退役计划。")
PP_DOC_ZH(P_POWER_COAL_RETIRE_FROM, "煤电退役计划的起始年份。")
PP_DOC_ZH(P_POWER_COAL_RETIRE_RATE, "自coal_retire_from起每年退役的煤电容量（标量杠杆：其值即速率）；由此出现的缺口由不含煤电的新增电源组合补足。")
PP_DOC_ZH(P_POWER_HYDRO_HOURS, "2020年全国平均3827小时（国家能源局2020年电力统计数据发布）。")
PP_DOC_ZH(P_POWER_HYDRO_WATER, "水电出力相对平水年的系数：小于1为枯水年（如2022年川渝），大于1为丰水年；同时按比例缩放西南来电通道。")
PP_DOC_ZH(P_POWER_SOLAR_HOURS, "2020年全国平均1281小时（中电联，未经核实的估计）。")
PP_DOC_ZH(P_POWER_WIND_HOURS, "2020年全国平均2097小时（国家能源局/中电联，未经核实的估计）。")
PP_DOC_ZH(P_POWER_BIOMASS_HOURS, "假设：5000小时。")
PP_DOC_ZH(P_POWER_NUCLEAR_HOURS, "2020年全国平均7453小时（中电联，未经核实的估计）。")
PP_DOC_ZH(P_POWER_GAS_HOURS, "不论调度顺序气电都要运行的小时数（热电联产供热、调峰）；2020年全国平均约2600小时（中电联，未经核实的估计）。")
PP_DOC_ZH(P_POWER_GAS_MAX_HOURS, "按调度顺序气电机组最多可运行的满负荷小时数（假设：受气源和调峰任务限制）。")
PP_DOC_ZH(P_POWER_COAL_MAX_HOURS, "煤电机组最多可运行的满负荷小时数（假设：检修和故障停运）；超出部分的需求即新增电源规则要补的缺口。")
PP_DOC_ZH(P_POWER_GAS_FIRST, "0：煤电先于气电调度（在中国每千瓦时更便宜：依据标杆电价的假设）；1：气电优先（情景设定，如有碳价时）。")
PP_DOC_ZH(P_POWER_SURPLUS_EXPORT, "1：必开机组和协议外来电超出需求的部分外送（净调入减少）；0：先弃光弃风，其余才外送。")
PP_DOC_ZH(P_POWER_LOAD_FACTOR, "供电量 / (最大负荷 × 8760小时)。重庆2025年：规划1620亿千瓦时 / (3550万千瓦 × 8760小时) = 52 %（推算：《重庆市能源发展“十四五”规划》和《四川日报》2022-09-29）。")
PP_DOC_ZH(P_POWER_RESERVE, "最大负荷之上所需的可靠容量（假设：12 %，与中国省级规划实践同一量级）。")
PP_DOC_ZH(P_POWER_HYDRO_CREDIT, "水电装机在高峰时计为可靠容量的比例（假设：夏季高峰处于丰水期，冬季高峰则不然）。")
PP_DOC_ZH(P_POWER_SOLAR_CREDIT, "光伏装机在高峰时计为可靠容量的比例（假设：晚高峰在日落之后）。")
PP_DOC_ZH(P_POWER_WIND_CREDIT, "风电装机在高峰时计为可靠容量的比例（假设）。")
PP_DOC_ZH(P_POWER_BIOMASS_CREDIT, "生物质装机在高峰时计为可靠容量的比例（假设）。")
PP_DOC_ZH(P_POWER_NUCLEAR_CREDIT, "核电装机在高峰时计为可靠容量的比例（假设：换料和故障停运）。")
PP_DOC_ZH(P_POWER_GAS_CREDIT, "气电装机在高峰时计为可靠容量的比例（假设：强迫停运）。")
PP_DOC_ZH(P_POWER_COAL_CREDIT, "煤电装机在高峰时计为可靠容量的比例（假设：强迫停运）。")
PP_DOC_ZH(P_POWER_PUMPED_GW, "抽水蓄能装机容量（计为可靠容量；其抽发损耗计入用电需求）。")
PP_DOC_ZH(P_POWER_PUMPED_EFF, "发电量与抽水用电量之比：重庆蟠龙电站设计发电20.04亿千瓦时 / 抽水26.72亿千瓦时 = 75 %（央视新闻2024-05-30）。")
PP_DOC_ZH(P_POWER_PUMPED_HOURS, "每年发电的满负荷小时数：蟠龙电站设计20.04亿千瓦时 / 120万千瓦 = 1670小时（央视新闻2024-05-30）。")
PP_DOC_ZH(P_POWER_PUMPED_CREDIT, "高峰时计为可靠容量的比例（假设：储能时长足以覆盖高峰）。")
PP_DOC_ZH(P_POWER_BATTERY_GW, "规划的新型储能（电池）装机；新增电源规则新建的储能（build_storage_pct）另计。")
PP_DOC_ZH(P_POWER_BATTERY_EFF, "放电量与充电量之比，交流侧到交流侧（假设：磷酸铁锂储能电站，含站用电）。")
PP_DOC_ZH(P_POWER_BATTERY_HOURS, "每年放电的满负荷小时数（假设：约300次2小时循环）。")
PP_DOC_ZH(P_POWER_BATTERY_CREDIT, "高峰时计为可靠容量的比例（假设：2小时储能只能覆盖较长高峰的一部分）。")
PP_DOC_ZH(P_POWER_IMPORT_TWH, "经川渝/西南通道购入的电量（四川水电、三峡、川渝1000千伏特高压交流工程）；历史年份由校准修正；按hydro_water_factor缩放。")
PP_DOC_ZH(P_POWER_IMPORT_SW_NONFOSSIL, "西南通道来电中非化石电源的比重（假设：主要是四川和三峡的水电）。")
PP_DOC_ZH(P_POWER_IMPORT_SW_EF, "通道来电中化石部分每千瓦时的CO2（假设：供电煤耗约300克标准煤/千瓦时的煤电机组，2.66吨CO2/吨标准煤，加线损）。")
PP_DOC_ZH(P_POWER_IMPORT_SW_GW, "高峰时该通道可供本省使用的线路容量，未乘import_credit_pct。")
PP_DOC_ZH(P_POWER_IMPORT_HAMI_TWH, "经哈密—重庆±800千伏特高压直流工程输送的电量：2025年6月10日投运，年送电量超过360亿千瓦时（新华社，2025-06-10）。")
PP_DOC_ZH(P_POWER_IMPORT_HAMI_NONFOSSIL, "哈密直流来电中非化石电源的比重：“一半以上”为新能源（新华社，2025-06-10）。")
PP_DOC_ZH(P_POWER_IMPORT_HAMI_EF, "推算：新华社所说每年减少燃煤600万吨、减排CO2 1600万吨，相当于2.67吨CO2/吨标准煤；按约300克标准煤/千瓦时计，即每千瓦时煤电0.8千克CO2。")
PP_DOC_ZH(P_POWER_IMPORT_HAMI_GW, "额定容量800万千瓦（上海有色网新闻和hvdcworld.com，2025年6月），未乘import_credit_pct。")
PP_DOC_ZH(P_POWER_IMPORT_OTHER_TWH, "来自其他电网的净电量（华中联络线、市场交易）；新增电源规则新签的外购电也计入这里。")
PP_DOC_ZH(P_POWER_IMPORT_OTHER_NONFOSSIL, "其他电网来电中非化石电源的比重（假设：约为全国发电结构，2020年非化石32 %）。")
PP_DOC_ZH(P_POWER_IMPORT_OTHER_EF, "化石部分每千瓦时的CO2（假设：与西南通道相同）。")
PP_DOC_ZH(P_POWER_IMPORT_OTHER_GW, "高峰时其他联络线可用的容量，未乘import_credit_pct。")
PP_DOC_ZH(P_POWER_IMPORT_CREDIT, "在本省高峰时通道容量计为可靠容量的比例（假设：送端电网自身的高峰和线路停运）。")
PP_DOC_ZH(P_POWER_IMPORT_COUNTS, "1：净调入电量按发电煤耗折标计入能源消费总量，与省级统计口径一致；0：不计入。")
#define PP_EXPORT_DOC_ZH(ID, tech) \
PP_DOC_ZH(ID, tech "发电量中经专用线路送出本省的比例（例如签约送往华东的水电站）：净外送电量先从这部分扣除，其余按本地全部发电量的比例分摊。0表示没有专用外送。")
PP_EXPORT_DOC_ZH(P_POWER_EXPORT_HYDRO, "水电")
PP_EXPORT_DOC_ZH(P_POWER_EXPORT_SOLAR, "光伏")
PP_EXPORT_DOC_ZH(P_POWER_EXPORT_WIND, "风电")
PP_EXPORT_DOC_ZH(P_POWER_EXPORT_BIOMASS, "生物质")
PP_EXPORT_DOC_ZH(P_POWER_EXPORT_NUCLEAR, "核电")
PP_EXPORT_DOC_ZH(P_POWER_EXPORT_GAS, "气电")
PP_EXPORT_DOC_ZH(P_POWER_EXPORT_COAL, "煤电")
#undef PP_EXPORT_DOC_ZH
PP_DOC_ZH(P_POWER_BUILD_SOLAR, "电量或可靠容量不足时新建容量中光伏的比重（各比重是权重，按其总和归一；假设）。")
PP_DOC_ZH(P_POWER_BUILD_WIND, "新建容量中风电的比重（权重；假设）。")
PP_DOC_ZH(P_POWER_BUILD_GAS, "新建容量中气电的比重（权重；假设）。")
PP_DOC_ZH(P_POWER_BUILD_COAL, "新建容量中煤电的比重（权重），累计不超过coal_build_max_gw；从不用于替代退役的煤电。")
PP_DOC_ZH(P_POWER_BUILD_STORAGE, "新建容量中电池储能的比重（权重；假设）。")
PP_DOC_ZH(P_POWER_BUILD_IMPORT, "新建部分中新签外购电协议（按build_import_hours计的其他电网联络线容量）的比重（权重）。")
PP_DOC_ZH(P_POWER_BUILD_IMPORT_HOURS, "每万千瓦新签外购电协议每年的电量（万千瓦时）；即年利用小时数（假设）。")
PP_DOC_ZH(P_POWER_COAL_BUILD_MAX, "新增电源规则在coal_gw之外最多可新建的煤电总容量；超出部分的煤电比重转给其他选项。")
PP_DOC_ZH(P_POWER_COAL_RATE, "火电每千瓦时供电的耗煤量；也是一次电力折标所用的发电煤耗。")
PP_DOC_ZH(P_POWER_GAS_RATE, "气电每千瓦时的耗气量（折标准煤）；230克标准煤/千瓦时约相当于53 %的发电效率（122.9 / 0.53）。")
PP_DOC_ZH(P_POWER_CCUS_START, "此年之前电厂不捕集CO2，不论ccus_capture_pct如何设定。")
PP_DOC_ZH(P_POWER_CCUS_CAPTURE, "煤电和气电CO2被捕集的比例（加装CCUS的机组捕集90 %，因此加装的发电量比例为此值 / 90）。")
PP_DOC_ZH(P_POWER_CCUS_PENALTY, "加装CCUS机组每千瓦时增加的燃料：IPCC SRCCS（2005）给出捕集电厂约10-40 %；25 %是其中的假设值。")
PP_DOC_ZH(P_POWER_HEAT_EFF, "锅炉和热电联产供热每单位燃料供出的热量（假设）。")
PP_DOC_ZH(P_POWER_HEAT_GAS, "供热燃料中天然气的比重；其余为煤炭。")

/* ---- [emissions] ---- */
PP_DOC_ZH(P_EMIS_EF_COAL, "烟煤单位热值含碳量26.1吨碳/太焦 × 碳氧化率93 % × 44/12 × 0.0293076太焦/吨标准煤（《省级温室气体清单编制指南（试行）》2011年缺省值，凭记忆引用）。")
PP_DOC_ZH(P_EMIS_EF_OIL, "原油单位热值含碳量20.1吨碳/太焦 × 碳氧化率98 % × 44/12 × 0.0293076太焦/吨标准煤（《省级温室气体清单编制指南（试行）》2011年缺省值，凭记忆引用）。")
PP_DOC_ZH(P_EMIS_EF_GAS, "天然气单位热值含碳量15.3吨碳/太焦 × 碳氧化率99 % × 44/12 × 0.0293076太焦/吨标准煤（《省级温室气体清单编制指南（试行）》2011年缺省值，凭记忆引用）。")
PP_DOC_ZH(P_EMIS_CEMENT_MT, "水泥产量：决定窑炉燃料、用电和工业过程CO2。")
PP_DOC_ZH(P_EMIS_CEMENT_EF, "每吨水泥的工业过程CO2；0.2906为CEADs所用值（Shan et al. 2018；未经核实的估计）。")
PP_DOC_ZH(P_EMIS_CCUS_MT, "自ccus_start_year起每年在水泥和重工业企业捕集的CO2（先水泥），不超过其排放量。")
PP_DOC_ZH(P_EMIS_CCUS_START, "此年之前没有工业捕集，不论ccus_mt路径如何（假设：2030年前没有项目）。")
PP_DOC_ZH(P_EMIS_SINK_MT, "森林和土地每年吸收的CO2。")

/* ---- [calibration] ---- */
PP_DOC_ZH(P_CAL_ENERGY_END, "末历史年（hist_end_year）的能源消费总量；用于求解共同的能耗强度水平。0表示不校准。")
PP_DOC_ZH(P_CAL_CO2_FIRST, "起始年（first_year）的能源活动CO2（如CEADs）；未给出energy_mtce_end时用于求解共同的能耗强度水平。0表示不校准。")
PP_DOC_ZH(P_CAL_ENERGY_FIRST, "起始年（first_year）的能源消费总量；energy_mtce_end和co2_energy_mt_first都未给出时用于求解共同的能耗强度水平。0表示不校准。")
PP_DOC_ZH(P_CAL_EI_INDEX_END, "末历史年的能耗强度相当于起始年的百分比；用于求解历史能效趋势。0表示不校准。")
PP_DOC_ZH(P_CAL_COAL_FIRST, "起始年煤炭占能源消费的比重；用于求解工业煤、气的分配。0表示不校准。")
PP_DOC_ZH(P_CAL_COAL_END, "末历史年的煤炭比重；用于求解历史上的以气代煤。0表示不校准。")
PP_DOC_ZH(P_CAL_CI_INDEX_END, "末历史年的能源活动碳排放强度相当于起始年的百分比；用于求解未公布的净调入电量。0表示不校准。")
PP_DOC_ZH(P_CAL_NONFOSSIL_END, "末历史年非化石能源占能源消费的比重；校准后核对（偏差超过0.5个百分点时给出警告并列出影响它的输入），不参与求解。0表示不核对。")
PP_DOC_ZH(P_CAL_GAS_END, "末历史年天然气占能源消费的比重；校准后核对，不参与求解。0表示不核对。")
PP_DOC_ZH(P_CAL_OIL_END, "末历史年石油占能源消费的比重；用于求解交通能耗强度的水平（石油大部分用于交通）。0表示不校准。")
PP_DOC_ZH(P_CAL_EI_YOY, "逐年目标YEAR:%，每点为某历史年能耗强度较上年的变化（国家统计局、国家发展改革委、国家能源局公报，如2020:-2.88）；每点求解该年的一个额外能效步长（最多3年；如疫情年份的下降）。0表示不给出。")
PP_DOC_ZH(P_CAL_COAL_YEAR, "某个非起始历史年的煤炭比重，一个YEAR:%点（起始年数据未公布时使用，如2017:86.42）；代替coal_share_first_pct求解起始年的煤、气分配。0表示不给出。")
PP_DOC_ZH(P_SCENARIO_BASIS, "文件中历史数据所依据的发布口径：first_release（初步核算：统计公报与年度公报）或revised（修订：普查后的统计年鉴）。成绩单会标出另一口径的公布数据。可不填。")

/* ---- [air] ---- */
PP_DOC_ZH(P_AIR_COAL_SULFUR, "燃煤含硫率（收到基质量分数）；按生态环境部排放清单指南的物料衡算，燃煤SO2 = 2 × S × (1 − 灰渣中保留的15 %)。默认1.0 %（假设：约为全国动力煤平均水平）；西南地区燃煤含硫率更高。")
PP_DOC_ZH(P_AIR_POWER_ULE, "电厂和热电厂燃煤中，由达到超低排放限值（SO2 35、NOx 50、烟尘10 mg/m3：国家发展改革委、环境保护部、国家能源局2015年工作方案，GB 13223超低排放值）机组燃用的比例；其余按GB 13223-2011排放。默认88 %（假设：2020年全国约1080 GW中约950 GW，国家能源局）。")
PP_DOC_ZH(P_AIR_INDUSTRY_ULE, "重工业燃料（钢铁，水泥以外）和水泥产量中，在完成超低排放改造（生态环境部等2019年钢铁、2024年水泥意见：35 / 50 / 10 mg/m3）的工厂中的比例；其余保持常规治理水平。")
PP_DOC_ZH(P_AIR_ULE_SO2, "超低排放机组烟气中SO2浓度：35 mg/m3（2015年煤电工作方案；钢铁、水泥意见取同值）。按限值计：实际机组低于限值运行（Tang等2019，Nature Energy 4:929）。")
PP_DOC_ZH(P_AIR_ULE_NOX, "超低排放机组烟气中NOx（以NO2计）浓度：50 mg/m3（同SO2限值来源）。")
PP_DOC_ZH(P_AIR_ULE_PM, "超低排放机组烟气中颗粒物总量：10 mg/m3（同SO2限值来源）；其中一半计为PM2.5（pollutants_list.h）。")
PP_DOC_ZH(P_AIR_FLUE_FUEL, "每千克标准煤燃料产生的干烟气量（标准规定的基准氧含量，燃煤6 %），用于把超低排放限值换算为排放因子（推算：理论烟气约0.26 Nm3/MJ × 29.3 MJ/kgce，过量空气系数1.4；燃油、燃气相差约15 %以内：假设）。")
PP_DOC_ZH(P_AIR_FLUE_CEMENT, "每吨水泥的窑尾烟气量（假设：约2400 Nm3/吨熟料 × 0.57吨熟料/吨水泥）。")
PP_DOC_ZH(P_AIR_DAMAGE_SO2, "损害成本法（效益转移，假设）：欧洲环境署欧盟平均SO2损害成本约11,000欧元/吨（按生命年估值，EEA技术报告20/2014，VOLY情形；凭记忆引用）× 0.38（2020年中国人均GDP购买力平价与欧盟之比，收入弹性1）× 7.9元/欧元；价格基年2020。")
PP_DOC_ZH(P_AIR_DAMAGE_NOX, "同SO2损害成本方法：EEA 2014约5,700欧元/吨（VOLY情形；凭记忆引用）× 0.38 × 7.9元/欧元。")
PP_DOC_ZH(P_AIR_DAMAGE_PM25, "同SO2损害成本方法：EEA 2014约33,000欧元/吨（VOLY情形；凭记忆引用）× 0.38 × 7.9元/欧元。")

/* ---- [costs] (issue 12; the "cost" block). Per technology and storage of sim/model/power_table.h,
 * one line each generated from the power table's Chinese name; the sources are those of
 * sim/model/cost_table.h (English doc). ---- */
#define PP_COST_DOC_ZH(tok, zh)                                                                                   \
PP_DOC_ZH(P_COSTS_##tok##_CAPEX, zh "单位千瓦造价（价格基年不变价，对应该年的累计装机，学习前）；来源及哪些数值为假设见sim/model/cost_table.h。") \
PP_DOC_ZH(P_COSTS_##tok##_LEARN, zh "学习率：累计装机每翻一番造价下降的比例，C = C0 (D/D0)^log2(1 - 学习率/100)；来源及哪些数值为假设见sim/model/cost_table.h。")            \
PP_DOC_ZH(P_COSTS_##tok##_GROWTH, zh "累计装机（全球，或市场为全国时的全国）年增速，驱动学习曲线（假设；默认情景给出路径）。")      \
PP_DOC_ZH(P_COSTS_##tok##_FOM, zh "固定运维成本：每千瓦装机每年；来源及哪些数值为假设见sim/model/cost_table.h。")                                                          \
PP_DOC_ZH(P_COSTS_##tok##_VOM, zh "变动运维成本：每兆瓦时发电量（本省购入的燃料计入燃料费用；生物质和核燃料计入此项）；来源及哪些数值为假设见sim/model/cost_table.h。")       \
PP_DOC_ZH(P_COSTS_##tok##_LIFE, zh "经济寿命（取整为年）：资本在此期间回收；超过寿命仍保留的装机按当年造价重建；来源及哪些数值为假设见sim/model/cost_table.h。")
#define POWER_TECH(tok, name, en, zh, ...) PP_COST_DOC_ZH(tok, zh)
#define POWER_STORAGE(tok, name, en, zh, ...) PP_COST_DOC_ZH(tok, zh)
#include "../model/power_table.h"
#undef POWER_TECH
#undef POWER_STORAGE
#undef PP_COST_DOC_ZH
PP_DOC_ZH(P_COSTS_DISCOUNT, "实际折现率，用于资本回收系数CRF = r(1+r)^n/((1+r)^n-1)和系统成本现值：8 %，国家发展改革委、建设部《建设项目经济评价方法与参数》（第三版，2006）的社会折现率（未核实）。")
PP_DOC_ZH(P_COSTS_COAL_PRICE, "到厂煤价（每吨标准煤）：国家发展改革委2022年电煤中长期合同基准价5500大卡675元/吨（570-770，未核实），折859元/吨标准煤（×7000/5500），加铁路运费（假设）。")
PP_DOC_ZH(P_COSTS_GAS_PRICE, "工业和发电用气价格（每吨标准煤）：约2.2元/立方米，按1.2143千克标准煤/立方米（GB/T 2589参考系数）折1800元/吨标准煤（假设）。")
PP_DOC_ZH(P_COSTS_OIL_PRICE, "成品油不含零售税费价格（每吨标准煤）：约5000元/吨，按1.4571吨标准煤/吨（GB/T 2589，柴油）折3400元/吨标准煤（假设）。")
PP_DOC_ZH(P_COSTS_IMPORT_PRICE, "省界净外购电价格（外送电按此计收入）：跨省跨区输电落地价约0.30-0.40元/千瓦时；重庆燃煤基准电价0.3964元/千瓦时（国家发展改革委，未核实）为上限（假设）。")
PP_DOC_ZH(P_COSTS_CCUS, "每吨捕集CO2的捕集、运输和封存成本（能耗增量已计入燃料）：参照《中国二氧化碳捕集利用与封存（CCUS）年度报告（2021）》当前捕集300-900元/吨、至2060年下降，运输封存约100元/吨（未核实；假设）。")
PP_DOC_ZH(P_COSTS_CARBON_PRICE, "电厂排放CO2的价格（全国碳市场：2021年7月16日开市48元/吨，2021年底54.22元/吨；2024年均价95.96元/吨，ICAP）：进入调度排序和新增电源结构；碳价收入单列（按全部配额有偿计）。")
PP_DOC_ZH(P_COSTS_BUILD_CARBON, "build_*_pct各新增电源占比所对应的碳价；carbon_price不同于此值时，燃料型电源的权重按其平准化成本调整（设为本文件的carbon_price路径）。")
PP_DOC_ZH(P_COSTS_BUILD_RESPONSE, "燃料型电源权重系数 (计划碳价下成本 / 当年碳价下成本)^g 的指数g，成本为平准化成本（假设：2，类似logit响应）。")
PP_DOC_ZH(P_COSTS_VEHICLES_FIRST, "起始年每千人道路汽车保有量；此后按transport.fleet_growth_pct增长。全国2015年：约1.72亿辆汽车 / 13.75亿人 = 125（公安部、国家统计局，未核实）。")
PP_DOC_ZH(P_COSTS_NEV_PREMIUM, "新能源汽车较同类燃油车的购置价差（补贴前）（假设；ICCT和BNEF预计中国主流车型约2025-2027年实现购置价平价，未核实）。")
PP_DOC_ZH(P_COSTS_HEAT_PUMP, "热泵较燃气锅炉的增量成本，按每年替代1吨标准煤燃料计：1200元/千瓦热（假设）/（1200小时 × 0.1229千克标准煤/千瓦时 / 0.85锅炉效率）≈ 7000。")
PP_DOC_ZH(P_COSTS_FLOOR_AREA, "每位常住人口的居住和服务业建筑面积（假设：住房约40平方米，国家统计局2020年全国城镇38.6平方米未核实，另加服务业10平方米）。")
PP_DOC_ZH(P_COSTS_GREEN_PREMIUM, "按绿色建筑标准新建或改造每平方米的增量成本（假设：GB/T 50378二星级，研究给出约50-150元/平方米，未核实）。")
PP_DOC_ZH(P_COSTS_EFFICIENCY, "当年能效提升每年节约1吨标准煤工业能耗所需投资（假设：与“十一五”“十二五”节能工程每吨标准煤年节能能力2000-4000元同量级，未核实）。")
PP_DOC_ZH(P_COSTS_ELECTRIFY, "工业终端能源每年转为用电1兆瓦时所需投资（假设：电锅炉和电窑炉约1500元/千瓦，约4000小时）。")
PP_DOC_ZH(P_COSTS_ENDUSE_LIFE, "终端设备增量投资在系统成本中年化的年限（假设：汽车约15年，建筑更长，设备更短）。")
PP_DOC_ZH(P_POWER_IMPORT_MARKET, "合同之外每年可从其他电网市场化购入的最大电量，与煤电、气电一起参与调度排序，价格为import_elec_cny_kwh加其化石部分CO2（import_other_ef_kg_kwh、import_other_nonfossil_pct）的碳价（假设：送端电网同样支付全国碳市场价格并传导）。0表示没有：其他电网只供应煤电和气电不足的部分。")
