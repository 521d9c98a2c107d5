/* report/error_list.h - the catalogue of engine messages: ERR_TEXT(id, English, Chinese) for every
 * id of sim/pp_msg_list.h, in the same order. {1}..{9} are the message's arguments (PP_S, PP_I,
 * PP_N, PP_G: as given; PP_ERRNO: the system error named in the reader's language); {0} is the
 * inner message of a wrapping one (pp_error_wrap). Included by report/error_text.c with ERR_TEXT
 * defined; tests/test_error_text.c checks that both templates of every id use exactly the
 * placeholders 1..n_args. Chinese: full-width punctuation, “…” around quoted input, the way a
 * planner writes it. */

/* ---- general ---- */
ERR_TEXT(NOMEM, "out of memory", "内存不足")
ERR_TEXT(NULL_ARGUMENT, "{1}: NULL argument (a program error)", "{1}：参数为空（程序错误）")
ERR_TEXT(ERRNO, "{1}", "{1}") /* a system error alone, e.g. "No such file or directory" */

/* ---- scenario text: paths and the INI scanner (sim/scenario/scenario_parse.c) ---- */
ERR_TEXT(PATH_YEAR_NOT_WHOLE, "year \"{1}\" in point \"{2}\" is not a whole year",
         "数据点“{2}”中的年份“{1}”不是整数年份")
ERR_TEXT(PATH_YEAR_OUTSIDE, "year {1} in point \"{2}\" is outside {3}..{4}",
         "数据点“{2}”中的年份 {1} 超出 {3}—{4} 年的范围")
ERR_TEXT(PATH_NO_VALUE, "missing value after the year in \"{1}\"", "“{1}”中年份之后缺少数值")
ERR_TEXT(NOT_FINITE, "\"{1}\" is not a finite number", "“{1}”不是有限的数值")
ERR_TEXT(NOT_A_NUMBER, "\"{1}\" is not a number", "“{1}”不是数字")
ERR_TEXT(NOT_FINITE_IN, "\"{1}\" in \"{2}\" is not a finite number", "“{2}”中的“{1}”不是有限的数值")
ERR_TEXT(NOT_A_NUMBER_IN, "\"{1}\" in \"{2}\" is not a number", "“{2}”中的“{1}”不是数字")
ERR_TEXT(POINT_NO_YEAR, "point \"{1}\" has no year: write year:value (a bare number is allowed only alone, as a constant)",
         "数据点“{1}”缺少年份：请写成“年份:数值”（只有单独一个数、表示常数时才可省略年份）")
ERR_TEXT(YEAR_TWICE, "year {1} is given twice", "年份 {1} 出现了两次")
ERR_TEXT(YEARS_OUT_OF_ORDER, "years out of order: {1} comes after {2} (years must increase)",
         "年份顺序有误：{1} 排在 {2} 之后（年份须逐个增大）")
ERR_TEXT(TOO_MANY_POINTS, "too many points ({1}) in \"{2}\": at most {3}", "“{2}”中的数据点过多（{1} 个），最多 {3} 个")
ERR_TEXT(EMPTY_VALUE, "empty value: expected a number or year:value points", "值为空：应为一个数字或若干“年份:数值”数据点")
ERR_TEXT(EMPTY_POINT, "empty point (doubled or trailing comma) in \"{1}\"", "“{1}”中有空数据点（逗号重复，或末尾多了逗号）")
ERR_TEXT(NOT_UTF8, "this line is not valid UTF-8 text (save the file as UTF-8)", "此行不是有效的 UTF-8 文本（请把文件另存为 UTF-8 编码）")
ERR_TEXT(LONE_CR, "a carriage return not followed by a line feed (use LF or CRLF line ends)",
         "回车符后没有换行符（行尾请用 LF 或 CRLF）")
ERR_TEXT(CONTROL_BYTE, "control byte {1}: this is not a text scenario file", "控制字节 {1}：这不是文本格式的情景文件")
ERR_TEXT(SECTION_UNCLOSED, "section header \"{1}\" has no closing ']'", "节标题“{1}”缺少右方括号“]”")
ERR_TEXT(SECTION_TRAILING, "unexpected text \"{1}\" after a [section] header", "[节] 标题后面有多余的文字“{1}”")
ERR_TEXT(SECTION_EMPTY, "empty section name []", "节名为空：[]")
ERR_TEXT(SECTION_TOO_LONG, "section name \"{1}\" is too long", "节名“{1}”过长")
ERR_TEXT(QUOTE_UNCLOSED, "unterminated quoted value", "带引号的值缺少结束引号")
ERR_TEXT(QUOTE_TRAILING, "unexpected text after the closing quote", "结束引号后面有多余的文字")
ERR_TEXT(NOT_A_KEY_LINE, "expected `key = value`, a [section] header or a comment, found \"{1}\"",
         "此处应为“键 = 值”、[节] 标题或注释，实际是“{1}”")
ERR_TEXT(KEY_NAME_MISSING, "missing key name before '='", "“=”前缺少键名")
ERR_TEXT(KEY_NAME_TOO_LONG, "key name \"{1}\" is too long", "键名“{1}”过长")
ERR_TEXT(KEY_BEFORE_SECTION, "key \"{1}\" comes before any [section] header", "键“{1}”出现在所有 [节] 标题之前")
ERR_TEXT(FILE_EMPTY, "the file is empty: a scenario needs at least [scenario] name and region, or an inherit",
         "文件是空的：情景文件至少要有 [scenario] 节的 name 和 region，或者一行 inherit")
ERR_TEXT(FILE_NO_KEYS, "the file holds no `key = value` lines (only blanks, comments or section headers)",
         "文件里没有“键 = 值”行（只有空行、注释或节标题）")

/* ---- loading a scenario against the schema (sim/scenario/scenario_load.c, scenario_open.c) ---- */
ERR_TEXT(UNKNOWN_SECTION_NEAR, "unknown section [{1}]; did you mean [{2}]?", "未知的节 [{1}]；是不是 [{2}]？")
ERR_TEXT(UNKNOWN_SECTION, "unknown section [{1}]; the sections are: {2}", "未知的节 [{1}]；可用的节有：{2}")
ERR_TEXT(UNKNOWN_KEY_NEAR, "unknown key \"{1}\"; did you mean {2}.{3}?", "未知的键“{1}”；是不是 {2}.{3}？")
ERR_TEXT(UNKNOWN_KEY, "unknown key \"{1}\" in [{2}] (docs/scenario-format.md lists every key)",
         "[{2}] 节中没有键“{1}”（全部键见 docs/scenario-format.md）")
ERR_TEXT(NO_RANGE_TEXT, "only a number or a path can have an uncertainty range, {1} is text",
         "只有数值或路径才能设不确定性范围，而 {1} 是文本")
ERR_TEXT(NO_RANGE_FLAG, "only a number or a path can have an uncertainty range, {1} is a 0/1 flag",
         "只有数值或路径才能设不确定性范围，而 {1} 是 0/1 开关")
ERR_TEXT(NO_RANGE_NUMBER, "only a number or a path can have an uncertainty range, {1} is one number",
         "只有数值或路径才能设不确定性范围，而 {1} 只是一个数")
ERR_TEXT(NO_INTERP_TEXT, "only a path of year:value points can have an interpolation, {1} is text",
         "只有由“年份:数值”点组成的路径才能设插值方式，而 {1} 是文本")
ERR_TEXT(NO_INTERP_FLAG, "only a path of year:value points can have an interpolation, {1} is a 0/1 flag",
         "只有由“年份:数值”点组成的路径才能设插值方式，而 {1} 是 0/1 开关")
ERR_TEXT(NO_INTERP_NUMBER, "only a path of year:value points can have an interpolation, {1} is one number",
         "只有由“年份:数值”点组成的路径才能设插值方式，而 {1} 只是一个数")
ERR_TEXT(SCURVE_NO_INTERP, "{1} follows an S-curve under {2}, so it takes no .interp (expected no {3} line)",
         "{1} 按 S 曲线逼近上限 {2}，不能设插值方式（不应有 {3} 这一行）")
ERR_TEXT(DUPLICATE_KEY, "duplicate key: {1} is set on line {2} and again on line {3} (keep one)",
         "键重复：{1} 已在第 {2} 行设置，第 {3} 行又设置了一次（请只保留一处）")
ERR_TEXT(RANGE_NOT_PAIR, "range \"{1}\" is not two finite numbers `lo, hi` (offsets in {2})",
         "范围“{1}”不是两个有限数值“下限, 上限”（偏移量，单位 {2}）")
ERR_TEXT(RANGE_NOT_AROUND_ZERO, "range \"{1}\" must have lo <= 0 <= hi (offsets added to the value, in {2})",
         "范围“{1}”须满足 下限 <= 0 <= 上限（加在取值上的偏移量，单位 {2}）")
ERR_TEXT(ONE_NUMBER_NOT_POINTS, "\"{1}\": this key takes one number ({2}), not year:value points",
         "“{1}”：此键只取一个数（{2}），不能写成“年份:数值”数据点")
ERR_TEXT(INTERP_UNKNOWN, "interpolation \"{1}\" is not known: expected steffen (the default, smooth and monotone) or linear",
         "未知的插值方式“{1}”：应为 steffen（默认，平滑且单调）或 linear（线性）")
ERR_TEXT(PARENT_PATH_TOO_LONG, "parent path \"{1}\" is too long", "上级情景文件的路径“{1}”过长")
ERR_TEXT(INHERITED_BY, "inherited by {1}", "由 {1} 继承")
ERR_TEXT(CHALLENGE_INHERITED, "this file inherits the challenge in {1} and cannot set its own [challenge] section",
         "此文件已继承 {1} 中的挑战，不能再设自己的 [challenge] 节")
ERR_TEXT(CANNOT_READ_SCENARIO, "cannot read scenario: {0}", "无法读取情景文件：{0}")
ERR_TEXT(CANNOT_READ_PARENT, "cannot read scenario \"{1}\": {0} (inherit chain: {2})",
         "无法读取情景文件“{1}”：{0}（继承链：{2}）")
ERR_TEXT(INHERIT_LOOP, "inherit loop: {1}", "继承关系首尾相接，形成循环：{1}")
ERR_TEXT(INHERIT_TOO_DEEP, "inherit chain more than {1} levels deep: {2}", "继承链超过 {1} 层：{2}")
ERR_TEXT(FILE_NAME_TOO_LONG, "file name is too long (at most {1} bytes)", "文件名过长（最多 {1} 字节）")
ERR_TEXT(NOT_REGULAR_FILE, "not a regular file", "不是普通文件")
ERR_TEXT(REFUSED_HARD_LINKS, "refused: the file has other hard links (a shared folder reads only files saved there)",
         "已拒绝：该文件还有其他硬链接（共享文件夹只读取直接保存在其中的文件）")
ERR_TEXT(FILE_TOO_LARGE, "file is too large ({1} bytes): a scenario is at most {2}", "文件过大（{1} 字节）：情景文件最多 {2} 字节")
ERR_TEXT(REFUSED_OUTSIDE_ROOM, "refused: a parent outside the room's folder and the challenge folder is never read",
         "已拒绝：研讨室文件夹和挑战文件夹以外的上级情景文件一律不读")
ERR_TEXT(REFUSED_SYMLINK, "refused: a symbolic link is never followed here", "已拒绝：此处不跟随符号链接")
ERR_TEXT(READ_ERROR, "read error", "读取出错")

/* ---- defaults and checks (sim/scenario/scenario_fill.c, scenario_check.c) ---- */
ERR_TEXT(MISSING_KEY_UNIT, "missing required key {1} ({2}): {3}", "缺少必填键 {1}（单位 {2}）：{3}")
ERR_TEXT(MORE_KEYS_MISSING, "and {1} more required keys are missing", "另有 {1} 个必填键缺失")
ERR_TEXT(MISSING_KEY, "missing required key {1}: {2}", "缺少必填键 {1}：{2}")
ERR_TEXT(HISTORY_MERGE_TOO_MANY, "the parent's {1} historical points and this file's {2} points make more than {3}",
         "上级情景的 {1} 个历史数据点加上本文件的 {2} 个数据点，超过了 {3} 个")
ERR_TEXT(POINTS_COUNT, "a value needs 1 to {1} points, not {2}", "取值须有 1 至 {1} 个数据点，现有 {2} 个")
ERR_TEXT(ONE_NUMBER_EXPECTED, "expects one number, not year:value points", "应为一个数，不能写成“年份:数值”数据点")
ERR_TEXT(YEAR_OUTSIDE, "year {1} is outside {2}..{3}", "年份 {1} 超出 {2}—{3} 年的范围")
ERR_TEXT(YEARS_MUST_INCREASE, "years must increase: {1} after {2}", "年份须逐个增大：{1} 排在了 {2} 之后")
ERR_TEXT(VALUE_NOT_FLAG, "value {1} is not a flag: expected 0 or 1", "取值 {1} 不是开关值：应为 0 或 1")
ERR_TEXT(VALUE_RANGE_IN, "value {1} in \"{2}\" is out of range: expected {3}", "“{2}”中的取值 {1} 超出范围：应在 {3} 之间")
ERR_TEXT(VALUE_RANGE_YEAR, "value {1} (year {2}) is out of range: expected {3}", "取值 {1}（{2} 年）超出范围：应在 {3} 之间")
ERR_TEXT(VALUE_RANGE, "value {1} is out of range: expected {2}", "取值 {1} 超出范围：应在 {2} 之间")
ERR_TEXT(NOT_WHOLE_YEAR, "{1} is not a whole year", "{1} 不是整数年份")
ERR_TEXT(HIST_END_BEFORE_FIRST, "hist_end_year {1} is before first_year {2}: need first_year <= hist_end_year < end_year",
         "历史末年 hist_end_year（{1}）早于起始年 first_year（{2}）：须满足 first_year <= hist_end_year < end_year")
ERR_TEXT(END_NOT_AFTER_HIST, "end_year {1} is not after hist_end_year {2}: need first_year <= hist_end_year < end_year",
         "结束年 end_year（{1}）不晚于历史末年 hist_end_year（{2}）：须满足 first_year <= hist_end_year < end_year")
ERR_TEXT(PRICE_BASE_OUTSIDE, "price_base_year {1} is outside the simulated years {2}..{3}",
         "价格基准年 price_base_year（{1}）不在模拟年份 {2}—{3} 之内")
ERR_TEXT(TOO_MANY_YEARS, "{1}..{2} is {3} years: at most {4} can be simulated", "{1}—{2} 年共 {3} 年：最多只能模拟 {4} 年")
ERR_TEXT(SHARES_OVER_100_TERTIARY, "in {1} {2} = {3} = {4} %, over 100 (the tertiary sector takes the rest, so the sum must be at most 100)",
         "{1} 年 {2} = {3} = {4} %，超过 100（其余部分归第三产业，所以合计不能超过 100）")
ERR_TEXT(SHARES_OVER_100_OTHER_INDUSTRY, "in {1} {2} = {3} = {4} %, over 100 (other industry and construction takes the rest, so the sum must be at most 100)",
         "{1} 年 {2} = {3} = {4} %，超过 100（其余部分归其他工业和建筑业，所以合计不能超过 100）")
ERR_TEXT(SHARES_OVER_100_COAL, "in {1} {2} = {3} = {4} %, over 100 (coal takes the rest, so the sum must be at most 100)",
         "{1} 年 {2} = {3} = {4} %，超过 100（其余部分为煤炭，所以合计不能超过 100）")
ERR_TEXT(SCURVE_ABOVE_CEILING_YEAR, "{1} = {2} GW in {3} is not below {4} = {5} GW: the S-curve needs every target under its ceiling",
         "{3} 年 {1} = {2} GW，未低于上限 {4} = {5} GW：S 曲线要求每个目标值都低于上限")
ERR_TEXT(SCURVE_ABOVE_CEILING, "{1} = {2} GW is not below {3} = {4} GW: the S-curve needs every target under its ceiling",
         "{1} = {2} GW，未低于上限 {3} = {4} GW：S 曲线要求每个目标值都低于上限")
ERR_TEXT(GDP_BOTH_GIVEN, "give gdp_base_bn or gdp_nominal_bn, not both: each sets the GDP level",
         "gdp_base_bn 和 gdp_nominal_bn 只能给一个：两者都设定 GDP 总量")
ERR_TEXT(GDP_BASE_TOO_SMALL, "gdp_base_bn {1} is below 10 bn CNY", "gdp_base_bn 为 {1}（十亿元），低于 10（即 100 亿元）")
ERR_TEXT(GDP_MISSING, "missing required key economy.gdp_base_bn (bn CNY), or economy.gdp_nominal_bn (YEAR:bn CNY)",
         "缺少必填键 economy.gdp_base_bn（基年 GDP，十亿元），或 economy.gdp_nominal_bn（年份:名义 GDP，十亿元）")
ERR_TEXT(GDP_NOMINAL_SHAPE, "gdp_nominal_bn takes one point YEAR:VALUE, a simulated year and at least 10 bn CNY (e.g. 2015:1280)",
         "gdp_nominal_bn 只取一个“年份:数值”点：年份在模拟期内，数值不低于 10（十亿元），例如 2015:1280")
ERR_TEXT(POPULATION_NOT_POSITIVE, "population must be above 0", "人口必须大于 0")

/* ---- editing a scenario and moving levers (sim/scenario/scenario_edit.c) ---- */
ERR_TEXT(AFTER_CHANGING, "after changing {1}", "修改 {1} 之后")
ERR_TEXT(NO_NUMERIC_KEY, "{1}: no such numeric key (id {2})", "{1}：没有编号为 {2} 的数值键（程序错误）")
ERR_TEXT(NO_PATH_KEY_OR_METHOD, "not a path key (id {1}) or no such interpolation method",
         "编号 {1} 不是路径键，或没有这种插值方式（程序错误）")
ERR_TEXT(SCURVE_INTERP_FIXED, "{1} follows an S-curve under {2}: its interpolation cannot change",
         "{1} 按 S 曲线逼近上限 {2}：不能更改其插值方式")
ERR_TEXT(LEVER_YEAR_IN_HISTORY, "lever year {1} is not after the last historical year {2}, so the lever cannot move",
         "杠杆年份 {1} 不晚于最后一个历史年份 {2}，因此该杠杆不能调整")
ERR_TEXT(LEVER_PATH_FULL, "the path already has {1} points: no room to move the lever",
         "路径已有 {1} 个数据点，无法再调整该杠杆")
ERR_TEXT(NOT_A_LEVER_ID, "key id {1} is not a lever", "编号为 {1} 的键不是政策杠杆")
ERR_TEXT(LEVER_VALUE_RANGE, "lever value {1} is out of range: expected {2}", "杠杆取值 {1} 超出范围：应在 {2} 之间")
ERR_TEXT(LEVER_MOVES_LATER_POINTS, "moving the lever to {1} moves the later points too", "把杠杆调到 {1} 会连带移动后面的数据点")

/* ---- uncertainty ranges, distributions, correlations (sim/scenario/scenario_dist.c) ---- */
ERR_TEXT(DIST_UNKNOWN, "distribution \"{1}\" is not one of `uniform`, `triangular, MODE` or `normal, MEAN, SD` (offsets in {2})",
         "分布“{1}”不是 `uniform`、`triangular, 众数` 或 `normal, 均值, 标准差` 之一（偏移量，单位 {2}）")
ERR_TEXT(DIST_NOT_NUMBER, "distribution \"{1}\": \"{2}\" is not a number (offsets in {3})",
         "分布“{1}”：“{2}”不是数字（偏移量，单位 {3}）")
ERR_TEXT(DIST_SD_NOT_POSITIVE, "distribution \"{1}\": the standard deviation must be above 0 ({2})",
         "分布“{1}”：标准差必须大于 0（{2}）")
ERR_TEXT(CORR_SHAPE, "correlation \"{1}\" is not `section.key, RHO` (e.g. `economy.gdp_growth_pct, 0.5`)",
         "相关性“{1}”的格式应为 `节.键, 相关系数`（例如 `economy.gdp_growth_pct, 0.5`）")
ERR_TEXT(CORR_NOT_NUMERIC_KEY, "correlation \"{1}\": \"{2}\" is not a numeric key (section.key)",
         "相关性“{1}”：“{2}”不是数值键（节.键）")
ERR_TEXT(CORR_SELF, "correlation \"{1}\": a key cannot correlate with itself", "相关性“{1}”：键不能与自身相关")
ERR_TEXT(CORR_RHO_RANGE, "correlation \"{1}\": RHO must be between -1 and 1 (exclusive)",
         "相关性“{1}”：相关系数须在 -1 与 1 之间（不含两端）")
ERR_TEXT(DIST_NO_RANGE, "{1} has a distribution or correlation but no range: add `{1}.range = lo, hi`",
         "{1} 设了分布或相关性，却没有范围：请添加 `{1}.range = 下限, 上限`")
ERR_TEXT(DIST_MEAN_OUTSIDE, "the mean of {1}'s distribution ({2}) is outside its range {3}, {4}",
         "{1} 的分布均值（{2}）超出其范围 {3}, {4}")
ERR_TEXT(DIST_MODE_OUTSIDE, "the mode of {1}'s distribution ({2}) is outside its range {3}, {4}",
         "{1} 的分布众数（{2}）超出其范围 {3}, {4}")
ERR_TEXT(CORR_OTHER_NO_RANGE, "{1} correlates with {2}.{3}, which has no range (add `{3}.range = lo, hi` under [{2}])",
         "{1} 与 {2}.{3} 相关，但后者没有范围（请在 [{2}] 节下添加 `{3}.range = 下限, 上限`）")
ERR_TEXT(INTERP_FAILED, "cannot interpolate the path: {1}", "无法对路径插值：{1}")

/* ---- workshop challenges (sim/scenario/challenge_section.c) ---- */
ERR_TEXT(BRIEF_TOO_LONG, "the brief is {1} bytes long: at most {2}", "简介长 {1} 字节，最多 {2} 字节")
ERR_TEXT(TOO_MANY_GOALS, "too many goals: at most {1}", "目标过多：最多 {1} 个")
ERR_TEXT(GOAL_YEAR_OUTSIDE, "goal year {1} is outside {2}..{3}", "目标年份 {1} 超出 {2}—{3} 年的范围")
ERR_TEXT(LOCK_UNKNOWN_KEY, "lock: unknown key \"{1}\" (expected section.key of a numeric key, e.g. power.import_twh)",
         "lock：未知的键“{1}”（应为数值键的“节.键”，例如 power.import_twh）")
ERR_TEXT(LOCK_TEXT_KEY, "lock: unknown key \"{1}\" ({1} is text, not a number) (expected section.key of a numeric key, e.g. power.import_twh)",
         "lock：“{1}”是文本键，不是数值键（应为数值键的“节.键”，例如 power.import_twh）")
ERR_TEXT(LOCK_UNKNOWN_KEY_NEAR, "lock: unknown key \"{1}\"; did you mean {2}.{3}? (expected section.key of a numeric key, e.g. power.import_twh)",
         "lock：未知的键“{1}”；是不是 {2}.{3}？（应为数值键的“节.键”，例如 power.import_twh）")
ERR_TEXT(LOCK_EMPTY, "lock: expected a comma-separated list of section.key", "lock：应为以逗号分隔的“节.键”列表")
ERR_TEXT(LIMIT_UNKNOWN_KEY, "limit: unknown key \"{1}\"", "limit：未知的键“{1}”")
ERR_TEXT(LIMIT_TEXT_KEY, "limit: unknown key \"{1}\" ({1} is text, not a number)", "limit：“{1}”是文本键，不是数值键")
ERR_TEXT(LIMIT_UNKNOWN_KEY_NEAR, "limit: unknown key \"{1}\"; did you mean {2}.{3}?", "limit：未知的键“{1}”；是不是 {2}.{3}？")
ERR_TEXT(LIMIT_NOT_LEVER, "limit: {1} is not a lever (`peakpath keys` lists the levers)",
         "limit：{1} 不是政策杠杆（`peakpath keys` 列出全部杠杆）")
ERR_TEXT(LIMIT_NOT_PAIR, "limit \"{1}\" is not two numbers `lo, hi` ({2})", "限值“{1}”不是两个数“下限, 上限”（{2}）")
ERR_TEXT(LIMIT_OUTSIDE_RANGE, "limit {1}, {2} must have lo <= hi inside the key's range {3}..{4} {5}",
         "限值 {1}, {2} 须满足 下限 <= 上限，并在该键的范围 {3}..{4} {5} 之内")
ERR_TEXT(LEVERS_ONLY_FLAG, "levers_only = \"{1}\": expected 0 or 1", "levers_only = “{1}”：应为 0 或 1")
ERR_TEXT(CHALLENGE_UNKNOWN_KEY, "unknown key \"{1}\" in [challenge]; the keys are: {2} (e.g. goal.peak_year = <= 2028, lock = section.key, ..., limit.section.key = lo, hi, levers_only = 0|1)",
         "[challenge] 节中没有键“{1}”；可用的键有：{2}（例如 goal.peak_year = <= 2028、lock = 节.键, ...、limit.节.键 = 下限, 上限、levers_only = 0|1）")
ERR_TEXT(CHALLENGE_TOO_MANY_LINES, "too many lines in [challenge]: at most {1}", "[challenge] 节的行数过多：最多 {1} 行")
ERR_TEXT(VALUE_TOO_LONG, "value is too long: at most {1} bytes", "取值过长：最多 {1} 字节")
ERR_TEXT(CHALLENGE_NO_GOAL, "a [challenge] needs at least one goal, e.g. goal.peak_year = <= 2028",
         "[challenge] 节至少要有一个目标，例如 goal.peak_year = <= 2028")
ERR_TEXT(KEY_LOCKED_IN_FILE, "{1} is locked by the challenge in {2} (lock, line {3}): participants may not change it; remove it from this file",
         "{1} 已被 {2} 中的挑战锁定（lock，第 {3} 行）：参与者不能修改，请从本文件中删去这一项")
ERR_TEXT(KEY_LOCKED_BY_PARENT, "{1} is locked by the challenge in the parent (lock, line {2}): participants may not change it; remove it from this file",
         "{1} 已被上级情景中的挑战锁定（lock，第 {2} 行）：参与者不能修改，请从本文件中删去这一项")
ERR_TEXT(LEVERS_ONLY_IN_FILE, "the challenge in {1} allows changing only levers (levers_only = 1), and {2} is not a lever; remove it from this file",
         "{1} 中的挑战只允许调整政策杠杆（levers_only = 1），而 {2} 不是杠杆，请从本文件中删去这一项")
ERR_TEXT(LEVERS_ONLY_BY_PARENT, "the challenge in the parent allows changing only levers (levers_only = 1), and {1} is not a lever; remove it from this file",
         "上级情景中的挑战只允许调整政策杠杆（levers_only = 1），而 {1} 不是杠杆，请从本文件中删去这一项")
ERR_TEXT(LEVER_LOCKED_IN_FILE, "locked by the challenge in {1}: participants may not change it",
         "已被 {1} 中的挑战锁定：参与者不能修改")
ERR_TEXT(LEVER_LOCKED_BY_PARENT, "locked by the challenge in the parent: participants may not change it",
         "已被上级情景中的挑战锁定：参与者不能修改")
ERR_TEXT(LEVER_OUTSIDE_LIMIT, "lever value {1} {2} is outside the challenge's limit {3}..{4} {2} (limit.{5}.{6} in {7}, line {8})",
         "杠杆取值 {1} {2} 超出挑战的限值 {3}..{4} {2}（{7} 第 {8} 行的 limit.{5}.{6}）")
ERR_TEXT(LEVER_OUTSIDE_LIMIT_NOFILE, "lever value {1} {2} is outside the challenge's limit {3}..{4} {2} (limit.{5}.{6} in the challenge, line {7})",
         "杠杆取值 {1} {2} 超出挑战的限值 {3}..{4} {2}（挑战第 {7} 行的 limit.{5}.{6}）")

/* ---- goal-seek and challenge targets (sim/scenario/target.c) ---- */
ERR_TEXT(TARGET_FORMS, "peak_year<=2028, neutral_year<=2055, coal_share_2030<=35, nonfossil_share_2030>=25, co2_2030<=150, cum_co2<=4000, net_co2_2060<=0, cum_net_co2<=3000",
         "达峰年份<=2028、碳中和年份<=2055、2030年煤炭占比<=35、2030年非化石能源占比>=25、2030年CO2排放<=150、累计CO2排放<=4000、2060年净排放<=0、累计净排放<=3000（也可用英文名，如 peak_year<=2028）")
ERR_TEXT(TARGET_UNKNOWN_QUANTITY, "target '{1}': unknown quantity '{2}'; expected e.g. {3}",
         "目标“{1}”：未知的指标“{2}”；应写成例如 {3}")
ERR_TEXT(TARGET_NO_COMPARISON, "target '{1}': missing comparison (<=, <, >= or >); expected e.g. {2}",
         "目标“{1}”：缺少比较符（<=、<、>= 或 >）；应写成例如 {2}")
ERR_TEXT(TARGET_NOT_NUMBER, "target '{1}': '{2}' is not a number (decimal, e.g. 35 or 4.5)",
         "目标“{1}”：“{2}”不是数字（用十进制，例如 35 或 4.5）")

/* ---- calibration (sim/model/calibrate.c): names of the unknowns, what to change, failures and
 * warnings; and the run's last check (sim/model/run.c) ---- */
ERR_TEXT(CALU_LEVEL, "intensity level (x first-year intensities)", "能耗强度水平（首年强度的倍数）")
ERR_TEXT(CALU_TREND, "historical efficiency trend (%/yr)", "历史能效趋势（%/年）")
ERR_TEXT(CALU_COAL_FIRST, "industry coal/gas shift, first year (points)", "工业煤/气替代量，首年（百分点）")
ERR_TEXT(CALU_COAL_END, "industry coal/gas shift, last historical year (points)", "工业煤/气替代量，最后历史年（百分点）")
ERR_TEXT(CALU_IMPORT, "net import correction, last historical year (TWh)", "净调入电量修正，最后历史年（TWh）")
ERR_TEXT(CALU_OIL, "transport intensity factor (x first-year transport intensity)", "交通能耗强度系数（首年交通强度的倍数）")
ERR_TEXT(CALU_STEP1, "efficiency step, 1st yearly target year (%)", "能效跃变量，第 1 个逐年目标年份（%）")
ERR_TEXT(CALU_STEP2, "efficiency step, 2nd yearly target year (%)", "能效跃变量，第 2 个逐年目标年份（%）")
ERR_TEXT(CALU_STEP3, "efficiency step, 3rd yearly target year (%)", "能效跃变量，第 3 个逐年目标年份（%）")
ERR_TEXT(CALCHK_LEVEL, "check the [sector] intensity values", "请核对各 [部门] 的能耗强度 intensity")
ERR_TEXT(CALCHK_TREND, "check [sector].improve_pct over history and the GDP growth",
         "请核对历史期各 [部门].improve_pct 以及 GDP 增速")
ERR_TEXT(CALCHK_COAL_FIRST, "check heavy_industry and other_industry gas_pct", "请核对 heavy_industry 和 other_industry 的 gas_pct")
ERR_TEXT(CALCHK_COAL_END, "check heavy_industry and other_industry gas_pct over history",
         "请核对历史期 heavy_industry 和 other_industry 的 gas_pct")
ERR_TEXT(CALCHK_IMPORT, "check power.import_twh", "请核对 power.import_twh")
ERR_TEXT(CALCHK_OIL, "check transport.intensity and the sectors' oil_pct", "请核对 transport.intensity 和各部门的 oil_pct")
ERR_TEXT(CALCHK_STEP, "check that year's economy.gdp_growth_pct and the basis of the observed change (first release or revised)",
         "请核对该年的 economy.gdp_growth_pct，以及该变化率统计值的口径（初步核算数还是修订数）")
ERR_TEXT(CALIN_NONFOSSIL, "power hydro_gw, solar_gw, wind_gw, import_twh and export_<tech>_pct",
         "[power] 节的 hydro_gw、solar_gw、wind_gw、import_twh 和 export_<技术>_pct")
ERR_TEXT(CALIN_GAS, "the sectors' gas_pct and power gas_gw", "各部门的 gas_pct 和 power.gas_gw")
ERR_TEXT(CALIN_OIL, "transport.intensity and the sectors' oil_pct", "transport.intensity 和各部门的 oil_pct")
ERR_TEXT(CALFIX_LOW_LEVEL, "lower the [sector] intensity values (they give far more energy than observed) or check the observed figure",
         "请调低各 [部门] 的能耗强度 intensity（由它们算出的能耗远高于统计值），或核对统计值")
ERR_TEXT(CALFIX_LOW_TREND, "the observed intensity fall is too small for the improve_pct paths: lower [sector].improve_pct over history or check economy.gdp_growth_pct",
         "统计的强度降幅小于 improve_pct 路径给出的降幅：请调低历史期各 [部门].improve_pct，或核对 economy.gdp_growth_pct")
ERR_TEXT(CALFIX_LOW_IMPORT, "raise power.import_twh over history or drop calibration.carbon_intensity_index_end",
         "请调高历史期的 power.import_twh，或去掉 calibration.carbon_intensity_index_end")
ERR_TEXT(CALFIX_HIGH_LEVEL, "raise the [sector] intensity values (they give far less energy than observed) or check the observed figure",
         "请调高各 [部门] 的能耗强度 intensity（由它们算出的能耗远低于统计值），或核对统计值")
ERR_TEXT(CALFIX_HIGH_TREND, "the observed intensity fall is larger than the improve_pct paths give: raise [sector].improve_pct over history or check economy.gdp_growth_pct",
         "统计的强度降幅大于 improve_pct 路径给出的降幅：请调高历史期各 [部门].improve_pct，或核对 economy.gdp_growth_pct")
ERR_TEXT(CALFIX_HIGH_IMPORT, "lower power.import_twh over history or drop calibration.carbon_intensity_index_end",
         "请调低历史期的 power.import_twh，或去掉 calibration.carbon_intensity_index_end")
ERR_TEXT(CALFIX_LOW_OIL, "lower transport.intensity or the sectors' oil_pct (they give far more oil than observed), or check oil_share_end_pct",
         "请调低 transport.intensity 或各部门的 oil_pct（由它们算出的石油远多于统计值），或核对 oil_share_end_pct")
ERR_TEXT(CALFIX_HIGH_OIL, "raise transport.intensity or the sectors' oil_pct (they give far less oil than observed), or check oil_share_end_pct",
         "请调高 transport.intensity 或各部门的 oil_pct（由它们算出的石油远少于统计值），或核对 oil_share_end_pct")
ERR_TEXT(CALFIX_LOW_STEP, "the observed change is far above the paths': check economy.gdp_growth_pct that year and the figure's statistical_basis",
         "统计的变化率远高于路径给出的：请核对该年的 economy.gdp_growth_pct 以及该数字的 statistical_basis（统计口径）")
ERR_TEXT(CALFIX_HIGH_STEP, "the observed fall is far beyond the paths': check economy.gdp_growth_pct that year and the figure's statistical_basis",
         "统计的降幅远超路径给出的：请核对该年的 economy.gdp_growth_pct 以及该数字的 statistical_basis（统计口径）")
ERR_TEXT(CAL_YOY_SHAPE, "energy_intensity_change_pct takes at most {1} YEAR:% points, each a historical year after the first ({2}..{3}), e.g. {4}:-2.88",
         "energy_intensity_change_pct 最多取 {1} 个“年份:%”点，每个年份须是首年之后的历史年份（{2}—{3}），例如 {4}:-2.88")
ERR_TEXT(CAL_COAL_TWICE, "give coal_share_first_pct or coal_share_pct, not both: each solves the first-year coal/gas shift",
         "coal_share_first_pct 和 coal_share_pct 只能给一个：两者求解的都是首年的煤/气替代量")
ERR_TEXT(CAL_COAL_YEAR_SHAPE, "coal_share_pct takes one YEAR:% point, a historical year before hist_end_year ({1}..{2}; hist_end_year's is coal_share_end_pct), e.g. {3}:86.42",
         "coal_share_pct 只取一个“年份:%”点，年份须是 hist_end_year 之前的历史年份（{1}—{2}；hist_end_year 当年的请用 coal_share_end_pct），例如 {3}:86.42")
ERR_TEXT(CAL_LEVEL_TWICE, "give one of energy_mtce_end, co2_energy_mt_first, energy_mtce_first, not both {1} and {2}: each solves the same intensity level",
         "energy_mtce_end、co2_energy_mt_first、energy_mtce_first 只能给一个，不能同时给 {1} 和 {2}：它们求解的是同一个强度水平")
ERR_TEXT(CAL_NEEDS_HISTORY, "{1} = {2} needs history, but first_year equals hist_end_year",
         "{1} = {2} 需要历史年份，但 first_year 与 hist_end_year 相同")
ERR_TEXT(CAL_SHIFT_GAS_CAP, "{1} sat at {2} points, its bound: industry gas share {3} % in {4} caps the coal/gas shift: raise {5}.gas_pct or drop {6}",
         "{1} 停在 {2} 个百分点，已到边界：{4} 年工业天然气占比 {3} % 限制了煤/气替代，请调高 {5}.gas_pct 或去掉 {6}")
ERR_TEXT(CAL_SHIFT_COAL_USED, "{1} sat at {2} points, its bound: industry coal share {3} % in {4} is used up, the coal is elsewhere: lower coal in households, services or power, or drop {5}",
         "{1} 停在 {2} 个百分点，已到边界：{4} 年工业煤炭占比 {3} % 已用尽，多出的煤炭在别处：请减少居民、服务业或电力的用煤，或去掉 {5}")
ERR_TEXT(CAL_SHIFT_BEYOND_LESS_COAL, "{1} at {2} points is beyond its bound {3}..{4}: the file's fuel split gives far less coal than {5}: lower heavy_industry.gas_pct and other_industry.gas_pct",
         "{1} 为 {2} 个百分点，超出边界 {3}..{4}：文件中的燃料结构给出的煤炭远少于 {5}：请调低 heavy_industry.gas_pct 和 other_industry.gas_pct")
ERR_TEXT(CAL_SHIFT_BEYOND_MORE_COAL, "{1} at {2} points is beyond its bound {3}..{4}: the file's fuel split gives far more coal than {5}: raise heavy_industry.gas_pct and other_industry.gas_pct",
         "{1} 为 {2} 个百分点，超出边界 {3}..{4}：文件中的燃料结构给出的煤炭远多于 {5}：请调高 heavy_industry.gas_pct 和 other_industry.gas_pct")
ERR_TEXT(CAL_UNKNOWN_BEYOND, "{1} sat at {2}, beyond its bound {3}..{4}: {5}", "{1} 停在 {2}，超出边界 {3}..{4}：{5}")
ERR_TEXT(CAL_NO_BOUND, "no unknown at a bound: the observed figures contradict each other through the model; drop the missed figures one at a time",
         "没有未知量到达边界：这些统计值经模型换算后相互矛盾；请逐个去掉未达到的统计值再试")
ERR_TEXT(CAL_FAILED, "calibration failed ({1}, {2} iterations); missed: {3}; {0}",
         "校准失败（{1}，迭代 {2} 次）；未达到（统计值 -> 模型值）：{3}；{0}")
ERR_TEXT(CAL_FAILED_NO_CONVERGENCE, "calibration failed (no convergence, {1} iterations); missed: {2}; {0}",
         "校准失败（未收敛，迭代 {1} 次）；未达到（统计值 -> 模型值）：{2}；{0}")
ERR_TEXT(CAL_IMPORTS_NOT_COUNTED, "power.import_counts_in_energy = 0 leaves imports out of energy use, so the observed totals, which count them, must come from local fuel alone",
         "power.import_counts_in_energy = 0 时调入电量不计入能源消费，而统计总量是计入的，因此只能全部由本地燃料来凑")
ERR_TEXT(CAL_IMPLAUSIBLE, "calibration reproduces {1} = {2} only with an implausible {3} of {4} (plausible: {5}..{6}): the observed figures contradict the scenario's other inputs; {0}",
         "校准只有把{3}取为不合理的 {4}（合理范围 {5}..{6}）才能重现 {1} = {2}：统计值与情景的其他输入相互矛盾；{0}")
ERR_TEXT(CALW_SHIFT_GAS_USED, "the industry coal/gas shift ({1} points in {2}) is at its bound in {3}: its gas share of the non-electric energy ({4} %) is used up; raise {3}.gas_pct there",
         "工业煤/气替代量（{2} 年 {1} 个百分点）在 {3} 已到边界：非电能源中的天然气占比（{4} %）已用尽；请调高该处的 {3}.gas_pct")
ERR_TEXT(CALW_SHIFT_COAL_USED, "the industry coal/gas shift ({1} points in {2}) is at its bound in {3}: its coal share of the non-electric energy ({4} %) is used up; lower {3}.gas_pct there",
         "工业煤/气替代量（{2} 年 {1} 个百分点）在 {3} 已到边界：非电能源中的煤炭占比（{4} %）已用尽；请调低该处的 {3}.gas_pct")
ERR_TEXT(CALW_IMPLAUSIBLE, "calibrated {1} = {2}, outside its plausible range {3}..{4}: the observed {5} and the scenario's assumptions disagree; {6}",
         "校准得到的{1}为 {2}，超出合理范围 {3}..{4}：统计值 {5} 与情景假设不一致；{6}")
ERR_TEXT(CALW_IMPORT_LARGE, "calibrated net import correction {1} TWh in {2}, large against the {3} TWh of power.import_twh",
         "校准得到 {2} 年净调入电量修正 {1} TWh，相对 power.import_twh 的 {3} TWh 偏大")
ERR_TEXT(CALW_CHECKED_SHARE, "observed {1} = {2} %, the calibrated run gives {3} % in {4} ({5} points; checked, not solved): adjust {6}",
         "统计值 {1} = {2} %，校准后的模拟在 {4} 年给出 {3} %（差 {5} 个百分点；只核对、不求解）：请调整{6}")
ERR_TEXT(CALW_CEMENT_ALL, "cement's energy in {1} ({2} Mtce) is all of heavy industry's: the rest of heavy industry gets no energy; check emissions.cement_mt, industry.cement_* and heavy_industry.intensity",
         "{1} 年水泥能耗（{2} Mtce）占了重工业的全部能耗：其余重工业分不到能源；请核对 emissions.cement_mt、industry.cement_* 和 heavy_industry.intensity")
ERR_TEXT(CALW_EXPORTER, "calibrated net imports are {1} TWh in {2}: the province would be sending power out",
         "校准后 {2} 年净调入电量为 {1} TWh：即本省在向外送电")
ERR_TEXT(CALW_EXPORTER_NOT_COUNTED, "calibrated net imports are {1} TWh in {2}: the province would be sending power out (with import_counts_in_energy = 0 the carbon intensity is met by changing imports that do not count in energy use)",
         "校准后 {2} 年净调入电量为 {1} TWh：即本省在向外送电（import_counts_in_energy = 0 时，碳强度是靠改变不计入能源消费的调入电量来满足的）")
ERR_TEXT(RUN_NOT_FINITE, "the run gives a non-finite {1} in {2}: check the scenario's values",
         "模拟在 {2} 年得到非有限的 {1}：请检查情景中的取值")

/* ---- analyses: Monte Carlo, decomposition, goal seek (sim/analysis/) ---- */
ERR_TEXT(NOMEM_DRAWS, "out of memory ({1} Monte Carlo draws)", "内存不足（{1} 次蒙特卡洛抽样）")
ERR_TEXT(NOMEM_IN_DRAW, "out of memory in draw {1}", "第 {1} 次抽样时内存不足")
ERR_TEXT(MC_CORR_NOT_POSITIVE, "the uncertainty correlations (`key.corr`) cannot hold together: their matrix is not positive definite ({1}); weaken one",
         "各不确定性相关系数（`键.corr`）不能同时成立：相关矩阵不是正定的（{1}）；请减弱其中一个")
ERR_TEXT(MC_KEYS_COUNT, "Monte Carlo takes 1..{1} uncertain keys (got {2})", "蒙特卡洛分析需要 1 至 {1} 个不确定键（现有 {2} 个）")
ERR_TEXT(MC_NO_DRAW_RAN, "none of the {1} draws ran: the ranges take the scenario out of what it allows (e.g. shares over 100 %, solar past its potential)",
         "{1} 次抽样没有一次能运行：这些范围使情景超出了允许的取值（例如占比超过 100 %、光伏超过其潜力）")
ERR_TEXT(MC_TWO_CORRELATIONS, "{1}.{2} and {3}.{4} are given two correlations ({5} and {6})",
         "{1}.{2} 与 {3}.{4} 之间给了两个相关系数（{5} 和 {6}）")
ERR_TEXT(MC_TOO_MANY_POINTS, "{1}.{2}: too many points to shift", "{1}.{2}：数据点过多，无法平移")
ERR_TEXT(MC_DRAWS_COUNT, "the number of draws must be 1..{1} (got {2})", "抽样次数须为 1 至 {1}（现为 {2}）")
ERR_TEXT(MC_BAD_SHARD, "shard {1} of {2}: expected 1..k with k at most the number of draws ({3})",
         "分片 {1}/{2}：应为 1..k，且 k 不超过抽样次数（{3}）")
ERR_TEXT(MC_NO_RANGE, "the scenario gives no uncertainty range: add e.g. `gdp_growth_pct.range = -1.0, +1.0` under [economy]",
         "情景中没有任何不确定性范围：请添加，例如在 [economy] 节下写 `gdp_growth_pct.range = -1.0, +1.0`")
ERR_TEXT(MC_TOO_MANY_RANGES, "the scenario gives {1} uncertainty ranges: at most {2} can be drawn (take some away with `key.range = 0, 0`)",
         "情景给了 {1} 个不确定性范围：最多只能抽样 {2} 个（可用 `键.range = 0, 0` 去掉一些）")
ERR_TEXT(REGRESSION_FAILED, "regression failed: {1}", "回归失败：{1}")
ERR_TEXT(TOO_FEW_DRAWS, "too few draws ({1}) to fit {2} inputs", "抽样次数（{1}）太少，不足以拟合 {2} 个输入")
ERR_TEXT(LMDI_BAD_FACTOR, "LMDI factor {1} of item {2} in period {3} is {4}; expected a finite value >= 0",
         "LMDI 分解中第 {2} 项在 {3} 期的第 {1} 个因子为 {4}；应为不小于 0 的有限值")
ERR_TEXT(LMDI_ARGS, "LMDI needs 1..{1} factors and both periods' data", "LMDI 分解需要 1 至 {1} 个因子以及两个时期的数据")
ERR_TEXT(YEAR_OUTSIDE_RUN, "year {1} is outside the run ({2}-{3})", "年份 {1} 不在模拟期（{2}—{3} 年）之内")
ERR_TEXT(LMDI_NOT_POSITIVE, "year {1}: GDP, final energy and total energy must be positive for the decomposition (got {2}, {3}, {4})",
         "{1} 年：分解要求 GDP、终端能耗和能源消费总量都为正（现为 {2}、{3}、{4}）")
ERR_TEXT(LMDI_ZERO_BASE, "{1}: {2} with a zero base; the identity does not hold", "{1}：基数为零而数值为 {2}；恒等式不成立")
ERR_TEXT(LMDI_SECTOR_ENERGY, "sector final energy", "部门终端能耗")
ERR_TEXT(LMDI_FUEL_CO2, "fuel CO2", "燃料二氧化碳排放")
ERR_TEXT(SEEK_NOT_A_LEVER, "{1}.{2} is not a lever (see `peakpath keys`)", "{1}.{2} 不是政策杠杆（见 `peakpath keys`）")
ERR_TEXT(SEEK_NO_PLAUSIBLE_RANGE, "{1} has no plausible range (sim/scenario/levers_list.h)", "{1} 没有合理取值范围（sim/scenario/levers_list.h）")
ERR_TEXT(SEEK_LEVER_NO_VALUE, "lever has no value", "该杠杆没有取值")
ERR_TEXT(SEEK_ANSWER_FAILED, "the run at the answer {1} failed", "按求得的值 {1} 运行模拟失败")
ERR_TEXT(SEEK_AS_LOADED_FAILS, "the scenario as loaded does not run", "载入的情景本身无法运行")
ERR_TEXT(TARGET_YEAR_OUTSIDE_RUN, "target year {1} is outside the run ({2}-{3})", "目标年份 {1} 不在模拟期（{2}—{3} 年）之内")
ERR_TEXT(SEEKM_LEVERS_COUNT, "a multi-lever seek takes 1 to {1} levers (got {2})", "多杠杆寻优需要 1 至 {1} 个杠杆（现有 {2} 个）")
ERR_TEXT(SEEKM_TARGETS_COUNT, "a multi-lever seek takes 1 to {1} targets (got {2})", "多杠杆寻优需要 1 至 {1} 个目标（现有 {2} 个）")
ERR_TEXT(SEEKM_NOT_A_LEVER, "'{1}' is not a lever with a plausible range", "“{1}”不是有合理取值范围的政策杠杆")
ERR_TEXT(SEEKM_LEVER_TWICE, "lever '{1}' given twice", "杠杆“{1}”给了两次")
ERR_TEXT(SEEKM_AS_GIVEN_FAILS, "the scenario as given does not run: {0}", "给定的情景本身无法运行：{0}")
ERR_TEXT(MAC_YEARS_DIFFER, "the scenario runs {1}-{2} and the reference {3}-{4}: cumulative CO2 and cost only compare over the same years {5}-end year (set the same end_year)",
         "情景模拟 {1}—{2} 年，参照情景 {3}—{4} 年：累计 CO2 和成本只能在相同的年份（{5} 年至结束年）上比较（请设相同的 end_year）")
ERR_TEXT(SEEKM_MINIMISER_FAILED, "the multi-lever seek's minimiser failed", "多杠杆寻优的最小化求解失败")
ERR_TEXT(SEEKM_OBJECTIVE, "a multi-lever seek minimises the change or the cost (got objective {1})", "多杠杆寻优只能最小化调整量或成本（给定的目标函数为 {1}）")
ERR_TEXT(SEEKM_NO_COST, "the scenario as given has no discounted system cost, so no package can be the cheapest", "给定的情景没有系统成本现值，无法找出成本最低的组合")

/* ---- front ends: writing outputs, saving atomically (report/save.c), the room's folder scan
 * (report/room_scan.c), the CLI's output files (cli/) ---- */
ERR_TEXT(WRITE_OUTPUT_FAILED, "cannot write the output", "无法写出结果")
ERR_TEXT(WRITE_OUTPUT_ERRNO, "cannot write the output: {1}", "无法写出结果：{1}")
ERR_TEXT(SVG_NO_RUNS, "no runs to compare", "没有可比较的模拟结果")
ERR_TEXT(OUTPUT_IS_INPUT, "is a file this command reads; not replaced, even with --force", "是本命令要读取的文件；即使加 --force 也不会覆盖")
ERR_TEXT(SAVE_FAILED, "cannot save: {1}: {2} (the existing file, if any, is unchanged)", "无法保存：{1}：{2}（原有文件如存在，保持不变）")
ERR_TEXT(SAVE_NO_NAME, "no file name given", "没有给出文件名")
ERR_TEXT(SAVE_PATH, "path", "路径")
ERR_TEXT(SAVE_EXISTS, "already exists; not replaced", "已存在，未覆盖")
ERR_TEXT(SAVE_NO_TEMP, "cannot create a temporary file beside it", "无法在同一文件夹中创建临时文件")
ERR_TEXT(SAVE_WRITE_TEMP, "writing the temporary file failed", "写入临时文件失败")
ERR_TEXT(SAVE_RENAME, "rename of temporary file failed", "临时文件改名失败")
ERR_TEXT(SAVE_IS_LINK, "is a symbolic link: not written through it (name the file itself)", "是符号链接：不会经由它写入（请直接指定文件本身）")
ERR_TEXT(SAVE_IS_DIR, "is a folder: not replaced", "是文件夹：未覆盖")
ERR_TEXT(SAVE_IS_FIFO, "is a FIFO (named pipe): not replaced", "是命名管道（FIFO）：未覆盖")
ERR_TEXT(SAVE_IS_DEVICE, "is a device: not replaced", "是设备文件：未覆盖")
ERR_TEXT(SAVE_NOT_REGULAR, "is not a regular file: not replaced", "不是普通文件：未覆盖")
ERR_TEXT(ROOM_SYMLINK, "a symbolic link", "是符号链接")
ERR_TEXT(ROOM_TOO_LARGE, "larger than {1} KB", "大于 {1} KB")
ERR_TEXT(ROOM_FOLDER_UNREADABLE, "cannot read the folder: {1}", "无法读取文件夹：{1}")
ERR_TEXT(OBS_CANNOT_OPEN, "cannot open: {1}", "无法打开：{1}")
ERR_TEXT(OBS_HEADER, "expected the header indicator,unit,year,value,source,notes", "第一行应为表头 indicator,unit,year,value,source,notes")
ERR_TEXT(OBS_FIELDS, "expected at least indicator,unit,year,value", "至少应有 indicator,unit,year,value 四列")
ERR_TEXT(OBS_TOO_MANY_ROWS, "more than {1} rows", "超过 {1} 行")
ERR_TEXT(OBS_BAD_YEAR, "year \"{1}\": expected a year such as 2020", "年份“{1}”：应为 2020 这样的年份")
ERR_TEXT(OBS_BAD_VALUE, "value \"{1}\": expected a number", "数值“{1}”：应为数字")
ERR_TEXT(TUI_COPY_NOMEM, "out of memory copying {1}", "复制 {1} 时内存不足")
ERR_TEXT(BENCH_SETUP, "benchmark set-up failed (memory, /dev/null or iterations < 1)", "基准测试准备失败（内存、/dev/null 或迭代次数小于 1）")
ERR_TEXT(BENCH_NO_TERMINAL, "no terminal description (xterm-256color, xterm, vt100) for curses", "curses 找不到终端描述（xterm-256color、xterm、vt100）")
