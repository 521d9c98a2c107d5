#!/bin/sh
# bench/bench_cli.sh - wall time of one whole `peakpath run SCENARIO --format csv` process
# (start, load, calibrate, run, write CSV, exit): median over N runs. Goal: < 20 ms.
# usage: sh bench/bench_cli.sh [BINARY] [SCENARIO] [N]   (hyperfine is used when installed)
bin=${1:-./build/peakpath}
scn=${2:-scenarios/chongqing-baseline.ini}
n=${3:-50}

if [ ! -x "$bin" ]; then echo "bench_cli: $bin is not an executable (run make first)" >&2; exit 2; fi
"$bin" run "$scn" --format csv >/dev/null || { echo "bench_cli: '$bin run $scn' failed" >&2; exit 1; }

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 3 --runs "$n" "$bin run $scn --format csv"
    exit $?
fi

# No hyperfine: time each process with date +%s%N (adds the cost of one `date` fork, ~1 ms).
i=0
while [ "$i" -lt 3 ]; do "$bin" run "$scn" --format csv >/dev/null; i=$((i + 1)); done # warm-up
i=0
times=""
while [ "$i" -lt "$n" ]; do
    t0=$(date +%s%N)
    "$bin" run "$scn" --format csv >/dev/null
    t1=$(date +%s%N)
    times="$times $(( (t1 - t0) / 1000 ))"
    i=$((i + 1))
done
echo "$times" | tr ' ' '\n' | grep -v '^$' | sort -n | awk -v n="$n" -v cmd="$bin run $scn --format csv" '
    { t[NR] = $1 }
    END {
        med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "  whole process: %s\n", cmd
        printf "  median %.2f ms   min %.2f ms   max %.2f ms   (%d runs, date +%%s%%N loop)\n", med / 1000, t[1] / 1000, t[NR] / 1000, NR
        printf "  goal < 20 ms: %s\n", (med < 20000) ? "met" : "MISSED"
    }'
