/* fuzz/fuzz_cli.h - forced into cli/main.c when the fuzz/replay builds compile it with
 * -Dmain=pp_cli_main, so the renamed entry point has a prototype and fuzz/fuzz_cli.c can call it. */
#ifndef PEAKPATH_FUZZ_FUZZ_CLI_H
#define PEAKPATH_FUZZ_FUZZ_CLI_H

#define PEAKPATH_FUZZ_MAIN 1 /* main.c keeps stdout open (it is called once per input) */

/* peakpath's main(): parses argv exactly as the installed program does and returns its exit code. */
int pp_cli_main(int argc, char **argv);

#endif
