/* sim/pp_error.h - status codes and the error value every fallible engine call fills.
 * The engine never prints and keeps no language: a failing call records a message id from
 * sim/pp_msg_list.h and its arguments (texts, whole numbers, decimal numbers, an errno), plus where
 * (file, line, section, key). The front ends render it in English or Chinese from the one
 * catalogue report/error_list.h (report/error_text.h: error_text). */
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

/* Message ids: PPM_NONE ("no message"), then one per PP_MSG line of sim/pp_msg_list.h. */
typedef enum {
    PPM_NONE = 0,
#define PP_MSG(id, n_args) PPM_##id,
#include "pp_msg_list.h"
#undef PP_MSG
    PPM_COUNT
} pp_msg_id;

/* The number of arguments of each id, as constants, for the compile-time check in pp_error_set. */
enum {
#define PP_MSG(id, n_args) PPN_##id = (n_args),
#include "pp_msg_list.h"
#undef PP_MSG
    PPN_COUNT_UNUSED_
};

#define PP_ERR_FILE_MAX 256
#define PP_ERR_NAME_MAX 64
#define PP_MSG_ARGS_MAX 10  /* arguments of one message */
#define PP_MSG_TEXT_MAX 640 /* bytes of all text arguments of one message together (each NUL-ended) */
/* Longest rendered message a front end should expect (UTF-8, Chinese included), bytes; a buffer of
 * PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 2 * PP_ERR_NAME_MAX + 64 holds a whole error_text line. */
#define PP_ERR_MSG_MAX 1536

/* What kind of value an argument holds; the renderer formats numbers in the C locale. */
typedef enum {
    PPA_END = 0, /* ends an argument list (written by the macros below, never by hand) */
    PPA_TEXT,    /* a string: a name, a value as the file wrote it, a file name */
    PPA_INT,     /* a whole number: a year, a line, a count */
    PPA_NUM,     /* a number as the scenario language writes it (num_format: exact, shortest) */
    PPA_G,       /* a computed number with prec significant digits (%.*g; 6 unless given) */
    PPA_ERRNO,   /* an errno value: the renderer names it in the reader's language */
    PPA_KEY,     /* a schema key by id (sim/scenario/params.h): "section.key", in Chinese with its label */
    PPA_DOC,     /* a schema key's one-line description by id, in the reader's language */
    PPA_MSG      /* another message id without arguments (a name, a phrase), in the reader's language */
} pp_arg_kind;

/* One argument as a caller passes it: write PP_S(text), PP_SN(text, at most so many bytes of it),
 * PP_I(n), PP_N(x), PP_G(x), PP_GP(x, prec), PP_ERRNO(errno), PP_K(key id), PP_DOC(key id),
 * PP_M(PPM_x: a message without arguments). */
typedef struct {
    pp_arg_kind kind;
    const char *s;
    double x;
    int prec;
} pp_arg;

#define PP_S(text) ((pp_arg){PPA_TEXT, (text), 0.0, 0})
#define PP_SN(text, max_bytes) ((pp_arg){PPA_TEXT, (text), 0.0, (max_bytes)})
#define PP_I(n) ((pp_arg){PPA_INT, NULL, (double)(n), 0})
#define PP_N(v) ((pp_arg){PPA_NUM, NULL, (double)(v), 0})
#define PP_G(v) ((pp_arg){PPA_G, NULL, (double)(v), 6})
#define PP_GP(v, p) ((pp_arg){PPA_G, NULL, (double)(v), (p)})
#define PP_ERRNO(e) ((pp_arg){PPA_ERRNO, NULL, (double)(e), 0})
#define PP_K(param_id) ((pp_arg){PPA_KEY, NULL, (double)(param_id), 0})
#define PP_DOC(param_id) ((pp_arg){PPA_DOC, NULL, (double)(param_id), 0})
#define PP_M(msg_id) ((pp_arg){PPA_MSG, NULL, (double)(msg_id), 0})

/* One message without a location: an id and its arguments, stored by value. Text arguments share
 * `text` (each starts at off[i]); one that does not fit is cut short, never overflows. */
typedef struct {
    pp_msg_id id;
    int n;
    unsigned char kind[PP_MSG_ARGS_MAX];
    unsigned char prec[PP_MSG_ARGS_MAX];
    unsigned short off[PP_MSG_ARGS_MAX];
    double x[PP_MSG_ARGS_MAX];
    char text[PP_MSG_TEXT_MAX];
} pp_message;

/* Filled by a failing call; left untouched by a succeeding one. file/section/key/line are empty (or
 * 0) where they do not apply. cause is the inner message a wrapping message shows as {0}
 * (pp_error_wrap); context a note shown after the message in brackets (pp_error_context, e.g.
 * "inherited by child.ini"); each has id PPM_NONE when absent. */
typedef struct {
    pp_status code;
    pp_message msg;
    pp_message cause;
    pp_message context;
    char file[PP_ERR_FILE_MAX];
    char section[PP_ERR_NAME_MAX];
    char key[PP_ERR_NAME_MAX];
    int line;
} pp_error;

/* ---- recording ---- */

/* pp_error_set(err, code, ID, args...): records message PPM_ID with its arguments (each a PP_S,
 * PP_I, PP_N, PP_G, PP_GP or PP_ERRNO) and returns code, so callers write
 * `return pp_error_set(err, PP_ERR_RANGE, VALUE_RANGE, PP_S(v), PP_S(range));`. err may be NULL.
 * ID is a bare name from sim/pp_msg_list.h: an old printf-style call (a format string where the
 * id goes) does not compile, nor does a call with a number of arguments other than the id's. The
 * location fields are cleared; set them with pp_error_where. */
#define pp_error_set(err, code, ...) \
    pp_error_setv((err), (code), PP_ID_(__VA_ARGS__, ~), PP_CHECK_(__VA_ARGS__), PP_ARGS_(__VA_ARGS__, PP_END_))

/* pp_error_wrap(err, code, ID, args...): like pp_error_set, but the message err already holds
 * becomes its cause, shown where the template of ID writes {0}; the location fields are kept. */
#define pp_error_wrap(err, code, ...) \
    pp_error_wrapv((err), (code), PP_ID_(__VA_ARGS__, ~), PP_CHECK_(__VA_ARGS__), PP_ARGS_(__VA_ARGS__, PP_END_))

/* pp_error_context(err, ID, args...): adds a note to the message err holds (shown after it, in
 * brackets), replacing an earlier note. err may be NULL. */
#define pp_error_context(err, ...) \
    pp_error_contextv((err), PP_ID_(__VA_ARGS__, ~), PP_CHECK_(__VA_ARGS__), PP_ARGS_(__VA_ARGS__, PP_END_))

/* pp_message_set(msg, ID, args...): fills one message (a warning, a refusal kept for later). */
#define pp_message_set(m, ...) \
    pp_message_setv((m), PP_ID_(__VA_ARGS__, ~), PP_CHECK_(__VA_ARGS__), PP_ARGS_(__VA_ARGS__, PP_END_))

/* The machinery of the three macros above: the id, the argument array ended by PPA_END, and a
 * compile-time check that the count matches the id's n_args (it evaluates to that count). */
#define PP_END_ ((pp_arg){PPA_END, NULL, 0.0, 0})
#define PP_ID_(id, ...) PPM_##id
#define PP_ARGS_(id, ...) ((const pp_arg[]){__VA_ARGS__})
/* The number of arguments after the id, counted by the preprocessor (not by sizeof of the
 * argument array: clang refuses a compound literal of run-time values inside _Static_assert). */
#define PP_NTOT_(...) PP_NTOT_I_(__VA_ARGS__, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, ~)
#define PP_NTOT_I_(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, n, ...) n
#define PP_COUNT_(...) (PP_NTOT_(__VA_ARGS__) - 1)
#define PP_NID_(id, ...) PPN_##id
#define PP_CHECK_(...) \
    (PP_COUNT_(__VA_ARGS__) + 0 * (int)sizeof(struct { \
        _Static_assert(PP_COUNT_(__VA_ARGS__) == PP_NID_(__VA_ARGS__, ~), \
                       "wrong number of arguments for this message id (see sim/pp_msg_list.h)"); \
        int pp_check_; }))

pp_status pp_error_setv(pp_error *err, pp_status code, pp_msg_id id, int n, const pp_arg *args);
pp_status pp_error_wrapv(pp_error *err, pp_status code, pp_msg_id id, int n, const pp_arg *args);
void pp_error_contextv(pp_error *err, pp_msg_id id, int n, const pp_arg *args);
void pp_message_setv(pp_message *m, pp_msg_id id, int n, const pp_arg *args);

/* Sets the location fields (any may be NULL) of an error already recorded. */
void pp_error_where(pp_error *err, const char *file, const char *section, const char *key, int line);

/* Clears err to "no error". err may be NULL. */
void pp_error_clear(pp_error *err);

/* ---- reading (for the renderer and for tests) ---- */

/* True when err holds a message (a failing call filled it). */
int pp_error_is_set(const pp_error *err);

/* The number of arguments of id, or -1 for an id out of range. */
int pp_msg_n_args(pp_msg_id id);

/* The name of id as written in sim/pp_msg_list.h ("VALUE_RANGE"), "NONE", or "?" when out of
 * range: an identifier for tests and logs, not for readers. */
const char *pp_msg_name(pp_msg_id id);

/* Argument i (0-based) of m: its kind (PPA_END when i is out of range), and for PPA_TEXT its
 * text, else its value (and precision for PPA_G). */
pp_arg pp_message_arg(const pp_message *m, int i);

/* ---- statuses ---- */

/* Process exit code a front end should use for a status: 0 ok, 1 solver failure or out of memory,
 * 2 bad input, an unreadable file or bad usage. */
int pp_status_exit_code(pp_status code);

/* The status's identifier ("PP_ERR_PARSE"), never NULL: for tests and logs, not for readers. */
const char *pp_status_name(pp_status code);

#endif
