#!/bin/sh
# tests/bad_corpus_test.sh - the corpus of bad scenario files: each one, given to `peakpath run`,
# exits 2 with one line on stderr that starts "peakpath: " and holds the expected message (file,
# line, section, key, value, what was expected), and prints nothing on stdout. The files are
# tests/bad/*.ini plus ones made here that are too big to keep in git (very long lines, a 5 MB
# file, a directory). A UTF-8 byte order mark and CRLF line ends are accepted by the format, so
# their files carry another error and the test checks that the line number is still right; a file
# with a BOM and CRLF and nothing wrong must load (exit 0).
# Run by tests/run_all.sh with $PEAKPATH_BIN set (and by `make valgrind` under memcheck).
set -u
. "$(dirname "$0")/lib.sh"
lib_init bad_corpus_test
B=tests/bad
N=0

# expect_run FILE CODE TEXT: `peakpath run FILE` exits CODE; unless CODE is 0, stdout is empty and
# stderr is one line holding TEXT. Then the same in Chinese (expect_zh).
expect_run() {
    N=$((N + 1))
    "$BIN" run "$1" > "$TMP/out" 2> "$TMP/err"
    rc=$?
    lines=$(wc -l < "$TMP/err")
    if [ "$rc" != "$2" ]; then fail "$1: exit $rc, expected $2: $(head -c 300 "$TMP/err")"; return; fi
    if [ "$2" = 0 ]; then return; fi
    if [ -s "$TMP/out" ]; then fail "$1: printed on stdout"; return; fi
    if [ "$lines" != 1 ]; then fail "$1: $lines lines on stderr, expected one"; return; fi
    if ! grep -q '^peakpath: ' "$TMP/err"; then fail "$1: message does not start 'peakpath: '"; return; fi
    grep -qF -- "$3" "$TMP/err" || fail "$1: message lacks [$3]: $(cat "$TMP/err")"
    expect_zh "$@"
}

# expect_zh FILE CODE TEXT: `peakpath --lang zh run FILE` exits CODE with one Chinese line on stderr
# that names what the English TEXT names: the file, "第 LINE 行" for its FILE:LINE, the [section]
# and key; and no English sentence (three ASCII words in a row outside the quoted input).
expect_zh() {
    "$BIN" --lang zh run "$1" > "$TMP/out" 2> "$TMP/zherr"
    rc=$?
    if [ "$rc" != "$2" ]; then fail "$1 (zh): exit $rc, expected $2"; return; fi
    [ "$(wc -l < "$TMP/zherr")" = 1 ] || { fail "$1 (zh): not one line: $(head -c 300 "$TMP/zherr")"; return; }
    LC_ALL=C grep -q "$(printf '[\344-\351][\200-\277][\200-\277]')" "$TMP/zherr" || fail "$1 (zh): no Chinese: $(cat "$TMP/zherr")"
    grep -qF "$(basename "$1")" "$TMP/zherr" || fail "$1 (zh): file not named: $(cat "$TMP/zherr")"
    line=$(printf '%s' "$3" | sed -n 's/^[^:]*\.ini:\([0-9][0-9]*\):.*/\1/p')
    [ -z "$line" ] || grep -qF "第 $line 行" "$TMP/zherr" || fail "$1 (zh): line $line not named: $(cat "$TMP/zherr")"
    where=$(printf '%s' "$3" | sed -n 's/^[^ ]* \(\[[a-z_]*\] [a-z_.]*\):.*/\1/p')
    [ -z "$where" ] || grep -qF "$where" "$TMP/zherr" || fail "$1 (zh): [section] key '$where' not named: $(cat "$TMP/zherr")"
    # English words outside quotes (“…” holds the file's own text) and outside file and key names
    if sed 's/“[^”]*”//g; s/"[^"]*"//g; s/[^ ]*\.ini//g; s/[a-z_]*\.[a-z_.]*//g' "$TMP/zherr" \
        | grep -qE '[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}'; then
        fail "$1 (zh): an English sentence: $(cat "$TMP/zherr")"
    fi
}

echo "bad_corpus_test: $BIN"

# ---- files kept in tests/bad/ (file | exit code | part of the message) ----
while IFS='|' read -r f code text; do
    case "$f" in ''|'#'*) continue ;; esac
    expect_run "$B/$f" "$code" "$text"
done <<'EOF'
# binary garbage and encodings
binary.ini|2|binary.ini:3: control byte 0x00: this is not a text scenario file
garbage_bytes.ini|2|garbage_bytes.ini:1: control byte 0x02: this is not a text scenario file
latin1.ini|2|latin1.ini:3: this line is not valid UTF-8 text (save the file as UTF-8)
bom_negative.ini|2|bom_negative.ini:6: [power] hydro_gw: value -2 is out of range: expected 0..500 GW
crlf_negative.ini|2|crlf_negative.ini:5: [power] hydro_gw: value -2 is out of range: expected 0..500 GW
cr_only.ini|2|cr_only.ini:1: a carriage return not followed by a line feed (use LF or CRLF line ends)
# empty, comments only, not INI
empty.ini|2|empty.ini: the file is empty
only_comments.ini|2|only_comments.ini: the file holds no `key = value` lines
garbage_line.ini|2|garbage_line.ini:3: [power]: expected `key = value`, a [section] header or a comment, found "this line is not ini"
key_before_section.ini|2|key_before_section.ini:2: key "name" comes before any [section] header
# numbers: NaN, infinity, overflow, not numbers
nan.ini|2|nan.ini:3: [economy] gdp_base_bn: "nan" is not a finite number
inf.ini|2|inf.ini:3: [power] solar_gw: "inf" in "2030:inf" is not a finite number
overflow.ini|2|overflow.ini:5: [power] solar_gw: "1e999" in "2030:1e999" is not a finite number
not_a_number.ini|2|not_a_number.ini:3: [economy] gdp_base_bn: "lots" is not a number
# ranges: negative capacities, shares over 100
negative_capacity.ini|2|negative_capacity.ini:3: [power] hydro_gw: value -1 is out of range: expected 0..500 GW
negative_coal.ini|2|negative_coal.ini:5: [power] coal_gw: value -5 in "2020:20, 2030:-5" is out of range: expected 0..1000 GW
out_of_range.ini|2|out_of_range.ini:3: [power] solar_gw: value -3 in "2020:0.7, 2030:-3" is out of range
share_over_100.ini|2|share_over_100.ini:6: [economy] secondary_share_pct: in 2015 primary_share_pct + secondary_share_pct = 10 + 95 = 105 %, over 100
fuel_share_over_100.ini|2|fuel_share_over_100.ini:7: [heavy_industry] heat_pct: in 2015 gas_pct + oil_pct + heat_pct = 60 + 50 + 4 = 114 %, over 100
# structure: duplicates, unknown names, order, ranges on text
duplicate_key.ini|2|duplicate_key.ini:5: [power] solar_gw: duplicate key: solar_gw is set on line 3 and again on line 5
unknown_key.ini|2|unknown_key.ini:3: [power] solr_gw: unknown key "solr_gw"; did you mean power.solar_gw?
unknown_section.ini|2|unknown_section.ini:2: [powr]
years_order.ini|2|years_order.ini:3: [economy] gdp_growth_pct:
text_range.ini|2|[scenario] name.range:
# inheritance: loops, a missing parent
loop_a.ini|2|inherit loop: tests/bad/loop_a.ini -> tests/bad/loop_b.ini -> tests/bad/loop_a.ini
self_loop.ini|2|inherit loop: tests/bad/self_loop.ini -> tests/bad/self_loop.ini
missing_parent.ini|2|missing_parent.ini:3: [scenario] inherit: cannot read scenario "tests/bad/no_such_parent.ini": No such file or directory
no_such_file.ini|2|no_such_file.ini: cannot read scenario: No such file or directory
EOF

# ---- files made here: very long lines, too big, not a file ----
P='inherit = ../chongqing-baseline.ini'
mkdir "$TMP/d"; cp scenarios/chongqing-baseline.ini "$TMP/"
awk -v p="$P" 'BEGIN { printf "[scenario]\n%s\n; ", p; for (i = 0; i < 200000; i++) printf "x"; printf "\n[power]\nhydro_gw = -1\n" }' > "$TMP/d/long_comment.ini"
expect_run "$TMP/d/long_comment.ini" 2 "long_comment.ini:5: [power] hydro_gw: value -1 is out of range: expected 0..500 GW"
awk -v p="$P" 'BEGIN { printf "[scenario]\n%s\n[power]\nsolar_gw = ", p; for (i = 0; i < 100000; i++) printf "1"; printf "\n" }' > "$TMP/d/long_value.ini"
expect_run "$TMP/d/long_value.ini" 2 'long_value.ini:4: [power] solar_gw: "1111111111'
awk -v p="$P" 'BEGIN { printf "[scenario]\n%s\n[power]\nsolar_gw = 2020:1", p; for (y = 2021; y < 2090; y++) printf ", %d:2", y; printf "\n" }' > "$TMP/d/many_points.ini"
expect_run "$TMP/d/many_points.ini" 2 "many_points.ini:4: [power] solar_gw: too many points (70)"
awk -v p="$P" 'BEGIN { printf "[scenario]\n%s\n[", p; for (i = 0; i < 5000; i++) printf "s"; printf "]\n" }' > "$TMP/d/long_section.ini"
expect_run "$TMP/d/long_section.ini" 2 "long_section.ini:3: section name \"ssssssss"
awk -v p="$P" 'BEGIN { printf "[scenario]\n%s\n", p; for (i = 0; i < 5000; i++) printf "k%d", i; printf " = 1\n" }' > "$TMP/d/long_key.ini"
expect_run "$TMP/d/long_key.ini" 2 "long_key.ini:3:"
awk 'BEGIN { for (i = 0; i < 5000000; i++) printf "x" }' > "$TMP/d/huge.ini"
expect_run "$TMP/d/huge.ini" 2 "huge.ini: file is too large (5000000 bytes): a scenario is at most 4194304"
mkdir "$TMP/d/dir.ini"
expect_run "$TMP/d/dir.ini" 2 "dir.ini: not a regular file"
printf '\357\273\277[scenario]\r\n%s\r\nname = BOM and CRLF, nothing wrong\r\n' "$P" > "$TMP/d/bom_crlf_ok.ini"
expect_run "$TMP/d/bom_crlf_ok.ini" 0 ""

# ---- the same messages from `check` and from `peakpath FILE` (the TUI loads before the terminal) ----
N=$((N + 1))
"$BIN" check scenarios/chongqing-baseline.ini "$B/nan.ini" > "$TMP/out" 2> "$TMP/err"
[ $? -eq 2 ] && grep -qF "nan.ini:3: [economy] gdp_base_bn:" "$TMP/err" && grep -q ': ok' "$TMP/out" \
    || fail "check good + bad: not exit 2 with the bad file's message"
N=$((N + 1))
"$BIN" "$B/share_over_100.ini" < /dev/null > "$TMP/out" 2> "$TMP/err"
[ $? -eq 2 ] && grep -qF "share_over_100.ini:6: [economy] secondary_share_pct" "$TMP/err" && [ ! -s "$TMP/out" ] \
    || fail "peakpath FILE (TUI) on a bad file: $(cat "$TMP/err")"

echo "bad_corpus_test: $((N - FAILS)) of $N files gave the expected message and exit code (in English and in Chinese)"
[ "$FAILS" -eq 0 ]
