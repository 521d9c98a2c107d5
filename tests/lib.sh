# tests/lib.sh - what the shell tests share: counting passes and failures, running a command and
# checking its exit code, and driving the TUI in a private tmux server (start it, read the screen,
# wait for a text or a condition - every wait bounded). Sourced, never run:
#     . "$(dirname "$0")/lib.sh"
#     lib_init NAME            # sets BIN ROOT TMP FAILS, a private tmux socket, cleanup on exit
#     ...; lib_finish          # prints "NAME: all passed" or "NAME: N failed" and exits 0 or 1
# POSIX sh only (the tests run under dash).

# lib_init NAME: BIN (the program under test: $PEAKPATH_BIN, else build/peakpath), ROOT (the source
# tree), TMP (a fresh directory, removed on exit), FAILS = 0, and the tmux server `T` talks to
# (killed on exit). LIB_KEEP_TRAP=1 leaves the EXIT trap to the caller (who then calls lib_cleanup).
lib_init() {
    LIB_NAME=$1
    BIN=${PEAKPATH_BIN:-$(pwd)/build/peakpath}
    ROOT=$(cd "$(dirname "$0")/.." && pwd)
    TMP=$(mktemp -d "${TMPDIR:-/tmp}/peakpath-$LIB_NAME.XXXXXX") || exit 1
    SOCK=peakpath-$LIB_NAME-$$
    FAILS=0
    [ "${LIB_KEEP_TRAP:-0}" = 1 ] || trap lib_cleanup EXIT INT TERM
}

lib_cleanup() {
    T kill-server >/dev/null 2>&1
    chmod -R u+w "$TMP" 2>/dev/null
    rm -rf "$TMP"
}

# lib_finish: the closing line and the exit status.
lib_finish() {
    if [ "$FAILS" -eq 0 ]; then echo "$LIB_NAME: all passed"; exit 0; fi
    echo "$LIB_NAME: $FAILS failed"; exit 1
}

pass() { echo "  ok: $*"; }
fail() { echo "  FAIL: $*"; FAILS=$((FAILS + 1)); }
ok() { pass "$@"; }
bad() { fail "$@"; }

# expect CODE DESCRIPTION CMD...: runs CMD (stdout in $TMP/out, stderr in $TMP/err) and checks its
# exit code; a mismatch shows the start of stderr.
expect() {
    want=$1; what=$2; shift 2
    "$@" >"$TMP/out" 2>"$TMP/err"; got=$?
    if [ "$got" -eq "$want" ]; then pass "$what"; else fail "$what (exit $got, want $want): $(head -c 300 "$TMP/err")"; fi
}

# require CMD...: exits 1 with a message when a tool the test needs is missing, or BIN is not built.
require() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || { echo "$LIB_NAME: $tool is not installed"; exit 1; }
    done
    [ -x "$BIN" ] || { echo "$LIB_NAME: $BIN is not built"; exit 1; }
}

# ---- bounded waits ----

# wait_until SECONDS CMD...: polls CMD every 0.1 s until it succeeds; 1 when it never did.
wait_until() {
    lib_n=0; lib_limit=$(( $1 * 10 )); shift
    while [ $lib_n -lt $lib_limit ]; do
        "$@" && return 0
        sleep 0.1; lib_n=$((lib_n + 1))
    done
    return 1
}

# wait_file PATH [SECONDS]: until PATH exists and is not empty.
wait_file() { wait_until "${2:-10}" test -s "$1"; }

# ---- the TUI in tmux ----

# T ARGS...: tmux on this test's private server (no user configuration).
T() { tmux -L "$SOCK" -f /dev/null "$@"; }

screen() { T capture-pane -p -t "$1" 2>/dev/null; }
lib_has() { screen "$1" | grep -qF -- "$2"; }
lib_lacks() { ! lib_has "$1" "$2"; }
lib_has_line() { screen "$1" | grep -qE -- "$2"; }

# wait_for SESSION TEXT [SECONDS]: until the screen holds TEXT (a fixed string).
wait_for() { wait_until "${3:-10}" lib_has "$1" "$2"; }
# wait_gone SESSION TEXT [SECONDS]: until the screen no longer holds TEXT.
wait_gone() { wait_until "${3:-10}" lib_lacks "$1" "$2"; }
# wait_line SESSION REGEX [SECONDS]: until a screen line matches the extended regex.
wait_line() { wait_until "${3:-10}" lib_has_line "$1" "$2"; }

# tui_start SESSION COLS ROWS ENV ARGS...: runs `env ENV $BIN ARGS` in a new tmux session of that
# size, in $TUI_DIR (default $TMP). A wrapper shell records the program's pid, exit code and the
# terminal modes afterwards in $TMP/SESSION.pid, .rc and .stty; with TUI_STDERR=file its stderr goes
# to $TMP/SESSION.err (sanitizer reports), else to the pane. The wrapper then waits while its
# terminal lives, so the pane (and the program's last words on it) can still be read; closing the
# session ends the wait within a second.
# The wrapper traps INT and HUP: only the program reacts to them, and the wrapper outlives it. That
# matters: when the terminal closes (kill-server) and the wrapper died of SIGHUP while the program was
# still exiting, the kernel sends the now orphaned process group SIGHUP and SIGCONT, and a SIGCONT
# cancels the SIGSTOP with which LeakSanitizer's stop-the-world attaches at exit - the sanitizer
# build then spins forever in its leak check (issue 11). A trap, unlike an ignore, is reset for the
# program, so the program still gets SIGINT and SIGHUP.
tui_start() {
    lib_s=$1 lib_c=$2 lib_r=$3 lib_env=$4; shift 4
    lib_err=""
    [ "${TUI_STDERR:-pane}" = file ] && lib_err="2> \"$TMP/$lib_s.err\""
    rm -f "$TMP/$lib_s.pid" "$TMP/$lib_s.rc" "$TMP/$lib_s.stty"
    cat > "$TMP/$lib_s.sh" <<EOS
trap 'true' INT HUP
cd "${TUI_DIR:-$TMP}"
sh -c 'echo \$\$ > "$TMP/$lib_s.pid"; exec env $lib_env "$BIN" $*' $lib_err
echo \$? > "$TMP/$lib_s.rc"
stty -a > "$TMP/$lib_s.stty" 2>&1
while [ -t 0 ]; do sleep 1; done
EOS
    T new-session -d -s "$lib_s" -x "$lib_c" -y "$lib_r" "sh $TMP/$lib_s.sh"
}

# tui_alive SESSION: the program started in SESSION still runs.
tui_alive() { kill -0 "$(cat "$TMP/$1.pid" 2>/dev/null)" 2>/dev/null; }

# tui_exited SESSION [SECONDS]: waits until it has ended and its exit code is written.
tui_exited() { wait_file "$TMP/$1.rc" "${2:-10}"; }

# tty_ok FILE: the stty -a output shows a restored terminal (canonical mode, echo on).
tty_ok() { grep -q -- ' icanon' "$1" && grep -q -- ' echo ' "$1" && ! grep -q -- '-icanon' "$1"; }
