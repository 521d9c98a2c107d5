/* sim/pp_error.h - status codes and the error value every fallible engine call fills.
 * The engine never prints: it describes what went wrong here and the caller decides how to show it. */
#ifndef PEAKPATH_SIM_PP_ERROR_H
#define PEAKPATH_SIM_PP_ERROR_H

#include <stddef.h>

typedef enum {
    PP_OK = 0,
    PP_ERR_IO,      /* a file could not be read or written */
    PP_ERR_PARSE,   /* malformed text: not a number, bad path syntax, unknown key */
    PP_ERR_RANGE,   /* a well-formed value outside what the key allows */
    PP_ERR_INPUT,   /* inconsistent input: shares over 100, years out of order, inherit loop */
    PP_ERR_NOMEM,   /* allocation failed */
    PP_ERR_SOLVER,  /* a numerical solver did not converge or reported a GSL error */
    PP_ERR_USAGE    /* the caller asked for something that does not exist (bad lever id, bad year) */
} pp_status;

#define PP_ERR_MSG_MAX 512
#define PP_ERR_FILE_MAX 256
#define PP_ERR_NAME_MAX 64

/* Filled by a failing call; left untouched by a succeeding one.
 * file/section/key/line are empty (or 0) where they do not apply. */
typedef struct {
    pp_status code;
    char file[PP_ERR_FILE_MAX];
    char section[PP_ERR_NAME_MAX];
    char key[PP_ERR_NAME_MAX];
    int line;
    char msg[PP_ERR_MSG_MAX];
} pp_error;

/* Records an error (printf-style message) and returns code, so callers can write
 * `return pp_error_set(err, PP_ERR_RANGE, "...", ...);`. err may be NULL. */
pp_status pp_error_set(pp_error *err, pp_status code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Sets the location fields (any may be NULL) of an error already recorded. */
void pp_error_where(pp_error *err, const char *file, const char *section, const char *key, int line);

/* Clears err to "no error". err may be NULL. */
void pp_error_clear(pp_error *err);

/* Process exit code a front end should use for a status: 0 ok, 1 solver failure or out of memory,
 * 2 bad input, an unreadable file or bad usage. */
int pp_status_exit_code(pp_status code);

/* Short English name of a status ("parse error"), never NULL. */
const char *pp_status_name(pp_status code);

/* Formats err into buf as one line: "FILE:LINE: [section] key: message". Returns buf. */
const char *pp_error_format(const pp_error *err, char *buf, size_t size);

#endif
