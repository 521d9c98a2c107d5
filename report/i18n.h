/* report/i18n.h - the one message catalogue: the visible strings of the TUI, the room and the
 * exports in English and Chinese, looked up by id, and the choice of language from --lang or the
 * locale. Pure: no curses. */
#ifndef PEAKPATH_REPORT_I18N_H
#define PEAKPATH_REPORT_I18N_H

typedef enum { LANG_EN = 0, LANG_ZH = 1 } i18n_lang;

typedef enum {
#define I18N(id, en, zh) id,
#include "i18n_list.h"
#undef I18N
    S_COUNT
} i18n_id;

/* The string id in lang (UTF-8, never NULL; "?" for an unknown id). */
const char *i18n_str(i18n_id id, i18n_lang lang);

/* Picks a language: "zh"/"en" (also "zh_CN", "chinese", "english") when given, else the locale
 * environment (LC_ALL, LC_MESSAGES, LANG starting with "zh" means Chinese), else English.
 * Returns -1 when `arg` is not NULL and names no known language. */
int i18n_pick(const char *arg);

/* A label from the engine tables (en/zh pair) in lang; falls back to en when zh is NULL. */
const char *i18n_pair(const char *en, const char *zh, i18n_lang lang);

#endif
