#!/bin/sh
# tests/seek_multi_test.sh - `peakpath seek --levers`: properties of the answer on the default
# scenario recomputed from its CSV (every lever moved only greener and inside its plausible range,
# the package's change is the length of the moves in plausible spans, the target met), one lever
# through --levers agreeing with --lever, an unreachable target reported with exit 0, and the
# usage errors (--minimise cost without costs, --lever with --levers, --full-range, a bad key).
set -u
. "$(dirname "$0")/lib.sh"
lib_init seek_multi_test
require awk
F="$ROOT/scenarios/chongqing-baseline.ini"
L=power.solar_gw,heavy_industry.improve_pct,transport.nev_share_pct

echo "seek_multi_test: $BIN"

expect 0 "three levers, one target: exit 0" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6000' -f csv
cp "$TMP/out" "$TMP/pkg.csv"
# columns: 1 lever, 2 start, 3 value, 4 change, 5 greener, 6 plaus_lo, 7 plaus_hi, 8 met,
# 9 package_change, 10 targets, 11 runs, then the summary (cum_co2_mt found by name)
chk=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "cum_co2_mt") cum = i; next }
    { n++; span = $7 - $6; u = ($3 - $2) / span; sum += u * u; pkg = $9; met = $8; c = $cum
      if (($3 - $2) * $5 < -1e-12) bad = bad " browner:" $1
      if ($3 < $6 - 1e-9 || $3 > $7 + 1e-9) bad = bad " outside:" $1
      if ($3 == $2) same++ }
    END { d = sqrt(sum) - pkg; if (d < 0) d = -d
          printf "n=%d met=%d dchange=%s cum_ok=%d moved=%d%s\n", n, met, (d < 1e-6 ? "ok" : d), (c <= 6000 + 1e-6), n - same, bad }' \
    "$TMP/pkg.csv")
echo "$chk" | grep -q "^n=3 met=1 dchange=ok cum_ok=1 moved=3$" \
    && pass "every lever greener and inside its plausible range, change = length in spans, target met ($chk)" \
    || fail "package properties: $chk"

expect 0 "one lever through --levers" "$BIN" seek "$F" --levers power.solar_gw --target 'cum_co2<=6150' -f csv
multi=$(awk -F, 'NR == 2 { print $3 }' "$TMP/out")
expect 0 "the same with --lever" "$BIN" seek "$F" --lever power.solar_gw --target 'cum_co2<=6150' -f csv
one=$(awk -F, 'NR == 2 { print $5 }' "$TMP/out")
awk -v a="$multi" -v b="$one" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d < 0.01) }' \
    && pass "bisection along one axis agrees with the one-lever seek (Brent): $multi vs $one GW" \
    || fail "one lever: --levers $multi vs --lever $one"

expect 0 "two targets at once" "$BIN" seek "$F" --levers power.solar_gw,heavy_industry.improve_pct \
    --target 'peak_year<=2022' --target 'co2_2030<=170' -f json
grep -q '"met": true' "$TMP/out" && grep -q '"target": "peak_year<=2022"' "$TMP/out" \
    && grep -q '"target": "co2_2030<=170"' "$TMP/out" && pass "JSON names both targets, met" || fail "two-target JSON"

expect 0 "an unreachable target is not an error" "$BIN" seek "$F" --levers "$L" --target 'co2_2030<=20'
grep -q "NOT MET" "$TMP/out" && pass "it says NOT MET" || fail "no NOT MET"

expect 2 "--minimise cost is refused" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6000' --minimise cost
grep -q "needs technology costs" "$TMP/err" && pass "and says costs are missing" || fail "no costs message: $(cat "$TMP/err")"
expect 0 "--minimise change is the default's name" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6100' --minimise change
expect 2 "--minimise of something else" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6000' --minimise beauty
expect 2 "--lever with --levers" "$BIN" seek "$F" --lever power.solar_gw --levers "$L" --target 'cum_co2<=6000'
expect 2 "--full-range with --levers" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6000' --full-range
expect 2 "a misspelt lever" "$BIN" seek "$F" --levers power.solar_gw,transport.nev_sales_pct --target 'cum_co2<=6000'
grep -q "did you mean transport.nev_share_pct" "$TMP/err" && pass "and suggests the right key" || fail "no suggestion"
expect 2 "a lever given twice" "$BIN" seek "$F" --levers power.solar_gw,power.solar_gw --target 'cum_co2<=6000'
expect 2 "two targets with one --lever" "$BIN" seek "$F" --lever power.solar_gw --target 'cum_co2<=6000' --target 'co2_2030<=170'

lib_finish
