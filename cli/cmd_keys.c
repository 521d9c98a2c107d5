/* cli/cmd_keys.c - the `keys` command: lists every scenario key of the schema (sim/scenario/params.h)
 * with its kind, unit, allowed range, default, labels and doc, and for levers the lever year, step,
 * plausible range and greener direction (sim/scenario/levers_list.h); as a table, CSV or JSON.
 * Reads the tables; computes nothing. */
#include "cli.h"

#include <math.h>
#include <string.h>

#include "../report/summary_out.h"
#include "../sim/scenario/params.h"
#include "analysis.h"
#include "../report/text_cols.h"
#include "../report/units.h"

static const char *kind_name(pp_kind k)
{
    switch (k) {
    case PK_SCALAR: return "scalar";
    case PK_PATH: return "path";
    case PK_FLAG: return "flag";
    case PK_TEXT: return "text";
    }
    return "?";
}

/* The kind as the table shows it: the file's word in English, a Chinese word in Chinese. */
static const char *kind_label(pp_kind k, int zh)
{
    static const i18n_id ids[] = {S_KEYS_SCALAR, S_KEYS_PATH, S_KEYS_FLAG, S_KEYS_TEXT};
    if (!zh || (int)k < 0 || (int)k > 3) return kind_name(k);
    return i18n_str(ids[k], LANG_ZH);
}

/* "-20 .. 30", or "-" for text keys. */
static void range_text(const pp_param *p, char *buf, size_t size)
{
    if (p->kind == PK_TEXT) snprintf(buf, size, "-");
    else snprintf(buf, size, "%g .. %g", p->min, p->max);
}

/* "required" when the key has no default (NAN), "" for text with no default. */
static void default_text(const pp_param *p, int zh, char *buf, size_t size)
{
    if (isnan(p->def)) snprintf(buf, size, "%s", i18n_str(S_KEYS_REQUIRED, zh ? LANG_ZH : LANG_EN));
    else if (p->kind == PK_TEXT) snprintf(buf, size, "\"\"");
    else snprintf(buf, size, "%g", p->def);
}

/* "Power build-out (2030, step 0.5)" or "-" for keys that are not levers. */
static void lever_text(const pp_param *p, int zh, char *buf, size_t size)
{
    const char *g = pp_group_label(p->group, zh);
    const char *step = i18n_str(S_KEYS_STEP, zh ? LANG_ZH : LANG_EN);
    if (!g) snprintf(buf, size, "-");
    else if (p->lever_year > 0) snprintf(buf, size, "%s (%d, %s %g)", g, p->lever_year, step, p->step);
    else snprintf(buf, size, "%s (%s %g)", g, step, p->step);
}

/* "3 .. 12, higher greener" for a lever, "-" otherwise. */
static void plausible_text(int id, int zh, char *buf, size_t size)
{
    const pp_lever_range *lr = pp_lever_range_get(id);
    i18n_lang lang = zh ? LANG_ZH : LANG_EN;
    if (!lr) snprintf(buf, size, "-");
    else snprintf(buf, size, "%g .. %g, %s", lr->lo, lr->hi, i18n_str(lr->greener > 0 ? S_KEYS_HIGHER : S_KEYS_LOWER, lang));
}

/* The unit of a key as the table shows it: the file's; in Chinese its Chinese name where the
 * number stays the same (factor 1: %, 年, 小时, 吨CO2/万元), the file's unit where the number would
 * change (GW, Mtce: the file holds GW, so the table says GW). "-" for none. */
static const char *unit_text(const char *unit, int zh)
{
    unit_view v = units_view(unit, zh ? LANG_ZH : LANG_EN);
    if (!unit[0]) return "-";
    return v.factor == 1.0 ? v.unit : unit;
}

/* One cell of the table: s padded to width terminal columns, then a space. */
static void cell(FILE *f, const char *s, int width)
{
    tc_pad(f, s, width, 0);
    fputc(' ', f);
}

/* The table: in English (--lang en) the key names, kinds and units of the files with the English
 * words; in Chinese the same key names and units (a file is written in them) with Chinese words
 * and the Chinese label of each key at the end (the docs, English and Chinese: CSV and JSON). chinese_label adds that label in English too
 * (the old `keys --zh`). */
static void keys_print(FILE *f, int zh, int chinese_label)
{
    static const i18n_id heads[] = {S_KEYS_H_KEY, S_KEYS_H_KIND, S_KEYS_H_UNIT, S_KEYS_H_RANGE,
                                    S_KEYS_H_DEFAULT, S_KEYS_H_LEVER};
    static const int widths[] = {42, 6, 16, 18, 9, 38};
    i18n_lang lang = zh ? LANG_ZH : LANG_EN;
    for (int k = 0; k < 6; k++) cell(f, i18n_str(heads[k], lang), widths[k]);
    fputs(i18n_str(S_KEYS_H_PLAUSIBLE, lang), f);
    if (zh) fprintf(f, "  %s", i18n_str(S_KEYS_H_LABEL, lang));
    fputc('\n', f);
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        char name[160], range[64], def[32], lever[160], plaus[128];
        snprintf(name, sizeof name, "%s.%s", p->section, p->key);
        range_text(p, range, sizeof range);
        default_text(p, zh, def, sizeof def);
        lever_text(p, zh, lever, sizeof lever);
        plausible_text(id, zh, plaus, sizeof plaus);
        const char *cells[] = {name, kind_label(p->kind, zh), unit_text(p->unit, zh), range, def, lever};
        for (int k = 0; k < 6; k++) cell(f, cells[k], widths[k]);
        fputs(plaus, f);
        if (zh || chinese_label) fprintf(f, "  %s", p->label_zh);
        fputc('\n', f);
    }
}

static pp_status keys_table(FILE *f, const void *ctx, pp_error *err)
{
    const int *o = ctx; /* {zh, chinese_label} */
    keys_print(f, o[0], o[1]);
    return ana_stream_status(f, err);
}

/* ---- CSV ---- */


static void csv_key(FILE *f, int id)
{
    const pp_param *p = pp_param_get(id);
    const pp_lever_range *lr = pp_lever_range_get(id);
    const char *g = pp_group_label(p->group, 0);
    fprintf(f, "%s.%s,%s,", p->section, p->key, kind_name(p->kind));
    sum_out_csv_text(f, p->unit);
    fputc(',', f);
    if (p->kind != PK_TEXT) sum_out_csv_num(f, p->min);
    fputc(',', f);
    if (p->kind != PK_TEXT) sum_out_csv_num(f, p->max);
    fputc(',', f);
    if (p->kind != PK_TEXT) sum_out_csv_num(f, p->def);
    fputc(',', f);
    sum_out_csv_text(f, p->label_en);
    fputc(',', f);
    sum_out_csv_text(f, p->label_zh);
    fputc(',', f);
    sum_out_csv_text(f, g ? g : "");
    fputc(',', f);
    if (g) fprintf(f, "%d,%g", p->lever_year, p->step);
    else fputc(',', f);
    fputc(',', f);
    if (lr) fprintf(f, "%.10g,%.10g,%d", lr->lo, lr->hi, lr->greener);
    else fputs(",,", f);
    fputc(',', f);
    sum_out_csv_text(f, p->doc);
    fputc(',', f);
    sum_out_csv_text(f, pp_param_doc(id, 1)); /* the Chinese doc (sim/scenario/params_doc_zh.h) */
    fputc('\n', f);
}

static pp_status keys_csv(FILE *f, const void *ctx, pp_error *err)
{
    (void)ctx;
    fputs("key,kind,unit,min,max,default,label_en,label_zh,lever_group,lever_year,step,plausible_lo,plausible_hi,"
          "greener,doc,doc_zh\n", f);
    for (int id = 0; id < P_COUNT; id++) csv_key(f, id);
    return ana_stream_status(f, err);
}

/* ---- JSON ---- */

/* {"group", "group_zh", "lever_year", "step", "adjust", "plausible": [lo, hi], "greener", "source"} */
static json_t *json_lever(int id, int *bad)
{
    const pp_param *p = pp_param_get(id);
    const pp_lever_range *lr = pp_lever_range_get(id);
    json_t *j = json_object(), *pl = json_array();
    ana_jset(j, "group", json_string(pp_group_label(p->group, 0)), bad);
    ana_jset(j, "group_zh", json_string(pp_group_label(p->group, 1)), bad);
    ana_jset(j, "lever_year", p->lever_year > 0 ? json_integer(p->lever_year) : json_null(), bad);
    ana_jset(j, "step", ana_jnum(p->step), bad);
    ana_jset(j, "adjust", json_string(p->adjust == ADJ_MUL ? "scale" : "shift"), bad);
    if (lr) {
        ana_jappend(pl, ana_jnum(lr->lo), bad);
        ana_jappend(pl, ana_jnum(lr->hi), bad);
        ana_jset(j, "plausible", pl, bad);
        ana_jset(j, "greener", json_integer(lr->greener), bad);
        ana_jset(j, "source", json_string(lr->source), bad);
        ana_jset(j, "source_zh", json_string(pp_lever_source(id, 1)), bad);
    } else {
        json_decref(pl);
        ana_jset(j, "plausible", json_null(), bad);
        ana_jset(j, "greener", json_null(), bad);
    }
    return j;
}

static json_t *json_key(int id, int *bad)
{
    const pp_param *p = pp_param_get(id);
    char name[160];
    json_t *j = json_object();
    snprintf(name, sizeof name, "%s.%s", p->section, p->key);
    ana_jset(j, "key", json_string(name), bad);
    ana_jset(j, "section", json_string(p->section), bad);
    ana_jset(j, "name", json_string(p->key), bad);
    ana_jset(j, "kind", json_string(kind_name(p->kind)), bad);
    ana_jset(j, "unit", json_string(p->unit), bad);
    ana_jset(j, "min", p->kind == PK_TEXT ? json_null() : ana_jnum(p->min), bad);
    ana_jset(j, "max", p->kind == PK_TEXT ? json_null() : ana_jnum(p->max), bad);
    ana_jset(j, "default", p->kind == PK_TEXT ? json_string("") : ana_jnum(p->def), bad); /* null: required */
    ana_jset(j, "required", json_boolean(isnan(p->def)), bad);
    ana_jset(j, "label_en", json_string(p->label_en), bad);
    ana_jset(j, "label_zh", json_string(p->label_zh), bad);
    ana_jset(j, "doc", json_string(p->doc), bad);
    ana_jset(j, "doc_zh", json_string(pp_param_doc(id, 1)), bad);
    ana_jset(j, "lever", p->group == LG_NONE ? json_null() : json_lever(id, bad), bad);
    return j;
}

static pp_status keys_json(FILE *f, const void *ctx, pp_error *err)
{
    int bad = 0;
    json_t *root = json_object(), *keys = json_array();
    (void)ctx;
    for (int id = 0; id < P_COUNT; id++) ana_jappend(keys, json_key(id, &bad), &bad);
    ana_jset(root, "peakpath_version", json_string(PEAKPATH_VERSION), &bad);
    ana_jset(root, "keys", keys, &bad);
    return out_json_dump(f, root, bad, err);
}

/* ---- the command ---- */

int cmd_keys(const cli_command *self, int argc, char **argv)
{
    int opts[2] = {cli_zh(), 0}; /* the language; --zh: the Chinese label in English too */
    cli_output_opts out;
    cli_output_opts_init(&out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_KEYS))) return CLI_EXIT_OK;
        if ((took = cli_take_output_opt(self, argc, argv, &i, &out)) != 0) {
            if (took < 0) return CLI_EXIT_USAGE;
            continue;
        }
        if (!strcmp(argv[i], "--zh")) opts[1] = 1;
        else return cli_usage_error(self, cli_tr(S_CLI_UNEXPECTED_ARG), argv[i]);
    }
    if (cli_output_precheck(self->name, &out) != CLI_EXIT_OK) return CLI_EXIT_USAGE;
    return cli_emit(self->name, &out, out.format == CLI_FMT_JSON ? keys_json : out.format == CLI_FMT_CSV ? keys_csv : keys_table,
                    opts);
}
