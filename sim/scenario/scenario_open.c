/* sim/scenario/scenario_open.c - opening and reading one scenario file for the loader
 * (scenario_load.c): the engine's only I/O. The file is opened with O_NONBLOCK (a FIFO swapped in
 * for a file cannot block the caller) and checked with fstat on the open descriptor (a regular
 * file under SCN_TEXT_MAX bytes), so there is no gap between the check and the read. Under a
 * load policy (scn_load_policy: the workshop room) a symbolic link is refused (O_NOFOLLOW), a
 * file with other hard links is refused, and a parent named by `inherit` is opened only directly
 * inside one of the policy's folders (openat on that folder, so a link swapped into the path
 * cannot redirect it). Never prints, keeps no state. */
/* openat, O_NOFOLLOW, O_CLOEXEC and O_DIRECTORY are POSIX.1-2008 (_POSIX_C_SOURCE=200809L). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scenario_priv.h"

/* Splits file into its folder ("." when none) and its last component. 0 when too long. */
static int split_path(const char *file, char *dir, size_t dsize, const char **base)
{
    const char *slash = strrchr(file, '/');
    size_t n = slash ? (size_t)(slash - file) : 0;
    if (!slash) {
        snprintf(dir, dsize, ".");
        *base = file;
        return 1;
    }
    if (n == 0) n = 1; /* "/x.ini": the root */
    if (n >= dsize) return 0;
    memcpy(dir, file, n);
    dir[n] = '\0';
    *base = slash + 1;
    return 1;
}

/* The index of the policy folder that is the folder holding file (same device and inode), or -1. */
static int policy_dir_of(const scn_load_policy *pol, const char *file, const char **base)
{
    char dir[PP_ERR_FILE_MAX];
    struct stat want, have;
    if (!split_path(file, dir, sizeof dir, base) || !**base || stat(dir, &want) != 0) return -1;
    for (int i = 0; i < pol->n_dirs && i < SCN_POLICY_DIRS; i++)
        if (pol->dirs[i] && stat(pol->dirs[i], &have) == 0 && have.st_dev == want.st_dev &&
            have.st_ino == want.st_ino)
            return i;
    return -1;
}

/* Opens file for reading as the policy says; -1 with errno set (EACCES for a parent outside
 * the policy's folders, *outside set). */
static int open_as_policy(const char *file, const scn_load_policy *pol, int is_parent, int *outside)
{
    int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (pol && pol->no_follow ? O_NOFOLLOW : 0);
    const char *base;
    int i, dfd, fd;
    *outside = 0;
    if (!pol || !is_parent || pol->n_dirs <= 0) return open(file, flags);
    if ((i = policy_dir_of(pol, file, &base)) < 0) {
        *outside = 1;
        errno = EACCES;
        return -1;
    }
    if ((dfd = open(pol->dirs[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0) return -1;
    fd = openat(dfd, base, flags);
    if (fd < 0) {
        int e = errno;
        close(dfd);
        errno = e;
        return -1;
    }
    close(dfd);
    return fd;
}

/* Reads exactly size bytes (a file that shrank meanwhile is an error). 0 or -1. */
static int read_all(int fd, char *buf, size_t size)
{
    while (size > 0) {
        ssize_t n = read(fd, buf, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        buf += n;
        size -= (size_t)n;
    }
    return 0;
}

/* Why a file that opened cannot be read, checked on the descriptor; PP_OK when it can. */
static pp_status check_open_file(const struct stat *sb, const scn_load_policy *pol, pp_error *err)
{
    if (!S_ISREG(sb->st_mode)) return pp_error_set(err, PP_ERR_IO, NOT_REGULAR_FILE);
    if (pol && pol->no_follow && sb->st_nlink > 1) return pp_error_set(err, PP_ERR_IO, REFUSED_HARD_LINKS);
    if ((unsigned long long)sb->st_size > SCN_TEXT_MAX)
        return pp_error_set(err, PP_ERR_IO, FILE_TOO_LARGE, PP_I(sb->st_size), PP_I(SCN_TEXT_MAX));
    return PP_OK;
}

pp_status scn_open_read(const char *file, const scn_load_policy *pol, int is_parent, char **text, size_t *len,
                        struct stat *sb, int *opened, pp_error *err)
{
    int outside, fd = open_as_policy(file, pol, is_parent, &outside);
    pp_status st;
    *text = NULL;
    *len = 0;
    *opened = fd >= 0;
    if (fd < 0 && outside)
        return pp_error_set(err, PP_ERR_IO, REFUSED_OUTSIDE_ROOM);
    if (fd < 0 && errno == ELOOP && pol && pol->no_follow) return pp_error_set(err, PP_ERR_IO, REFUSED_SYMLINK);
    if (fd < 0) return pp_error_set(err, PP_ERR_IO, ERRNO, PP_ERRNO(errno));
    if (fstat(fd, sb) != 0) st = pp_error_set(err, PP_ERR_IO, ERRNO, PP_ERRNO(errno));
    else st = check_open_file(sb, pol, err);
    if (st == PP_OK && !(*text = malloc((size_t)sb->st_size + 1))) st = pp_error_set(err, PP_ERR_NOMEM, NOMEM);
    if (st == PP_OK && read_all(fd, *text, (size_t)sb->st_size) != 0) st = pp_error_set(err, PP_ERR_IO, READ_ERROR);

    close(fd);
    if (st != PP_OK) {
        free(*text);
        *text = NULL;
        return st;
    }
    (*text)[sb->st_size] = '\0';
    *len = (size_t)sb->st_size;
    return PP_OK;
}
