/* tui/join.h - participant mode of the TUI (`peakpath join DIR --name NAME`): the open file is the
 * room's current challenge, and saving writes the participant's own file DIR/NAME.ini (inheriting
 * the challenge by a path relative to DIR, named "NAME: challenge"), never the challenge; with a
 * workshop file the key bar shows the round and its time left, the next round's challenge
 * opens when the facilitator moves on, and saves after a round closed go to DIR/late/. Also the
 * guard every save in place passes (a challenge file or another user's file is never written). */
#ifndef PEAKPATH_TUI_JOIN_H
#define PEAKPATH_TUI_JOIN_H

#include <stddef.h>
#include <sys/types.h>

#include "../report/room_join.h"
#include "../report/room_workshop.h"

struct app;

typedef struct {
    int on;                            /* participant mode */
    char dir[RWS_PATH_MAX];            /* the room folder */
    char name[RJOIN_NAME_MAX + 1];
    char challenge[RWS_PATH_MAX];      /* the open round's challenge file */
    char challenge_name[256];          /* its [scenario] name, for "NAME: challenge" */
    int round;                         /* the open round (1 without a workshop file) */
    int have_ws;
    rws_workshop ws;
    int have_st;
    rws_state st;                      /* as last read */
    ino_t mine_ino;                    /* inode of the file this session last wrote (0: none) */
    double next_poll_ms;
} join_state;

/* Before the terminal: checks name, reads DIR's workshop and state files, picks the current
 * round's challenge (or `challenge` when given and there is no workshop file) and refuses a name
 * already taken (DIR/NAME.ini exists) unless resume is set and the file is the caller's own
 * (then it is what opens). On success returns 0 and the file to open in open_file; otherwise
 * the exit code (2) with a one-line message in msg (language lang). */
int join_prepare(join_state *j, const char *dir, const char *name, const char *challenge, int resume, int zh,
                 char *open_file, size_t size, char *msg, size_t msg_size);

/* After the file is loaded into a (the challenge, or the resumed file): remembers the challenge's
 * name. */
void join_loaded(struct app *a);

/* The participant's save (s): to DIR/NAME[@K].ini, or DIR/late/... after the round closed.
 * 0 when saved (the saved file becomes the open one), -1 with a message (the work stays). */
int join_save(struct app *a);

/* The participant's save as (S) to path: a name in the room folder (DIR/bo2.ini) becomes the
 * participant's name from then on; elsewhere the file is written the same way (relative inherit,
 * "NAME: challenge"). Never replaces a file this session did not write. 0 when saved. */
int join_save_as(struct app *a, const char *path);

/* 1 when saving a->file in place must be refused (a challenge file - one whose own [challenge]
 * section it holds - or a file owned by another user); says why on the message line. */
int join_refuse_in_place(struct app *a);

/* A writable place for a save as: DIR/NAME.ini in participant mode; else FILE-edited.ini beside
 * the open file when that folder is writable, or in the current folder, or in $HOME. */
void join_suggest(const struct app *a, char *out, size_t size);

/* Called every loop turn: reads the state file about once a second and follows a round change
 * (unsaved moves are saved first, late). Returns 1 when the screen must be drawn again. */
int join_tick(struct app *a);

/* Draws the name, round and time left at the right of the key bar (participant mode only). */
void join_draw(const struct app *a);

#endif
