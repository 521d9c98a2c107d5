/* report/i18n_card_list.h - the report card's block of the message catalogue (report/i18n_cli_list.h
 * includes it; I18N(id, en, zh) as there): `peakpath check FILE --observed DATA.csv` (cli/report_card.c),
 * its headings, the "moved most by" hints, the statistical-basis marks, the closing lines and its
 * errors. The English strings are those the card printed before it had a Chinese side (README shows
 * one), so English output stays byte-identical. Values with a unit are filled in as text (%s): the
 * Chinese card shows them in planning units (report/units.h). Figure names come from the indicator
 * table (cli/observed.c: each indicator with its Chinese label). */

/* the heading: the data file, the region */
I18N(S_CARD_TITLE, "  report card against %s (%s) / 对照公开数据:\n", "  对照公开数据：%s（%s）\n")
/* the column heads (the Chinese card has a unit column: its values are in planning units) */
I18N(S_CARD_H_FIGURE, "figure", "指标")
I18N(S_CARD_H_YEAR, "year", "年份")
I18N(S_CARD_H_PUBLISHED, "published", "公开值")
I18N(S_CARD_H_MODEL, "model", "模型值")
I18N(S_CARD_H_DIFF, "diff", "差值")
I18N(S_CARD_H_UNIT, "unit", "单位")
I18N(S_CARD_H_MOVED, "moved most by", "影响最大的因素")
/* a figure of a year after the history: the model projects it */
I18N(S_CARD_PROJECTED, "(projected year) ", "（预测年份）")
/* a figure of another statistical basis than the file's: the figure's basis, the file's */
I18N(S_CARD_OTHER_BASIS, "(%s, the file is %s) ", "（%s，本文件为%s）")
I18N(S_CARD_BASIS_FIRST, "first release", "初步核算数")
I18N(S_CARD_BASIS_REVISED, "revised", "修订数")
/* "moved most by": the unknown, its nudge, the change of the figure it brings */
I18N(S_CARD_MOVED, "%s %s: %s", "%s %s：%s")
/* the nudges (cli/report_card.c: the step a planner would argue about) */
I18N(S_CARD_NUDGE_FRAC, "+%g %%", "+%g%%")
I18N(S_CARD_NUDGE_TREND, "+%g %%/yr", "+%g%%/年")
I18N(S_CARD_NUDGE_PT, "+%g pt", "+%g个百分点")
I18N(S_CARD_NUDGE_QTY, "+%s", "+%s") /* a quantity with its unit (units_format) */
/* the change of a figure in % (a share, a yearly change) is in points */
I18N(S_CARD_POINTS, "%s", "%s个百分点")
/* a figure no calibration unknown moves: the key that sets it, or none */
I18N(S_CARD_INPUT, "input %s.%s", "由输入 %s.%s 决定")
I18N(S_CARD_INPUTS, "inputs of the file, no calibration unknown", "由文件的输入决定，校准未知参数不影响")
/* the closing lines: figures compared, figures without a counterpart */
I18N(S_CARD_FOOT_ONE, "  %d figure compared; %d without a counterpart in the run (other years, other indicators)\n",
     "  已对照 %d 项数据；%d 项在模型中没有对应（其他年份、其他指标）\n")
I18N(S_CARD_FOOT, "  %d figures compared; %d without a counterpart in the run (other years, other indicators)\n",
     "  已对照 %d 项数据；%d 项在模型中没有对应（其他年份、其他指标）\n")
I18N(S_CARD_FOOT_BASIS, "  %d on another statistical basis than the file's (%s): their differences include the revision\n",
     "  %d 项的统计口径与本文件（%s）不同：其差值包含数据修订的影响\n")
/* errors */
I18N(S_CARD_OOM, "peakpath check: out of memory\n", "peakpath check：内存不足\n")
I18N(S_CARD_FAILED, "peakpath check: %s\n", "peakpath check：%s\n")
I18N(S_CARD_BAD_BASIS,
     "peakpath check: %s: [scenario] statistical_basis = \"%s\": expected first_release or revised "
     "(docs/new-province.md, statistical basis)\n",
     "peakpath check：%s：[scenario] statistical_basis = \"%s\"：应为 first_release（初步核算数）或 revised（修订数）"
     "（见 docs/new-province.zh.md 第3节“统计口径”）\n")
