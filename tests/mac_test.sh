#!/bin/sh
# tests/mac_test.sh - `peakpath mac` end to end: table, CSV and JSON of the abatement cost curve
# (every lever that lowers cumulative net CO2 at its greener end in `peakpath sensitivity` is a bar,
# the bars sorted), --reference, Chinese units, and bad input (exit 2 with a message).
# Run by tests/run_all.sh with $PEAKPATH_BIN set.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/ascii_runs.sh"
lib_init mac_test
ASCII_ALLOW=""
bin=$BIN tmp=$TMP
scn=scenarios/chongqing-baseline.ini
pk=scenarios/chongqing-peak2030.ini

expect 0 "mac table" "$bin" mac "$scn"
grep -q "Abatement cost curve of" "$tmp/out" || bad "table title"
grep -q "discounted to 2021" "$tmp/out" || bad "the table states the convention"
grep -q "Sum of the bars" "$tmp/out" || bad "the table sums the bars"
grep -qE "^[0-9]+\* +economy.gdp_growth_pct" "$tmp/out" && grep -q "^\* changes output or the economy's structure" "$tmp/out" \
    && ok "a structural lever is marked and the mark explained" || bad "no structural mark on GDP growth"

# every lever whose greener end lowers cumulative net CO2 by 0.01 Mt or more is on the curve
expect 0 "sensitivity csv" "$bin" sensitivity "$scn" --format csv
awk -F, 'NR > 2 && $4 == 1 && $7 == 1 && $20 <= -0.01 && ($6 - $5) * ($3 == "high" ? 1 : -1) > 0 { print $1 }' "$tmp/out" \
    | sort >"$tmp/want"
expect 0 "mac csv" "$bin" mac "$scn" --format csv
head -1 "$tmp/out" | grep -q "^rank,place,lever,structural,label_en,label_zh,unit,value_given,value_green,from_mt,avoided_mt,cost_bn_cny,cum_cost_bn_cny,cny_per_t,refusal$" \
    || bad "CSV header"
awk -F, '$2 == "curve" { print $3 }' "$tmp/out" | sort >"$tmp/got"
[ -s "$tmp/want" ] && cmp -s "$tmp/want" "$tmp/got" && ok "the curve lists every lever that avoids CO2 ($(wc -l <"$tmp/got") levers)" \
    || bad "curve levers differ from sensitivity: $(diff "$tmp/want" "$tmp/got" | head -5)"
# sorted: by cost per tonne when there is one, else by tonnes, most first
awk -F, '$2 == "curve" { if ($14 != "") { if (c != "" && $14 < c) exit 1; c = $14 } else { if (t != "" && $11 > t) exit 1; t = $11 } }' \
    "$tmp/out" && ok "the bars are sorted" || bad "bars out of order"

expect 0 "mac json with a reference" "$bin" mac "$pk" --reference "$scn" --format json
for k in convention costed reference curve apart total_mt avoided_mt cny_per_t from_mt structural; do
    grep -q "\"$k\":" "$tmp/out" || bad "JSON has \"$k\""
done
# peak2030 against the baseline avoids what their cumulative net CO2 differ by
a=$("$bin" run "$scn" --format json | awk -F'[:,]' '/"cum_net_mt"/ { print $2; exit }')
b=$("$bin" run "$pk" --format json | awk -F'[:,]' '/"cum_net_mt"/ { print $2; exit }')
avoided=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", a - b }')
expect 0 "mac table with a reference" "$bin" mac "$pk" --reference "$scn"
grep -q "Against the reference \"Chongqing baseline\".*CO2 avoided $avoided Mt CO2" "$tmp/out" \
    && ok "the reference line gives the $avoided Mt avoided that \`run\` implies" || bad "reference line (want $avoided): $(grep Against "$tmp/out")"

expect 0 "mac in Chinese" "$bin" mac "$scn" --lang zh
grep -q "万吨CO2" "$tmp/out" && grep -q "亿元" "$tmp/out" && grep -q "元/吨CO2" "$tmp/out" \
    && ok "Chinese planning units in the heads" || bad "no Chinese units"
grep -q "边际减排成本曲线" "$tmp/out" || bad "Chinese title"
runs=$(ascii_runs "$tmp/out") && ok "the Chinese table holds no English sentence" || bad "English in the Chinese table: $runs"
expect 0 "mac in Chinese on a challenge (refused levers)" "$bin" mac scenarios/challenge-1-energy-mix.ini --lang zh
grep -q "更绿色的一端不可行：" "$tmp/out" && ok "a refused lever's reason in Chinese" || bad "no Chinese refusal"
runs=$(ascii_runs "$tmp/out") && ok "the challenge's Chinese table holds no English sentence" || bad "English: $runs"

expect 2 "mac without a file" "$bin" mac
expect 2 "mac of a missing file" "$bin" mac "$tmp/none.ini"
grep -q "none.ini" "$tmp/err" || bad "the missing file is named"
expect 2 "mac --reference without a value" "$bin" mac "$scn" --reference
expect 2 "mac with a missing reference" "$bin" mac "$scn" --reference "$tmp/none.ini"
sed 's/^end_year *=.*/end_year = 2050/' "$scn" >"$tmp/short.ini"
grep -q "end_year = 2050" "$tmp/short.ini" || bad "the short scenario was not made"
expect 2 "mac against a reference with another end year" "$bin" mac "$tmp/short.ini" --reference "$scn"
grep -q "same end_year" "$tmp/err" || bad "the end-year error says what to do: $(cat "$tmp/err")"
expect 2 "mac with a bad format" "$bin" mac "$scn" --format xml
expect 2 "mac with an unknown option" "$bin" mac "$scn" --nope
expect 0 "mac -o" "$bin" mac "$scn" -f csv -o "$tmp/mac.csv"
[ -s "$tmp/mac.csv" ] && ok "-o writes the file" || bad "-o wrote nothing"
expect 2 "mac -o onto an existing file" "$bin" mac "$scn" -f csv -o "$tmp/mac.csv"
lib_finish
