#include "services/training/GatewayConfig.h"

namespace bd::training {

using namespace bd::model;

QMap<SystemId, int> GatewayConfig::defaultLatencies()
{
    return { { SystemId::Sis, 120 }, { SystemId::Vis, 180 }, { SystemId::Ees, 150 }, { SystemId::Etias, 100 },
        { SystemId::Eurodac, 260 }, { SystemId::EcrisTcn, 320 }, { SystemId::Europol, 240 },
        { SystemId::InterpolSltd, 90 }, { SystemId::InterpolTdawn, 110 } };
}

QList<SystemId> profileSystems(UserProfile profile)
{
    switch (profile) {
    case UserProfile::BorderFirstLine:
        return { SystemId::Sis, SystemId::Vis, SystemId::Ees, SystemId::Etias, SystemId::InterpolSltd,
            SystemId::InterpolTdawn };
    case UserProfile::BorderSecondLine:
        return { SystemId::Sis, SystemId::Vis, SystemId::Ees, SystemId::Etias, SystemId::Eurodac, SystemId::Europol,
            SystemId::InterpolSltd, SystemId::InterpolTdawn };
    case UserProfile::Consular:
        return { SystemId::Sis, SystemId::Vis, SystemId::Ees, SystemId::Etias, SystemId::InterpolSltd };
    case UserProfile::Trainer:
        break;
    }
    return allSystems();
}

} // namespace bd::training
