#pragma once

// The domain model the gateway codec, results, session, UI and training gateway share: value types
// only, no wire format (services/gateway/GatewayJson converts them) and no behaviour beyond keys.
#include "services/model/Decision.h"
#include "services/model/Hits.h"
#include "services/model/Records.h"
#include "services/model/Systems.h"
#include "services/model/Traveller.h"
