/* main.c - the program's main(): the one file that sees both front ends. It turns GSL's abort
 * handler off (the engine checks every GSL status) and hands argv to the command line (cli/),
 * giving it the interactive screens of tui/ as function pointers, so cli/ and tui/ each depend
 * only downward (on report/ and sim/), never on each other. */
#include <gsl/gsl_errno.h>

#include "cli/cli.h"
#include "tui/room.h"
#include "tui/tui.h"

int main(int argc, char **argv)
{
    static const cli_screens screens = {tui_main, room_main};
    gsl_set_error_handler_off(); /* GSL reports through status codes; the engine checks every one */
    return cli_main(argc, argv, &screens);
}
