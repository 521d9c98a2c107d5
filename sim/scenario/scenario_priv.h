/* sim/scenario/scenario_priv.h - helpers shared by the scenario files only (scenario.c, scenario_parse.c,
 * scenario_write.c): the INI line scanner and locale-independent number reading and writing.
 * Not part of the engine API; nothing outside sim/scenario*.c includes it. Never prints. */
#ifndef PEAKPATH_SIM_SCENARIO_PRIV_H
#define PEAKPATH_SIM_SCENARIO_PRIV_H

#include <stddef.h>

#include "scenario.h"

#define SCN_TEXT_MAX (4u << 20) /* largest scenario text accepted, bytes (a real one is ~10 kB) */

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

/* Reads one decimal number (optional sign, digits, optional fraction and exponent; surrounding
 * blanks allowed) in the C locale whatever the process locale is. Returns 0 and sets *out, -1
 * when tok is not such a number, -2 when it is NaN, infinite or overflows a double. */
int scn_num_parse(const char *tok, double *out);

/* Writes v in the C locale with the fewest significant digits (%.1g ... %.17g) that read back
 * as exactly v. buf should hold at least 32 bytes. Returns buf. */
const char *scn_num_format(double v, char *buf, size_t size);

/* Writes a path as INI text: one number for a constant (year 0), else "2020:0.67, 2030:12".
 * Returns buf (truncated when size is too small; PP_PATH_MAX points need about 1.5 kB). */
const char *scn_path_format(const pp_path *p, char *buf, size_t size);

#endif
