#!/bin/sh
# tests/export_test.sh - end-to-end checks of exports: every SVG chart (English and Chinese, a
# scenario and a challenge, a room overlay) is well-formed XML for a real parser (xmllint) and
# names the peak year; Markdown summaries of a scenario and of a room; CSV with a byte order mark;
# `run` on a challenge prints its goals; -o never replaces a file without --force.
# Run by tests/run_all.sh with $PEAKPATH_BIN set; exits 0 when every check passes.
. "$(dirname "$0")/lib.sh"
lib_init export_test
bin=$BIN tmp=$TMP   # ok, bad and expect (stdout in $tmp/out, stderr in $tmp/err): tests/lib.sh
has() { if grep -qF -- "$2" "$1"; then ok "$3"; else bad "$3: '$2' not in $1"; fi; }

command -v xmllint >/dev/null 2>&1 || { echo "export_test: xmllint is missing (Debian package libxml2-utils; make deps installs it)"; exit 1; }
# peak_year of a run, read from its JSON ("peak_year": 2032) without needing jq
peak_of() { "$bin" run "$1" --format json | grep -o '"peak_year": [0-9]*' | head -1 | grep -o '[0-9]*$'; }

base=scenarios/chongqing-baseline.ini
chal=scenarios/challenge-3-buildings-transport.ini
sol=tests/challenge/solution-1.ini

# ---- SVG charts: valid XML, slide size, the peak year, 2030, both languages ----
for f in $base $chal; do
    peak=$(peak_of "$f")
    for lang in en zh; do
        for c in emissions mix capacity structure; do
            out="$tmp/$(basename "$f" .ini)-$c-$lang.svg"
            expect 0 "export $f --chart $c --lang $lang" "$bin" export "$f" --chart "$c" --lang "$lang" -o "$out"
            if xmllint --noout "$out" 2>"$tmp/xml"; then ok "$c ($lang) is well-formed XML"; else bad "$c ($lang): $(head -c 300 "$tmp/xml")"; fi
            has "$out" 'width="1280" height="720"' "$c ($lang) is sized for a slide"
            has "$out" '>2030</text>' "$c ($lang) marks 2030"
        done
        has "$tmp/$(basename "$f" .ini)-emissions-$lang.svg" "$peak" "emissions ($lang) of $f names the peak year $peak"
    done
done
has "$tmp/chongqing-baseline-emissions-en.svg" "Peak $(peak_of $base):" "English peak label"
has "$tmp/chongqing-baseline-emissions-zh.svg" "达峰" "Chinese peak label"
has "$tmp/chongqing-baseline-emissions-zh.svg" "Noto Sans CJK SC" "font list names a CJK font"
has "$tmp/challenge-3-buildings-transport-emissions-en.svg" "CO2 peaks by 2022" "challenge goal drawn on the CO2 chart"

# text from the scenario file is escaped: a name with XML's special characters
printf '[scenario]\nname = "A <b> & \\"c\\" \047d\047"\ninherit = %s/%s\n' "$(pwd)" "$base" > "$tmp/evil.ini"
expect 0 "export a scenario named with <, &, quotes" "$bin" export "$tmp/evil.ini" --chart emissions -o "$tmp/evil.svg"
if xmllint --noout "$tmp/evil.svg" 2>/dev/null; then ok "escaped name keeps the SVG valid"; else bad "special characters break the SVG"; fi
has "$tmp/evil.svg" "A &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;" "name written with XML entities"

# ---- never overwrite without --force ----
echo keep > "$tmp/exists.svg"
expect 2 "-o onto an existing file without --force" "$bin" export $base --chart mix -o "$tmp/exists.svg"
has "$tmp/exists.svg" "keep" "the existing file is untouched"
expect 0 "-o onto an existing file with --force" "$bin" export $base --chart mix -o "$tmp/exists.svg" --force
xmllint --noout "$tmp/exists.svg" 2>/dev/null && ok "--force replaced it with the chart" || bad "--force did not write the chart"

# ---- usage errors ----
expect 2 "unknown chart" "$bin" export $base --chart pie
expect 2 "neither --chart nor --summary" "$bin" export $base
expect 2 "both --chart and --summary" "$bin" export $base --chart mix --summary
expect 2 "bad --lang" "$bin" export $base --summary --lang fr
expect 2 "missing file" "$bin" export "$tmp/nosuch.ini" --summary
printf "[scenario]\nname = L\ninherit = %s/scenarios/challenge-1-energy-mix.ini\n[economy]\ngdp_growth_pct = 4\n" "$(pwd)" > "$tmp/locked.ini"
expect 2 "a locked lever in a participant's file" "$bin" export "$tmp/locked.ini" --summary
has "$tmp/err" "locked by the challenge" "the locked lever is named"

# ---- Markdown summaries ----
expect 0 "summary of a scenario" "$bin" export $sol --summary -o "$tmp/sol.md"
has "$tmp/sol.md" "# Solution 1" "summary has the scenario name"
has "$tmp/sol.md" "| Indicator | 2020 | 2025 | 2030 | 2060 |" "summary has the table of years"
has "$tmp/sol.md" "3 of 3 goals met" "summary has the challenge goals"
expect 0 "summary in Chinese" "$bin" export $sol --summary --lang zh
has "$tmp/out" "主要结果" "Chinese summary"

# ---- run: CSV with BOM, challenge goals in table and JSON ----
expect 0 "run --format csv --bom" "$bin" run $base --format csv --bom
[ "$(head -c 3 "$tmp/out" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] && ok "CSV starts with the UTF-8 BOM" || bad "no BOM"
expect 0 "run on a challenge (goals not met: still exit 0)" "$bin" run $chal
has "$tmp/out" "0 of 4 goals met" "table lists the goals"
has "$tmp/out" "NOT met  CO2 peaks by 2022" "each goal met or not"
expect 0 "run --format json on a solved challenge" "$bin" run $sol --format json
[ "$(grep -c '"text_en"' "$tmp/out")" = 3 ] && [ "$(grep -c '"met": true' "$tmp/out")" = 3 ] && grep -q '"all_met": true' "$tmp/out" \
    && ok "JSON challenge.goals[] all met" || bad "JSON challenge: $(grep -A3 '"challenge"' "$tmp/out" | head -c 200)"

# ---- a room: three participants and a broken file ----
mkdir "$tmp/room"
for w in ana ben cai; do
    printf '[scenario]\nname = %s\ninherit = %s/scenarios/challenge-1-energy-mix.ini\n' "$w" "$(pwd)" > "$tmp/room/$w.ini"
done
cp $sol "$tmp/room/ana.ini" && sed -i "s|\.\./\.\./scenarios/|$(pwd)/scenarios/|" "$tmp/room/ana.ini"
printf '[power\nsolar_gw = 2015:0.05, 20' > "$tmp/room/dan.ini"
echo "not a scenario" > "$tmp/room/notes.txt"
expect 0 "room --summary with a broken file" "$bin" room "$tmp/room" --summary -o "$tmp/room.md"
has "$tmp/room.md" "| ana | Solution 1 |" "room summary row of a participant"
has "$tmp/room.md" "3/3 ✓" "room summary shows goals met"
has "$tmp/room.md" "| dan | broken:" "room summary marks the broken file"
has "$tmp/room.md" "1 met their challenge; 1 files broken." "room summary totals"
expect 0 "export DIR --summary (same as room --summary)" "$bin" export "$tmp/room" --summary
cmp -s "$tmp/out" "$tmp/room.md" && ok "same bytes" || bad "export DIR --summary differs from room --summary"
expect 0 "export DIR --chart emissions overlays the paths" "$bin" export "$tmp/room" --chart emissions -o "$tmp/room.svg"
xmllint --noout "$tmp/room.svg" 2>/dev/null && ok "overlay is well-formed XML" || bad "overlay SVG invalid"
has "$tmp/room.svg" ">ben</text>" "overlay legend names a participant"
expect 2 "room of a missing folder" "$bin" room "$tmp/nosuch" --summary

lib_finish
