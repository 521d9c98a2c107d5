/* sim/model/power_tables.c - the compile-time checks that tie the power table (power_table.h) to the
 * schema ids and to the result columns, so a row added in one place and not the other fails the
 * build (the look-up tables themselves are in power.h). No code. */
#include "model.h"
#include "run.h"

/* Per row: result columns in table order (store_power loops RV_GEN_HYDRO + t); a fuel if and only
 * if a heat rate; a maximum if and only if dispatchable; schema ids in range. */
#define POWER_TECH(tok, name, en, zh, cap, hours, maxh, credit, fuel, rate, role, merit, curtail)            \
    _Static_assert(RV_GEN_##tok == RV_GEN_HYDRO + TECH_##tok, "gen columns follow the power table");         \
    _Static_assert(RV_CAP_##tok == RV_CAP_HYDRO + TECH_##tok, "cap columns follow the power table");         \
    _Static_assert(((fuel) == TF_NONE) == ((rate) < 0), #tok ": a fuel needs a heat rate and only a fuel");   \
    _Static_assert(((role) == TR_DISPATCH) == ((maxh) >= 0), #tok ": dispatchable plants have maximum hours"); \
    _Static_assert((cap) >= 0 && (cap) < P_COUNT && (credit) >= 0 && (credit) < P_COUNT, #tok ": schema ids"); \
    _Static_assert((role) == TR_DISPATCH || (hours) >= 0, #tok ": must-run plants need their hours");
#include "power_table.h"
#undef POWER_TECH
#define POWER_STORAGE(tok, name, en, zh, cap, eff, hours, credit)                                  \
    _Static_assert(RV_STORE_##tok == RV_STORE_PUMPED + STORE_##tok, "storage columns in order"); \
    _Static_assert((cap) < P_COUNT && (eff) < P_COUNT && (hours) < P_COUNT && (credit) < P_COUNT, #tok);
#include "power_table.h"
#undef POWER_STORAGE
#define POWER_CORRIDOR(tok, name, en, zh, twh, nf, ef, gw, hydro)                                        \
    _Static_assert(RV_IMP_##tok == RV_IMP_SW + 2 * CORR_##tok, "corridor columns in order");         \
    _Static_assert(RV_IMPNF_##tok == RV_IMP_##tok + 1, "non-fossil column follows the corridor's"); \
    _Static_assert((twh) < P_COUNT && (nf) < P_COUNT && (ef) < P_COUNT && (gw) < P_COUNT, #tok);
#include "power_table.h"
#undef POWER_CORRIDOR
#define POWER_BUILD(tok, column, en, zh, share, kind, target)                                         \
    _Static_assert(RV_BUILT_##tok == RV_BUILT_SOLAR + BUILD_##tok, "new-build columns in order"); \
    _Static_assert((kind) != BK_TECH || (int)(target) < (int)TECH_COUNT, #tok);                            \
    _Static_assert((kind) != BK_STORE || (int)(target) < (int)STORE_COUNT, #tok);                          \
    _Static_assert((kind) != BK_IMPORT || (int)(target) < (int)CORR_COUNT, #tok);
#include "power_table.h"
#undef POWER_BUILD

/* The energy balance counts TECH_HYDRO..TECH_NUCLEAR as primary (non-fossil) electricity. */
_Static_assert(TECH_HYDRO == 0 && TECH_NUCLEAR + 1 == TECH_GAS && TECH_GAS + 1 == TECH_COAL && TECH_COAL + 1 == TECH_COUNT,
               "non-fossil technologies first and contiguous, then gas and coal");
_Static_assert(BUILD_COAL < BUILD_COUNT, "coal built beyond plan is a new-build option");

