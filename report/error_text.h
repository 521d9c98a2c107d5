/* report/error_text.h - an engine error (sim/pp_error.h) as a reader sees it, in English or
 * Chinese: "FILE:LINE: [section] key: message" / "文件 FILE 第 LINE 行，[section] key「标签」：消息".
 * The engine keeps no language; every front end (CLI, TUI, room) renders errors through these
 * functions, from the one catalogue report/error_list.h. */
#ifndef PEAKPATH_REPORT_ERROR_TEXT_H
#define PEAKPATH_REPORT_ERROR_TEXT_H

#include <stddef.h>

#include "../sim/pp_error.h"
#include "i18n.h"

/* Formats err in lang into buf: location, then the message (one line, UTF-8, cut short at a
 * character boundary to fit size). "" for NULL err. Returns buf. */
const char *error_text(const pp_error *err, i18n_lang lang, char *buf, size_t size);

/* The location alone, as error_text writes it before the message ("FILE:LINE: [section] key: " /
 * "文件 FILE 第 LINE 行，[section] key「标签」："); "" when err names no place. Returns buf. */
const char *error_where(const pp_error *err, i18n_lang lang, char *buf, size_t size);

/* The message alone, without the location (for a status line that already says where). */
const char *error_message(const pp_error *err, i18n_lang lang, char *buf, size_t size);

/* One message without location (a calibration warning, cal_result.warning[i]); "" for NULL. */
const char *error_message_text(const pp_message *m, i18n_lang lang, char *buf, size_t size);

/* The raw template of id in lang ({1}.. placeholders), or NULL for an id without one. For tests. */
const char *error_template(pp_msg_id id, i18n_lang lang);

/* English rendering into a temporary buffer that lives until the end of the enclosing block:
 * for tests and logs, e.g. strstr(ERROR_EN(&err), "out of range"). */
#define ERROR_EN(err) error_text((err), LANG_EN, (char[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 256]){0}, \
                                 PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 256)

/* The message alone in English, and one pp_message (a warning) in English, into temporary buffers
 * like ERROR_EN's: for tests, e.g. strstr(ERROR_MSG_EN(&err), "out of range"). */
#define ERROR_MSG_EN(err) ERROR_MSG_IN((err), LANG_EN)
#define MESSAGE_EN(m) error_message_text((m), LANG_EN, (char[PP_ERR_MSG_MAX]){0}, PP_ERR_MSG_MAX)

/* error_message in lang into a buffer that lives until the end of the enclosing block. */
#define ERROR_MSG_IN(err, lang) error_message((err), (lang), (char[PP_ERR_MSG_MAX]){0}, PP_ERR_MSG_MAX)

#endif
