/* report/room_scan.c - scans a workshop folder: one row per participant's *.ini file, reloaded only
 * when the file changes (mtime, size or inode), a broken file kept as a row with its error.
 * The folder is world-writable, so its files are hostile: they are read under a load policy (no
 * links followed, parents only from the room and challenge folders), a row's error never quotes
 * the file, and every text kept for display is terminal-safe. Compute only: never prints, never
 * draws. */
#include "room_scan.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "error_text.h"
#include "i18n.h"
#include "room_join.h"
#include "room_workshop.h"
#include "safe_text.h"
#include "scenario_name.h"

/* ---- one file ---- */

static void row_clear(rscan_row *r)
{
    scn_free(r->scn);
    free(r->res);
    r->scn = NULL;
    r->res = NULL;
    r->ok = 0;
    r->name[0] = r->name_zh[0] = r->error[0] = r->error_zh[0] = '\0';
    pp_error_clear(&r->err);
    r->err_own = 0;
    memset(&r->goals, 0, sizeof r->goals);
}

static void row_free(rscan_row *r)
{
    if (!r) return;
    row_clear(r);
    free(r);
}

/* The row's error in one language: the location as report/error_text.c writes it ("FILE:LINE:
 * [section] key: " / "文件 FILE 第 LINE 行，[section] key「标签」："), then the kind of error and the
 * hint. The section and key only when the schema knows them, and the file name made safe for the
 * terminal, so never a name typed in the file reaches the projector as it was typed. */
static void row_error_line(const pp_error *e, const char *file, i18n_lang lang, char *buf, size_t size)
{
    static const i18n_id kind[] = {[PP_ERR_IO] = S_RM_ERR_IO, [PP_ERR_PARSE] = S_RM_ERR_PARSE,
                                   [PP_ERR_RANGE] = S_RM_ERR_RANGE, [PP_ERR_INPUT] = S_RM_ERR_INPUT,
                                   [PP_ERR_SOLVER] = S_RM_ERR_SOLVER};
    char where[PP_ERR_FILE_MAX * 4 + 2 * PP_ERR_NAME_MAX + 64];
    pp_error w;
    int known = e->section[0] && e->key[0] && pp_param_find(e->section, e->key) >= 0;
    i18n_id k = (e->code >= 0 && (size_t)e->code < sizeof kind / sizeof kind[0] && kind[e->code]) ? kind[e->code]
                                                                                              : S_RM_ERR_OTHER;
    pp_error_clear(&w);
    txt_safe_term(e->file[0] ? e->file : file, w.file, sizeof w.file, 0);
    pp_error_where(&w, NULL, known ? e->section : NULL, known ? e->key : NULL, e->line);
    error_where(&w, lang, where, sizeof where);
    snprintf(buf, size, lang == LANG_ZH ? "%s%s（%s）" : "%s%s (%s)", where, i18n_str(k, lang), i18n_str(S_RM_ERR_HINT, lang));
}

/* Loads and runs the row's file under the table's policy; on failure keeps the one-line error. */
static void row_load(const rscan_table *t, rscan_row *r)
{
    scn_load_policy pol = {.no_follow = 1, .n_dirs = 1, .dirs = {t->dir}};
    pp_error e;
    pp_status st;
    for (int i = 0; i < t->n_allow && pol.n_dirs < SCN_POLICY_DIRS; i++) pol.dirs[pol.n_dirs++] = t->allow[i];
    pp_error_clear(&e);
    row_clear(r);
    st = scn_load_with(r->file, &pol, &r->scn, &e);
    if (st == PP_OK && !(r->res = malloc(sizeof *r->res))) st = pp_error_set(&e, PP_ERR_NOMEM, NOMEM);
    if (st == PP_OK) st = run_simulate(r->scn, r->res, &e);
    if (st != PP_OK) {
        row_clear(r);
        row_error_line(&e, r->file, LANG_EN, r->error, sizeof r->error);
        row_error_line(&e, r->file, LANG_ZH, r->error_zh, sizeof r->error_zh);
        if (!e.file[0] || !strcmp(e.file, r->file)) { /* the participant's own text: may be shown whole */
            r->err = e;
            r->err_own = 1;
        }
        return;
    }
    r->ok = 1;
    txt_safe_term(scn_text(r->scn, P_SCENARIO_NAME), r->name, sizeof r->name, 0);
    txt_safe_term(scenario_name(r->scn, LANG_ZH), r->name_zh, sizeof r->name_zh, 0);
    chal_evaluate(chal_of(r->scn), r->res, &r->goals);
}

static int same_stat(const rscan_row *r, const struct stat *sb)
{
    return r->mtime.tv_sec == sb->st_mtim.tv_sec && r->mtime.tv_nsec == sb->st_mtim.tv_nsec &&
           r->size == sb->st_size && r->ino == sb->st_ino;
}

/* ---- the folder ---- */

static int is_scenario_name(const char *n)
{
    size_t len = strlen(n);
    return n[0] != '.' && len > 4 && !strcmp(n + len - 4, ".ini");
}

static rscan_row *find_row(rscan_table *t, const char *file)
{
    for (int i = 0; i < t->n; i++)
        if (!strcmp(t->row[i]->file, file)) return t->row[i];
    return NULL;
}

/* A new row for file (NULL when the table is full or out of memory). */
static rscan_row *add_row(rscan_table *t, const char *file, const char *base)
{
    char who[sizeof ((rscan_row *)0)->who], stem[sizeof who];
    rscan_row *r;
    if (t->n >= RSCAN_MAX_FILES) return NULL;
    if (t->n == t->cap) {
        int cap = t->cap ? 2 * t->cap : 64;
        rscan_row **grown = realloc(t->row, (size_t)cap * sizeof *grown);
        if (!grown) return NULL;
        t->row = grown;
        t->cap = cap;
    }
    if (!(r = calloc(1, sizeof *r))) return NULL;
    snprintf(r->file, sizeof r->file, "%s", file);
    snprintf(who, sizeof who, "%.*s", (int)(strlen(base) - 4), base);
    if (t->round > 0 && rjoin_round_of(base, stem, sizeof stem) == t->round) snprintf(who, sizeof who, "%s", stem);
    txt_safe_term(who, r->who, sizeof r->who, 0);
    t->row[t->n++] = r;
    return r;
}

/* A row for something that is not a regular file (a link, a FIFO, a folder): never opened. */
static void row_refuse(rscan_row *r, const struct stat *sb)
{
    pp_error e;
    row_clear(r);
    if (S_ISLNK(sb->st_mode)) pp_error_set(&e, PP_ERR_IO, ROOM_SYMLINK);
    else if (S_ISREG(sb->st_mode)) pp_error_set(&e, PP_ERR_IO, ROOM_TOO_LARGE, PP_I(RSCAN_FILE_MAX / 1024));
    else pp_error_set(&e, PP_ERR_IO, NOT_REGULAR_FILE);
    pp_error_where(&e, r->file, NULL, NULL, 0);
    row_error_line(&e, r->file, LANG_EN, r->error, sizeof r->error);
    row_error_line(&e, r->file, LANG_ZH, r->error_zh, sizeof r->error_zh);
}

/* One directory entry: returns 1 when its row was added or reloaded. */
static int visit(rscan_table *t, const char *base)
{
    char file[RSCAN_PATH_MAX];
    struct stat sb;
    rscan_row *r;
    int n = snprintf(file, sizeof file, "%s/%s", t->dir, base);
    if (n < 0 || (size_t)n >= sizeof file) { /* a path too long to keep: counted, not shown */
        t->skipped++;
        return 0;
    }
    if (lstat(file, &sb) != 0) return 0; /* gone meanwhile; lstat: a link is looked at, not followed */
    r = find_row(t, file);
    if (r && same_stat(r, &sb)) {
        r->seen = 1;
        return 0;
    }
    if (!r && !(r = add_row(t, file, base))) {
        t->skipped++;
        return 0;
    }
    r->seen = 1;
    r->mtime = sb.st_mtim;
    r->size = sb.st_size;
    r->ino = sb.st_ino;
    if (S_ISREG(sb.st_mode) && sb.st_size <= RSCAN_FILE_MAX) row_load(t, r); /* the loader checks again on the open descriptor */
    else row_refuse(r, &sb);
    t->loads++;
    return 1;
}

/* Drops rows whose file was not seen; returns how many. */
static int drop_unseen(rscan_table *t)
{
    int k = 0, dropped = 0;
    for (int i = 0; i < t->n; i++) {
        if (t->row[i]->seen) t->row[k++] = t->row[i];
        else {
            row_free(t->row[i]);
            dropped++;
        }
    }
    t->n = k;
    return dropped;
}

/* ---- public ---- */

void rscan_init(rscan_table *t, const char *dir)
{
    size_t n;
    memset(t, 0, sizeof *t);
    snprintf(t->dir, sizeof t->dir, "%s", dir);
    n = strlen(t->dir);
    while (n > 1 && t->dir[n - 1] == '/') t->dir[--n] = '\0';
}

int rscan_allow_dir(rscan_table *t, const char *folder)
{
    if (t->n_allow >= RSCAN_ALLOW_MAX || !folder || !folder[0]) return -1;
    snprintf(t->allow[t->n_allow++], RSCAN_PATH_MAX, "%s", folder);
    return 0;
}

void rscan_free(rscan_table *t)
{
    for (int i = 0; i < t->n; i++) row_free(t->row[i]);
    free(t->row);
    t->row = NULL;
    t->n = t->cap = 0;
}

int rscan_update(rscan_table *t, pp_error *err)
{
    DIR *d = opendir(t->dir);
    struct dirent *ent;
    int changed = 0;
    if (!d) {
        pp_error_set(err, PP_ERR_IO, ROOM_FOLDER_UNREADABLE, PP_ERRNO(errno));

        pp_error_where(err, t->dir, NULL, NULL, 0);
        return -1;
    }
    for (int i = 0; i < t->n; i++) t->row[i]->seen = 0;
    t->skipped = 0;
    while ((ent = readdir(d)) != NULL) {
        if (!is_scenario_name(ent->d_name) || !strcmp(ent->d_name, RWS_FILE)) continue; /* the workshop plan is no participant */
        if (t->round > 0 && rjoin_round_of(ent->d_name, NULL, 0) != t->round) continue; /* another round's file */
        changed += visit(t, ent->d_name);
    }
    closedir(d);
    return changed + drop_unseen(t);
}

void rscan_invalidate(rscan_table *t)
{
    for (int i = 0; i < t->n; i++) t->row[i]->mtime.tv_sec = -1;
}

/* The sort key of a row for a column (NAN for no value: sorted after the values). */
static double key_of(const rscan_row *r, rscan_col col)
{
    const run_summary *s = &r->res->summary;
    switch (col) {
    case RSCAN_COL_PEAK_YEAR: return s->peak_reached ? s->peak_year : INFINITY;
    case RSCAN_COL_PEAK_MT: return s->peak_mt;
    case RSCAN_COL_CUM_CO2: return s->cum_co2_mt;
    case RSCAN_COL_COAL_2030: return s->coal_share_2030;
    case RSCAN_COL_GOALS: return r->goals.n ? (double)r->goals.n_met / r->goals.n : NAN;
    case RSCAN_COL_NONFOSSIL_2030: return s->nonfossil_share_2030;
    case RSCAN_COL_COST: return s->cum_system_cost_bn;
    default:
        if ((int)col >= RSCAN_COL_GOAL0 && (int)col < RSCAN_COL_GOAL0 + r->goals.n) return r->goals.goal[col - RSCAN_COL_GOAL0].value;
        return NAN;
    }
}

/* Sorting without globals: an insertion sort with the column passed along (rows are few). */
static int row_cmp(const rscan_row *a, const rscan_row *b, rscan_col col, int desc)
{
    double ka, kb;
    if (a->ok != b->ok) return a->ok ? -1 : 1;
    if (a->ok && col != RSCAN_COL_WHO) {
        ka = key_of(a, col);
        kb = key_of(b, col);
        if (isnan(ka) != isnan(kb)) return isnan(ka) ? 1 : -1;
        if (!isnan(ka) && ka != kb) return ((ka < kb) ? -1 : 1) * (desc ? -1 : 1);
        if (col == RSCAN_COL_GOALS) { /* ties on goals met: the least cumulative CO2 first */
            ka = a->res->summary.cum_co2_mt;
            kb = b->res->summary.cum_co2_mt;
            if (ka != kb) return ka < kb ? -1 : 1;
        }
    }
    return strcmp(a->who, b->who) * (desc && col == RSCAN_COL_WHO ? -1 : 1);
}

void rscan_sort(rscan_table *t, rscan_col col, int descending)
{
    for (int i = 1; i < t->n; i++) {
        rscan_row *r = t->row[i];
        int j = i - 1;
        while (j >= 0 && row_cmp(t->row[j], r, col, descending) > 0) {
            t->row[j + 1] = t->row[j];
            j--;
        }
        t->row[j + 1] = r;
    }
}

void rscan_rank(rscan_table *t)
{
    rscan_sort(t, RSCAN_COL_GOALS, 1);
}

const char *rscan_col_title(rscan_col col, int zh)
{
    static const i18n_id titles[RSCAN_COL_COUNT] = {S_RM_COL_WHO, S_RM_COL_PEAK_YEAR, S_RM_COL_PEAK_MT,
                                                    S_RM_COL_CUM_CO2, S_RM_COL_COAL_2030, S_RM_COL_GOALS,
                                                    S_RM_COL_NONFOSSIL, S_RM_COL_COST};
    if (col >= RSCAN_COL_GOAL0) return i18n_str(S_RM_COL_GOAL, zh ? LANG_ZH : LANG_EN);
    return (col >= 0 && col < RSCAN_COL_COUNT) ? i18n_str(titles[col], zh ? LANG_ZH : LANG_EN) : "?";
}
