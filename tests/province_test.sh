#!/bin/sh
# tests/province_test.sh - issue 16 end to end: `peakpath new` builds a province from the template
# and a small observed-data CSV only (tests/province/testland.csv, a made-up province) and it
# calibrates; `new` never overwrites; `check --observed` prints the report card (published figure,
# model, difference, what moves it) for it and for the shipped provinces; bad input is refused.
# Run by tests/run_all.sh with $PEAKPATH_BIN set; exits 0 when every check passes.
. "$(dirname "$0")/lib.sh"
lib_init province_test
bin=$BIN tmp=$TMP
cd "$ROOT" || exit 1
has() { if grep -qF -- "$2" "$1"; then ok "$3"; else bad "$3: '$2' not in $1"; fi; }
hasnt() { if grep -qF -- "$2" "$1"; then bad "$3: '$2' in $1"; else ok "$3"; fi; }
csv=tests/province/testland.csv
new=$tmp/testland.ini

# ---- new: the template and the figures, nothing else ----
expect 0 "new writes the province" "$bin" new "$new" --region Testland --observed $csv
has "$tmp/out" "16 observed figures" "new says how many figures it wrote"
has "$new" "region = Testland" "the region is in the file"
has "$new" "energy_mtce_end = 120 " "the 2020 energy figure fills the calibration key"
# (1 - 0.04)(1 - 0.04)(1 - 0.035)(1 - 0.03)(1 - 0.015) = 0.849724: the yearly changes make the index
has "$new" "energy_intensity_index_end = 84.972" "the yearly intensity changes make the 2015-2020 index"
has "$new" "gdp_growth_pct = 2015:7.5, 2016:7.8, 2017:7.2" "growth points are set in the template's path"
hasnt "$new" "999" "another province's row is ignored"
cp "$new" "$tmp/before"
expect 2 "new never overwrites" "$bin" new "$new" --region Other
if cmp -s "$new" "$tmp/before"; then ok "the existing file is untouched"; else bad "new changed an existing file"; fi

# ---- check --observed: converges and reproduces the figures it was given ----
expect 0 "the new province calibrates" "$bin" check "$new" --observed $csv
has "$tmp/out" "4 unknowns solved" "four figures calibrated"
has "$tmp/out" "report card against" "the report card is printed"
# the calibrated figures come back to the published value (difference printed as a tiny residual)
if grep -E "^ +energy_consumption_total +2020 +120 +120 " "$tmp/out" >/dev/null; then ok "energy 2020 reproduced"
else bad "energy 2020 not reproduced"; fi
if grep -E "^ +coal_share_energy +2015 +68 +68 .*intensity level" "$tmp/out" >/dev/null; then ok "coal share 2015 reproduced, with what moves it"
else bad "coal share row"; fi
has "$tmp/out" "input economy.gdp_growth_pct" "an input figure names its key"

# ---- a first-year total instead of the last year's: it fills energy_mtce_first and calibrates ----
grep -v -e "energy_consumption_total" -e "energy_intensity_change_yoy" $csv > "$tmp/first.csv"
echo "testland.energy_consumption_total,Mtce,2015,105,made up," >> "$tmp/first.csv"
expect 0 "new with a first-year energy figure" "$bin" new "$tmp/first.ini" --region Testland --observed "$tmp/first.csv"
has "$tmp/first.ini" "energy_mtce_first = 105 " "the 2015 energy figure fills energy_mtce_first"
expect 0 "it calibrates" "$bin" check "$tmp/first.ini" -v
has "$tmp/out" "calibration.energy_mtce_first" "the level is solved from the first year"

# ---- yearly targets: a year's intensity change and the coal share of a year between ----
grep -v -e "yoy,%,201[678]" -e "coal_share_energy,%,2015" $csv > "$tmp/yearly.csv"
echo "testland.coal_share_energy,%,2017,66,made up," >> "$tmp/yearly.csv"
expect 0 "new with some yearly changes" "$bin" new "$tmp/yearly.ini" --region Testland --observed "$tmp/yearly.csv"
has "$tmp/yearly.ini" "energy_intensity_change_pct = 2019:-3, 2020:-1.5" "the yearly changes become yearly targets"
has "$tmp/yearly.ini" "coal_share_pct = 2017:66" "the 2017 coal share becomes coal_share_pct"
expect 0 "it calibrates" "$bin" check "$tmp/yearly.ini" --observed "$tmp/yearly.csv"
has "$tmp/out" "5 unknowns solved" "level, the two coal shifts and two yearly steps"
if grep -E "^ +energy_intensity_change_yoy +2019 +-3 +-3 " "$tmp/out" >/dev/null; then ok "the 2019 change reproduced"
else bad "the 2019 change not reproduced"; fi

# ---- a statistical basis: figures of the other basis are marked on the card ----
expect 0 "Shanxi report card" "$bin" check scenarios/shanxi-baseline.ini --observed docs/data/shanxi-observed.csv
has "$tmp/out" "(first release, the file is revised)" "a first-release figure is marked on a revised file"
has "$tmp/out" "on another statistical basis than the file's (revised)" "the card counts them"
printf '[scenario]\nname = x\nregion = Shanxi\ninherit = %s/scenarios/shanxi-baseline.ini\nstatistical_basis = census\n' \
    "$ROOT" > "$tmp/basis.ini"
expect 2 "an unknown statistical_basis is refused by the report card" "$bin" check "$tmp/basis.ini" --observed docs/data/shanxi-observed.csv
has "$tmp/err" "expected first_release or revised" "the error says what is expected"

# ---- the shipped provinces print their report cards ----
d=../shared/data   # shared/ lies beside the clone (as CI lays it); skipped when absent
if [ -r $d/chongqing.csv ] && [ -r $d/other-provinces.csv ]; then
    expect 0 "Chongqing report card" "$bin" check scenarios/chongqing-baseline.ini --observed $d/chongqing.csv
    has "$tmp/out" "coal_share_energy              2015" "Chongqing's coal share is on its card"
    expect 0 "Sichuan report card" "$bin" check scenarios/sichuan-baseline.ini --observed $d/other-provinces.csv
    has "$tmp/out" "sector_share_secondary" "Sichuan's structure is on its card"
    hasnt "$tmp/out" "shanxi" "Sichuan's card holds no Shanxi row"
fi

# ---- bad input ----
expect 2 "a region with an INI character is refused" "$bin" new "$tmp/x.ini" --region "a;b"
expect 2 "new needs --region" "$bin" new "$tmp/x.ini"
printf 'indicator,unit,year,value,source,notes\ncoal_share_energy,%%,20x5,60,s,\n' > "$tmp/bad.csv"
expect 2 "a bad year in the CSV is refused" "$bin" new "$tmp/y.ini" --region T --observed "$tmp/bad.csv"
has "$tmp/err" "bad.csv:2: year" "the error names the file and line"
[ -e "$tmp/y.ini" ] && bad "a refused new left a file" || ok "a refused new writes nothing"
printf 'x,y\n' > "$tmp/nohdr.csv"
expect 2 "check --observed refuses a CSV without the header" "$bin" check "$new" --observed "$tmp/nohdr.csv"
expect 0 "the bare template runs" "$bin" check scenarios/template-province.ini
lib_finish
