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

#define RSCAN_MAX_FILES 64   /* rows kept; further files are counted in `skipped` */
#define RSCAN_PATH_MAX 1024

typedef struct {
    char file[RSCAN_PATH_MAX]; /* DIR/name.ini */
    char who[256];             /* the participant: file name without .ini */
    char name[256];            /* the scenario's [scenario] name ("" when broken) */
    int ok;                    /* 0: broken (unreadable, invalid, half-written, solver failed) */
    char error[PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 160]; /* one line, when broken */
    scn_scenario *scn;         /* when ok, owned */
    run_result *res;           /* when ok, owned */
    chal_eval goals;           /* n = 0 without a challenge */
    struct timespec mtime;     /* what the file looked like when loaded */
    off_t size;
    ino_t ino;
    int seen;                  /* scratch: found by the latest scan */
} rscan_row;

typedef struct {
    char dir[RSCAN_PATH_MAX];
    int n;
    rscan_row *row[RSCAN_MAX_FILES];
    int skipped;               /* *.ini files beyond RSCAN_MAX_FILES */
    int loads;                 /* files (re)loaded since rscan_init, for tests and the status line */
} rscan_table;

/* Row columns, for sorting and for the screen. */
typedef enum {
    RSCAN_COL_WHO, RSCAN_COL_PEAK_YEAR, RSCAN_COL_PEAK_MT, RSCAN_COL_CUM_CO2, RSCAN_COL_COAL_2030,
    RSCAN_COL_GOALS, RSCAN_COL_COUNT
} rscan_col;

/* An empty table watching dir. Cannot fail (dir is cut at RSCAN_PATH_MAX). */
void rscan_init(rscan_table *t, const char *dir);

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

/* Sorts rows by a column (broken rows always last; ties by participant name). */
void rscan_sort(rscan_table *t, rscan_col col, int descending);

/* Column headings in English (zh == 0) or Chinese. */
const char *rscan_col_title(rscan_col col, int zh);

#endif
