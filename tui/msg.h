/* tui/msg.h - the message sink: where a panel says something to the user (the message line of
 * the TUI, the room's status line). Panels write into a sink they are given instead of calling
 * back into the app, so the app calls the panels and never the other way round. */
#ifndef PEAKPATH_TUI_MSG_H
#define PEAKPATH_TUI_MSG_H

#define MSG_MAX 1024

typedef struct {
    char text[MSG_MAX]; /* empty: nothing to say */
    int style;          /* ST_* of tui/style.h */
} msg_sink;

/* Sets the message (printf format, cut at MSG_MAX bytes) shown until the sink is cleared. */
void msg_say(msg_sink *m, int style, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Empties the message. */
void msg_clear(msg_sink *m);

#endif
