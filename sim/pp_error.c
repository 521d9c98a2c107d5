/* sim/pp_error.c - filling pp_error values with a message id and its arguments (sim/pp_error.h).
 * Never formats text for a reader: that is report/error_text.c, from the catalogue. */
#include "pp_error.h"

#include <string.h>

static const signed char n_args[PPM_COUNT] = {
    [PPM_NONE] = 0,
#define PP_MSG(id, n) [PPM_##id] = (n),
#include "pp_msg_list.h"
#undef PP_MSG
};

static const char *const names[PPM_COUNT] = {
    [PPM_NONE] = "NONE",
#define PP_MSG(id, n) [PPM_##id] = #id,
#include "pp_msg_list.h"
#undef PP_MSG
};

/* Clears only what a reader looks at, so clearing stays cheap on every engine call. */
static void message_clear(pp_message *m)
{
    m->id = PPM_NONE;
    m->n = 0;
    m->text[0] = '\0';
    m->text[sizeof m->text - 1] = '\0';
}

void pp_message_setv(pp_message *m, pp_msg_id id, int n, const pp_arg *args)
{
    size_t used = 0;
    if (!m) return;
    message_clear(m);
    m->id = (id > PPM_NONE && id < PPM_COUNT) ? id : PPM_NONE;
    if (n > PP_MSG_ARGS_MAX) n = PP_MSG_ARGS_MAX;
    for (int i = 0; i < n && args && args[i].kind != PPA_END; i++) {
        m->kind[i] = (unsigned char)args[i].kind;
        m->prec[i] = (unsigned char)(args[i].prec > 0 && args[i].prec <= 17 ? args[i].prec : 6);
        m->x[i] = args[i].x;
        m->off[i] = (unsigned short)(used < sizeof m->text ? used : sizeof m->text - 1);
        if (args[i].kind == PPA_TEXT && used < sizeof m->text - 1) {
            const char *s = args[i].s ? args[i].s : "";
            size_t len = strlen(s), room = sizeof m->text - 1 - used;
            if (args[i].prec > 0 && len > (size_t)args[i].prec) len = (size_t)args[i].prec;
            if (len > room) len = room; /* cut short; the renderer tidies a cut inside a UTF-8 character */
            memcpy(m->text + used, s, len);
            m->text[used + len] = '\0';
            used += len + 1;
        }
        m->n = i + 1;
    }
}

pp_status pp_error_setv(pp_error *err, pp_status code, pp_msg_id id, int n, const pp_arg *args)
{
    if (err) {
        pp_error_clear(err);
        err->code = code;
        pp_message_setv(&err->msg, id, n, args);
    }
    return code;
}

pp_status pp_error_wrapv(pp_error *err, pp_status code, pp_msg_id id, int n, const pp_arg *args)
{
    if (err) {
        err->cause = err->msg;
        err->code = code;
        pp_message_setv(&err->msg, id, n, args);
    }
    return code;
}

void pp_error_contextv(pp_error *err, pp_msg_id id, int n, const pp_arg *args)
{
    if (err) pp_message_setv(&err->context, id, n, args);
}

static void copy_field(char *dst, size_t size, const char *src)
{
    if (src) {
        size_t len = strlen(src);
        if (len >= size) len = size - 1;
        memcpy(dst, src, len);
        dst[len] = '\0';
    }
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
    if (!err) return;
    err->code = PP_OK;
    message_clear(&err->msg);
    message_clear(&err->cause);
    message_clear(&err->context);
    err->file[0] = err->section[0] = err->key[0] = '\0';
    err->line = 0;
}

int pp_error_is_set(const pp_error *err)
{
    return err && err->msg.id != PPM_NONE;
}

int pp_msg_n_args(pp_msg_id id)
{
    return (id >= PPM_NONE && id < PPM_COUNT) ? n_args[id] : -1;
}

const char *pp_msg_name(pp_msg_id id)
{
    return (id >= PPM_NONE && id < PPM_COUNT) ? names[id] : "?";
}

pp_arg pp_message_arg(const pp_message *m, int i)
{
    pp_arg a = {PPA_END, NULL, 0.0, 0};
    if (!m || i < 0 || i >= m->n) return a;
    a.kind = (pp_arg_kind)m->kind[i];
    a.x = m->x[i];
    a.prec = m->prec[i];
    if (a.kind == PPA_TEXT) a.s = m->text + m->off[i];
    return a;
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
    case PP_OK: return "PP_OK";
    case PP_ERR_IO: return "PP_ERR_IO";
    case PP_ERR_PARSE: return "PP_ERR_PARSE";
    case PP_ERR_RANGE: return "PP_ERR_RANGE";
    case PP_ERR_INPUT: return "PP_ERR_INPUT";
    case PP_ERR_NOMEM: return "PP_ERR_NOMEM";
    case PP_ERR_SOLVER: return "PP_ERR_SOLVER";
    case PP_ERR_USAGE: return "PP_ERR_USAGE";
    }
    return "?";
}
