/* sim/scenario/scenario_priv.h - helpers shared by the scenario files only (scenario.c, scenario_load.c,
 * scenario_check.c, scenario_edit.c, scenario_parse.c, scenario_write.c): the INI line scanner,
 * locale-independent number reading and writing, error locating and the per-key checks.
 * Not part of the engine API; nothing outside sim/scenario/scenario*.c includes it. Never prints. */
#ifndef PEAKPATH_SIM_SCENARIO_PRIV_H
#define PEAKPATH_SIM_SCENARIO_PRIV_H

#include <stddef.h>

#include "number.h" /* num_parse, num_format: the one number grammar */
#include "scenario.h"

struct scn_scenario;

/* ---- schema shorthands ---- */

static inline const pp_param *P(int id) { return pp_param_get(id); }
static inline int is_numeric(int id) { return P(id)->kind != PK_TEXT; }
static inline int valid_id(int id) { return id >= 0 && id < P_COUNT; }

/* ---- error helpers (scenario.c) ---- */

/* "0..1000 GW" for messages: the key's hard range. Returns buf. */
const char *scn_range_text(int id, char *buf, size_t size);

/* Sets the location of an error already recorded (file, schema section/key of id, line) and
 * returns st. id may be -1 (no key). */
pp_status scn_err_at(pp_error *err, pp_status st, const char *file, int id, int line);

/* Records err at the file and line where id got its value (the nearest file in the inherit
 * chain that sets it) and returns st. */
pp_status scn_err_at_key(pp_error *err, pp_status st, const struct scn_scenario *s, int id);

/* ---- per-key checks (scenario_check.c) ---- */

/* Shape of a path for its kind: scalars and flags hold one point with year 0; a path holds a
 * constant or strictly increasing years in 1990..2100. */
pp_status scn_check_shape(int id, const pp_path *p, pp_error *err);

/* Every value finite and within the key's hard range (flags 0 or 1). `text` is the value as
 * written, quoted back in the message (NULL for an edit). */
pp_status scn_check_values(int id, const pp_path *p, const char *text, pp_error *err);

#define SCN_TEXT_MAX (4u << 20) /* largest scenario text accepted, bytes (a real one is ~10 kB) */

/* ---- opening a file (scenario_open.c) ---- */

struct stat;

/* Reads the whole of file into a malloc'd NUL-terminated *text (*len bytes): opened with
 * O_NONBLOCK, checked with fstat on the descriptor (a regular file of at most SCN_TEXT_MAX
 * bytes), *sb filled from that descriptor. pol may be NULL (follow links, open anywhere); under a
 * policy see scn_load_policy; is_parent says the file was named by an `inherit`. On failure
 * returns the status with err's message set (no location) and *text NULL; *opened says whether
 * the failure came after the file opened (0: err's message is only the reason it did not). */
pp_status scn_open_read(const char *file, const scn_load_policy *pol, int is_parent, char **text, size_t *len,
                        struct stat *sb, int *opened, pp_error *err);

/* Called by scn_ini_scan for every `[section]` line (key == NULL, value == NULL) and every
 * `key = value` line (value unquoted, comments removed). Section and key are lowercased ASCII,
 * at most PP_ERR_NAME_MAX - 1 bytes. Returns PP_OK to go on; any other status stops the scan. */
typedef pp_status (*scn_ini_visit)(void *ctx, int line, const char *section, const char *key,
                                   const char *value, pp_error *err);

/* Scans INI text of len bytes line by line (UTF-8 BOM and CRLF accepted, `;`/`#` comments,
 * `\` continuation lines, quoted values with backslash escapes) and calls visit for each section
 * and key. Rejects an empty text, NUL bytes, control characters, invalid UTF-8, keys outside a
 * section and lines that are none of the above, naming `name` and the line. Never allocates
 * anything the caller frees; returns PP_ERR_NOMEM when a line buffer cannot be allocated. */
pp_status scn_ini_scan(const char *text, size_t len, const char *name, scn_ini_visit visit,
                       void *ctx, pp_error *err);

/* Writes a path as INI text: one number for a constant (year 0), else "2020:0.67, 2030:12".
 * Returns buf (truncated when size is too small; PP_PATH_MAX points need about 1.5 kB). */
const char *scn_path_format(const pp_path *p, char *buf, size_t size);

/* ---- sim/scenario/scenario_fill.c: after a file is read ---- */
/* Every numeric key the file and its parents did not set gets its table default; a required key
 * (default NAN) still missing is an error naming it (and counting the others). */
pp_status scn_fill_defaults(scn_scenario *s, const char *name, pp_error *err);
/* name and region are there once parents are merged. */
pp_status scn_check_texts(const scn_scenario *s, const char *name, pp_error *err);
/* A child path of only future points keeps the parent's points up to hist_end_year. */
pp_status scn_keep_history(scn_scenario *s, pp_error *err);

#endif
