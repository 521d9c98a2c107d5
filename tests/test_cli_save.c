/* tests/test_cli_save.c - report/save.c's atomic writing: a new file refused when one exists, the
 * mode kept and a symlink followed, a failure when the parent is a file, the old file intact after
 * a failed write (tests/cli_fixture.h gives the scratch directory). */
#include "../report/save.h"
#include "../report/error_text.h"
#include "cli_fixture.h"

/* ---- report/save.c ---- */

static void test_save_creates_and_refuses_existing(void **state)
{
    const fixture *fx = *state;
    char path[300], *text;
    pp_error err;
    scratch(fx, "save1.txt", path, sizeof path);
    unlink(path);
    assert_int_equal(save_text(path, "first\n", 0, &err), PP_OK);
    text = slurp(path, NULL);
    assert_string_equal(text, "first\n");
    free(text);
    assert_int_equal(save_text(path, "second\n", 0, &err), PP_ERR_USAGE);
    assert_non_null(strstr(err.file, "save1.txt"));
    text = slurp(path, NULL);
    assert_string_equal(text, "first\n");
    free(text);
    assert_int_equal(save_text(path, "third\n", 1, &err), PP_OK);
    text = slurp(path, NULL);
    assert_string_equal(text, "third\n");
    free(text);
    unlink(path);
}

/* No "x.tmp-..." files are left behind in the scratch directory. */
static void assert_no_temp_left(const fixture *fx)
{
    char cmd[400];
    snprintf(cmd, sizeof cmd, "ls -a %s | grep -q '\\.tmp-'", fx->dir);
    assert_int_not_equal(system(cmd), 0);
}

/* Issue 18: a link is never written through (a participant's link in a shared folder could point
 * at any file the user can write); the target keeps its content and the link stays a link. */
static void test_save_refuses_symlink(void **state)
{
    const fixture *fx = *state;
    char path[300], link_path[300], *text;
    struct stat st;
    pp_error err;
    scratch(fx, "mode.txt", path, sizeof path);
    scratch(fx, "mode-link.txt", link_path, sizeof link_path);
    write_file(path, "old\n");
    chmod(path, 0640);
    assert_int_equal(symlink(path, link_path), 0);
    assert_int_equal(save_text(link_path, "new\n", 1, &err), PP_ERR_USAGE);
    assert_non_null(strstr(ERROR_MSG_EN(&err), "symbolic link"));
    assert_int_equal(lstat(link_path, &st), 0);
    assert_true(S_ISLNK(st.st_mode)); /* the link is still a link */
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
    text = slurp(path, NULL);
    assert_string_equal(text, "old\n");
    free(text);
    assert_int_equal(save_text(path, "new\n", 1, &err), PP_OK); /* the file itself: mode kept */
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 07777, 0640);
    text = slurp(path, NULL);
    assert_string_equal(text, "new\n");
    free(text);
    assert_no_temp_left(fx);
    unlink(link_path);
    unlink(path);
}

static void test_save_fails_when_parent_is_a_file(void **state)
{
    const fixture *fx = *state;
    char parent[300], path[400], *text;
    pp_error err;
    scratch(fx, "plain.txt", parent, sizeof parent);
    write_file(parent, "keep\n");
    snprintf(path, sizeof path, "%s/out.csv", parent);
    assert_int_equal(save_text(path, "x\n", 1, &err), PP_ERR_IO);
    assert_true(strlen(ERROR_MSG_EN(&err)) > 0);
    text = slurp(parent, NULL);
    assert_string_equal(text, "keep\n");
    free(text);
    snprintf(path, sizeof path, "%s/missing-dir/out.csv", fx->dir);
    assert_int_equal(save_text(path, "x\n", 1, &err), PP_ERR_IO);
    assert_int_equal(pp_status_exit_code(PP_ERR_IO), 2);
    unlink(parent);
}

/* Writing the new content fails half-way (file size limit, as root too): the old file must
 * survive whole and no temp file may remain. Done in a child so the limit does not stick. */
static void test_save_old_file_survives_failed_write(void **state)
{
    const fixture *fx = *state;
    char path[300], *text, big[8192];
    pp_error err;
    pid_t pid;
    int st = 0;
    scratch(fx, "survive.txt", path, sizeof path);
    write_file(path, "the user's data\n");
    memset(big, 'x', sizeof big);
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        struct rlimit rl = {1024, 1024}; /* bytes: smaller than big */
        signal(SIGXFSZ, SIG_IGN);
        setrlimit(RLIMIT_FSIZE, &rl);
        _exit(save_atomic(path, big, sizeof big, 1, &err) == PP_ERR_IO ? 0 : 1);
    }
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_true(WIFEXITED(st));
    assert_int_equal(WEXITSTATUS(st), 0);
    text = slurp(path, NULL);
    assert_string_equal(text, "the user's data\n");
    free(text);
    assert_no_temp_left(fx);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_save_creates_and_refuses_existing),
        cmocka_unit_test(test_save_refuses_symlink),
        cmocka_unit_test(test_save_fails_when_parent_is_a_file),
        cmocka_unit_test(test_save_old_file_survives_failed_write),
    };
    return cmocka_run_group_tests_name("cli_save", tests, group_setup, group_teardown);
}
