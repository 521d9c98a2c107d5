#!/bin/sh
# tests/cli_test.sh - end-to-end checks of the CLI through a shell: every shipped scenario passes
# `check`, `help CMD` works, `-o -` is stdout, --format=csv form, and stderr/stdout separation.
# Run by tests/run_all.sh with $PEAKPATH_BIN set; exits 0 when every check passes.
. "$(dirname "$0")/lib.sh"
lib_init cli_test
bin=$BIN tmp=$TMP   # ok, bad and expect (stdout in $tmp/out, stderr in $tmp/err): tests/lib.sh

for f in scenarios/*.ini; do
    [ -f "$f" ] || continue
    expect 0 "check $f" "$bin" check "$f"
    grep -q "^$f: ok" "$tmp/out" || bad "check $f prints '$f: ok'"
done

expect 0 "help run" "$bin" help run
grep -q "usage: peakpath run" "$tmp/out" || bad "help run shows the usage line"
expect 2 "help of an unknown command" "$bin" help nosuch

scn=scenarios/chongqing-baseline.ini
expect 0 "run --format=csv -o -" "$bin" run "$scn" --format=csv -o -
head -n 1 "$tmp/out" | grep -q '^year,gdp_bn_cny,' || bad "-o - writes the CSV to stdout"
[ -s "$tmp/err" ] && bad "a successful run writes nothing to stderr"
lines=$(wc -l <"$tmp/out")
[ "$lines" -eq 47 ] || bad "CSV has a header and 46 rows 2015-2060 (got $lines lines)"

expect 2 "run with two files" "$bin" run "$scn" "$scn"
[ -s "$tmp/out" ] && bad "a usage error writes nothing to stdout"
expect 2 "check of a missing file" "$bin" check "$tmp/none.ini"
grep -q "none.ini" "$tmp/err" || bad "the error names the missing file"

lib_finish
