#!/bin/sh
# tests/hostile_signals_test.sh - issue 18, signals and terminals: Ctrl-\ (SIGQUIT) and the other
# terminating signals a user or a program sends (SIGUSR1, SIGALRM, SIGPIPE, SIGTERM) end the TUI
# and the room with 128 + the signal and give the terminal back (stty -a afterwards shows icanon
# and echo: not raw, and the alternate screen left), and the room leaves its loop when its
# terminal closes. Drives both in tmux (tests/lib.sh). Every wait is bounded.
set -u
. "$(dirname "$0")/lib.sh"
lib_init hostile_signals
require tmux
ROOM=$TMP/shared
mkdir -p "$ROOM"
cp "$ROOT/scenarios/chongqing-baseline.ini" "$TMP/base.ini"
printf '[scenario]\nname = ana plan\ninherit = %s/scenarios/challenge-1-energy-mix.ini\n' "$ROOT" > "$ROOM/ana.ini"
echo "hostile_signals_test: $BIN"

# start SESSION COLS ROWS ENV ARGS...: as tests/lib.sh tui_start (pid, exit code and stty -a
# afterwards in $TMP/SESSION.*), but the wrapper shell also traps QUIT: Ctrl-\ goes to the whole
# foreground process group, and a wrapper killed by it would record nothing.
start() {
    st_s=$1 st_c=$2 st_r=$3 st_env=$4; shift 4
    rm -f "$TMP/$st_s.pid" "$TMP/$st_s.rc" "$TMP/$st_s.stty"
    cat > "$TMP/$st_s.sh" <<EOS
trap 'true' INT HUP QUIT
cd "$TMP"
sh -c 'echo \$\$ > "$TMP/$st_s.pid"; exec env $st_env "$BIN" $*'
echo \$? > "$TMP/$st_s.rc"
stty -a > "$TMP/$st_s.stty" 2>&1
while [ -t 0 ]; do sleep 1; done
EOS
    T new-session -d -s "$st_s" -x "$st_c" -y "$st_r" "sh $TMP/$st_s.sh"
}

# check SESSION WHAT WANT_RC: the program ended with WANT_RC and the terminal was restored.
check() {
    wait_file "$TMP/$1.rc" 15 && [ "$(cat "$TMP/$1.rc")" = "$3" ] && pass "$2: exit $3" \
        || fail "$2: rc $(cat "$TMP/$1.rc" 2>/dev/null), expected $3"
    wait_file "$TMP/$1.stty" 5 && tty_ok "$TMP/$1.stty" && pass "$2: terminal restored (icanon, echo)" \
        || fail "$2: terminal not restored: $(tr '\n' ' ' < "$TMP/$1.stty" 2>/dev/null | head -c 300)"
}

# Ctrl-\ typed in the pane (SIGQUIT from the terminal driver, as a user does it).
start tq 100 30 "LANG=C.UTF-8" base.ini
wait_for tq "Mt CO2" 20 || fail "TUI did not start"
T send-keys -t tq 'C-\'
check tq "TUI, Ctrl-\\ (SIGQUIT)" 131
start rq 120 30 "LANG=C.UTF-8" room "$ROOM" --interval 200
wait_for rq "ana plan" 20 || fail "room did not start: $(screen rq | head -3)"
T send-keys -t rq 'C-\'
check rq "room, Ctrl-\\ (SIGQUIT)" 131

# Signals from another program.
for sig_num in USR1:10 ALRM:14 PIPE:13 TERM:15; do
    sig=${sig_num%:*} want=$((128 + ${sig_num#*:}))
    start "t$sig" 100 30 "LANG=C.UTF-8" base.ini
    wait_for "t$sig" "Mt CO2" 20 || fail "TUI ($sig) did not start"
    kill -"$sig" "$(cat "$TMP/t$sig.pid")"
    check "t$sig" "TUI, SIG$sig" "$want"
    start "r$sig" 120 30 "LANG=C.UTF-8" room "$ROOM" --interval 200
    wait_for "r$sig" "ana plan" 20 || fail "room ($sig) did not start"
    kill -"$sig" "$(cat "$TMP/r$sig.pid")"
    check "r$sig" "room, SIG$sig" "$want"
done

# The room's terminal closes (a dropped SSH session): the room ends instead of spinning.
start rh 120 30 "LANG=C.UTF-8" room "$ROOM" --interval 200
wait_for rh "ana plan" 20 || fail "room (hang-up) did not start"
pid=$(cat "$TMP/rh.pid")
T kill-session -t rh
n=0; while [ $n -lt 50 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; n=$((n + 1)); done
if kill -0 "$pid" 2>/dev/null; then fail "the room still runs 5 s after its terminal closed"; kill -9 "$pid"
else pass "closing the room's terminal ends the room"; fi
lib_finish
