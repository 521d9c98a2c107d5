/* tui/app.h - the TUI's state, passed to every panel (no globals): the scenario being edited and
 * the one as loaded, their results, the lever list, undo history, view, mode and layout.
 * The main loop and input dispatch are in tui/app.c. */
#ifndef PEAKPATH_TUI_APP_H
#define PEAKPATH_TUI_APP_H

#include <wchar.h>

#include "../sim/model/run.h"
#include "../sim/scenario/scenario.h"
#include "edit.h"
#include "msg.h"
#include "history.h"
#include "../report/error_text.h" /* engine errors in the app's language */
#include "../report/i18n.h"
#include "layout.h"
#include "levers.h"
#include "challenge_panel.h"
#include "export_keys.h"
#include "playback.h"
#include "bands.h"
#include "decomp_view.h"
#include "reference.h"
#include "seek_ui.h"
#include "seek_multi_ui.h"
#include "tornado_view.h"
#include "join.h"
#include "cost_view.h"

#define APP_PATH_MAX 4096
#define APP_TABLE_FULL_COLS 120 /* below this the table view takes the levers' place too */
#define APP_KEY_WAIT_MS 250 /* how often the loop looks at the signal flag while idle */

typedef enum { VIEW_CO2, VIEW_MIX, VIEW_CAP, VIEW_STRUCT, VIEW_TABLE, VIEW_DECOMP, VIEW_TORNADO, VIEW_COST, VIEW_COUNT } app_view;
typedef enum { MODE_NORMAL, MODE_HELP, MODE_PROMPT, MODE_ASK_QUIT, MODE_ASK_OPEN } app_mode;
typedef enum { PROMPT_VALUE, PROMPT_SAVEAS, PROMPT_SAVEAS_ROOT, PROMPT_OPEN, PROMPT_EXPORT, PROMPT_SEEK,
               PROMPT_REF, PROMPT_SEEK_MULTI } app_prompt;

typedef struct app {
    scn_scenario *scn;       /* being edited */
    scn_scenario *base;      /* as loaded: the faint reference line and what "reset" restores */
    char file[APP_PATH_MAX]; /* where scn was loaded from (and saves to) */
    char pending_open[APP_PATH_MAX];
    cal_result cal;          /* solved once per load, reused by every re-run */
    run_result res;          /* of scn */
    run_result base_res;     /* of base */
    int res_stale;           /* the last re-run failed: res is the last valid one */
    int cal_failed;          /* calibration did not converge: results use its last iterate */
    lev_list levers;
    int sel;                 /* selected lever */
    int lev_first;           /* first panel row shown */
    hist_stack hist;
    pp_path saved[P_COUNT];  /* each lever's path as last loaded or saved, by lever index */
    i18n_lang lang;
    int utf8, color;
    app_view view;
    int table_row, table_col;
    int table_full;          /* the table has the whole width (narrow terminal): arrows scroll it */
    lay_rect main_rect;      /* where the main view was drawn last */
    app_mode mode;
    app_prompt prompt;
    edit_line edit;          /* the prompt's text */
    int edit_start;          /* first character shown */
    msg_sink msg;            /* message line (tui/msg.h; panels say things here); empty: the description */
    lay_layout lay;
    int tab_x[VIEW_COUNT + 1]; /* title bar columns of the view tabs (for the mouse) */
    int quit;
    int exit_code;
    chp_state chal;          /* the workshop challenge: goals, banner, brief (challenge_panel.h) */
    play_state play;         /* playback year and clock (playback.h) */
    exp_state exp;           /* export menu and replace question (export_keys.h) */
    int help_page;           /* page of the help screen shown; Space turns it (help.c) */
    unsigned run_gen;        /* counts engine re-runs: caches of results (bands) compare it */
    seek_ui_state seek;      /* goal seek prompt (seek_ui.h) */
    bands_state bands;       /* Monte Carlo bands on the CO2 view (bands.h) */
    decomp_state decomp;     /* decomposition view years and mode (decomp_view.h) */
    ref_state ref;           /* reference scenario behind the edited one (reference.h) */
    tornado_state tornado;   /* view 7, what moves the peak (tornado_view.h) */
    seekm_ui_state seekm;    /* multi-lever goal seek prompt (seek_multi_ui.h) */
    join_state join;         /* participant mode of `peakpath join` (join.h) */
    costv_state cost;        /* view 8, costs, air and the abatement curve (cost_view.h) */
    int ov_top, ov_end;      /* rows [top, end) under boxes drawn over this frame (app_overlay) */
    int ov_was_top, ov_was_end; /* the same for the frame before */
} app;

/* Loads file into a (scenario, baseline copy, calibration, both runs). On failure returns the
 * status and err; a is left as it was. */
pp_status app_load(app *a, const char *file, pp_error *err);

/* Re-runs the edited scenario with the stored calibration; a failure becomes a message. */
void app_rerun(app *a);

/* Computes what the next frame shows but a frame must not compute - the Monte Carlo bands
 * (bands_update), the decomposition (decomp_update) and the tornado (tornado_update). Called after every input and before the
 * first frame; app_draw only reads the results. */
void app_compute(app *a);

/* Lays out and draws the whole screen into stdscr (no refresh). */
void app_draw(app *a);

/* A box (banner, help, question, menu) is drawn over the frame at r. When the boxes come, go or
 * move, app_draw has the terminal repaint the rows they cover whole: a box's edge that falls on
 * half of a Chinese character leaves the terminal and curses disagreeing about that character
 * (the terminal blanks it, curses still counts it as there), and the frame after the box would
 * otherwise show the line shifted or half-overwritten (issue 13: "：06.79" for "：206.79"). */
void app_overlay(app *a, const lay_rect *r);

/* Moves lever `id` to v (first clamped into the key's range when clamp is set, as for arrow keys;
 * a typed value is not): records undo, re-runs. Returns 0, or -1 with the engine's refusal as the
 * message. */
int app_set_lever(app *a, int id, double v, int clamp);

/* Sets the lever `only` (a parameter id), or every lever when only < 0, back to the loaded
 * scenario's path, as one undo step. */
void app_reset(app *a, int only);

/* Undoes (redo = 0) or redoes one step; says so when there is nothing to do. */
void app_history(app *a, int redo);

/* 1 when some lever's path differs from the file as last loaded or saved. */
int app_dirty(const app *a);

/* The current lever paths are what is on disk now. */
void app_mark_saved(app *a);

/* New app state (zeroed, language and terminal abilities set) and its release. */
app *app_new(i18n_lang lang, int utf8, int color);
void app_free(app *a);

#endif
