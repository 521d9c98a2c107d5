/* tests/fault_save_writer.c - helper of tests/fault_save_test.sh: saves the contents of file A,
 * then of file B, then A again ... to OUT through report/save.c's save_atomic, forever (or COUNT
 * times), so the test can kill -9 it at random moments and check OUT is always A or B, whole.
 * usage: fault_save_writer OUT A B [COUNT]. Exit 0 after COUNT saves, 2 on a save error. */
#include <stdio.h>
#include <stdlib.h>

#include "../report/save.h"
#include "../report/error_text.h"

#define WRITER_FILE_MAX (64L << 20) /* bytes: the test uses a few MB */

/* ---- helpers ---- */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = malloc(WRITER_FILE_MAX);
    if (!f || !buf) {
        fprintf(stderr, "fault_save_writer: cannot read %s\n", path);
        exit(2);
    }
    *len = fread(buf, 1, WRITER_FILE_MAX, f);
    fclose(f);
    return buf;
}

/* ---- main ---- */

int main(int argc, char **argv)
{
    size_t len[2];
    char *data[2];
    long count;
    pp_error err;
    if (argc < 4) {
        fprintf(stderr, "usage: fault_save_writer OUT A B [COUNT]\n");
        return 2;
    }
    data[0] = slurp(argv[2], &len[0]);
    data[1] = slurp(argv[3], &len[1]);
    count = argc > 4 ? atol(argv[4]) : -1;
    for (long i = 0; count < 0 || i < count; i++) {
        pp_error_clear(&err);
        if (save_atomic(argv[1], data[i % 2], len[i % 2], 1, &err) != PP_OK) {
            fprintf(stderr, "fault_save_writer: %s\n", ERROR_MSG_EN(&err));
            return 2;
        }
    }
    free(data[0]);
    free(data[1]);
    return 0;
}
