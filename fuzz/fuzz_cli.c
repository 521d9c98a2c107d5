/* fuzz/fuzz_cli.c - libFuzzer target for peakpath's argument parsing: the input is a command
 * line, one argument per line ("run\nchongqing-baseline.ini\n--format\ncsv"), given to the real
 * main() (cli/main.c compiled as pp_cli_main) in a scratch directory holding the shipped
 * scenarios. Checks: no crash, leak or undefined behaviour, and the exit code is one peakpath
 * documents (0, 1 or 2). Inputs are skipped, not run, when they contain '/' (so -o can only write
 * inside the scratch directory) or ask Monte Carlo for more than FUZZ_MC_DRAWS_MAX draws. */
#include "fuzz.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz_cli.h"
#include "fuzz_util.h"

#define FUZZ_ARGS_MAX 24       /* arguments taken from one input (more are dropped) */
#define FUZZ_ARG_LEN_MAX 8192  /* longer argument lines are skipped */
#define FUZZ_MC_DRAWS_MAX 20   /* Monte Carlo draws allowed, so one input stays in milliseconds */
#define FUZZ_MC_DRAWS "8"      /* draws added when an mc input names none (the default is 1000) */

/* ---- state set once by LLVMFuzzerInitialize ---- */

static char work_dir[512];

/* ---- helpers ---- */

/* Splits data at '\n' into argv[1..] (argv[0] = "peakpath"); returns argc, or -1 to skip. */
static int split_args(const uint8_t *data, size_t size, char *buf, char **argv)
{
    int argc = 1;
    size_t start = 0;
    if (memchr(data, '/', size)) return -1;
    memcpy(buf, data, size);
    buf[size] = '\0';
    argv[0] = "peakpath";
    for (size_t i = 0; i <= size && argc < FUZZ_ARGS_MAX + 1; i++) {
        if (i < size && buf[i] != '\n') continue;
        if (i - start > FUZZ_ARG_LEN_MAX) return -1;
        buf[i] = '\0';
        argv[argc++] = buf + start;
        start = i + 1;
    }
    if (argc > 1 && size > 0 && data[size - 1] == '\n') argc--; /* a final newline ends the last argument */
    argv[argc] = NULL;
    return argc;
}

/* Monte Carlo runs 1000 draws unless told otherwise: cap what an input may ask for, and make
 * the default small. Returns the new argc, or -1 to skip the input. */
static int bound_mc(int argc, char **argv)
{
    int is_mc = 0, has_draws = 0, has_jobs = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "mc")) is_mc = 1;
        if (i + 1 < argc && !strcmp(argv[i], "--draws")) {
            has_draws = 1;
            if (atol(argv[i + 1]) > FUZZ_MC_DRAWS_MAX || strchr(argv[i + 1], 'e')) return -1;
        }
        if (i + 1 < argc && !strcmp(argv[i], "--jobs")) {
            has_jobs = 1;
            if (atol(argv[i + 1]) > 2) return -1;
        }
    }
    if (!is_mc) return argc;
    if (!has_draws) {
        argv[argc++] = "--draws";
        argv[argc++] = FUZZ_MC_DRAWS;
    }
    if (!has_jobs) {
        argv[argc++] = "--jobs";
        argv[argc++] = "1";
    }
    argv[argc] = NULL;
    return argc;
}

/* ---- libFuzzer entry points ---- */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    int null_fd = open("/dev/null", O_RDWR);
    (void)argc;
    (void)argv;
    if (fuzz_workdir(work_dir, sizeof work_dir) < 0 || null_fd < 0) abort();
    if (chdir(work_dir) != 0) abort();
    /* no terminal: `peakpath FILE.ini` answers "needs a terminal" instead of opening the TUI */
    dup2(null_fd, STDIN_FILENO);
    dup2(null_fd, STDOUT_FILENO);
    close(null_fd);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 1);
    char *argv[FUZZ_ARGS_MAX + 6];
    int argc, code;
    if (!buf) abort();
    argc = split_args(data, size, buf, argv);
    if (argc > 0) argc = bound_mc(argc, argv);
    if (argc > 0) {
        code = pp_cli_main(argc, argv);
        fflush(stdout);
        if (code < 0 || code > 2) {
            fprintf(stderr, "fuzz_cli: exit code %d is not one peakpath documents (0, 1, 2)\n", code);
            abort();
        }
        fuzz_clean_workdir(work_dir);
    }
    free(buf);
    return 0;
}
