/* report/error_text.c - renders engine errors for readers (report/error_text.h): the message's
 * template from the catalogue report/error_list.h in the reader's language, its arguments put in,
 * and the location in front. Numbers in the C locale, whatever the process locale is. */
#include "error_text.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "../sim/scenario/number.h"
#include "../sim/scenario/params.h"

/* ---- the catalogue ---- */

typedef struct {
    const char *text[2]; /* [LANG_EN], [LANG_ZH] */
} err_template;

static const err_template templates[PPM_COUNT] = {
#define ERR_TEXT(id, en, zh) [PPM_##id] = {{en, zh}},
#include "error_list.h"
#undef ERR_TEXT
};

/* Every id of sim/pp_msg_list.h has exactly one ERR_TEXT line (a missing one leaves a hole the
 * count shows, a doubled one -Woverride-init): checked when this file compiles. */
enum {
    ERR_TEXT_LINES = 0
#define ERR_TEXT(id, en, zh) + 1
#include "error_list.h"
#undef ERR_TEXT
};
_Static_assert(ERR_TEXT_LINES == PPM_COUNT - 1, "report/error_list.h must have one ERR_TEXT per PP_MSG of sim/pp_msg_list.h");

/* System errors in Chinese; English is the C library's own text (strerror). */
static const struct {
    int code;
    const char *zh;
} errno_zh[] = {
    {ENOENT, "没有那个文件或目录"}, {EACCES, "权限不够"}, {EPERM, "不允许的操作"}, {EISDIR, "是一个目录"},
    {ENOTDIR, "路径中有一项不是目录"}, {EEXIST, "文件已存在"}, {ENOSPC, "磁盘空间已满"}, {EROFS, "只读文件系统"},
    {ELOOP, "符号链接层数过多"}, {ENAMETOOLONG, "文件名过长"}, {EIO, "输入/输出错误"}, {EDQUOT, "超出磁盘配额"},
    {EMFILE, "打开的文件过多"}, {ENFILE, "系统打开的文件过多"}, {EXDEV, "不能跨文件系统链接"}, {EBUSY, "设备或资源忙"},
    {EINVAL, "无效的参数"}, {EFBIG, "文件过大"}, {ENOMEM, "无法分配内存"}, {ETXTBSY, "文本文件忙"},
};

const char *error_template(pp_msg_id id, i18n_lang lang)
{
    if (id <= PPM_NONE || id >= PPM_COUNT || !templates[id].text[0]) return NULL;
    return templates[id].text[lang == LANG_ZH ? 1 : 0];
}

/* ---- a bounded writer ---- */

typedef struct {
    char *buf;
    size_t size, used;
} out_buf;

static void put_n(out_buf *o, const char *s, size_t n)
{
    if (o->used + 1 >= o->size) return;
    if (n > o->size - 1 - o->used) n = o->size - 1 - o->used;
    memcpy(o->buf + o->used, s, n);
    o->used += n;
    o->buf[o->used] = '\0';
}

static void put(out_buf *o, const char *s) { put_n(o, s, strlen(s)); }

/* Cuts a trailing incomplete UTF-8 character (a text cut short by a buffer). */
static void tidy_utf8(char *s)
{
    size_t n = strlen(s), i = n, need;
    unsigned char c;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80 && n - i < 3) i--;
    if (i == 0) return;
    c = (unsigned char)s[i - 1];
    if (c < 0x80) return;
    need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n - (i - 1) < need) s[i - 1] = '\0';
}

/* ---- arguments ---- */

/* %.*g in the C locale (the TUI runs in the user's, where a decimal comma may be the rule). */
static void format_g(double x, int prec, char *buf, size_t size)
{
    locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    locale_t old = c ? uselocale(c) : (locale_t)0;
    snprintf(buf, size, "%.*g", prec, x);
    if (c) {
        uselocale(old);
        freelocale(c);
    }
}

static const char *errno_text(int code, i18n_lang lang, char *buf, size_t size)
{
    if (lang == LANG_ZH) {
        for (size_t i = 0; i < sizeof errno_zh / sizeof errno_zh[0]; i++)
            if (errno_zh[i].code == code) return errno_zh[i].zh;
        snprintf(buf, size, "系统错误 %d（%s）", code, strerror(code));
        return buf;
    }
    snprintf(buf, size, "%s", strerror(code));
    return buf;
}

static void put_message(out_buf *o, const pp_message *m, const pp_message *cause, i18n_lang lang, int depth);

/* A schema key: "section.key"; in Chinese 「label」(section.key). */
static void put_key(out_buf *o, int id, i18n_lang lang)
{
    const pp_param *p = pp_param_get(id);
    if (!p) {
        put(o, "?");
        return;
    }
    if (lang == LANG_ZH && p->label_zh && p->label_zh[0]) {
        put(o, "「");
        put(o, p->label_zh);
        put(o, "」(");
    }
    put(o, p->section);
    put(o, ".");
    put(o, p->key);
    if (lang == LANG_ZH && p->label_zh && p->label_zh[0]) put(o, ")");
}

static void put_arg(out_buf *o, const pp_message *m, int i, i18n_lang lang, int depth)
{
    pp_arg a = pp_message_arg(m, i);
    char num[64];
    switch (a.kind) {
    case PPA_TEXT: put(o, a.s ? a.s : ""); break;
    case PPA_INT: snprintf(num, sizeof num, "%lld", (long long)a.x); put(o, num); break;
    case PPA_NUM: put(o, num_format(a.x, num, sizeof num)); break;
    case PPA_G: format_g(a.x, a.prec, num, sizeof num); put(o, num); break;
    case PPA_ERRNO: put(o, errno_text((int)a.x, lang, num, sizeof num)); break;
    case PPA_KEY: put_key(o, (int)a.x, lang); break;
    case PPA_DOC: { /* the schema's one-line description, Chinese from params_doc_zh.h */
        const char *doc = pp_param_doc((int)a.x, lang == LANG_ZH);
        put(o, doc ? doc : "");
        break;
    }
    case PPA_MSG: {
        pp_message inner;
        pp_message_setv(&inner, (pp_msg_id)(int)a.x, 0, NULL);
        if (depth < 3) put_message(o, &inner, NULL, lang, depth + 1);
        break;
    }
    case PPA_END: break;
    }
}

/* The template of m with {1}..{9} replaced by the arguments and {0} by the cause. */
static void put_message(out_buf *o, const pp_message *m, const pp_message *cause, i18n_lang lang, int depth)
{
    const char *t = error_template(m->id, lang);
    if (!t) {
        put(o, pp_msg_name(m->id));
        return;
    }
    while (*t) {
        const char *brace = strchr(t, '{');
        if (!brace) {
            put(o, t);
            return;
        }
        put_n(o, t, (size_t)(brace - t));
        if (brace[1] >= '0' && brace[1] <= '9' && brace[2] == '}') {
            int k = brace[1] - '0';
            if (k == 0 && cause && cause->id != PPM_NONE && depth < 3) put_message(o, cause, NULL, lang, depth + 1);
            else if (k > 0) put_arg(o, m, k - 1, lang, depth);
            t = brace + 3;
        } else {
            put_n(o, brace, 1);
            t = brace + 1;
        }
    }
}

/* ---- public ---- */

const char *error_message_text(const pp_message *m, i18n_lang lang, char *buf, size_t size)
{
    out_buf o = {buf, size, 0};
    if (!buf || size == 0) return buf;
    buf[0] = '\0';
    if (m && m->id != PPM_NONE) put_message(&o, m, NULL, lang, 0);
    tidy_utf8(buf);
    return buf;
}

const char *error_message(const pp_error *err, i18n_lang lang, char *buf, size_t size)
{
    out_buf o = {buf, size, 0};
    if (!buf || size == 0) return buf;
    buf[0] = '\0';
    if (!err || err->msg.id == PPM_NONE) return buf;
    put_message(&o, &err->msg, &err->cause, lang, 0);
    if (err->context.id != PPM_NONE) {
        put(&o, lang == LANG_ZH ? "（" : " (");
        put_message(&o, &err->context, NULL, lang, 0);
        put(&o, lang == LANG_ZH ? "）" : ")");
    }
    tidy_utf8(buf);
    return buf;
}

/* "FILE:LINE: [section] key: " in English; "文件 FILE 第 LINE 行，[section] key「标签」：" in Chinese. */
static void put_where(out_buf *o, const pp_error *err, i18n_lang lang)
{
    char num[32];
    int id = err->section[0] && err->key[0] ? pp_param_find(err->section, err->key) : -1;
    const char *label = id >= 0 ? pp_param_get(id)->label_zh : NULL;
    if (lang != LANG_ZH) {
        if (err->file[0]) {
            put(o, err->file);
            if (err->line > 0) snprintf(num, sizeof num, ":%d", err->line), put(o, num);
            put(o, ": ");
        }
        if (err->section[0]) {
            put(o, "[");
            put(o, err->section);
            put(o, err->key[0] ? "] " : "]");
            put(o, err->key);
            put(o, ": ");
        }
        return;
    }
    if (err->file[0]) {
        put(o, "文件 ");
        put(o, err->file);
        if (err->line > 0) snprintf(num, sizeof num, " 第 %d 行", err->line), put(o, num);
        put(o, err->section[0] ? "，" : "：");
    }
    if (err->section[0]) {
        put(o, "[");
        put(o, err->section);
        put(o, err->key[0] ? "] " : "]");
        put(o, err->key);
        if (label && label[0]) {
            put(o, "「");
            put(o, label);
            put(o, "」");
        }
        put(o, "：");
    }
}

const char *error_where(const pp_error *err, i18n_lang lang, char *buf, size_t size)
{
    out_buf o = {buf, size, 0};
    if (!buf || size == 0) return buf;
    buf[0] = '\0';
    if (err) put_where(&o, err, lang);
    tidy_utf8(buf);
    return buf;
}

const char *error_text(const pp_error *err, i18n_lang lang, char *buf, size_t size)
{
    out_buf o = {buf, size, 0};
    char msg[PP_ERR_MSG_MAX];
    if (!buf || size == 0) return buf;
    buf[0] = '\0';
    if (!err) return buf;
    put_where(&o, err, lang);
    put(&o, error_message(err, lang, msg, sizeof msg));
    tidy_utf8(buf);
    return buf;
}
