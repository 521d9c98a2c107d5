/* fuzz/fuzz_util.c - scratch directory of the fuzz targets: a copy of the shipped scenarios that
 * inputs may inherit or name, emptied of anything an input wrote, removed at exit. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath() is XSI; must come before any system header */
#endif
#include "fuzz_util.h"

#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

#define FUZZ_KEEP_MAX 64 /* most scenario files copied (scenarios/ holds a handful) */
#define FUZZ_NAME_MAX 256

/* ---- state of the one scratch directory (a fuzz process has exactly one) ---- */

static char scratch_dir[512];
static char keep[FUZZ_KEEP_MAX][FUZZ_NAME_MAX];
static char keep_src[FUZZ_KEEP_MAX][1024]; /* where each copy came from, to restore it */
static struct stat keep_st[FUZZ_KEEP_MAX];  /* each copy as made: an input that replaces it is undone */
static int n_keep;

/* ---- helpers ---- */

static int is_kept(const char *name)
{
    for (int i = 0; i < n_keep; i++)
        if (!strcmp(keep[i], name)) return 1;
    return 0;
}

static int copy_file(const char *from, const char *to)
{
    char buf[8192];
    size_t n;
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    int ok = in && out;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0) ok = fwrite(buf, 1, n, out) == n;
    if (in) fclose(in);
    if (out && fclose(out) != 0) ok = 0;
    return ok ? 0 : -1;
}

static void remove_all(const char *dir, int keep_shipped)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[1024];
    if (!d) return;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        if (keep_shipped && is_kept(e->d_name)) continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (unlink(path) != 0) rmdir(path);
    }
    closedir(d);
}

static void at_exit_remove(void)
{
    if (!scratch_dir[0]) return;
    remove_all(scratch_dir, 0);
    rmdir(scratch_dir);
}

/* Copies the *.ini files of src into dst and remembers their names. */
static int copy_scenarios(const char *src, const char *dst)
{
    DIR *d = opendir(src);
    struct dirent *e;
    char from[1024], to[1024];
    if (!d) return -1;
    while ((e = readdir(d)) != NULL && n_keep < FUZZ_KEEP_MAX) {
        size_t n = strlen(e->d_name);
        if (n < 5 || n >= FUZZ_NAME_MAX || strcmp(e->d_name + n - 4, ".ini")) continue;
        snprintf(from, sizeof from, "%s/%s", src, e->d_name);
        snprintf(to, sizeof to, "%s/%s", dst, e->d_name);
        if (copy_file(from, to) != 0 || stat(to, &keep_st[n_keep]) != 0) continue;
        snprintf(keep_src[n_keep], sizeof keep_src[n_keep], "%s", from);
        snprintf(keep[n_keep++], FUZZ_NAME_MAX, "%s", e->d_name);
    }
    closedir(d);
    return n_keep;
}

/* ---- public ---- */

int fuzz_workdir(char *dir, size_t size)
{
    const char *tmp = getenv("TMPDIR"), *src = getenv(FUZZ_SCENARIOS_ENV);
    char *abs_src;
    int n;
    if (!tmp || !tmp[0]) tmp = "/tmp";
    if (!src || !src[0]) src = "scenarios";
    snprintf(scratch_dir, sizeof scratch_dir, "%s/peakpath-fuzz.XXXXXX", tmp);
    if (!mkdtemp(scratch_dir)) {
        perror("fuzz: cannot create a scratch directory");
        scratch_dir[0] = '\0';
        return -1;
    }
    atexit(at_exit_remove);
    abs_src = realpath(src, NULL); /* absolute: a target may chdir, and restores copies later */
    n = abs_src ? copy_scenarios(abs_src, scratch_dir) : 0;
    free(abs_src);
    if (n <= 0) {
        fprintf(stderr, "fuzz: no scenarios copied from %s (set %s or run from the repository)\n", src,
                FUZZ_SCENARIOS_ENV);
        return -1;
    }
    snprintf(dir, size, "%s", scratch_dir);
    return n_keep;
}

void fuzz_clean_workdir(const char *dir)
{
    char path[1024];
    struct stat st;
    remove_all(dir, 1);
    /* an input may have replaced a scenario (-o NAME --force): put the original back */
    for (int i = 0; i < n_keep; i++) {
        if (snprintf(path, sizeof path, "%s/%s", dir, keep[i]) >= (int)sizeof path) abort();
        if (stat(path, &st) == 0 && st.st_ino == keep_st[i].st_ino && st.st_size == keep_st[i].st_size &&
            st.st_mtim.tv_sec == keep_st[i].st_mtim.tv_sec && st.st_mtim.tv_nsec == keep_st[i].st_mtim.tv_nsec)
            continue;
        unlink(path);
        if (copy_file(keep_src[i], path) != 0 || stat(path, &keep_st[i]) != 0) abort();
    }
}
