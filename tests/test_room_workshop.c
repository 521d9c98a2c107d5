/* tests/test_room_workshop.c - cmocka tests of the workshop v2 pieces (issue 14): participant
 * names and file names, the relative inherit path, the "NAME: challenge" name line, the workshop,
 * state and answers files (good and bad input), the lever diff, the leaderboard order, and the
 * shipped worked solution of challenge 1 meeting its goals. Expected values come from the files
 * themselves (the challenge's 2030 solar of 4.5 GW, the answers' 8 GW) and from the goals as
 * stated in the challenge (coal < 27 %, non-fossil >= 35 %, CO2 2030 <= 152 Mt). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../report/room_html.h"
#include "../report/room_join.h"
#include "../report/room_levers.h"
#include "../report/room_workshop.h"
#include "../sim/analysis/challenge_eval.h"
#include "../sim/scenario/challenge.h"

#define CHALLENGE1 "scenarios/challenge-1-energy-mix.ini"
#define SOLUTION1 "tests/challenge/solution-1.ini"

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/test_room_workshop.XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    char cmd[128];
    (void)state;
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_names(void **state)
{
    (void)state;
    assert_true(rjoin_name_ok("ana"));
    assert_true(rjoin_name_ok("li_wei"));
    assert_true(rjoin_name_ok("李伟"));
    assert_false(rjoin_name_ok(""));
    assert_false(rjoin_name_ok("a b"));
    assert_false(rjoin_name_ok("../x"));
    assert_false(rjoin_name_ok("x@2"));
    assert_false(rjoin_name_ok(".x"));
    assert_false(rjoin_name_ok("-x"));
    assert_false(rjoin_name_ok("workshop"));
    assert_false(rjoin_name_ok("a\033[2J"));
    assert_false(rjoin_name_ok("\xff\xfe"));                          /* not UTF-8 */
    assert_false(rjoin_name_ok("abcdefghijklmnopqrstuvwxyz0123456")); /* 33 bytes */
}

static void test_files_and_rounds(void **state)
{
    char out[128], who[64];
    (void)state;
    assert_int_equal(rjoin_file("/r", "ana", 1, 0, out, sizeof out), 0);
    assert_string_equal(out, "/r/ana.ini");
    assert_int_equal(rjoin_file("/r", "ana", 2, 0, out, sizeof out), 0);
    assert_string_equal(out, "/r/ana@2.ini");
    assert_int_equal(rjoin_file("/r", "ana", 2, 1, out, sizeof out), 0);
    assert_string_equal(out, "/r/late/ana@2.ini");
    assert_int_equal(rjoin_file("/r", "ana", 1, 0, out, 8), -1);
    assert_int_equal(rjoin_round_of("ana.ini", who, sizeof who), 1);
    assert_string_equal(who, "ana");
    assert_int_equal(rjoin_round_of("ana@2.ini", who, sizeof who), 2);
    assert_string_equal(who, "ana");
    assert_int_equal(rjoin_round_of("ana@1.ini", NULL, 0), 0); /* round 1 has no suffix */
    assert_int_equal(rjoin_round_of("ana@x.ini", NULL, 0), 0);
    assert_int_equal(rjoin_round_of("@2.ini", NULL, 0), 0);
    assert_int_equal(rjoin_round_of("ana.txt", NULL, 0), 0);
}

static void test_rel_path(void **state)
{
    char room[128], deep[160], chal[160], out[256];
    (void)state;
    snprintf(room, sizeof room, "%s/shared", tmpdir);
    snprintf(deep, sizeof deep, "%s/shared/late", tmpdir);
    snprintf(chal, sizeof chal, "%s/c1.ini", tmpdir);
    mkdir(room, 0700);
    mkdir(deep, 0700);
    write_file(chal, "; c\n");
    assert_int_equal(rjoin_rel_path(room, chal, out, sizeof out), 0);
    assert_string_equal(out, "../c1.ini");
    assert_int_equal(rjoin_rel_path(deep, chal, out, sizeof out), 0);
    assert_string_equal(out, "../../c1.ini");
    assert_int_equal(rjoin_rel_path(tmpdir, chal, out, sizeof out), 0);
    assert_string_equal(out, "c1.ini");
    assert_int_equal(rjoin_rel_path(room, "/nonexistent/x.ini", out, sizeof out), -1);
}

static void test_with_name(void **state)
{
    char *t;
    (void)state;
    t = rjoin_with_name("[scenario]\nname = Challenge 1\ninherit = x.ini\n[power]\nname = stays\n", "ana", "Challenge 1");
    assert_string_equal(t, "[scenario]\nname = ana: Challenge 1\ninherit = x.ini\n[power]\nname = stays\n");
    free(t);
    t = rjoin_with_name("[scenario]\ninherit = x.ini\n", "li", "C\n2");
    assert_string_equal(t, "[scenario]\nname = li: C 2\ninherit = x.ini\n");
    free(t);
    t = rjoin_with_name("[power]\nsolar_gw = 8\n", "bo", "");
    assert_string_equal(t, "[scenario]\nname = bo\n\n[power]\nsolar_gw = 8\n");
    free(t);
}

static void test_workshop_file(void **state)
{
    char path[160];
    rws_workshop w;
    rws_error e;
    (void)state;
    assert_int_equal(rws_load(tmpdir, &w, &e), 0); /* none yet: a plain room */
    snprintf(path, sizeof path, "%s/%s", tmpdir, RWS_FILE);
    write_file(path, "; plan\n[workshop]\nlang = zh\n[round 1]\nchallenge = c1.ini\nminutes = 20\n[round 2]\nchallenge = /abs/c2.ini\nminutes = 15\n");
    assert_int_equal(rws_load(tmpdir, &w, &e), 1);
    assert_int_equal(w.n_rounds, 2);
    assert_string_equal(w.lang, "zh");
    assert_int_equal(w.minutes[0], 20);
    assert_int_equal(w.minutes[1], 15);
    assert_non_null(strstr(w.challenge[0], "/c1.ini"));
    assert_string_equal(w.challenge[1], "/abs/c2.ini");
    write_file(path, "[round 1]\nchallenge = c1.ini\nminutes = 0\n");
    assert_int_equal(rws_load(tmpdir, &w, &e), -1);
    assert_int_equal(e.line, 3);
    assert_string_equal(e.key, "minutes");
    assert_int_equal(e.what, S_WS_ERR_MINUTES);
    write_file(path, "[round 2]\nchallenge = c1.ini\nminutes = 5\n");
    assert_int_equal(rws_load(tmpdir, &w, &e), -1);
    assert_int_equal(e.what, S_WS_ERR_ORDER);
    write_file(path, "[rounds]\n");
    assert_int_equal(rws_load(tmpdir, &w, &e), -1);
    assert_int_equal(e.what, S_WS_ERR_SECTION);
    write_file(path, "[round 1]\nchallenge = c1.ini\n");
    assert_int_equal(rws_load(tmpdir, &w, &e), -1);
    assert_string_equal(e.key, "minutes");
    write_file(path, "[workshop]\nlang = fr\n");
    assert_int_equal(rws_load(tmpdir, &w, &e), -1);
    assert_int_equal(e.what, S_WS_ERR_LANG);
    unlink(path);
}

static void test_state(void **state)
{
    rws_state s = {2, RWS_RUNNING, 1000100, 0, 1}, r;
    char buf[16];
    (void)state;
    assert_int_equal(rws_state_write(tmpdir, &s), 0);
    assert_int_equal(rws_state_read(tmpdir, &r), 0);
    assert_int_equal(r.round, 2);
    assert_int_equal(r.status, RWS_RUNNING);
    assert_true(r.ends_at == 1000100);
    assert_int_equal(r.reveal, 1);
    assert_int_equal(rws_left(&r, 1000000), 100); /* ends 100 s after "now" */
    assert_int_equal(rws_left(&r, 1000200), 0);
    assert_true(rws_round_open(&r, 2, 1000000));
    assert_false(rws_round_open(&r, 2, 1000100)); /* time is up */
    assert_false(rws_round_open(&r, 1, 1000000)); /* an earlier round */
    r.status = RWS_PAUSED;
    r.left_s = 75;
    assert_int_equal(rws_left(&r, 0), 75);
    assert_string_equal(rws_clock(75, buf, sizeof buf), "1:15");
    {
        char cd[64];
        assert_string_equal(rws_countdown(&r, 0, LANG_EN, cd, sizeof cd), "1:15 paused");
        r.status = RWS_RUNNING;
        r.ends_at = 1000100;
        assert_string_equal(rws_countdown(&r, 1000000, LANG_ZH, cd, sizeof cd), "剩余 1:40"); /* the word first */
        assert_string_equal(rws_countdown(&r, 1000100, LANG_EN, cd, sizeof cd), "0:00 closed"); /* time is up */
    }
    assert_string_equal(rws_clock(1200, buf, sizeof buf), "20:00");
}

static void test_answers(void **state)
{
    char path[160];
    rws_answers a;
    rws_error e;
    int open = 0;
    (void)state;
    assert_int_equal(rws_answers_load("facilitator/answers.ini", &a, &open, &e), 1);
    assert_int_equal(a.n_rounds, 3);
    assert_int_equal(a.n_levers[0], 4);
    assert_int_equal(a.lever_id[0][1], pp_param_find("power", "solar_gw"));
    assert_true(a.lever_value[0][1] == 8);
    assert_non_null(strstr(a.notes_zh[0], "三项目标全部达成"));
    snprintf(path, sizeof path, "%s/answers.ini", tmpdir);
    write_file(path, "[round 1]\nlever.economy.gdp_base_bn = 5\n"); /* not a lever */
    assert_int_equal(rws_answers_load(path, &a, &open, &e), -1);
    assert_int_equal(e.what, S_WS_ERR_LEVER);
    write_file(path, "[round 1]\nlever.power.solar_gw = lots\n");
    assert_int_equal(rws_answers_load(path, &a, &open, &e), -1);
    assert_int_equal(e.what, S_WS_ERR_VALUE);
    write_file(path, "[round 1]\nnotes_en = ok\n");
    chmod(path, 0644);
    assert_int_equal(rws_answers_load(path, &a, &open, &e), 1);
    assert_true(open); /* others may read it: the room warns */
    chmod(path, 0600);
    assert_int_equal(rws_answers_load(path, &a, &open, &e), 1);
    assert_false(open);
}

/* The answers' levers applied to challenge 1 meet all three goals (the challenge's own numbers:
 * coal 24.8 % < 27, non-fossil 35.1 % >= 35, 148.5 Mt <= 152 with wind 3.7 GW; 4 GW more so). */
static void test_answers_solve_challenge1(void **state)
{
    rws_answers a;
    rws_error e;
    scn_scenario *s = NULL;
    run_result *r = calloc(1, sizeof *r);
    chal_eval ev;
    pp_error err;
    int open;
    (void)state;
    assert_int_equal(rws_answers_load("facilitator/answers.ini", &a, &open, &e), 1);
    assert_int_equal(scn_load(CHALLENGE1, &s, &err), PP_OK);
    for (int i = 0; i < a.n_levers[0]; i++) assert_int_equal(scn_lever_set(s, a.lever_id[0][i], a.lever_value[0][i], &err), PP_OK);
    assert_int_equal(run_simulate(s, r, &err), PP_OK);
    chal_evaluate(chal_of(s), r, &ev);
    assert_int_equal(ev.n, 3);
    assert_true(ev.all_met);
    assert_true(r->summary.coal_share_2030 < 27 && r->summary.nonfossil_share_2030 >= 35);
    scn_free(s);
    free(r);
}

/* Solution 1 against challenge 1: solar 4.5 -> 8 GW (the challenge's 2030 value, the file's). */
static void test_lever_moves(void **state)
{
    scn_scenario *s = NULL;
    pp_error err;
    rlev_move m[RLEV_MAX];
    char buf[256];
    int n, found = 0;
    (void)state;
    assert_int_equal(scn_load(SOLUTION1, &s, &err), PP_OK);
    n = rlev_moves(s, m, RLEV_MAX);
    assert_int_equal(n, 4); /* solar, wind, imports, hydro */
    for (int i = 0; i < n; i++)
        if (m[i].id == pp_param_find("power", "solar_gw")) {
            found = 1;
            assert_true(fabs(m[i].from - 4.5) < 1e-9 && fabs(m[i].to - 8) < 1e-9);
            assert_string_equal(rlev_text(&m[i], LANG_EN, 0, buf, sizeof buf), "Solar PV capacity: 4.50 -> 8.00 GW");
            rlev_text(&m[i], LANG_ZH, 1, buf, sizeof buf);
            assert_non_null(strstr(buf, "450.0 → 800.0 万千瓦")); /* 1 GW = 100 万千瓦 */
        }
    assert_true(found);
    scn_free(s);
}

/* The leaderboard: goals met first, then the least cumulative CO2, broken rows last. */
static void test_rank(void **state)
{
    rscan_table t;
    rscan_row rows[4];
    run_result *res = calloc(4, sizeof *res);
    const rscan_row *out[4];
    const char *names[4] = {"a", "b", "c", "d"};
    int met[4] = {1, 3, 3, 0}, ok[4] = {1, 1, 1, 0};
    double cum[4] = {100, 700, 650, 0};
    (void)state;
    memset(&t, 0, sizeof t);
    memset(rows, 0, sizeof rows);
    rscan_row *ptr[4];
    for (int i = 0; i < 4; i++) {
        snprintf(rows[i].who, sizeof rows[i].who, "%s", names[i]);
        rows[i].ok = ok[i];
        rows[i].goals.n = 3;
        rows[i].goals.n_met = met[i];
        rows[i].res = &res[i];
        res[i].summary.cum_co2_mt = cum[i];
        ptr[i] = &rows[i];
    }
    t.n = 4;
    t.row = ptr;
    rhtml_rank(&t, out);
    assert_string_equal(out[0]->who, "c"); /* 3 goals, 650 Mt */
    assert_string_equal(out[1]->who, "b"); /* 3 goals, 700 Mt */
    assert_string_equal(out[2]->who, "a");
    assert_string_equal(out[3]->who, "d"); /* broken */
    {   /* with costs, a second podium: goals met, then the least cost (b 10 bn before c 20 bn) */
        char *page = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&page, &len);
        rhtml_page pg = {&t, 0, NULL, NULL, 0, NULL, NULL};
        const char *cost;
        res[1].summary.cum_system_cost_bn = 10;
        res[2].summary.cum_system_cost_bn = 20;
        assert_int_equal(rhtml_write(m, &pg, NULL), PP_OK);
        fclose(m);
        assert_non_null(strstr(page, "<meta http-equiv=\"refresh\""));
        cost = strstr(page, "Podium by system cost");
        assert_non_null(cost);
        assert_non_null(strstr(page, "<div class=\"p1\">1. c</div>"));        /* by CO2 */
        assert_true(strstr(cost, "<div class=\"p1\">1. b</div>") != NULL); /* by cost */
        free(page);
    }
    free(res);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_files_and_rounds),
        cmocka_unit_test(test_rel_path),
        cmocka_unit_test(test_with_name),
        cmocka_unit_test(test_workshop_file),
        cmocka_unit_test(test_state),
        cmocka_unit_test(test_answers),
        cmocka_unit_test(test_answers_solve_challenge1),
        cmocka_unit_test(test_lever_moves),
        cmocka_unit_test(test_rank),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests(tests, setup, teardown);
}
