/* fuzz/fuzz_export.c - libFuzzer target for the exporters (report/output.c table, CSV and JSON,
 * report/export_md.c, report/export_svg.c) with hostile names and content. The input's first
 * line is the scenario's file name (any bytes but '/' and NUL: a '/' becomes '_'), the rest its
 * content. The file is written beside the shipped scenarios and loaded; when it does not load,
 * the baseline (loaded and run once) is exported under the hostile file name instead. Checks,
 * besides no crash, leak or undefined behaviour: the year table and the Markdown summary are
 * terminal-safe (no C0 control but newline, no DEL or C1 control, valid UTF-8); every SVG chart
 * in both languages, and an overlay whose legend is the raw name, is XML-safe. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../report/export_md.h"
#include "../report/export_svg.h"
#include "../report/output.h"
#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"
#include "fuzz_check.h"
#include "fuzz_util.h"

static char work_dir[512];
static scn_scenario *base;   /* the baseline, loaded and run once */
static run_result *base_res, *res;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    char path[700];
    pp_error e;
    (void)argc;
    (void)argv;
    if (fuzz_workdir(work_dir, sizeof work_dir) < 0) abort();
    snprintf(path, sizeof path, "%s/chongqing-baseline.ini", work_dir);
    base_res = malloc(sizeof *base_res);
    res = malloc(sizeof *res);
    if (!base_res || !res || scn_load(path, &base, &e) != PP_OK || run_simulate(base, base_res, &e) != PP_OK) abort();
    return 0;
}

/* Runs writer into memory; returns the text (malloc'd, NUL-terminated) and its length. */
static char *capture(report_writer writer, const void *ctx, size_t *len)
{
    char *buf = NULL;
    pp_error e;
    FILE *f = open_memstream(&buf, len);
    if (!f) abort();
    writer(f, ctx, &e);
    fclose(f);
    return buf;
}

static void check_term(const char *what, report_writer writer, const void *ctx)
{
    size_t len;
    char *text = capture(writer, ctx, &len);
    long at = fuzz_term_dirty(text, len, 1);
    if (at >= 0) fuzz_fail("fuzz_export", what, text, at);
    free(text);
}

static void check_xml(const char *what, report_writer writer, const void *ctx)
{
    size_t len;
    char *text = capture(writer, ctx, &len);
    long at = fuzz_xml_dirty(text, len);
    if (at >= 0) fuzz_fail("fuzz_export", what, text, at);
    free(text);
}

static void export_all(const scn_scenario *s, const run_result *r, const char *file)
{
    out_run o = {s, r, file, 0, 0, LANG_EN};
    md_one md = {s, r, file, 0};
    svg_overlay ov;
    size_t len;
    check_term("year table not terminal-safe", out_table, &o);
    free(capture(out_csv, &o, &len));
    free(capture(out_json, &o, &len));
    for (int zh = 0; zh <= 1; zh++) {
        md.zh = zh;
        check_term("Markdown summary not terminal-safe", md_write_scenario, &md);
        for (int c = 0; c < SVG_CHART_COUNT; c++) {
            svg_one one = {s, r, (svg_chart)c, zh, NULL};
            check_xml("SVG chart not XML-safe", svg_write, &one);
        }
    }
    memset(&ov, 0, sizeof ov);
    ov.n = 2;
    ov.name[0] = file; /* raw, as no caller should pass it: the XML sanitiser must still hold */
    ov.name[1] = scn_text(s, P_SCENARIO_NAME);
    ov.res[0] = ov.res[1] = r;
    ov.title = file;
    check_xml("overlay SVG not XML-safe", svg_write_overlay, &ov);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *nl = memchr(data, '\n', size);
    size_t head = nl ? (size_t)(nl - (const char *)data) : size, k;
    char name[200], path[800];
    scn_scenario *s = NULL;
    pp_error e;
    FILE *f;
    k = (size_t)snprintf(path, sizeof path, "%s/", work_dir);
    for (size_t i = 0; i < head && i < sizeof name - 6; i++) name[i] = data[i] == '/' || !data[i] ? '_' : (char)data[i];
    name[head < sizeof name - 6 ? head : sizeof name - 6] = '\0';
    if (!name[0] || !strcmp(name, ".") || !strcmp(name, "..")) snprintf(name, sizeof name, "x");
    snprintf(path + k, sizeof path - k, "%s.ini", name);
    if (!(f = fopen(path, "wb"))) return 0; /* a name the file system refuses */
    if (nl) fwrite(nl + 1, 1, size - head - 1, f);
    fclose(f);
    if (scn_load(path, &s, &e) == PP_OK && run_simulate(s, res, &e) == PP_OK) export_all(s, res, path);
    else export_all(base, base_res, path);
    scn_free(s);
    fuzz_clean_workdir(work_dir); /* removes the file, and restores a shipped scenario it replaced */
    return 0;
}
