/* report/i18n_mac_list.h - the message catalogue's block for the abatement cost: `peakpath mac`
 * (cli/cmd_mac.c) and view 8, costs and air (tui/cost_view.c, tui/mac_view.c), English and Chinese:
 * I18N(id, en, zh). Included at the end of report/i18n_list.h; numbers with their units come from
 * report/units.h. */
I18N(S_MAC_TITLE, "Abatement cost curve of \"%s\" (%s): each lever alone moved to the greener end of its plausible range, %d-%d\n",
     "“%s”（%s）的边际减排成本曲线：每个杠杆单独移至其合理范围中更绿色的一端，%d—%d年\n")
I18N(S_MAC_CONVENTION, "Cost: system cost difference discounted to 2021 (%d prices); CO2: cumulative net CO2 avoided, not discounted.\n",
     "成本：系统成本差额折现至2021年（%d年价格）；CO2：累计净减排量，不折现。\n")
I18N(S_MAC_UNCOSTED, "No system cost in this run (the cost model has not filled it): tonnes only, bars ordered by tonnes.\n",
     "本次运行没有系统成本（成本模型尚未计算）：仅列减排量，按减排量排序。\n")
I18N(S_MAC_REFERENCE, "Against the reference \"%s\" (%s): cost %s, CO2 avoided %s, abatement cost %s\n",
     "相对参照情景“%s”（%s）：成本 %s，CO2减排 %s，减排成本 %s\n")
I18N(S_MAC_H_RANK, "#", "序")
I18N(S_MAC_H_LEVER, "lever", "杠杆")
I18N(S_MAC_H_MOVE, "given -> greener", "原值 -> 绿色端")
I18N(S_MAC_H_AVOIDED, "avoided", "减排量")
I18N(S_MAC_H_COST, "cost", "成本")
I18N(S_MAC_H_PER_T, "per tonne", "单位成本")
I18N(S_MAC_SUM, "Sum of the bars: %s (each lever alone; together they avoid a different amount: levers interact)\n",
     "各条合计：%s（每个杠杆单独计算；组合实施时因相互影响而不同）\n")
I18N(S_MAC_APART, "Levers off the curve:\n", "不在曲线上的杠杆：\n")
I18N(S_MAC_AT_END, "already at its greener end", "已处于更绿色的一端")
I18N(S_MAC_NO_CO2, "avoids no CO2 at its greener end", "移至更绿色的一端也不减少CO2")
I18N(S_MAC_REFUSED, "greener end refused", "更绿色的一端不可行")
I18N(S_MAC_FOOT, "%d engine runs\n", "共运行模型 %d 次\n")
I18N(S_MAC_NA, "n/a", "无")
I18N(S_VIEW_COST, "Costs", "成本")
I18N(S_VIEW_MAC, "Abatement", "减排成本")
I18N(S_COST_INVEST, "Investment by technology", "分技术投资")
I18N(S_COST_SYSTEM, "System cost against %s", "系统成本：与%s对比")
I18N(S_COST_AIR, "Air pollutants", "大气污染物")
I18N(S_COST_PAGE, "[%d/%d n]", "[%d/%d n]")
I18N(S_COST_THIS, "This scenario", "本情景")
I18N(S_COST_DIFF, "NPV diff %s, CO2 avoided %s: %s", "折现成本差 %s，减排 %s：%s")
I18N(S_COST_NO_COST, "no system cost in this run yet", "本次运行尚无系统成本")
I18N(S_MAC_VIEW_TITLE, "Abatement cost curve", "边际减排成本曲线")
I18N(S_MAC_AXIS_X, "CO2 avoided 2021-%d, each lever alone: %s in all", "2021—%d年累计减排（各杠杆单独计算）：合计%s")
I18N(S_MAC_SEP, "; ", "；")
I18N(S_MAC_NONE, "no lever avoids CO2 from here", "从当前情景出发没有杠杆能减少CO2")
I18N(S_MAC_ERROR, "abatement curve not computed: %s", "未能计算减排成本曲线：%s")
I18N(S_AIR_CUM, "2021-: SO2 %s, NOx %s, PM2.5 %s, health %s", "2021年起：二氧化硫 %s，氮氧化物 %s，PM2.5 %s，健康损失 %s")
I18N(S_COST_INVEST_CUM, "from 2021: %s invested", "2021年起累计投资 %s")
I18N(S_H_COST, "view 8 costs and air; 8 again or n: next page (investment, system cost, pollutants, abatement curve); on the curve Up/Down select a lever, Enter: go to it", "视图8 成本与大气；再按8或n：下一页（投资、系统成本、污染物、减排成本曲线）；曲线页上下键选择杠杆，Enter：转到杠杆")
I18N(S_MAC_COL_AVOIDED, "avoided", "减排量")
I18N(S_MAC_COL_PER_T, "per tonne", "单位成本")
I18N(S_MAC_APART_N, "%d levers off the curve (no CO2 avoided, at their greener end, or refused)", "另有%d个杠杆不在曲线上（不减排、已在绿色端或不可行）")
I18N(S_MAC_STRUCTURAL, "* changes output or the economy's structure: the system cost does not count what that costs or gains, so its cost per tonne is the energy system's alone, not the lever's price\n",
     "* 改变产出或经济结构：系统成本不计其代价或收益，单位成本仅反映能源系统，并非该杠杆的真实代价\n")
I18N(S_MAC_STRUCTURAL_SHORT, "* changes output or structure: what that costs is not in the system cost", "* 改变产出或结构：其代价不计入系统成本")
I18N(S_COST_REF_YEARS, "the reference runs to another end year: no abatement cost against it", "参照情景的终止年份不同：无法计算相对其的减排成本")
I18N(S_M_MAC_SELECTED, "Selected: %s (Left/Right move it; 8 back to the curve)", "已选择：%s（左右键调整；8 返回减排成本曲线）")
I18N(S_MAC_WHY, "%s: %s\n", "%s：%s\n")
I18N(S_MAC_AMOUNT, "%s (%s)\n", "%s（%s）\n")
