#!/bin/sh
# tests/tui_test.sh - drives the real peakpath TUI in tmux (send-keys to type, capture-pane to read):
# chart and peak on screen at 80x24 and 200x60, a lever move changes the status line, save as a new
# name that `peakpath run` reads back to the same numbers, resizing (also below 80x24), `q` asking
# with unsaved changes, Chinese, ASCII, and the terminal restored after quitting and after SIGTERM.
# Needs tmux and $PEAKPATH_BIN (tests/run_all.sh sets it). Every wait is bounded; no fixed long sleeps.
set -u
. "$(dirname "$0")/lib.sh"
lib_init tui_test
require tmux
cp "$ROOT/scenarios/chongqing-baseline.ini" "$TMP/base.ini"

# start SESSION COLS ROWS ENV ARGS...: tests/lib.sh tui_start (pid, exit code and the terminal modes
# afterwards in $TMP/SESSION.pid, .rc, .stty; the wrapper shell traps INT, so Ctrl-C in the pane
# ends only the TUI).
start() { tui_start "$@"; }
status_line() { screen "$1" | grep -E '^ ?(Peak|No peak)' | head -1; }

echo "tui_test: $BIN"

# ---- no terminal, bad file, bad language: a message and exit 2, nothing drawn ----
out=$("$BIN" "$TMP/base.ini" </dev/null 2>&1); rc=$?
[ $rc = 2 ] && echo "$out" | grep -q "needs a terminal" && pass "without a terminal: message and exit 2" \
    || fail "no-tty: rc $rc: $out"
out=$("$BIN" "$TMP/missing.ini" 2>&1 </dev/null); rc=$?
[ $rc = 2 ] && echo "$out" | grep -q "missing.ini" && pass "a missing file is named, exit 2" || fail "missing file: rc $rc: $out"
out=$("$BIN" --lang fr "$TMP/base.ini" 2>&1 </dev/null); rc=$?
[ $rc = 2 ] && echo "$out" | grep -q "'fr'" && pass "--lang fr refused, exit 2" || fail "--lang fr: rc $rc: $out"

# ---- 80x24: chart, peak, lever move, save as, q asks ----
start s80 80 24 "LANG=C.UTF-8" "$TMP/base.ini"
if wait_for s80 "Mt CO2" 15; then pass "80x24 draws the CO2 chart"; else fail "80x24: no chart"; screen s80; fi
scr=$(screen s80)
echo "$scr" | grep -qE 'Peak 20[0-9][0-9]' && pass "80x24 shows the peak year" || fail "80x24: no peak year"
echo "$scr" | grep -q '2030' && echo "$scr" | grep -q '┤' && pass "80x24 axis with labels" || fail "80x24: no axis"
echo "$scr" | grep -q 'quit' && pass "80x24 key bar" || fail "80x24: no key bar"
# Sliders span the plausible range (levers_list.h: GDP growth 3..6.5 %/yr in 2030, lower greener).
# Row: 5 cells, 5.0 at round((5 - 3) / 3.5 x 4) = round(2.29) = cell 2. Details, 38 columns: "in 2030 " 8 +
# "3 " 2 + " 6.5" 4 + " %/yr" 5 + " ◀ greener" 10 = 29, so 9 cells, 5.0 at round(2 / 3.5 x 8) = round(4.57) = 5.
echo "$scr" | grep -qF '│ GDP growth           5.0 %/yr   ━━●━━│' && pass "80x24 lever slider over the plausible range" \
    || fail "80x24 lever row: $(echo "$scr" | grep -F 'GDP growth' | head -1)"
echo "$scr" | grep -qF '│in 2030 3 ━━━━━●━━━ 6.5 %/yr ◀ greener│' && pass "80x24 selected lever: slider with its ends, greener side" \
    || fail "80x24 slider line: $(echo "$scr" | grep -F 'in 2030' | head -1)"
before=$(status_line s80)
chart_before=$(screen s80 | sed -n '3,20p' | cut -c41-)
T send-keys -t s80 PPage
wait_for s80 "[+] unsaved" 5 || fail "no unsaved mark after a lever move"
# PgUp: 5 + 10 x 0.5 = 10 %/yr, beyond the plausible 6.5: an arrow on the last cell, the loaded 5.0 marked at
# cell 2 (row) and 5 (details).
wait_for s80 '10.0 %/yr   ━━╋━▶│' 5 && screen s80 | grep -qF '│in 2030 3 ━━━━━╋━━▶ 6.5 %/yr ◀ greener│' \
    && pass "a value beyond the plausible range: an arrow at the slider's end" || fail "no out-of-range arrow"
n=0; while [ $n -lt 50 ] && [ "$(status_line s80)" = "$before" ]; do sleep 0.1; n=$((n + 1)); done
after=$(status_line s80)
if [ "$after" != "$before" ]; then pass "lever move changes the status line ($before -> $after)"
else fail "status line unchanged after a lever move: $after"; fi
[ "$(screen s80 | sed -n '3,20p' | cut -c41-)" != "$chart_before" ] && pass "lever move redraws the CO2 path" \
    || fail "chart unchanged after a lever move"
T send-keys -t s80 u
wait_gone s80 "[+] unsaved" 5 && [ "$(status_line s80)" = "$before" ] && pass "undo restores the status line" \
    || fail "undo did not restore: $(status_line s80)"
T send-keys -t s80 U
wait_for s80 "[+] unsaved" 5 && [ "$(status_line s80)" = "$after" ] && pass "redo re-applies" || fail "redo"

T send-keys -t s80 q
if wait_for s80 "unsaved changes" 5; then pass "q with unsaved changes asks first"; else fail "q did not ask"; fi
T send-keys -t s80 Escape
wait_gone s80 "unsaved changes" 5 && screen s80 | grep -q "Mt CO2" && [ ! -f "$TMP/s80.rc" ] \
    && pass "Esc keeps the TUI open" || fail "Esc did not return to the TUI"

T send-keys -t s80 C-s
wait_for s80 "root file stays as it is" 5 && pass "Ctrl+S on a root scenario asks for a new name" || fail "no root save prompt"
T send-keys -t s80 Escape
wait_gone s80 "root file stays" 5
cmp -s "$TMP/base.ini" "$ROOT/scenarios/chongqing-baseline.ini" && pass "the root scenario file is untouched" \
    || fail "base.ini was changed"
T send-keys -t s80 S
wait_for s80 "Save as" 5 || fail "no save-as prompt"
T send-keys -t s80 C-u "$TMP/new.ini" Enter
if wait_for s80 "Saved" 5 && [ -s "$TMP/new.ini" ]; then pass "save as writes new.ini"; else fail "save as"; screen s80; fi
grep -q '^inherit = "\{0,1\}base.ini' "$TMP/new.ini" && pass "new.ini inherits from base.ini" || fail "no inherit line"
grep -q '^gdp_growth_pct = .*2030:10\b' "$TMP/new.ini" && pass "new.ini holds the moved lever (GDP growth 2030 = 5 + 10 x 0.5)" \
    || fail "lever value not in new.ini: $(grep gdp_growth_pct "$TMP/new.ini")"
keys=$(grep -cE '^[a-z_0-9]+ *=' "$TMP/new.ini")
[ "$keys" -le 6 ] && pass "new.ini lists only the differences ($keys keys)" || fail "new.ini has $keys keys"
tui_status=$(status_line s80)
cli=$("$BIN" run "$TMP/new.ini" 2>&1)
coal=$(echo "$cli" | sed -n 's/.*Coal share of energy:.*2030: *\([0-9.]*\) %.*/\1/p')
nf=$(echo "$cli" | sed -n 's/.*Non-fossil share of energy:.*2030: *\([0-9.]*\) %.*/\1/p')
coal1=$(printf '%.1f' "$coal"); nf1=$(printf '%.1f' "$nf")
echo "$tui_status" | grep -qF "Coal30 $coal1%" && echo "$tui_status" | grep -qF "NF30 $nf1%" \
    && pass "peakpath run new.ini gives the TUI's numbers (coal $coal1 %, non-fossil $nf1 % in 2030)" \
    || fail "CLI ($coal1, $nf1) differs from TUI: $tui_status"
"$BIN" run "$TMP/new.ini" --format csv > "$TMP/new.csv" 2>&1
ci=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "carbon_intensity_vs_2015_pct") c = i }
              $1 == "2030" { printf "%+.1f", $c }' "$TMP/new.csv")
echo "$tui_status" | grep -qF "CI30/15 $ci%" && pass "the CSV of new.ini gives the TUI's carbon intensity ($ci % in 2030)" \
    || fail "CSV CI $ci differs from TUI: $tui_status"
peak=$(echo "$cli" | grep 'Peak CO2:' | head -1)
case "$tui_status" in
    "No peak by "*) echo "$peak" | grep -q "no peak" ;;
    *) echo "$peak" | grep -q "$(echo "$tui_status" | sed -n 's/^ *Peak \(20[0-9][0-9]\).*/\1/p')" ;;
esac && pass "peakpath run new.ini gives the TUI's peak ($peak)" || fail "peak differs: $peak vs $tui_status"
"$BIN" run "$TMP/base.ini" --format csv > "$TMP/base.csv" 2>&1
cmp -s "$TMP/new.csv" "$TMP/base.csv" && fail "saved scenario runs the same as the base" || pass "saved scenario's CSV differs from the base"
wait_gone s80 "[+] unsaved" 5 && pass "saving clears the unsaved mark" || fail "still marked unsaved after saving"

# ---- resize: larger, too small, back ----
T resize-window -t s80 -x 120 -y 40
wait_for s80 "Primary energy mix" 5 && pass "resize to 120x40 adds the second view" || fail "no re-layout at 120x40"
scr=$(screen s80)
[ "$(echo "$scr" | head -1 | grep -c peakpath)" = 1 ] && echo "$scr" | tail -1 | grep -q quit \
    && [ "$(echo "$scr" | grep -c '┘')" -ge 2 ] && pass "120x40 layout is whole (title, frames, key bar)" \
    || { fail "120x40 layout broken"; echo "$scr"; }
T resize-window -t s80 -x 60 -y 20
wait_for s80 "too small" 5 && pass "60x20 says the terminal is too small" || fail "no too-small message"
T resize-window -t s80 -x 80 -y 24
wait_for s80 "Mt CO2" 5 && wait_gone s80 "too small" 5 && pass "back at 80x24 the layout returns" || fail "no layout after resize back"

# ---- keys and mouse: help, exact value, refused value, reset, open ----
T send-keys -t s80 '?'
wait_for s80 "type an exact value" 5 && pass "? shows every key" || fail "no help"
T send-keys -t s80 x
wait_gone s80 "type an exact value" 5 && pass "any key closes the help" || fail "help stays"
T send-keys -t s80 Home Enter C-u 7 Enter
wait_for s80 "7.0 %/yr" 5 && pass "Enter types an exact lever value" || fail "exact value not applied"
T send-keys -t s80 s
wait_for s80 "Saved: $TMP/new.ini" 5 && grep -q '^gdp_growth_pct = .*2030:7\b' "$TMP/new.ini" \
    && grep -q '^inherit = "\{0,1\}base.ini' "$TMP/new.ini" && pass "s saves an inheriting file in place" \
    || fail "in-place save: $(grep gdp_growth_pct "$TMP/new.ini")"
T send-keys -t s80 Enter C-u 999 Enter
wait_for s80 "out of range" 5 && screen s80 | grep -q "Mt CO2" && pass "an out-of-range value is a message, the TUI goes on" \
    || fail "no message for 999"
T send-keys -t s80 r
wait_for s80 "5.0 %/yr" 5 && pass "r resets the lever to the value first loaded" || fail "r did not reset"
T send-keys -t s80 -l "$(printf '\033[M &\047')"   # X10 mouse: button 1 pressed at column 5, row 6
T send-keys -t s80 -l "$(printf '\033[M#&\047')"   # released
wait_for s80 "Heavy industry in industry" 5 && pass "a click selects the lever under it" || fail "mouse click"
T send-keys -t s80 -l "$(printf '\033[M`&\047')"   # wheel up over the same lever
wait_for s80 "│*Heavy" 5 && pass "the wheel moves the lever" || fail "mouse wheel"
T send-keys -t s80 -l "$(printf '\033[M G\047')"   # click the slider's last cell (column 38): plausible top 33
T send-keys -t s80 -l "$(printf '\033[M#G\047')"
wait_for s80 "33 %" 5 && pass "a click on a slider sets the value there" || fail "slider click"
T send-keys -t s80 R
wait_gone s80 "│*" 5 && pass "R resets every lever" || fail "R"
T send-keys -t s80 o C-u "$TMP/base.i" Tab
wait_for s80 "$TMP/base.ini" 5 && pass "Tab completes the file name in the open prompt" || fail "no completion"
T send-keys -t s80 Enter
wait_for s80 "unsaved changes" 5 && pass "o with unsaved changes asks first" || fail "open did not ask"
T send-keys -t s80 y
wait_for s80 "Opened" 5 && screen s80 | head -1 | grep -q "base.ini" && wait_gone s80 "[+] unsaved" 2 \
    && pass "o opens another scenario" || fail "open"

# ---- quit restores the terminal ----
T send-keys -t s80 q
wait_file "$TMP/s80.rc" 5 && [ "$(cat "$TMP/s80.rc")" = 0 ] && pass "q quits with exit code 0" || fail "q did not quit cleanly"
wait_file "$TMP/s80.stty" 5 && tty_ok "$TMP/s80.stty" && pass "terminal restored after quit (icanon, echo)" \
    || fail "terminal not restored after quit"

# ---- 200x60: more shown; SIGTERM restores ----
start s200 200 60 "LANG=C.UTF-8" "$TMP/base.ini"
wait_for s200 "Mt CO2" 15 && pass "200x60 draws the CO2 chart" || fail "200x60: no chart"
scr=$(screen s200)
echo "$scr" | grep -qE 'Peak 20[0-9][0-9] [0-9.]+ Mt' && pass "200x60 marks the peak with year and value" || fail "200x60: no peak"
echo "$scr" | grep -q "Primary energy mix" && pass "200x60 shows a second view" || fail "200x60: no second view"
echo "$scr" | grep -q "Key numbers" && echo "$scr" | grep -qE "Peak year +20[0-9][0-9] +20[0-9][0-9]" \
    && pass "200x60 shows key numbers, loaded and now" || fail "200x60: no key numbers panel"
echo "$scr" | grep -q "2015" && echo "$scr" | grep -q "2060" && pass "200x60 x axis 2015-2060" || fail "200x60 x axis"
for v in 2 3 4 5; do T send-keys -t s200 "$v"; done
wait_for s200 "All indicators by year" 5 && pass "views switch (table on key 5)" || fail "table view"
T capture-pane -e -p -t s200 | grep -qE "$(printf '\033')\[([0-9]+;)*(3[0-7]|38;5;[0-9]+)(;[0-9]+)*m" && pass "colours where the terminal has them" \
    || fail "no colours at 200x60"
wait_file "$TMP/s200.pid" 5
kill -TERM "$(cat "$TMP/s200.pid")"
wait_file "$TMP/s200.rc" 5 && [ "$(cat "$TMP/s200.rc")" = 143 ] && pass "SIGTERM ends the TUI (exit 143)" \
    || fail "SIGTERM: rc $(cat "$TMP/s200.rc" 2>/dev/null)"
wait_file "$TMP/s200.stty" 5 && tty_ok "$TMP/s200.stty" && pass "terminal restored after SIGTERM" \
    || fail "terminal not restored after SIGTERM"

# ---- Chinese, ASCII, Ctrl-C ----
start szh 80 24 "LANG=C.UTF-8" --lang zh "$TMP/base.ini"
wait_for szh "达峰" 15 && screen szh | grep -q "政策杠杆" && pass "--lang zh shows Chinese labels" || fail "--lang zh"
# "2030年 " 7 + "3 " 2 + " 6.5" 4 + " %/年" 5 + " ◀ 更低碳" 9 = 27 of 38 columns: 11 cells, 5.0 at
# round(2 / 3.5 x 10) = round(5.71) = 6. (%/yr is %/年 in Chinese: report/units.h)
screen szh | grep -qF '│2030年 3 ━━━━━━●━━━━ 6.5 %/年 ◀ 更低碳│' && pass "zh: slider line with its ends, greener side" \
    || fail "zh slider line: $(screen szh | grep -F '2030年' | head -1)"
T send-keys -t szh l
wait_for szh "Policy levers" 5 && pass "l switches to English" || fail "language switch"
T send-keys -t szh C-c
start szh2 80 24 "LC_ALL= LANG=zh_CN.UTF-8" "$TMP/base.ini"   # a Chinese locale that is not installed
wait_for szh2 "达峰" 15 && screen szh2 | grep -q "政策杠杆" && pass "LANG=zh_CN.UTF-8 (not installed) still gives Chinese" \
    || { fail "zh locale"; screen szh2; }
T send-keys -t szh2 q
wait_file "$TMP/szh.rc" 5 && [ "$(cat "$TMP/szh.rc")" = 130 ] && pass "Ctrl-C ends the TUI (exit 130)" \
    || fail "Ctrl-C: rc $(cat "$TMP/szh.rc" 2>/dev/null)"
wait_file "$TMP/szh.stty" 5 && tty_ok "$TMP/szh.stty" && pass "terminal restored after Ctrl-C" || fail "Ctrl-C restore"

start sasc 80 24 "LANG=C NO_COLOR=1" "$TMP/base.ini"
wait_for sasc "Mt CO2" 15 || fail "ASCII: no chart"
scr=$(screen sasc)
if echo "$scr" | LC_ALL=C grep -q '[^ -~]'; then fail "ASCII terminal got non-ASCII characters"; else pass "ASCII fallback in a C locale"; fi
echo "$scr" | grep -qE 'Peak 20[0-9][0-9]' && pass "ASCII screen shows the peak" || fail "ASCII peak"
echo "$scr" | grep -qF '|in 2030 3 -----O--- 6.5 %/yr < greener|' && pass "ASCII slider line" \
    || fail "ASCII slider line: $(echo "$scr" | grep -F 'in 2030' | head -1)"
T capture-pane -e -p -t sasc | grep -qE "$(printf '\033')\[([0-9]+;)*(3[0-7]|38;5;[0-9]+)(;[0-9]+)*m" && fail "NO_COLOR: colours drawn" \
    || pass "NO_COLOR: monochrome"
T send-keys -t sasc q

# ---- a terminal that cannot place the cursor: a message, not a blank screen ----
start sdumb 80 24 "TERM=dumb LANG=C.UTF-8" "$TMP/base.ini"
wait_file "$TMP/sdumb.rc" 10 && [ "$(cat "$TMP/sdumb.rc")" = 1 ] && wait_for sdumb "cannot show the interactive view" 5 \
    && pass "TERM=dumb: a message and exit 1" || { fail "TERM=dumb: rc $(cat "$TMP/sdumb.rc" 2>/dev/null)"; screen sdumb; }
wait_file "$TMP/sdumb.stty" 5 && tty_ok "$TMP/sdumb.stty" && pass "TERM=dumb leaves the terminal as it was" \
    || fail "TERM=dumb terminal modes"

# ---- a solver failure is a message, not a dead screen; a crash signal restores the terminal ----
printf '[scenario]\ninherit = base.ini\nname = "impossible calibration"\n[calibration]\nenergy_mtce_end = 99999\ncoal_share_end_pct = 99\n' \
    > "$TMP/badcal.ini"
start sbad 80 24 "LANG=C.UTF-8" "$TMP/badcal.ini"
wait_for sbad "calibration failed" 15 && screen sbad | grep -q "NOT CALIBRATED" && screen sbad | grep -q "Mt CO2" \
    && pass "calibration failure shows as a message and a mark, the charts still draw" || { fail "solver failure"; screen sbad; }
wait_file "$TMP/sbad.pid" 5
kill -SEGV "$(cat "$TMP/sbad.pid")"
wait_file "$TMP/sbad.rc" 5 && [ "$(cat "$TMP/sbad.rc")" = 139 ] && pass "SIGSEGV is re-raised after restoring (exit 139)" \
    || fail "SIGSEGV: rc $(cat "$TMP/sbad.rc" 2>/dev/null)"
wait_file "$TMP/sbad.stty" 5 && tty_ok "$TMP/sbad.stty" && pass "terminal restored after a crash signal" \
    || fail "terminal not restored after SIGSEGV"

lib_finish
