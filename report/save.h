/* report/save.h - atomic file writing for the front ends (CLI -o, TUI scenario saving): the new
 * content goes to a temporary file in the same directory, is flushed to disk, then renamed over
 * the target, so the user's file is either the old one or the complete new one, never half. */
#ifndef PEAKPATH_REPORT_SAVE_H
#define PEAKPATH_REPORT_SAVE_H

#include <stddef.h>

#include "../sim/pp_error.h"

/* Writes len bytes of data to path atomically (temp file "PATH.tmp-XXXXXX" beside it, write,
 * fsync, rename, fsync of the directory). Only a regular file is ever replaced: a symbolic link
 * at path is refused (never written through), and so are a FIFO, a device, a folder or a socket
 * (PP_ERR_USAGE, the message says which). An existing file keeps its permission bits; a new one
 * gets 0666 minus the umask.
 * With overwrite == 0 an existing path is refused with PP_ERR_USAGE ("already exists; not
 * replaced"); the check and the final link() are atomic, so a file appearing meanwhile is kept.
 * On any failure returns PP_ERR_IO/PP_ERR_USAGE with err naming the path and the reason, removes
 * the temporary file and leaves the existing file untouched. */
pp_status save_atomic(const char *path, const void *data, size_t len, int overwrite, pp_error *err);

/* save_atomic of a NUL-terminated text. */
pp_status save_text(const char *path, const char *text, int overwrite, pp_error *err);

#endif
