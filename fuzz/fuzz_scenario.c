/* fuzz/fuzz_scenario.c - libFuzzer target for the scenario loader. The input is the bytes of a
 * scenario file, written beside copies of the shipped scenarios (so `inherit = chongqing-...ini`,
 * or the file itself, resolves) and loaded with scn_load, as `peakpath run FILE` does.
 * Besides "no crash, no leak, no undefined behaviour" it checks the loader's promises:
 *  - a failure always comes with a message (the CLI prints it and exits 2);
 *  - a loaded scenario written out (scn_to_ini) loads again and writes back byte for byte;
 *  - a loaded scenario can be calibrated and run (a solver failure is allowed, a crash is not);
 *  - pp_path_parse on the raw text either parses or says why.
 * A broken promise calls abort(), which the fuzzer reports as a crash with the input saved. */
#include "fuzz.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"
#include "fuzz_util.h"

#define FUZZ_PATH_TEXT_MAX 4096 /* bytes of the input also tried as a path ("2020:1, 2030:2") */

/* ---- state set once by LLVMFuzzerInitialize ---- */

static char work_dir[512];
static char work_file[600];
static run_result *result; /* large (every variable x every year): allocated once */

/* ---- helpers ---- */

static void die(const char *what, const pp_error *err)
{
    /* the engine alone is linked here: the message's id and location, not its rendered text */
    fprintf(stderr, "fuzz_scenario: %s: %s at %s:%d [%s] %s\n", what, err ? pp_msg_name(err->msg.id) : "",
            err ? err->file : "", err ? err->line : 0, err ? err->section : "", err ? err->key : "");
    abort();
}

/* A failing call must say why: an empty message would reach the user as "peakpath: ". */
static void require_message(pp_status st, const pp_error *err, const char *what)
{
    if (st == PP_OK) return;
    if (!pp_error_is_set(err) || err->code != st) die(what, err);
    for (int i = 0; i < err->msg.n; i++) /* every argument readable: a text ends inside the message */
        if (pp_message_arg(&err->msg, i).kind == PPA_TEXT && !memchr(pp_message_arg(&err->msg, i).s, '\0', PP_MSG_TEXT_MAX))
            die("an argument runs past the message", err);
    if (pp_status_exit_code(st) == 0) die("a failure maps to exit code 0", err);
}

static int write_input(const uint8_t *data, size_t size)
{
    int fd = open(work_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int ok = fd >= 0 && (size == 0 || write(fd, data, size) == (ssize_t)size);
    if (fd >= 0 && close(fd) != 0) ok = 0;
    return ok ? 0 : -1;
}

/* scn_to_ini -> scn_load_string -> scn_to_ini gives the same text. */
static void check_round_trip(const scn_scenario *s)
{
    char *text = NULL, *again = NULL;
    scn_scenario *back = NULL;
    pp_error err;
    pp_status st;
    pp_error_clear(&err);
    st = scn_to_ini(s, NULL, NULL, &text, &err);
    require_message(st, &err, "scn_to_ini");
    if (st != PP_OK) die("scn_to_ini failed on a scenario that loaded", &err);
    st = scn_load_string(text, "round-trip.ini", work_dir, &back, &err);
    if (st != PP_OK) {
        fprintf(stderr, "---- text written by scn_to_ini ----\n%s\n----\n", text);
        die("the text scn_to_ini wrote does not load", &err);
    }
    st = scn_to_ini(back, NULL, NULL, &again, &err);
    if (st != PP_OK) die("scn_to_ini of the reloaded scenario failed", &err);
    if (strcmp(text, again) != 0) die("writing, loading and writing again changed the text", NULL);
    free(text);
    free(again);
    scn_free(back);
}

static void check_run(const scn_scenario *s)
{
    pp_error err;
    pp_status st;
    pp_error_clear(&err);
    st = run_simulate(s, result, &err);
    require_message(st, &err, "run_simulate");
}

static void check_path_parse(const uint8_t *data, size_t size)
{
    char text[FUZZ_PATH_TEXT_MAX + 1];
    pp_path p;
    pp_error err;
    size_t n = size < FUZZ_PATH_TEXT_MAX ? size : FUZZ_PATH_TEXT_MAX;
    memcpy(text, data, n);
    text[n] = '\0';
    pp_error_clear(&err);
    require_message(pp_path_parse(text, &p, &err), &err, "pp_path_parse");
}

/* ---- libFuzzer entry points ---- */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (fuzz_workdir(work_dir, sizeof work_dir) < 0) abort();
    snprintf(work_file, sizeof work_file, "%s/fuzz.ini", work_dir);
    result = malloc(sizeof *result);
    if (!result) abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    scn_scenario *s = NULL;
    pp_error err;
    pp_status st;
    if (write_input(data, size) != 0) abort();
    pp_error_clear(&err);
    st = scn_load(work_file, &s, &err);
    require_message(st, &err, "scn_load");
    if (st == PP_OK) {
        if (!s) die("scn_load returned PP_OK and no scenario", NULL);
        check_round_trip(s);
        check_run(s);
    } else if (s) {
        die("scn_load failed but returned a scenario", &err);
    }
    scn_free(s);
    check_path_parse(data, size);
    return 0;
}
