/* tests/test_params_zh.c - every scenario key has a Chinese doc and every lever a Chinese source of
 * its plausible range (sim/scenario/params_doc_zh.h, levers_doc_zh.h, through pp_param_doc and
 * pp_lever_source): a key appended to params_list.h without its translation fails here, naming it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <string.h>

#include "../sim/scenario/params.h"

/* True when s holds a CJK ideograph (U+4E00..U+9FFF: lead byte 0xE4..0xE9 in UTF-8). */
static int has_hanzi(const char *s)
{
    for (; s && *s; s++)
        if ((unsigned char)*s >= 0xE4 && (unsigned char)*s <= 0xE9) return 1;
    return 0;
}

static void test_every_key_has_a_chinese_doc(void **state)
{
    int bad = 0;
    (void)state;
    for (int id = 0; id < P_COUNT; id++) { /* every missing one named, then one failure */
        const pp_param *p = pp_param_get(id);
        const char *en = pp_param_doc(id, 0), *zh = pp_param_doc(id, 1);
        assert_ptr_equal(en, p->doc);
        if (zh == en || !has_hanzi(zh)) {
            print_error("[%s] %s has no Chinese doc in params_doc_zh.h\n", p->section, p->key);
            bad++;
        } else if (strstr(en, "ssumption") && !strstr(zh, "假设")) { /* assumptions say so in both */
            print_error("[%s] %s: the English doc says assumption, the Chinese one does not\n", p->section, p->key);
            bad++;
        }
    }
    if (bad) fail_msg("%d keys without a proper Chinese doc", bad);
}

static void test_every_lever_has_a_chinese_source(void **state)
{
    (void)state;
    int levers = 0, bad = 0;
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        const char *en = pp_lever_source(id, 0), *zh = pp_lever_source(id, 1);
        if (p->group == LG_NONE) {
            assert_null(zh);
            continue;
        }
        levers++;
        assert_ptr_equal(en, pp_lever_range_get(id)->source);
        if (zh == en || !has_hanzi(zh)) {
            print_error("[%s] %s has no Chinese range source in levers_doc_zh.h\n", p->section, p->key);
            bad++;
        } else if (strstr(en, "ssumption") && !strstr(zh, "假设")) {
            print_error("[%s] %s: the English source says assumption, the Chinese one does not\n", p->section, p->key);
            bad++;
        }
    }
    if (bad) fail_msg("%d levers without a proper Chinese source", bad);
    assert_true(levers >= 24); /* the 24 levers of levers_list.h when this test was written */
}

static void test_out_of_range_ids(void **state)
{
    (void)state;
    assert_null(pp_param_doc(-1, 1));
    assert_null(pp_param_doc(P_COUNT, 0));
    assert_null(pp_lever_source(P_SCENARIO_NAME, 1)); /* not a lever */
    assert_null(pp_lever_source(P_COUNT, 1));
}

/* A sector key's doc is shared by all sectors; its end-use ratio carries the sector's own source. */
static void test_sector_docs(void **state)
{
    (void)state;
    assert_string_equal(pp_param_doc(P_HEAVY_ELEC, 1), pp_param_doc(P_HOUSE_ELEC, 1));
    assert_non_null(strstr(pp_param_doc(P_AGRI_ELEC_RATIO, 1), "柴油机"));
    assert_non_null(strstr(pp_param_doc(P_HOUSE_ELEC_RATIO, 1), "热泵热水器"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_key_has_a_chinese_doc),
        cmocka_unit_test(test_every_lever_has_a_chinese_source),
        cmocka_unit_test(test_out_of_range_ids),
        cmocka_unit_test(test_sector_docs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
