/* report/units_list.h - the display units table (report/units.h): how each SI-style unit of the
 * files and the English UI is shown to a Chinese planner. Included with UNIT defined; fields:
 *   SI-style unit (as in the engine tables), factor (display = value x factor), Chinese unit.
 * The Chinese units are those of provincial plans and yearbooks: 万吨标准煤 for energy, 亿千瓦时 for
 * electricity, 万千瓦 for capacity, 亿元 for money, 万吨 for CO2 and pollutants, 吨标准煤/万元 for
 * intensity. 1 Mtce = 100 万吨标准煤; 1 TWh = 10 亿千瓦时; 1 GW = 100 万千瓦; 1 bn CNY = 10 亿元;
 * 1 Mt = 100 万吨; 1 kt = 0.1 万吨; 1 million people = 100 万人. Adding a unit touches only this table. */

UNIT("Mtce", 100.0, "万吨标准煤")
UNIT("TWh", 10.0, "亿千瓦时")
UNIT("GW", 100.0, "万千瓦")
UNIT("GW/yr", 100.0, "万千瓦/年")
UNIT("bn CNY", 10.0, "亿元")
UNIT("bn CNY/yr", 10.0, "亿元/年")
UNIT("Mt CO2", 100.0, "万吨CO2")
UNIT("Mt", 100.0, "万吨")
UNIT("kt", 0.1, "万吨")
UNIT("tce/10k CNY", 1.0, "吨标准煤/万元")
UNIT("t CO2/10k CNY", 1.0, "吨CO2/万元")
UNIT("t CO2/person", 1.0, "吨CO2/人")
UNIT("t CO2/tce", 1.0, "吨CO2/吨标准煤")
UNIT("t CO2/t cement", 1.0, "吨CO2/吨水泥")
UNIT("kgce/t cement", 1.0, "千克标准煤/吨水泥")
UNIT("kWh/t cement", 1.0, "千瓦时/吨水泥")
UNIT("kg CO2/kWh", 1.0, "千克CO2/千瓦时")
UNIT("gce/kWh", 1.0, "克标准煤/千瓦时")
UNIT("k CNY/person", 0.1, "万元/人")
UNIT("million", 100.0, "万人")
UNIT("CNY/t CO2", 1.0, "元/吨CO2")
UNIT("CNY/t", 1.0, "元/吨")
UNIT("CNY/kW", 1.0, "元/千瓦")
UNIT("CNY/tce", 1.0, "元/吨标准煤")
UNIT("CNY/kWh", 1.0, "元/千瓦时")
UNIT("h", 1.0, "小时")
UNIT("per 1000 people", 1.0, "辆/千人")
UNIT("%", 1.0, "%")
UNIT("%/yr", 1.0, "%/年")
UNIT("% of first year", 1.0, "%（相对起始年）")
UNIT("year", 1.0, "年")
UNIT("yr", 1.0, "年")
UNIT("MJ/km", 1.0, "兆焦/公里")
UNIT("kWh/km", 1.0, "千瓦时/公里")
UNIT("ratio", 1.0, "比值")
UNIT("0/1", 1.0, "0/1")
