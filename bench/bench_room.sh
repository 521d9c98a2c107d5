#!/bin/sh
# bench/bench_room.sh - the workshop room's load (issue 14: "the room with 20 files changing every
# second uses under 5 % of one core"): a room in tmux on a folder of 20 participants' files with
# a workshop file, the countdown running and the projector page on (--html), while a writer
# rewrites every file once a second (each an atomic rename with a new lever value, as `s` does).
# Measures the room process's own CPU time (utime + stime from /proc/PID/stat) over SECONDS and
# prints the share of one core. A measurement, not a test: run by `make bench`. Needs tmux.
# Usage: sh bench/bench_room.sh [PEAKPATH] [SECONDS]
set -u
BIN=${1:-build/peakpath}
SECS=${2:-20}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
case "$BIN" in /*) ;; *) BIN=$(pwd)/$BIN;; esac
command -v tmux >/dev/null 2>&1 || { echo "bench_room: tmux is not installed"; exit 1; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/peakpath-bench-room.XXXXXX") || exit 1
SOCK=bench-room-$$
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; kill "$WPID" 2>/dev/null; rm -rf "$TMP"' EXIT INT TERM
WPID=
mkdir -p "$TMP/shared"
cp "$ROOT/scenarios/chongqing-baseline.ini" "$ROOT/scenarios/challenge-1-energy-mix.ini" "$TMP/"
printf '[workshop]\nlang = en\n[round 1]\nchallenge = ../challenge-1-energy-mix.ini\nminutes = 60\n' > "$TMP/shared/workshop.ini"
write() { # write NAME SOLAR: one participant's file, replaced atomically
    printf '[scenario]\nname = %s: Challenge 1\ninherit = ../challenge-1-energy-mix.ini\n[power]\nsolar_gw = 2015:0.05, 2020:0.67, 2030:%s, 2060:%s\n' \
        "$1" "$2" "$2" > "$TMP/shared/.$1.tmp" && mv "$TMP/shared/.$1.tmp" "$TMP/shared/$1.ini"
}
i=1; while [ $i -le 20 ]; do write "p$i" 5; i=$((i + 1)); done
tmux -L "$SOCK" -f /dev/null new-session -d -s room -x 120 -y 40 \
    "echo \$\$ > $TMP/pid; exec env LANG=C.UTF-8 $BIN room $TMP/shared --html $TMP/page.html"
n=0; while [ ! -s "$TMP/pid" ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
PID=$(cat "$TMP/pid")
sleep 3 # the first scan of 20 files is start-up, not the steady load
tmux -L "$SOCK" send-keys -t room t
( k=0; while :; do
      k=$((k + 1)); i=1
      while [ $i -le 20 ]; do write "p$i" "$((5 + (k + i) % 5))"; i=$((i + 1)); done
      sleep 1
  done ) &
WPID=$!
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks); s0=$(date +%s.%N)
sleep "$SECS"
t1=$(ticks); s1=$(date +%s.%N)
kill "$WPID" 2>/dev/null
awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s0="$s0" -v s1="$s1" 'BEGIN {
    cpu = (b - a) / hz; wall = s1 - s0
    printf "room, 20 files rewritten every second, countdown and --html on: %.2f s CPU in %.1f s = %.1f %% of one core (goal: under 5 %%)\n", cpu, wall, 100 * cpu / wall }'
