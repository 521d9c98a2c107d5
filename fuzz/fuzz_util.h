/* fuzz/fuzz_util.h - what the fuzz targets share: a private scratch directory holding copies of
 * the shipped scenarios (so inputs can `inherit` them), and emptying it between inputs. */
#ifndef PEAKPATH_FUZZ_FUZZ_UTIL_H
#define PEAKPATH_FUZZ_FUZZ_UTIL_H

#include <stddef.h>

/* Creates a fresh directory (under $TMPDIR or /tmp), copies every *.ini of the scenarios directory
 * ($PEAKPATH_FUZZ_SCENARIOS, else ./scenarios) into it and writes its path into dir. The directory
 * is removed at exit. Returns the number of scenarios copied, or -1 after printing why it failed. */
int fuzz_workdir(char *dir, size_t size);

/* Removes every file in dir that was not there when fuzz_workdir returned (outputs of -o etc.). */
void fuzz_clean_workdir(const char *dir);

#endif
