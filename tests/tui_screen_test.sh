#!/bin/sh
# tests/tui_screen_test.sh - the screen a participant reads (issue 17), in tmux at 80x24 and
# 200x60. Properties only, never today's figures (the engine is being retuned): every lever's name
# on screen is unique and whole; hidden levers are announced; the energy-mix boundaries move by
# sub-cell steps when a lever moves one step; the legends name every non-zero series (from
# `peakpath run --format csv`) and no zero one; typing into the pre-filled goal-seek prompt
# replaces it; `o` with unsaved changes offers save / discard / cancel and saving works; Tab
# prefers .ini; undo says which lever went from what to what; the short status line points at ?.
. "$(dirname "$0")/lib.sh"
lib_init tui_screen
require tmux
cd "$ROOT" || exit 1
cp scenarios/chongqing-baseline.ini "$TMP/base.ini"
cp scenarios/chongqing-baseline.ini scenarios/chongqing-peak2030.ini "$TMP/" # it inherits the baseline
: > "$TMP/base.csv"
: > "$TMP/base.txt"
ENVS="LANG=C.UTF-8 LC_ALL=C.UTF-8"

# lever_names SESSION: the names on the lever rows of the panel ("│ Name   12.5 unit ━●━").
lever_names() {
    screen "$1" | sed -nE 's/^│[ *#]([^│]*[^ ]) +-?[0-9][0-9.]* [^ ]+ .*/\1/p'
}

# all_lever_names SESSION: every lever's name, selecting each lever from the first to the last.
all_lever_names() {
    T send-keys -t "$1" Home; sleep 0.3
    k=0
    { while [ $k -lt 30 ]; do lever_names "$1"; T send-keys -t "$1" Down; sleep 0.05; k=$((k + 1)); done
      sleep 0.3; lever_names "$1"; } | sort -u
}

# plot SESSION: the view panel's rows (right of the levers' 40 columns at 80x24).
plot() { screen "$1" | sed -n '3,21p' | sed -E 's/^│[^│]*│//'; }

# ---- 80x24: names, scroll marks, status ----
tui_start s80 80 24 "$ENVS" "$TMP/base.ini"
wait_for s80 "Policy levers" 10 || { fail "TUI did not start"; screen s80; lib_finish; }
names=$(all_lever_names s80)
n=$(printf '%s\n' "$names" | grep -c .)
[ "$n" -ge 15 ] && pass "80x24: $n lever names read off the panel" || { fail "80x24: only $n lever names"; screen s80; }
dups=$(printf '%s\n' "$names" | sort | uniq -d)
[ -z "$dups" ] && pass "80x24: every lever name on screen is unique" || fail "80x24: names read the same: $dups"
printf '%s\n' "$names" | grep -q '…' && fail "80x24: a lever name is cut: $(printf '%s\n' "$names" | grep '…')" \
    || pass "80x24: no lever name is cut"
T send-keys -t s80 Home; sleep 0.3
wait_line s80 '▼ [0-9]+ more below' 3 && pass "80x24: hidden levers below are announced" || { fail "no scroll mark below"; screen s80; }
k=0; while [ $k -lt 30 ]; do T send-keys -t s80 Down; k=$((k + 1)); done
wait_line s80 '▲ [0-9]+ more above' 3 && pass "80x24: hidden levers above are announced" || fail "no scroll mark above"
screen s80 | sed -n 22p | grep -qE ' \?$' && pass "80x24: the short status line ends with ? (help explains it)" \
    || fail "80x24: no ? on the status line: $(screen s80 | sed -n 22p)"
T send-keys -t s80 '?'
wait_for s80 "CO2 per unit of GDP" 3 || { T send-keys -t s80 Space; wait_for s80 "CO2 per unit of GDP" 3; } \
    && pass "help explains the status line's short labels" || fail "no status legend in help"
T send-keys -t s80 q; sleep 0.2

# ---- the mix view: sub-cell boundaries, legend ----
T send-keys -t s80 2
wait_for s80 "Primary energy mix" 3 || fail "no mix view"
csv=$("$BIN" run "$TMP/base.ini" --format csv)
col() { printf '%s\n' "$csv" | awk -F, -v name="$1" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) c = i; next }
                                                     c && $c + 0 != 0 { nz = 1 } END { print nz ? "nonzero" : "zero" }'; }
for pair in coal_share_pct:Coal oil_share_pct:Oil gas_share_pct:Gas nonfossil_share_pct:Non-fossil; do
    var=${pair%%:*} label=${pair#*:}
    if [ "$(col "$var")" = nonzero ]; then
        screen s80 | sed -n 3,4p | grep -q "█ $label" && pass "mix legend names $label" || fail "mix legend lacks $label"
    fi
done
before=$(plot s80)
printf '%s\n' "$before" | grep -q '[▁▂▃▄▅▆▇]' && pass "the mix view draws eighth blocks at its boundaries" || fail "no eighth blocks"
select_lever() {
    T send-keys -t "$1" Home; k=0
    while [ $k -lt 40 ]; do
        sleep 0.1
        screen "$1" | grep -q "^│$2" && return 0
        T send-keys -t "$1" Down; k=$((k + 1))
    done
    return 1
}
select_lever s80 "Coal retirement" || fail "no coal retirement lever"
T send-keys -t s80 Right
wait_for s80 "[+] unsaved" 3 || fail "one step did not change the scenario"
sleep 0.3
after=$(plot s80)
changed=$(printf '%s\n' "$before" >"$TMP/b"; printf '%s\n' "$after" >"$TMP/a"; diff "$TMP/b" "$TMP/a" | grep -c '^>')
[ "$changed" -ge 1 ] && pass "one lever step moves the mix boundaries ($changed rows changed)" || { fail "one step moved nothing"; screen s80; }
diff "$TMP/b" "$TMP/a" | grep '^[<>]' | grep -q '[▁▂▃▄▅▆▇]' && pass "the rows that moved hold eighth blocks (sub-cell)" \
    || fail "the move is not sub-cell"

# ---- undo says what it undid ----
T send-keys -t s80 u
wait_line s80 'Undone: Coal retirement [0-9.]+ → [0-9.]+ GW/yr' 3 && pass "undo names the lever and its from → to" \
    || { fail "undo message"; screen s80 | sed -n 23p; }
T send-keys -t s80 U
wait_line s80 'Redone: Coal retirement' 3 && pass "redo names the lever" || fail "redo message"

# ---- capacity legend: every non-zero technology, no zero one ----
T send-keys -t s80 3
wait_for s80 "Installed power capacity" 3 || fail "no capacity view"
for pair in cap_coal_gw:Coal cap_gas_gw:Gas cap_nuclear_gw:Nuclear cap_biomass_gw:Biomass cap_hydro_gw:Hydro cap_wind_gw:Wind cap_solar_gw:Solar; do
    var=${pair%%:*} label=${pair#*:}
    if [ "$(col "$var")" = nonzero ]; then
        screen s80 | sed -n 3,5p | grep -q "█ $label" && pass "capacity legend names $label" || fail "capacity legend lacks $label"
    else
        screen s80 | sed -n 3,5p | grep -q "█ $label" && fail "capacity legend names $label, which is zero" || pass "zero $label left out"
    fi
done

# ---- the goal-seek prompt: typing replaces the suggestion ----
T send-keys -t s80 G
wait_for s80 "peak_year<=" 3 || fail "no seek prompt"
T send-keys -t s80 -l 'peak_year<=2031'
sleep 0.3
line=$(screen s80 | sed -n 23p)
case $line in *'peak_year<=2031peak'*|*'2030peak_year'*) fail "typing appended to the suggestion: $line" ;;
    *'peak_year<=2031'*) pass "typing replaced the pre-filled target" ;; *) fail "typed target not shown: $line" ;; esac
T send-keys -t s80 Enter
sleep 0.5
screen s80 | grep -q "not a number" && fail "the typed target was refused as not a number" || pass "the target was taken"

# ---- Tab prefers .ini; o with unsaved changes offers save / discard / cancel ----
T send-keys -t s80 o C-u
T send-keys -t s80 -l "$TMP/ba"
T send-keys -t s80 Tab
wait_for s80 "base.ini" 3 && pass "Tab completes to the .ini beside .csv and .txt" || { fail "Tab stopped short"; screen s80 | sed -n 23p; }
T send-keys -t s80 C-u
T send-keys -t s80 -l "$TMP/chongqing-peak2030.ini"
T send-keys -t s80 Enter
wait_for s80 "s: save first" 3 && screen s80 | grep -q "d: discard" && screen s80 | grep -q "Esc: cancel" \
    && pass "o with unsaved changes offers save / discard / cancel" || { fail "no save offer"; screen s80; }
T send-keys -t s80 Escape
wait_gone s80 "s: save first" 3 && lib_has s80 "[+] unsaved" && pass "Esc cancels: still the edited file" \
    || { fail "Esc did not cancel"; screen s80; }
T send-keys -t s80 o C-u
T send-keys -t s80 -l "$TMP/chongqing-peak2030.ini"
T send-keys -t s80 Enter
wait_for s80 "s: save first" 3 || fail "no question the second time"
T send-keys -t s80 s
wait_for s80 "Chongqing peak before 2030" 5 && pass "s saved, then opened the other file" || { fail "save then open"; screen s80; }
[ -s "$TMP/base-edited.ini" ] && grep -q "inherit" "$TMP/base-edited.ini" && pass "the edits were saved beside the root scenario" \
    || fail "no base-edited.ini"
cmp -s scenarios/chongqing-baseline.ini "$TMP/base.ini" && pass "the root scenario was not overwritten" || fail "root overwritten"
T send-keys -t s80 q
tui_exited s80 5 || fail "80x24 TUI did not quit"

# ---- 80x24 in Chinese: the short names are unique and whole too ----
tui_start z80 80 24 "$ENVS" --lang zh "$TMP/base.ini"
wait_for z80 "政策杠杆" 10 || fail "zh TUI did not start"
names=$(all_lever_names z80)
n=$(printf '%s\n' "$names" | grep -c .)
[ "$n" -ge 15 ] && [ -z "$(printf '%s\n' "$names" | sort | uniq -d)" ] && pass "80x24 zh: $n lever names, all unique" \
    || fail "80x24 zh: $n names or duplicates: $(printf '%s\n' "$names" | sort | uniq -d)"
printf '%s\n' "$names" | grep -q '…' && fail "80x24 zh: a name is cut" || pass "80x24 zh: no name cut"
T send-keys -t z80 q
tui_exited z80 5 || fail "zh TUI did not quit"

# ---- 200x60: every lever whole and unique, group descriptions, no scroll marks ----
tui_start s200 200 60 "$ENVS" "$TMP/base.ini"
wait_for s200 "Policy levers" 10 || fail "200x60 did not start"
names=$(lever_names s200 | sort)
n=$(printf '%s\n' "$names" | grep -c .)
[ "$n" -ge 15 ] && pass "200x60: all $n levers on one screen" || fail "200x60: $n levers"
[ -z "$(printf '%s\n' "$names" | uniq -d)" ] && pass "200x60: names unique" || fail "200x60: duplicate names"
printf '%s\n' "$names" | grep -q '…' && fail "200x60: a name is cut" || pass "200x60: no name cut"
lib_lacks s200 "more below" && pass "200x60: no scroll mark when all levers show" || fail "200x60: a scroll mark"
lib_has s200 "what makes the electricity" && pass "200x60: group descriptions use the height" || fail "200x60: no group descriptions"
T send-keys -t s200 2
wait_for s200 "Primary energy mix" 3 && screen s200 | grep -q '[▁▂▃▄▅▆▇]' && pass "200x60: sub-cell mix" || fail "200x60 mix"
T send-keys -t s200 q
tui_exited s200 5 || fail "200x60 TUI did not quit"
lib_finish
