/* sim/model/scurve.c - logistic S-curves through capacity targets: between two targets (y0, c0) and
 * (y1, c1) under a ceiling K, C(t) = K / (1 + exp(-(a + b (t - y0)))) with a = logit(c0/K) and
 * b = (logit(c1/K) - logit(c0/K)) / (y1 - y0). This is the exact solution of the logistic
 * diffusion ODE dC/dt = b C (1 - C/K) that meets both targets, so no numerical integration is
 * needed (tests check it against GSL's ODE solver). Never prints. */
#include "model.h"

#include <math.h>

static double logit(double frac) { return log(frac / (1.0 - frac)); }

/* A segment starting or ending at zero (or at the ceiling) has no logistic through it: linear. */
static double segment(double c0, double c1, double k, int y0, int y1, int year)
{
    double f0 = c0 / k, f1 = c1 / k, x = (double)(year - y0);
    if (f0 <= 0 || f1 <= 0 || f0 >= 1 || f1 >= 1)
        return c0 + (c1 - c0) * x / (double)(y1 - y0);
    {
        double a = logit(f0), b = (logit(f1) - a) / (double)(y1 - y0);
        return k / (1.0 + exp(-(a + b * x)));
    }
}

double scurve_at(const pp_path *p, double k, int year)
{
    int i;
    if (p->n == 1 || year <= p->year[0]) return p->value[0];
    if (year >= p->year[p->n - 1]) return p->value[p->n - 1];
    for (i = 1; i < p->n && p->year[i] < year; i++) {}
    return segment(p->value[i - 1], p->value[i], k, p->year[i - 1], p->year[i], year);
}
