/* report/room_workshop.h - a workshop's plan and its live state, both small files in the room
 * folder: the workshop file DIR/workshop.ini (written by the facilitator: the language, and per
 * round the challenge file and its minutes) and the state file DIR/.room-state (written
 * atomically by the facilitator's room: the current round, running/paused/closed and when it
 * ends), which every participant's `peakpath join` reads. Also the facilitator's answers file
 * (kept outside the room folder): a worked solution and notes per round.
 *
 *   ; DIR/workshop.ini                    ; ~/answers.ini (chmod 600, not in DIR)
 *   [workshop]                           [round 1]
 *   lang = zh                            lever.power.solar_gw = 8
 *   [round 1]                            lever.power.import_twh = 60
 *   challenge = ../challenge-1.ini       notes_en = Imports and solar carry most of it.
 *   minutes = 20                         notes_zh = 外购电和光伏贡献最大。
 *
 * Paths in either file are relative to the file's folder. Both are read only as regular files
 * (no links, at most RWS_FILE_MAX bytes). Never prints, never draws. */
#ifndef PEAKPATH_REPORT_ROOM_WORKSHOP_H
#define PEAKPATH_REPORT_ROOM_WORKSHOP_H

#include <stddef.h>

#include "i18n.h"
#include "../sim/scenario/params.h"

#define RWS_FILE "workshop.ini"    /* in the room folder; the scan skips it */
#define RWS_STATE ".room-state"    /* in the room folder; hidden, so never a participant's row */
#define RWS_MAX_ROUNDS 9
#define RWS_PATH_MAX 1024
#define RWS_NOTES_MAX 1024
#define RWS_FILE_MAX 65536         /* bytes: a longer workshop, state or answers file is refused */

typedef struct {
    int n_rounds;
    char challenge[RWS_MAX_ROUNDS][RWS_PATH_MAX]; /* round k+1's challenge, resolved: DIR/as written */
    int minutes[RWS_MAX_ROUNDS];                   /* 1..600 */
    char lang[4];                                  /* "zh", "en" or "" (the locale decides) */
} rws_workshop;

/* Where a workshop or answers file is wrong: its line (0: the file as a whole), the key ("" when
 * none) and what was expected (a catalogue string). Never text from the file beyond the key. */
typedef struct {
    int line;
    char key[32];
    i18n_id what;
} rws_error;

/* Reads DIR/workshop.ini. Returns 1 when read (every round has a challenge and minutes), 0 when
 * there is no workshop file (a plain room), -1 on a bad file (*e says where). */
int rws_load(const char *dir, rws_workshop *w, rws_error *e);

typedef enum { RWS_WAITING, RWS_RUNNING, RWS_PAUSED, RWS_CLOSED, RWS_STATUS_COUNT } rws_status;

typedef struct {
    int round;            /* 1..n_rounds */
    rws_status status;
    long long ends_at;    /* RUNNING: the Unix time the round ends */
    long left_s;          /* WAITING, PAUSED: seconds the round still has */
    int reveal;           /* the facilitator has revealed this round's solution */
} rws_state;

/* Writes DIR/.room-state atomically (report/save.c). 0, or -1 with errno. */
int rws_state_write(const char *dir, const rws_state *s);

/* Reads DIR/.room-state: 0 and *s, or -1 when it is missing or not a state file, or (with a
 * workshop file) not owned by the workshop file's owner - a participant cannot fake the round. */
int rws_state_read(const char *dir, rws_state *s);

/* Seconds the round has left at Unix time now (0 when closed or over). */
long rws_left(const rws_state *s, long long now);

/* 1 when saves for round are still on time at now: it is the current round and not closed or
 * over. */
int rws_round_open(const rws_state *s, int round, long long now);

/* The countdown as read aloud: "12:05 left", "12:05 paused", "20:00 not started", "0:00 closed";
 * in Chinese the word first ("剩余 12:05"). A running round whose time is up reads closed. */
const char *rws_countdown(const rws_state *s, long long now, i18n_lang lang, char *buf, size_t size);

/* "12:05" (minutes:seconds) into buf; returns buf. */
const char *rws_clock(long seconds, char *buf, size_t size);

/* The facilitator's answers file: per round the worked solution - lever values applied to the
 * round's challenge (`lever.power.solar_gw = 8`, in the key's unit, as typed into the TUI), or a
 * solution scenario file - and notes. */
#define RWS_MAX_LEVERS 24
typedef struct {
    int n_rounds;
    int n_levers[RWS_MAX_ROUNDS];
    int lever_id[RWS_MAX_ROUNDS][RWS_MAX_LEVERS];
    double lever_value[RWS_MAX_ROUNDS][RWS_MAX_LEVERS];
    char solution[RWS_MAX_ROUNDS][RWS_PATH_MAX];
    char notes_en[RWS_MAX_ROUNDS][RWS_NOTES_MAX];
    char notes_zh[RWS_MAX_ROUNDS][RWS_NOTES_MAX];
} rws_answers;

/* Reads an answers file. 1 when read, -1 on a bad or unreadable file (*e says where). The file
 * should be readable by the facilitator only; *open_to_others is set when group or others may
 * read it (the room warns). */
int rws_answers_load(const char *file, rws_answers *a, int *open_to_others, rws_error *e);

/* What `peakpath room DIR` was asked to do (cli/cmd_room.c fills it, tui/room.c runs it). */
typedef struct {
    const char *dir;
    const char *lang;           /* "zh", "en" or NULL: the workshop file's, else the locale */
    int interval_ms;            /* how often the folder is read */
    const char *const *allow;   /* NULL-terminated folders participants' files may inherit from */
    const char *answers;        /* the facilitator's answers file, or NULL */
    const char *html;           /* the projector page to keep up to date, or NULL */
} room_args;

/* The catalogue text of an error, "workshop.ini:3: minutes: expected ...", into buf. */
const char *rws_error_text(const rws_error *e, const char *file, i18n_lang lang, char *buf, size_t size);

#endif
