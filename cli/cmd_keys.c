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

/* "-20 .. 30", or "-" for text keys. */
static void range_text(const pp_param *p, char *buf, size_t size)
{
    if (p->kind == PK_TEXT) snprintf(buf, size, "-");
    else snprintf(buf, size, "%g .. %g", p->min, p->max);
}

/* "required" when the key has no default (NAN), "" for text with no default. */
static void default_text(const pp_param *p, char *buf, size_t size)
{
    if (isnan(p->def)) snprintf(buf, size, "required");
    else if (p->kind == PK_TEXT) snprintf(buf, size, "\"\"");
    else snprintf(buf, size, "%g", p->def);
}

/* "Power build-out (2030, step 0.5)" or "-" for keys that are not levers. */
static void lever_text(const pp_param *p, char *buf, size_t size)
{
    const char *g = pp_group_label(p->group, 0);
    if (!g) snprintf(buf, size, "-");
    else if (p->lever_year > 0) snprintf(buf, size, "%s (%d, step %g)", g, p->lever_year, p->step);
    else snprintf(buf, size, "%s (step %g)", g, p->step);
}

/* "3 .. 12 (higher greener)" for a lever, "" otherwise. */
static void plausible_text(int id, char *buf, size_t size)
{
    const pp_lever_range *lr = pp_lever_range_get(id);
    if (!lr) snprintf(buf, size, "-");
    else snprintf(buf, size, "%g .. %g, %s greener", lr->lo, lr->hi, lr->greener > 0 ? "higher" : "lower");
}

static void keys_print(FILE *f, int chinese)
{
    fprintf(f, "%-42s %-6s %-16s %-18s %-9s %-38s %s\n", "section.key", "kind", "unit", "range", "default", "lever",
            "plausible");
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        char name[160], range[64], def[32], lever[96], plaus[96];
        snprintf(name, sizeof name, "%s.%s", p->section, p->key);
        range_text(p, range, sizeof range);
        default_text(p, def, sizeof def);
        lever_text(p, lever, sizeof lever);
        plausible_text(id, plaus, sizeof plaus);
        fprintf(f, "%-42s %-6s %-16s %-18s %-9s %-38s %s", name, kind_name(p->kind), p->unit[0] ? p->unit : "-", range,
                def, lever, plaus);
        if (chinese) fprintf(f, "  %s", p->label_zh);
        fputc('\n', f);
    }
}

static pp_status keys_table(FILE *f, const void *ctx, pp_error *err)
{
    keys_print(f, *(const int *)ctx);
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
    fputc('\n', f);
}

static pp_status keys_csv(FILE *f, const void *ctx, pp_error *err)
{
    (void)ctx;
    fputs("key,kind,unit,min,max,default,label_en,label_zh,lever_group,lever_year,step,plausible_lo,plausible_hi,"
          "greener,doc\n", f);
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

static const char keys_help[] =
    "Lists every key a scenario file may hold: kind (scalar, path of year:value points,\n"
    "flag, text), unit, allowed (hard) range, default ('required' = no default), lever group and,\n"
    "for levers, the plausible range at the lever year and the greener direction.\n"
    "  --zh               add the Chinese label (table)\n"
    "  --format F, -f F   table (default), csv or json (json: also labels, doc, step, source);\n"
    "  -o OUT, --force    as for `run`\n";

int cmd_keys(const cli_command *self, int argc, char **argv)
{
    int chinese = 0;
    cli_output_opts out;
    cli_output_opts_init(&out);
    for (int i = 1; i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], keys_help)) return CLI_EXIT_OK;
        if ((took = cli_take_output_opt(self, argc, argv, &i, &out)) != 0) {
            if (took < 0) return CLI_EXIT_USAGE;
            continue;
        }
        if (!strcmp(argv[i], "--zh")) chinese = 1;
        else return cli_usage_error(self, "unexpected argument '%s'", argv[i]);
    }
    return cli_emit(self->name, &out, out.format == CLI_FMT_JSON ? keys_json : out.format == CLI_FMT_CSV ? keys_csv : keys_table,
                    &chinese);
}
