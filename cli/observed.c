/* cli/observed.c - reads a published-figures CSV (indicator,unit,year,value,source,notes) and maps
 * each indicator to the model column it is compared with and the key `new` fills (the table below;
 * docs/new-province.md lists it for users). */
#include "observed.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../report/error_text.h"
#include "cli.h"

/* indicator, model column, comparison, fill, section, key, end key, Chinese label */
static const obs_indicator indicators[] = {
    {"gdp_nominal", "gdp_bn_cny", OBS_LEVEL, OBS_FILL_BASE, "economy", "gdp_base_bn", NULL, "地区生产总值"},
    {"gdp_real_growth", "gdp_bn_cny", OBS_YOY, OBS_FILL_POINT, "economy", "gdp_growth_pct", NULL, "GDP实际增速"},
    {"population_resident", "pop_m", OBS_LEVEL, OBS_FILL_POINT, "economy", "population_m", NULL, "常住人口"},
    {"sector_share_primary", "share_primary_pct", OBS_LEVEL, OBS_FILL_POINT, "economy", "primary_share_pct", NULL, "第一产业比重"},
    {"sector_share_secondary", "share_secondary_pct", OBS_LEVEL, OBS_FILL_POINT, "economy", "secondary_share_pct", NULL, "第二产业比重"},
    {"sector_share_tertiary", "share_tertiary_pct", OBS_LEVEL, OBS_FILL_NONE, NULL, NULL, NULL, "第三产业比重"},
    {"energy_consumption_total", "energy_mtce", OBS_LEVEL, OBS_FILL_END, "calibration", "energy_mtce_end", NULL, "能源消费总量"},
    {"energy_consumption_growth_yoy", "energy_mtce", OBS_YOY, OBS_FILL_NONE, NULL, NULL, NULL, "能耗增速"},
    {"energy_intensity_change_yoy", "energy_intensity_tce_per_10k_cny", OBS_YOY, OBS_FILL_NONE, NULL, NULL, NULL, "能耗强度变化"},
    {"coal_share_energy", "coal_share_pct", OBS_LEVEL, OBS_FILL_FIRST_END, "calibration", "coal_share_first_pct", "coal_share_end_pct", "煤炭比重"},
    {"oil_share_energy", "oil_share_pct", OBS_LEVEL, OBS_FILL_END, "calibration", "oil_share_end_pct", NULL, "石油比重"},
    {"gas_share_energy", "gas_share_pct", OBS_LEVEL, OBS_FILL_END, "calibration", "gas_share_end_pct", NULL, "天然气比重"},
    {"nonfossil_share_energy", "nonfossil_share_pct", OBS_LEVEL, OBS_FILL_END, "calibration", "nonfossil_share_end_pct", NULL, "非化石能源比重"},
    {"co2_energy_activity", "co2_energy_mt", OBS_LEVEL, OBS_FILL_FIRST, "calibration", "co2_energy_mt_first", NULL, "能源活动CO2"},
    {"co2_ceads_total", "co2_mt", OBS_LEVEL, OBS_FILL_NONE, NULL, NULL, NULL, "CO2排放（CEADs）"},
    {"electricity_consumption", "elec_twh", OBS_LEVEL, OBS_FILL_NONE, NULL, NULL, NULL, "全社会用电量"},
    {"capacity_coal", "cap_coal_gw", OBS_LEVEL, OBS_FILL_POINT, "power", "coal_gw", NULL, "煤电装机"},
    {"capacity_gas", "cap_gas_gw", OBS_LEVEL, OBS_FILL_POINT, "power", "gas_gw", NULL, "气电装机"},
    {"capacity_hydro", "cap_hydro_gw", OBS_LEVEL, OBS_FILL_POINT, "power", "hydro_gw", NULL, "水电装机"},
    {"capacity_wind", "cap_wind_gw", OBS_LEVEL, OBS_FILL_POINT, "power", "wind_gw", NULL, "风电装机"},
    {"capacity_solar", "cap_solar_gw", OBS_LEVEL, OBS_FILL_POINT, "power", "solar_gw", NULL, "光伏装机"},
};

const obs_indicator *obs_find(const char *indicator)
{
    for (size_t i = 0; i < sizeof indicators / sizeof indicators[0]; i++)
        if (!strcmp(indicators[i].indicator, indicator)) return &indicators[i];
    return NULL;
}

/* Splits one CSV line into at most n fields in place (double quotes group commas, "" is a quote). */
static int split_csv(char *line, char **field, int n)
{
    int k = 0;
    char *r = line, *w = line;
    while (k < n) {
        int quoted = 0;
        field[k++] = w;
        while (*r && (quoted || *r != ',')) {
            if (*r == '"') {
                if (quoted && r[1] == '"') { *w++ = '"'; r += 2; continue; }
                quoted = !quoted; r++; continue;
            }
            *w++ = *r++;
        }
        if (!*r) { *w = '\0'; break; }
        *w++ = '\0';
        r++;
        w = r;
    }
    return k;
}

/* Does the prefix (before '.') name region? Case-insensitive, spaces in region count as '_'. */
static int prefix_is(const char *prefix, size_t len, const char *region)
{
    size_t i = 0;
    if (!region) return 0;
    for (; i < len && region[i]; i++) {
        int c = region[i] == ' ' ? '_' : tolower((unsigned char)region[i]);
        if (c != tolower((unsigned char)prefix[i])) return 0;
    }
    return i == len && !region[i];
}

/* Position of the first case-insensitive occurrence of word in text, or -1. */
static long find_ci(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *t = text; *t; t++)
        if (!strncasecmp(t, word, n)) return (long)(t - text);
    return -1;
}

obs_basis obs_basis_of(const char *text)
{
    static const struct { const char *word; obs_basis basis; } words[] = {
        {"first release", OBS_BASIS_FIRST}, {"first-release", OBS_BASIS_FIRST}, {"first_release", OBS_BASIS_FIRST},
        {"preliminary", OBS_BASIS_FIRST}, {"初步", OBS_BASIS_FIRST}, {"revised", OBS_BASIS_REVISED},
        {"修订", OBS_BASIS_REVISED},
    };
    long best = -1;
    obs_basis b = OBS_BASIS_UNKNOWN;
    for (size_t i = 0; text && i < sizeof words / sizeof words[0]; i++) {
        long at = find_ci(text, words[i].word);
        if (at >= 0 && (best < 0 || at < best)) { best = at; b = words[i].basis; }
    }
    return b;
}

const char *obs_basis_name(obs_basis b)
{
    return b == OBS_BASIS_FIRST ? "first release" : b == OBS_BASIS_REVISED ? "revised" : "";
}

static void chomp(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = '\0';
}

/* A bad observed-data file: the message (an id of sim/pp_msg_list.h, recorded in e) at file:line,
 * rendered in the CLI's language into msg. Returns -1. */
static int obs_fail(pp_error *e, const char *file, int line, FILE *f, char *msg, size_t msg_size)
{
    pp_error_where(e, file, NULL, NULL, line);
    error_text(e, cli_lang(), msg, msg_size);
    if (f) fclose(f);
    return -1;
}

int obs_load(const char *file, const char *region, obs_data *out, char *msg, size_t msg_size)
{
    pp_error e;
    char line[2048];
    int lineno = 0;
    FILE *f = fopen(file, "r");
    out->n = 0;
    if (!f) return obs_fail((pp_error_set(&e, PP_ERR_IO, OBS_CANNOT_OPEN, PP_ERRNO(errno)), &e), file, 0, NULL, msg, msg_size);
    while (fgets(line, sizeof line, f)) {
        char *fld[6], *end, *dot;
        obs_row *row;
        int nf;
        lineno++;
        chomp(line);
        if (lineno == 1) {
            if (strncmp(line, "indicator,unit,year,value", 25))
                return obs_fail((pp_error_set(&e, PP_ERR_PARSE, OBS_HEADER), &e), file, 1, f, msg, msg_size);
            continue;
        }
        if (!line[0] || line[0] == '#') continue;
        if ((nf = split_csv(line, fld, 6)) < 4)
            return obs_fail((pp_error_set(&e, PP_ERR_PARSE, OBS_FIELDS), &e), file, lineno, f, msg, msg_size);
        dot = strchr(fld[0], '.');
        if (dot && !prefix_is(fld[0], (size_t)(dot - fld[0]), region)) continue;
        if (out->n >= OBS_MAX_ROWS)
            return obs_fail((pp_error_set(&e, PP_ERR_RANGE, OBS_TOO_MANY_ROWS, PP_I(OBS_MAX_ROWS)), &e), file, lineno, f,
                            msg, msg_size);
        row = &out->row[out->n];
        snprintf(row->indicator, sizeof row->indicator, "%s", dot ? dot + 1 : fld[0]);
        snprintf(row->unit, sizeof row->unit, "%s", fld[1]);
        errno = 0;
        row->year = (int)strtol(fld[2], &end, 10);
        if (end == fld[2] || *end || row->year < 1900 || row->year > 2100)
            return obs_fail((pp_error_set(&e, PP_ERR_PARSE, OBS_BAD_YEAR, PP_S(fld[2])), &e), file, lineno, f, msg, msg_size);
        row->value = strtod(fld[3], &end);
        if (end == fld[3] || *end || errno)
            return obs_fail((pp_error_set(&e, PP_ERR_PARSE, OBS_BAD_VALUE, PP_S(fld[3])), &e), file, lineno, f, msg, msg_size);
        row->basis = obs_basis_of(nf > 5 ? fld[5] : NULL); /* the notes say, else the source */
        if (row->basis == OBS_BASIS_UNKNOWN && nf > 4) row->basis = obs_basis_of(fld[4]);
        out->n++;
    }
    fclose(f);
    return 0;
}
