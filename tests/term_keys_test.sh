#!/bin/sh
# tests/term_keys_test.sh - the terminal over SSH (issue 14), in tmux: a key typed right after Esc
# is a key (the Esc handler used to swallow it); the mouse in SGR 1006 encoding reaches columns
# past 223 on a terminal whose terminfo says X10 (TERM=screen, as under tmux and many SSH setups);
# ESCDELAY from the environment is honoured. Needs tmux and $PEAKPATH_BIN. Bounded waits.
set -u
. "$(dirname "$0")/lib.sh"
lib_init term_keys_test
require tmux
cp "$ROOT/scenarios/chongqing-baseline.ini" "$TMP/"
echo "term_keys_test: $BIN"

# ---- Esc then a key at once ----
tui_start esc 100 30 "LANG=C.UTF-8 TERM=screen" chongqing-baseline.ini
wait_for esc "Policy levers" 15 || { fail "TUI did not open"; screen esc; }
T send-keys -t esc Escape '?'
wait_for esc "any other key closes" 5 && pass "a key sent right after Esc is not lost (? opens the help)" || { fail "key after Esc lost"; screen esc | tail -3; }
T send-keys -t esc z
T send-keys -t esc q
tui_exited esc 5 || fail "did not quit"

# ---- SGR mouse past column 223 ----
tui_start wide 300 40 "LANG=C.UTF-8 TERM=screen" chongqing-baseline.ini
wait_for wide "Policy levers" 15 || { fail "wide TUI did not open"; screen wide; }
title=$(screen wide | head -1)
prefix=${title%% 5 *}
col=$(printf '%s' "$prefix" | LC_ALL=C.UTF-8 wc -m)
col=$((col + 2)) # the "5" of tab 5, 1-based
if [ "$col" -gt 223 ]; then pass "tab 5 sits at column $col, past X10's 223"; else fail "tab 5 at column $col only"; fi
T send-keys -t wide -l "$(printf '\033[<0;%d;1M\033[<0;%d;1m' "$col" "$col")"
wait_for wide "All indicators by year" 5 && pass "an SGR click at column $col opens the table view" || { fail "SGR click not taken"; screen wide | head -3; }
T send-keys -t wide q
tui_exited wide 5 && pass "quits" || fail "wide did not quit"
grep -q ' echo ' "$TMP/wide.stty" && pass "the terminal is restored" || fail "terminal not restored"

# ---- ESCDELAY from the environment ----
tui_start delay 100 30 "LANG=C.UTF-8 ESCDELAY=300" chongqing-baseline.ini
wait_for delay "Policy levers" 15 || fail "TUI with ESCDELAY did not open"
T send-keys -t delay Escape
sleep 0.5
T send-keys -t delay q
tui_exited delay 5 && pass "ESCDELAY=300: Esc, then q quits" || fail "ESCDELAY run"
lib_finish
