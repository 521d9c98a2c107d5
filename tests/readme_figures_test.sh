#!/bin/sh
# tests/readme_figures_test.sh - fails when the README's quoted summary (between its
# readme-figures markers) differs from `peakpath run --summary` on the default scenario, and
# checks that the check can fail: a README with one figure changed must be refused.
. "$(dirname "$0")/lib.sh"
lib_init readme_figures
require
if sh "$ROOT/tests/readme_figures.sh" --check > "$TMP/out" 2>&1; then pass "README figures match the program"
else fail "README figures drifted: $(cat "$TMP/out")"; fi
grep -q '^<!-- readme-figures: run --summary' "$ROOT/README.md" && pass "the summary block is generated from peakpath run --summary" \
    || fail "no generated summary block in README.md"
# a copy with the peak year changed is caught
sed 's/^Peak CO2:  *\([0-9][0-9]*\)/Peak CO2:                    1999/' "$ROOT/README.md" > "$TMP/README.md"
if README="$TMP/README.md" sh "$ROOT/tests/readme_figures.sh" --check > "$TMP/out2" 2>&1; then fail "a changed figure went unnoticed"
else pass "a changed figure fails the check"; fi
README="$TMP/README.md" sh "$ROOT/tests/readme_figures.sh" --write > /dev/null 2>&1
cmp -s "$TMP/README.md" "$ROOT/README.md" && pass "--write restores the figures from the program" || fail "--write did not restore"
lib_finish
