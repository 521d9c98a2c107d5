/* tui/export_keys.h - exports from the TUI on `x`: a menu (CO2 / energy mix / capacity /
 * structure chart as SVG, the year table as CSV with or without a BOM, the one-page Markdown
 * summary), a file name next to the scenario, and a yes/no question before replacing a file.
 * The files are written by the report layer's writers (report/export_svg.h, report/output.h, report/export_md.h). */
#ifndef PEAKPATH_TUI_EXPORT_KEYS_H
#define PEAKPATH_TUI_EXPORT_KEYS_H

#include <stddef.h>
#include <wchar.h>

#define EXP_PATH_MAX 4096

typedef enum {
    EXP_SVG_CO2, EXP_SVG_MIX, EXP_SVG_CAP, EXP_SVG_STRUCT, EXP_CSV, EXP_CSV_BOM, EXP_MD, EXP_COUNT
} exp_kind;

typedef enum { EXP_IDLE, EXP_MENU, EXP_ASK } exp_stage;

typedef struct {
    exp_stage stage;
    exp_kind kind;
    char path[EXP_PATH_MAX]; /* the file asked about */
} exp_state;

/* The suggested file for an export of scenario_file: its name without ".ini" plus "-emissions.svg",
 * "-mix.svg", "-capacity.svg", "-structure.svg", ".csv", "-excel.csv" or "-summary.md", in the
 * same directory. Pure. */
void exp_default_name(const char *scenario_file, exp_kind kind, char *out, size_t size);

struct app;

/* `x`: opens the menu. */
void exp_start(struct app *a);

/* 1 while the menu or the replace question is open: keys go to exp_key. */
int exp_active(const struct app *a);

/* A key in the menu (1-7 choose, anything else cancels) or in the question (y replaces, anything
 * else keeps the file). */
void exp_key(struct app *a, int is_key, wint_t ch);

/* The file name prompt was accepted: writes the export, or asks before replacing a file. */
void exp_file_chosen(struct app *a, const char *path);

/* Label of the file name prompt. */
const char *exp_prompt_label(const struct app *a);

/* Draws the menu or the question (over everything). */
void exp_draw(struct app *a);

#endif
