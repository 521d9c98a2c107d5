/* sim/pp_gsl.h - GSL reports errors through the engine's statuses, whatever the caller set up. GSL's
 * default error handler aborts the process; every engine entry point that calls GSL
 * (cal_calibrate, seek_lever, mc_run) calls pp_gsl_init first, so a GSL error there comes back as
 * a GSL status the engine turns into a pp_status, and no front end, test or fuzz target has to
 * remember gsl_set_error_handler_off. Never prints. */
#ifndef PEAKPATH_SIM_PP_GSL_H
#define PEAKPATH_SIM_PP_GSL_H

/* Turns GSL's error handler off, once per process (pthread_once: safe from any thread, cheap after
 * the first call). GSL's handler is process-wide state of GSL's own; this is the one place the
 * engine touches it. A program that wants GSL's messages may install its own handler after its
 * first engine call: pp_gsl_init never runs twice, so it is kept (the engine checks every status
 * either way, but a handler that aborts would abort). */
void pp_gsl_init(void);

#endif
