#!/bin/sh
# tests/fault_save_test.sh - saving under faults: a writer killed with SIGKILL at random moments
# leaves OUT either the complete old or the complete new content (never a mix or a truncation) and
# only clearly named temp files (OUT.tmp-PID-N); a read-only folder, a read-only file system and a
# full disk give exit 2 and a message naming the file and the reason, with the old file unchanged;
# the TUI keeps its unsaved edits when a save fails, and saves them once the disk is writable.
# Needs $PEAKPATH_BIN (tests/run_all.sh sets it) and build/tests/fault_save_writer beside it.
# The read-only file system and full disk parts run in a private mount namespace (unshare -m as
# root, unshare -rm otherwise) on a small tmpfs; where that is impossible they are skipped, saying so.
# The kill moments are pseudo-random from one seed, printed first: FAULT_SEED=N repeats a run.
set -u
BIN=${PEAKPATH_BIN:-$(pwd)/build/peakpath}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WRITER=$(dirname "$BIN")/tests/fault_save_writer
KILLS=${FAULT_KILLS:-60}
. "$(dirname "$0")/lib.sh"
FAILS=0

# ---- inside the mount namespace: read-only file system, full disk, the TUI ----
if [ "${1:-}" = "--in-namespace" ]; then
    M=$2
    mount -t tmpfs -o size=256k,mode=0755 peakpath-test "$M" || { echo "  cannot mount tmpfs"; exit 3; }
    cp "$ROOT/scenarios/chongqing-baseline.ini" "$M/base.ini"
    echo old > "$M/out.json"
    dd if=/dev/zero of="$M/fill" bs=4k 2>/dev/null # until the disk is full
    "$BIN" run "$M/base.ini" --format json -o "$M/out.json" --force > "$M.err" 2>&1
    rc=$?
    [ $rc -eq 2 ] && grep -q "No space left on device" "$M.err" && grep -q "out.json" "$M.err" \
        && pass "full disk: exit 2, message names the file and 'No space left on device'" \
        || { fail "full disk: rc $rc: $(cat "$M.err")"; }
    [ "$(cat "$M/out.json")" = old ] && pass "full disk: the old file is unchanged" || fail "full disk: old file changed"
    [ -z "$(ls "$M" | grep '\.tmp-')" ] && pass "full disk: no temporary file left behind" || fail "temp left: $(ls "$M")"
    rm -f "$M.err" "$M/fill"
    mount -o remount,ro "$M" || { echo "  cannot remount read-only"; exit 3; }
    "$BIN" run "$M/base.ini" -o "$M/out.json" --force > "$M.err" 2>&1
    rc=$?
    [ $rc -eq 2 ] && grep -q "Read-only file system" "$M.err" \
        && pass "read-only file system: exit 2, 'Read-only file system'" || fail "read-only fs: rc $rc: $(cat "$M.err")"
    [ "$(cat "$M/out.json")" = old ] && pass "read-only file system: the old file is unchanged" || fail "ro: old file changed"
    rm -f "$M.err"
    mount -o remount,rw "$M"
    sh "$ROOT/tests/fault_save_tui.sh" "$M" || FAILS=$((FAILS + 1))
    umount -l "$M" 2>/dev/null
    exit $FAILS
fi

lib_init fault_save_test
require
[ -x "$WRITER" ] || { echo "fault_save_test: $WRITER is not built (make test builds it)"; exit 1; }
SEED=${FAULT_SEED:-$(( $(date +%s) % 1000000 * 1000 + $$ % 1000 ))}
echo "fault_save_test: $BIN, seed $SEED (FAULT_SEED=$SEED repeats these kill moments)"

# random_delay MS I: the I-th pseudo-random sleep length of this run's seed, in seconds, 0..MS ms.
random_delay() { awk -v n="$1" -v s="$SEED" -v i="$2" 'BEGIN { srand((s + i * 7919) % 2147483647); printf "%.3f", rand() * n / 1000 }'; }
# ms_of CMD...: how long CMD takes, in milliseconds (at least 10), so kills land inside the work
# whatever the build (a sanitizer build starts and writes several times slower).
ms_of() { s0=$(date +%s%N); "$@" >/dev/null 2>&1; s1=$(date +%s%N); ms=$(( (s1 - s0) / 1000000 )); [ $ms -lt 10 ] && ms=10; echo $ms; }
# leftovers DIR NAME: files in DIR other than NAME, the inputs and NAME.tmp-PID-N temp files.
leftovers() { ls "$1" | grep -v -e "^$2\$" -e '^A$' -e '^B$' -e "^$2\.tmp-[0-9]*-[0-9]*\$" -e '\.ini$' -e '\.ref$'; }

# ---- 1. the save helper killed at random moments (4 MB contents, fsync'd) ----
awk 'BEGIN { for (i = 0; i < 65536; i++) printf "A %059d\n", i }' > "$TMP/A"
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "B %079d\n", i }' > "$TMP/B"
cp "$TMP/A" "$TMP/out"
span=$(( $(ms_of "$WRITER" "$TMP/out" "$TMP/A" "$TMP/B" 4) * 2 / 4 ))  # two saves' worth
bad=0; n=0
while [ $n -lt "$KILLS" ]; do
    "$WRITER" "$TMP/out" "$TMP/A" "$TMP/B" & pid=$!
    sleep "$(random_delay "$span" "$n")"
    kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
    if ! cmp -s "$TMP/out" "$TMP/A" && ! cmp -s "$TMP/out" "$TMP/B"; then
        bad=$((bad + 1)); echo "  after kill $n: out is neither A nor B ($(wc -c < "$TMP/out") bytes)"
    fi
    n=$((n + 1))
done
[ $bad -eq 0 ] && pass "$KILLS random SIGKILLs (0-$span ms) of a 4 MB save: out is always the whole old or new content" \
    || fail "$bad of $KILLS kills left a broken file"
left=$(leftovers "$TMP" out)
[ -z "$left" ] && pass "only clearly named temp files remain ($(ls "$TMP" | grep -c '\.tmp-') out.tmp-PID-N)" \
    || fail "unexpected files left: $left"
"$WRITER" "$TMP/out" "$TMP/A" "$TMP/B" 1 && cmp -s "$TMP/out" "$TMP/A" && pass "the next save succeeds" \
    || fail "save after the kills failed"
rm -f "$TMP"/out.tmp-*

# ---- 2. the real CLI killed while writing -o OUT --force ----
cp "$ROOT/scenarios/chongqing-baseline.ini" "$TMP/base.ini"
cp "$ROOT/scenarios/chongqing-baseline.ini" "$ROOT/scenarios/chongqing-peak2030.ini" "$TMP/"
cp "$ROOT/scenarios/chongqing-peak2030.ini" "$TMP/peak.ini"
"$BIN" run "$TMP/base.ini" --format json > "$TMP/base.ref" && "$BIN" run "$TMP/peak.ini" --format json > "$TMP/peak.ref" \
    || fail "cannot produce the reference outputs"
cp "$TMP/base.ref" "$TMP/run.json"
span=$(ms_of "$BIN" run "$TMP/peak.ini" --format json -o "$TMP/run.json" --force)
cp "$TMP/base.ref" "$TMP/run.json"
bad=0; n=0
while [ $n -lt $((KILLS / 2)) ]; do
    if [ $((n % 2)) -eq 0 ]; then f=peak.ini; else f=base.ini; fi
    "$BIN" run "$TMP/$f" --format json -o "$TMP/run.json" --force & pid=$!
    sleep "$(random_delay "$span" $((KILLS + n)))"
    kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
    cmp -s "$TMP/run.json" "$TMP/base.ref" || cmp -s "$TMP/run.json" "$TMP/peak.ref" || bad=$((bad + 1))
    n=$((n + 1))
done
[ $bad -eq 0 ] && pass "$((KILLS / 2)) SIGKILLs (0-$span ms) of 'peakpath run -o run.json --force': always a whole output" \
    || fail "$bad kills of peakpath run left a broken file"
left=$(leftovers "$TMP" run.json | grep -v -e '^out$')
[ -z "$left" ] && pass "peakpath run leaves only run.json.tmp-PID-N files when killed" || fail "unexpected files: $left"

# ---- 3. a folder without write permission ----
mkdir "$TMP/ro"; echo old > "$TMP/ro/out.csv"; chmod 755 "$TMP"
if [ "$(id -u)" -eq 0 ]; then
    if command -v setpriv >/dev/null 2>&1; then
        mkdir "$TMP/bin"; cp "$BIN" "$TMP/bin/peakpath"; chmod -R a+rX "$TMP"
        chmod 555 "$TMP/ro"
        AS="setpriv --reuid=65534 --regid=65534 --clear-groups"; RUN="$TMP/bin/peakpath"
    else AS=""; fi
else
    chmod 555 "$TMP/ro"; AS="env"; RUN="$BIN"
fi
if [ -n "$AS" ]; then
    $AS "$RUN" run "$TMP/base.ini" --format csv -o "$TMP/ro/out.csv" --force > "$TMP/err" 2>&1
    rc=$?
    [ $rc -eq 2 ] && grep -q "ro/out.csv" "$TMP/err" && grep -q "Permission denied" "$TMP/err" \
        && pass "read-only folder: exit 2, message names the file and 'Permission denied'" \
        || fail "read-only folder: rc $rc: $(cat "$TMP/err")"
    [ "$(cat "$TMP/ro/out.csv")" = old ] && pass "read-only folder: the old file is unchanged" || fail "old file changed"
    $AS "$RUN" run "$TMP/base.ini" -o "$TMP/ro/new.csv" > "$TMP/err" 2>&1
    [ $? -eq 2 ] && [ ! -e "$TMP/ro/new.csv" ] && pass "read-only folder: a new file is refused too" || fail "new file in ro folder"
else
    echo "  skipped: read-only folder (root without setpriv cannot be refused by permissions)"
fi
chmod 755 "$TMP/ro"

# ---- 4. read-only file system, full disk, the TUI: in a private mount namespace ----
if [ "$(id -u)" -eq 0 ]; then NS="unshare -m"; else NS="unshare -rm"; fi
mkdir "$TMP/mnt"
if $NS sh -c "mount -t tmpfs -o size=16k x '$TMP/mnt' && umount '$TMP/mnt'" 2>/dev/null; then
    PEAKPATH_BIN=$BIN $NS sh "$ROOT/tests/fault_save_test.sh" --in-namespace "$TMP/mnt"
    rc=$?
    [ $rc -eq 0 ] || { echo "  $rc failure(s) in the mount namespace"; FAILS=$((FAILS + rc)); }
else
    echo "  skipped: read-only file system and full disk ($NS cannot mount a tmpfs here)"
fi

lib_finish
