# tests/ascii_runs.sh - the check that a Chinese screen or output holds no English sentence: it finds
# runs of two or more English words in a row (ASCII letters, two or more of them) that are not on the
# allow-list of units, key names, acronyms of sources and the program's name (an allowed word or a
# number inside a run neither ends it nor counts). File names, section.key
# names and snake_case keys (anything with '.', '-', '_', '/', '=' or a digit inside) are never words.
# Sourced, never run (POSIX sh; the TUI and CLI tests share it):
#     . "$(dirname "$0")/ascii_runs.sh"
#     ascii_runs FILE         # prints "LINE: RUN" for each run found; status 0 when there is none
# ASCII_ALLOW="word word" adds words to the allow-list for one call (e.g. a participant's name).

ASCII_RUNS_ALLOW="
Mt Mtce GW TWh kWh MWh CO2 CO yr bn CNY tce kt gce kgce MJ km kV kg Gt ha Mha
GDP CCUS NEV NEVs PV LMDI SVG CSV JSON BOM UTF Excel Markdown HTML ASCII INI
Esc Enter Tab Space Shift Ctrl Alt PgUp PgDn Home End Del Delete Backspace Up Down Left Right Insert
CEADs NBS NEA CEC NDRC IPCC MOHURD CAAM IEA FYP SRCCS GB AC DC PyPSA PIK CCTV SMM HVDC UHV
peakpath
"

# ascii_runs FILE: the runs of English words in FILE (one "LINE: RUN" per run); 1 when there are any.
ascii_runs() {
    LC_ALL=C awk -v allow="$ASCII_RUNS_ALLOW $ASCII_ALLOW" '
    BEGIN { n = split(allow, w, /[ \n\t]+/); for (i = 1; i <= n; i++) if (w[i] != "") ok[tolower(w[i])] = 1 }
    # one segment of ASCII text between non-ASCII characters (which break a run: a Chinese word
    # between two English words is a Chinese sentence naming them)
    function scan(seg, line,    m, t, i, x, run, words) {
        m = split(seg, t, /[ \t,;:!?()\[\]{}"<>|*+]+/); run = ""; words = 0
        for (i = 1; i <= m; i++) {
            x = t[i]; sub(/[.-]+$/, "", x); sub(/^-+/, "", x)   # "word." ends a sentence
            if (x == "") continue
            if (x ~ /^[0-9.%\/]+$/ || (tolower(x) in ok)) continue  # numbers and allowed words keep the run
            if (x ~ /^[A-Za-z][A-Za-z'\'']+$/) {
                run = run (words ? " " : "") x; words++
                continue
            }
            if (words >= 2) { print line ": " run; found = 1 }
            run = ""; words = 0
        }
        if (words >= 2) { print line ": " run; found = 1 }
    }
    {
        s = $0
        gsub(/[\200-\377]+/, "\001", s)
        k = split(s, seg, "\001")
        for (j = 1; j <= k; j++) scan(seg[j], NR)
    }
    END { exit found ? 1 : 0 }' "$1"
}
