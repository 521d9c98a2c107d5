/* report/goal_text.h - a workshop challenge's goals as readable text in English or Chinese, from
 * the message catalogue (report/i18n_list.h): the engine keeps no language. */
#ifndef PEAKPATH_REPORT_GOAL_TEXT_H
#define PEAKPATH_REPORT_GOAL_TEXT_H

#include <stddef.h>

#include "../sim/scenario/target.h"

/* A goal as text, e.g. "CO2 peaks by 2028" / "2028年前（含）碳达峰", "Coal share 2030 < 35 %" /
 * "2030年煤炭占比 < 35%", "CO2 2030 <= 215 Mt" / "2030年CO2排放 ≤ 2.15亿吨": Chinese in the planning
 * units of report/units.h, to the last digit of the goal. zh: 0 English, 1 Chinese. Returns buf.
 * Cannot fail (truncates). */
const char *goal_text(const seek_target *t, int zh, char *buf, size_t size);

/* A goal's value as text in the metric's unit: "2026", "never", "37.0 %", "199.1 Mt", "n/a"
 * (INFINITY = never reached, NAN = n/a); Chinese "37.0%", "1.991亿吨" (0.1 Mt = 0.001亿吨, as
 * precise as the English), "3190万吨", "无数据". Returns buf. */
const char *goal_value_text(const seek_target *t, double value, int zh, char *buf, size_t size);

#endif
