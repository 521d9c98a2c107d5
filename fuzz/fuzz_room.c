/* fuzz/fuzz_room.c - libFuzzer target for the workshop room's folder scan (report/room_scan.c)
 * and the room's exports (the Markdown summary, the CO2 overlay SVG), as a hostile participant
 * fills a world-writable folder. The input is up to 12 records separated by the byte 0x1E; a
 * record's first byte says what to make (f: a file, l: a symbolic link to the rest of the record,
 * p: a FIFO, d: a folder, h: a hard link to the private file), the rest of its first line is the
 * name (a '/' becomes '_'), the rest of the record the file's content. Participants may inherit
 * the shipped scenarios (the challenge folder); beside them is a private folder whose files hold
 * a canary. Checks, besides no crash, leak or undefined behaviour: the scan never blocks (a FIFO
 * would hang the run: libFuzzer's -timeout catches it); a second scan of an unchanged folder
 * reloads nothing; every row's texts and the Markdown are terminal-safe; the SVG is XML-safe;
 * the canary never appears anywhere unless the input itself holds it. */
#include "fuzz.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../report/export_md.h"
#include "../report/export_svg.h"
#include "../report/room_scan.h"
#include "fuzz_check.h"
#include "fuzz_util.h"

#define ROOM_RECORDS_MAX 12
#define ROOM_CANARY "CANARYqz7"

static char work_dir[512], room_dir[600], private_dir[600], private_file[700];
static rscan_table *table;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FILE *f;
    (void)argc;
    (void)argv;
    if (fuzz_workdir(work_dir, sizeof work_dir) < 0) abort();
    snprintf(room_dir, sizeof room_dir, "%s/room", work_dir);
    snprintf(private_dir, sizeof private_dir, "%s/private", work_dir);
    snprintf(private_file, sizeof private_file, "%s/secret.ini", private_dir);
    if (mkdir(room_dir, 0755) != 0 || mkdir(private_dir, 0755) != 0) abort();
    if (!(f = fopen(private_file, "w"))) abort();
    fputs("[scenario]\nname = " ROOM_CANARY "\nregion = x\n" ROOM_CANARY " private notes\n", f);
    fclose(f);
    if (!(table = malloc(sizeof *table))) abort();
    return 0;
}

/* Empties the room folder (one level of sub-folders, which is all an input can make). */
static void empty_room(void)
{
    char cmd[2 * sizeof room_dir + 32];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir '%s'", room_dir, room_dir);
    if (system(cmd) != 0) abort();
}

/* Makes one record's file in the room. */
static void make_entry(const char *rec, size_t len)
{
    char name[200], path[900];
    const char *nl = memchr(rec, '\n', len);
    size_t head = nl ? (size_t)(nl - rec) : len, k = 0;
    const char *body = nl ? nl + 1 : rec + len;
    size_t body_len = (size_t)(rec + len - body);
    char kind = len ? rec[0] : 'f';
    FILE *f;
    for (size_t i = 1; i < head && k < sizeof name - 1; i++) name[k++] = rec[i] == '/' || !rec[i] ? '_' : rec[i];
    name[k] = '\0';
    if (!k || !strcmp(name, ".") || !strcmp(name, "..")) return;
    snprintf(path, sizeof path, "%s/%s", room_dir, name);
    if (kind == 'l') {
        char target[600];
        snprintf(target, sizeof target, "%.*s", (int)(body_len < 500 ? body_len : 500), body);
        if (symlink(target[0] ? target : private_file, path) != 0) { /* names that cannot be: skipped */ }
    } else if (kind == 'p') {
        if (mkfifo(path, 0644) != 0) { /* skipped */ }
    } else if (kind == 'd') {
        if (mkdir(path, 0755) != 0) { /* skipped */ }
    } else if (kind == 'h') {
        if (link(private_file, path) != 0) { /* skipped */ }
    } else if ((f = fopen(path, "wb")) != NULL) {
        fwrite(body, 1, body_len, f);
        fclose(f);
    }
}

static void check_text(const char *what, const char *s, int newlines_ok, int canary_ok)
{
    long at = fuzz_term_dirty(s, strlen(s), newlines_ok);
    if (at >= 0) fuzz_fail("fuzz_room", what, s, at);
    if (!canary_ok && strstr(s, ROOM_CANARY)) fuzz_fail("fuzz_room", "private content shown", s, 0);
}

/* The room's Markdown summary and CO2 overlay of the scanned table. */
static void check_exports(int canary_ok)
{
    char *buf = NULL;
    size_t len = 0;
    pp_error e;
    md_room md = {table, 0};
    svg_overlay ov;
    FILE *f = open_memstream(&buf, &len);
    if (!f) abort();
    md_write_room(f, &md, &e);
    fclose(f);
    check_text("room summary not terminal-safe", buf, 1, canary_ok);
    free(buf);
    memset(&ov, 0, sizeof ov);
    for (int i = 0; i < table->n && ov.n < SVG_OVERLAY_MAX; i++)
        if (table->row[i]->ok) ov.name[ov.n] = table->row[i]->who, ov.res[ov.n++] = table->row[i]->res;
    if (!ov.n) return;
    buf = NULL;
    if (!(f = open_memstream(&buf, &len))) abort();
    svg_write_overlay(f, &ov, &e);
    fclose(f);
    if (fuzz_xml_dirty(buf, len) >= 0) fuzz_fail("fuzz_room", "overlay SVG not XML", buf, fuzz_xml_dirty(buf, len));
    free(buf);
}

/* True when the input itself holds the canary (then a participant wrote it, and may show it). */
static int has_canary(const uint8_t *data, size_t size)
{
    size_t n = strlen(ROOM_CANARY);
    for (size_t i = 0; i + n <= size; i++)
        if (!memcmp(data + i, ROOM_CANARY, n)) return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data, *end = p + size;
    int canary_ok = has_canary(data, size);
    pp_error e;
    empty_room();
    for (int n = 0; p < end && n < ROOM_RECORDS_MAX; n++) {
        const char *sep = memchr(p, 0x1E, (size_t)(end - p));
        size_t len = sep ? (size_t)(sep - p) : (size_t)(end - p);
        make_entry(p, len);
        p += len + (sep ? 1 : 0);
    }
    rscan_init(table, room_dir);
    rscan_allow_dir(table, work_dir);
    pp_error_clear(&e);
    if (rscan_update(table, &e) < 0) abort(); /* the folder itself is there */
    if (rscan_update(table, &e) != 0) fuzz_fail("fuzz_room", "an unchanged folder reloaded", table->dir, 0);
    for (int i = 0; i < table->n; i++) {
        const rscan_row *r = table->row[i];
        check_text("participant not terminal-safe", r->who, 0, canary_ok);
        check_text("scenario name not terminal-safe", r->name, 0, canary_ok);
        check_text("row error not terminal-safe", r->error, 0, canary_ok);
        check_text("row error (zh) not terminal-safe", r->error_zh, 0, canary_ok);
        if (!r->ok && !r->error[0]) fuzz_fail("fuzz_room", "a broken row without its error", r->file, 0);
    }
    rscan_sort(table, RSCAN_COL_CUM_CO2, 1);
    check_exports(canary_ok);
    rscan_free(table);
    return 0;
}
