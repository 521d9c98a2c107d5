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

# No hyperfine: time each process. With bash, $EPOCHREALTIME reads the clock without a fork;
# otherwise `date +%s%N` does, and the two forks around each run cost time too. Either way the
# same loop is also timed around `:` (nothing) and that overhead is reported and subtracted.
i=0
while [ "$i" -lt 3 ]; do "$bin" run "$scn" --format csv >/dev/null; i=$((i + 1)); done # warm-up

if command -v bash >/dev/null 2>&1; then
    clock="bash \$EPOCHREALTIME"
    # times_us CMD...: N wall times in microseconds, one per line, sorted
    times_us() {
        bash -c 'n=$1; shift; for ((j = 0; j < n; j++)); do
                     t0=${EPOCHREALTIME/./}; "$@" >/dev/null; t1=${EPOCHREALTIME/./}; echo $((t1 - t0))
                 done' times_us "$n" "$@" | sort -n
    }
else
    clock="date +%s%N"
    times_us() {
        j=0
        while [ "$j" -lt "$n" ]; do
            t0=$(date +%s%N)
            "$@" >/dev/null
            t1=$(date +%s%N)
            echo $(( (t1 - t0) / 1000 ))
            j=$((j + 1))
        done | sort -n
    }
fi

median() { awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }

true_bin=$(command -v true)
true_bin=${true_bin:-/bin/true}
case "$true_bin" in /*) ;; *) true_bin=/bin/true ;; esac
raw=$(times_us "$bin" run "$scn" --format csv)
med=$(echo "$raw" | median)
min=$(echo "$raw" | head -n 1)
max=$(echo "$raw" | tail -n 1)
over=$(times_us : | median)
true_med=$(times_us "$true_bin" | median)
awk -v med="$med" -v min="$min" -v max="$max" -v over="$over" -v tru="$true_med" -v tbin="$true_bin" -v n="$n" -v clock="$clock" -v cmd="$bin run $scn --format csv" 'BEGIN {
    net = med - over
    printf "  whole process: %s (%d runs, clock: %s)\n", cmd, n, clock
    printf "  median %.2f ms   min %.2f ms   max %.2f ms   (raw, including the timing itself)\n", med / 1000, min / 1000, max / 1000
    printf "  timing overhead (same loop around nothing): median %.2f ms\n", over / 1000
    printf "  median without the overhead: %.2f ms\n", net / 1000
    printf "  for scale, starting %s (a process that does nothing) takes %.2f ms here\n", tbin, (tru - over) / 1000
    printf "  goal < 20 ms: %s\n", (med < 20000) ? "met (even raw)" : (net < 20000 ? "met (net)" : "MISSED")
}'
