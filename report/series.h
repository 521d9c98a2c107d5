/* report/series.h - the one table of the stacked chart series, in the order they stack: the
 * primary-energy mix, the installed power capacity, the GDP structure and the industry mix. The
 * TUI's views (tui/views.c), the room's charts (tui/room.c) and the SVG export
 * (report/export_svg.c) each build their own rows from it with an X macro taking
 *   X(var, ROLE, svg_colour, short_en, short_zh, long_en, long_zh)
 * var: the result column (sim/model/outputs_list.h); ROLE: the colour role (tui/style.h names it
 * ST_<ROLE>); short labels fit a terminal legend, long ones a slide. */
#ifndef PEAKPATH_REPORT_SERIES_H
#define PEAKPATH_REPORT_SERIES_H

#include "../sim/model/run.h"

#define REPORT_MIX_SERIES(X)                                                                   \
    X(RV_COAL_SHARE, COAL, "#4d4d4d", "Coal", "煤炭", "Coal", "煤炭")                          \
    X(RV_OIL_SHARE, OIL, "#a6611a", "Oil", "石油", "Oil", "石油")                              \
    X(RV_GAS_SHARE, GAS, "#e6c36b", "Gas", "天然气", "Natural gas", "天然气")                  \
    X(RV_NONFOSSIL_SHARE, NONFOSSIL, "#1b9e77", "Non-fossil", "非化石", "Non-fossil", "非化石能源")

#define REPORT_CAP_SERIES(X)                                                                   \
    X(RV_CAP_COAL, COAL, "#4d4d4d", "Coal", "煤电", "Coal", "煤电")                            \
    X(RV_CAP_GAS, GASPOWER, "#e6c36b", "Gas", "气电", "Gas", "气电")                           \
    X(RV_CAP_NUCLEAR, NUCLEAR, "#984ea3", "Nuclear", "核电", "Nuclear", "核电")                \
    X(RV_CAP_BIOMASS, BIOMASS, "#8c6d31", "Biomass", "生物质", "Biomass", "生物质")            \
    X(RV_CAP_HYDRO, HYDRO, "#2c7fb8", "Hydro", "水电", "Hydro", "水电")                        \
    X(RV_CAP_WIND, WIND, "#7fcdbb", "Wind", "风电", "Wind", "风电")                            \
    X(RV_CAP_SOLAR, SOLAR, "#fdae61", "Solar", "光伏", "Solar", "光伏")

#define REPORT_GDP_SERIES(X)                                                                   \
    X(RV_SHARE_PRIMARY, PRIMARY, "#a6d854", "Primary", "第一产业", "Primary sector", "第一产业") \
    X(RV_SHARE_SECONDARY, SECONDARY, "#8da0cb", "Secondary", "第二产业", "Secondary sector", "第二产业") \
    X(RV_SHARE_TERTIARY, TERTIARY, "#fc8d62", "Tertiary", "第三产业", "Tertiary sector", "第三产业")

/* Industry mix: shown by the TUI only (the SVG colours are for a future chart). */
#define REPORT_IND_SERIES(X)                                                                   \
    X(RV_IND_HEAVY, HEAVY, "#b2182b", "Heavy", "重工业", "Heavy industry", "重工业")           \
    X(RV_IND_OTHER, OTHERIND, "#999999", "Other", "其他工业", "Other industry", "其他工业")   \
    X(RV_IND_HIGHTECH, HIGHTECH, "#2166ac", "High-tech", "高技术", "High-tech industry", "高技术产业")

/* Investment by technology (issue 12; the SVG "investment" chart), bn CNY a year, stacked: the
 * power technologies and storage of sim/model/power_table.h, then end-use equipment. */
#define REPORT_INV_SERIES(X)                                                                   \
    X(RV_INV_COAL, COAL, "#4d4d4d", "Coal", "煤电", "Coal", "煤电")                            \
    X(RV_INV_GAS, GASPOWER, "#e6c36b", "Gas", "气电", "Gas", "气电")                           \
    X(RV_INV_NUCLEAR, NUCLEAR, "#984ea3", "Nuclear", "核电", "Nuclear", "核电")                \
    X(RV_INV_BIOMASS, BIOMASS, "#8c6d31", "Biomass", "生物质", "Biomass", "生物质")            \
    X(RV_INV_HYDRO, HYDRO, "#2c7fb8", "Hydro", "水电", "Hydro", "水电")                        \
    X(RV_INV_WIND, WIND, "#7fcdbb", "Wind", "风电", "Wind", "风电")                            \
    X(RV_INV_SOLAR, SOLAR, "#fdae61", "Solar", "光伏", "Solar", "光伏")                        \
    X(RV_INV_STORE_PUMPED, PUMPED, "#6a51a3", "Pumped", "抽蓄", "Pumped storage", "抽水蓄能")  \
    X(RV_INV_STORE_BATTERY, BATTERY, "#e7298a", "Battery", "储能", "Battery storage", "新型储能") \
    X(RV_INV_ENDUSE, ENDUSE, "#66a61e", "End use", "终端", "End-use equipment", "终端设备")

/* Air pollutants (issue 12; the SVG "pollutants" chart), kt a year, as lines (not stacked). */
#define REPORT_AIR_SERIES(X)                                                                   \
    X(RV_SO2, SO2, "#ff7f00", "SO2", "二氧化硫", "SO2", "二氧化硫")                            \
    X(RV_NOX, NOX, "#377eb8", "NOx", "氮氧化物", "NOx", "氮氧化物")                            \
    X(RV_PM25, PM25, "#4d4d4d", "PM2.5", "PM2.5", "Primary PM2.5", "一次PM2.5")

#endif
