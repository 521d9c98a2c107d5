/* tests/test_cli_keys.c - `peakpath keys --format json` (cli/cmd_keys.c): every schema key once with
 * unit, hard range, default, labels and doc, and for levers the lever year, step, plausible range
 * and greener direction; checked against values read off params_list.h and levers_list.h by hand
 * and against properties any correct listing has. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include "../cli/cli.h"

static const cli_command keys_cmd = {"keys", cmd_keys, "", ""};

/* Runs `keys --format json -o TMP` and parses what it wrote. */
static json_t *keys_json(void)
{
    char path[] = "/tmp/peakpath-keys-XXXXXX";
    char *argv[] = {"keys", "--format", "json", "-o", path, NULL};
    json_error_t jerr;
    json_t *root;
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    unlink(path); /* -o refuses an existing file */
    assert_int_equal(cmd_keys(&keys_cmd, 5, argv), CLI_EXIT_OK);
    root = json_load_file(path, 0, &jerr);
    unlink(path);
    if (!root) fail_msg("keys JSON does not parse: %s (line %d)", jerr.text, jerr.line);
    return root;
}

static json_t *find_key(json_t *keys, const char *name)
{
    size_t i;
    json_t *k;
    json_array_foreach(keys, i, k)
        if (!strcmp(json_string_value(json_object_get(k, "key")), name)) return k;
    fail_msg("key %s not listed", name);
    return NULL;
}

static double num(json_t *o, const char *field) { return json_number_value(json_object_get(o, field)); }

/* power.solar_gw (params_list.h: path, GW, 0..1000, no default, power group, lever year 2030, step
 * 0.5, scaled; levers_list.h: plausible 3..12, higher greener) and economy.gdp_growth_pct
 * (plausible 3..6.5, lower greener), read off the two tables by hand. */
static void test_keys_json_levers_by_hand(void **state)
{
    json_t *root = keys_json(), *keys = json_object_get(root, "keys");
    json_t *solar = find_key(keys, "power.solar_gw"), *lv = json_object_get(solar, "lever");
    json_t *gdp = json_object_get(find_key(keys, "economy.gdp_growth_pct"), "lever");
    (void)state;
    assert_string_equal(json_string_value(json_object_get(solar, "unit")), "GW");
    assert_string_equal(json_string_value(json_object_get(solar, "kind")), "path");
    assert_true(num(solar, "min") == 0 && num(solar, "max") == 1000);
    assert_true(json_is_null(json_object_get(solar, "default")));
    assert_true(json_is_true(json_object_get(solar, "required")));
    assert_string_equal(json_string_value(json_object_get(solar, "label_zh")), "光伏装机");
    assert_true(strlen(json_string_value(json_object_get(solar, "doc"))) > 10);
    assert_non_null(lv);
    assert_true(num(lv, "lever_year") == 2030 && num(lv, "step") == 0.5);
    assert_true(json_number_value(json_array_get(json_object_get(lv, "plausible"), 0)) == 3.0);
    assert_true(json_number_value(json_array_get(json_object_get(lv, "plausible"), 1)) == 12.0);
    assert_true(json_integer_value(json_object_get(lv, "greener")) == 1);
    assert_true(json_integer_value(json_object_get(gdp, "greener")) == -1);
    assert_true(json_number_value(json_array_get(json_object_get(gdp, "plausible"), 1)) == 6.5);
    json_decref(root);
}

/* Every key once, in schema order; a key that is not a lever has "lever": null; every plausible
 * range is ordered and inside the hard range; the levers listed are exactly those with a range. */
static void test_keys_json_every_key_consistent(void **state)
{
    json_t *root = keys_json(), *keys = json_object_get(root, "keys"), *k;
    size_t i;
    int levers = 0, ranges = 0;
    (void)state;
    assert_int_equal(json_array_size(keys), P_COUNT);
    json_array_foreach(keys, i, k) {
        const pp_param *p = pp_param_get((int)i);
        json_t *lv = json_object_get(k, "lever"), *pl;
        char name[160];
        snprintf(name, sizeof name, "%s.%s", p->section, p->key);
        assert_string_equal(json_string_value(json_object_get(k, "key")), name);
        assert_true(json_is_string(json_object_get(k, "label_en")) && json_is_string(json_object_get(k, "label_zh")));
        if (json_is_null(lv)) continue;
        levers++;
        pl = json_object_get(lv, "plausible");
        if (json_is_null(pl)) continue;
        ranges++;
        assert_true(json_number_value(json_array_get(pl, 0)) < json_number_value(json_array_get(pl, 1)));
        assert_true(json_number_value(json_array_get(pl, 0)) >= num(k, "min"));
        assert_true(json_number_value(json_array_get(pl, 1)) <= num(k, "max"));
        assert_true(labs((long)json_integer_value(json_object_get(lv, "greener"))) == 1);
    }
    for (int id = 0; id < P_COUNT; id++) ranges -= pp_lever_range_get(id) != NULL;
    assert_int_equal(ranges, 0);
    assert_true(levers > 10);
    assert_true(json_is_null(json_object_get(find_key(keys, "scenario.name"), "lever")));
    json_decref(root);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys_json_levers_by_hand),
        cmocka_unit_test(test_keys_json_every_key_consistent),
    };
    return cmocka_run_group_tests_name("cli_keys", tests, NULL, NULL);
}
