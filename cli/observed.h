/* cli/observed.h - published figures from a data CSV (the shared data format: indicator,unit,year,
 * value,source,notes) and the table that says which model column each indicator is compared with
 * and which scenario key it fills. Used by `peakpath new --observed` and `peakpath check --observed`. */
#ifndef PEAKPATH_CLI_OBSERVED_H
#define PEAKPATH_CLI_OBSERVED_H

#include <stddef.h>

#define OBS_MAX_ROWS 512
#define OBS_TEXT_MAX 64

/* How a figure compares with a model column. */
typedef enum {
    OBS_LEVEL, /* the column's value in the year */
    OBS_YOY,   /* % change of the column from the year before */
} obs_how;

/* How `new` writes a figure into the template. */
typedef enum {
    OBS_FILL_NONE,
    OBS_FILL_POINT,   /* a path point at the figure's year */
    OBS_FILL_BASE,    /* a scalar, when the year is price_base_year */
    OBS_FILL_FIRST,   /* a scalar, when the year is first_year */
    OBS_FILL_END,     /* a scalar, when the year is hist_end_year */
    OBS_FILL_FIRST_END, /* key_first in first_year, key (second) in hist_end_year */
} obs_fill;

typedef struct {
    const char *indicator; /* as in the CSV, without a "region." prefix */
    const char *column;    /* run_var column name */
    obs_how how;
    obs_fill fill;
    const char *section, *key, *key_end; /* what it fills (key_end: OBS_FILL_FIRST_END's end key) */
    const char *zh;        /* Chinese label */
} obs_indicator;

/* Which release a figure is from (a statistical basis break: a Communique's first release and the
 * Yearbook's figure revised after a census can differ by points). */
typedef enum {
    OBS_BASIS_UNKNOWN,
    OBS_BASIS_FIRST,   /* first release: "first release", "first-release", "preliminary", 初步 */
    OBS_BASIS_REVISED, /* revised: "revised", 修订 */
} obs_basis;

typedef struct {
    char indicator[OBS_TEXT_MAX];
    char unit[OBS_TEXT_MAX];
    int year;
    double value;
    obs_basis basis; /* from the row's notes, else its source (obs_basis_of) */
} obs_row;

typedef struct {
    int n;
    obs_row row[OBS_MAX_ROWS];
} obs_data;

/* Reads the CSV at file into *out, keeping only the rows of region (matched case-insensitively
 * with spaces as '_' against an "xxx." indicator prefix; rows without a prefix are always kept,
 * with the prefix stripped). Header line required. Returns 0, or -1 with a message in msg naming
 * the file and line. */
int obs_load(const char *file, const char *region, obs_data *out, char *msg, size_t msg_size);

/* The basis a text names: the earliest of the words above in it wins ("first release; the revised
 * levels give ..." is a first release); OBS_BASIS_UNKNOWN when it names none (or text is NULL). */
obs_basis obs_basis_of(const char *text);

/* "first release", "revised" or "" for OBS_BASIS_UNKNOWN. */
const char *obs_basis_name(obs_basis b);

/* The table line of an indicator, or NULL when the model has no counterpart. */
const obs_indicator *obs_find(const char *indicator);

#endif
