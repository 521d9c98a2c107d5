/* sim/model/scurve.c - logistic S-curves through capacity targets for the model's year steps. The
 * curve itself is part of how a scenario interpolates its paths (pp_scurve_at in
 * sim/scenario/path_interp.c: C(t) = K / (1 + exp(-(a + b (t - y0)))), the exact solution of the
 * logistic ODE through two targets), so the scenario's values and the run's agree. Never prints. */
#include "model.h"

double scurve_at(const pp_path *p, double k, int year) { return pp_scurve_at(p, k, year); }
