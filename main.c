/* main.c - the program's main(): the one file that sees both front ends. It turns GSL's abort
 * handler off (the engine checks every GSL status) and hands argv to the command line (cli/),
 * giving it the interactive screens of tui/ as function pointers, so cli/ and tui/ each depend
 * only downward (on report/ and sim/), never on each other. */
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>

#include "cli/cli.h"
#include "tui/room.h"
#include "tui/tui.h"

int main(int argc, char **argv)
{
    static const cli_screens screens = {tui_main, room_run, tui_join_main};
    int code;
    gsl_set_error_handler_off(); /* GSL reports through status codes; the engine checks every one */
    code = cli_main(argc, argv, &screens); /* flushes and checks stdout (cli_check_stdout) */
#ifndef PEAKPATH_FUZZ_MAIN /* the fuzz targets call this main() again: stdout stays open there */
    if (fclose(stdout) != 0) { /* the last chance to see a failed write: never exit 0 after one */
        fprintf(stderr, "peakpath: cannot write the output: %s\n", strerror(errno));
        if (code == 0) code = 2;
    }
#endif
    return code;
}
