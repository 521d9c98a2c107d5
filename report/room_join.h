/* report/room_join.h - the participant's side of a workshop room (`peakpath join DIR --name NAME`):
 * which names are allowed, where a participant's file goes for a round, the path by which it
 * inherits the challenge (relative to the room folder), and its scenario name "NAME: challenge".
 * Pure string and path work plus realpath; never prints, never draws. */
#ifndef PEAKPATH_REPORT_ROOM_JOIN_H
#define PEAKPATH_REPORT_ROOM_JOIN_H

#include <stddef.h>

#define RJOIN_NAME_MAX 32      /* bytes of a participant's name */
#define RJOIN_LATE_DIR "late"  /* DIR/late/: saves made after their round closed, kept apart */

/* 1 when name may name a participant: 1..RJOIN_NAME_MAX bytes, no '/', '@', '.', spaces, quotes,
 * backslashes or control characters, not starting with '-', not "workshop" (the workshop file)
 * and valid UTF-8 (Chinese names are welcome). 0 otherwise. */
int rjoin_name_ok(const char *name);

/* The participant's file for a round: DIR/NAME.ini for round 1 (and without a workshop file),
 * DIR/NAME@K.ini for round K >= 2; with late set, the same name inside DIR/late/. Returns 0, or
 * -1 when it does not fit in size. */
int rjoin_file(const char *dir, const char *name, int round, int late, char *out, size_t size);

/* The round a file name (base name, "ana@2.ini") belongs to: 1 for "NAME.ini", K for
 * "NAME@K.ini", 0 when the name is not of that form. The participant's name goes to who (may be
 * NULL) when it fits. */
int rjoin_round_of(const char *base, char *who, size_t size);

/* The path of target relative to the folder from_dir ("../challenge-1.ini"), both resolved
 * with realpath. Returns 0, or -1 when either cannot be resolved or the result does not fit. */
int rjoin_rel_path(const char *from_dir, const char *target, char *out, size_t size);

/* A copy of INI text (malloc'd; NULL when out of memory) whose [scenario] section has
 * `name = NAME: challenge_name` (replacing a name line there, or added after the header; a
 * section is added at the top when there is none). Line breaks in either name become spaces. */
char *rjoin_with_name(const char *ini, const char *name, const char *challenge_name);

#endif
