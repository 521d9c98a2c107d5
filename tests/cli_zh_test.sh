#!/bin/sh
# tests/cli_zh_test.sh - the command line in Chinese (issue 13): `--lang zh` before or after the
# command, PEAKPATH_LANG and the locale as defaults; run, check, keys, seek (English and Chinese
# target names), seek --levers, mc, compare, decompose, sensitivity, export --summary, new, help,
# every --help and the report card of check --observed print Chinese with no English sentence
# (english_runs below); the Chinese planning units against hand-worked conversions; CSV --headers zh
# and --bom for run, compare and mc.
# Run by tests/run_all.sh with $PEAKPATH_BIN set; exits 0 when every check passes.
. "$(dirname "$0")/lib.sh"
lib_init cli_zh_test
require
bin=$BIN tmp=$TMP
scn=scenarios/chongqing-baseline.ini
unc=scenarios/chongqing-uncertain.ini
neu=scenarios/chongqing-neutral2060.ini
unset PEAKPATH_LANG LC_ALL LC_MESSAGES
export LANG=C.UTF-8 # English unless a test asks for Chinese

# ---- the checker: English word runs (tests/ascii_runs.sh, shared with the TUI's Chinese test) ----

. "$(dirname "$0")/ascii_runs.sh"
# Besides its allow-list: the placeholders of usage lines, the option values and command names the
# help names, the statistics' abbreviations; options (--force), CSV column lists and JSON names are
# taken out first, and a token with a digit, _ . / = (a key, a file, a target, a number) is never a word.
CLI_ALLOW="FILE FILES OUT KEY EXPR DIR CDIR NAME MS Y F H N S J I K A B C REF FIRST LAST DATA
table csv json names en zh run check keys seek mc merge compare decompose sensitivity export room
new help mac summary chart emissions mix capacity structure investment pollutants change cost
SRC GSL Nelder Mead R NaN jq SO2 NOx"
# The shipped scenarios' names (their files' text, not ours) are taken out of a line first.
sed -n 's/^name *= *//p' scenarios/*.ini | sort -u > "$tmp/names"

# english_runs FILE: prints (and counts in $runs) the English word runs in FILE.
english_runs() {
    awk -v names="$tmp/names" '
        BEGIN { while ((getline l < names) > 0) if (l != "") name[++nn] = l }
        { for (i = 1; i <= nn; i++) while ((p = index($0, name[i])) > 0)
              $0 = substr($0, 1, p - 1) "#" substr($0, p + length(name[i]))
          gsub(/--?[A-Za-z][A-Za-z0-9=-]*/, "#")          # options: --force, -o
          gsub(/[A-Za-z_]+(,[A-Za-z_]+)+/, "#")            # CSV column lists: indicator,unit,year
          gsub(/"[A-Za-z_]+"/, "#")                        # JSON names: "met"
          print }' "$1" > "$tmp/checked"
    ASCII_ALLOW="$CLI_ALLOW" ascii_runs "$tmp/checked" > "$tmp/runs"
    runs=$(wc -l < "$tmp/runs")
    [ "$runs" -eq 0 ] || sed -n 1,5p "$tmp/runs"
}

# chinese WHAT FILE: FILE holds Chinese text and no English sentence.
chinese() {
    if ! LC_ALL=C grep -q "$(printf '[\344-\351][\200-\277][\200-\277]')" "$2"; then
        bad "$1: no Chinese in the output"
        return
    fi
    english_runs "$2"
    [ "$runs" -eq 0 ] && ok "$1: Chinese, no English sentence" || bad "$1: $runs line(s) with an English sentence"
}

# The checker itself: an English sentence is found, a Chinese line with names and units is not.
printf 'the value comes first in 2030\n' > "$tmp/c1"
printf '碳达峰：2024年，1.90亿吨CO2，power.solar_gw 12 GW，scenarios/chongqing-baseline.ini\n' > "$tmp/c2"
english_runs "$tmp/c1" > /dev/null; [ "$runs" -eq 1 ] && ok "checker finds an English sentence" || bad "checker misses 'the value comes first'"
english_runs "$tmp/c2"; [ "$runs" -eq 0 ] && ok "checker passes Chinese with units, keys and files" || bad "checker flags a Chinese line"

# ---- --lang anywhere, PEAKPATH_LANG, the locale ----

expect 0 "peakpath --lang zh run FILE" "$bin" --lang zh run "$scn"
cp "$tmp/out" "$tmp/zh_run"
chinese "run (--lang before the command)" "$tmp/zh_run"
grep -q "摘要" "$tmp/zh_run" && grep -q "碳达峰" "$tmp/zh_run" && grep -q "校准" "$tmp/zh_run" \
    && ok "run: summary and calibration headings in Chinese" || bad "run: Chinese headings missing"
expect 0 "peakpath run FILE --lang zh" "$bin" run "$scn" --lang zh
cmp -s "$tmp/out" "$tmp/zh_run" && ok "--lang after the command: the same output" || bad "--lang zh after run differs"
expect 0 "peakpath run FILE --lang=zh" "$bin" run --lang=zh "$scn"
cmp -s "$tmp/out" "$tmp/zh_run" && ok "--lang=zh form" || bad "--lang=zh differs"
expect 0 "PEAKPATH_LANG=zh run" env PEAKPATH_LANG=zh "$bin" run "$scn"
cmp -s "$tmp/out" "$tmp/zh_run" && ok "PEAKPATH_LANG=zh gives Chinese" || bad "PEAKPATH_LANG=zh differs from --lang zh"
expect 0 "LANG=zh_CN.UTF-8 run" env LANG=zh_CN.UTF-8 "$bin" run "$scn"
cmp -s "$tmp/out" "$tmp/zh_run" && ok "a zh_CN locale gives Chinese" || bad "LANG=zh_CN.UTF-8 is not Chinese"
expect 0 "LC_ALL=zh_CN.UTF-8 LANG=C run" env LC_ALL=zh_CN.UTF-8 "$bin" run "$scn"
cmp -s "$tmp/out" "$tmp/zh_run" && ok "LC_ALL comes before LANG" || bad "LC_ALL=zh_CN is not Chinese"
expect 0 "PEAKPATH_LANG=en over a zh locale" env PEAKPATH_LANG=en LANG=zh_CN.UTF-8 "$bin" run "$scn"
grep -q "^Summary" "$tmp/out" && ok "PEAKPATH_LANG=en wins over the locale" || bad "PEAKPATH_LANG=en not English"
expect 0 "--lang en over PEAKPATH_LANG=zh" env PEAKPATH_LANG=zh "$bin" run "$scn" --lang en
grep -q "^Summary" "$tmp/out" && ok "--lang en wins over PEAKPATH_LANG" || bad "--lang en not English"
expect 0 "a bad PEAKPATH_LANG is ignored" env PEAKPATH_LANG=klingon "$bin" run "$scn" --summary
grep -q "klingon" "$tmp/err" && grep -q "^Peak CO2" "$tmp/out" && ok "a bad PEAKPATH_LANG is named and English used" \
    || bad "bad PEAKPATH_LANG: $(cat "$tmp/err")"
expect 2 "--lang xx is refused" "$bin" run "$scn" --lang xx
grep -q "xx" "$tmp/err" && ok "--lang xx: the message names the value" || bad "--lang xx message"
expect 2 "--lang without a value" "$bin" run "$scn" --lang

# ---- units: hand-worked conversions (report/units_list.h) ----
# The 2020 row of the baseline is calibrated to the published 88.75 Mtce of energy use
# ([calibration] energy_mtce_end); 1 Mtce = 100 万吨标准煤, so the Chinese table shows 8875.
row2020=$(grep "^2020\*" "$tmp/zh_run")
echo "$row2020" | awk '{ exit !($3 == 8875) }' && ok "2020 energy 88.75 Mtce = 8875 万吨标准煤" \
    || bad "2020 energy in the Chinese table: $row2020"
grep -q "万吨标准煤" "$tmp/zh_run" && grep -q "亿千瓦时" "$tmp/zh_run" && grep -q "万千瓦" "$tmp/zh_run" \
    && grep -q "亿元" "$tmp/zh_run" && grep -q "万吨CO2" "$tmp/zh_run" && ok "table units: 万吨标准煤 亿千瓦时 万千瓦 亿元 万吨CO2" \
    || bad "Chinese table lacks a planning unit"
"$bin" run "$scn" > "$tmp/en_run"
# Every English value x the unit's factor is the Chinese value (rounded to the Chinese decimals):
# GDP bn CNY x10 = 亿元, energy Mtce x100, electricity TWh x10 = 亿千瓦时, solar/wind GW x100 = 万千瓦,
# CO2 Mt x100 = 万吨; shares and intensities unchanged.
for y in 2020 2030 2060; do
    e=$(grep "^$y" "$tmp/en_run"); z=$(grep "^$y" "$tmp/zh_run")
    echo "$e|$z" | awk -F'|' '{
        split($1, a, " "); split($2, b, " ")
        f[2] = 10; f[3] = 100; f[4] = 1; f[5] = 1; f[6] = 10; f[7] = 100; f[8] = 100; f[9] = 100; f[10] = 100
        for (c = 2; c <= 10; c++) if ((a[c] * f[c] - b[c]) ^ 2 > 1) exit 1
    }' && ok "$y: every column converted (x10 亿元, x100 万吨标准煤, x10 亿千瓦时, x100 万千瓦, x100 万吨)" \
        || bad "$y: en '$e' vs zh '$z'"
done
# The peak of the baseline: 190.4 Mt CO2 in English = 19040 万吨 = 1.90亿吨 (units_format moves 万 up to 亿).
grep -q "Peak CO2: *2024, 190.4 Mt CO2" "$tmp/en_run" && grep -q "2024年，1.90亿吨CO2" "$tmp/zh_run" \
    && ok "peak 190.4 Mt CO2 = 1.90亿吨CO2" || bad "the peak in planning units: $(grep 碳达峰 "$tmp/zh_run")"

# ---- CSV: --headers, --bom ----

expect 0 "run --format csv --headers zh" "$bin" run "$scn" --format csv --headers zh
head -n 1 "$tmp/out" | grep -q "^年份,地区生产总值（不变价）（亿元）," && ok "CSV --headers zh: Chinese labels with units" \
    || bad "CSV zh header: $(head -c 120 "$tmp/out")"
col=$(head -n 1 "$tmp/out" | tr ',' '\n' | grep -n "^能源消费总量（万吨标准煤）$" | cut -d: -f1)
v=$(grep "^2020," "$tmp/out" | cut -d, -f"${col:-1}")
awk -v v="$v" 'BEGIN { exit !(v > 8874.99 && v < 8875.01) }' && ok "CSV zh: energy 2020 = 8875 万吨标准煤 (88.75 Mtce x 100)" \
    || bad "CSV zh energy 2020 = '$v' (column ${col:-none})"
expect 0 "run --format csv (names by default, also with --lang zh)" "$bin" --lang zh run "$scn" --format csv
head -n 1 "$tmp/out" | grep -q "^year,gdp_bn_cny," && ok "--lang zh keeps the CSV column names (scripts)" || bad "--lang zh changed CSV names"
expect 0 "run --format csv --headers en" "$bin" run "$scn" --format csv --headers en
head -n 1 "$tmp/out" | grep -q '^year,"\?GDP (constant prices) (bn CNY)' && ok "CSV --headers en: labels with units" \
    || bad "CSV en header: $(head -c 100 "$tmp/out")"
expect 2 "--headers on a table is refused" "$bin" run "$scn" --headers zh
expect 2 "--headers xx is refused" "$bin" run "$scn" --format csv --headers xx

bom() { [ "$(head -c 3 "$1" | od -An -tx1 | tr -d ' ')" = "efbbbf" ]; }
expect 0 "compare --format csv --bom --headers zh" "$bin" compare "$scn" "$neu" --format csv --bom --headers zh
bom "$tmp/out" && ok "compare honours --bom" || bad "compare CSV has no BOM"
head -n 1 "$tmp/out" | grep -q "指标,单位,年份" && ok "compare CSV --headers zh" || bad "compare zh header: $(head -c 80 "$tmp/out")"
# gross CO2 in 2020 of the baseline is the calibrated history, the same in both files: in 万吨CO2 x100
en20=$("$bin" compare "$scn" "$neu" --format csv | grep "^co2_mt,.*,2020," | cut -d, -f4)
zh20=$(grep '^"CO2排放总量","万吨CO2",2020,' "$tmp/out" | cut -d, -f4)
awk -v e="$en20" -v z="$zh20" 'BEGIN { exit !(e > 0 && (e * 100 - z) ^ 2 < 1e-6) }' \
    && ok "compare zh CSV: CO2 2020 $en20 Mt = $zh20 万吨CO2" || bad "compare zh CO2 2020: '$en20' vs '$zh20'"
expect 0 "compare --format csv (no --bom)" "$bin" compare "$scn" "$neu" --format csv
bom "$tmp/out" && bad "compare CSV without --bom starts with a BOM" || ok "no BOM unless asked"
expect 0 "mc --format csv --bom --headers zh" "$bin" mc "$unc" --draws 20 --jobs 1 --format csv --bom --headers zh
bom "$tmp/out" && ok "mc honours --bom" || bad "mc CSV has no BOM"
head -n 1 "$tmp/out" | grep -q "^.*年份,总排放（确定性）（万吨CO2）" && ok "mc CSV --headers zh" || bad "mc zh header: $(head -c 80 "$tmp/out")"
expect 0 "mc --format csv" "$bin" mc "$unc" --draws 20 --jobs 1 --format csv
d_en=$(grep "^2015," "$tmp/out" | cut -d, -f2)
d_zh=$("$bin" mc "$unc" --draws 20 --jobs 1 --format csv --headers zh | grep "^2015," | cut -d, -f2)
awk -v e="$d_en" -v z="$d_zh" 'BEGIN { exit !(e > 0 && (e * 100 - z) ^ 2 < 1e-4) }' \
    && ok "mc zh CSV: 2015 CO2 $d_en Mt = $d_zh 万吨" || bad "mc zh 2015: '$d_en' vs '$d_zh'"
expect 2 "mc --bom without csv is refused" "$bin" mc "$unc" --draws 20 --bom
# --bom on every command that writes CSV (cli_emit writes it); --headers only where a header row can change
for c in "keys" "seek $scn --lever power.solar_gw --target peak_year<=2030" "sensitivity $scn" \
         "decompose $scn --from 2020 --to 2030" "mac $scn"; do
    # shellcheck disable=SC2086
    "$bin" $c --format csv --bom > "$tmp/b.csv" 2> "$tmp/err"
    bom "$tmp/b.csv" && ok "${c%% *} --format csv --bom starts with a BOM" || bad "${c%% *} ignores --bom: $(head -c 200 "$tmp/err")"
done
expect 2 "--headers zh for a command with fixed CSV names is refused" "$bin" decompose "$scn" --from 2020 --to 2030 --format csv --headers zh
grep -q "headers" "$tmp/err" && ok "the refusal names --headers" || bad "decompose --headers message: $(cat "$tmp/err")"

# ---- every command in Chinese ----

expect 0 "check -v (zh)" "$bin" --lang zh check -v "$scn"
chinese "check -v" "$tmp/out"
grep -q "^$scn：通过" "$tmp/out" && ok "check: 'FILE：通过'" || bad "check line: $(head -1 "$tmp/out")"
expect 0 "keys (zh)" "$bin" keys --lang zh
chinese "keys" "$tmp/out"
grep -q "^power.solar_gw .*光伏装机$" "$tmp/out" && ok "keys: key names stay, Chinese labels" || bad "keys: solar row"
expect 0 "keys --format json" "$bin" keys --format json
grep -q '"doc_zh": "光伏装机目标' "$tmp/out" && ok "keys JSON: the Chinese doc of each key (doc_zh)" || bad "keys JSON lacks doc_zh"
expect 0 "seek (zh)" "$bin" --lang zh seek "$scn" --lever power.solar_gw --target 'coal_share_2030<=28'
chinese "seek" "$tmp/out"
grep -q "2030年煤炭占比<=28" "$tmp/out" && ok "seek shows the target with its Chinese name" || bad "seek target text"
expect 0 "seek with a Chinese target" "$bin" seek "$scn" --lever power.solar_gw --target '2030年煤炭占比<=28' --format json
cp "$tmp/out" "$tmp/seek_zh.json"
expect 0 "seek with the English target" "$bin" seek "$scn" --lever power.solar_gw --target 'coal_share_2030<=28' --format json
cmp -s "$tmp/out" "$tmp/seek_zh.json" && ok "2030年煤炭占比<=28 is coal_share_2030<=28" || bad "Chinese target gives another answer"
expect 0 "seek 碳达峰年份≤2030" "$bin" seek "$scn" --lever power.solar_gw --target '碳达峰年份≤2030' --format json
grep -q '"target": "peak_year<=2030"' "$tmp/out" && ok "碳达峰年份≤2030 is peak_year<=2030" || bad "碳达峰年份≤2030"
# challenge goals with Chinese names: coal 30.6 % in 2030 misses < 27; the 2024 peak meets <= 2030
printf '[scenario]\nname = zh goals\nregion = Chongqing\ninherit = %s/%s\n[challenge]\nbrief_en = t\nbrief_zh = 测试\ngoal.2030年煤炭占比 = < 27\ngoal.碳达峰年份 = <= 2030\n' \
    "$ROOT" "$scn" > "$tmp/goals.ini"
expect 0 "a challenge with Chinese goal names" "$bin" --lang zh run "$tmp/goals.ini"
grep -q "已达成 1/2 项目标" "$tmp/out" && grep -q "未达成 *2030年煤炭占比 < 27%" "$tmp/out" \
    && ok "Chinese goal names: 1 of 2 met, shown in Chinese" || bad "Chinese goals: $(grep -A2 挑战 "$tmp/out")"
expect 2 "an unknown Chinese quantity" "$bin" seek "$scn" --lever power.solar_gw --target '2030年煤炭<=3'
expect 0 "seek --levers (zh)" "$bin" seek "$scn" --levers power.solar_gw,power.wind_gw --target '2030年CO2排放<=160' --lang zh
chinese "seek --levers" "$tmp/out"
expect 0 "mc (zh)" "$bin" --lang zh mc "$unc" --draws 20 --jobs 1
chinese "mc" "$tmp/out"
expect 0 "compare (zh)" "$bin" --lang zh compare "$scn" "$neu"
chinese "compare" "$tmp/out"
expect 0 "decompose (zh)" "$bin" --lang zh decompose "$scn" --from 2020 --to 2030
chinese "decompose" "$tmp/out"
# LMDI: 183.02 Mt in 2020 (the calibrated history) = 18302 万吨CO2
grep -q "起始  2020 .* 18302 万吨CO2" "$tmp/out" && ok "decompose: 2020 CO2 in 万吨CO2" || bad "decompose from line: $(grep 起始 "$tmp/out")"
expect 0 "sensitivity (zh)" "$bin" sensitivity "$scn" --lang zh
chinese "sensitivity" "$tmp/out"
# An air lever moves no CO2: its line says so and shows the health damage it moves instead (the
# high end, greener, lowers it: a minus sign in 亿元).
grep "^  原值 95 " "$tmp/out" | grep -q "不影响CO2（末端治理）；2021年起健康损失：低端 [0-9.]*亿元，高端 -[0-9.]*亿元" \
    && ok "sensitivity: the ULE lever's health damage, greener end lower" || bad "sensitivity air note: $(grep '原值 95 ' "$tmp/out")"
expect 0 "export --summary (zh)" "$bin" --lang zh export "$scn" --summary
chinese "export --summary" "$tmp/out"
expect 0 "new (zh)" "$bin" new "$tmp/p.ini" --region Hubei --lang zh
chinese "new" "$tmp/out"
expect 0 "peakpath --help (zh)" "$bin" --lang zh --help
chinese "peakpath --help" "$tmp/out"
expect 0 "peakpath help (zh)" env PEAKPATH_LANG=zh "$bin" help
chinese "peakpath help" "$tmp/out"
for c in run check new keys seek mc mc-merge decompose export room join compare sensitivity mac; do
    expect 0 "$c --help (zh)" "$bin" "$c" --help --lang zh
    chinese "$c --help" "$tmp/out"
done
expect 2 "a usage error in Chinese" "$bin" --lang zh run "$scn" --bogus
chinese "usage error" "$tmp/err"

# ---- the report card of check --observed (issue 16) in Chinese ----
# Headings, figure names, the "moved most by" hints and the basis marks Chinese; values in planning
# units, by hand from the data file: energy 2020 209.84 Mtce = 20984 万吨标准煤, wind 2020 19.74 GW =
# 1974 万千瓦, electricity 2015 173.7 TWh = 1737 亿千瓦时 (1 Mtce = 100 万吨标准煤, 1 GW = 100 万千瓦,
# 1 TWh = 10 亿千瓦时).
obs=docs/data/shanxi-observed.csv
expect 0 "check --observed (zh)" "$bin" --lang zh check scenarios/shanxi-baseline.ini --observed $obs
sed -n '/对照公开数据/,$p' "$tmp/out" > "$tmp/card"
chinese "check --observed: the Shanxi report card" "$tmp/card"
grep -qE "^ +能源消费总量 +2020 +20984 +20984 .* 万吨标准煤 " "$tmp/card" && ok "card: energy 2020 209.84 Mtce = 20984 万吨标准煤" \
    || bad "card energy 2020: $(grep '能源消费总量 *2020' "$tmp/card")"
grep -qE "^ +风电装机 +2020 +1974 +1974 +0 +万千瓦 +由输入 power.wind_gw 决定$" "$tmp/card" \
    && ok "card: wind 2020 19.74 GW = 1974 万千瓦, set by its input" || bad "card wind: $(grep 风电装机 "$tmp/card")"
grep -qE "^ +全社会用电量 +2015 +1737 .* 亿千瓦时 " "$tmp/card" && ok "card: electricity 2015 173.7 TWh = 1737 亿千瓦时" \
    || bad "card electricity: $(grep '全社会用电量 *2015' "$tmp/card")"
grep -q "（初步核算数，本文件为修订数）" "$tmp/card" && grep -q "^  3 项的统计口径与本文件（修订数）不同" "$tmp/card" \
    && ok "card: the statistical-basis marks in Chinese" || bad "card: basis marks"
grep -qE "能耗强度水平（首年强度的倍数） \+10%：\+[0-9]+万吨CO2$" "$tmp/card" && grep -q "个百分点$" "$tmp/card" \
    && ok "card: what moves a figure most, with its change in planning units" || bad "card: moved-most hints"
grep -q "^  已对照 37 项数据；" "$tmp/card" && ok "card: the closing count in Chinese" || bad "card: closing line"
printf '[scenario]\nname = x\nregion = Shanxi\ninherit = %s/scenarios/shanxi-baseline.ini\nstatistical_basis = census\n' \
    "$ROOT" > "$tmp/basis.ini"
expect 2 "check --observed, a bad statistical_basis (zh)" "$bin" --lang zh check "$tmp/basis.ini" --observed $obs
chinese "card: the statistical_basis error" "$tmp/err"
printf 'indicator,unit,year,value\nx,%%,20x5,3\n' > "$tmp/obs_bad.csv"
expect 2 "check --observed, a bad year in the data file (zh)" "$bin" --lang zh check scenarios/shanxi-baseline.ini --observed "$tmp/obs_bad.csv"
grep -q "obs_bad.csv 第 2 行" "$tmp/err" && ok "card: the data file's error names file and line in Chinese" || bad "card data error: $(cat "$tmp/err")"
chinese "card: the data file's error" "$tmp/err"
# Chongqing's card from the team's data (beside the clone, as tests/province_test.sh reads it; skipped
# when absent): 2020 energy 88.75 Mtce = 8875 万吨标准煤.
d=../shared/data
if [ -r $d/chongqing.csv ]; then
    expect 0 "check --observed Chongqing (zh)" "$bin" --lang zh check "$scn" --observed $d/chongqing.csv
    sed -n '/对照公开数据/,$p' "$tmp/out" > "$tmp/card"
    chinese "check --observed: the Chongqing report card" "$tmp/card"
    grep -qE "^ +能源消费总量 +2020 +8875 " "$tmp/card" && ok "Chongqing card: energy 2020 88.75 Mtce = 8875 万吨标准煤" \
        || bad "Chongqing card energy: $(grep '能源消费总量 *2020' "$tmp/card")"
fi

# ---- an engine error in Chinese ----
# The engine's message rendered from report/error_list.h: file, line and key in a Chinese sentence
# ("文件 FILE 第 6 行，[years] bogus_key：[years] 节中没有键“bogus_key”…"), no English sentence.
printf '[scenario]\nname = x\nregion = y\n[years]\nfirst_year = 2015\nbogus_key = 3\n' > "$tmp/bad.ini"
expect 2 "--lang zh run bad.ini" "$bin" --lang zh run "$tmp/bad.ini"
grep -q "bad.ini 第 6 行" "$tmp/err" && grep -q "bogus_key" "$tmp/err" && grep -q "没有键" "$tmp/err" \
    && ok "the error names file, line and key in Chinese" || bad "bad.ini error: $(cat "$tmp/err")"
chinese "engine error" "$tmp/err"
expect 2 "--lang en run bad.ini" "$bin" --lang en run "$tmp/bad.ini"
grep -q "bad.ini:6: \[years\] bogus_key: unknown key \"bogus_key\"" "$tmp/err" && ok "the same error in English" \
    || bad "bad.ini error in English: $(cat "$tmp/err")"

lib_finish
