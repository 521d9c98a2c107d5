/* sim/pp_gsl.c - turns GSL's aborting error handler off once per process (sim/pp_gsl.h). The once
 * flag is the only file-scope state: GSL's handler is itself process-wide. Never prints. */
#include "pp_gsl.h"

#include <pthread.h>

#include <gsl/gsl_errno.h>

static pthread_once_t handler_once = PTHREAD_ONCE_INIT;

static void handler_off(void) { gsl_set_error_handler_off(); }

void pp_gsl_init(void) { pthread_once(&handler_once, handler_off); }
