/* tests/test_error_text.c - report/error_text.c: engine errors (sim/pp_error.h: a message id with
 * arguments) rendered in English and Chinese from the one catalogue report/error_list.h. The
 * expected lines are written by hand from the templates and the files, never copied from output.
 * The catalogue itself: every id has both templates, each using exactly the placeholders
 * {1}..{n_args} of sim/pp_msg_list.h, and {0} (the inner message) in both or in neither. Labels in
 * the Chinese lines are the schema's label_zh (sim/scenario/params_list.h: hydro_gw 水电装机,
 * inherit 继承自, gdp_growth_pct GDP增速, solar_gw 光伏装机). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../report/error_text.h"
#include "../sim/model/run.h"
#include "../sim/scenario/params.h"
#include "../sim/scenario/scenario.h"

#define LINE_MAX_ (PP_ERR_MSG_MAX + PP_ERR_FILE_MAX + 256)

/* Which placeholders {0}..{9} a template uses, as bits. */
static unsigned placeholders(const char *t)
{
    unsigned bits = 0;
    for (const char *p = t; (p = strchr(p, '{')) != NULL; p++)
        if (p[1] >= '0' && p[1] <= '9' && p[2] == '}') bits |= 1u << (p[1] - '0');
    return bits;
}

/* ---- the catalogue ---- */

static void test_error_every_id_has_both_templates_with_its_arguments(void **state)
{
    (void)state;
    for (int id = PPM_NONE + 1; id < PPM_COUNT; id++) {
        const char *en = error_template((pp_msg_id)id, LANG_EN), *zh = error_template((pp_msg_id)id, LANG_ZH);
        int n = pp_msg_n_args((pp_msg_id)id);
        unsigned want = n > 0 ? ((1u << (n + 1)) - 2) : 0; /* bits 1..n */
        if (!en || !en[0] || !zh || !zh[0]) fail_msg("%s: no English or no Chinese template", pp_msg_name((pp_msg_id)id));
        if ((placeholders(en) & ~1u) != want) fail_msg("%s: English template does not use {1}..{%d}: %s", pp_msg_name((pp_msg_id)id), n, en);
        if ((placeholders(zh) & ~1u) != want) fail_msg("%s: Chinese template does not use {1}..{%d}: %s", pp_msg_name((pp_msg_id)id), n, zh);
        if ((placeholders(en) & 1u) != (placeholders(zh) & 1u)) fail_msg("%s: {0} in one language only", pp_msg_name((pp_msg_id)id));
        if (n > PP_MSG_ARGS_MAX) fail_msg("%s: %d arguments, at most %d", pp_msg_name((pp_msg_id)id), n, PP_MSG_ARGS_MAX);
    }
}

/* A Chinese template is Chinese: at least one CJK character (U+4E00..U+9FFF is E4..E9 as the
 * first UTF-8 byte), except the few that are a bare argument ("{1}"). */
static void test_error_chinese_templates_are_chinese(void **state)
{
    (void)state;
    for (int id = PPM_NONE + 1; id < PPM_COUNT; id++) {
        const char *zh = error_template((pp_msg_id)id, LANG_ZH);
        int cjk = 0;
        for (const unsigned char *p = (const unsigned char *)zh; *p; p++) cjk |= *p >= 0xE4 && *p <= 0xE9;
        if (!cjk && strcmp(zh, "{1}") != 0) fail_msg("%s: Chinese template has no Chinese: %s", pp_msg_name((pp_msg_id)id), zh);
    }
}

/* ---- rendering ---- */

/* The range error of tests/bad/negative_capacity.ini (line 3: hydro_gw = -1; the schema allows
 * 0..500 GW and labels the key 水电装机), as the loader reports it. */
static void test_error_range_error_in_english_and_chinese(void **state)
{
    char buf[LINE_MAX_];
    scn_scenario *s = NULL;
    pp_error e;
    (void)state;
    pp_error_clear(&e);
    assert_int_equal(scn_load("tests/bad/negative_capacity.ini", &s, &e), PP_ERR_RANGE);
    assert_int_equal(e.msg.id, PPM_VALUE_RANGE);
    assert_string_equal(error_text(&e, LANG_EN, buf, sizeof buf),
                        "tests/bad/negative_capacity.ini:3: [power] hydro_gw: value -1 is out of range: expected 0..500 GW");
    assert_string_equal(error_text(&e, LANG_ZH, buf, sizeof buf),
                        "文件 tests/bad/negative_capacity.ini 第 3 行，[power] hydro_gw「水电装机」：取值 -1 超出范围：应在 0..500 GW 之间");
    assert_string_equal(error_message(&e, LANG_ZH, buf, sizeof buf), "取值 -1 超出范围：应在 0..500 GW 之间");
    scn_free(s);
}

/* The same message built by hand: numbers in the scenario language's form (PP_N: 2.5, not 2.500000). */
static void test_error_hand_built_message_and_location(void **state)
{
    char buf[LINE_MAX_];
    pp_error e;
    (void)state;
    assert_int_equal(pp_error_set(&e, PP_ERR_RANGE, VALUE_RANGE_YEAR, PP_N(2.5), PP_I(2030), PP_S("0..1 %")), PP_ERR_RANGE);
    assert_true(pp_error_is_set(&e));
    pp_error_where(&e, "a.ini", "economy", "gdp_growth_pct", 7);
    assert_string_equal(error_text(&e, LANG_EN, buf, sizeof buf),
                        "a.ini:7: [economy] gdp_growth_pct: value 2.5 (year 2030) is out of range: expected 0..1 %");
    assert_string_equal(error_text(&e, LANG_ZH, buf, sizeof buf),
                        "文件 a.ini 第 7 行，[economy] gdp_growth_pct「GDP增速」：取值 2.5（2030 年）超出范围：应在 0..1 % 之间");
    pp_error_where(&e, NULL, NULL, NULL, 0);
    e.file[0] = e.section[0] = e.key[0] = '\0';
    e.line = 0;
    assert_string_equal(error_text(&e, LANG_EN, buf, sizeof buf), "value 2.5 (year 2030) is out of range: expected 0..1 %");
}

/* A missing parent: the system error (ENOENT) inside the wrapping message, in both languages. */
static void test_error_missing_parent_names_the_system_error(void **state)
{
    char buf[LINE_MAX_];
    scn_scenario *s = NULL;
    pp_error e;
    (void)state;
    pp_error_clear(&e);
    assert_int_equal(scn_load("tests/bad/missing_parent.ini", &s, &e), PP_ERR_IO);
    assert_string_equal(error_text(&e, LANG_EN, buf, sizeof buf),
                        "tests/bad/missing_parent.ini:3: [scenario] inherit: cannot read scenario \"tests/bad/no_such_parent.ini\": "
                        "No such file or directory (inherit chain: tests/bad/missing_parent.ini -> tests/bad/no_such_parent.ini)");
    assert_string_equal(error_text(&e, LANG_ZH, buf, sizeof buf),
                        "文件 tests/bad/missing_parent.ini 第 3 行，[scenario] inherit「继承自」：无法读取情景文件“tests/bad/no_such_parent.ini”："
                        "没有那个文件或目录（继承链：tests/bad/missing_parent.ini -> tests/bad/no_such_parent.ini）");
    scn_free(s);
}

/* A key argument (PP_K) in Chinese carries its label; a note (pp_error_context) goes in brackets. */
static void test_error_key_argument_and_context(void **state)
{
    char buf[LINE_MAX_];
    pp_error e;
    (void)state;
    pp_error_set(&e, PP_ERR_INPUT, KEY_LOCKED_IN_FILE, PP_K(P_POWER_SOLAR_GW), PP_S("c.ini"), PP_I(4));
    pp_error_context(&e, INHERITED_BY, PP_S("p.ini"));
    assert_string_equal(error_message(&e, LANG_EN, buf, sizeof buf),
                        "power.solar_gw is locked by the challenge in c.ini (lock, line 4): participants may not change it; "
                        "remove it from this file (inherited by p.ini)");
    assert_string_equal(error_message(&e, LANG_ZH, buf, sizeof buf),
                        "「光伏装机」(power.solar_gw) 已被 c.ini 中的挑战锁定（lock，第 4 行）：参与者不能修改，"
                        "请从本文件中删去这一项（由 p.ini 继承）");
}

/* A save that cannot create its temporary file (report/save.c): the reason and the system error. */
static void test_error_save_failure_in_chinese(void **state)
{
    char buf[LINE_MAX_];
    pp_error e;
    (void)state;
    pp_error_set(&e, PP_ERR_IO, SAVE_FAILED, PP_M(PPM_SAVE_NO_TEMP), PP_ERRNO(EACCES));
    pp_error_where(&e, "out/x.ini", NULL, NULL, 0);
    assert_string_equal(error_text(&e, LANG_ZH, buf, sizeof buf),
                        "文件 out/x.ini：无法保存：无法在同一文件夹中创建临时文件：权限不够（原有文件如存在，保持不变）");
    snprintf(buf, sizeof buf, "out/x.ini: cannot save: cannot create a temporary file beside it: %s (the existing file, if any, "
             "is unchanged)", strerror(EACCES));
    assert_string_equal(ERROR_EN(&e), buf);
}

/* A goal-seek target that names no quantity (sim/scenario/target.c). */
static void test_error_target_unknown_quantity(void **state)
{
    char buf[LINE_MAX_];
    pp_error e;
    (void)state;
    pp_error_set(&e, PP_ERR_PARSE, TARGET_UNKNOWN_QUANTITY, PP_S("foo<=3"), PP_SN("foo<=3", 3), PP_S("peak_year<=2028"));
    assert_string_equal(error_message(&e, LANG_EN, buf, sizeof buf),
                        "target 'foo<=3': unknown quantity 'foo'; expected e.g. peak_year<=2028");
    assert_string_equal(error_message(&e, LANG_ZH, buf, sizeof buf), "目标“foo<=3”：未知的指标“foo”；应写成例如 peak_year<=2028");
}

/* A buffer too small for the Chinese line is cut at a character boundary, never inside one. */
static void test_error_short_buffer_cuts_at_a_character(void **state)
{
    char buf[LINE_MAX_];
    pp_error e;
    (void)state;
    pp_error_set(&e, PP_ERR_PARSE, NOT_UTF8);
    for (size_t size = 1; size < 40; size++) {
        size_t n;
        error_message(&e, LANG_ZH, buf, size);
        n = strlen(buf);
        assert_true(n < size);
        /* the Chinese template "此行不是有效的 UTF-8 文本（…）" starts with 3-byte characters: 此 行 不 */
        if (size <= 10) assert_int_equal(n % 3, 0);
    }
}

/* Calibration warnings are messages too: the exporter warning of a file whose imports the
 * calibration turns negative (values by hand: -3.5 TWh in 2016). */
static void test_error_calibration_warning_in_both_languages(void **state)
{
    char buf[LINE_MAX_];
    pp_message m;
    (void)state;
    pp_message_set(&m, CALW_EXPORTER, PP_G(-3.5), PP_I(2016));
    assert_string_equal(error_message_text(&m, LANG_EN, buf, sizeof buf),
                        "calibrated net imports are -3.5 TWh in 2016: the province would be sending power out");
    assert_string_equal(error_message_text(&m, LANG_ZH, buf, sizeof buf), "校准后 2016 年净调入电量为 -3.5 TWh：即本省在向外送电");
    assert_int_equal(cal_unknown_msg(CAL_LEVEL), PPM_CALU_LEVEL);
}

/* Text arguments that do not fit in the message are cut, never overflow, and stay NUL-ended. */
static void test_error_long_arguments_are_cut(void **state)
{
    char big[3 * PP_MSG_TEXT_MAX];
    pp_error e;
    (void)state;
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    pp_error_set(&e, PP_ERR_IO, CANNOT_READ_PARENT, PP_S(big), PP_S(big));
    assert_int_equal(e.msg.n, 2);
    assert_true(strlen(pp_message_arg(&e.msg, 0).s) < PP_MSG_TEXT_MAX);
    assert_true(strlen(pp_message_arg(&e.msg, 1).s) < PP_MSG_TEXT_MAX);
    assert_true(strlen(ERROR_EN(&e)) > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_error_every_id_has_both_templates_with_its_arguments),
        cmocka_unit_test(test_error_chinese_templates_are_chinese),
        cmocka_unit_test(test_error_range_error_in_english_and_chinese),
        cmocka_unit_test(test_error_hand_built_message_and_location),
        cmocka_unit_test(test_error_missing_parent_names_the_system_error),
        cmocka_unit_test(test_error_key_argument_and_context),
        cmocka_unit_test(test_error_save_failure_in_chinese),
        cmocka_unit_test(test_error_target_unknown_quantity),
        cmocka_unit_test(test_error_short_buffer_cuts_at_a_character),
        cmocka_unit_test(test_error_calibration_warning_in_both_languages),
        cmocka_unit_test(test_error_long_arguments_are_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
