/* cli/cmd_keys.c - the `keys` command: lists every scenario key of the schema (sim/scenario/params.h)
 * with its kind, unit, allowed range, default and lever group. Reads the table; computes nothing. */
#include "cli.h"

#include <math.h>
#include <string.h>

#include "../sim/scenario/params.h"

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

static void keys_print(FILE *f, int chinese)
{
    fprintf(f, "%-42s %-6s %-16s %-18s %-9s %s\n", "section.key", "kind", "unit", "range", "default", "lever");
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        char name[160], range[64], def[32], lever[96];
        snprintf(name, sizeof name, "%s.%s", p->section, p->key);
        range_text(p, range, sizeof range);
        default_text(p, def, sizeof def);
        lever_text(p, lever, sizeof lever);
        fprintf(f, "%-42s %-6s %-16s %-18s %-9s %s", name, kind_name(p->kind), p->unit[0] ? p->unit : "-", range,
                def, lever);
        if (chinese) fprintf(f, "  %s", p->label_zh);
        fputc('\n', f);
    }
}

static const char keys_help[] =
    "Lists every key a scenario file may hold: kind (scalar, path of year:value points,\n"
    "flag, text), unit, allowed range, default ('required' = no default) and lever group.\n"
    "  --zh   add the Chinese label\n";

int cmd_keys(const cli_command *self, int argc, char **argv)
{
    int chinese = 0;
    for (int i = 1; i < argc; i++) {
        if (cli_help_if_asked(self, argv[i], keys_help)) return CLI_EXIT_OK;
        if (!strcmp(argv[i], "--zh")) chinese = 1;
        else return cli_usage_error(self, "unexpected argument '%s'", argv[i]);
    }
    keys_print(stdout, chinese);
    return CLI_EXIT_OK;
}
