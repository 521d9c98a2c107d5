#!/bin/sh
# tests/fuzz_replay_test.sh - replays the fuzz seed corpus and every saved crash (fuzz/regress/)
# through the fuzz targets built with a plain main() (build/fuzz/replay_*, made by `make test`
# with the normal compiler; in `make asan` with the sanitizers). A crash the fuzzer once found
# stays fixed: its input lives in fuzz/regress/TARGET/ and runs here on every `make test`.
# Run by tests/run_all.sh with $PEAKPATH_BIN set (the replay programs are beside it); `make valgrind`
# sets $REPLAY_WRAP to its valgrind command line to run them under memcheck, and $REPLAY_DIR.
set -u
BIN=${PEAKPATH_BIN:-build/peakpath}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${REPLAY_DIR:-$(dirname "$BIN")/fuzz}
LOG=$(mktemp "${TMPDIR:-/tmp}/peakpath-replay.XXXXXX")
trap 'rm -f "$LOG"' EXIT INT TERM
FAILS=0
export PEAKPATH_FUZZ_SCENARIOS="$ROOT/scenarios"
# replay TARGET DIR...: runs build/fuzz/replay_TARGET on the inputs in DIR...
replay() {
    t=$1; shift
    [ -x "$DIR/replay_$t" ] || { echo "  FAIL: $DIR/replay_$t is not built"; FAILS=$((FAILS + 1)); return; }
    if ${REPLAY_WRAP:-} "$DIR/replay_$t" "$@" > "$LOG" 2>&1; then echo "  ok: $t: $(tail -n 1 "$LOG" | sed 's/^replay: //')"
    else echo "  FAIL: $t target crashed on the last input below:"; tail -n 40 "$LOG"; FAILS=$((FAILS + 1)); fi
}
echo "fuzz_replay_test: $DIR"
replay scenario "$ROOT/fuzz/corpus/scenario" "$ROOT/fuzz/corpus/scenario-found" "$ROOT/scenarios" "$ROOT/tests/bad" "$ROOT/fuzz/regress/scenario"
replay cli "$ROOT/fuzz/corpus/cli" "$ROOT/fuzz/regress/cli"
replay room "$ROOT/fuzz/corpus/room" "$ROOT/fuzz/regress/room"
replay export "$ROOT/fuzz/corpus/export" "$ROOT/fuzz/regress/export"
[ "$FAILS" -eq 0 ]
