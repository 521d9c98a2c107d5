/* tui/files.h - saving the edited scenario (in place, or under a new name that inherits from the
 * open file so it lists only the differences) atomically through report/save.h, and opening another. */
#ifndef PEAKPATH_TUI_FILES_H
#define PEAKPATH_TUI_FILES_H

#include "app.h"

/* Saves to the open file atomically, inheriting from the same parent as before (the key `s`
 * saves a root scenario under a new name instead, see tui/input.c). Returns 0, or -1 with a
 * message set; the file on disk is then untouched. */
int file_save(app *a);

/* Saves under path (must not exist yet unless it is the open file) inheriting from the open
 * file, then makes path the open file. Returns 0, or -1 with a message set. */
int file_save_as(app *a, const char *path);

/* Opens path as the new scenario (history cleared). Returns 0, or -1 with a message set; the
 * current scenario stays on failure. */
int file_open(app *a, const char *path);

/* How `inherit` should name `parent` from a file saved at `child`: its base name when both are
 * in the same directory, else its absolute path. Returns 0, or -1 when it cannot be resolved. */
int file_inherit_ref(const char *child, const char *parent, char *out, size_t size);

/* After a save as (or a participant's save): the file at path becomes the open one, loaded back
 * from disk so that its parent is the file it inherits from; calibration, history and the loaded
 * copy stay. On a load failure: a "save failed" message naming path, and -1. */
int file_adopt(app *a, const char *path);

#endif
