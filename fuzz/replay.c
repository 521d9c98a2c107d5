/* fuzz/replay.c - a plain main() for a fuzz target: feeds it every file named on the command line
 * (directories are read one level deep), so `make test` replays the seed corpus and every saved
 * crash (fuzz/regress/) with any compiler, sanitizers or not. Exit 0 when all ran; a broken
 * invariant aborts inside the target. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath() is XSI; must come before any system header */
#endif
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

#define REPLAY_INPUT_MAX (1 << 20) /* bytes; larger files are skipped (the fuzzers use far less) */
#define REPLAY_FILES_MAX 4096

/* ---- helpers ---- */

/* Reads a whole file into a malloc'd buffer; returns NULL when unreadable or too large. */
static unsigned char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = malloc(REPLAY_INPUT_MAX);
    size_t n = 0;
    if (!f || !buf) {
        if (f) fclose(f);
        free(buf);
        return NULL;
    }
    n = fread(buf, 1, REPLAY_INPUT_MAX, f);
    if (ferror(f) || !feof(f)) {
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Adds path (a file) or the files in path (a directory) to list, as absolute paths: the target's
 * set-up may change the working directory. */
static int collect(const char *path, char **list, int n)
{
    struct stat st;
    char *abs = realpath(path, NULL);
    if (!abs || stat(abs, &st) != 0) {
        free(abs);
        return n;
    }
    if (S_ISREG(st.st_mode) && n < REPLAY_FILES_MAX) {
        list[n++] = abs;
        return n;
    }
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(abs);
        struct dirent *e;
        char sub[4096];
        while (d && (e = readdir(d)) != NULL) {
            if (e->d_name[0] == '.') continue;
            snprintf(sub, sizeof sub, "%s/%s", abs, e->d_name);
            if (stat(sub, &st) == 0 && S_ISREG(st.st_mode) && n < REPLAY_FILES_MAX) list[n++] = strdup(sub);
        }
        if (d) closedir(d);
    }
    free(abs);
    return n;
}

/* ---- main ---- */

int main(int argc, char **argv)
{
    static char *list[REPLAY_FILES_MAX];
    int n = 0, ran = 0;
    for (int i = 1; i < argc; i++) n = collect(argv[i], list, n);
    LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 0; i < n; i++) {
        size_t len = 0;
        unsigned char *data = list[i] ? read_all(list[i], &len) : NULL;
        if (data) {
            fprintf(stderr, "replay: %s\n", list[i]);
            LLVMFuzzerTestOneInput(data, len);
            ran++;
        }
        free(data);
        free(list[i]);
    }
    fprintf(stderr, "replay: %d inputs ran without a crash\n", ran);
    return ran > 0 ? 0 : 1;
}
