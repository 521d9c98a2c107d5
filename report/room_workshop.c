/* report/room_workshop.c - reads the workshop file and the facilitator's answers file (small
 * INI files, section [workshop] and [round N]), and writes and reads the room's state file. Files
 * are read as regular files only (O_NOFOLLOW, fstat, a size limit): the room folder is shared. */
#include "room_workshop.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "save.h"

/* ---- reading a small file safely ---- */

/* The whole of file (a regular file of at most RWS_FILE_MAX bytes, not a link) as a malloc'd
 * NUL-terminated text; NULL when it cannot be read so. *mode gets its permission bits. */
static char *read_small_as(const char *file, mode_t *mode, long owner)
{
    struct stat sb;
    char *text = NULL;
    ssize_t got = 0, n;
    int fd = open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return NULL;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size > RWS_FILE_MAX ||
        (owner >= 0 && (long)sb.st_uid != owner) || !(text = malloc((size_t)sb.st_size + 1))) {
        close(fd);
        return NULL;
    }
    while (got < sb.st_size && (n = read(fd, text + got, (size_t)(sb.st_size - got))) > 0) got += n;
    close(fd);
    text[got] = '\0';
    if (mode) *mode = sb.st_mode & 07777;
    return text;
}

static char *read_small(const char *file, mode_t *mode)
{
    return read_small_as(file, mode, -1);
}

static char *trim(char *s)
{
    char *end;
    while (*s == ' ' || *s == '\t') s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) *--end = '\0';
    return s;
}

/* The folder part of file ("." when none). */
static void folder_of(const char *file, char *out, size_t size)
{
    const char *slash = strrchr(file, '/');
    if (!slash) snprintf(out, size, ".");
    else snprintf(out, size, "%.*s", slash == file ? 1 : (int)(slash - file), file);
}

/* dir/rel, or rel when it is absolute. */
static void resolve(const char *dir, const char *rel, char *out, size_t size)
{
    int n = rel[0] == '/' ? snprintf(out, size, "%s", rel) : snprintf(out, size, "%s/%s", dir, rel);
    if (n < 0 || (size_t)n >= size) out[0] = '\0'; /* too long: treated as missing */
}

static int fail(rws_error *e, int line, const char *key, i18n_id what)
{
    e->line = line;
    snprintf(e->key, sizeof e->key, "%s", key ? key : "");
    e->what = what;
    return -1;
}

/* One `key = value` line at a time: calls fn(ctx, round, key, value, line) with round 0 for
 * [workshop]. Returns 0, or -1 with *e filled (fn's own -1 passes through). */
typedef int (*line_fn)(void *ctx, int round, const char *key, char *value, int line, rws_error *e);

static int parse(char *text, line_fn fn, void *ctx, rws_error *e)
{
    int round = -1, line = 0;
    for (char *p = text, *next; p && *p; p = next) {
        char *eq, *s;
        next = strchr(p, '\n');
        if (next) *next++ = '\0';
        line++;
        s = trim(p);
        if (!*s || *s == ';' || *s == '#') continue;
        if (*s == '[') {
            int k = 0, used = 0;
            if (!strcmp(s, "[workshop]")) round = 0;
            else if (sscanf(s, "[round %d]%n", &k, &used) == 1 && !s[used] && k >= 1 && k <= RWS_MAX_ROUNDS)
                round = k;
            else return fail(e, line, "", S_WS_ERR_SECTION);
            continue;
        }
        if (!(eq = strchr(s, '=')) || round < 0) return fail(e, line, "", S_WS_ERR_LINE);
        *eq = '\0';
        if (fn(ctx, round, trim(s), trim(eq + 1), line, e)) return -1;
    }
    return 0;
}

/* ---- the workshop file ---- */

typedef struct {
    rws_workshop *w;
    char dir[RWS_PATH_MAX];
} ws_ctx;

static int ws_line(void *ctx, int round, const char *key, char *value, int line, rws_error *e)
{
    ws_ctx *c = ctx;
    rws_workshop *w = c->w;
    if (round == 0) {
        if (strcmp(key, "lang")) return fail(e, line, key, S_WS_ERR_KEY);
        if (strcmp(value, "zh") && strcmp(value, "en")) return fail(e, line, key, S_WS_ERR_LANG);
        snprintf(w->lang, sizeof w->lang, "%s", value);
        return 0;
    }
    if (round > w->n_rounds + 1) return fail(e, line, "", S_WS_ERR_ORDER);
    if (round > w->n_rounds) w->n_rounds = round;
    if (!strcmp(key, "challenge")) {
        if (!value[0]) return fail(e, line, key, S_WS_ERR_PATH);
        resolve(c->dir, value, w->challenge[round - 1], RWS_PATH_MAX);
    } else if (!strcmp(key, "minutes")) {
        char *end;
        long m = strtol(value, &end, 10);
        if (end == value || *end || m < 1 || m > 600) return fail(e, line, key, S_WS_ERR_MINUTES);
        w->minutes[round - 1] = (int)m;
    } else return fail(e, line, key, S_WS_ERR_KEY);
    return 0;
}

int rws_load(const char *dir, rws_workshop *w, rws_error *e)
{
    char file[RWS_PATH_MAX + 32];
    ws_ctx c = {w, ""};
    struct stat sb;
    char *text;
    int rc;
    memset(w, 0, sizeof *w);
    memset(e, 0, sizeof *e);
    snprintf(file, sizeof file, "%s/%s", dir, RWS_FILE);
    if (lstat(file, &sb) != 0 && errno == ENOENT) return 0;
    if (!(text = read_small(file, NULL))) return fail(e, 0, "", S_WS_ERR_READ);
    snprintf(c.dir, sizeof c.dir, "%s", dir);
    rc = parse(text, ws_line, &c, e);
    free(text);
    if (rc) return -1;
    if (w->n_rounds == 0) return fail(e, 0, "", S_WS_ERR_NO_ROUNDS);
    for (int k = 0; k < w->n_rounds; k++)
        if (!w->challenge[k][0] || !w->minutes[k]) return fail(e, 0, w->challenge[k][0] ? "minutes" : "challenge", S_WS_ERR_ROUND);
    return 1;
}

/* ---- the answers file ---- */

typedef struct {
    rws_answers *a;
    char dir[RWS_PATH_MAX];
} ans_ctx;

static int ans_line(void *ctx, int round, const char *key, char *value, int line, rws_error *e)
{
    ans_ctx *c = ctx;
    if (round == 0) return fail(e, line, key, S_WS_ERR_KEY);
    if (round > c->a->n_rounds) c->a->n_rounds = round;
    if (!strncmp(key, "lever.", 6)) {
        char sec[64], *dot, *end;
        int id, k = round - 1;
        double v = strtod(value, &end);
        snprintf(sec, sizeof sec, "%s", key + 6);
        dot = strchr(sec, '.');
        if (dot) *dot = '\0';
        id = dot ? pp_param_find(sec, dot + 1) : -1;
        if (id < 0 || pp_param_get(id)->group == LG_NONE) return fail(e, line, key, S_WS_ERR_LEVER);
        if (end == value || *end || c->a->n_levers[k] >= RWS_MAX_LEVERS) return fail(e, line, key, S_WS_ERR_VALUE);
        c->a->lever_id[k][c->a->n_levers[k]] = id;
        c->a->lever_value[k][c->a->n_levers[k]++] = v;
    } else if (!strcmp(key, "solution")) resolve(c->dir, value, c->a->solution[round - 1], RWS_PATH_MAX);
    else if (!strcmp(key, "notes_en")) snprintf(c->a->notes_en[round - 1], RWS_NOTES_MAX, "%s", value);
    else if (!strcmp(key, "notes_zh")) snprintf(c->a->notes_zh[round - 1], RWS_NOTES_MAX, "%s", value);
    else return fail(e, line, key, S_WS_ERR_KEY);
    return 0;
}

int rws_answers_load(const char *file, rws_answers *a, int *open_to_others, rws_error *e)
{
    ans_ctx c = {a, ""};
    mode_t mode = 0;
    char *text;
    int rc;
    memset(a, 0, sizeof *a);
    memset(e, 0, sizeof *e);
    if (!(text = read_small(file, &mode))) return fail(e, 0, "", S_WS_ERR_READ);
    *open_to_others = (mode & 044) != 0;
    folder_of(file, c.dir, sizeof c.dir);
    rc = parse(text, ans_line, &c, e);
    free(text);
    return rc ? -1 : 1;
}

/* ---- the state file ---- */

static const char *const status_names[RWS_STATUS_COUNT] = {"waiting", "running", "paused", "closed"};

int rws_state_write(const char *dir, const rws_state *s)
{
    char file[RWS_PATH_MAX + 32], text[256];
    pp_error err;
    snprintf(file, sizeof file, "%s/%s", dir, RWS_STATE);
    snprintf(text, sizeof text, "; peakpath room state (written by the facilitator's room)\nround = %d\nstatus = %s\n"
             "ends_at = %lld\nleft_s = %ld\nreveal = %d\n", s->round, status_names[s->status], s->ends_at, s->left_s,
             s->reveal);
    pp_error_clear(&err);
    return save_text(file, text, 1, &err) == PP_OK ? 0 : -1;
}

int rws_state_read(const char *dir, rws_state *s)
{
    char file[RWS_PATH_MAX + 32], st[16] = "";
    char *text, *p;
    rws_state r = {0};
    int have = 0;
    struct stat ws;
    long owner = -1;
    snprintf(file, sizeof file, "%s/%s", dir, RWS_FILE);
    if (lstat(file, &ws) == 0) owner = (long)ws.st_uid; /* only the facilitator's state counts */
    snprintf(file, sizeof file, "%s/%s", dir, RWS_STATE);
    if (!(text = read_small_as(file, NULL, owner))) return -1;
    for (p = strtok(text, "\n"); p; p = strtok(NULL, "\n")) {
        have += sscanf(p, "round = %d", &r.round) == 1;
        have += sscanf(p, "status = %15s", st) == 1;
        sscanf(p, "ends_at = %lld", &r.ends_at);
        sscanf(p, "left_s = %ld", &r.left_s);
        sscanf(p, "reveal = %d", &r.reveal);
    }
    free(text);
    r.status = RWS_STATUS_COUNT;
    for (int i = 0; i < RWS_STATUS_COUNT; i++)
        if (!strcmp(st, status_names[i])) r.status = (rws_status)i;
    if (have < 2 || r.status == RWS_STATUS_COUNT || r.round < 1 || r.round > RWS_MAX_ROUNDS) return -1;
    *s = r;
    return 0;
}

long rws_left(const rws_state *s, long long now)
{
    long long left = s->status == RWS_RUNNING ? s->ends_at - now : s->status == RWS_CLOSED ? 0 : s->left_s;
    return left > 0 ? (long)left : 0;
}

int rws_round_open(const rws_state *s, int round, long long now)
{
    return s->round == round && s->status != RWS_CLOSED && !(s->status == RWS_RUNNING && now >= s->ends_at);
}

const char *rws_clock(long seconds, char *buf, size_t size)
{
    if (seconds < 0) seconds = 0;
    snprintf(buf, size, "%ld:%02ld", seconds / 60, seconds % 60);
    return buf;
}

const char *rws_countdown(const rws_state *s, long long now, i18n_lang lang, char *buf, size_t size)
{
    static const i18n_id what[RWS_STATUS_COUNT] = {S_J_WAITING, S_J_LEFT, S_J_PAUSED, S_J_CLOSED};
    char clock[32];
    long left = rws_left(s, now);
    rws_status st = (s->status == RWS_RUNNING && left == 0) ? RWS_CLOSED : s->status;
    const char *word = i18n_str(what[st >= 0 && st < RWS_STATUS_COUNT ? st : RWS_CLOSED], lang);
    rws_clock(left, clock, sizeof clock);
    if (lang == LANG_ZH) snprintf(buf, size, "%s %s", word, clock);
    else snprintf(buf, size, "%s %s", clock, word);
    return buf;
}

const char *rws_error_text(const rws_error *e, const char *file, i18n_lang lang, char *buf, size_t size)
{
    char line[16] = "";
    if (e->line > 0) snprintf(line, sizeof line, ":%d", e->line);
    snprintf(buf, size, "%s%s: %s%s%s", file, line, e->key, e->key[0] ? ": " : "", i18n_str(e->what, lang));
    return buf;
}
