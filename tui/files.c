/* tui/files.c - scenario files from the TUI: atomic save in place or as a new inheriting file
 * (report/save.h writes temp + fsync + rename), and opening another scenario. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* realpath */
#endif
#include "files.h"
#include "../report/error_text.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../report/error_text.h"
#include "../report/save.h"
#include "style.h"

/* ---- paths ---- */

/* Directory part of path into out ("." when there is none). */
static void dir_of(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');
    if (!slash) snprintf(out, size, ".");
    else if (slash == path) snprintf(out, size, "/");
    else snprintf(out, size, "%.*s", (int)(slash - path), path);
}

int file_inherit_ref(const char *child, const char *parent, char *out, size_t size)
{
    char cd[PATH_MAX], pd[PATH_MAX], rc[PATH_MAX], rp[PATH_MAX];
    const char *base = strrchr(parent, '/');
    dir_of(child, cd, sizeof cd);
    dir_of(parent, pd, sizeof pd);
    if (!realpath(cd, rc) || !realpath(pd, rp)) return -1;
    if (!strcmp(rc, rp)) {
        snprintf(out, size, "%s", base ? base + 1 : parent);
        return 0;
    }
    if (!realpath(parent, rp)) return -1;
    snprintf(out, size, "%s", rp);
    return 0;
}

/* ---- saving ---- */

static int save_failed(app *a, const char *path, const pp_error *err)
{
    char buf[PP_ERR_MSG_MAX + 300];
    pp_error sys;
    if (!err) err = (pp_error_set(&sys, PP_ERR_IO, ERRNO, PP_ERRNO(errno)), &sys); /* the system's reason, in a->lang */
    msg_say(&a->msg, ST_ERROR, "%s%s%s%s%s", i18n_str(S_M_SAVE_FAILED, a->lang), i18n_str(S_COLON, a->lang), path,
            i18n_str(S_COLON, a->lang), error_message(err, a->lang, buf, sizeof buf));
    return -1;
}

/* Writes scn as INI text inheriting from parent_file (NULL: every key) to path. */
static int write_scenario(app *a, const char *path, const scn_scenario *parent, const char *parent_ref,
                          int overwrite)
{
    char *text = NULL;
    pp_error err;
    pp_error_clear(&err);
    if (scn_to_ini(a->scn, parent, parent_ref, &text, &err) != PP_OK) return save_failed(a, path, &err);
    if (save_text(path, text, overwrite, &err) != PP_OK) {
        free(text);
        return save_failed(a, path, &err);
    }
    free(text);
    return 0;
}

int file_save(app *a)
{
    const char *inherit = scn_text(a->scn, P_SCENARIO_INHERIT);
    const scn_scenario *parent = scn_parent(a->scn);
    if (a->join.on) return join_save(a);  /* participant mode: the participant's own file (tui/join.c) */
    if (join_refuse_in_place(a)) return -1; /* never a challenge file, never another user's file */
    if (write_scenario(a, a->file, parent && *inherit ? parent : NULL, parent && *inherit ? inherit : NULL, 1))
        return -1;
    app_mark_saved(a);
    msg_say(&a->msg, ST_GOOD, "%s%s%s", i18n_str(S_M_SAVED, a->lang), i18n_str(S_COLON, a->lang), a->file);
    return 0;
}

int file_adopt(app *a, const char *path)
{
    scn_scenario *s = NULL;
    pp_error err;
    pp_error_clear(&err);
    if (scn_load(path, &s, &err) != PP_OK) return save_failed(a, path, &err);
    scn_free(a->scn);
    a->scn = s;
    snprintf(a->file, sizeof a->file, "%s", path);
    app_mark_saved(a);
    app_rerun(a);
    return 0;
}

int file_save_as(app *a, const char *path)
{
    char ref[PATH_MAX];
    scn_scenario *parent = NULL;
    pp_error err;
    struct stat st;
    if (a->join.on) return join_save_as(a, path); /* participant mode (tui/join.c) */
    if (!strcmp(path, a->file)) return file_save(a);
    if (stat(path, &st) == 0) {
        msg_say(&a->msg, ST_ERROR, "%s%s%s %s", i18n_str(S_M_SAVE_FAILED, a->lang), i18n_str(S_COLON, a->lang), path, i18n_str(S_M_EXISTS, a->lang));
        return -1;
    }
    if (file_inherit_ref(path, a->file, ref, sizeof ref)) return save_failed(a, path, NULL);
    pp_error_clear(&err);
    if (scn_load(a->file, &parent, &err) != PP_OK) return save_failed(a, a->file, &err); /* as on disk now */
    if (write_scenario(a, path, parent, ref, 0)) {
        scn_free(parent);
        return -1;
    }
    scn_free(parent);
    if (file_adopt(a, path)) return -1;
    msg_say(&a->msg, ST_GOOD, "%s%s%s (inherit = %s)", i18n_str(S_M_SAVED, a->lang), i18n_str(S_COLON, a->lang), path, ref);
    return 0;
}

/* ---- opening ---- */

int file_open(app *a, const char *path)
{
    pp_error err;
    char buf[PP_ERR_MSG_MAX + 300];
    pp_error_clear(&err);
    if (app_load(a, path, &err) != PP_OK) {
        msg_say(&a->msg, ST_ERROR, "%s%s%s", i18n_str(S_M_OPEN_FAILED, a->lang), i18n_str(S_COLON, a->lang), error_text(&err, a->lang, buf, sizeof buf));
        return -1;
    }
    if (!a->msg.text[0]) msg_say(&a->msg, ST_GOOD, "%s%s%s", i18n_str(S_M_OPENED, a->lang), i18n_str(S_COLON, a->lang), path);
    return 0;
}
