#!/bin/sh
# tests/hostile_files_test.sh - issue 18 as a hostile participant and a careless user produce it,
# without a terminal: a world-writable room folder (a symlink to a private file, an inherit of
# one, a hard link, a FIFO, a FIFO swapped in during scans, file and scenario names with ESC, C1
# controls and invalid UTF-8, 100 participants), output targets (-o through a symlink, onto a
# FIFO, a device, a folder, the input itself, all with --force), every command with stdout on a
# full device (>/dev/full), options that used to pass silently, hexadecimal numbers.
# Needs $PEAKPATH_BIN (tests/run_all.sh sets it) and xmllint. Every wait is bounded.
set -u
. "$(dirname "$0")/lib.sh"
lib_init hostile_files
require xmllint timeout
S=$ROOT/scenarios
ROOM=$TMP/shared
PRIV=$TMP/private
mkdir -p "$ROOM" "$PRIV"
cd "$TMP" || exit 1
echo "hostile_files_test: $BIN"

# A line of the private file that must never reach the room's output, and a private scenario.
printf 'TOPSECRET-4242 the facilitator notes\n' > "$PRIV/notes.ini"
printf '[scenario]\nname = TOPSECRET-4242 plan\nregion = x\n' > "$PRIV/secret.ini"
participant() { printf '[scenario]\nname = %s plan\ninherit = %s/challenge-1-energy-mix.ini\n' "$1" "$S" > "$ROOM/$1.ini"; }
participant ana
ln -s "$PRIV/notes.ini" "$ROOM/link.ini"
printf '[scenario]\nname = inh\ninherit = ../private/notes.ini\n' > "$ROOM/inh.ini"
printf '[scenario]\ninherit = %s/secret.ini\n' "$PRIV" > "$ROOM/inh2.ini"
ln "$PRIV/secret.ini" "$ROOM/hard.ini" 2>/dev/null || cp "$PRIV/secret.ini" "$TMP/nohardlink"
mkfifo "$ROOM/fifo.ini"
expect 0 "room --summary with a symlink, inherits of private files, a hard link and a FIFO ends" \
    timeout 60 "$BIN" room "$ROOM" --summary
grep -q TOPSECRET "$TMP/out" "$TMP/err" && fail "a private file's content reached the summary: $(grep TOPSECRET "$TMP/out" | head -2)" \
    || pass "no private content in the summary or its errors"
for w in link inh inh2 fifo; do
    grep -E "^\| $w \|.*(BROKEN|broken|有误)" "$TMP/out" >/dev/null && pass "$w is listed as broken" || fail "$w: $(grep "^| $w " "$TMP/out")"
done
[ -f "$TMP/nohardlink" ] || { grep -E "^\| hard \|.*broken" "$TMP/out" >/dev/null && pass "a hard-linked file is refused" || fail "hard: $(grep '^| hard ' "$TMP/out")"; }
grep -E "^\| ana \| ana plan" "$TMP/out" >/dev/null && pass "the honest participant still runs" || fail "ana: $(grep '^| ana ' "$TMP/out")"
grep -qF 'inh.ini:3: \[scenario\] inherit:' "$TMP/out" && pass "the error names file, line and key" || fail "inherit error: $(grep '^| inh ' "$TMP/out")"
[ -L "$ROOM/link.ini" ] && [ -p "$ROOM/fifo.ini" ] && pass "the room changed nothing in the folder" || fail "folder changed"

# A FIFO swapped in for a file between the scans' stat and open: no scan may block.
participant swap
( i=0; while [ $i -lt 200 ] && [ ! -f "$TMP/stop" ]; do
      rm -f "$ROOM/swap.ini"; mkfifo "$ROOM/swap.ini"; rm -f "$ROOM/swap.ini"; participant swap; i=$((i + 1)); done ) &
swapper=$!
blocked=0
for n in 1 2 3 4 5 6; do timeout 30 "$BIN" room "$ROOM" --summary >/dev/null 2>&1; [ $? -eq 124 ] && blocked=1; done
touch "$TMP/stop"; wait $swapper
[ $blocked = 0 ] && pass "six scans with a FIFO swapped in and out: none blocked" || fail "a scan blocked on a FIFO"
rm -f "$ROOM/swap.ini" "$ROOM/fifo.ini"

# Names with control bytes: ESC c resets a terminal, U+009B is CSI, \377 is not UTF-8.
has_raw() { LC_ALL=C grep -q "$(printf '\033')" "$1" || LC_ALL=C grep -q "$(printf '\302\233')" "$1"; }
esc_name=$(printf 'ev\033cil')
printf '[scenario]\nname = evil plan\ninherit = %s/challenge-1-energy-mix.ini\n' "$S" > "$ROOM/$esc_name.ini"
printf '[scenario]\nname = c1 \302\233 2J\ninherit = %s/challenge-1-energy-mix.ini\n' "$S" > "$ROOM/c1.ini"
printf '[scenario]\nname = ff\ninherit = %s/challenge-1-energy-mix.ini\n' "$S" > "$ROOM/$(printf 'bad\377')".ini
expect 0 "room --summary with hostile names" timeout 60 "$BIN" room "$ROOM" --summary
has_raw "$TMP/out" && fail "raw ESC or C1 in the room summary" || pass "no raw ESC or C1 in the room summary"
grep -qF '| ev\\x1bcil | evil plan' "$TMP/out" && pass "ESC shown escaped (\\x1b), the file runs" || fail "ESC name: $(grep '^| ev' "$TMP/out")"
expect 0 "export DIR --chart emissions with hostile names" timeout 60 "$BIN" export "$ROOM" --chart emissions -o "$TMP/room.svg"
xmllint --noout "$TMP/room.svg" 2>"$TMP/xml" && pass "the room overlay SVG is XML" || fail "overlay SVG: $(head -c 300 "$TMP/xml")"
cp "$ROOM/$esc_name.ini" "$TMP/$esc_name.ini"
expect 0 "run a file named with ESC" "$BIN" run "$TMP/$esc_name.ini"
has_raw "$TMP/out" && fail "raw ESC in run's table" || pass "run's table shows the name escaped"
expect 2 "a missing file named with ESC" "$BIN" run "$TMP/$(printf 'no\033c').ini"
has_raw "$TMP/err" && fail "raw ESC in the error message" || pass "the error message shows the name escaped"
printf '[scenario]\nname = x \357\277\277 \302\233\ninherit = %s/chongqing-baseline.ini\n' "$S" > "$TMP/uffff.ini"
if "$BIN" run "$TMP/uffff.ini" >/dev/null 2>&1; then
    expect 0 "export a scenario named with U+FFFF and U+009B" "$BIN" export "$TMP/uffff.ini" --chart emissions -o "$TMP/uffff.svg"
    xmllint --noout "$TMP/uffff.svg" 2>"$TMP/xml" && pass "its SVG is XML" || fail "U+FFFF SVG: $(head -c 300 "$TMP/xml")"
else pass "a name with U+FFFF is refused by the loader"; fi
rm -f "$ROOM"/*.ini

# 100 participants: every one is listed (the old cap was 64).
i=0; while [ $i -lt 100 ]; do participant "p$i"; i=$((i + 1)); done
expect 0 "room --summary with 100 participants" timeout 300 "$BIN" room "$ROOM" --summary
n=$(grep -cE '^\| p[0-9]+ \| p[0-9]+ plan' "$TMP/out")
[ "$n" = 100 ] && pass "all 100 participants listed and run" || fail "$n of 100 listed"
grep -q "not listed" "$TMP/out" && fail "files said to be not listed" || pass "nothing hidden"

# -o with --force replaces only a regular file.
B=$S/chongqing-baseline.ini
printf 'keep\n' > "$PRIV/target.txt"
ln -s "$PRIV/target.txt" "$TMP/link.csv"
expect 2 "-o through a symlink with --force is refused" "$BIN" run "$B" --format csv -o "$TMP/link.csv" --force
grep -q "symbolic link" "$TMP/err" && pass "the message says it is a symbolic link" || fail "message: $(cat "$TMP/err")"
[ "$(cat "$PRIV/target.txt")" = keep ] && [ -L "$TMP/link.csv" ] && pass "the link's target is unchanged" || fail "the target was written"
mkfifo "$TMP/pipe.csv"
expect 2 "-o onto a FIFO with --force is refused" timeout 20 "$BIN" run "$B" --format csv -o "$TMP/pipe.csv" --force
[ -p "$TMP/pipe.csv" ] && grep -q FIFO "$TMP/err" && pass "the FIFO is still a FIFO, the message says so" || fail "FIFO: $(cat "$TMP/err")"
expect 2 "-o /dev/null --force is refused" "$BIN" run "$B" --format csv -o /dev/null --force
[ -c /dev/null ] && grep -q device "$TMP/err" && pass "/dev/null is still a device" || fail "/dev/null: $(cat "$TMP/err")"
mkdir -p "$TMP/adir"
expect 2 "-o onto a folder with --force is refused" "$BIN" run "$B" -o "$TMP/adir" --force
cp "$B" "$TMP/input.ini"
expect 2 "-o INPUT --force is refused" "$BIN" run "$TMP/input.ini" --format csv -o "$TMP/input.ini" --force
cmp -s "$B" "$TMP/input.ini" && grep -q "reads" "$TMP/err" && pass "the input is unchanged, the message says why" || fail "input: $(cat "$TMP/err")"
printf '[scenario]\nname = child\ninherit = input.ini\n' > "$TMP/child.ini"
expect 2 "-o PARENT --force (the file the input inherits) is refused" "$BIN" run "$TMP/child.ini" -o "$TMP/input.ini" --force
cmp -s "$B" "$TMP/input.ini" && pass "the parent is unchanged" || fail "the parent was replaced"
expect 0 "-o a regular file with --force still works" "$BIN" run "$B" --format csv -o "$TMP/out.csv" --force

# Every command with stdout on a full device: exit 2 and a message, never 0.
U=$S/chongqing-uncertain.ini
while IFS='|' read -r what args; do
    # shellcheck disable=SC2086
    "$BIN" $args >/dev/full 2>"$TMP/err"; rc=$?
    [ $rc = 2 ] && [ -s "$TMP/err" ] && pass ">/dev/full: $what exits 2 ($(head -c 80 "$TMP/err"))" || fail ">/dev/full: $what exit $rc: $(head -c 200 "$TMP/err")"
done <<EOL
keys|keys
--version|--version
--help|--help
help|help
help run|help run
run --help|run --help
check|check $B
run|run $B
run csv|run $B --format csv
run json|run $B --format json
seek|seek $B --lever power.solar_gw --target co2_2030<=230
decompose|decompose $B --from 2020 --to 2030
compare|compare $B $S/chongqing-peak2030.ini
mc|mc $U --draws 4
sensitivity|sensitivity $B
export summary|export $B --summary
export chart|export $B --chart emissions
room summary|room $S --summary
EOL

# Options that used to pass without a word.
expect 2 "room --summary --format csv is refused" "$BIN" room "$ROOM" --summary --format csv
expect 2 "--lang fr before a command is refused" "$BIN" --lang fr keys
expect 0 "--lang zh before a command is taken by it (issue 13: --lang anywhere)" "$BIN" --lang zh keys
expect 2 "a hexadecimal seek target is refused" "$BIN" seek "$B" --lever power.solar_gw --target "peak_year<=0x7e8"
lib_finish
