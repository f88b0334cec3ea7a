#pragma once

#include "services/model/Model.h"
#include "services/results/UnifiedResult.h"

#include <QList>

#include <optional>

namespace bd::training {

// A record of a search result whose enrolled face a training scenario may show, and the colour of
// the identity link it is reached through (none: the record is not linked).
struct FaceRecord
{
    bd::model::RecordRef record;
    std::optional<bd::model::LinkColour> link;
    bool operator==(const FaceRecord&) const = default;
};

// The records whose faces the Biometrics page shows in training: the records found and the records
// reached only through an identity link (a red link's other identity), identity by identity, each
// record once, in the order first met. A record's link is the last link of the identity where it
// was first met that joins it.
QList<FaceRecord> faceRecords(const bd::results::UnifiedResult& result);

} // namespace bd::training
