#!/bin/sh
# tests/run_all.sh - runs every cmocka program in DIR and every tests/*_test.sh script (tmux and
# CLI end-to-end tests), then prints one closing line "N passed, N failed". Exit 1 if any failed.
dir=${1:-build/tests}
pass=0; fail=0; failed=""
for t in "$dir"/test_*; do
    [ -x "$t" ] || continue
    if "$t"; then pass=$((pass+1)); else fail=$((fail+1)); failed="$failed $(basename "$t")"; fi
done
for s in tests/*_test.sh; do
    [ -f "$s" ] || continue
    echo "[ RUN      ] $s"
    if sh "$s"; then pass=$((pass+1)); echo "[       OK ] $s"; else fail=$((fail+1)); failed="$failed $s"; echo "[  FAILED  ] $s"; fi
done
[ -n "$failed" ] && echo "failed:$failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
