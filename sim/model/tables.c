/* sim/model/tables.c - what the fuel table (fuels_list.h) and the sector table (sectors_list.h) say,
 * and the compile-time checks that tie them to the schema ids (params_list.h) and the result columns
 * (outputs_list.h): a line added or moved in one table and not the others fails the build. */
#include "model.h"
#include "run.h"

/* ---- sectors ---- */

/* Each sector's keys in PP_SECTOR order, and its result column in table order. */
#define PP_SECTOR_ROW(ID, sec, en, zh, iunit, ilo, ihi, lever, ratio, src)                                   \
    _Static_assert(P_##ID##_IMPROVE == P_##ID##_INTENSITY + SK_IMPROVE, #ID ": improve_pct out of place");   \
    _Static_assert(P_##ID##_ELEC == P_##ID##_INTENSITY + SK_ELEC, #ID ": elec_pct out of place");            \
    _Static_assert(P_##ID##_GAS == P_##ID##_INTENSITY + SK_GAS, #ID ": gas_pct out of place");               \
    _Static_assert(P_##ID##_OIL == P_##ID##_INTENSITY + SK_OIL, #ID ": oil_pct out of place");               \
    _Static_assert(P_##ID##_HEAT == P_##ID##_INTENSITY + SK_HEAT, #ID ": heat_pct out of place");            \
    _Static_assert(P_##ID##_ELEC_RATIO == P_##ID##_INTENSITY + SK_ELEC_RATIO, #ID ": elec_ratio out of place"); \
    _Static_assert(RV_FIN_##ID - RV_FIN_AGRI == SEC_##ID, #ID ": result column out of sector order");
#include "sectors_list.h"
#undef PP_SECTOR_ROW


/* ---- fuels ---- */

static const model_fuel fuels[FUEL_COUNT] = {
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off) {key, 1, ef_key, off},
#define PP_CARRIER(ID, key, en, zh_final, off) {key, 0, -1, off},
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
};

/* Result columns by fuel follow the fuel order, so a loop over fuels can store them. */
#define PP_FOSSIL(ID, key, En, en, zh, zh_final, ef_key, off)                                                 \
    _Static_assert(RV_FIN_##ID - RV_FIN_COAL == FUEL_##ID, #ID ": final column out of fuel order");          \
    _Static_assert(RV_##ID - RV_COAL == FUEL_##ID, #ID ": primary column out of fuel order");                 \
    _Static_assert(RV_##ID##_SHARE - RV_COAL_SHARE == FUEL_##ID, #ID ": share column out of fuel order");     \
    _Static_assert(RV_CO2_##ID - RV_CO2_COAL == FUEL_##ID, #ID ": CO2 column out of fuel order");             \
    _Static_assert((off) == -1 || ((off) >= SK_ELEC && (off) <= SK_HEAT), #ID ": share offset not a share key");
#define PP_CARRIER(ID, key, en, zh_final, off)                                                                \
    _Static_assert(RV_FIN_##ID - RV_FIN_COAL == FUEL_##ID, #ID ": final column out of fuel order");          \
    _Static_assert((off) >= SK_ELEC && (off) <= SK_HEAT, #ID ": share offset not a share key");
#include "fuels_list.h"
#undef PP_FOSSIL
#undef PP_CARRIER
_Static_assert(RV_NONFOSSIL == RV_COAL + FUEL_FOSSIL_COUNT, "non-fossil follows the fossil fuels");
_Static_assert(RV_NONFOSSIL_SHARE == RV_COAL_SHARE + FUEL_FOSSIL_COUNT, "non-fossil share follows the fossil shares");

const model_fuel *model_fuel_get(int f) { return &fuels[f]; }
