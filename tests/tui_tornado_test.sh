#!/bin/sh
# tests/tui_tornado_test.sh - issue 15 in the TUI, in tmux (send-keys to type, capture-pane to read):
# view 7 "what moves the peak" (the tornado, its numbers those of `peakpath sensitivity`, t cycles
# peak year / cumulative CO2 / cost per tonne - that order the one of `peakpath mac` - Enter selects
# the lever in the panel), the Monte Carlo bands with
# P(peak by 2030) and P(neutral by 2060) on screen (the numbers of `peakpath mc` with the TUI's
# seed and draws), and a multi-lever goal seek (M) applied as one step and undone with u.
# Needs tmux and $PEAKPATH_BIN. Every wait is bounded; no fixed long sleeps; no process left.
set -u
. "$(dirname "$0")/lib.sh"
lib_init tui_tornado_test
require tmux
cp "$ROOT/scenarios/chongqing-uncertain.ini" "$ROOT/scenarios/chongqing-baseline.ini" \
    "$ROOT/scenarios/challenge-1-energy-mix.ini" "$TMP/"
F=chongqing-uncertain.ini

start() { tui_start "$1" "$2" "$3" "LANG=C.UTF-8" --lang en "$4"; }

echo "tui_tornado_test: $BIN"
start t 150 40 $F
wait_for t "Mt CO2" 15 || { fail "no chart"; screen t; }

# ---- 7: the tornado ----
T send-keys -t t 7
if wait_for t "What moves the peak: each open lever" 5; then pass "7 opens the tornado view"; else fail "no tornado"; screen t; fi
screen t | grep -qF "Change in peak year (years), low/high end; now: peak 2024" && pass "by peak year first, the current peak named" \
    || fail "no peak-year header"
screen t | grep -qF "[───●───]" && pass "each lever's current value is marked in its plausible range" || fail "no position marks"
T send-keys -t t t
wait_for t "Change in cumulative CO2 2021-2060 (Mt)" 5 && pass "t switches to cumulative CO2" || fail "t did not switch"
screen t | grep -qF "t: by abatement cost per tonne; view 8, page 4 draws the cost curve" \
    && pass "the last line points to the cost order and view 8's curve" || fail "no cost pointer"
# the largest row is the lever whose ends move cumulative CO2 most in `peakpath sensitivity`
want=$("$BIN" sensitivity "$TMP/$F" --format csv | awk -F, 'NR > 2 && $7 == 1 {
    d = $18 < 0 ? -$18 : $18; if (d > best) { best = d; key = $1 } } END { print key }')
lo=$("$BIN" sensitivity "$TMP/$F" --format csv | awk -F, -v k="$want" '$1 == k && $3 == "low" { printf "%+.0f", $18 }')
hi=$("$BIN" sensitivity "$TMP/$F" --format csv | awk -F, -v k="$want" '$1 == k && $3 == "high" { printf "%+.0f", $18 }')
first=$(screen t | grep -m1 -E '\[[─●<>]+\]' )
echo "$first" | grep -qF -- "$lo/$hi" && pass "the top row shows $want's low/high change of \`peakpath sensitivity\` ($lo/$hi)" \
    || fail "top row '$first' lacks $lo/$hi ($want)"
# t again: by cost. The first rows are the cheapest per tonne of `peakpath mac` (its CSV's rank 1
# and 2: every lever is open here), each with its CNY/t rounded.
T send-keys -t t t
wait_for t "Cheapest per tonne first (CNY/t CO2, right)" 5 && pass "t again orders by abatement cost" || fail "no cost order"
"$BIN" mac "$TMP/$F" -f csv >"$TMP/mac.csv"
rows=$(screen t | grep -E '\[[─●<>]+\]' | sed 's/.*││//')
for rank in 1 2; do
    per=$(awk -F, -v r=$rank '$1 == r && $2 == "curve" { printf "%+.0f", $14 }' "$TMP/mac.csv")
    lab=$(awk -F, -v r=$rank '$1 == r && $2 == "curve" { print $3 }' "$TMP/mac.csv")
    echo "$rows" | sed -n "${rank}p" | grep -qE -- "[│ ]$per│?\$|[│ ]$per *$" \
        && pass "row $rank is \`peakpath mac\`'s rank $rank ($lab, $per CNY/t)" \
        || fail "row $rank '$(echo "$rows" | sed -n "${rank}p")' lacks $per ($lab)"
done
screen t | grep -qF "CNY/t as view 8's curve: each lever alone at its greener end" && pass "the cost order says what its number is" \
    || fail "no cost note"
T send-keys -t t t
wait_for t "Change in peak year" 5 && pass "t a third time: back to peak year" || fail "t did not cycle back"
T send-keys -t t t
wait_for t "Change in cumulative CO2 2021-2060 (Mt)" 5 || fail "t did not switch to cumulative CO2 again"
T send-keys -t t Down Enter
if wait_for t "Selected: " 5; then pass "Enter selects the row's lever"; else fail "no selection message"; screen t; fi
label=$(screen t | grep -m1 -o 'Selected: [^(]*' | sed 's/Selected: //; s/ *$//')
screen t | grep -qF "What moves the peak: each" && fail "still on the tornado after Enter" || pass "Enter goes back to the chart"
screen t | grep -E "^│$label +│" >/dev/null || screen t | grep -qE "│$label +││" \
    && pass "the lever panel's description shows the selected lever ($label)" || fail "panel does not show '$label'"
T send-keys -t t 7 t t
wait_for t "Change in peak year" 5 && pass "t twice more: back to peak year" || fail "t did not switch back"

# ---- m: bands with probabilities ----
T send-keys -t t 1 m
if wait_for t "P(peak by 2030)" 15; then pass "m shows P(peak by 2030) beside the band"; else fail "no P(peak by 2030)"; screen t; fi
p=$("$BIN" mc "$TMP/$F" --draws 500 --seed 1 --format json | awk -F'[:,]' '/"p_peak_by_2030"/ { printf "%.0f", 100 * $2 }')
screen t | grep -qE "P\(peak by 2030\) +$p %" && pass "P(peak by 2030) = $p %, as \`peakpath mc --draws 500 --seed 1\`" \
    || fail "P(peak by 2030) on screen is not $p %: $(screen t | grep -o 'P(peak by 2030)[^│]*')"
screen t | grep -qF "P(neutral by 2060)" && pass "P(neutral by 2060) too" || fail "no P(neutral by 2060)"
screen t | grep -qE "peak year 20[0-9][0-9]-20[0-9][0-9]" && pass "a peak-year histogram with its years" || fail "no histogram"

# ---- M: multi-lever seek, one undoable step ----
T send-keys -t t M
wait_for t "Seek 3 levers" 5 && pass "M opens the multi-lever seek prompt (three default levers)" || fail "no multi-seek prompt"
T send-keys -t t C-u 'cum_co2<=6000' Enter
if wait_for t "Targets met moving 3 levers" 20; then pass "a reachable package is applied"; else fail "package not met"; screen t; fi
screen t | grep -qF "[+] unsaved" && pass "the package is an unsaved change" || fail "no unsaved mark"
T send-keys -t t u
wait_for t "(and 2 more levers)" 5 && pass "u undoes the whole package in one step" || fail "undo was not one step"
wait_gone t "[+] unsaved" 5 && pass "nothing left changed after the undo" || fail "still unsaved after undo"
T send-keys -t t M C-u 'co2_2030<=20' Enter
wait_for t "Targets out of reach" 20 && ! screen t | grep -qF "[+] unsaved" && pass "an unreachable package moves nothing" \
    || fail "no out-of-reach message"
T send-keys -t t M C-u 'cum_co2<=6000 @ power.solar_gw,nope.key' Enter
wait_for t "unknown lever 'nope.key'" 5 && pass "a bad lever after @ is named" || fail "no message for a bad lever"

# ---- Chinese ----
T send-keys -t t l 7
wait_for t "影响达峰的因素" 5 && pass "the tornado in Chinese" || fail "no Chinese tornado title"

T send-keys -t t q
tui_exited t 10 && pass "q quits" || fail "did not quit"

# ---- a challenge: only open levers ----
# challenge-1 locks every lever but hydro, solar, wind, imports and coal retirement (its header)
start c 150 40 challenge-1-energy-mix.ini
wait_for c "Mt CO2" 15 || fail "challenge: no chart"
T send-keys -t c 7 t
wait_for c "Change in cumulative CO2" 5 || fail "challenge: no tornado by cumulative CO2"
rows=$(screen c | grep -E '\[[─●<>]+\]' | sed 's/.*││//') # the tornado's half of each row
echo "$rows" | grep -qF "Solar PV" && echo "$rows" | grep -qF "Wind" && pass "the challenge's open levers have rows" \
    || fail "open levers missing: $rows"
echo "$rows" | grep -qE "GDP growth|Heavy ind|EV sales" && fail "a locked lever has a row" || pass "locked levers have none"
# solar's plausible high end (12 GW) is past the challenge's limit (11): the tornado runs 11 instead
hi=$("$BIN" sensitivity "$TMP/challenge-1-energy-mix.ini" --format csv | awk -F, '$1 == "power.solar_gw" && $3 == "high" && $6 == 11 { printf "%+.0f", $18 }')
[ -n "$hi" ] && echo "$rows" | grep -F "Solar PV" | grep -qF -- "/$hi" && pass "solar's high end is the challenge's limit, 11 GW ($hi Mt)" \
    || fail "solar's ends: $(echo "$rows" | grep -F "Solar PV")"
T send-keys -t c M
wait_for c "Seek 3 levers" 5 && T send-keys -t c C-u 'cum_co2<=6150' Enter
if wait_for c "Targets met moving 3 levers" 20; then pass "a package of open levers in the challenge"; else fail "no package in the challenge"; screen c; fi
T send-keys -t c q y
tui_exited c 10 && pass "the challenge session quits" || fail "challenge session did not quit"
lib_finish
