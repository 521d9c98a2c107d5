#!/bin/sh
# tests/error_api_test.sh - the engine's error API refuses what would put language into sim/ or
# drop an argument: an old printf-style pp_error_set (a format string where the message id goes)
# and a call with the wrong number of arguments for its id (sim/pp_msg_list.h) do not compile; a
# right call does. Run by tests/run_all.sh ($CC or cc, the build's C standard and warnings).
set -u
. "$(dirname "$0")/lib.sh"
lib_init error_api_test
CC=${CC:-cc}

# compiles FILE_TEXT NAME: 0 when the snippet compiles with the build's flags
compiles() {
    printf '#include "sim/pp_error.h"\nint f(pp_error *e);\nint f(pp_error *e) { %s }\n' "$1" > "$TMP/$2.c"
    $CC -std=c11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I. "$TMP/$2.c" 2> "$TMP/$2.err"
}

compiles 'return pp_error_set(e, PP_ERR_RANGE, VALUE_RANGE, PP_N(-1), PP_S("0..500 GW"));' right \
    && pass "a call with the id's two arguments compiles" || fail "a right call does not compile: $(head -c 300 "$TMP/right.err")"
compiles 'return pp_error_set(e, PP_ERR_NOMEM, NOMEM);' noargs \
    && pass "a call to an id without arguments compiles" || fail "NOMEM does not compile: $(head -c 300 "$TMP/noargs.err")"
compiles 'return pp_error_set(e, PP_ERR_RANGE, "value %s is out of range", "x");' printf \
    && fail "an old printf-style call compiles" || pass "an old printf-style call does not compile"
compiles 'return pp_error_set(e, PP_ERR_RANGE, VALUE_RANGE, PP_N(-1));' fewer \
    && fail "a call with too few arguments compiles" || pass "a call with too few arguments does not compile"
grep -q "wrong number of arguments" "$TMP/fewer.err" && pass "the compiler names the argument count" \
    || fail "no 'wrong number of arguments' in: $(head -c 300 "$TMP/fewer.err")"
compiles 'return pp_error_set(e, PP_ERR_RANGE, VALUE_RANGE, PP_N(-1), PP_S("a"), PP_S("b"));' more \
    && fail "a call with too many arguments compiles" || pass "a call with too many arguments does not compile"
compiles 'return pp_error_set(e, PP_ERR_RANGE, NO_SUCH_MESSAGE_ID);' unknown \
    && fail "an unknown id compiles" || pass "an unknown id does not compile"
compiles 'return pp_error_set(e, PP_ERR_RANGE, VALUE_RANGE, -1, "x");' untyped \
    && fail "untyped arguments compile" || pass "arguments without PP_N/PP_S/... do not compile"
# A run-time argument (not a constant) compiles too, with gcc and with clang (the fuzz build's
# compiler): clang refuses a compound literal of run-time values inside a _Static_assert, which
# is why the argument count is the preprocessor's.
compiles 'double v = e ? 1.5 : 2.5; return pp_error_set(e, PP_ERR_RANGE, VALUE_RANGE, PP_N(v), PP_S("0..500 GW"));' runtime \
    && pass "a call with a run-time argument compiles" || fail "a run-time argument does not compile: $(head -c 300 "$TMP/runtime.err")"
if command -v clang >/dev/null 2>&1; then
    CC=clang compiles 'double v = e ? 1.5 : 2.5; return pp_error_set(e, PP_ERR_RANGE, VALUE_RANGE, PP_N(v), PP_S("0..500 GW"));' clang_runtime \
        && pass "clang: a call with a run-time argument compiles" \
        || fail "clang: a run-time argument does not compile: $(head -c 300 "$TMP/clang_runtime.err")"
    CC=clang compiles 'return pp_error_set(e, PP_ERR_RANGE, VALUE_RANGE, PP_N(-1));' clang_fewer \
        && fail "clang: a call with too few arguments compiles" || pass "clang: a call with too few arguments does not compile"
fi
lib_finish
