#!/bin/sh
# tests/run_all.sh - runs every cmocka program in DIR and every tests/*_test.sh script (tmux and
# CLI end-to-end tests), then prints one closing line "N passed, N failed". Exit 1 if any failed.
# A test also fails when a process it started outlives it: each test runs with its own
# PEAKPATH_TEST_TAG in the environment, which every process it starts inherits (tmux servers and
# the programs in their panes too, tmux passes its environment on); any process still carrying
# the tag SURVIVOR_WAIT seconds (default 10) after the test ended is listed, killed and counted
# as a failure (a sanitizer build spinning in its leak check did that unseen, issue 11).
dir=${1:-build/tests}
pass=0; fail=0; failed=""
run_id=$$-$(date +%s)
n=0

# tagged TAG: the pids of the processes whose environment holds PEAKPATH_TEST_TAG=TAG.
tagged() {
    grep -l -z -x "PEAKPATH_TEST_TAG=$1" /proc/[0-9]*/environ 2>/dev/null | sed 's|^/proc/\([0-9]*\)/environ$|\1|'
}

# no_survivors NAME TAG: 0 when nothing carrying TAG is left (waiting up to SURVIVOR_WAIT s for
# processes on their way out); else lists them, kills them by pid and returns 1.
no_survivors() {
    [ -d /proc/self ] || return 0
    i=0; limit=$(( ${SURVIVOR_WAIT:-10} * 10 ))
    while [ $i -lt $limit ]; do
        [ -z "$(tagged "$2")" ] && return 0
        sleep 0.1; i=$((i + 1))
    done
    left=$(tagged "$2")
    [ -z "$left" ] && return 0
    echo "  FAIL: $1 left processes running ${SURVIVOR_WAIT:-10} s after it ended (killed now):"
    for p in $left; do ps -o pid=,ppid=,stat=,etime=,args= -p "$p" 2>/dev/null | sed 's/^/    /'; done
    for p in $left; do kill -KILL "$p" 2>/dev/null; done
    return 1
}

# run NAME CMD...: runs one test with its own tag; counts it.
run() {
    name=$1; shift
    n=$((n + 1)); tag=$run_id-$n
    PEAKPATH_TEST_TAG=$tag "$@"; rc=$?
    no_survivors "$name" "$tag" || rc=1
    if [ $rc -eq 0 ]; then pass=$((pass+1)); return 0; fi
    fail=$((fail+1)); failed="$failed $name"; return 1
}

for t in "$dir"/test_*; do
    [ -x "$t" ] || continue
    run "$(basename "$t")" "$t"
done
for s in tests/*_test.sh; do
    [ -f "$s" ] || continue
    echo "[ RUN      ] $s"
    if run "$s" sh "$s"; then echo "[       OK ] $s"; else echo "[  FAILED  ] $s"; fi
done
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
