/* cli/cmd_mc_merge.c - `peakpath mc-merge SHARD.json...`: reads the JSON outputs of
 * `peakpath mc ... --shard I/K --format json` (each with its raw draws, `records`), checks they
 * are the K shards of one run (same file, seed, draws, keys, each shard once), puts their draws
 * back in sequence order and summarises them with the engine's mc_summarise, so the result is
 * exactly that of the unsplit run (the same JSON byte for byte). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "../sim/analysis/mc.h"
#include "analysis.h"
#include "mc_write.h"

#define MERGE_MAX_SHARDS 4096

typedef struct {
    json_t *doc[MERGE_MAX_SHARDS];
    int n;
    char file[PP_ERR_FILE_MAX]; /* the scenario named by the shards */
} merge_in;

static int fail(const char *name, const char *what)
{
    fprintf(stderr, "peakpath mc-merge: %s: %s\n", name, what);
    return CLI_EXIT_USAGE;
}

static long jint(const json_t *o, const char *key) { return (long)json_integer_value(json_object_get(o, key)); }

/* The header of the result from the first shard: seed, keys, years, the deterministic run. */
static int read_header(const json_t *doc, const char *name, mc_result *r)
{
    const json_t *shard = json_object_get(doc, "shard"), *keys = json_object_get(doc, "uncertain");
    const json_t *years = json_object_get(doc, "co2_mt");
    size_t i;
    json_t *v;
    memset(r, 0, sizeof *r);
    if (!json_is_object(shard) || !json_is_array(keys) || !json_is_array(years) || json_array_size(years) < 1
        || json_array_size(years) > RUN_MAX_YEARS || json_array_size(keys) > MC_MAX_KEYS)
        return fail(name, "not the JSON of `peakpath mc --shard I/K --format json`");
    r->seed = (unsigned long)json_integer_value(json_object_get(doc, "seed"));
    if (jint(shard, "total_draws") < 1 || jint(shard, "total_draws") > MC_MAX_DRAWS)
        return fail(name, "\"total_draws\" is not 1..1000000");
    r->total_draws = (int)jint(shard, "total_draws");
    r->shard_count = 1;
    r->n_uncertain = (int)json_array_size(keys);
    r->recalibrated = json_is_true(json_object_get(doc, "calibrated_per_draw"));
    json_array_foreach(keys, i, v) {
        const char *k = json_string_value(v), *dot = k ? strchr(k, '.') : NULL;
        char sec[64];
        if (!dot || dot - k >= (long)sizeof sec) return fail(name, "a key in \"uncertain\" is not section.key");
        memcpy(sec, k, (size_t)(dot - k));
        sec[dot - k] = '\0';
        if ((r->key_id[i] = pp_param_find(sec, dot + 1)) < 0) return fail(name, "unknown key in \"uncertain\"");
    }
    r->n_years = (int)json_array_size(years);
    json_array_foreach(years, i, v) r->det_mt[i] = json_real_value(json_object_get(v, "deterministic"));
    r->first_year = (int)jint(json_array_get(years, 0), "year");
    r->end_year = r->first_year + r->n_years - 1;
    return CLI_EXIT_OK;
}

/* Whether shard doc belongs to the same run as the header h (file, seed, draws, keys, years). */
static int same_run(const json_t *doc, const json_t *first, const mc_result *h)
{
    const json_t *shard = json_object_get(doc, "shard");
    return json_is_object(shard) && json_equal(json_object_get(doc, "file"), json_object_get(first, "file"))
           && (unsigned long)json_integer_value(json_object_get(doc, "seed")) == h->seed
           && jint(shard, "total_draws") == h->total_draws
           && jint(shard, "count") == jint(json_object_get(first, "shard"), "count")
           && json_equal(json_object_get(doc, "uncertain"), json_object_get(first, "uncertain"))
           && (int)json_array_size(json_object_get(doc, "co2_mt")) == h->n_years;
}

/* Copies one record (see cli/mc_write.c) into draw k of d. */
static int read_record(const json_t *rec, mc_draws *d, int k)
{
    const json_t *off = json_array_get(rec, 6), *co2 = json_array_get(rec, 7);
    mc_draw_out *o = &d->out[k];
    if (json_array_size(rec) != 8 || json_array_size(off) != (size_t)d->n_keys
        || json_array_size(co2) != (size_t)d->n_years)
        return -1;
    o->ok = (int)json_integer_value(json_array_get(rec, 0));
    o->peak_reached = (int)json_integer_value(json_array_get(rec, 1));
    o->peak_year = (int)json_integer_value(json_array_get(rec, 2));
    o->peak_by_2030 = (int)json_integer_value(json_array_get(rec, 3));
    o->neutral_year = (int)json_integer_value(json_array_get(rec, 4));
    o->cum_co2_mt = json_number_value(json_array_get(rec, 5));
    for (int j = 0; j < d->n_keys; j++) d->offsets[(size_t)k * d->n_keys + j] = json_number_value(json_array_get(off, (size_t)j));
    for (int y = 0; y < d->n_years; y++) d->co2[(size_t)k * d->n_years + y] = json_number_value(json_array_get(co2, (size_t)y));
    return 0;
}

/* The records of every shard into d; seen marks the shard indexes, filled the draws. */
static int gather_records(const merge_in *in, char *const *names, mc_draws *d, int kcount, unsigned char *seen,
                          unsigned char *filled, int *covered)
{
    for (int s = 0; s < in->n; s++) {
        const json_t *shard = json_object_get(in->doc[s], "shard"), *recs = json_object_get(in->doc[s], "records");
        long idx = jint(shard, "index"), first = jint(shard, "first_draw");
        size_t i;
        json_t *rec;
        if (idx < 1 || idx > kcount || first < 0 || !json_is_array(recs) || first + (long)json_array_size(recs) > d->count)
            return fail(names[s], "bad shard index or records");
        if (seen[idx]) return fail(names[s], "this shard is given twice");
        seen[idx] = 1;
        json_array_foreach(recs, i, rec) {
            int k = (int)(first + (long)i);
            if (filled[k]) return fail(names[s], "its draws overlap another shard's");
            if (read_record(rec, d, k) != 0) return fail(names[s], "a record is malformed");
            filled[k] = 1;
        }
        *covered += (int)json_array_size(recs);
    }
    return CLI_EXIT_OK;
}

/* Puts every shard's records at their place in the sequence; every draw exactly once. */
static int gather(const merge_in *in, char *const *names, mc_draws *d)
{
    int kcount = (int)jint(json_object_get(in->doc[0], "shard"), "count"), covered = 0;
    unsigned char *seen = kcount >= 1 && kcount <= MERGE_MAX_SHARDS ? calloc((size_t)kcount + 1, 1) : NULL;
    unsigned char *filled = calloc((size_t)d->count + 1, 1);
    int code = CLI_EXIT_OK;
    if (!seen || !filled) code = fail(names[0], kcount < 1 || kcount > MERGE_MAX_SHARDS ? "bad shard count" : "out of memory");
    if (code == CLI_EXIT_OK) code = gather_records(in, names, d, kcount, seen, filled, &covered);
    free(seen);
    free(filled);
    if (code == CLI_EXIT_OK && (in->n != kcount || covered != d->count))
        code = fail(names[0], "the shards do not cover every draw (give all K)");
    return code;
}

static int load_all(int n, char *const *names, merge_in *in, mc_result *h)
{
    json_error_t je;
    int code = CLI_EXIT_OK;
    if (n > MERGE_MAX_SHARDS) return fail(names[0], "too many shards");
    for (int s = 0; s < n && code == CLI_EXIT_OK; s++) {
        if (!(in->doc[s] = json_load_file(names[s], 0, &je))) {
            fprintf(stderr, "peakpath mc-merge: %s:%d: %s\n", names[s], je.line, je.text);
            code = CLI_EXIT_USAGE;
        }
        in->n = s + 1;
        if (code == CLI_EXIT_OK && s == 0) code = read_header(in->doc[0], names[0], h);
        if (code == CLI_EXIT_OK && !same_run(in->doc[s], in->doc[0], h))
            code = fail(names[s], "not a shard of the same run as the first file (file, seed, draws, shard count, keys)");
    }
    if (code == CLI_EXIT_OK)
        snprintf(in->file, sizeof in->file, "%s", json_string_value(json_object_get(in->doc[0], "file")) ?
                 json_string_value(json_object_get(in->doc[0], "file")) : "");
    return code;
}

int cmd_mc_merge(const cli_command *self, int argc, char **argv)
{
    cli_output_opts out;
    char **names = calloc((size_t)argc + 1, sizeof *names);
    merge_in *in = calloc(1, sizeof *in);
    mc_result *r = malloc(sizeof *r);
    mc_draws d;
    pp_error err;
    int n = 0, code = CLI_EXIT_OK, drivers = 0;
    memset(&d, 0, sizeof d);
    cli_output_opts_init(&out);
    if (!names || !in || !r) code = fail("mc-merge", "out of memory");
    for (int i = 1; code == CLI_EXIT_OK && i < argc; i++) {
        int took;
        if (cli_help_if_asked(self, argv[i], cli_tr(S_HELP_MC_MERGE))) code = -1;
        else if ((took = cli_take_output_opt(self, argc, argv, &i, &out)) < 0) code = CLI_EXIT_USAGE;
        else if (took == 0 && !strcmp(argv[i], "--drivers")) drivers = 1;
        else if (took == 0 && argv[i][0] == '-' && argv[i][1]) code = cli_usage_error(self, cli_tr(S_CLI_UNKNOWN_OPTION), argv[i]);
        else if (took == 0) names[n++] = argv[i];
    }
    if (code == CLI_EXIT_OK && n == 0) code = cli_usage_error(self, "%s", cli_tr(S_USG_SHARDS));
    if (code == CLI_EXIT_OK) code = cli_output_precheck(self->name, &out);
    if (code == CLI_EXIT_OK) code = load_all(n, names, in, r);
    pp_error_clear(&err);
    if (code == CLI_EXIT_OK && mc_draws_alloc(&d, 0, r->total_draws, r->n_uncertain, r->n_years, &err) != PP_OK)
        code = fail("mc-merge", CLI_ERRMSG(&err));
    for (int k = 0; code == CLI_EXIT_OK && k < r->n_uncertain; k++) d.key_id[k] = r->key_id[k];
    if (code == CLI_EXIT_OK) code = gather(in, names, &d);
    if (code == CLI_EXIT_OK && mc_summarise(&d, r, &err) != PP_OK) code = fail("mc-merge", CLI_ERRMSG(&err));
    if (code == CLI_EXIT_OK) {
        mc_out o = {in->file, r, NULL, drivers, 0, out.headers}; /* cli_emit writes the --bom */
        r->jobs = 1;
        code = cli_emit(self->name, &out, mc_writer(out.format), &o);
    }
    for (int s = 0; in && s < in->n; s++) json_decref(in->doc[s]);
    mc_draws_free(&d);
    free(r);
    free(in);
    free(names);
    return code < 0 ? CLI_EXIT_OK : code;
}
