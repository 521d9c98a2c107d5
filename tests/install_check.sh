#!/bin/sh
# tests/install_check.sh - `make installcheck`: installs into temporary prefixes and checks the
# result like a user would: `make install PREFIX=P` puts bin/peakpath, share/peakpath/scenarios/
# share/man/man1/peakpath.1 and the Chinese share/man/zh_CN/man1/peakpath.1 under P; P/bin/peakpath started from / finds the default scenario
# (`peakpath run` and the TUI's lookup); `man -l` shows both pages without roff warnings (the
# Chinese one in a UTF-8 locale, in Chinese, with every command);
# `make install DESTDIR=D` stages the same tree under D; `make uninstall` (with the same
# PREFIX/DESTDIR) removes every file install put there. Uses its own build directory.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/peakpath-install.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
P=$TMP/x
D=$TMP/y
MK="make --no-print-directory -C $ROOT BUILD=build-install"
FAILS=0
fail() { echo "  FAIL: $*"; FAILS=$((FAILS + 1)); }
pass() { echo "  ok: $*"; }
echo "install_check: PREFIX=$P, DESTDIR=$D"

$MK install PREFIX="$P" > "$TMP/log" 2>&1 || { cat "$TMP/log"; fail "make install PREFIX=$P failed"; exit 1; }
for f in bin/peakpath share/man/man1/peakpath.1 share/man/zh_CN/man1/peakpath.1 share/peakpath/scenarios/chongqing-baseline.ini; do
    [ -f "$P/$f" ] || fail "missing $P/$f"
done
[ -x "$P/bin/peakpath" ] && pass "make install PREFIX: bin, man page and scenarios in place" || fail "bin/peakpath not executable"
n=$(ls "$ROOT"/scenarios/*.ini | wc -l)
[ "$(ls "$P"/share/peakpath/scenarios/*.ini | wc -l)" = "$n" ] && pass "all $n shipped scenarios installed" || fail "scenario count"

# ---- the installed binary, started from / ----
ver=$(cd / && "$P/bin/peakpath" --version)
want=$(sed -n 's/^#define PEAKPATH_VERSION "\(.*\)"/peakpath \1/p' "$ROOT/report/report.h")
[ "$ver" = "$want" ] && pass "--version: $ver (report/report.h)" || fail "--version '$ver', report/report.h says '$want'"
(cd / && env -u PEAKPATH_SCENARIOS "$P/bin/peakpath" run > "$TMP/run.out" 2> "$TMP/run.err")
rc=$?
[ $rc -eq 0 ] && grep -q "Chongqing" "$TMP/run.out" && pass "peakpath run (no file) from / runs the default scenario" \
    || fail "peakpath run from /: exit $rc: $(head -c 300 "$TMP/run.err")"
(cd / && env -u PEAKPATH_SCENARIOS "$P/bin/peakpath" < /dev/null > "$TMP/tui.out" 2> "$TMP/tui.err")
grep -q "needs a terminal" "$TMP/tui.err" && grep -q "$P/share/peakpath/scenarios/chongqing-baseline.ini" "$TMP/tui.err" \
    && pass "peakpath (TUI, no file) from / finds the installed default scenario" \
    || fail "peakpath from /: $(cat "$TMP/tui.err")"
(cd / && "$P/bin/peakpath" check "$P"/share/peakpath/scenarios/*.ini > "$TMP/check.out" 2>&1) \
    && pass "every installed scenario checks (inherit resolves inside share/peakpath/scenarios)" \
    || fail "check of installed scenarios: $(cat "$TMP/check.out")"

# ---- the man page ----
if command -v man >/dev/null 2>&1; then
    MANPAGER=cat MANWIDTH=80 man --warnings -l "$P/share/man/man1/peakpath.1" > "$TMP/man.txt" 2> "$TMP/man.err"
    [ $? -eq 0 ] && grep -q "^NAME" "$TMP/man.txt" && grep -q "EXIT STATUS" "$TMP/man.txt" && pass "man -l shows peakpath(1)" \
        || fail "man -l: $(cat "$TMP/man.err")"
    [ ! -s "$TMP/man.err" ] && pass "the man page renders without roff warnings" || fail "roff warnings: $(cat "$TMP/man.err")"
    for s in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS FILES "EXIT STATUS" EXAMPLES "SEE ALSO"; do
        grep -q "^$s" "$TMP/man.txt" || fail "man page lacks section $s"
    done
    for c in run check keys seek mc decompose compare; do
        grep -qE "^ +$c( |$)" "$TMP/man.txt" || fail "man page COMMANDS lacks $c"
    done
    # the Chinese page: rendered in a UTF-8 locale (groff needs it for CJK), sections and commands
    ZH=$P/share/man/zh_CN/man1/peakpath.1
    LC_ALL=C.UTF-8 MANPAGER=cat MANWIDTH=80 man --warnings -l "$ZH" > "$TMP/manzh.txt" 2> "$TMP/manzh.err"
    [ $? -eq 0 ] && grep -q "^名称" "$TMP/manzh.txt" && grep -q "逐年模拟" "$TMP/manzh.txt" \
        && pass "man -l shows the Chinese peakpath(1) (zh_CN), in Chinese" || fail "man -l zh_CN: $(cat "$TMP/manzh.err")"
    [ ! -s "$TMP/manzh.err" ] && pass "the Chinese man page renders without roff warnings" \
        || fail "roff warnings (zh_CN): $(head -c 600 "$TMP/manzh.err")"
    for s in 名称 概要 描述 命令 选项 环境变量 文件 退出状态 示例 参见; do
        grep -q "^$s" "$TMP/manzh.txt" || fail "Chinese man page lacks section $s"
    done
    for c in run check keys seek mc decompose compare sensitivity export room new; do
        grep -qE "^ +$c( |$)" "$TMP/manzh.txt" || fail "Chinese man page COMMANDS lacks $c"
    done
    grep -q -- "--headers" "$TMP/manzh.txt" && grep -q "碳达峰年份<=2030" "$TMP/manzh.txt" \
        && pass "the Chinese page documents --headers and Chinese targets" || fail "zh_CN page lacks --headers or Chinese targets"
else
    fail "man is not installed (make deps-qa installs man-db)"
fi

# ---- DESTDIR stages the same tree ----
$MK install PREFIX="$P" DESTDIR="$D" > "$TMP/log" 2>&1 || fail "make install DESTDIR failed: $(cat "$TMP/log")"
(cd "$P" && find . | sort) > "$TMP/tree.x"
(cd "$D$P" && find . | sort) > "$TMP/tree.y"
cmp -s "$TMP/tree.x" "$TMP/tree.y" && diff -r "$P" "$D$P" > /dev/null && pass "DESTDIR puts the same tree under $D" \
    || fail "DESTDIR tree differs: $(diff "$TMP/tree.x" "$TMP/tree.y")"
[ "$(cd "$D" && find . -type f | grep -vc "^.$P/")" = 0 ] && pass "DESTDIR install writes nothing outside DESTDIR/PREFIX" \
    || fail "files outside the prefix under DESTDIR"

# ---- uninstall removes what install put there ----
$MK uninstall PREFIX="$P" DESTDIR="$D" > "$TMP/log" 2>&1 || fail "make uninstall DESTDIR failed"
[ -z "$(find "$D" -type f)" ] && pass "make uninstall DESTDIR=$D removes every installed file" || fail "left: $(find "$D" -type f)"
[ ! -d "$D$P/share/peakpath" ] && pass "and peakpath's own data directory" || fail "share/peakpath left under DESTDIR"
$MK uninstall PREFIX="$P" > "$TMP/log" 2>&1 || fail "make uninstall failed"
[ -z "$(find "$P" -type f)" ] && [ ! -d "$P/share/peakpath" ] && pass "make uninstall PREFIX=$P removes every installed file" \
    || fail "left: $(find "$P" -type f)"

if [ "$FAILS" -eq 0 ]; then echo "install_check: all passed"; exit 0; fi
echo "install_check: $FAILS failed"; exit 1
