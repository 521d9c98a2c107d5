#!/bin/sh
# tests/join_test.sh - participant mode and the save bugs of issue 14, driven in tmux: `s` on a
# challenge file never writes it (its bytes are compared before and after, writable or not) and
# asks for a new name in a writable place; `peakpath join DIR --name NAME` opens the challenge and
# `s` writes DIR/NAME.ini inheriting the challenge by a relative path and named "NAME: challenge";
# a taken name is refused before the TUI starts; --resume reopens one's own file; bad names and
# options are usage errors. Needs tmux and $PEAKPATH_BIN. Bounded waits.
set -u
. "$(dirname "$0")/lib.sh"
lib_init join_test
require tmux cmp
CH=challenge-1-energy-mix
W=$TMP/workshop
mkdir -p "$W/room"
cp "$ROOT/scenarios/$CH.ini" "$ROOT/scenarios/chongqing-baseline.ini" "$W/"
cp "$W/$CH.ini" "$TMP/original.ini"
echo "join_test: $BIN"
# select_lever SESSION LABEL: moves the selection from the first lever until the details name LABEL.
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
# move SESSION: one step of the solar lever (open in challenge 1).
move() { select_lever "$1" "Solar PV capacity" && T send-keys -t "$1" Right; }

# ---- s on a writable challenge file: the file keeps its bytes, a save-as prompt opens ----
tui_start chal 100 30 "LANG=C.UTF-8" "$W/$CH.ini"
wait_for chal "Challenge goals" 15 || fail "challenge did not open"
move chal
wait_for chal "[+] unsaved" 5 || fail "no lever moved"
T send-keys -t chal s
sleep 0.5
cmp -s "$W/$CH.ini" "$TMP/original.ini" && pass "s on a writable challenge leaves its bytes unchanged" \
    || fail "s changed the challenge file"
T send-keys -t chal Escape
T send-keys -t chal C-s
sleep 0.5
cmp -s "$W/$CH.ini" "$TMP/original.ini" && pass "Ctrl+S too" || fail "Ctrl+S changed the challenge file"
T send-keys -t chal Escape q n
T kill-session -t chal

# ---- S in a read-only challenge folder suggests a writable place (not as root: root writes anywhere) ----
if [ "$(id -u)" = 0 ]; then echo "  (root: the read-only folder case is skipped)"; else
chmod a-w "$W"
mkdir -p "$TMP/cwd"
TUI_DIR=$TMP/cwd tui_start ro 120 30 "LANG=C.UTF-8 HOME=$TMP/cwd" "$W/$CH.ini"
wait_for ro "Challenge goals" 15 || fail "read-only challenge did not open"
T send-keys -t ro S
wait_for ro "$TMP/cwd/$CH-edited.ini" 5 && pass "S suggests the current folder when the challenge's is read-only" \
    || { fail "S suggestion"; screen ro; }
T send-keys -t ro Enter
wait_file "$TMP/cwd/$CH-edited.ini" 5 && pass "and saves there" || fail "save as in the suggested place"
T send-keys -t ro q
T kill-session -t ro
chmod u+w "$W"
fi
cmp -s "$W/$CH.ini" "$TMP/original.ini" && pass "the challenge is unchanged after a save as" || fail "challenge changed"

# ---- join: s writes DIR/NAME.ini ----
tui_start ana 100 30 "LANG=C.UTF-8" join "$W/room" --name ana --challenge "$W/$CH.ini"
wait_for ana "Challenge goals" 15 && pass "join opens the challenge" || { fail "join did not open"; screen ana; }
screen ana | tail -1 | grep -q " ana *$" && pass "the key bar names the participant" || fail "no name in the key bar"
move ana; T send-keys -t ana s
wait_file "$W/room/ana.ini" 5 && pass "s saves DIR/NAME.ini" || { fail "no ana.ini"; screen ana; }
sleep 0.3
grep -qE "^inherit = \"?../$CH.ini\"?$" "$W/room/ana.ini" && pass "it inherits the challenge by a relative path" \
    || fail "inherit line: $(grep inherit "$W/room/ana.ini")"
grep -q "^name = ana: Challenge 1: energy mix" "$W/room/ana.ini" && pass "named 'NAME: challenge'" \
    || fail "name line: $(grep '^name' "$W/room/ana.ini")"
cmp -s "$W/$CH.ini" "$TMP/original.ini" && pass "the challenge file is untouched" || fail "challenge changed by join"
expect 0 "the saved file runs" "$BIN" check "$W/room/ana.ini"
T send-keys -t ana Right s
sleep 0.5
T send-keys -t ana q
tui_exited ana 5 && pass "q quits after a save" || { fail "ana did not quit"; screen ana; }
grep -c "power" "$W/room/ana.ini" >/dev/null && pass "the second s saved in place" || fail "second save"

# ---- a taken name, --resume, bad names ----
expect 2 "a taken name is refused before the view opens" "$BIN" join "$W/room" --name ana --challenge "$W/$CH.ini"
grep -q "taken" "$TMP/err" && pass "the message says the name is taken" || fail "taken message: $(cat "$TMP/err")"
tui_start res 100 30 "LANG=C.UTF-8" join "$W/room" --name ana --challenge "$W/$CH.ini" --resume
wait_for res "ana.ini" 15 && pass "--resume reopens one's own file" || { fail "resume"; screen res; }
T send-keys -t res q
T kill-session -t res
for bad in "a b" "../x" "x@2" ".hidden" "-x" workshop; do
    "$BIN" join "$W/room" --name "$bad" --challenge "$W/$CH.ini" >/dev/null 2>&1
    [ $? = 2 ] || fail "name '$bad' accepted"
done
pass "names with spaces, /, @, a leading dot or dash, and 'workshop' are refused"
expect 2 "join without --name is a usage error" "$BIN" join "$W/room"
expect 2 "join without a challenge or workshop file" "$BIN" join "$W/room" --name li
expect 0 "join --help" "$BIN" join --help

# ---- the race: the file appears after the join started; the work stays ----
tui_start bo 100 30 "LANG=C.UTF-8" join "$W/room" --name bo --challenge "$W/$CH.ini"
wait_for bo "Challenge goals" 15 || fail "bo did not open"
echo "; someone else" > "$W/room/bo.ini"
move bo; T send-keys -t bo s
wait_for bo "taken" 5 && pass "a name taken meanwhile is refused at the save" || { fail "no taken message"; screen bo; }
[ "$(cat "$W/room/bo.ini")" = "; someone else" ] && pass "the other file is not replaced" || fail "bo.ini replaced"
screen bo | grep -q "unsaved" && pass "the work is still there (unsaved)" || fail "work lost"
T send-keys -t bo S C-u "$W/room/bo2.ini" Enter
wait_file "$W/room/bo2.ini" 5 && pass "S saves under another name" || { fail "S to bo2"; screen bo; }
sleep 0.3
grep -q "^name = bo2: Challenge 1: energy mix" "$W/room/bo2.ini" && grep -qE "^inherit = \"?../$CH.ini\"?$" "$W/room/bo2.ini" \
    && pass "the new name carries on: 'bo2: challenge', relative inherit" || fail "bo2.ini: $(head -4 "$W/room/bo2.ini")"
T send-keys -t bo Right s
wait_for bo "Saved: $W/room/bo2.ini" 5 && pass "s then saves bo2.ini in place" || { fail "s after S"; screen bo | tail -3; }
T kill-session -t bo

# ---- another user's file (as root: chown makes one) ----
if [ "$(id -u)" = 0 ]; then
    printf '[scenario]\nname = cy\ninherit = ../%s.ini\n' "$CH" > "$W/room/cy.ini"
    chown 65534 "$W/room/cy.ini"
    expect 2 "--resume refuses a file owned by someone else" "$BIN" join "$W/room" --name cy --challenge "$W/$CH.ini" --resume
    grep -q "not your own file" "$TMP/err" && pass "and says it is not yours" || fail "resume message: $(cat "$TMP/err")"
    tui_start own 100 30 "LANG=C.UTF-8" "$W/room/cy.ini"
    wait_for own "Challenge goals" 15 || fail "cy.ini did not open"
    move own; T send-keys -t own s
    wait_for own "Save as" 5 && pass "s does not replace another user's file: it asks for a new name" || { fail "another's file"; screen own | tail -3; }
    grep -q "^name = cy$" "$W/room/cy.ini" && pass "which keeps its bytes" || fail "cy.ini changed"
    T send-keys -t own Escape q y
    tui_exited own 5 || T kill-session -t own
else echo "  (not root: the other-user cases are skipped)"; fi
lib_finish
