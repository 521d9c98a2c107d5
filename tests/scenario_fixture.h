/* tests/scenario_fixture.h - a minimal complete scenario as INI text and the load-and-expect helpers
 * shared by tests/test_scenario*.c. Include after <cmocka.h>. Helpers are static inline so a test
 * program that uses only some of them builds without warnings. */
#ifndef PEAKPATH_TESTS_SCENARIO_FIXTURE_H
#define PEAKPATH_TESTS_SCENARIO_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../sim/scenario/scenario.h"
#include "../report/error_text.h"

/* ---- a minimal complete scenario, every required key, simple numbers ---- */

typedef struct {
    const char *section, *key, *value;
} kv;

#define SECTOR(sec) {sec, "intensity", "0.5"}, {sec, "improve_pct", "2"}, \
    {sec, "elec_pct", "2015:10, 2020:12, 2060:40"}, {sec, "gas_pct", "20"}, {sec, "oil_pct", "10"}

static const kv base[] = {
    {"scenario", "name", "Test base"}, {"scenario", "region", "Testland"},
    {"years", "first_year", "2015"}, {"years", "hist_end_year", "2020"},
    {"years", "price_base_year", "2020"}, {"years", "end_year", "2060"},
    {"economy", "gdp_base_bn", "1000"}, {"economy", "gdp_growth_pct", "2015:8, 2020:6, 2060:2"},
    {"economy", "population_m", "2015:30, 2060:32"}, {"economy", "primary_share_pct", "2015:8, 2060:4"},
    {"economy", "secondary_share_pct", "2015:45, 2060:30"},
    {"industry", "heavy_share_pct", "2015:40, 2060:20"}, {"industry", "hightech_share_pct", "2015:15, 2060:40"},
    SECTOR("agriculture"), SECTOR("heavy_industry"), SECTOR("other_industry"), SECTOR("hightech"),
    SECTOR("services"), SECTOR("transport"), SECTOR("households"),
    {"transport", "nev_share_pct", "2015:1, 2020:3, 2060:80"},
    {"buildings", "green_share_pct", "2015:10, 2060:80"},
    {"power", "hydro_gw", "2015:7, 2020:8, 2040:10"}, {"power", "solar_gw", "2015:0.5, 2020:1, 2060:30"},
    {"power", "wind_gw", "2015:0.2, 2060:20"}, {"power", "solar_potential_gw", "100"},
    {"power", "wind_potential_gw", "50"}, {"power", "gas_gw", "3"}, {"power", "coal_gw", "15"},
    {"power", "import_twh", "2015:20, 2060:60"}, {"power", "coal_rate_gce_kwh", "300"},
};
#define N_BASE (sizeof base / sizeof base[0])

/* The base as INI text with `sec.key` given value (NULL value: key left out; NULL key: no
 * change), followed by `extra`. Every key on its own line, a section header whenever the
 * section changes. The caller frees. */
static inline char *base_text(const char *sec, const char *key, const char *value, const char *extra)
{
    size_t cap = 16384, used = 0;
    char *t = malloc(cap);
    const char *cur = "";
    assert_non_null(t);
    for (size_t i = 0; i < N_BASE; i++) {
        const char *v = base[i].value;
        if (key && !strcmp(base[i].section, sec) && !strcmp(base[i].key, key)) {
            if (!value) continue;
            v = value;
        }
        if (strcmp(cur, base[i].section))
            used += (size_t)snprintf(t + used, cap - used, "[%s]\n", base[i].section);
        cur = base[i].section;
        used += (size_t)snprintf(t + used, cap - used, "%s = %s\n", base[i].key, v);
    }
    snprintf(t + used, cap - used, "%s", extra ? extra : "");
    return t;
}

/* Number of lines of text (for line numbers of appended keys). */
static inline int count_lines(const char *t)
{
    int n = 0;
    for (; *t; t++) n += *t == '\n';
    return n;
}

/* Loads text and expects status want; returns the formatted error. */
static inline const char *load_expect(const char *text, pp_status want, char *buf, size_t size)
{
    scn_scenario *s = (scn_scenario *)1;
    pp_error e;
    pp_status st;
    pp_error_clear(&e);
    st = scn_load_string(text, "t.ini", NULL, &s, &e);
    error_text(&e, LANG_EN, buf, size);
    if (st != want) fail_msg("status %d (%s), wanted %d: %s", st, pp_status_name(st), want, buf);
    if (want != PP_OK) assert_null(s);
    scn_free(s);
    return buf;
}

static inline void assert_has(const char *msg, const char *needle)
{
    if (!strstr(msg, needle)) fail_msg("message \"%s\" lacks \"%s\"", msg, needle);
}

static inline scn_scenario *load_base(void)
{
    char *t = base_text(NULL, NULL, NULL, NULL);
    scn_scenario *s = NULL;
    pp_error e;
    char buf[1024];
    if (scn_load_string(t, "base.ini", NULL, &s, &e) != PP_OK)
        fail_msg("base does not load: %s", error_text(&e, LANG_EN, buf, sizeof buf));
    free(t);
    return s;
}

/* Writes text to path (a scratch file of a test). */
static inline void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

#endif
