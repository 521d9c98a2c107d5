#!/bin/sh
# tests/tui_zh_test.sh - the TUI in Chinese, as a Chinese participant reads it (issue 13), in tmux
# at 80x24 and 200x60: every view, the help, every prompt and dialog, goal seek (met and a bad
# target), a lever locked by a challenge, a bad typed value, a failed save (read-only folder), the
# Monte Carlo bands, playback, the challenge brief, and the room with a broken file - and on every
# screen no English sentence (tests/ascii_runs.sh: no run of two English words outside the
# allow-list of units and key names). Planning units: the goal line reads `≤ 1.52亿吨`, the axes
# and the table 万吨 / 万吨标准煤 / 万千瓦, never Mt, Mtce or GW. The banner bug: after the
# challenge-met banner closes the screen is what a full redraw (Ctrl+L) shows, wide characters
# whole.
# Engine errors (a refused value, an unknown target, a failed save, the room's broken file) are
# rendered by report/error_text.c in Chinese and checked like every other screen.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/ascii_runs.sh"
lib_init tui_zh
require tmux
cd "$ROOT" || exit 1
ENVS="LANG=C.UTF-8 LC_ALL=C.UTF-8"
cp scenarios/chongqing-baseline.ini scenarios/challenge-1-energy-mix.ini scenarios/chongqing-peak2030.ini "$TMP/"

# zh_screen SESSION WHAT: the screen holds no English sentence; on failure shows the runs and the
# screen. ASCII_ALLOW (e.g. a file name's words) passes through.
zh_screen() {
    screen "$1" > "$TMP/screen.txt"
    if runs=$(ascii_runs "$TMP/screen.txt"); then pass "$2: no English on screen"
    else fail "$2: English on screen: $(printf '%s' "$runs" | tr '\n' ';')"; cat "$TMP/screen.txt"; fi
}

key() { T send-keys -t "$1" "$2"; }

# ---- the checker itself: it finds an English sentence, and lets Chinese with units, key names
# and file names through ----
printf '%s\n' 'GDP增速：lever value 99 is out of range: expected -20..30 %/yr' > "$TMP/en.txt"
printf '%s\n' '按 Esc 取消，Ctrl+L 重画；光伏 450 万千瓦，8.5 GW，2.15亿吨 CO2；已保存 a-b.ini（gdp_base_bn）' > "$TMP/zh.txt"
ascii_runs "$TMP/en.txt" > "$TMP/runs.txt" && fail "checker: missed an English sentence" \
    || { grep -q "lever value is out of range expected" "$TMP/runs.txt" && pass "checker: finds the English run" \
         || fail "checker: wrong run: $(cat "$TMP/runs.txt")"; }
ascii_runs "$TMP/zh.txt" > "$TMP/runs.txt" && pass "checker: Chinese with units, keys and file names passes" \
    || fail "checker: flagged Chinese: $(cat "$TMP/runs.txt")"

# select SESSION NAME: moves down the lever list until NAME is the selected lever (its full label
# heads the details under the list); 1 when it never is.
select() {
    lib_k=0
    while [ $lib_k -lt 40 ]; do
        screen "$1" | grep -qE "^│$2 +││" && return 0
        key "$1" Down; sleep 0.05; lib_k=$((lib_k + 1))
    done
    return 1
}

# ---- the banner bug: challenge 1, imports PgUp to 65, solar PgUp, any key; at 100 and 104
# columns the banner's edges fall on halves of Chinese characters (without the fix both widths
# showed a line shifted or half-overwritten after the banner, until Ctrl+L) ----
for cols in 100 104; do
    b=ban$cols # a session each: killing the last one ends the tmux server, racing the next start
    tui_start "$b" "$cols" 24 "$ENVS" --lang zh "$TMP/challenge-1-energy-mix.ini"
    wait_for "$b" "政策杠杆" 20 || fail "zh TUI did not start"
    select "$b" 西南来电 || fail "$cols: no Southwest imports lever"
    key "$b" PPage; sleep 0.3
    key "$b" Home; select "$b" 光伏装机 || fail "$cols: no solar lever"
    key "$b" PPage
    wait_for "$b" "挑战完成" 10 && pass "$cols x 24: banner shown when the goals are met" || { fail "no banner"; screen "$b"; }
    key "$b" x
    wait_gone "$b" "挑战完成" 5 || fail "banner did not close"
    sleep 0.5
    screen "$b" > "$TMP/after.txt"
    key "$b" C-l; sleep 0.8
    screen "$b" > "$TMP/redrawn.txt"
    if cmp -s "$TMP/after.txt" "$TMP/redrawn.txt"; then pass "$cols x 24: after the banner the screen is what Ctrl+L draws"
    else fail "$cols x 24: after the banner the screen differs from a redraw:"; diff "$TMP/after.txt" "$TMP/redrawn.txt"; fi
    key "$b" q; key "$b" y
    tui_exited "$b" 10 || fail "$cols x 24: did not quit"
done

# no_si SESSION WHAT WORDS: none of the SI-style unit words (e.g. "Mt|GW") is on the screen.
no_si() {
    if screen "$1" | grep -qwE -- "$3"; then fail "$2: SI unit on a Chinese screen: $(screen "$1" | grep -owE -- "$3" | sort -u | tr '\n' ' ')"
    else pass "$2: planning units, no $3"; fi
}

# walk SESSION COLS ROWS: every view, the help, every prompt and dialog, goal seek, a bad value,
# a failed save, bands, playback and the challenge key on the baseline, in Chinese.
walk() {
    s=$1; sz="$2x$3"
    tui_start "$s" "$2" "$3" "$ENVS" --lang zh "$TMP/chongqing-baseline.ini"
    wait_for "$s" "政策杠杆" 20 || { fail "$sz: zh TUI did not start"; screen "$s"; return; }
    zh_screen "$s" "$sz start"
    wait_for "$s" "万吨CO2" 5 && pass "$sz: the CO2 axis is in 万吨CO2" || fail "$sz: no 万吨CO2 axis"
    no_si "$s" "$sz CO2 view" 'Mt|Mtce|GW|TWh'
    for v in 2 3 4 5 6 7; do
        key "$s" $v; sleep 1.2
        zh_screen "$s" "$sz view $v"
    done
    for page in 1 2 3 4; do # view 8, costs and air: 8 turns its pages
        key "$s" 8; sleep 1.5
        zh_screen "$s" "$sz view 8 page $page"
    done
    key "$s" 3; wait_for "$s" "万千瓦" 5 && pass "$sz: capacity in 万千瓦" || fail "$sz: no 万千瓦"; no_si "$s" "$sz capacity" 'GW'
    key "$s" 5; wait_for "$s" "万吨标准煤" 5 && pass "$sz: the table in 万吨标准煤" || fail "$sz: no 万吨标准煤 in the table"
    no_si "$s" "$sz table" 'Mtce|bn|TWh|GW'
    key "$s" 6; key "$s" d; sleep 1; zh_screen "$s" "$sz decomposition vs the loaded scenario"
    key "$s" 1
    # the help, page by page
    key "$s" '?'; wait_for "$s" "按键说明" 5 || fail "$sz: no help"
    zh_screen "$s" "$sz help page 1"
    key "$s" Space; sleep 0.4; zh_screen "$s" "$sz help page 2"
    key "$s" Escape; wait_gone "$s" "按键说明" 5
    # typing a value: not a number, then out of range (the engine refuses it)
    key "$s" Enter; sleep 0.3; zh_screen "$s" "$sz value prompt"
    key "$s" C-u; T send-keys -t "$s" "abc" Enter; sleep 0.5
    zh_screen "$s" "$sz not a number"
    key "$s" Enter; key "$s" C-u; T send-keys -t "$s" "99999" Enter; sleep 0.5
    wait_for "$s" "超出允许范围" 3 && pass "$sz: a value beyond the key's range is refused in Chinese" \
        || fail "$sz: no range refusal: $(screen "$s" | tail -2 | head -1)"
    zh_screen "$s" "$sz value out of range"
    # solar 100000 万千瓦 = 1000 GW: inside the key's range, above its S-curve ceiling: the engine refuses
    select "$s" 光伏装机 || fail "$sz: no solar lever"
    key "$s" Enter; key "$s" C-u; T send-keys -t "$s" "100000" Enter; sleep 0.5
    zh_screen "$s" "$sz value the engine refuses"
    key "$s" Home
    # goal seek: a bad target, then one it meets
    key "$s" G; sleep 0.3; zh_screen "$s" "$sz goal-seek prompt"
    screen "$s" | grep -qF "达峰年份<=2030" && pass "$sz: the goal-seek prompt suggests a Chinese target" || fail "$sz: no Chinese suggestion"
    key "$s" C-u; T send-keys -t "$s" 'foo<=3' Enter; sleep 0.8
    zh_screen "$s" "$sz goal seek, unknown quantity"
    key "$s" G; key "$s" C-u; T send-keys -t "$s" '达峰年份<=2023' Enter
    wait_for "$s" "已达成" 20 && pass "$sz: goal seek met" || fail "$sz: goal seek not met: $(screen "$s" | tail -3 | head -1)"
    zh_screen "$s" "$sz goal seek met"
    key "$s" M; sleep 0.5; zh_screen "$s" "$sz multi-lever seek prompt"; key "$s" Escape
    key "$s" c; sleep 0.3; zh_screen "$s" "$sz reference prompt"
    key "$s" C-u; T send-keys -t "$s" "$TMP/chongqing-peak2030.ini" Enter
    wait_for "$s" "重庆2030年前碳达峰" 15 && pass "$sz: the reference goes by its name_zh" || fail "$sz: reference not named in Chinese"
    zh_screen "$s" "$sz reference chosen"
    key "$s" c; key "$s" C-u; key "$s" Enter; sleep 0.5 # back to "as loaded"
    key "$s" x; sleep 0.3; zh_screen "$s" "$sz export menu"; key "$s" Escape
    key "$s" s; sleep 0.3; zh_screen "$s" "$sz save of a root scenario asks for a name"; key "$s" Escape
    # a failed save: into a folder that cannot take it (read-only; as root, where permissions do
    # not stop writing, a folder that does not exist)
    mkdir -p "$TMP/ro"; chmod 555 "$TMP/ro"; target="$TMP/ro/saved.ini"
    [ "$(id -u)" = 0 ] && target="$TMP/no-such-folder/saved.ini"
    key "$s" S; sleep 0.3; zh_screen "$s" "$sz save-as prompt"
    key "$s" C-u; T send-keys -t "$s" "$target" Enter
    wait_for "$s" "保存失败" 5 && pass "$sz: the failed save says so" || fail "$sz: no failed-save message"
    zh_screen "$s" "$sz failed save"
    key "$s" m; sleep 0.8; zh_screen "$s" "$sz bands on a scenario without ranges"
    key "$s" p; sleep 1.5; zh_screen "$s" "$sz playback"; key "$s" p; key "$s" Escape
    key "$s" g; sleep 0.3; zh_screen "$s" "$sz challenge key without a challenge"
    key "$s" o; key "$s" C-u; T send-keys -t "$s" "$TMP/chongqing-baseline.ini" Enter; sleep 0.5
    zh_screen "$s" "$sz open with unsaved changes asks"; key "$s" Escape
    key "$s" q; sleep 0.3; zh_screen "$s" "$sz quit with unsaved changes asks"; key "$s" Escape
    key "$s" u; sleep 0.3; zh_screen "$s" "$sz undo says what it undid"
    key "$s" q; key "$s" y
    tui_exited "$s" 5 || fail "$sz: zh TUI did not quit"
}

walk z80 80 24
walk z200 200 60

# views_only SESSION COLS ROWS: every view at another size (120x40: two views stacked).
views_only() {
    tui_start "$1" "$2" "$3" "$ENVS" --lang zh "$TMP/chongqing-baseline.ini"
    wait_for "$1" "政策杠杆" 20 || { fail "$2x$3: zh TUI did not start"; return; }
    for v in 1 2 3 4 5 6 7 8; do key "$1" $v; sleep 1.2; zh_screen "$1" "$2x$3 view $v"; done
    no_si "$1" "$2x$3 view 8 and the CO2 view under it" 'Mt|Mtce|GW|TWh'
    key "$1" q
    tui_exited "$1" 5 || fail "$2x$3: zh TUI did not quit"
}
views_only z120 120 40

# ---- a challenge: the goal line in 亿吨, a locked lever refused, a limit ----
tui_start ch 80 24 "$ENVS" --lang zh "$TMP/challenge-1-energy-mix.ini"
wait_for ch "挑战目标" 20 || fail "challenge did not start"
wait_for ch "≤ 1.52亿吨" 5 && pass "the goal line reads ≤ 1.52亿吨 (152 Mt)" || { fail "goal line not in 亿吨"; screen ch; }
zh_screen ch "challenge start"
key ch Right; sleep 0.4
wait_for ch "锁定" 3 && zh_screen ch "a locked lever refused"
screen ch | tail -2 | head -1 | grep -q "挑战" && pass "the refusal names the challenge" || fail "no refusal: $(screen ch | tail -2 | head -1)"
select ch 西南来电 || fail "challenge: no Southwest imports lever"
key ch PPage; key ch PPage; sleep 0.5
wait_for ch "挑战允许范围" 3 && pass "the limit is said" || fail "no limit message: $(screen ch | tail -2 | head -1)"
zh_screen ch "a lever stopped at the challenge's limit"
key ch g; sleep 0.4; zh_screen ch "the challenge brief"; key ch g
key ch q; key ch y
tui_exited ch 5 || fail "challenge TUI did not quit"

# ---- the room with a broken file ----
mkdir -p "$TMP/room"
cp scenarios/chongqing-baseline.ini "$TMP/room/ana.ini"
printf '[scenario]\nname = broken\nregion = Chongqing\n[economy]\ngdp_growth_pct = abc\n' > "$TMP/room/bo.ini"
tui_start room 120 30 "$ENVS" room "$TMP/room" --lang zh --interval 200
wait_for room "重庆基准情景" 10 && pass "the room's 情景 column shows name_zh" || { fail "room: no name_zh"; screen room; }
zh_screen room "room with a broken file"
key room q
tui_exited room 5 || fail "room did not quit"

lib_finish
