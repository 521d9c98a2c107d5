#!/bin/sh
# tests/room_test.sh - drives `peakpath room DIR` in tmux (send-keys to type, capture-pane to
# read): three participants' files and a broken one are listed without failing, the broken row
# says so, a file changed on disk updates its row, a half-written file turns its row broken and
# back, sorting, a participant's chart, the overlay, the export refusing to overwrite, q quits.
# Needs tmux and $PEAKPATH_BIN (tests/run_all.sh sets it). Every wait is bounded.
set -u
. "$(dirname "$0")/lib.sh"
lib_init room_test
ROOM=$TMP/shared
require tmux xmllint

row() { screen room | grep -E "^(\* )?$1 " | head -1; }

# a participant: inherits challenge 1, with solar in 2030 at $2 GW (the lever moved as the TUI does)
participant() {
    printf '[scenario]\nname = %s plan\ninherit = %s/scenarios/challenge-1-energy-mix.ini\n[power]\nsolar_gw = 2015:0.05, 2020:0.67, 2030:%s, 2060:%s\n' \
        "$1" "$ROOT" "$2" "$3" > "$ROOM/$1.ini.tmp" && mv "$ROOM/$1.ini.tmp" "$ROOM/$1.ini"
}

mkdir -p "$ROOM"
participant ana 4.5 12
participant ben 8 21
sed "s|\.\./\.\./scenarios/|$ROOT/scenarios/|" "$ROOT/tests/challenge/solution-1.ini" > "$ROOM/cai.ini"
printf '[scenario]\nname = Dan\ninherit = %s/scenarios/challenge-1-energy-mix.ini\n[power]\nsolar_gw = 2015:0.05, 20' "$ROOT" > "$ROOM/dan.ini"

echo "room_test: $BIN"
tui_start room 150 30 "LANG=C.UTF-8" room "$ROOM" --interval 200

if wait_for room "peakpath room" 10; then pass "the room view opens"; else fail "no room view"; screen room; fi
wait_for room "cai plan" 5 || wait_for room "Solution 1" 5
for w in ana ben cai; do [ -n "$(row $w)" ] && pass "row for $w" || fail "no row for $w"; done
row dan | grep -q "BROKEN" && pass "the broken file's row says BROKEN: $(row dan | cut -c1-90)" || fail "dan not shown broken: $(row dan)"
T send-keys -t room End Enter
wait_for room "Why this file is broken" 5 && pass "Enter on a broken row shows the whole reason" || { fail "no reason view"; screen room; }
T send-keys -t room Escape
wait_for room "1 Name" 5 || fail "Esc from the reason"
screen room | grep -qF "4 files  ·  1 broken" && pass "title counts 4 files, 1 broken" || fail "title: $(screen room | head -1)"
row cai | grep -qF "3/3" && pass "cai meets 3/3 goals" || fail "cai goals: $(row cai)"
row ana | grep -qF "0/3" && pass "ana meets 0/3 goals" || fail "ana goals: $(row ana)"

# a file changed on disk updates its row (ana moves solar to 10 GW: her coal share drops)
before=$(row ana)
participant ana 10 26.6667
row_changed() { [ "$(row ana)" != "$before" ]; }
wait_until 5 row_changed
[ "$(row ana)" != "$before" ] && pass "changed file updates its row ($(row ana | tr -s ' ' | cut -c1-60))" || fail "row unchanged: $(row ana)"

# half-written, then complete again: the row turns broken and back, the view stays alive
printf '[scenario]\nname = ben plan\ninherit = ' > "$ROOM/ben.ini"
wait_line room "^ben .*BROKEN" 5 && pass "half-written file shows BROKEN" || fail "half-written: $(row ben)"
participant ben 8 21
wait_line room "^ben .*ben plan" 5 && pass "completed file runs again" || fail "ben not back: $(row ben)"
dan_fixed() { printf '[scenario]\nname = Dan fixed\ninherit = %s/scenarios/challenge-1-energy-mix.ini\n' "$ROOT" > "$ROOM/dan.ini"; }
dan_fixed
wait_line room "^dan .*Dan fixed" 5 && pass "fixed file leaves BROKEN" || fail "dan: $(row dan)"

# a column per goal of the challenge (challenge 1: coal, non-fossil, CO2 2030), and the cost column
screen room | grep -q "5 Coal30<27" && screen room | grep -q "6 NF30≥35" && screen room | grep -q "7 CO2'30≤152" \
    && pass "a column per goal of the challenge" || fail "goal columns: $(screen room | sed -n 3p)"
screen room | grep -q "9 bnCNY" && pass "a system cost column" || fail "no cost column"
row ana | grep -qE "% (✗|✓) .*Mt (✗|✓)" && pass "goal cells show the value and met or not" || fail "goal cells: $(row ana)"

# sorting: 5 = the coal share goal, ascending; cai (37.9 %) before dan (43.8 %, the challenge as given)
T send-keys -t room 5
wait_for room "sort: Coal30<27" 5 && pass "5 sorts by coal share 2030" || fail "no sort by coal: $(screen room | head -1)"
order=$(screen room | grep -oE '^(ana|ben|cai|dan) ' | tr -d ' ' | tr '\n' ' ')
case "$order" in *cai*dan*) pass "ascending coal share: $order";; *) fail "order: $order";; esac
T send-keys -t room 5
wait_for room "sort: Coal30<27 ▼" 5 && pass "5 again reverses" || fail "no reverse"

# Enter: the selected participant's chart; Esc back; overlay of all
T send-keys -t room 1
wait_for room "sort: Name ▲" 5 || fail "1 sorts by name"
T send-keys -t room Home Enter
wait_for room "Mt CO2" 5 && screen room | grep -qE "Peak 20[0-9][0-9]" && pass "Enter opens the CO2 chart with its peak" || fail "no chart"
T send-keys -t room Right
wait_for room "Coal share" 5 && pass "Right shows the energy mix" || fail "no mix chart"
T send-keys -t room Right Right
wait_for room "Levers moved" 5 && screen room | grep -q "Solar PV capacity: .* → .* GW" \
    && pass "the levers the participant moved (lever: from → to)" || { fail "no levers view"; screen room; }
T send-keys -t room Escape
wait_for room "1 Name" 5 && pass "Esc returns to the list" || fail "Esc"
T send-keys -t room o
wait_for room "CO2 paths compared" 5 && screen room | grep -q "ana" && screen room | grep -q "cai" && pass "o overlays the paths" || fail "overlay"
screen room | grep -q "page 1/1" && pass "the overlay says its page" || fail "no page note"
T send-keys -t room Escape

# export: writes into the current folder; a second time asks before overwriting
T send-keys -t room e
wait_for room "Exported: peakpath-room-summary.md" 5 && [ -s "$TMP/peakpath-room-summary.md" ] && [ -s "$TMP/peakpath-room-co2.svg" ] \
    && pass "e exports the summary and the overlay (names apart from the guide's room-co2.svg)" || fail "export: $(screen room | tail -2 | head -1)"
[ "$(grep -c '<polyline' "$TMP/peakpath-room-co2.svg")" = 4 ] && pass "the exported overlay has all four participants" \
    || fail "overlay lines: $(grep -c '<polyline' "$TMP/peakpath-room-co2.svg")"
xmllint --noout "$TMP/peakpath-room-co2.svg" 2>/dev/null && pass "the overlay SVG is well-formed" || fail "SVG not well-formed"
echo old > "$TMP/peakpath-room-summary.md"
T send-keys -t room e
wait_for room "Overwrite? y/n" 5 && pass "exporting again asks first" || fail "no question"
T send-keys -t room n
# the answer was handled once the question is gone; only then does the file's content prove anything
if wait_gone room "Overwrite? y/n" 5; then
    grep -q '^old$' "$TMP/peakpath-room-summary.md" && pass "n keeps the existing file" || fail "file replaced without asking"
else fail "the overwrite question stayed after n"; fi

# a file over the size limit is a broken row, never read
head -c 300000 /dev/zero | tr '\0' ';' > "$ROOM/huge.ini"
wait_line room "^huge .*BROKEN" 5 && pass "a file over 256 KB is a broken row" || fail "huge file: $(row huge)"
rm -f "$ROOM/huge.ini"

T send-keys -t room q
tui_exited room 5
[ "$(cat "$TMP/room.rc" 2>/dev/null)" = 0 ] && pass "q quits with exit 0" || fail "exit code: $(cat "$TMP/room.rc" 2>/dev/null)"

# no terminal: a clear message, not a crash
"$BIN" room "$ROOM" < /dev/null > "$TMP/out" 2>&1; rc=$?
[ $rc -eq 1 ] && grep -q "needs a terminal" "$TMP/out" && pass "without a terminal: message, exit 1" || fail "no-tty: rc $rc"
"$BIN" room "$TMP/nosuch" > "$TMP/out" 2>&1; rc=$?
[ $rc -eq 2 ] && grep -q "cannot read the folder" "$TMP/out" && pass "missing folder: exit 2" || fail "missing folder: rc $rc $(cat "$TMP/out")"

lib_finish
