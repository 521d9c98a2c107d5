#!/bin/sh
# tests/readme_figures.sh - the README's quoted figures come from the program itself. Between
#     <!-- readme-figures: ARGS -->   and   <!-- /readme-figures -->
# README.md holds a fenced block with the output of `peakpath ARGS` (run from the source tree).
#     sh tests/readme_figures.sh --check   exit 1 and a diff when a block differs from the program
#     sh tests/readme_figures.sh --write   rewrite every block from the program (make readme-figures)
# BIN: $PEAKPATH_BIN, else build/peakpath. POSIX sh and awk only.
mode=${1:---check}
BIN=${PEAKPATH_BIN:-$(pwd)/build/peakpath}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
README=${README:-$ROOT/README.md}
cd "$ROOT" || exit 1
[ -x "$BIN" ] || { echo "readme_figures: $BIN is not built"; exit 1; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/peakpath-readme.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM

# Writes the README with every block regenerated to $TMP/new (the program's output for each
# marker's ARGS, in a ``` fence).
awk -v bin="$BIN" -v tmp="$TMP" '
    /^<!-- readme-figures: .* -->$/ {
        print
        args = $0; sub(/^<!-- readme-figures: /, "", args); sub(/ -->$/, "", args)
        out = tmp "/block"
        if (system(bin " " args " > " out " 2>&1") != 0) { print "readme_figures: `peakpath " args "` failed" > "/dev/stderr"; exit 2 }
        print "```"
        while ((getline line < out) > 0) print line
        close(out)
        print "```"
        skip = 1
        next
    }
    /^<!-- \/readme-figures -->$/ { skip = 0 }
    !skip { print }
' "$README" > "$TMP/new" || exit 1
grep -q '^<!-- readme-figures: ' "$README" || { echo "readme_figures: no <!-- readme-figures: ... --> marker in $README"; exit 1; }

case $mode in
--write)
    if cmp -s "$README" "$TMP/new"; then echo "readme_figures: README.md is up to date"; exit 0; fi
    cat "$TMP/new" > "$README" && echo "readme_figures: README.md rewritten from the program" ;;
--check)
    if cmp -s "$README" "$TMP/new"; then echo "readme_figures: README.md figures match the program"; exit 0; fi
    echo "readme_figures: README.md's quoted figures differ from the program (run make readme-figures):"
    diff "$README" "$TMP/new" | head -40
    exit 1 ;;
*) echo "usage: sh tests/readme_figures.sh --check|--write"; exit 2 ;;
esac
