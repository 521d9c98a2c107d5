#!/bin/sh
# tests/analysis_test.sh - end-to-end checks of the analysis commands (seek, mc, decompose,
# compare) through the binary: exit codes for good and bad input, the JSON keys the issue names,
# reproducible Monte Carlo output, and -o. Run by tests/run_all.sh with $PEAKPATH_BIN set.
. "$(dirname "$0")/lib.sh"
lib_init analysis_test
bin=$BIN tmp=$TMP   # ok, bad and expect (stdout in $tmp/out, stderr in $tmp/err): tests/lib.sh
scn=scenarios/chongqing-baseline.ini

# has KEY: the JSON in $tmp/out has "KEY":
has() { grep -q "\"$1\":" "$tmp/out" || bad "JSON has \"$1\""; }

cat >"$tmp/unc.ini" <<EOF
[scenario]
name = uncertain
inherit = $(pwd)/$scn
[economy]
gdp_growth_pct.range = -1.0, +1.0
EOF

# ---- seek ----
expect 0 "seek a coal share" "$bin" seek "$scn" --lever power.solar_gw --target 'coal_share_2030<=43' --format json
for k in lever value met runs summary peak_year peak_mt neutral_year; do has $k; done
grep -q '"met": true' "$tmp/out" || bad "seek coal_share_2030<=43 is met"
expect 0 "seek out of reach is not an error" "$bin" seek "$scn" --lever power.solar_gw --target 'co2_2030<=1'
grep -q "NOT MET" "$tmp/out" || bad "an unreachable target says NOT MET"
expect 2 "seek with an unknown lever" "$bin" seek "$scn" --lever power.solar_gww --target 'peak_year<=2028'
grep -q "solar_gw" "$tmp/err" || bad "the unknown lever error suggests power.solar_gw"
expect 2 "seek with a bad target" "$bin" seek "$scn" --lever power.solar_gw --target 'peak<=2028'
expect 2 "seek without --target" "$bin" seek "$scn" --lever power.solar_gw
expect 2 "seek of a missing file" "$bin" seek "$tmp/none.ini" --lever power.solar_gw --target 'peak_year<=2028'
expect 2 "seek on a non-lever key" "$bin" seek "$scn" --lever economy.population_m --target 'peak_year<=2028'

# ---- mc ----
expect 0 "mc json" "$bin" mc "$tmp/unc.ini" --draws 200 --seed 5 --jobs 1 --format json
for k in draws seed p_peak_by_2030 p_neutral_by_2060 peak_year_distribution p5 p50 p95; do has $k; done
grep -v '"jobs"' "$tmp/out" >"$tmp/mc1"
expect 0 "mc json, two jobs" "$bin" mc "$tmp/unc.ini" --draws 200 --seed 5 --jobs 2 --format json
grep -v '"jobs"' "$tmp/out" >"$tmp/mc2"
cmp -s "$tmp/mc1" "$tmp/mc2" && ok "mc: --jobs 1 and --jobs 2 give the same output" || bad "mc output depends on --jobs"
expect 0 "mc csv" "$bin" mc "$tmp/unc.ini" --draws 50 --format csv
head -n 1 "$tmp/out" | grep -q '^year,deterministic_mt,p5_mt,p50_mt,p95_mt' || bad "mc CSV header"
[ -s "$tmp/err" ] && bad "mc draws no progress bar when stderr is not a terminal"
# the default scenario carries its own uncertainty (issue 15): exit 0 with P(peak by 2030), the same
# bytes for the same seed
expect 0 "mc on the default scenario" "$bin" mc "$scn" --draws 10000 --seed 7 --format json
has p_peak_by_2030; has drivers; has src_cum_co2
cp "$tmp/out" "$tmp/base1"
expect 0 "mc on the default scenario again" "$bin" mc "$scn" --draws 10000 --seed 7 --format json
cmp -s "$tmp/base1" "$tmp/out" && ok "mc: the same seed gives byte-identical JSON" || bad "mc JSON differs between two runs"
# four shards merged are the unsplit run, byte for byte (any order of the files)
expect 0 "mc unsplit" "$bin" mc "$scn" --draws 403 --seed 9 --format json
cp "$tmp/out" "$tmp/whole.json"
for i in 1 2 3 4; do
    expect 0 "mc shard $i/4" "$bin" mc "$scn" --draws 403 --seed 9 --shard $i/4 --format json -o "$tmp/shard$i.json"
done
expect 0 "mc-merge of four shards" "$bin" mc-merge "$tmp/shard3.json" "$tmp/shard1.json" "$tmp/shard4.json" "$tmp/shard2.json" --format json
cmp -s "$tmp/whole.json" "$tmp/out" && ok "mc-merge: four shards give the unsplit run's JSON" || bad "merged shards differ from the unsplit run"
expect 2 "mc-merge with a shard missing" "$bin" mc-merge "$tmp/shard1.json" "$tmp/shard2.json" "$tmp/shard3.json"
grep -q "cover every draw" "$tmp/err" || bad "a missing shard is named"
expect 2 "mc-merge with a shard twice" "$bin" mc-merge "$tmp/shard1.json" "$tmp/shard1.json" "$tmp/shard3.json" "$tmp/shard4.json"
expect 2 "mc-merge of a non-shard" "$bin" mc-merge "$tmp/whole.json"
expect 2 "mc --shard 5/4" "$bin" mc "$scn" --draws 10 --shard 5/4
expect 2 "mc --shard 1/0" "$bin" mc "$scn" --draws 10 --shard 1/0
# CSV carries the probabilities and the histogram; --drivers the global sensitivity
expect 0 "mc csv on the default scenario" "$bin" mc "$scn" --draws 200 --format csv
head -n 1 "$tmp/out" | grep -q 'peak_draws,no_peak_share,p_peak_by_2030,p_neutral_by_2060' || bad "mc CSV has the probabilities"
expect 0 "mc --drivers csv" "$bin" mc "$scn" --draws 200 --drivers --format csv
grep -q '^economy.gdp_growth_pct,' "$tmp/out" || bad "drivers CSV names GDP growth"
expect 0 "mc --drivers" "$bin" mc "$scn" --draws 200 --drivers
grep -q "What drives the spread" "$tmp/out" || bad "drivers table"
# without any range (the baseline's taken away with `key.range = 0, 0`) mc is a usage error
printf '%s\n' '[scenario]' 'name = no ranges' "inherit = $(pwd)/$scn" \
    '[economy]' 'gdp_growth_pct.range = 0, 0' '[industry]' 'heavy_share_pct.range = 0, 0' \
    '[heavy_industry]' 'improve_pct.range = 0, 0' '[transport]' 'nev_share_pct.range = 0, 0' \
    '[power]' 'solar_gw.range = 0, 0' 'hydro_water_factor.range = 0, 0' 'import_twh.range = 0, 0' \
    'import_hami_twh.range = 0, 0' '[emissions]' 'cement_mt.range = 0, 0' >"$tmp/none.ini"
expect 2 "mc without ranges" "$bin" mc "$tmp/none.ini" --draws 10
grep -q "no uncertainty range" "$tmp/err" || bad "mc without ranges says so"
# a bad distribution is named with file, line and key
printf '%s\n' '[scenario]' 'name = bad' "inherit = $(pwd)/$scn" '[economy]' 'gdp_growth_pct.dist = normal, 0' >"$tmp/baddist.ini"
expect 2 "mc with a bad .dist" "$bin" mc "$tmp/baddist.ini" --draws 10
grep -q "gdp_growth_pct.dist" "$tmp/err" && grep -q "baddist.ini" "$tmp/err" || bad "the bad .dist error names file and key"
expect 2 "mc --draws 0" "$bin" mc "$tmp/unc.ini" --draws 0
expect 2 "mc --seed x" "$bin" mc "$tmp/unc.ini" --seed x

# ---- the band in the SVG export ----
expect 0 "export --chart emissions --bands" "$bin" export "$scn" --chart emissions --bands -o "$tmp/bands.svg"
grep -q "P(peak by 2030) [0-9]* %" "$tmp/bands.svg" || bad "the SVG gives P(peak by 2030)"
grep -q "P(net zero by 2060)" "$tmp/bands.svg" || bad "the SVG gives P(net zero by 2060)"
grep -q "<polygon fill=\"#f6cccc\"" "$tmp/bands.svg" || bad "the SVG draws the band"
grep -q "Peak year, 1000 draws" "$tmp/bands.svg" || bad "the SVG has the peak-year histogram"
expect 0 "export --bands in Chinese" "$bin" export "$scn" --chart emissions --bands --lang zh -o "$tmp/bands-zh.svg"
grep -q "2030年前达峰概率" "$tmp/bands-zh.svg" || bad "the Chinese SVG gives P(peak by 2030)"
expect 2 "export --bands on another chart" "$bin" export "$scn" --chart mix --bands
expect 0 "export without --bands" "$bin" export "$scn" --chart emissions -o "$tmp/plain.svg"
grep -q "P(peak by 2030)" "$tmp/plain.svg" && bad "no probabilities without --bands"

# ---- decompose ----
expect 0 "decompose two years" "$bin" decompose "$scn" --from 2020 --to 2030 --format json
for k in total effects activity structure intensity fuel_mix emission_factor; do has $k; done
expect 0 "decompose two scenarios" "$bin" decompose "$scn" "$tmp/unc.ini" --year 2030
expect 2 "decompose a year outside the run" "$bin" decompose "$scn" --from 2020 --to 2070
expect 2 "decompose without --to" "$bin" decompose "$scn" --from 2020
expect 2 "decompose two files without --year" "$bin" decompose "$scn" "$scn" --from 2020 --to 2030

# ---- compare ----
expect 0 "compare json" "$bin" compare "$scn" "$tmp/unc.ini" --format json
has summary; has diff_vs_first
expect 0 "compare -o" "$bin" compare "$scn" "$tmp/unc.ini" --format csv -o "$tmp/cmp.csv"
[ -s "$tmp/cmp.csv" ] || bad "compare -o writes the file"
expect 2 "compare -o onto an existing file" "$bin" compare "$scn" "$tmp/unc.ini" -o "$tmp/cmp.csv"
expect 2 "compare with one file" "$bin" compare "$scn"
# one definition of abatement cost: compare's CNY per tonne of the peak-2030 package against the
# baseline is the one `peakpath mac --reference` prints for the same pair (mac_abatement_of)
p2030=scenarios/chongqing-peak2030.ini
expect 0 "compare baseline and peak-2030 as JSON" "$bin" compare "$scn" "$p2030" --format json
c=$(grep '"cny_per_t_co2_avoided"' "$tmp/out" | tail -1 | sed 's/.*: *//; s/,$//')
expect 0 "mac of peak-2030 against the baseline" "$bin" mac "$p2030" --reference "$scn" --format json
m=$(sed -n '/"reference"/,/}/p' "$tmp/out" | grep '"cny_per_t"' | sed 's/.*: *//; s/,$//')
[ -n "$c" ] && [ "$c" = "$m" ] && ok "compare and mac give the same CNY/t for the pair ($c)" || bad "compare $c vs mac $m CNY/t"
# runs over different years have no cost difference (sums over unequal spans would not compare):
# the baseline ending in 2050 against itself to 2060 shows null where mac --reference refuses
sed 's/^end_year = 2060 /end_year = 2050 /' "$scn" >"$tmp/p2050.ini"
grep -q "^end_year = 2050 " "$tmp/p2050.ini" || bad "the 2050 copy of the baseline"
expect 0 "compare runs to 2060 and to 2050" "$bin" compare "$scn" "$tmp/p2050.ini" --format json
grep -q '"cny_per_t_co2_avoided": null' "$tmp/out" && ! grep -q '"npv_diff_bn_cny": -' "$tmp/out" \
    && ok "no abatement cost over different years" || bad "compare divides over different years"
expect 2 "mac --reference refuses the same pair" "$bin" mac "$tmp/p2050.ini" --reference "$scn"

lib_finish
