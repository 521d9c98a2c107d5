/* report/error_text.h - an engine error (sim/pp_error.h) as a reader sees it, in English or
 * Chinese: "FILE:LINE: [section] key: message". The engine keeps no language; every front end
 * (CLI, TUI, room) renders errors through this one function. */
#ifndef PEAKPATH_REPORT_ERROR_TEXT_H
#define PEAKPATH_REPORT_ERROR_TEXT_H

#include <stddef.h>

#include "../sim/pp_error.h"
#include "i18n.h"

/* Formats err in lang into buf (one line, UTF-8, truncated to size). Returns buf. */
const char *error_text(const pp_error *err, i18n_lang lang, char *buf, size_t size);

#endif
