#pragma once

#include "services/document/MrzRecord.h"

#include <QStringList>

namespace bd::document {

// The tokens of a record that the log sink must mask while it is the current check: name parts,
// the document number and the optional data (personal numbers), as values and as read in the zone.
// For core::SensitiveTokenRegistry::setSensitiveTokens().
QStringList sensitiveLogTokens(const MrzRecord& record);

} // namespace bd::document
