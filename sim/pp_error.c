/* sim/pp_error.c - filling and formatting pp_error values. Never prints: formatting writes into
 * the caller's buffer. */
#include "pp_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

pp_status pp_error_set(pp_error *err, pp_status code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        memset(err, 0, sizeof *err);
        err->code = code;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

static void copy_field(char *dst, size_t size, const char *src)
{
    if (src) snprintf(dst, size, "%s", src);
}

void pp_error_where(pp_error *err, const char *file, const char *section, const char *key, int line)
{
    if (!err) return;
    copy_field(err->file, sizeof err->file, file);
    copy_field(err->section, sizeof err->section, section);
    copy_field(err->key, sizeof err->key, key);
    if (line > 0) err->line = line;
}

void pp_error_clear(pp_error *err)
{
    if (err) memset(err, 0, sizeof *err);
}

int pp_status_exit_code(pp_status code)
{
    switch (code) {
    case PP_OK: return 0;
    case PP_ERR_SOLVER: return 1;
    case PP_ERR_NOMEM: return 1;
    default: return 2; /* bad input, unreadable file or bad usage: the user can fix it */
    }
}

const char *pp_status_name(pp_status code)
{
    switch (code) {
    case PP_OK: return "ok";
    case PP_ERR_IO: return "file error";
    case PP_ERR_PARSE: return "parse error";
    case PP_ERR_RANGE: return "value out of range";
    case PP_ERR_INPUT: return "inconsistent input";
    case PP_ERR_NOMEM: return "out of memory";
    case PP_ERR_SOLVER: return "solver failure";
    case PP_ERR_USAGE: return "usage error";
    }
    return "error";
}

const char *pp_error_format(const pp_error *err, char *buf, size_t size)
{
    size_t n = 0;
    if (!buf || size == 0) return buf;
    buf[0] = '\0';
    if (!err) return buf;
    if (err->file[0]) {
        n += (size_t)snprintf(buf, size, err->line > 0 ? "%s:%d: " : "%s: ", err->file, err->line);
    }
    if (n < size && err->section[0]) {
        n += (size_t)snprintf(buf + n, size - n, err->key[0] ? "[%s] %s: " : "[%s]: ", err->section, err->key);
    }
    if (n < size) snprintf(buf + n, size - n, "%s", err->msg);
    return buf;
}
