#!/bin/sh
# tests/tui_analysis_test.sh - the TUI's analysis keys in tmux (send-keys to type, capture-pane to
# read): G goal seek applies a reachable answer as one undoable move and leaves the lever alone
# when the target is out of reach; m shows Monte Carlo bands on a scenario with ranges and says
# so on one without; view 6 shows the LMDI effects and their total; c picks a reference scenario,
# refuses a missing file and goes back to "as loaded". Needs tmux and $PEAKPATH_BIN.
# Every wait is bounded; no fixed long sleeps.
set -u
. "$(dirname "$0")/lib.sh"
lib_init tui_analysis_test
require tmux
for f in chongqing-baseline chongqing-peak2030 chongqing-uncertain; do cp "$ROOT/scenarios/$f.ini" "$TMP/"; done

# start SESSION COLS ROWS FILE: the TUI in English, UTF-8, in $TMP (tests/lib.sh tui_start).
start() { tui_start "$1" "$2" "$3" "LANG=C.UTF-8" --lang en "$4"; }
gdp_row() { screen "$1" | grep -m1 'GDP growth  ' | cut -c1-36; }

echo "tui_analysis_test: $BIN"

# ---- G: goal seek on the selected lever (GDP growth, the first one) ----
start g 150 30 chongqing-baseline.ini
wait_for g "Mt CO2" 15 || { fail "baseline: no chart"; screen g; }
before=$(gdp_row g)
T send-keys -t g G
wait_for g "Seek GDP growth for target" 5 && pass "G opens the goal prompt for the selected lever" || fail "no goal prompt"
wait_for g "coal_share_2030<=40" 2 && pass "the prompt shows example targets" || fail "no examples"
T send-keys -t g C-u 'co2_2030<=157' Enter
if wait_for g "Target co2_2030<=157 met" 5; then pass "a reachable target is met (message)"; else fail "target not met"; screen g; fi
after=$(gdp_row g)
[ "$after" != "$before" ] && echo "$after" | grep -q '4\.[56]' && pass "the lever value changed on screen ($before -> $after)" \
    || fail "lever row unchanged: $after"
screen g | grep -qF "[+] unsaved" && pass "the seek answer is an unsaved change" || fail "no unsaved mark"
T send-keys -t g u
wait_gone g "[+] unsaved" 5 && [ "$(gdp_row g)" = "$before" ] && pass "u undoes the seek in one step" \
    || fail "undo did not restore: $(gdp_row g)"
T send-keys -t g G C-u 'co2_2030<=10' Enter
wait_for g "out of reach" 5 && pass "an unreachable target says so with the best value" || fail "no out-of-reach message"
[ "$(gdp_row g)" = "$before" ] && ! screen g | grep -qF "[+] unsaved" && pass "an unreachable target moves nothing" \
    || fail "lever moved on an unreachable target"
T send-keys -t g G C-u 'warmth<=3' Enter
wait_for g "Goal seek:" 5 && pass "a malformed target is explained" || fail "no message for a bad target"
T send-keys -t g G Escape
wait_gone g "Seek GDP growth" 5 && pass "Esc cancels the goal prompt" || fail "prompt stayed"

# ---- m on the default scenario: it carries uncertainty ranges (issue 15) ----
T send-keys -t g m
wait_for g "━ 5-95 %" 15 && pass "m on the baseline shows bands (it carries ranges)" || fail "no bands on the baseline"
T send-keys -t g m
wait_for g "Monte Carlo bands off" 5 && pass "m again turns them off" || fail "bands still on"

# ---- 6: decomposition ----
T send-keys -t g 6
if wait_for g "Why CO2 changes" 5; then pass "6 opens the decomposition view"; else fail "no decomposition view"; screen g; fi
scr=$(screen g)
ok=1; for e in "Activity (GDP)" "Structure" "Energy intensity" "Conversion" "Fuel mix" "Process (cement)" "Total change"; do
    echo "$scr" | grep -qF "$e" || { ok=0; fail "decomposition lacks '$e'"; }
done
[ $ok = 1 ] && pass "the effects and the total are named"
echo "$scr" | grep -qF "2020 → 2030" && pass "default years 2020 -> 2030" || fail "no default years"
# the screen shows what `peakpath decompose` computes (its total to one decimal)
want=$("$BIN" decompose "$TMP/chongqing-baseline.ini" --from 2020 --to 2030 | awk '/total change/ {printf "%+.1f", $3}')
echo "$scr" | grep -q "Total change.*$want" && pass "total $want Mt as peakpath decompose says" || fail "total (decompose says $want)"
T send-keys -t g 9
wait_for g "2020 → 2029" 5 && pass "9 moves the second year back" || fail "9 did not move the year"
T send-keys -t g '(' 
wait_for g "2019 → 2029" 5 && pass "( moves the first year back" || fail "( did not move the year"
T send-keys -t g d
wait_for g "As loaded → edited" 5 && pass "d compares the reference with the edited scenario" || fail "d"
T send-keys -t g d

# ---- c: reference scenario ----
T send-keys -t g 1 c
wait_for g "Reference scenario (empty: as loaded)" 5 || fail "no reference prompt"
T send-keys -t g C-u 'chongqing-peak20' Tab Enter
if wait_for g "━ Chongqing peak before 2030" 10; then pass "c chongqing-peak2030.ini: its name in the legend"
else fail "reference name not in the legend"; screen g; fi
T send-keys -t g c C-u 'missing.ini' Enter
wait_for g "Cannot use as reference" 5 && pass "a missing reference file is an error message" || fail "no error for a missing file"
screen g | grep -qF "Chongqing peak before 2030" && pass "the old reference stays after a failure" || fail "reference lost"
T send-keys -t g 2
wait_for g "Primary energy mix" 5 && pass "the screen keeps working after the error" || fail "screen stuck"
T send-keys -t g 6 d
wait_for g "Chongqing peak before 2030 → edited" 5 && pass "the decomposition compares with the chosen reference" \
    || fail "decomposition not against the reference"
T send-keys -t g d 1 c C-u Enter
wait_for g "━ As loaded" 5 && pass "an empty answer goes back to 'as loaded'" || fail "no way back to as loaded"
T send-keys -t g q
tui_exited g 10 && pass "q quits the first session" || fail "the first session did not quit"

# ---- m on a scenario without ranges (the baseline's taken away: `key.range = 0, 0`) ----
printf '%s\n' '[scenario]' 'name = no ranges' 'inherit = chongqing-baseline.ini' \
    '[economy]' 'gdp_growth_pct.range = 0, 0' '[industry]' 'heavy_share_pct.range = 0, 0' \
    '[heavy_industry]' 'improve_pct.range = 0, 0' '[transport]' 'nev_share_pct.range = 0, 0' \
    '[power]' 'solar_gw.range = 0, 0' 'hydro_water_factor.range = 0, 0' 'import_twh.range = 0, 0' \
    'import_hami_twh.range = 0, 0' '[emissions]' 'cement_mt.range = 0, 0' >"$TMP/no-ranges.ini"
start n 150 30 no-ranges.ini
wait_for n "Mt CO2" 15 || fail "no-ranges: no chart"
T send-keys -t n m
wait_for n "No uncertainty ranges" 5 && pass "m without ranges says there are none" || fail "no 'no ranges' message"
screen n | grep -qF "band of" && fail "a band title without ranges" || pass "no band drawn without ranges"
T kill-session -t n 2>/dev/null

# ---- m with ranges ----
start m 150 30 chongqing-uncertain.ini
wait_for m "Mt CO2" 15 || fail "uncertain: no chart"
T send-keys -t m m
if wait_for m "━ 5-95 %" 10; then pass "m on chongqing-uncertain.ini shows the band legend"; else fail "no band legend"; screen m; fi
screen m | grep -qF "band of 500 draws" && pass "the title names the draws" || fail "no band title"
screen m | grep -qF "░" && pass "the band is shaded" || fail "no shading"
screen m | grep -qF "Monte Carlo bands: 500 of 500 draws ran" && pass "the message gives the draws that ran" || fail "no draws message"
T send-keys -t m Right
# (a slow computation shows "computing..." on a half-drawn frame first, so wait for the band)
wait_for m "[+] unsaved" 5 && wait_for m "━ 5-95 %" 10 && pass "the band follows a lever move" || fail "band gone after a move"
T send-keys -t m 6 1 m
wait_for m "Monte Carlo bands off" 5 && ! screen m | grep -qF "━ 5-95 %" && pass "m again turns the band off" || fail "band still on"
T send-keys -t m l 6
wait_for m "合计变化" 5 && screen m | grep -qF "经济规模" && pass "decomposition labels in Chinese" || fail "no Chinese labels"
T send-keys -t m q
wait_for m "不保存退出" 5 || fail "no quit question with unsaved changes (in Chinese: l was pressed)"
T send-keys -t m y
tui_exited m 10 && pass "q, y quits with unsaved changes" || fail "the second session did not quit"

lib_finish
