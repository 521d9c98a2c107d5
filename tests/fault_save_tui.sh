#!/bin/sh
# tests/fault_save_tui.sh - part of tests/fault_save_test.sh, run by it inside a private mount
# namespace with a small tmpfs at $1: the TUI's save fails on a full disk and on a read-only file
# system with a message on screen and the edits kept (still "[+] unsaved"), and saves them once the
# file system is writable again. Saves use "Save as" (S, a new file inheriting from the open one). Needs tmux and $PEAKPATH_BIN.
set -u
M=$1
. "$(dirname "$0")/lib.sh"
lib_init fault_save_tui
command -v tmux >/dev/null 2>&1 || { echo "  skipped: the TUI part (tmux is not installed)"; exit 0; }

cp "$M/base.ini" "$M/edit.ini"
TUI_DIR=$M
tui_start tui 220 40 "LANG=C.UTF-8" edit.ini
wait_for tui "Mt CO2" 15 || fail "TUI did not start: $(screen tui | head -3)"
T send-keys -t tui PPage
wait_for tui "[+] unsaved" 5 && pass "TUI: a lever move marks the scenario unsaved" || fail "no unsaved mark"

# save_as: S, clear the suggested name, type $M/edit-saved.ini, Enter.
save_as() { T send-keys -t tui S; wait_for tui "Save as" 5; T send-keys -t tui C-u "$M/edit-saved.ini" Enter; }

dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null
save_as
wait_for tui "No space left on device" 5 && pass "TUI: full disk: the save fails with 'No space left on device' on screen" \
    || fail "TUI: no full-disk message: $(screen tui | grep -i save)"
screen tui | grep -qF "[+] unsaved" && pass "TUI: full disk: the edits are kept (still unsaved)" || fail "TUI lost the unsaved mark"
rm -f "$M/fill"

mount -o remount,ro "$M"
save_as
wait_for tui "Read-only file system" 5 && pass "TUI: read-only file system: the save fails with a message" \
    || fail "TUI: no read-only message: $(screen tui | grep -i save)"
screen tui | grep -qF "[+] unsaved" && pass "TUI: read-only: the edits are kept" || fail "TUI lost the unsaved mark (ro)"
mount -o remount,rw "$M"

save_as
wait_for tui "Saved" 5 && pass "TUI: once writable, the same edits save" || fail "TUI: save after recovery failed: $(screen tui | grep -i save)"
grep -q '^gdp_growth_pct = .*2030:10\b' "$M/edit-saved.ini" && pass "TUI: the saved file holds the lever move made before the failures" \
    || fail "saved file lacks the edit: $(cat "$M/edit-saved.ini")"
[ -z "$(ls "$M" | grep '\.tmp-')" ] && pass "TUI: no temporary files left by the failed saves" || fail "temp files: $(ls "$M")"
T send-keys -t tui q
tui_exited tui 5
[ "$(cat "$TMP/tui.rc" 2>/dev/null)" = 0 ] && pass "TUI quits with 0 after saving" || fail "TUI quit rc $(cat "$TMP/tui.rc" 2>/dev/null)"
exit $FAILS
