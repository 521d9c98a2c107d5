/* tests/cli_fixture.h - what the CLI test programs share: a scratch directory, the peakpath binary
 * ($PEAKPATH_BIN, default build/peakpath) run with posix_spawn into DIR/out and DIR/err, and small
 * file helpers. cmocka group setup and teardown create and remove the directory. */
#ifndef PEAKPATH_TESTS_CLI_FIXTURE_H
#define PEAKPATH_TESTS_CLI_FIXTURE_H

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include "../cli/cli.h"
#include "../report/save.h"
#include "../sim/model/run.h"

extern char **environ;

/* ---- fixture ---- */

typedef struct {
    char dir[256];      /* scratch directory, removed at the end */
    const char *bin;    /* peakpath binary */
    char scn[4096];     /* default scenario path */
} fixture;

static inline int group_setup(void **state)
{
    static fixture fx; /* one per test program; cmocka hands it to every test */
    const char *bin = getenv("PEAKPATH_BIN");
    snprintf(fx.dir, sizeof fx.dir, "/tmp/pp_test_cli_XXXXXX");
    if (!mkdtemp(fx.dir)) return -1;
    fx.bin = bin && bin[0] ? bin : "build/peakpath";
    if (!cli_find_scenario(CLI_DEFAULT_SCENARIO, fx.scn, sizeof fx.scn)) {
        fprintf(stderr, "test_cli: default scenario %s not found\n", fx.scn);
    }
    *state = &fx;
    return 0;
}

/* ---- process and file helpers ---- */

/* Runs fx->bin with args (NULL-terminated, without argv[0]); stdout/stderr go to files
 * DIR/out and DIR/err. Returns the exit code, or -1 when it did not exit normally. */
static inline int run_cli(const fixture *fx, const char *const *args)
{
    char out[300], errf[300];
    const char *argv[32];
    posix_spawn_file_actions_t fa;
    pid_t pid;
    int n = 0, st = 0, rc;
    argv[n++] = fx->bin;
    while (args[n - 1] && n < 31) {
        argv[n] = args[n - 1];
        n++;
    }
    argv[n] = NULL;
    snprintf(out, sizeof out, "%s/out", fx->dir);
    snprintf(errf, sizeof errf, "%s/err", fx->dir);
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, errf, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    rc = posix_spawn(&pid, fx->bin, &fa, NULL, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0) {
        fprintf(stderr, "cannot start %s: %s\n", fx->bin, strerror(rc));
        return -1;
    }
    if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st)) return -1;
    return WEXITSTATUS(st);
}

/* The whole file as a NUL-terminated malloc'd string (length in *len), or NULL. */
static inline char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    rewind(f);
    buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    if (buf) buf[n] = '\0';
    if (len) *len = (size_t)n;
    fclose(f);
    return buf;
}

static inline char *slurp_in(const fixture *fx, const char *name, size_t *len)
{
    char path[300];
    snprintf(path, sizeof path, "%s/%s", fx->dir, name);
    return slurp(path, len);
}

static inline void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Path of name inside the scratch directory. */
static inline const char *scratch(const fixture *fx, const char *name, char *buf, size_t size)
{
    snprintf(buf, size, "%s/%s", fx->dir, name);
    return buf;
}

static inline int group_teardown(void **state)
{
    fixture *fx = *state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
    return system(cmd) == 0 ? 0 : -1;
}

#endif
