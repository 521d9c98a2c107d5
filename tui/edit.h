/* tui/edit.h - the one-line editor of the TUI's prompts (values, file names): insert and delete at a
 * cursor, move by character or to either end, a horizontal view that keeps the cursor visible, and
 * file-name completion with Tab. Pure except edit_complete_path, which reads a directory. */
#ifndef PEAKPATH_TUI_EDIT_H
#define PEAKPATH_TUI_EDIT_H

#include <stddef.h>
#include <wchar.h>

#define EDIT_MAX 512

typedef struct {
    wchar_t buf[EDIT_MAX]; /* always 0-terminated */
    int len, cur;          /* characters, cursor position 0..len */
    int selected;          /* 1: the whole (pre-filled) text is selected: the next character typed
                              replaces it, Backspace or Delete clears it, a cursor move keeps it */
} edit_line;

/* Replaces the text with UTF-8 `text`, cursor at the end. */
void edit_set(edit_line *e, const char *text);

/* Selects the whole text (a pre-filled value the user will more likely replace than extend). */
void edit_select_all(edit_line *e);

/* Inserts c before the cursor (nothing when full). */
void edit_insert(edit_line *e, wchar_t c);

/* Deletes before the cursor (backspace) or at it (delete). */
void edit_backspace(edit_line *e);
void edit_delete(edit_line *e);

/* Moves the cursor by delta characters, clamped; to = -1 / +1 moves to the start / end. */
void edit_move(edit_line *e, int delta);
void edit_home_end(edit_line *e, int to);

/* The text as UTF-8 into out (size bytes, always terminated). Locale-independent. */
void edit_utf8(const edit_line *e, char *out, size_t size);

/* First character to show in `cols` cells so that the cursor is visible, given the previous start. */
int edit_view_start(const edit_line *e, int cols, int start);

/* Completes the file name before the cursor (the text must end at the cursor) against the
 * directory it names: to the single match (a directory gets "/"), or to the longest common
 * prefix of several. With prefer_ext (".ini"), names ending with it and directories are tried
 * first, so scenario.csv beside scenario.ini does not stop the completion at "scenario.";
 * only when none matches are all names tried. Returns how many names matched (0: nothing
 * changes). */
int edit_complete_path(edit_line *e, const char *prefer_ext);

#endif
