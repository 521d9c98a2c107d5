/* tui/msg.c - the message sink of the panels (tui/msg.h). */
#include "msg.h"

#include <stdarg.h>
#include <stdio.h>

void msg_say(msg_sink *m, int style, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m->text, sizeof m->text, fmt, ap);
    va_end(ap);
    m->style = style;
}

void msg_clear(msg_sink *m)
{
    m->text[0] = 0;
}
