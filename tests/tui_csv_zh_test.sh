#!/bin/sh
# tests/tui_csv_zh_test.sh - the TUI's CSV exports (x 5, x 6) follow the interface language (issue 13):
# in Chinese the header row has Chinese labels with planning units and the values are in those units
# (as `peakpath run --headers zh`), in English the stable column names and SI-style values stay.
# Drives the TUI in tmux as a person would (tests/lib.sh). Needs tmux and $PEAKPATH_BIN. Bounded waits.
set -u
. "$(dirname "$0")/lib.sh"
lib_init tui_csv_zh_test
require tmux
S=chongqing-baseline
cp "$ROOT/scenarios/$S.ini" "$TMP/"

# col FILE HEADER: the 1-based column of the header field HEADER in FILE's first line (BOM dropped).
col() { head -n 1 "$1" | sed 's/^\xef\xbb\xbf//' | tr ',' '\n' | grep -nxF -- "$2" | cut -d: -f1; }
# value FILE HEADER YEAR: that column's value in YEAR's row.
value() { c=$(col "$1" "$2"); [ -n "$c" ] && awk -F, -v c="$c" -v y="$3" '$1 == y { print $c }' "$1"; }
# near V WANT: |V - WANT| < 0.01
near() { awk -v v="$1" -v w="$2" 'BEGIN { exit !(v != "" && (v - w) ^ 2 < 1e-4) }'; }

tui_start szh 100 30 "LANG=C.UTF-8" --lang zh "$S.ini"
wait_for szh "政策杠杆" 15 && pass "the TUI is up in Chinese" || { fail "no Chinese TUI"; screen szh; }

# ---- x 5 in Chinese: Chinese headers, values in the headers' units ----
T send-keys -t szh x 5 Enter
wait_for szh "已导出" 5 && pass "x 5: exported (已导出)" || { fail "x 5 in Chinese"; screen szh; }
csv=$TMP/$S.csv
head -n 1 "$csv" | grep -q "^年份,地区生产总值（不变价）（亿元）,常住人口（万人）," \
    && pass "Chinese CSV: the first line has Chinese labels with planning units" || fail "zh header: $(head -c 120 "$csv")"
# By hand: the baseline's 2020 energy use is calibrated to the published 88.75 Mtce
# ([calibration] energy_mtce_end); 1 Mtce = 100 万吨标准煤, so the column holds 8875.
v=$(value "$csv" "能源消费总量（万吨标准煤）" 2020)
near "$v" 8875 && pass "Chinese CSV: energy 2020 = 8875 万吨标准煤 (88.75 Mtce x 100)" || fail "zh energy 2020 = '$v'"
grep -q "^2015," "$csv" && grep -q "^2060," "$csv" && pass "Chinese CSV: one row a year, 2015 to 2060" || fail "zh rows"
# the same bytes as the command line's Chinese headers (one writer for both)
"$BIN" run "$TMP/$S.ini" --format csv --headers zh > "$TMP/cli.csv" 2>&1
cmp -s "$csv" "$TMP/cli.csv" && pass "the TUI's Chinese CSV is that of peakpath run --headers zh" || fail "TUI zh CSV differs from the CLI's"

# ---- x 6 in Chinese: the same with a byte order mark ----
T send-keys -t szh x 6 Enter
xls=$TMP/$S-excel.csv
wait_file "$xls" 5
[ "$(head -c 3 "$xls" | od -An -tx1 | tr -d ' ')" = efbbbf ] && head -n 1 "$xls" | grep -q "^.*年份,地区生产总值（不变价）（亿元）," \
    && pass "x 6: a BOM, then the Chinese headers" || fail "x 6 in Chinese: $(head -c 60 "$xls" | od -c | head -2)"
v=$(value "$xls" "能源消费总量（万吨标准煤）" 2020)
near "$v" 8875 && pass "x 6: energy 2020 = 8875 万吨标准煤" || fail "x 6 energy 2020 = '$v'"

# ---- l, then x 5 in English: names and SI-style values ----
T send-keys -t szh l
wait_for szh "Policy levers" 5 || fail "l: no English screen"
T send-keys -t szh x 5 Enter
wait_for szh "Replace it?" 5 && T send-keys -t szh y
wait_for szh "Exported: $S.csv" 5 && pass "English: exported again after a yes" || { fail "English export"; screen szh; }
head -n 1 "$csv" | grep -q "^year,gdp_bn_cny,pop_m," && pass "English CSV: the column names" || fail "en header: $(head -c 80 "$csv")"
v=$(value "$csv" energy_mtce 2020)
near "$v" 88.75 && pass "English CSV: energy 2020 = 88.75 Mtce" || fail "en energy 2020 = '$v'"

T send-keys -t szh q
wait_until 3 test -s "$TMP/szh.rc" || T send-keys -t szh y
tui_exited szh 5
[ "$(cat "$TMP/szh.rc" 2>/dev/null)" = 0 ] && pass "quits cleanly" || fail "quit"

lib_finish
