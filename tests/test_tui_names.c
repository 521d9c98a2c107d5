/* tests/test_tui_names.c - the levers' short names (tui/lever_names_list.h): every lever has one,
 * at most 12 columns in English and in Chinese (a Chinese character is two), no two levers read
 * the same in the panel, and the full label is used where it fits. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "../sim/scenario/params.h"
#include "../tui/lever_names.h"
#include "../tui/text.h"

static int is_lever(int id)
{
    const pp_param *p = pp_param_get(id);
    return p && p->group != LG_NONE;
}

static void test_every_lever_has_a_short_name(void **state)
{
    (void)state;
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        if (!is_lever(id)) continue;
        for (int lang = 0; lang < 2; lang++) {
            const char *sh = lev_short_name(id, (i18n_lang)lang);
            if (!sh) fail_msg("%s.%s has no short name (tui/lever_names_list.h)", p->section, p->key);
            if (txt_width(sh) > LEV_SHORT_MAX_W)
                fail_msg("%s.%s: short name '%s' is %d columns", p->section, p->key, sh, txt_width(sh));
        }
    }
}

/* What the panel shows for each lever at a label width: no two the same, in either language, at
 * the widths of the 80-column panel (17), 110 (23) and 150 (24) columns, nor at the bare 12. */
static void test_names_unique_at_panel_widths(void **state)
{
    static const int widths[] = {12, 17, 23, 24, 40};
    (void)state;
    for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++)
        for (int lang = 0; lang < 2; lang++)
            for (int a = 0; a < P_COUNT; a++) {
                const char *na;
                if (!is_lever(a)) continue;
                na = lev_name_for_width(a, (i18n_lang)lang, widths[w]);
                if (txt_width(na) > widths[w] && txt_width(na) > LEV_SHORT_MAX_W)
                    fail_msg("'%s' is cut at width %d", na, widths[w]);
                for (int b = a + 1; b < P_COUNT; b++)
                    if (is_lever(b) && strcmp(na, lev_name_for_width(b, (i18n_lang)lang, widths[w])) == 0)
                        fail_msg("two levers read '%s' at width %d", na, widths[w]);
            }
}

/* The full label wherever it fits the width, the short name only where it does not. */
static void test_full_label_where_it_fits(void **state)
{
    (void)state;
    for (int id = 0; id < P_COUNT; id++) {
        const pp_param *p = pp_param_get(id);
        if (!is_lever(id)) continue;
        for (int w = 8; w <= 40; w++) {
            const char *want = txt_width(p->label_en) <= w ? p->label_en : lev_short_name(id, LANG_EN);
            assert_string_equal(lev_name_for_width(id, LANG_EN, w), want);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_lever_has_a_short_name),
        cmocka_unit_test(test_names_unique_at_panel_widths),
        cmocka_unit_test(test_full_label_where_it_fits),
    };
    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests(tests, NULL, NULL);
}
