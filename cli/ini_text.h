/* cli/ini_text.h - edits a scenario file as text, keeping its comments: set a scalar key's value or
 * one point of a path key (`key = 2015:7.5, 2020:6.0`) inside a section. Used by `peakpath new`
 * to fill the commented template with published figures. */
#ifndef PEAKPATH_CLI_INI_TEXT_H
#define PEAKPATH_CLI_INI_TEXT_H

#include <stddef.h>

#define INI_TEXT_MAX_LINES 1024
#define INI_TEXT_LINE_MAX 1024

typedef struct {
    int n;
    char line[INI_TEXT_MAX_LINES][INI_TEXT_LINE_MAX];
} ini_text;

/* Splits text into lines; -1 when it has more lines than INI_TEXT_MAX_LINES or a longer line. */
int ini_text_parse(ini_text *t, const char *text);

/* Joins the lines into buf (newline after each); -1 when buf is too small. */
int ini_text_join(const ini_text *t, char *buf, size_t size);

/* Sets `key = value` in [section] (value a number), replacing the value and the comment after
 * it by `; note` (when note is not NULL). -1 when the section or the key is not in the text. */
int ini_text_set(ini_text *t, const char *section, const char *key, double value, const char *note);

/* Sets the point year:value of path key in [section], replacing a point of the same year or
 * inserting one in year order; a scalar value is replaced by the one point.
 * -1 when the key is not in the text or its value does not parse. */
int ini_text_set_point(ini_text *t, const char *section, const char *key, int year, double value);

/* Replaces every "NAME" in the [scenario] section's key lines by name. */
void ini_text_replace_name(ini_text *t, const char *name);

#endif
