#!/bin/sh
# tests/seek_multi_test.sh - `peakpath seek --levers`: properties of the answer on the default
# scenario recomputed from its CSV (every lever moved only greener and inside its plausible range,
# the package's change is the length of the moves in plausible spans, the target met), one lever
# through --levers agreeing with --lever, an unreachable target reported with exit 0, and the
# cheapest package (--minimise cost) against the smallest one, and the usage errors (--minimise of
# something else, cost with --full-range, --lever with --levers, --full-range, a bad key).
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

# The cheapest package. `peakpath mac` on this scenario puts wind (2.5 -> 6 GW: 420 Mt net CO2
# avoided for +5.9 bn CNY, 14 CNY/t) well below industrial CCUS (0 -> 15 Mt: 360 Mt for +18.8 bn,
# 52 CNY/t), and both add cost, so the cheapest way to cut cumulative CO2 by 300.7 Mt (to 5930,
# less than wind alone can) is by wind alone, CCUS unmoved; the smallest-change package spreads
# the cut over both (per span wind buys 420 and CCUS 360 Mt, so about half each).
PAIR=power.wind_gw,emissions.ccus_mt
expect 0 "smallest package of wind and CCUS" "$BIN" seek "$F" --levers $PAIR --target 'cum_co2<=5930' -f csv
cp "$TMP/out" "$TMP/small.csv"
expect 0 "cheapest package of wind and CCUS" "$BIN" seek "$F" --levers $PAIR --target 'cum_co2<=5930' --minimise cost -f csv
cp "$TMP/out" "$TMP/cheap.csv"
# columns: 3 value, 8 met, 12 minimise, 13 cost as given, 14 cost difference, 15 CNY/t; by name
# npv_system_cost_bn_cny and cum_net_mt of the summary
pick='NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "npv_system_cost_bn_cny") npv = i; if ($i == "cum_net_mt") net = i }; next }
    { v[$1] = $3; met = $8; obj = $12; c0 = $13; dc = $14; pt = $15; c = $npv; n = $net }
    END { printf "%s %s %s %s %s %s %s %s %s\n", v["power.wind_gw"], v["emissions.ccus_mt"], met, obj, c0, dc, pt, c, n }'
read -r sw sc sm sobj sc0 sdc spt snpv snet <<EOF2
$(awk -F, "$pick" "$TMP/small.csv")
EOF2
read -r cw cc cm cobj cc0 cdc cpt cnpv cnet <<EOF2
$(awk -F, "$pick" "$TMP/cheap.csv")
EOF2
[ "$cobj" = cost ] && [ "$sobj" = change ] && [ "$cm" = 1 ] && pass "both met, each names its objective" \
    || fail "objectives: $sobj $cobj met $cm"
awk -v cw="$cw" -v sw="$sw" -v cc="$cc" -v sc="$sc" 'BEGIN { exit !(cw > sw + 0.2 && cc < 0.01 && sc > 1) }' \
    && pass "the cheapest package uses the cheaper lever more: wind $cw GW vs $sw, CCUS $cc Mt vs $sc" \
    || fail "cheapest wind $cw / CCUS $cc vs smallest $sw / $sc"
awk -v a="$cnpv" -v b="$snpv" 'BEGIN { exit !(a < b) }' \
    && pass "and costs less: $cnpv vs $snpv bn CNY discounted" || fail "cheapest $cnpv not below $snpv"
# its abatement cost is mac's definition: (npv - npv as given) / (net as given - net) x 1000
expect 0 "net CO2 of the scenario as given" "$BIN" run "$F" -f json
given_net=$(sed -n 's/.*"cum_net_mt": *\([-0-9.e+]*\).*/\1/p' "$TMP/out" | head -1)
awk -v c0="$cc0" -v dc="$cdc" -v pt="$cpt" -v c="$cnpv" -v n="$cnet" -v g="$given_net" \
    'BEGIN { d = c - c0 - dc; e = 1000 * dc / (g - n) - pt; if (d < 0) d = -d; if (e < 0) e = -e; exit !(g != "" && d < 1e-6 && e < 1e-3) }' \
    && pass "CNY/t of the package = discounted cost difference / net CO2 avoided ($cpt)" \
    || fail "abatement: c0 $cc0 dc $cdc pt $cpt npv $cnpv net $cnet given $given_net"
expect 0 "the cheapest package in Chinese" "$BIN" seek "$F" --levers $PAIR --target 'cum_co2<=5930' --minimise cost --lang zh
grep -q "系统成本现值" "$TMP/out" && grep -q "元/吨CO2" "$TMP/out" && pass "Chinese cost lines in planning units" \
    || fail "no Chinese cost lines"
expect 2 "--minimise cost with --full-range" "$BIN" seek "$F" --lever power.solar_gw --target 'cum_co2<=6100' --minimise cost --full-range
grep -q "plausible ranges" "$TMP/err" && pass "says cost stays inside the plausible ranges" || fail "message: $(cat "$TMP/err")"
expect 2 "--minimise without a value" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6000' --minimise
expect 0 "--minimise change is the default's name" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6100' --minimise change
expect 2 "--minimise of something else" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6000' --minimise costs
grep -q "change or cost (got 'costs')" "$TMP/err" && pass "and names both choices" || fail "message: $(cat "$TMP/err")"
expect 2 "--lever with --levers" "$BIN" seek "$F" --lever power.solar_gw --levers "$L" --target 'cum_co2<=6000'
expect 2 "--full-range with --levers" "$BIN" seek "$F" --levers "$L" --target 'cum_co2<=6000' --full-range
expect 2 "a misspelt lever" "$BIN" seek "$F" --levers power.solar_gw,transport.nev_sales_pct --target 'cum_co2<=6000'
grep -q "did you mean transport.nev_share_pct" "$TMP/err" && pass "and suggests the right key" || fail "no suggestion"
expect 2 "a lever given twice" "$BIN" seek "$F" --levers power.solar_gw,power.solar_gw --target 'cum_co2<=6000'
expect 2 "two targets with one --lever" "$BIN" seek "$F" --lever power.solar_gw --target 'cum_co2<=6000' --target 'co2_2030<=170'

lib_finish
