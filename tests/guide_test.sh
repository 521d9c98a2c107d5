#!/bin/sh
# tests/guide_test.sh - runs every command of the workshop guide (docs/workshop.md) the way the
# guide gives it, in a sandbox: /srv/workshop and $HOME point into a temporary folder, `sudo` is
# dropped, `peakpath` is the program under test, the clone is a copy of scenarios/ and
# facilitator/. Lines marked `# setup` (packages, users, installing) are the only ones left out,
# and only those kinds of line may carry the mark. The interactive commands (room, join) run in
# tmux: each must show its screen (join also saves, so the closing exports have a file). The
# Chinese guide must give the very same commands. Needs tmux and $PEAKPATH_BIN. Bounded waits.
set -u
. "$(dirname "$0")/lib.sh"
lib_init guide_test
require tmux
EN=$ROOT/docs/workshop.md
ZH=$ROOT/docs/workshop.zh.md
commands() { awk '/^```sh$/ {f = 1; next} /^```$/ {f = 0} f' "$1"; }
[ -n "$(commands "$EN")" ] && [ "$(commands "$EN")" = "$(commands "$ZH")" ] \
    && pass "the English and Chinese guides give the same commands" || fail "the guides' commands differ"

mkdir -p "$TMP/home" "$TMP/clone" "$TMP/bin" "$TMP/srv"
cp -r "$ROOT/scenarios" "$ROOT/facilitator" "$TMP/clone/"
ln -s "$BIN" "$TMP/bin/peakpath"
export HOME="$TMP/home" PATH="$TMP/bin:$PATH" LANG=C.UTF-8
echo "guide_test: $BIN"

# sandbox LINE: the command as this test runs it.
sandbox() { printf '%s\n' "$1" | sed -e 's|^sudo ||' -e "s|/srv/workshop|$TMP/srv/workshop|g"; }

ran=0 skipped=0
commands "$EN" | awk '!seen[$0]++' > "$TMP/lines"
while IFS= read -r line; do
    case "$line" in ''|'#'*) continue;; esac
    case "$line" in
    *'# setup'*)
        case "$line" in
        'sudo apt-get '*|'git clone '*|'make'|'make '*|'sudo make install'*|'sudo groupadd '*|'sudo usermod '*|'sudo chgrp '*)
            skipped=$((skipped + 1)); continue;;
        *) fail "a '# setup' mark on a command that is not machine set-up: $line"; continue;;
        esac;;
    'cd peakpath') cd "$TMP/clone" || fail "cd"; continue;;
    esac
    cmd=$(sandbox "$line")
    case "$cmd" in
    'peakpath join '*)
        TUI_DIR=$TMP/clone tui_start join 100 30 "LANG=C.UTF-8 HOME=$HOME" ${cmd#peakpath }
        if wait_for join " ana · " 20; then
            T send-keys -t join s
            wait_until 10 test -s "$TMP/srv/workshop/shared/ana.ini" && pass "$line (opens, s saves)" || fail "$line: no save"
        else fail "$line: no screen"; screen join; fi
        T send-keys -t join q
        tui_exited join 5 || T kill-session -t join
        ran=$((ran + 1));;
    'peakpath room '*--summary*) ;;
    'peakpath room '*)
        TUI_DIR=$TMP/clone tui_start room 120 30 "LANG=C.UTF-8 HOME=$HOME" ${cmd#peakpath }
        wait_for room " 1/2 " 10 && pass "$line (the room shows round 1 of 2)" || { fail "$line: no room"; screen room; }
        case "$cmd" in *--html*) wait_until 10 test -s "$HOME/projector.html" && pass "  and writes the projector page" || fail "no projector page";; esac
        T send-keys -t room q
        tui_exited room 5 || T kill-session -t room
        ran=$((ran + 1)); continue;;
    esac
    case "$cmd" in 'peakpath join '*) continue;; esac
    ( cd "${PWD}" && sh -c "$cmd" ) > "$TMP/out" 2>&1 && pass "$line" || fail "$line: $(head -c 300 "$TMP/out")"
    ran=$((ran + 1))
done < "$TMP/lines"
[ "$ran" -ge 20 ] && pass "$ran commands ran, $skipped set-up lines left out" || fail "only $ran commands ran"
[ -s "$TMP/clone/room-co2.svg" ] && [ -s "$TMP/clone/room-summary.md" ] && pass "the closing exports exist" || fail "closing exports missing"
lib_finish
