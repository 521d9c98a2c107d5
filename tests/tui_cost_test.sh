#!/bin/sh
# tests/tui_cost_test.sh - issue 12 in the TUI, in tmux (send-keys to type, capture-pane to read):
# view 8 and its pages - investment by technology, system cost against the reference, air
# pollutants, the marginal abatement cost curve (its rows those of `peakpath mac`, recomputed after
# a lever move) - in English and Chinese with the planners' units, the help overlay's line for it,
# and the view at 80x24. Needs tmux and $PEAKPATH_BIN. Every wait is bounded; no process left.
set -u
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/ascii_runs.sh"
lib_init tui_cost_test
ASCII_ALLOW=""
require tmux
cp "$ROOT/scenarios/chongqing-baseline.ini" "$TMP/"
F=chongqing-baseline.ini

start() { tui_start "$1" "$2" "$3" "LANG=C.UTF-8" --lang en "$4"; }

echo "tui_cost_test: $BIN"
start t 120 40 $F
wait_for t "Mt CO2" 15 || { fail "no chart"; screen t; }

# ---- page 1: investment ----
T send-keys -t t 8
if wait_for t "Investment by technology [1/4 n]" 5; then pass "8 opens the costs view on investment"; else fail "no investment page"; screen t; fi
screen t | grep -qF "8 Costs" && pass "the title bar names view 8" || fail "no '8 Costs' tab"
screen t | grep -qE "from 2021: [-0-9.]+ bn CNY invested" && pass "the cumulative investment is named with its unit" \
    || fail "no cumulative investment line"
screen t | grep -qE "^│.*││bn CNY" && pass "the chart's unit is bn CNY" || fail "no bn CNY unit on the chart"

# ---- page 2: system cost against the reference ----
T send-keys -t t n
if wait_for t "System cost against As loaded [2/4 n]" 5; then pass "n turns to the system cost against the scenario as loaded"
else fail "no system cost page"; screen t; fi
screen t | grep -qF "This scenario" && screen t | grep -qF "As loaded" && pass "both runs are in the legend" || fail "legend lacks a run"
screen t | grep -qE "no system cost in this run yet|NPV diff .* bn CNY, CO2 avoided .* Mt CO2: ([-0-9]+ CNY/t CO2|n/a)" \
    && pass "the abatement cost line (or why there is none)" || fail "no abatement line"

# ---- page 3: air ----
T send-keys -t t 8
if wait_for t "Air pollutants [3/4 n]" 5; then pass "8 again turns the page too"; else fail "no air page"; screen t; fi
screen t | grep -qE "2021-: SO2 [0-9.]+ kt, NOx [0-9.]+ kt, PM2.5 [0-9.]+ kt, health [0-9.]+ bn CNY" \
    && pass "cumulative SO2, NOx, PM2.5 and health damage" || fail "no cumulative pollutants line"

# ---- page 4: the curve, the numbers of `peakpath mac` ----
T send-keys -t t n
if wait_for t "Abatement cost curve [4/4 n]" 15; then pass "n turns to the abatement cost curve"; else fail "no curve"; screen t; fi
"$BIN" mac "$TMP/$F" --format csv >"$TMP/mac.csv" || fail "peakpath mac failed"
row1=$(awk -F, '$1 == 1 { gsub(/"/, "", $5); printf "%s|%.1f", $5, $11 }' "$TMP/mac.csv")
label=${row1%|*} tonnes=${row1#*|}
screen t | grep -qE "│ 1\*? +$label +$tonnes " && pass "row 1 is \`peakpath mac\`'s first bar: $label, $tonnes Mt" \
    || fail "row 1 is not '$label $tonnes': $(screen t | grep -m1 -E '│ 1 ')"
n=$(awk -F, '$2 == "curve"' "$TMP/mac.csv" | wc -l)
total=$(awk -F, '$2 == "curve" { s += $11 } END { printf "%.0f", s }' "$TMP/mac.csv")
screen t | grep -qF "each lever alone: $total Mt CO2 in all" && pass "the x axis: $total Mt over $n bars" \
    || fail "no total of $total Mt: $(screen t | grep -m1 'each lever')"
screen t | grep -qE "│ +0│[█]+" && pass "the bars stand on the zero line" || fail "no bars"
# a lever move re-runs, and the curve is recomputed from the edited scenario
before=$(screen t | grep -m1 -E "│ 1\*? +$label")
screen t | grep -qF "* changes output or structure" && pass "the structural mark is explained on screen" || fail "no '*' note"
T send-keys -t t Down
T send-keys -t t 1 Left 8
wait_for t "Abatement cost curve [4/4 n]" 5 || fail "back to view 8 lost the page"
if wait_until 10 sh -c "! tmux -L '$SOCK' -f /dev/null capture-pane -p -t t | grep -qF -- '$before'"; then
    pass "the curve follows a lever move (GDP growth 5 -> 4.9 %/yr)"
else fail "the curve did not change after a lever move: $before"; fi

T send-keys -t t Enter
if wait_for t "8 back to the curve)" 5; then pass "Enter selects the bar's lever and says so"; else fail "no selection message"; screen t; fi
screen t | grep -qF "Abatement cost curve [4/4" && fail "still on the curve after Enter" || pass "Enter goes back to the chart"
T send-keys -t t 8
wait_for t "Abatement cost curve [4/4 n]" 5 && pass "8 comes back to the curve page" || fail "8 did not come back to the curve"

# zh_page WHAT: the screen holds no English sentence (tests/ascii_runs.sh)
zh_page() {
    screen t > "$TMP/screen.txt"
    if runs=$(ascii_runs "$TMP/screen.txt"); then pass "$1: no English on screen"
    else fail "$1: English on screen: $(printf '%s' "$runs" | tr '\n' ';')"; fi
}

# ---- Chinese ----
T send-keys -t t l
wait_for t "边际减排成本曲线" 5 && pass "the curve in Chinese" || fail "no Chinese curve title"
zh_page "the curve page in Chinese"
screen t | grep -qF "万吨CO2" && screen t | grep -qF "元/吨CO2" && pass "its columns in 万吨CO2 and 元/吨CO2" || fail "no Chinese units"
T send-keys -t t n
wait_for t "分技术投资 [1/4 n]" 5 && pass "investment in Chinese" || fail "no Chinese investment page"
screen t | grep -qF "亿元" && pass "investment in 亿元" || fail "no 亿元"
zh_page "the investment page in Chinese"
T send-keys -t t n
wait_for t "系统成本：与" 5 && pass "system cost in Chinese" || fail "no Chinese system cost page"
zh_page "the system cost page in Chinese"
T send-keys -t t n
wait_for t "大气污染物 [3/4 n]" 5 && screen t | grep -qF "万吨" && pass "pollutants in Chinese, in 万吨" || fail "no Chinese air page"
zh_page "the pollutants page in Chinese"
T send-keys -t t l

# ---- help ----
T send-keys -t t '?'
if wait_for t "view 8 costs and air" 5; then pass "the help overlay explains view 8 and n"; else fail "no help line for view 8"; screen t; fi
T send-keys -t t Escape
T send-keys -t t u
wait_gone t "[+] unsaved" 5 && pass "u undoes the lever move" || fail "still unsaved after undo"
T send-keys -t t q
tui_exited t 10 && pass "q quits" || fail "did not quit"

# ---- 80x24 ----
start s 80 24 $F
wait_for s "Mt CO2" 15 || fail "80x24: no chart"
T send-keys -t s 8 n n n
if wait_for s "Abatement cost curve [4/4 n]" 15; then pass "80x24: the curve's title fits"; else fail "80x24: no curve title"; screen s; fi
screen s | grep -qE "│ 1\*? +[^ ].* +[0-9.]+ +[-0-9n/a]+│" && pass "80x24: its table has rank, lever, tonnes, cost" || fail "80x24: no table row"
T send-keys -t s q
tui_exited s 10 && pass "80x24 session quits" || fail "80x24 did not quit"
lib_finish
