/* report/i18n_cli_list.h - the command line's block of the message catalogue (report/i18n_list.h
 * includes it; I18N(id, en, zh) as there): the year table, check, keys, the analysis commands'
 * tables, `--help` of every command and `peakpath help`, usage errors. Numbers with units in a
 * sentence are filled in as text (%s) by units_format, so Chinese shows planning units. */

/* ---- language, usage, common messages (cli/cli_lang.c, cli/cli_common.c, cli/main.c) ---- */
I18N(S_CLI_LANG_MISSING, "--lang needs zh or en", "--lang 需要 zh 或 en")
I18N(S_CLI_LANG_BAD, "peakpath: unknown language '%s' (--lang): expected zh or en\n", "peakpath：未知语言 '%s'（--lang）：应为 zh 或 en\n")
I18N(S_CLI_BAD_LANG_ENV, "peakpath: PEAKPATH_LANG='%s' is not zh or en; ignored\n",
     "peakpath：PEAKPATH_LANG='%s' 不是 zh 或 en，已忽略\n")
I18N(S_CLI_USAGE, "usage: ", "用法：")
I18N(S_CLI_UNKNOWN_OPTION, "unknown option '%s'", "未知选项 '%s'")
I18N(S_CLI_UNKNOWN_COMMAND, "peakpath: unknown command '%s'\n", "peakpath：未知命令 '%s'\n")
I18N(S_CLI_UNKNOWN_GLOBAL, "peakpath: unknown option '%s'\n", "peakpath：未知选项 '%s'\n")
I18N(S_CLI_UNEXPECTED_AFTER, "peakpath: unexpected argument '%s' after %s\n", "peakpath：多余的参数 '%s'（在 %s 之后）\n")
I18N(S_CLI_HELP_UNKNOWN, "peakpath help: unknown command '%s'\n", "peakpath help：未知命令 '%s'\n")
I18N(S_CLI_ONE_FILE, "one scenario FILE only (got '%s' and '%s')", "只能给一个情景文件（收到 '%s' 和 '%s'）")
I18N(S_CLI_MISSING_FILE, "missing scenario FILE", "缺少情景文件 FILE")
I18N(S_CLI_NEEDS_VALUE, "%s needs a value", "%s 需要一个值")
I18N(S_CLI_UNEXPECTED_ARG, "unexpected argument '%s'", "多余的参数 '%s'")
I18N(S_CLI_OOM, "peakpath: out of memory\n", "peakpath：内存不足\n")
I18N(S_CLI_NO_SCREEN, "peakpath: this build has no interactive screen\n", "peakpath：此版本没有交互界面\n")
I18N(S_CLI_FORMAT_MISSING, "option %s needs a value: table, csv or json", "选项 %s 需要一个值：table、csv 或 json")
I18N(S_CLI_FORMAT_BAD, "bad --format value '%s' (expected table, csv or json)", "--format 的值 '%s' 无效（应为 table、csv 或 json）")
I18N(S_CLI_OUTPUT_MISSING, "option %s needs a file name ('-' for stdout)", "选项 %s 需要文件名（'-' 表示标准输出）")
I18N(S_CLI_HEADERS_BAD, "--headers '%s': expected names, en or zh", "--headers '%s'：应为 names、en 或 zh")
I18N(S_CLI_HEADERS_FIXED, "peakpath %s: --headers: this command's CSV has fixed column names (run, compare, mc and mc-merge take --headers)\n",
     "peakpath %s：--headers：本命令的 CSV 列名固定（run、compare、mc 和 mc-merge 接受 --headers）\n")
I18N(S_CLI_HEADERS_CSV, "--headers and --bom apply to --format csv only", "--headers 和 --bom 只用于 --format csv")
I18N(S_CLI_IS_INPUT, "peakpath %s: %s: is a file this command reads; not replaced, even with --force (write to another file)\n",
     "peakpath %s：%s：是本命令读取的文件，即使加 --force 也不替换（请写到其他文件）\n")
I18N(S_CLI_EXISTS, "peakpath %s: %s: already exists; not replaced (use --force to replace it)\n",
     "peakpath %s：%s：已存在，未替换（加 --force 可替换）\n")
I18N(S_CLI_USE_FORCE, " (use --force to replace it)", "（加 --force 可替换）")
I18N(S_CLI_CANNOT_WRITE, "peakpath: cannot write the output: %s\n", "peakpath：无法写出结果：%s\n")
I18N(S_CLI_NO_DEFAULT, "peakpath: default scenario %s not found (looked in $PEAKPATH_SCENARIOS, ./scenarios, ../scenarios beside the executable%s%s); name a scenario FILE\n",
     "peakpath：找不到默认情景 %s（已查找 $PEAKPATH_SCENARIOS、./scenarios、程序旁的 ../scenarios%s%s）；请指定情景文件 FILE\n")
I18N(S_CLI_AND, " and ", "和")
/* ---- the year table and the summary (report/output.c) ---- */
I18N(S_OUT_TITLE, "peakpath %s - scenario \"%s\" (%s), %s\n\n", "peakpath %s —— 情景“%s”（%s），%s\n\n")
I18N(S_OUT_YEAR, "year", "年份")
I18N(S_OUT_H_GDP, "GDP", "GDP")
I18N(S_OUT_H_ENERGY, "energy", "能耗总量")
I18N(S_OUT_H_COAL, "coal", "煤炭占比")
I18N(S_OUT_H_NONFOSSIL, "nonfos", "非化石占比")
I18N(S_OUT_H_ELEC, "elec", "用电量")
I18N(S_OUT_H_SOLAR, "solar", "光伏装机")
I18N(S_OUT_H_WIND, "wind", "风电装机")
I18N(S_OUT_H_CO2, "CO2", "CO2排放")
I18N(S_OUT_H_NET_CO2, "net CO2", "净排放")
I18N(S_OUT_H_EI, "energy int", "能耗强度")
I18N(S_OUT_H_CI, "carbon int", "碳强度")
I18N(S_OUT_HIST_NOTE, "* historical year (calibrated to observed figures up to %d)\n", "* 历史年份（校准至%d年的统计数据）\n")
I18N(S_OUT_SUMMARY, "Summary", "摘要")
I18N(S_OUT_CHALLENGE, "Challenge (%s): %d of %d goals met%s\n", "挑战（%s）：已达成 %d/%d 项目标%s\n")
I18N(S_OUT_CHALLENGE_MET, " - CHALLENGE MET", " —— 挑战完成")
I18N(S_OUT_GOAL_MET, "met", "已达成")
I18N(S_OUT_GOAL_NOT_MET, "NOT met", "未达成")
I18N(S_OUT_CAL, "Calibration (%d unknown%s solved, %d iteration%s)\n", "校准（求解 %d 个未知参数%s，迭代 %d 次%s）\n")
I18N(S_OUT_CAL_NONE, "  none: the scenario gives no observed figures to match\n", "  无：情景没有给出需要拟合的统计数据\n")
I18N(S_OUT_CAL_KEY, "target key", "目标键")
I18N(S_OUT_CAL_TARGET, "target", "目标值")
I18N(S_OUT_CAL_ACHIEVED, "achieved", "实现值")
I18N(S_OUT_CAL_RESIDUAL, "residual", "残差")
I18N(S_OUT_CAL_VALUE, "solved value", "求解值")
I18N(S_OUT_CAL_UNKNOWN, "unknown", "未知参数")
I18N(S_OUT_CAL_WARNING, "  warning: %s\n", "  警告：%s\n")
I18N(S_SUM_CSV_HEAD, "item,value,unit", "指标,数值,单位")
/* ---- check (cli/cli_run.c) ---- */
I18N(S_CHK_OK, "%s: ok\n", "%s：通过\n")
I18N(S_CHK_YEARS, "  years %d-%d, history to %d\n", "  年份 %d—%d，历史数据至 %d 年\n")
I18N(S_CHK_OBSERVED_MISSING, "--observed needs a DATA.csv", "--observed 需要一个 DATA.csv")
/* ---- `peakpath --help`, `peakpath help` (cli/main.c) ---- */
I18N(S_HELP_SHORT_USAGE, "usage: peakpath [FILE.ini] | peakpath COMMAND [ARGS] | peakpath --help | --version\n",
     "用法：peakpath [FILE.ini] | peakpath 命令 [参数] | peakpath --help | --version\n")
I18N(S_HELP_TITLE_LINE, "peakpath %s - a province's energy transition year by year, and its path to peak CO2\n\n",
     "peakpath %s —— 逐年模拟省级能源转型及其碳达峰路径\n\n")
I18N(S_HELP_USAGE,
     "usage: peakpath [--lang zh|en] [FILE.ini]   open the interactive TUI on a scenario\n"
     "                                             (default scenarios/%s)\n"
     "       peakpath COMMAND [ARGS] [--lang zh|en]\n"
     "       peakpath --help | --version\n\ncommands:\n",
     "用法：peakpath [--lang zh|en] [FILE.ini]   打开情景的交互界面\n"
     "                                          （默认 scenarios/%s）\n"
     "      peakpath 命令 [参数] [--lang zh|en]\n"
     "      peakpath --help | --version\n\n命令：\n")
I18N(S_HELP_FOOT,
     "\n'peakpath COMMAND --help' describes a command's options.\n"
     "--lang zh|en may stand anywhere on the line; without it: $PEAKPATH_LANG, then the locale\n"
     "(LC_ALL, LC_MESSAGES, LANG beginning with zh: Chinese).\n"
     "exit codes: 0 ok, 1 solver failure, 2 bad input file, bad usage or unwritable output\n"
     "environment: PEAKPATH_SCENARIOS  directory searched first for the default scenario\n"
     "             PEAKPATH_LANG       zh or en, the language when --lang is not given\n",
     "\n“peakpath 命令 --help”列出该命令的选项。\n"
     "--lang zh|en 可放在命令行任意位置；未给出时依次取 $PEAKPATH_LANG 和区域设置\n"
     "（LC_ALL、LC_MESSAGES、LANG 以 zh 开头即为中文）。\n"
     "退出码：0 成功，1 求解失败，2 输入文件有误、用法错误或无法写出结果\n"
     "环境变量：PEAKPATH_SCENARIOS  优先查找默认情景的目录\n"
     "          PEAKPATH_LANG       未给 --lang 时的语言，zh 或 en\n")
I18N(S_HELP_LANG_LINE, "  --lang zh|en       language of the output (default: $PEAKPATH_LANG, then the locale)\n",
     "  --lang zh|en       输出语言（默认：$PEAKPATH_LANG，其次区域设置）\n")
/* one line per command in `peakpath --help` (English: the command table in cli/main.c) */
I18N(S_CMD_RUN, "calibrate and run a scenario; print it as a table (with summary), CSV or JSON",
     "校准并运行情景，以表格（含摘要）、CSV 或 JSON 输出")
I18N(S_CMD_CHECK, "validate, calibrate and run scenario files: FILE: ok, or the error (--verbose: residuals; --observed: report card against published figures)",
     "校验、校准并运行情景文件：输出“文件：通过”或错误（--verbose：残差；--observed：与公开数据对照）")
I18N(S_CMD_NEW, "write a new province scenario from the commented template (and published figures); never overwrites",
     "由带注释的模板（和公开数据）生成新省份情景；从不覆盖已有文件")
I18N(S_CMD_KEYS, "list every scenario key: unit, range, default, lever group, plausible range",
     "列出全部情景键：单位、取值范围、默认值、杠杆分组、合理范围")
I18N(S_CMD_SEEK, "smallest greener move of one lever (or package of levers) that meets targets",
     "达到目标所需的单个杠杆（或杠杆组合）最小的绿色调整")
I18N(S_CMD_MC, "Monte Carlo over the scenario's uncertainty ranges: CO2 bands, P(peak by 2030), what drives the spread",
     "对情景不确定性区间做蒙特卡洛模拟：排放区间、2030年前达峰概率、不确定性来源")
I18N(S_CMD_MC_MERGE, "merge the JSON of `mc --shard I/K` runs into the unsplit run's result",
     "把 `mc --shard I/K` 各分片的 JSON 合并为不分片运行的结果")
I18N(S_CMD_DECOMPOSE, "split a change in CO2 into LMDI effects", "把二氧化碳排放变化分解为 LMDI 各因素")
I18N(S_CMD_EXPORT, "a chart as SVG for slides, or a Markdown summary (of a scenario or a room)",
     "导出幻灯片用的 SVG 图表，或（情景或研讨室的）Markdown 摘要")
I18N(S_CMD_ROOM, "the workshop room: one live row per participant's scenario in DIR",
     "研讨室：DIR 中每位学员的情景实时显示一行")
I18N(S_CMD_COMPARE, "summaries side by side and year-by-year differences", "并列比较各情景摘要及逐年差值")
I18N(S_CMD_SENSITIVITY, "every lever at both ends of its plausible range: change of peak, CO2 2030, cumulative CO2, coal share",
     "每个杠杆分别取合理范围两端：达峰、2030年排放、累计排放、煤炭占比的变化")
I18N(S_CMD_JOIN, "a participant joins the workshop room DIR: the current challenge, saved as DIR/NAME.ini",
     "参与者加入研讨室 DIR：打开当前挑战，保存为 DIR/NAME.ini")
I18N(S_CMD_MAC, "abatement cost: each lever alone to its greener end, CO2 avoided and CNY per tonne, sorted (and FILE against REF)",
     "减排成本：每个杠杆单独移到低碳端的减排量和每吨成本，排序（以及 FILE 相对 REF）")
/* ---- `peakpath COMMAND --help` (cli/cli_run.c, cli/cmd_*.c) ---- */
I18N(S_HELP_RUN,
     "Loads FILE, calibrates it to its historical figures, runs it year by year and prints the result.\n"
     "  --format F, -f F   table (default, with a summary), csv (one column per variable) or json\n"
     "  -o OUT, --output   write to OUT atomically instead of stdout ('-' = stdout)\n"
     "  --force            let -o replace an existing OUT\n"
     "  --bom              start CSV with a UTF-8 byte order mark (for Excel)\n"
     "  --headers H        CSV header row: names (default: stable column names for scripts), en\n"
     "                     (English labels and units) or zh (Chinese labels, values in Chinese\n"
     "                     planning units: 万吨标准煤, 亿千瓦时, 万千瓦, 亿元, 万吨CO2)\n"
     "  --summary          only the summary (peak and plateau, peak by 2030, neutrality, cumulative\n"
     "                     CO2, shares), in the chosen format (csv: item,value,unit rows)\n",
     "读取 FILE，按历史数据校准，逐年运行并输出结果。\n"
     "  --format F, -f F   table（默认，含摘要）、csv（每个变量一列）或 json\n"
     "  -o OUT, --output   以原子方式写入 OUT，而非标准输出（'-' 为标准输出）\n"
     "  --force            允许 -o 替换已有的 OUT\n"
     "  --bom              CSV 以 UTF-8 字节顺序标记开头（供 Excel 使用）\n"
     "  --headers H        CSV 表头：names（默认，供脚本使用的固定列名）、en（英文名称与单位）\n"
     "                     或 zh（中文名称，数值换算为规划常用单位：万吨标准煤、亿千瓦时、\n"
     "                     万千瓦、亿元、万吨CO2）\n"
     "  --summary          只输出摘要（峰值与平台期、2030年前是否达峰、碳中和、累计排放、\n"
     "                     能源占比），格式同上（csv：指标、数值、单位各一列）\n")
I18N(S_HELP_CHECK,
     "Loads and validates each FILE, calibrates and runs it; prints \"FILE: ok\", or the first\n"
     "error. Exit code: the worst of the files.\n"
     "  --verbose, -v        also the years and the calibration residuals of each file\n"
     "  --observed DATA.csv  also the report card: each published figure of the file's region in\n"
     "                       DATA.csv (indicator,unit,year,value,source,notes), the model's value,\n"
     "                       the difference and the calibration unknown that moves it most\n",
     "逐个读取并校验 FILE，校准并运行；输出“文件：通过”或第一个错误。\n"
     "退出码：各文件中最严重者。\n"
     "  --verbose, -v        同时输出各文件的年份和校准残差\n"
     "  --observed DATA.csv  同时输出对照表：DATA.csv 中该地区的每项公开数据\n"
     "                      （indicator,unit,year,value,source,notes）、模型值、差值，\n"
     "                       以及影响最大的校准未知参数\n")
I18N(S_HELP_KEYS,
     "Lists every key a scenario file may hold: kind (scalar, path of year:value points,\n"
     "flag, text), unit, allowed (hard) range, default ('required' = no default), lever group and,\n"
     "for levers, the plausible range at the lever year and the greener direction.\n"
     "  --zh               add the Chinese label (table)\n"
     "  --format F, -f F   table (default), csv or json (json: also labels, doc, step, source);\n"
     "  -o OUT, --force    as for `run`\n",
     "列出情景文件可以包含的全部键：类型（标量、年份:数值点组成的路径、开关、文本）、单位、\n"
     "允许（硬性）范围、默认值（“必填”即无默认值）、杠杆分组；杠杆还列出杠杆年份的合理范围\n"
     "和更低碳的方向。\n"
     "  --zh               附中文名称（表格）\n"
     "  --format F, -f F   table（默认）、csv 或 json（json 还含名称、说明、步长、来源）；\n"
     "  -o OUT, --force    同 `run`\n")
I18N(S_HELP_SEEK,
     "Finds the value of one lever, closest to the scenario's own on its greener side, that meets a\n"
     "target, and prints it with the run summary at that value and the number of engine runs it took.\n"
     "The search goes only in the lever's greener direction and, by default, only as far as the end\n"
     "of its plausible range (`peakpath keys` lists both); it never answers with a browner value.\n"
     "  --lever KEY        the lever as section.key, e.g. power.solar_gw (`peakpath keys` lists them)\n"
     "  --target EXPR      peak_year<=2028, neutral_year<=2055, coal_share_2030<=35,\n"
     "                     nonfossil_share_2030>=25, co2_2030<=150, cum_co2<=4000 (gross CO2),\n"
     "                     net_co2_2060<=0, cum_net_co2<=3000 (after CCUS and sinks); also <, >;\n"
     "                     or in Chinese: 碳达峰年份<=2030, 2030年煤炭占比<=40, 2030年CO2排放<=150\n"
     "  --full-range       search on to the end of the lever's hard (validation) range, still greener\n"
     "  --levers A,B,C     instead of --lever: the smallest package of moves of these levers (up to 8),\n"
     "                     each greener and inside its plausible range, meeting every --target (up to\n"
     "                     4, all must hold); the size of a package is the length of its moves measured\n"
     "                     in plausible spans (move / (plausible high - low)). Nelder-Mead (GSL) over\n"
     "                     the package's direction, bisection along it (docs/analysis.md)\n"
     "  --minimise change  what the package minimises: change (the default: the smallest move) or\n"
     "  --minimise cost    cost: among the packages meeting every target, the one of the lowest system\n"
     "                     cost discounted to 2021 (a lever that saves money may move further than the\n"
     "                     target needs); with --lever, that lever's cheapest value. Prints the cost and\n"
     "                     the CNY per tonne against the scenario as given, as `peakpath mac` defines it\n"
     "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n"
     "When no value in the searched range meets the target, it says so, shows the best value there\n"
     "and, by default, the value beyond the plausible range that would meet it, if the hard range\n"
     "holds one (exit code 0; JSON \"met\": false, \"outside_value\").\n",
     "在杠杆更低碳的一侧寻找最接近情景原值、能达到目标的取值，并输出该取值下的运行摘要\n"
     "和所用的模型运行次数。只沿杠杆更低碳的方向搜索，默认只到合理范围的端点\n"
     "（`peakpath keys` 列出两者）；从不给出更高碳的取值。\n"
     "  --lever KEY        杠杆，写作 section.key，如 power.solar_gw（`peakpath keys` 列出全部）\n"
     "  --target EXPR      peak_year<=2028、neutral_year<=2055、coal_share_2030<=35、\n"
     "                     nonfossil_share_2030>=25、co2_2030<=150、cum_co2<=4000（总排放）、\n"
     "                     net_co2_2060<=0、cum_net_co2<=3000（扣除CCUS和碳汇后）；也可用 <、>；\n"
     "                     也可写中文：碳达峰年份<=2030、2030年煤炭占比<=40、2030年CO2排放<=150\n"
     "  --full-range       继续搜索到杠杆硬性（校验）范围的端点，仍只向更低碳方向\n"
     "  --levers A,B,C     代替 --lever：这些杠杆（最多8个）的最小调整组合，每个都更低碳且在合理\n"
     "                     范围内，同时满足所有 --target（最多4个）；组合大小为各调整量以合理\n"
     "                     范围宽度计的长度（调整量 / (合理上限 - 下限)）。方向用 Nelder-Mead（GSL）\n"
     "                     搜索，沿方向二分（见 docs/analysis.md）\n"
     "  --minimise change  组合最小化的对象：change（默认：调整量最小）或\n"
     "  --minimise cost    cost：在满足全部目标的组合中，取折现到2021年的系统成本现值最低者（能省钱\n"
     "                     的杠杆可能调得比目标所需更多）；配合 --lever 时为该杠杆成本最低的取值。\n"
     "                     同时给出相对情景原值的成本差和每吨减排成本，口径与 `peakpath mac` 相同\n"
     "  --format F, -f F   table（默认）、csv 或 json；-o OUT、--force 同 `run`\n"
     "搜索范围内没有取值能达到目标时，会说明这一点，给出范围内最好的取值；默认还给出合理范围\n"
     "之外、硬性范围之内能达到目标的取值（如有）（退出码 0；JSON 中 \"met\": false、\"outside_value\"）。\n")
I18N(S_HELP_MC,
     "Runs the scenario N times with every key that has an uncertainty range (`key.range = lo, hi`:\n"
     "offsets in the key's unit; `key.dist` uniform (default), triangular or normal; `key.corr` for two\n"
     "keys that move together) moved by a random offset, and prints P(peak by 2030), P(net zero by\n"
     "2060), the distribution of the peak year, what drives the spread (standardized regression\n"
     "coefficients) and the 5/50/95 % bands of gross CO2 by year. Same seed, same result, any --jobs.\n"
     "  --draws N          number of draws (default 1000)\n"
     "  --seed S           seed of the random stream (default 1)\n"
     "  --jobs J           threads (default: one per core)\n"
     "  --shard I/K        only the I-th of K equal parts of the seed's draw sequence (JSON: with its raw\n"
     "                     draws, for `peakpath mc-merge`)\n"
     "  --drivers          print only the drivers table (with --format csv|json too)\n"
     "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n"
     "  --bom, --headers H CSV: byte order mark; header row names (default), en or zh (Mt -> 万吨)\n"
     "A progress bar is drawn on stderr when it is a terminal.\n",
     "对情景运行 N 次，每次把所有带不确定性区间的键（`key.range = lo, hi`：以该键单位计的偏移；\n"
     "`key.dist` 为 uniform（默认）、triangular 或 normal；`key.corr` 指定同向变动的两个键）随机\n"
     "偏移，输出 2030年前达峰概率、2060年前净零概率、达峰年份分布、不确定性来源（标准化回归\n"
     "系数）以及逐年总排放的 5/50/95% 区间。种子相同则结果相同，与 --jobs 无关。\n"
     "  --draws N          抽样次数（默认 1000）\n"
     "  --seed S           随机数种子（默认 1）\n"
     "  --jobs J           线程数（默认每核一个）\n"
     "  --shard I/K        只运行该种子抽样序列 K 等分中的第 I 份（JSON 含原始抽样，\n"
     "                     供 `peakpath mc-merge` 合并）\n"
     "  --drivers          只输出不确定性来源表（也可配合 --format csv|json）\n"
     "  --format F, -f F   table（默认）、csv 或 json；-o OUT、--force 同 `run`\n"
     "  --bom, --headers H CSV：字节顺序标记；表头 names（默认）、en 或 zh（Mt 换算为万吨）\n"
     "标准错误输出为终端时显示进度条。\n")
I18N(S_HELP_MC_MERGE,
     "Merges the JSON outputs of `peakpath mc FILE --shard I/K --format json` (all K of them, any\n"
     "order) into the result of the unsplit run: `mc --draws N --seed S` and the merge of its K\n"
     "shards print the same JSON byte for byte.\n"
     "  --drivers          print only the drivers table\n"
     "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n",
     "把 `peakpath mc FILE --shard I/K --format json` 的 JSON 结果（全部 K 份，顺序不限）合并为\n"
     "不分片运行的结果：`mc --draws N --seed S` 与其 K 个分片合并后的 JSON 逐字节相同。\n"
     "  --drivers          只输出不确定性来源表\n"
     "  --format F, -f F   table（默认）、csv 或 json；-o OUT、--force 同 `run`\n")
I18N(S_HELP_DECOMPOSE,
     "Splits the change in gross CO2 between two years of a scenario (--from, --to), or between two\n"
     "scenarios in one year (A.ini B.ini --year Y: why does B emit more or less than A?), into\n"
     "additive LMDI-I effects that add up exactly to the change: activity (GDP), structure (sector\n"
     "value-added shares), intensity (sector final energy per unit of activity), conversion (primary\n"
     "per unit of final energy: power and heat supply, imports), fuel mix (coal, oil, gas shares of\n"
     "primary energy), emission factors, plus the change in process CO2. See docs/analysis.md.\n"
     "  --from Y --to Y    the two years (one FILE)\n"
     "  --year Y           the year (two FILEs)\n"
     "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n",
     "把一个情景两个年份之间（--from、--to）或两个情景同一年份之间（A.ini B.ini --year Y：\n"
     "B 为什么比 A 排放多或少？）的二氧化碳总排放变化，分解为加总恰好等于变化量的 LMDI-I\n"
     "因素：经济规模（GDP）、产业结构（各部门增加值占比）、能耗强度（各部门单位产出终端能耗）、\n"
     "能源转换（单位终端能源的一次能源：电力与热力供应、外调电）、能源结构（煤、油、气占一次\n"
     "能源比重）、排放因子，以及工业过程排放的变化。见 docs/analysis.md。\n"
     "  --from Y --to Y    两个年份（一个 FILE）\n"
     "  --year Y           年份（两个 FILE）\n"
     "  --format F, -f F   table（默认）、csv 或 json；-o OUT、--force 同 `run`\n")
I18N(S_HELP_COMPARE,
     "Runs each scenario and prints their summaries side by side (peak year and level, net-zero\n"
     "year, cumulative CO2, coal and non-fossil shares), then the year-by-year values and their\n"
     "differences against the first scenario (table: gross CO2; CSV and JSON also net CO2, energy\n"
     "use, coal and non-fossil shares).\n"
     "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n"
     "  --bom, --headers H CSV: byte order mark; header row names (default), en or zh (Chinese\n"
     "                     indicator names and units, values in Chinese planning units)\n",
     "运行各情景，并列输出其摘要（达峰年份与峰值、净零年份、累计排放、煤炭与非化石能源占比），\n"
     "再输出逐年数值及其与第一个情景的差值（表格：总排放；CSV 和 JSON 还含净排放、能源消费、\n"
     "煤炭与非化石能源占比）。\n"
     "  --format F, -f F   table（默认）、csv 或 json；-o OUT、--force 同 `run`\n"
     "  --bom, --headers H CSV：字节顺序标记；表头 names（默认）、en 或 zh（中文指标名和单位，\n"
     "                     数值换算为规划常用单位）\n")
I18N(S_HELP_SENSITIVITY,
     "Runs the scenario with each lever, one at a time, at the low and at the high end of its\n"
     "plausible range (`peakpath keys` lists the ranges) and prints the change of the peak year,\n"
     "the peak CO2, CO2 in 2030, cumulative CO2 2021-end year, the coal share in 2030 and cumulative\n"
     "net CO2 (what sinks move) against the scenario as given. '*' marks the greener end: moving a\n"
     "lever there should lower cumulative CO2.\n"
     "A value the scenario refuses (e.g. solar above its potential) is shown with the reason.\n"
     "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n",
     "逐个把每个杠杆设为其合理范围的低端和高端（`peakpath keys` 列出范围）运行情景，输出相对\n"
     "原情景的达峰年份、峰值排放、2030年排放、2021年至末年累计排放、2030年煤炭占比和累计净排放\n"
     "（碳汇的影响）的变化。“*”标出更低碳的一端：杠杆移向该端应降低累计排放。\n"
     "情景拒绝的取值（如光伏超过可开发潜力）会注明原因。\n"
     "  --format F, -f F   table（默认）、csv 或 json；-o OUT、--force 同 `run`\n")
I18N(S_HELP_EXPORT,
     "Writes a chart of FILE as SVG (1280x720, for slides) or a one-page Markdown summary.\n"
     "  --chart C          emissions (CO2 path, peak, 2030 and zero lines, challenge goals), mix\n"
     "                     (energy mix), capacity (power capacity), structure (economy), investment\n"
     "                     (by technology, stacked) or pollutants (SO2, NOx, PM2.5)\n"
     "  --summary          Markdown summary: peak, neutrality, cumulative CO2, shares, costs and\n"
     "                     pollutants in 2020/2025/2030/2060, the challenge's goals met or not\n"
     "  --bands            with --chart emissions: the Monte Carlo 5-95 % band of the scenario's\n"
     "                     uncertainty ranges (1000 draws, seed 1, as `peakpath mc`), P(peak by 2030),\n"
     "                     P(net zero by 2060) and the peak-year histogram\n"
     "  -o OUT, --output   write to OUT atomically instead of stdout ('-' = stdout)\n"
     "  --force            let -o replace an existing OUT\n"
     "With a folder DIR instead of FILE: --summary summarises every *.ini in it (the workshop room)\n"
     "and --chart emissions overlays their CO2 paths; their files may inherit only from DIR, the\n"
     "shipped scenarios and --challenges CDIR (the folder of the challenge files).\n",
     "把 FILE 的图表导出为 SVG（1280x720，供幻灯片使用），或导出一页 Markdown 摘要。\n"
     "  --chart C          emissions（排放路径、峰值、2030年线与零线、挑战目标）、mix（能源结构）、\n"
     "                     capacity（电力装机）、structure（产业结构）、investment（分技术投资，\n"
     "                     堆叠）或 pollutants（二氧化硫、氮氧化物、PM2.5）\n"
     "  --summary          Markdown 摘要：达峰、碳中和、累计排放、2020/2025/2030/2060年占比、\n"
     "                     成本与污染物、挑战目标是否达成\n"
     "  --bands            配合 --chart emissions：情景不确定性区间的蒙特卡洛 5–95% 区间（1000次\n"
     "                     抽样、种子1，同 `peakpath mc`）、2030年前达峰概率、2060年前净零概率\n"
     "                     和达峰年份直方图\n"
     "  -o OUT, --output   以原子方式写入 OUT，而非标准输出（'-' 为标准输出）\n"
     "  --force            允许 -o 替换已有的 OUT\n"
     "以文件夹 DIR 代替 FILE：--summary 汇总其中每个 *.ini（研讨室），--chart emissions 叠加它们的\n"
     "排放路径；这些文件只能继承 DIR、随附情景和 --challenges CDIR（挑战文件所在文件夹）中的文件。\n")
I18N(S_HELP_NEW,
     "Writes a new province scenario FILE from the commented template (every figure to collect,\n"
     "its unit and where Chinese statistics publish it); never overwrites an existing file.\n"
     "  --region NAME        the province (required)\n"
     "  --observed DATA.csv  published figures (indicator,unit,year,value,source,notes; rows\n"
     "                       prefixed \"region.\" count only for NAME) written into their keys\n"
     "  --years FIRST:LAST   first and last historical year (default: those of the figures, or\n"
     "                       the template's 2015:2020)\n"
     "Then: peakpath check FILE --observed DATA.csv prints the report card.\n",
     "由带注释的模板生成新的省份情景文件 FILE（列出需收集的每项数据、单位及其在中国统计资料中的\n"
     "出处）；从不覆盖已有文件。\n"
     "  --region NAME        省份名称（必填）\n"
     "  --observed DATA.csv  公开数据（indicator,unit,year,value,source,notes；以“地区.”开头的行\n"
     "                       只用于 NAME），写入对应的键\n"
     "  --years FIRST:LAST   首个和最后一个历史年份（默认：数据中的年份，或模板的 2015:2020）\n"
     "然后：peakpath check FILE --observed DATA.csv 输出对照表。\n")
I18N(S_HELP_ROOM,
     "Watches DIR, where participants save their scenarios (*.ini), and shows one row per file:\n"
     "peak year, cumulative CO2, one column per goal of the challenge (value and met), goals met,\n"
     "system cost. Rows refresh as files change; a broken or half-written file shows its error in its\n"
     "row (Enter: the whole reason). Keys: 1-9 sort, Enter details (charts, levers moved), Space mark,\n"
     "o overlay of everyone's CO2 paths (paged), e export peakpath-room-summary.md and\n"
     "peakpath-room-co2.svg (everyone, or the marked ones), q quit. With a workshop file\n"
     "DIR/workshop.ini (docs/workshop.md): t starts/pauses the round, N moves to the next round, v\n"
     "reveals the worked solution (from --answers).\n"
     "  --interval MS      how often the folder is read, in milliseconds (default 1000)\n"
     "  --challenges CDIR  the folder of the challenge files participants inherit; files in DIR may\n"
     "                     inherit only files directly in DIR, CDIR and the shipped scenarios folder\n"
     "  --answers FILE     the facilitator's answers (worked solutions, notes); keep it outside DIR\n"
     "  --html FILE        keep a self-contained projector page up to date in FILE\n"
     "  --summary          print a Markdown summary of the room instead (with -o OUT, --force)\n"
     "The room shows at most 4096 files and says how many more there are.\n",
     "监视学员保存情景（*.ini）的文件夹 DIR，每个文件显示一行：达峰年份、累计排放、挑战的每个\n"
     "目标一列（数值及是否达成）、达成目标数、系统成本。文件变化时刷新；有误或未写完的文件在其行内\n"
     "显示错误（Enter 查看完整原因）。按键：1-9 排序，Enter 详情（图表、调整的杠杆），空格 标记，\n"
     "o 叠加全体学员的排放路径（分页），e 导出 peakpath-room-summary.md 和 peakpath-room-co2.svg\n"
     "（全体或已标记的学员），q 退出。有研讨会文件 DIR/workshop.ini 时（见 docs/workshop.zh.md）：\n"
     "t 开始/暂停本轮，N 进入下一轮，v 揭晓参考答案（来自 --answers）。\n"
     "  --interval MS      读取文件夹的间隔，毫秒（默认 1000）\n"
     "  --challenges CDIR  学员继承的挑战文件所在文件夹；DIR 中的文件只能继承 DIR、CDIR\n"
     "                     和随附情景文件夹中的文件\n"
     "  --answers FILE     主持人的答案文件（参考答案、说明）；不要放在 DIR 中\n"
     "  --html FILE        持续更新 FILE 中的投影页面（单个自包含的 HTML 文件）\n"
     "  --summary          改为输出研讨室的 Markdown 摘要（可配合 -o OUT、--force）\n"
     "研讨室最多显示 4096 个文件，并注明还有多少个。\n")
/* ---- join (cli/cmd_join.c, issue 14) ---- */
I18N(S_HELP_JOIN,
     "Joins the workshop room DIR as participant NAME: opens the room's current challenge (from\n"
     "DIR/workshop.ini and the round the facilitator's room is in) in the interactive view; `s`\n"
     "saves your scenario to DIR/NAME.ini (round 2 and later: DIR/NAME@2.ini ...), inheriting the\n"
     "challenge by a path relative to DIR and named \"NAME: challenge\". The challenge file is never\n"
     "written. A name already taken is refused. With a workshop file the key bar shows the round\n"
     "and its time left, and the next round's challenge opens when the facilitator moves on; a save\n"
     "after the round closed goes to DIR/late/.\n"
     "  --name NAME        your name: 1 to 32 bytes, no spaces, '/', '@' or '.' (Chinese is fine)\n"
     "  --challenge FILE   the challenge when DIR has no workshop file\n"
     "  --resume           reopen DIR/NAME.ini when it is your own file (after closing the view)\n"
     "  --lang zh|en       language (default: the workshop file's, else the locale)\n",
     "以学员 NAME 的身份加入研讨室 DIR：在交互界面中打开研讨室当前的挑战（根据 DIR/workshop.ini\n"
     "和主持人研讨室所在的轮次）；按 s 把情景保存为 DIR/NAME.ini（第2轮起为 DIR/NAME@2.ini……），\n"
     "以相对于 DIR 的路径继承挑战，名称为“NAME: 挑战名”。挑战文件从不被改写。已被使用的名字会被\n"
     "拒绝。有研讨会文件时，按键栏显示轮次和剩余时间；主持人进入下一轮时自动打开下一轮的挑战；\n"
     "本轮结束后的保存放在 DIR/late/ 中。\n"
     "  --name NAME        您的名字：1 到 32 字节，不含空格、/、@ 或 .（可用中文）\n"
     "  --challenge FILE   DIR 中没有研讨会文件时指定挑战\n"
     "  --resume           重新打开您自己的 DIR/NAME.ini（关闭界面之后）\n"
     "  --lang zh|en       语言（默认：研讨会文件中的语言，否则按系统区域设置）\n")
I18N(S_USG_MISSING_NAME, "missing --name NAME", "缺少 --name NAME")
I18N(S_USG_JOIN_DIR, "missing the room folder DIR", "缺少研讨室文件夹 DIR")
I18N(S_USG_ROOM_LIVE, "--answers and --html go with the live room, not --summary", "--answers 和 --html 用于实时研讨室，不能与 --summary 同用")
/* ---- keys (cli/cmd_keys.c) ---- */
I18N(S_KEYS_H_KEY, "section.key", "键（section.key）")
I18N(S_KEYS_H_KIND, "kind", "类型")
I18N(S_KEYS_H_UNIT, "unit", "单位")
I18N(S_KEYS_H_RANGE, "range", "允许范围")
I18N(S_KEYS_H_DEFAULT, "default", "默认值")
I18N(S_KEYS_H_LEVER, "lever", "杠杆")
I18N(S_KEYS_H_PLAUSIBLE, "plausible", "合理范围")
I18N(S_KEYS_H_LABEL, "label", "名称")
I18N(S_KEYS_SCALAR, "scalar", "标量")
I18N(S_KEYS_PATH, "path", "路径")
I18N(S_KEYS_FLAG, "flag", "开关")
I18N(S_KEYS_TEXT, "text", "文本")
I18N(S_KEYS_REQUIRED, "required", "必填")
I18N(S_KEYS_STEP, "step", "步长")
I18N(S_KEYS_HIGHER, "higher greener", "越高越低碳")
I18N(S_KEYS_LOWER, "lower greener", "越低越低碳")
/* ---- seek (cli/cmd_seek.c, cli/cmd_seek_multi.c); a target shows as "2030年煤炭占比<=40" in Chinese ---- */
I18N(S_SEEK_TITLE, "Goal seek on %s (%s, %s) for %s\n", "目标寻优：%s（%s，%s），目标 %s\n")
I18N(S_SEEK_START, "scenario value", "情景原值")
I18N(S_SEEK_GREENER, "greener", "低碳方向")
I18N(S_SEEK_GREENER_TEXT, "%s; plausible range %g .. %g %s in %d (hard range %g .. %g)\n",
     "%s；合理范围 %g .. %g %s（%d年），硬性范围 %g .. %g\n")
I18N(S_SEEK_HIGHER, "higher", "越高越低碳")
I18N(S_SEEK_LOWER, "lower", "越低越低碳")
I18N(S_SEEK_SEARCHED, "searched", "搜索范围")
I18N(S_SEEK_SEARCHED_NOTHING, "nothing: the scenario's value is already at the %s end of the %s range\n",
     "无：情景原值已处于%s端（%s范围）\n")
I18N(S_SEEK_UPPER, "upper", "上")
I18N(S_SEEK_LOWER_END, "lower", "下")
I18N(S_SEEK_HARD, "hard", "硬性")
I18N(S_SEEK_PLAUSIBLE, "plausible", "合理")
I18N(S_SEEK_SEARCHED_TEXT, "%g .. %g %s (%s range, greener side only)\n", "%g .. %g %s（%s范围，仅低碳一侧）\n")
I18N(S_SEEK_NOT_MET, "  NOT MET: no value of %s from %g to %g %s meets %s.\n",
     "  未达成：%s 在 %g 到 %g %s 之间的取值都不满足 %s。\n")
I18N(S_SEEK_OUTSIDE, "  It needs %g %s, OUTSIDE the plausible range (%g .. %g); --full-range accepts it.\n",
     "  需要 %g %s，超出合理范围（%g .. %g）；加 --full-range 可接受。\n")
I18N(S_SEEK_NONE_HARD, "  No value up to the end of the hard range (%g %s) meets it either.\n",
     "  直到硬性范围的端点（%g %s）也没有满足目标的取值。\n")
I18N(S_SEEK_REFUSED, "  Beyond %g the scenario refuses the lever: %s\n", "  超过 %g 后情景拒绝该杠杆取值：%s\n")
I18N(S_SEEK_ANSWER, "answer", "结果")
I18N(S_SEEK_CHANGE, "   (change %+.6g %s)\n", "   （变化 %+.6g %s）\n")
I18N(S_SEEK_BEST, "best in range", "范围内最佳")
I18N(S_SEEK_FOOT, "  tolerance %g %s, %d engine runs\n\nSummary at %g %s:\n", "  容差 %g %s，模型运行 %d 次\n\n取值为 %g %s 时的摘要：\n")
I18N(S_SEEKM_TITLE, "Multi-lever goal seek on %s: %d levers, greener only, inside their plausible ranges\n",
     "多杠杆目标寻优：%s，%d 个杠杆，只向低碳方向，均在合理范围内\n")
I18N(S_SEEKM_TARGET, "  target %s scenario %s -> %s\n", "  目标 %s 情景原值 %s -> %s\n")
I18N(S_SEEKM_H_LEVER, "lever", "杠杆")
I18N(S_SEEKM_H_SCENARIO, "scenario", "情景原值")
I18N(S_SEEKM_H_ANSWER, "answer", "结果")
I18N(S_SEEKM_H_CHANGE, "change", "变化")
I18N(S_SEEKM_H_PLAUSIBLE, "plausible", "合理范围")
I18N(S_SEEKM_H_UNIT, "unit", "单位")
I18N(S_SEEKM_NO_ROOM, "  (no greener room: stays)", "（已无低碳调整余地：不变）")
I18N(S_SEEKM_MET, "  MET with a change of %.4f (length of the moves in plausible spans)\n",
     "  已达成，调整量 %.4f（以合理范围宽度计的调整长度）\n")
I18N(S_SEEKM_NOT_MET, "  NOT MET: even every lever at the greener end of its plausible range misses a target\n"
     "  (shown: that corner). Add levers, or seek one lever with --full-range.\n",
     "  未达成：即使每个杠杆都取合理范围的低碳端，仍有目标未满足（显示的是该端点组合）。\n"
     "  可增加杠杆，或对单个杠杆用 --full-range 寻优。\n")
I18N(S_SEEKM_FOOT, "  %d engine runs, %d directions tried\n\nSummary at the answer:\n",
     "  模型运行 %d 次，尝试 %d 个方向\n\n结果处的摘要：\n")
I18N(S_SEEKM_OBJ_COST, "  minimising the discounted system cost (to 2021) among the packages that meet every target\n",
     "  在满足全部目标的组合中，使系统成本现值（折现到2021年）最低\n")
I18N(S_SEEKM_MET_COST, "  MET at the lowest discounted system cost found (change %.4f in plausible spans)\n",
     "  已达成，所找到的系统成本现值最低（调整量 %.4f，以合理范围宽度计）\n")
I18N(S_SEEKM_COST, "  system cost discounted to 2021: %s as given -> %s (%s%s)\n",
     "  系统成本现值（折现到2021年）：情景原值 %s -> %s（%s%s）\n")
I18N(S_SEEKM_ABATE, "  abatement cost against the scenario as given: %s (as `peakpath mac`: discounted cost over net CO2 avoided)\n",
     "  相对情景原值的减排成本：%s（与 `peakpath mac` 相同：成本差现值除以累计净 CO2 减排量）\n")
I18N(S_SEEKM_ABATE_NONE, "  abatement cost against the scenario as given: - (the package avoids no net CO2)\n",
     "  相对情景原值的减排成本：-（该组合没有减少净 CO2 排放）\n")
/* ---- usage errors of the commands (cli/cmd_*.c) ---- */
I18N(S_USG_LEVER_FORM, "lever '%s': write it as section.key, e.g. power.solar_gw", "杠杆 '%s'：请写作 section.key，如 power.solar_gw")
I18N(S_USG_LEVER_NEAR, "unknown lever '%s'; did you mean %s?", "未知杠杆 '%s'；是否指 %s？")
I18N(S_USG_LEVER_UNKNOWN, "unknown lever '%s' (`peakpath keys` lists them)", "未知杠杆 '%s'（`peakpath keys` 列出全部杠杆）")
I18N(S_USG_AT_MOST_FILES, "at most %d scenario files", "最多 %d 个情景文件")
I18N(S_USG_TWO_FILES, "give at least two scenario files to compare", "请给出至少两个情景文件进行比较")
I18N(S_USG_NEEDS_YEAR, "%s needs a year%s%s", "%s 需要一个年份%s%s")
I18N(S_USG_FROM_TO, "with one FILE give --from YEAR and --to YEAR", "一个 FILE 时请给出 --from 年份 和 --to 年份")
I18N(S_USG_YEAR, "with two FILEs give --year YEAR (the year both are compared in)", "两个 FILE 时请给出 --year 年份（两者比较的年份）")
I18N(S_USG_TWO_MAX, "at most two scenario FILEs", "最多两个情景文件")
I18N(S_USG_CHART_MISSING, "--chart needs emissions, mix, capacity, structure, investment or pollutants", "--chart 需要 emissions、mix、capacity、structure、investment 或 pollutants")
I18N(S_USG_CHART_BAD, "--chart '%s': expected emissions, mix, capacity, structure, investment or pollutants", "--chart '%s'：应为 emissions、mix、capacity、structure、investment 或 pollutants")
I18N(S_USG_CHALLENGES, "--challenges needs a folder", "--challenges 需要一个文件夹")
I18N(S_USG_ONE_TARGET, "one FILE or DIR only (got '%s' and '%s')", "只能给一个 FILE 或 DIR（收到 '%s' 和 '%s'）")
I18N(S_USG_MISSING_TARGET, "missing scenario FILE (or folder DIR)", "缺少情景文件 FILE（或文件夹 DIR）")
I18N(S_USG_CHART_OR_SUMMARY, "give either --chart C or --summary", "请给出 --chart C 或 --summary 之一")
I18N(S_USG_BANDS, "--bands goes with --chart emissions", "--bands 需配合 --chart emissions")
I18N(S_USG_EXPORT_FORMAT, "--format and --bom belong to `run`; export writes SVG or Markdown", "--format 和 --bom 属于 `run`；export 输出 SVG 或 Markdown")
I18N(S_USG_SHARD, "--shard needs I/K with 1 <= I <= K (e.g. 2/4)%s%s", "--shard 需要 I/K，1 <= I <= K（如 2/4）%s%s")
I18N(S_USG_WHOLE, "%s needs a whole number %ld..%ld%s%s", "%s 需要 %ld..%ld 之间的整数%s%s")
I18N(S_USG_SHARDS, "give the shards' JSON files", "请给出各分片的 JSON 文件")
I18N(S_USG_YEARS, "--years \"%s\": expected FIRST:LAST, e.g. 2015:2020", "--years \"%s\"：应为 FIRST:LAST，如 2015:2020")
I18N(S_USG_ONE_FILE, "one FILE only", "只能给一个 FILE")
I18N(S_USG_MISSING_FILE, "missing FILE", "缺少 FILE")
I18N(S_USG_REGION, "missing --region NAME", "缺少 --region NAME")
I18N(S_USG_INTERVAL, "--interval '%s': expected 100..600000 ms", "--interval '%s'：应为 100..600000 毫秒")
I18N(S_USG_ONE_DIR, "one folder DIR only (got '%s' and '%s')", "只能给一个文件夹 DIR（收到 '%s' 和 '%s'）")
I18N(S_USG_MISSING_DIR, "missing folder DIR", "缺少文件夹 DIR")
I18N(S_USG_ROOM_SUMMARY, "-o, --force, --format and --bom go with --summary", "-o、--force、--format 和 --bom 需配合 --summary")
I18N(S_USG_ROOM_MD, "--summary writes Markdown; --format and --bom do not apply to it", "--summary 输出 Markdown；--format 和 --bom 不适用")
I18N(S_USG_MINIMISE, "--minimise takes change or cost (got '%s')", "--minimise 只接受 change 或 cost（收到 '%s'）")
I18N(S_USG_TARGETS, "at most %d --target", "最多 %d 个 --target")
I18N(S_USG_LEVER_OR_LEVERS, "--lever and --levers: give one of them", "--lever 和 --levers 只能给一个")
I18N(S_USG_MISSING_LEVER, "missing --lever KEY (e.g. --lever power.solar_gw)", "缺少 --lever KEY（如 --lever power.solar_gw）")
I18N(S_USG_MISSING_TARGET_EXPR, "missing --target EXPR (e.g. --target 'peak_year<=2028')", "缺少 --target EXPR（如 --target '达峰年份<=2028' 或 'peak_year<=2028'）")
I18N(S_USG_ONE_TARGET_LEVER, "one --target with --lever (several with --levers)", "--lever 只能配一个 --target（多个目标请用 --levers）")
I18N(S_USG_FULL_RANGE, "--full-range is for one --lever; --levers stays inside the plausible ranges", "--full-range 只用于单个 --lever；--levers 始终在合理范围内")
I18N(S_USG_LEVERS_MAX, "--levers takes at most %d levers", "--levers 最多 %d 个杠杆")
I18N(S_USG_LEVERS_MIN, "--levers needs at least one KEY", "--levers 至少需要一个 KEY")
I18N(S_USG_OOM, "out of memory", "内存不足")
/* ---- mc, mc-merge (cli/mc_write.c) ---- */
I18N(S_MC_TITLE, "Monte Carlo: %s\n  %d draws (%d ran), seed %lu, %d thread%s, %d uncertain key%s%s\n",
     "蒙特卡洛模拟：%s\n  抽样 %d 次（有效 %d 次），种子 %lu，线程 %d 个%.0s，不确定参数 %d 个%.0s%s\n")
I18N(S_MC_RECAL, ", calibrated per draw", "，每次抽样重新校准")
I18N(S_MC_SHARD, "  shard %d of %d: draws %d..%d of %d\n", "  分片 %d/%d：第 %d..%d 次抽样（共 %d 次）\n")
I18N(S_MC_PROBS, "  P(peak by 2030)     %5.1f %%  2030年前达峰概率\n  P(net zero by 2060) %5.1f %%  2060年前净零概率\n",
     "  2030年前达峰概率 %5.1f %%\n  2060年前净零概率 %5.1f %%\n")
I18N(S_MC_PEAK_DIST, "\nPeak year (share of draws)  峰值年份分布\n", "\n达峰年份分布（占抽样比例）\n")
I18N(S_MC_NO_PEAK, "  none %6.1f %%  (still rising in %d)\n", "  未达峰 %6.1f %%（%d年仍在上升）\n")
I18N(S_MC_DRIVERS, "\nWhat drives the spread (standardized regression coefficients)  不确定性来源\n",
     "\n不确定性来源（标准化回归系数）\n")
I18N(S_MC_TOO_FEW, "  (too few draws to fit)\n", "  （抽样太少，无法拟合）\n")
I18N(S_MC_H_KEY, "key", "键")
I18N(S_MC_H_SRC_CUM, "SRC cum", "累计SRC")
I18N(S_MC_H_SHARE, "share", "贡献")
I18N(S_MC_H_SRC_PEAK, "SRC peak", "达峰SRC")
I18N(S_MC_H_LABEL, "label", "名称")
I18N(S_MC_R2, "  R^2 of the linear fit: cumulative CO2 %.3f, peak year %.3f\n", "  线性拟合 R^2：累计排放 %.3f，达峰年份 %.3f\n")
I18N(S_MC_BANDS, "\nGross CO2, %s\n  year  deterministic       p5      p50      p95\n",
     "\n总排放，%s\n  年份        确定性       p5      p50      p95\n")
/* mc CSV headers for --headers en|zh (names: the stable column names) */
I18N(S_MC_C_KEY, "Key", "键")
I18N(S_MC_C_SRC_CUM, "SRC on cumulative CO2", "对累计排放的标准化回归系数")
I18N(S_MC_C_SHARE, "Share of the spread of cumulative CO2", "占累计排放离散度的比例")
I18N(S_MC_C_SRC_PEAK, "SRC on the peak year", "对达峰年份的标准化回归系数")
I18N(S_MC_C_R2_CUM, "R2 of the fit, cumulative CO2", "累计排放拟合R2")
I18N(S_MC_C_R2_PEAK, "R2 of the fit, peak year", "达峰年份拟合R2")
I18N(S_MC_C_DET, "Gross CO2, deterministic", "总排放（确定性）")
I18N(S_MC_C_P5, "Gross CO2, 5th percentile", "总排放（5%分位）")
I18N(S_MC_C_P50, "Gross CO2, median", "总排放（中位数）")
I18N(S_MC_C_P95, "Gross CO2, 95th percentile", "总排放（95%分位）")
I18N(S_MC_C_PEAK_SHARE, "Share of draws peaking this year", "本年达峰的抽样比例")
I18N(S_MC_C_PEAK_DRAWS, "Draws peaking this year", "本年达峰的抽样次数")
I18N(S_MC_C_NO_PEAK, "Share of draws with no peak", "未达峰的抽样比例")
I18N(S_MC_C_P_PEAK, "P(peak by 2030)", "2030年前达峰概率")
I18N(S_MC_C_P_NEUTRAL, "P(net zero by 2060)", "2060年前净零概率")
I18N(S_MC_C_OK, "Draws that ran", "有效抽样次数")
/* ---- compare (cli/analysis.c) ---- */
I18N(S_CMP_YEARS_HEAD, "\nGross CO2 (%s) by year; differences against [1]\n", "\n逐年总排放（%s）；与[1]的差值\n")
I18N(S_CMP_HIST, "(* historical year)\n", "（* 历史年份）\n")
I18N(S_CMP_CSV_HEAD, "Indicator,Unit,Year", "指标,单位,年份")
/* ---- decompose (cli/cmd_decompose.c); the effects' Chinese names are the TUI's S_DC_* ---- */
I18N(S_DEC_TITLE, "Change in gross CO2, additive LMDI-I decomposition\n", "二氧化碳总排放变化，加法 LMDI-I 分解\n")
I18N(S_DEC_FROM, "  from  %d  %-40s %10.*f %s\n", "  起始  %d  %-40s %10.*f %s\n")
I18N(S_DEC_TO, "  to    %d  %-40s %10.*f %s\n\n", "  终止  %d  %-40s %10.*f %s\n\n")
I18N(S_DEC_TOTAL, "total change", "合计变化")
I18N(S_DEC_SHARE, "  %+7.1f %% of the change", "  占变化 %+7.1f %%")
I18N(S_DEC_RESIDUAL, "residual", "残差")
I18N(S_DEC_RESIDUAL_TEXT, " %12.2g %s (the effects add up to the total)\n", " %12.2g %s（各因素之和等于合计变化）\n")
/* ---- new, export (cli/cmd_new.c, cli/cmd_export.c) ---- */
I18N(S_NEW_DONE, "%s: new scenario for %s", "%s：%s 的新情景")
I18N(S_NEW_OBSERVED, ", %d observed figure%s from %s", "，已填入 %d 项公开数据%s（来自 %s）")
I18N(S_NEW_NEXT, "\nnext: replace its placeholder assumptions, then peakpath check %s%s%s\n",
     "\n下一步：替换其中的占位假设，然后运行 peakpath check %s%s%s\n")
I18N(S_EXP_OOM, "peakpath %s: out of memory\n", "peakpath %s：内存不足\n")
I18N(S_EXP_NONE_RUNS, "peakpath %s: no scenario in %s runs: nothing to chart\n", "peakpath %s：%s 中没有可运行的情景，无法作图\n")
I18N(S_EXP_FOLDER_CHART, "peakpath %s: a folder has only --chart emissions (the CO2 paths overlaid)\n",
     "peakpath %s：文件夹只能用 --chart emissions（叠加排放路径）\n")
I18N(S_USG_GOT, ", got ", "，收到 ")
I18N(S_USG_MINIMISE_COST, "--minimise cost stays inside the plausible ranges; --full-range is for the smallest move of one --lever",
     "--minimise cost 始终在合理范围内；--full-range 只用于单个 --lever 的最小调整")
/* ---- mac (cli/cmd_mac.c, the "mac" work of issue 12): its --help ---- */
I18N(S_HELP_MAC,
     "Moves each lever of the scenario alone from its value to the greener end of its plausible range\n"
     "(`peakpath keys` lists the ranges) and prints the cumulative net CO2 it avoids 2021-end year and its\n"
     "abatement cost: the system cost difference (annualised capital + O&M + fuel + CCUS, in the\n"
     "scenario's price_base_year prices) discounted to 2021, over the tonnes avoided (not discounted),\n"
     "in CNY per tonne of CO2, cheapest first. Levers that avoid no CO2, are already at their greener\n"
     "end or whose greener end the scenario refuses are listed apart. The bars do not add up to what\n"
     "all levers together avoid: levers interact.\n"
     "  --reference REF    also the abatement cost of FILE as a whole against scenario REF\n"
     "  --format F, -f F   table (default), csv or json;  -o OUT, --force as for `run`\n",
     "把情景的每个杠杆单独从原值移到其合理范围的低碳端（`peakpath keys` 列出范围），输出\n"
     "2021年至末年避免的累计净排放及其减排成本：系统成本差（年化投资 + 运维 + 燃料 + CCUS，\n"
     "按情景 price_base_year 价格）折现到2021年，除以避免的吨数（不折现），单位为元/吨CO2，\n"
     "从低到高排序。不减排、已处于低碳端或低碳端被情景拒绝的杠杆单独列出。各条之和不等于\n"
     "全部杠杆一起的减排量：杠杆之间相互影响。\n"
     "  --reference REF    同时给出 FILE 整体相对情景 REF 的减排成本\n"
     "  --format F, -f F   table（默认）、csv 或 json；-o OUT、--force 同 `run`\n")
/* ---- the report card of check --observed (cli/report_card.c): its own block ---- */
#include "i18n_card_list.h"
