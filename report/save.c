/* report/save.c - atomic file writing: temp file beside the target, write, fsync, rename. The
 * user's existing file is never truncated or half-written; on failure it is left as it was. */
#include "save.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define SAVE_PATH_MAX 4096 /* longest target path handled, bytes (Linux PATH_MAX) */
#define SAVE_TRIES 16      /* temp names tried before giving up (a clash needs a same-ns same-pid writer) */

/* ---- helpers ---- */

/* Records the failure: "cannot save: WHAT: system error" when errnum is set, else WHAT alone
 * (what: a message id without arguments). */
static pp_status save_fail(pp_error *err, pp_status code, const char *path, pp_msg_id what, int errnum)
{
    if (errnum) pp_error_set(err, code, SAVE_FAILED, PP_M(what), PP_ERRNO(errnum));
    else pp_error_setv(err, code, what, 0, NULL);
    pp_error_where(err, path, NULL, NULL, 0);
    return code;
}

/* What is at path now, without following a link: 0 nothing there, 1 a regular file (its mode
 * in *mode), or -1 with err filled: a symbolic link, a FIFO, a device, a folder or a socket is
 * never replaced (replacing /dev/null with a file, or writing through a link a participant put
 * in a shared folder, is what this refuses). */
static int save_target_kind(const char *path, mode_t *mode, pp_error *err)
{
    struct stat st;
    pp_msg_id what;
    if (lstat(path, &st) != 0) return 0;
    if (S_ISREG(st.st_mode)) {
        *mode = st.st_mode & 07777;
        return 1;
    }
    what = S_ISLNK(st.st_mode) ? PPM_SAVE_IS_LINK
         : S_ISDIR(st.st_mode) ? PPM_SAVE_IS_DIR
         : S_ISFIFO(st.st_mode) ? PPM_SAVE_IS_FIFO
         : (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) ? PPM_SAVE_IS_DEVICE
         : PPM_SAVE_NOT_REGULAR;
    save_fail(err, PP_ERR_USAGE, path, what, 0);
    return -1;
}

/* Creates a new temp file "TARGET.tmp-PID-N" exclusively (mode 0666 minus the umask).
 * Returns the fd and fills tmp, or -1 with errno set. */
static int save_open_temp(const char *target, char *tmp, size_t size)
{
    for (int i = 0; i < SAVE_TRIES; i++) {
        struct timespec ts;
        int fd;
        clock_gettime(CLOCK_REALTIME, &ts);
        if (snprintf(tmp, size, "%s.tmp-%ld-%ld", target, (long)getpid(), (long)ts.tv_nsec + i) >= (int)size) {
            errno = ENAMETOOLONG;
            return -1;
        }
        fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    return -1;
}

/* Writes all len bytes, retrying short writes and EINTR. Returns 0 or -1 with errno set. */
static int save_write_all(int fd, const unsigned char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Flushes the directory holding path so the rename itself survives a crash. Best effort:
 * some file systems refuse fsync on directories, which costs nothing but that guarantee. */
static void save_sync_dir(const char *path)
{
    char dir[SAVE_PATH_MAX];
    const char *slash = strrchr(path, '/');
    int fd;
    if (!slash) {
        snprintf(dir, sizeof dir, ".");
    } else {
        size_t n = slash == path ? 1 : (size_t)(slash - path);
        memcpy(dir, path, n);
        dir[n] = '\0';
    }
    fd = open(dir, O_RDONLY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* Moves the finished temp file onto target. Without overwrite, link() refuses atomically when
 * target exists; where hard links are not supported it falls back to a check then rename. */
static pp_status save_commit(const char *tmp, const char *target, const char *path, int overwrite, pp_error *err)
{
    struct stat st;
    if (overwrite) {
        mode_t mode;
        if (save_target_kind(target, &mode, err) < 0) return PP_ERR_USAGE; /* swapped meanwhile */
        if (rename(tmp, target) != 0) return save_fail(err, PP_ERR_IO, path, PPM_SAVE_RENAME, errno);
        return PP_OK;
    }
    if (link(tmp, target) == 0) {
        unlink(tmp);
        return PP_OK;
    }
    if (errno == EEXIST || lstat(target, &st) == 0)
        return save_fail(err, PP_ERR_USAGE, path, PPM_SAVE_EXISTS, 0);
    if (rename(tmp, target) != 0) return save_fail(err, PP_ERR_IO, path, PPM_SAVE_RENAME, errno);
    return PP_OK;
}

/* Fills the open temp file: content, the old file's permission bits (keep_mode), fsync, close. */
static int save_fill(int fd, int keep_mode, mode_t mode, const void *data, size_t len)
{
    int ok = save_write_all(fd, data, len) == 0;
    if (ok && keep_mode) ok = fchmod(fd, mode) == 0;
    if (ok) ok = fsync(fd) == 0;
    if (!ok) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return close(fd);
}

/* ---- public ---- */

pp_status save_atomic(const char *path, const void *data, size_t len, int overwrite, pp_error *err)
{
    char tmp[SAVE_PATH_MAX + 64];
    const char *target = path; /* never a link's target: a link is refused */
    mode_t mode = 0;
    pp_status rc;
    int fd, kind;
    if (!path || !path[0]) return save_fail(err, PP_ERR_USAGE, "", PPM_SAVE_NO_NAME, 0);
    if (strlen(path) >= SAVE_PATH_MAX) return save_fail(err, PP_ERR_IO, path, PPM_SAVE_PATH, ENAMETOOLONG);
    if ((kind = save_target_kind(path, &mode, err)) < 0) return PP_ERR_USAGE;
    if (!overwrite && kind > 0) return save_fail(err, PP_ERR_USAGE, path, PPM_SAVE_EXISTS, 0);
    fd = save_open_temp(target, tmp, sizeof tmp);
    if (fd < 0) return save_fail(err, PP_ERR_IO, path, PPM_SAVE_NO_TEMP, errno);
    if (save_fill(fd, kind > 0, mode, data, len) != 0) {
        int e = errno;
        unlink(tmp);
        return save_fail(err, PP_ERR_IO, path, PPM_SAVE_WRITE_TEMP, e);

    }
    rc = save_commit(tmp, target, path, overwrite, err);
    if (rc != PP_OK) {
        unlink(tmp);
        return rc;
    }
    save_sync_dir(target);
    return PP_OK;
}

pp_status save_text(const char *path, const char *text, int overwrite, pp_error *err)
{
    return save_atomic(path, text, text ? strlen(text) : 0, overwrite, err);
}
