#!/bin/sh
# tests/tui_stress_test.sh - the TUI under stress in tmux: thousands of random keys (every key the
# TUI knows plus noise, prompts included) interleaved with random resizes from 20x8 to 220x60,
# without a crash, a hang or (in `make asan`, where $PEAKPATH_BIN is the sanitizer build) a leak
# or undefined behaviour; then the terminal is restored after SIGTERM, SIGINT and SIGHUP, and the
# TUI exits when its tmux session is closed (a dropped SSH connection) instead of spinning.
# Terminals and locales: TERM=vt100, xterm-256color, screen, linux and a terminal without colours
# (and NO_COLOR) draw the chart; a C, POSIX or unknown locale draws pure ASCII; TERM=dumb or an
# unknown TERM gives a clear message and exit 1 with the terminal untouched.
# Needs tmux and $PEAKPATH_BIN. STRESS_KEYS sets the number of keys (default 3000).
set -uf  # -f: no globbing, the random keys include ? and [
KEYS=${STRESS_KEYS:-3000}
. "$(dirname "$0")/lib.sh"
lib_init tui_stress_test
require tmux
cp "$ROOT/scenarios/chongqing-baseline.ini" "$TMP/base.ini"

# start SESSION COLS ROWS ENV ARGS...: tests/lib.sh tui_start with stderr (sanitizer reports) in
# $TMP/SESSION.err; the wrapper shell traps INT and HUP, so only the TUI reacts to them.
TUI_STDERR=file
start() { tui_start "$@"; }
alive() { tui_alive "$1"; }
# clean_err SESSION: no sanitizer or runtime report in the TUI's stderr.
clean_err() { ! grep -qE 'Sanitizer|runtime error|LeakSanitizer|SUMMARY' "$TMP/$1.err"; }

echo "tui_stress_test: $BIN"

# ---- random keys and resizes ----
# Every key the TUI binds (arrows, pages, views, undo/redo, language, help, save/open prompts,
# Tab, Enter, Esc, Backspace, mouse-free) plus letters and digits as noise. Not sent: q/Q (quit),
# C-c, C-z, C-\ (signals: interrupt, suspend, quit).
cat > "$TMP/keys" <<'EOF'
Up Down Left Right PPage NPage Home End Tab BTab Enter Escape BSpace DC IC Space
S-Left S-Right S-Up S-Down M-Left M-Right F1 F2 F5 F10
1 2 3 4 5 6 7 8 9 0 u U l ? h j k s S o r R + - = [ ] < > , . a b c d e f g i m n p t v w x y z
C-a C-e C-u C-k C-l C-r C-w C-y C-s G ( ) { }
EOF
start st 100 30 "LANG=C.UTF-8" base.ini
wait_for st "Mt CO2" 20 || fail "stress: TUI did not start: $(cat "$TMP/st.err")"
awk -v n="$KEYS" -v seed=20261125 '
    { for (i = 1; i <= NF; i++) k[m++] = $i }
    END { srand(seed); line = "";
          for (i = 1; i <= n; i++) {
              line = line " " k[int(rand() * m)];
              if (i % 40 == 0) { print line; line = "";
                  if (rand() < 0.4) printf "RESIZE %d %d\n", 20 + int(rand() * 200), 8 + int(rand() * 52) }
          }
          if (line != "") print line }' "$TMP/keys" > "$TMP/script"
start_s=$(date +%s)
while read -r first rest; do
    alive st || break
    if [ "$first" = RESIZE ]; then set -- $rest; T resize-window -t st -x "$1" -y "$2" 2>/dev/null
    else T send-keys -t st $first $rest 2>/dev/null; fi
done < "$TMP/script"
secs=$(( $(date +%s) - start_s ))
if alive st; then pass "$KEYS random keys and $(grep -c RESIZE "$TMP/script") resizes in ${secs}s: still running"
else fail "the TUI died under random keys (rc $(cat "$TMP/st.rc" 2>/dev/null)): $(head -c 2000 "$TMP/st.err")"; fi
T resize-window -t st -x 100 -y 30
# Keys are handled in order: once the table view (key 5) shows, every key of the storm was.
# (5 goes alone after a pause: right after Escape it would read as Alt+5)
T send-keys -t st Escape; sleep 0.2; T send-keys -t st Escape; sleep 0.2; T send-keys -t st C-u; sleep 0.2
T send-keys -t st Escape; sleep 0.3; T send-keys -t st 5
# Under a loaded machine an Escape and the 5 can still arrive within curses' escape delay and read
# as Alt+5: send 5 again every two seconds (showing view 5 twice is harmless).
n=0; while [ $n -lt 300 ] && ! screen st | grep -qF -e "All indicators by year" -e "各年份全部指标"; do
    sleep 0.1; n=$((n + 1)); [ $((n % 20)) -eq 0 ] && T send-keys -t st 5; done
[ $n -lt 300 ] && pass "the TUI worked through every key and shows the table view at 100x30" \
    || fail "no table view after the storm: $(screen st | head -5)"
kill -TERM "$(cat "$TMP/st.pid")" 2>/dev/null
wait_file "$TMP/st.rc" 10 && [ "$(cat "$TMP/st.rc")" = 143 ] && pass "SIGTERM after the storm: exit 143" \
    || fail "SIGTERM after the storm: rc $(cat "$TMP/st.rc" 2>/dev/null)"
wait_file "$TMP/st.stty" 5 && tty_ok "$TMP/st.stty" && pass "terminal restored after SIGTERM" || fail "terminal not restored after SIGTERM"
clean_err st && pass "no sanitizer report, leak or runtime error on stderr" || fail "stderr: $(head -c 3000 "$TMP/st.err")"

# ---- SIGINT and SIGHUP restore the terminal; closing the session ends the TUI ----
for sig_num in INT:2 HUP:1; do
    sig=${sig_num%:*}
    start "sig$sig" 80 24 "LANG=C.UTF-8" base.ini
    wait_for "sig$sig" "Mt CO2" 20 || fail "SIG$sig: TUI did not start"
    T send-keys -t "sig$sig" Right PPage 3
    sleep 0.3
    kill -"$sig" "$(cat "$TMP/sig$sig.pid")"
    want=$(( 128 + ${sig_num#*:} ))
    wait_file "$TMP/sig$sig.rc" 10 && [ "$(cat "$TMP/sig$sig.rc")" = "$want" ] && pass "SIG$sig: exit $want" \
        || fail "SIG$sig: rc $(cat "$TMP/sig$sig.rc" 2>/dev/null), expected $want"
    wait_file "$TMP/sig$sig.stty" 5 && tty_ok "$TMP/sig$sig.stty" && pass "terminal restored after SIG$sig" \
        || fail "terminal not restored after SIG$sig"
    clean_err "sig$sig" || fail "SIG$sig stderr: $(head -c 2000 "$TMP/sig$sig.err")"
done
start hup 80 24 "LANG=C.UTF-8" base.ini
wait_for hup "Mt CO2" 20 || fail "hang-up: TUI did not start"
pid=$(cat "$TMP/hup.pid")
T kill-session -t hup
n=0; while [ $n -lt 50 ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; n=$((n + 1)); done
if kill -0 "$pid" 2>/dev/null; then fail "the TUI is still running 5 s after its terminal closed"; kill -9 "$pid"
else pass "closing the terminal (tmux kill-session, like a dropped SSH session) ends the TUI"; fi
wait_file "$TMP/hup.rc" 5 && [ "$(cat "$TMP/hup.rc")" = 129 ] && pass "hang-up: exit 129" || echo "  note: hang-up rc $(cat "$TMP/hup.rc" 2>/dev/null)"

# ---- terminals and locales ----
for term in vt100 xterm-256color screen linux xterm-mono; do
    start "t$term" 80 24 "LANG=C.UTF-8 TERM=$term" base.ini
    if wait_for "t$term" "Mt CO2" 20 && screen "t$term" | grep -qE 'Peak 20[0-9][0-9]'; then pass "TERM=$term draws the chart and the peak"
    else fail "TERM=$term: $(screen "t$term" | head -5; cat "$TMP/t$term.err")"; fi
    T send-keys -t "t$term" q
done
start nocolor 80 24 "LANG=C.UTF-8 TERM=xterm-256color NO_COLOR=1" base.ini
wait_for nocolor "Mt CO2" 20 && pass "NO_COLOR=1 draws the chart" || fail "NO_COLOR"
T send-keys -t nocolor q
for loc in "LANG=C" "LC_ALL=POSIX" "LANG=xx_YY.ISO-8859-1" "LC_ALL=C LANG=en_US.ISO-8859-1"; do
    s=loc$(echo "$loc" | tr -cd 'a-zA-Z0-9')
    start "$s" 80 24 "$loc TERM=xterm-256color" base.ini
    if wait_for "$s" "Mt CO2" 20; then
        if screen "$s" | LC_ALL=C grep -q '[^ -~]'; then fail "$loc: non-ASCII characters on a non-UTF-8 terminal"
        else pass "$loc: the TUI draws in plain ASCII"; fi
    else fail "$loc: no chart: $(cat "$TMP/$s.err")"; fi
    T send-keys -t "$s" q
done
for term in dumb nonexistent-terminal; do
    start "x$term" 80 24 "LANG=C.UTF-8 TERM=$term" base.ini
    wait_file "$TMP/x$term.rc" 10
    rc=$(cat "$TMP/x$term.rc" 2>/dev/null)
    if [ "$rc" = 1 ] && grep -q "TERM=$term" "$TMP/x$term.err"; then pass "TERM=$term: exit 1 with a message naming the terminal"
    else fail "TERM=$term: rc ${rc:-none (still running)}, stderr: $(cat "$TMP/x$term.err"), screen: $(screen "x$term" | head -2)"
        kill "$(cat "$TMP/x$term.pid" 2>/dev/null)" 2>/dev/null; fi
done

lib_finish
