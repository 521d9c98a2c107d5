/* fuzz/fuzz.h - the libFuzzer entry points every fuzz/fuzz_*.c defines; fuzz/replay.c calls them
 * from a plain main() so `make test` can replay the corpus without clang. */
#ifndef PEAKPATH_FUZZ_FUZZ_H
#define PEAKPATH_FUZZ_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* One-time set-up (scratch directory, stdout to /dev/null). Returns 0. */
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Runs one input; returns 0. A broken invariant calls abort(), which the fuzzer reports as a crash. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Where the shipped scenarios are copied from: $PEAKPATH_FUZZ_SCENARIOS, else "scenarios". */
#define FUZZ_SCENARIOS_ENV "PEAKPATH_FUZZ_SCENARIOS"

#endif
