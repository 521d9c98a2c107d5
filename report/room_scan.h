/* report/room_scan.h - the workshop room's compute side: scans a folder of participants' scenario
 * files (*.ini), loads and runs each new or changed file, and keeps one row per file with its
 * summary and challenge goals, or the error that stopped it. Never draws: `peakpath room` (the
 * TUI screen in tui/room.c) and the room summary (report/export_md.c) only read the rows. */
#ifndef PEAKPATH_REPORT_ROOM_SCAN_H
#define PEAKPATH_REPORT_ROOM_SCAN_H

#include <sys/types.h>
#include <time.h>

#include "../sim/scenario/challenge.h"
#include "../sim/analysis/challenge_eval.h" /* chal_evaluate */
#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"

#define RSCAN_MAX_FILES 4096 /* rows kept; further files are counted in `skipped`, which every
                                view states ("+N not shown"); rows grow as files come */
#define RSCAN_PATH_MAX 1024
#define RSCAN_ALLOW_MAX 3    /* folders besides the room's own that an `inherit` may name */
#define RSCAN_FILE_MAX (256 * 1024) /* bytes: a larger file is a broken row, never read (a scenario
                                       file is a few KB; this stops a participant filling memory) */

typedef struct {
    char file[RSCAN_PATH_MAX]; /* DIR/name.ini */
    char who[256];             /* the participant: file name without .ini, terminal-safe */
    char name[256];            /* the scenario's [scenario] name ("" when broken), terminal-safe */
    char name_zh[256];         /* its name_zh, else name (report/scenario_name.h), terminal-safe */
    int ok;                    /* 0: broken (unreadable, invalid, half-written, solver failed) */
    /* One line when broken, in English and Chinese: where (file, line, and the key when the schema
     * knows it) and what kind of error, never text from the file - a participant must not make
     * the room show the content of a file they cannot read. Terminal-safe (report/safe_text.h). */
    char error[PP_ERR_FILE_MAX * 4 + 512];
    char error_zh[PP_ERR_FILE_MAX * 4 + 512];
    /* The engine's error, for the whole reason (Enter on a broken row, report/error_text.h):
     * kept only when it is about the participant's own file (err_own = 1), whose text they wrote;
     * an error in another file (a parent) shows only the one-line form above. */
    pp_error err;
    int err_own;
    scn_scenario *scn;         /* when ok, owned */
    run_result *res;           /* when ok, owned */
    chal_eval goals;           /* n = 0 without a challenge */
    struct timespec mtime;     /* what the file looked like when loaded */
    off_t size;
    ino_t ino;
    int seen;                  /* scratch: found by the latest scan */
    int marked;                /* kept for the room screen (marked for the overlay) */
} rscan_row;

typedef struct {
    char dir[RSCAN_PATH_MAX];
    char allow[RSCAN_ALLOW_MAX][RSCAN_PATH_MAX]; /* rscan_allow_dir: the challenge folder(s) */
    int n_allow;
    int n, cap;
    rscan_row **row;           /* n rows (cap allocated) */
    int skipped;               /* *.ini files beyond RSCAN_MAX_FILES (or past memory) */
    int loads;                 /* files (re)loaded since rscan_init, for tests and the status line */
    int round;                 /* 0: every *.ini; K: only round K's files (NAME.ini for 1, NAME@K.ini),
                                  the participant's name without "@K" (report/room_join.h) */
} rscan_table;

/* Row columns, for sorting and for the screen. */
typedef enum {
    RSCAN_COL_WHO, RSCAN_COL_PEAK_YEAR, RSCAN_COL_PEAK_MT, RSCAN_COL_CUM_CO2, RSCAN_COL_COAL_2030,
    RSCAN_COL_GOALS, RSCAN_COL_NONFOSSIL_2030, RSCAN_COL_COST, RSCAN_COL_COUNT,
    RSCAN_COL_GOAL0 = 32 /* RSCAN_COL_GOAL0 + g: the value of the challenge's goal g */
} rscan_col;

/* An empty table watching dir. Cannot fail (dir is cut at RSCAN_PATH_MAX). Every file is read
 * under a policy (scn_load_with): a symbolic link or a file with other hard links is refused and
 * shown as a broken row, FIFOs and devices never block the scan, and an `inherit` may name only
 * files directly in dir or in a folder given to rscan_allow_dir. */
void rscan_init(rscan_table *t, const char *dir);

/* Lets participants' files inherit files directly in folder (the challenge folder). At most
 * RSCAN_ALLOW_MAX; returns 0, or -1 when the table has no room for another. */
int rscan_allow_dir(rscan_table *t, const char *folder);

/* Frees every row; the table is empty afterwards. */
void rscan_free(rscan_table *t);

/* Looks at dir once: new *.ini files get a row, files whose mtime, size or inode changed are
 * loaded and run again, rows of vanished files go. A file that fails keeps a row with ok = 0 and
 * its error. Never stops on a file. Returns the number of rows added, changed or removed, or -1
 * when dir itself cannot be read (err says why; the rows stay as they were). */
int rscan_update(rscan_table *t, pp_error *err);

/* Forgets what every file looked like, so the next rscan_update reloads them all (e.g. after the
 * challenge file the participants inherit has changed). */
void rscan_invalidate(rscan_table *t);

/* Sorts rows by a column (broken rows always last; ties by participant name). A goal column
 * sorts by the goal's value; RSCAN_COL_GOALS by goals met, then the least cumulative CO2. */
void rscan_sort(rscan_table *t, rscan_col col, int descending);

/* The leaderboard order (the podium, the projector page): goals met (most first), then the least
 * cumulative CO2, broken rows last. */
void rscan_rank(rscan_table *t);

/* Column headings in English (zh == 0) or Chinese (RSCAN_COL_GOAL0 + g: "Goal g+1"). */
const char *rscan_col_title(rscan_col col, int zh);

#endif
