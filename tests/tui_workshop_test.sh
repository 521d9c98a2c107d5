#!/bin/sh
# tests/tui_workshop_test.sh - the TUI's workshop features in tmux (send-keys to type, capture-pane
# to read): a challenge's goals shown not met, then met as typed lever values reach them, with the
# "challenge met" banner; a locked lever refusing a move with the lock message; a limit clamping
# arrow moves; playback from the first year to 2060 with the peak appearing only once reached;
# exports (SVG valid for xmllint, CSV with a BOM, Markdown) and no overwrite without a yes; Chinese
# and ASCII screens; the playback at 200x60. Needs tmux, xmllint and $PEAKPATH_BIN. Bounded waits.
set -u
. "$(dirname "$0")/lib.sh"
lib_init tui_workshop_test
require tmux xmllint
CH=challenge-1-energy-mix
cp "$ROOT/scenarios/$CH.ini" "$ROOT/scenarios/chongqing-baseline.ini" "$TMP/"

# start SESSION COLS ROWS ENV ARGS...: the TUI in $TMP, its exit code in $TMP/SESSION.rc (tests/lib.sh).
start() { tui_start "$@"; }
# select SESSION LABEL: moves the selection down from the first lever until the details under the
# list name LABEL (the details line starts right after the frame; list rows start with a mark).
select_lever() {
    T send-keys -t "$1" Home
    n=0
    while [ $n -lt 60 ]; do
        sleep 0.1
        screen "$1" | grep -q "^│$2" && return 0
        T send-keys -t "$1" Down; n=$((n + 1))
    done
    return 1
}
# type_value SESSION LABEL VALUE: selects the lever and types its exact value.
type_value() {
    select_lever "$1" "$2" || { fail "lever '$2' not found"; return 1; }
    T send-keys -t "$1" Enter C-u "$3" Enter
    wait_for "$1" "$3 " 5
}

echo "tui_workshop_test: $BIN"

# ---- 80x24: goals not met, a locked lever, a limit ----
start s80 80 24 "LANG=C.UTF-8" "$CH.ini"
wait_for s80 "Challenge goals: 0/3 met" 15 && pass "80x24: the goals box shows 0/3 met" || { fail "no goals box"; screen s80; }
scr=$(screen s80)
[ "$(echo "$scr" | grep -c '✗ ')" = 3 ] && pass "three goals marked not met (✗)" || fail "not three ✗ marks"
echo "$scr" | grep -q "Coal share 2030 < 27 %" && echo "$scr" | grep -q "CO2 2030 <= 152 Mt" \
    && pass "goals named with their targets" || fail "goal texts"
echo "$scr" | grep -qE 'Goals 0/3 *$' && pass "status line: Goals 0/3" || fail "no Goals 0/3 on the status line"
echo "$scr" | grep -q '^│#GDP growth .* lock│' && pass "a locked lever is drawn with # and 'lock'" || fail "no lock mark"
before=$(echo "$scr" | grep '^│#GDP growth')
T send-keys -t s80 Home Right
wait_for s80 "locked by the challenge ($CH.ini)" 5 && pass "a move of a locked lever is refused, naming the challenge" \
    || { fail "no lock message"; screen s80; }
[ "$(screen s80 | grep '^│#GDP growth')" = "$before" ] && wait_gone s80 "[+] unsaved" 1 \
    && pass "the locked lever did not move" || fail "locked lever moved"
T send-keys -t s80 Enter C-u 7 Enter
wait_for s80 "locked by the challenge" 5 && screen s80 | grep -q '^│#GDP growth .*5.0 %/yr' \
    && pass "a typed value for a locked lever is refused too" || fail "typed value on a locked lever"
select_lever s80 "Southwest imports" || fail "no imports lever"
screen s80 | grep -q "challenge limit 30…65 TWh" && pass "the details show the challenge's limit" || fail "no limit in details"
T send-keys -t s80 PPage PPage
wait_for s80 "the challenge allows 30…65 TWh" 5 && pass "arrow moves stop at the limit, with a message" \
    || { fail "no limit message"; screen s80; }
screen s80 | grep -qE '^│\*(Southwest imports|SW imports).* 65 TWh' && pass "imports clamped to 65 TWh" || fail "imports not at 65"
T send-keys -t s80 r
wait_gone s80 "[+] unsaved" 5 && pass "r puts it back" || fail "r after the limit"

# ---- help: the new keys, on pages when they do not fit ----
T send-keys -t s80 '?'
wait_for s80 "Space: more keys (page 1 of" 5 && pass "80x24: the help says there is a next page" || { fail "no help pages"; screen s80; }
page1=$(screen s80)
T send-keys -t s80 Space
wait_gone s80 "(page 1 of" 5 || fail "no second help page"
pages="$page1
$(screen s80)"
for k in "play the path year by year" "one year forward / back" "faster / slower" "export a chart (SVG)" \
         "challenge: the brief and the goals" "quit (asks first"; do
    echo "$pages" | grep -qF "$k" || fail "help pages lack '$k'"
done
pass "Space turns to the next page; the two pages list the playback, export, challenge and quit keys"
T send-keys -t s80 z
wait_gone s80 "any key closes" 5 && wait_gone s80 "page 1 of" 1 && pass "another key closes the help" || fail "help stays open"

# ---- the brief, then the goals met one by one and the banner ----
T send-keys -t s80 g
wait_for s80 "economy and industry" 5 && wait_for s80 "g closes" 2 && pass "g shows the challenge brief" \
    || { fail "no brief"; screen s80; }
T send-keys -t s80 g
wait_gone s80 "g closes" 5 && pass "g hides it again" || fail "brief stays"
# values reachable from the TUI (the lever moves scale the later years of each path; wind 4 GW
# would push its 2060 point over the wind potential): imports 60 TWh, solar 8, wind 3.7, hydro 9.5
type_value s80 "Southwest imports" 60 || fail "imports 60"
type_value s80 "Solar PV capacity" 8.0 || fail "solar 8"
screen s80 | grep -q "CHALLENGE MET" && fail "banner before the goals are met"
type_value s80 "Wind capacity" 3.7 || fail "wind 3.7"
screen s80 | grep -qE 'Challenge goals: [0-2]/3 met' && pass "goals change as levers move, not all met yet ($(screen s80 | grep -o 'Goals [0-9]/3'))" \
    || fail "goals before hydro: $(screen s80 | grep -o 'goals: [0-9]/3')"
type_value s80 "Hydro capacity" 9.5 || fail "hydro 9.5"
wait_for s80 "CHALLENGE MET" 5 && screen s80 | grep -q "All 3 goals are met" && pass "the 'challenge met' banner appears" \
    || { fail "no banner"; screen s80; }
screen s80 | grep -qE 'Goals 3/3 ✓ *$' && [ "$(screen s80 | grep -c '✓ ')" -ge 3 ] && pass "all goals marked met (✓, Goals 3/3)" \
    || fail "not all ✓"
T send-keys -t s80 x
wait_gone s80 "CHALLENGE MET" 5 && pass "a key closes the banner (and only closes it)" || fail "banner stays"
screen s80 | grep -q "1-7: choose" && fail "the key closing the banner also acted"
T send-keys -t s80 u
wait_for s80 "Challenge goals: 2/3 met" 5 && pass "undo: goals back to 2/3" || fail "undo goals"
T send-keys -t s80 U
wait_for s80 "CHALLENGE MET" 5 && pass "redo: the banner again when all goals become met" || fail "no banner after redo"
T send-keys -t s80 Escape
wait_gone s80 "CHALLENGE MET" 5

# ---- playback ----
T send-keys -t s80 ','
wait_for s80 "‖ 2015" 5 && pass "',' starts a paused playback at the first year" || { fail "no paused playback"; screen s80; }
chart=$(screen s80 | sed -n '3,15p' | sed 's/.*││//')
echo "$chart" | grep -q '●' && fail "peak mark drawn before the peak year" || pass "no peak mark at 2015"
T send-keys -t s80 . .
wait_for s80 "‖ 2017" 5 && pass "'.' steps a year" || fail "step"
st=$(screen s80 | grep -F "No peak by 2017")
[ -n "$st" ] && ! echo "$st" | grep -qE "Peak 20[0-9][0-9] |Coal30|NF30" \
    && pass "the status line hides what lies ahead (no peak, no 2030 shares at 2017)" || fail "status line during playback: $st"
[ "$(screen s80 | grep -c '2030 .*: …')" = 3 ] && screen s80 | grep -q "Challenge goals: 0/3" \
    && pass "the goals box hides the 2030 values at 2017 (… and 0/3)" || fail "goals during playback: $(screen s80 | grep -A3 'Challenge goals')"
T send-keys -t s80 '>' '>' '>' '>' '>' p
wait_for s80 "0.1 s/yr" 5 && pass "'>' speeds up to 0.1 s a year" || fail "speed"
wait_for s80 "▶ 20" 5 && pass "p plays" || fail "p does not play"
T send-keys -t s80 p
sleep 0.5
y1=$(screen s80 | grep -o '‖ 20[0-9][0-9]'); sleep 0.6; y2=$(screen s80 | grep -o '‖ 20[0-9][0-9]')
[ -n "$y1" ] && [ "$y1" = "$y2" ] && pass "p pauses ($y1)" || fail "pause: '$y1' '$y2'"
T send-keys -t s80 p
wait_for s80 "Playback reached 2060" 15 && pass "the playback reaches 2060 and stops" || { fail "playback did not reach 2060"; screen s80; }
screen s80 | sed -n '3,15p' | sed 's/.*││//' | grep -q '●' && pass "the whole path with its peak after the playback" || fail "no peak after playback"

# ---- exports ----
SVG="$TMP/$CH-emissions.svg"
T send-keys -t s80 x
wait_for s80 "1-7: choose" 5 && pass "x opens the export menu" || fail "no export menu"
T send-keys -t s80 1
wait_for s80 "Export to: $CH-emissions.svg" 5 && pass "the file name defaults next to the scenario" || fail "default name"
T send-keys -t s80 Enter
wait_for s80 "Exported: $CH-emissions.svg" 5 && [ -s "$SVG" ] && pass "the CO2 chart is exported" || fail "SVG export"
xmllint --noout "$SVG" 2>/dev/null && pass "the SVG is well-formed (xmllint)" || fail "xmllint on $SVG"
grep -q 'width="1280"' "$SVG" && grep -q '2060' "$SVG" && pass "the SVG is slide-sized with the years" || fail "SVG content"
cp "$SVG" "$TMP/first.svg"
select_lever s80 "Solar PV capacity" && T send-keys -t s80 Enter C-u 10 Enter
wait_for s80 "10.0 GW" 5 || fail "solar 10"
T send-keys -t s80 x 1 Enter
wait_for s80 "already exists. Replace it?" 5 && pass "an existing file: the TUI asks first" || { fail "no question"; screen s80; }
T send-keys -t s80 n
wait_for s80 "Not exported; kept" 5 && cmp -s "$SVG" "$TMP/first.svg" && pass "n keeps the file unchanged" || fail "n"
T send-keys -t s80 x 1 Enter
wait_for s80 "Replace it?" 5 || fail "no question the second time"
T send-keys -t s80 y
wait_for s80 "Exported: $CH-emissions.svg" 5 && ! cmp -s "$SVG" "$TMP/first.svg" && xmllint --noout "$SVG" 2>/dev/null \
    && pass "y replaces it with the new chart" || fail "y"
T send-keys -t s80 x 6 Enter
wait_for s80 "Exported: $CH-excel.csv" 5 && [ "$(head -c 3 "$TMP/$CH-excel.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] \
    && sed -n 2p "$TMP/$CH-excel.csv" | grep -q '^2015,' && pass "CSV for Excel starts with a UTF-8 BOM, one row a year" || fail "CSV BOM"
T send-keys -t s80 x 5 Enter
wait_for s80 "Exported: $CH.csv" 5 && head -c 5 "$TMP/$CH.csv" | grep -q '^year,' && pass "plain CSV without a BOM" || fail "CSV"
T send-keys -t s80 x 7 Enter
wait_for s80 "Exported: $CH-summary.md" 5 && grep -q '^#' "$TMP/$CH-summary.md" && pass "Markdown summary" || fail "MD"
T send-keys -t s80 l x 2 Enter
wait_for s80 "已导出" 5 && grep -q '煤炭' "$TMP/$CH-mix.svg" && xmllint --noout "$TMP/$CH-mix.svg" 2>/dev/null \
    && pass "in Chinese the energy-mix SVG has Chinese labels" || { fail "Chinese SVG"; screen s80; }
T send-keys -t s80 x 3 C-u "$TMP/nodir/x.svg" Enter
wait_for s80 "导出失败" 5 && pass "an export to a missing directory is an error message" || fail "bad export path"
screen s80 | grep -q '挑战目标' && pass "goals box in Chinese" || fail "Chinese goals box"
T send-keys -t s80 q y
tui_exited s80 5
[ "$(cat "$TMP/s80.rc" 2>/dev/null)" = 0 ] && pass "quits cleanly" || fail "quit"

# ---- 120x40: the status words; ASCII; 200x60 playback ----
start s120 120 40 "LANG=C.UTF-8" "$CH.ini"
wait_for s120 "Challenge goals: 0/3 met" 15 && [ "$(screen s120 | grep -c 'not met')" -ge 3 ] \
    && pass "120x40: each goal says 'not met'" || { fail "no 'not met' words"; screen s120; }
T send-keys -t s120 q
start sasc 80 24 "LANG=C NO_COLOR=1" "$CH.ini"
wait_for sasc "Challenge goals" 15 || fail "ASCII: no goals"
scr=$(screen sasc)
if echo "$scr" | LC_ALL=C grep -q '[^ -~]'; then fail "ASCII terminal got non-ASCII characters"; else pass "ASCII goals and locks"; fi
[ "$(echo "$scr" | grep -c '|no ')" = 3 ] && pass "ASCII goals marked 'no'" || fail "ASCII marks"
T send-keys -t sasc p
wait_for sasc "> 20" 5 && pass "ASCII playback mark" || fail "ASCII playback"
T send-keys -t sasc q
start s200 200 60 "LANG=C.UTF-8" "$CH.ini"
wait_for s200 "Challenge goals" 15 || fail "200x60: no goals"
T send-keys -t s200 ','
wait_for s200 "‖ 2015" 5 && screen s200 | grep -qE "Peak year +… +…" && screen s200 | grep -qE "CO2 2030.* +… +…" \
    && pass "200x60: the key numbers hide what lies ahead during playback" || fail "side panel during playback: $(screen s200 | grep 'Peak year')"
T send-keys -t s200 '>' '>' '>' p
wait_for s200 "▶ 20" 5 && wait_for s200 "Playback reached 2060" 15 && pass "200x60: the playback reaches 2060" \
    || { fail "200x60 playback"; screen s200; }
T send-keys -t s200 q

lib_finish
