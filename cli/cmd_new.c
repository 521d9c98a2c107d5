/* cli/cmd_new.c - `peakpath new FILE --region NAME [--observed DATA.csv] [--years FIRST:LAST]`:
 * writes the commented province template (scenarios/template-province.ini) with the region's name
 * and, from a published-figures CSV, its observed figures (cli/observed.c says which key each
 * indicator fills). Never overwrites a file (report/save.c writes atomically). */
#include "cli.h"
#include "ini_text.h"
#include "observed.h"
#include "../report/save.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEMPLATE_NAME "template-province.ini"
#define TEMPLATE_MAX (INI_TEXT_MAX_LINES * 128)

/* A name fit for an INI value: printable, no comment, section or assignment characters. */
static int name_ok(const char *s)
{
    if (!*s || strlen(s) > 60) return 0;
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || strchr(";#=[]\"", *s)) return 0;
    return 1;
}

static int read_template(char *buf, size_t size)
{
    char path[4096];
    size_t n;
    FILE *f;
    if (!cli_find_scenario(TEMPLATE_NAME, path, sizeof path)) {
        fprintf(stderr, "peakpath new: the template %s is not installed (looked for %s)\n", TEMPLATE_NAME, path);
        return -1;
    }
    if (!(f = fopen(path, "r"))) { perror(path); return -1; }
    n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
    return n == size - 1 ? -1 : 0;
}

/* The historical years the figures cover: the first and last year of any row that fills a key. */
static void data_years(const obs_data *d, int *first, int *last)
{
    for (int i = 0; i < d->n; i++) {
        const obs_indicator *ind = obs_find(d->row[i].indicator);
        if (!ind || ind->fill == OBS_FILL_NONE) continue;
        if (d->row[i].year < *first) *first = d->row[i].year;
        if (d->row[i].year > *last) *last = d->row[i].year;
    }
}

/* The energy-intensity index of last vs first (% of first) from a yearly change for every year
 * after first, or 0 when a year is missing. */
static double intensity_index(const obs_data *d, int first, int last)
{
    double index = 100.0;
    for (int y = first + 1; y <= last; y++) {
        int found = 0;
        for (int i = 0; i < d->n && !found; i++)
            if (d->row[i].year == y && !strcmp(d->row[i].indicator, "energy_intensity_change_yoy")) {
                index *= 1.0 + d->row[i].value / 100.0;
                found = 1;
            }
        if (!found) return 0;
    }
    return last > first ? index : 0;
}

/* Was indicator in year seen before row i? (the first row of a figure wins) */
static int seen_before(const obs_data *d, int i)
{
    for (int j = 0; j < i; j++)
        if (d->row[j].year == d->row[i].year && !strcmp(d->row[j].indicator, d->row[i].indicator)) return 1;
    return 0;
}

/* Writes one observed row into t; returns 1 when it filled a key. */
static int fill_row(ini_text *t, const obs_row *row, int first, int last, int base, int energy_given, const char *src)
{
    const obs_indicator *ind = obs_find(row->indicator);
    char note[160];
    snprintf(note, sizeof note, "%s, %s %d (observed, %s)", row->unit, row->indicator, row->year, src);
    if (!ind) return 0;
    switch (ind->fill) {
    case OBS_FILL_POINT:
        if (row->year < first || row->year > last) return 0;
        return ini_text_set_point(t, ind->section, ind->key, row->year, row->value) == 0;
    case OBS_FILL_BASE:
        return row->year == base && ini_text_set(t, ind->section, ind->key, row->value, note) == 0;
    case OBS_FILL_FIRST:
        return row->year == first && !energy_given && ini_text_set(t, ind->section, ind->key, row->value, note) == 0;
    case OBS_FILL_END:
        return row->year == last && ini_text_set(t, ind->section, ind->key, row->value, note) == 0;
    case OBS_FILL_FIRST_END:
        if (row->year == first) return ini_text_set(t, ind->section, ind->key, row->value, note) == 0;
        if (row->year == last) return ini_text_set(t, ind->section, ind->key_end, row->value, note) == 0;
        return 0;
    case OBS_FILL_NONE: break;
    }
    return 0;
}

/* The yearly targets when the figures do not cover every year: up to CAL_STEPS intensity changes
 * of historical years after the first as points of energy_intensity_change_pct, and, without a
 * first-year coal share, the coal share of the first year between as coal_share_pct. */
static int fill_yearly(ini_text *t, const obs_data *d, int first, int last)
{
    int steps = 0, coal_first = 0, coal_year = 0;
    for (int i = 0; i < d->n; i++)
        if (!strcmp(d->row[i].indicator, "coal_share_energy") && d->row[i].year == first) coal_first = 1;
    for (int i = 0; i < d->n; i++) {
        const obs_row *row = &d->row[i];
        if (seen_before(d, i) || row->year <= first || row->year > last) continue;
        if (!strcmp(row->indicator, "energy_intensity_change_yoy") && steps < CAL_STEPS)
            steps += ini_text_set_point(t, "calibration", "energy_intensity_change_pct", row->year, row->value) == 0;
        if (!strcmp(row->indicator, "coal_share_energy") && !coal_first && !coal_year && row->year < last
            && ini_text_set_point(t, "calibration", "coal_share_pct", row->year, row->value) == 0)
            coal_year = row->year;
    }
    return steps + (coal_year != 0);
}

/* Has d a total-energy row for year? (then the CO2 level figure is not used: one level only) */
static int has_energy(const obs_data *d, int year)
{
    for (int i = 0; i < d->n; i++)
        if (d->row[i].year == year && !strcmp(d->row[i].indicator, "energy_consumption_total")) return 1;
    return 0;
}

static int fill_observed(ini_text *t, const obs_data *d, int first, int last, const char *src)
{
    int filled = 0, base = last, energy_end = has_energy(d, last), energy_first = has_energy(d, first);
    int energy_given = energy_end || energy_first;
    double index = intensity_index(d, first, last);
    for (int i = 0; i < d->n; i++)
        if (!strcmp(d->row[i].indicator, "gdp_nominal") && d->row[i].year >= first && d->row[i].year <= last)
            base = d->row[i].year;
    ini_text_set(t, "years", "first_year", first, "year (observed data)");
    ini_text_set(t, "years", "hist_end_year", last, "year (observed data)");
    ini_text_set(t, "years", "price_base_year", base, "year: the nominal GDP given");
    for (int i = 0; i < d->n; i++)
        if (!seen_before(d, i)) filled += fill_row(t, &d->row[i], first, last, base, energy_given, src);
    for (int i = 0; i < d->n && !energy_end && energy_first; i++) /* the level from the first year's total */
        if (d->row[i].year == first && !strcmp(d->row[i].indicator, "energy_consumption_total") && !seen_before(d, i)) {
            char note[160];
            snprintf(note, sizeof note, "Mtce, energy_consumption_total %d (observed, %s)", first, src);
            filled += ini_text_set(t, "calibration", "energy_mtce_first", d->row[i].value, note) == 0;
        }
    if (index == 0) filled += fill_yearly(t, d, first, last);
    if (index > 0) {
        char note[160];
        snprintf(note, sizeof note, "%% of %d, from energy_intensity_change_yoy %d-%d (observed, %s)", first,
                 first + 1, last, src);
        ini_text_set(t, "calibration", "energy_intensity_index_end", index, note);
        filled++;
    }
    return filled;
}

typedef struct {
    const char *file, *region, *observed;
    int first, last;
} new_args;

static int parse_args(const cli_command *self, int argc, char **argv, new_args *a)
{
    for (int i = 1; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(argv[i], "--region") || !strcmp(argv[i], "--observed") || !strcmp(argv[i], "--years")) {
            if (!v) return cli_usage_error(self, cli_tr(S_CLI_NEEDS_VALUE), argv[i]);
            if (argv[i][2] == 'r') a->region = v;
            else if (argv[i][2] == 'o') a->observed = v;
            else if (sscanf(v, "%d:%d", &a->first, &a->last) != 2 || a->first < 1990 || a->last < a->first
                     || a->last > 2060)
                return cli_usage_error(self, cli_tr(S_USG_YEARS), v);
            i++;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        } else if (a->file) {
            return cli_usage_error(self, "%s", cli_tr(S_USG_ONE_FILE));
        } else {
            a->file = argv[i];
        }
    }
    if (!a->file) return cli_usage_error(self, "%s", cli_tr(S_USG_MISSING_FILE));
    if (!a->region) return cli_usage_error(self, "%s", cli_tr(S_USG_REGION));
    if (!name_ok(a->region))
        return cli_usage_error(self, "--region \"%s\": expected a printable name of at most 60 characters "
                               "without ; # = [ ] \"", a->region);
    return CLI_EXIT_OK;
}

int cmd_new(const cli_command *self, int argc, char **argv)
{
    new_args a = {NULL, NULL, NULL, 0, 0};
    static ini_text t;
    static obs_data d;
    static char text[TEMPLATE_MAX];
    char msg[512];
    pp_error err;
    int code, filled = 0;
    for (int i = 1; i < argc; i++)
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_NEW))) return CLI_EXIT_OK;
    if ((code = parse_args(self, argc, argv, &a)) != CLI_EXIT_OK) return code;
    if (read_template(text, sizeof text) || ini_text_parse(&t, text)) return CLI_EXIT_USAGE;
    ini_text_replace_name(&t, a.region);
    if (a.observed) {
        if (obs_load(a.observed, a.region, &d, msg, sizeof msg)) {
            fprintf(stderr, "peakpath new: %s\n", msg);
            return CLI_EXIT_USAGE;
        }
        if (!a.first) {
            a.first = 9999;
            a.last = 0;
            data_years(&d, &a.first, &a.last);
            if (a.last <= a.first) { a.first = 2015; a.last = 2020; } /* too few years: the template's */
        }
        filled = fill_observed(&t, &d, a.first, a.last, a.observed);
    } else if (a.first) {
        ini_text_set(&t, "years", "first_year", a.first, NULL);
        ini_text_set(&t, "years", "hist_end_year", a.last, NULL);
        ini_text_set(&t, "years", "price_base_year", a.last, NULL);
    }
    if (ini_text_join(&t, text, sizeof text)) return CLI_EXIT_FAIL;
    if (save_text(a.file, text, 0, &err) != PP_OK) {
        cli_print_error(&err);
        return CLI_EXIT_USAGE;
    }
    printf(cli_tr(S_NEW_DONE), a.file, a.region);
    if (a.observed) printf(cli_tr(S_NEW_OBSERVED), filled, filled == 1 || cli_zh() ? "" : "s", a.observed);
    printf(cli_tr(S_NEW_NEXT), a.file, a.observed ? " --observed " : "", a.observed ? a.observed : "");
    return CLI_EXIT_OK;
}
