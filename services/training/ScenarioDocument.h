#pragma once

#include "services/core/Result.h"
#include "services/training/CaseFile.h"
#include "services/training/SyntheticDocument.h"

namespace bd::training {

// The printed document of a training scenario: a TD3 passport data page with the case file's
// identity in the visual zone and its MRZ (MrzGenerator) in OCR-B, 300 dpi, clean scan. Used by
// the demo workstation (DemoGateway::renderDocument) and by the tests that read every scenario's
// document back. Error codes "mrz.generate.*".
bd::core::Result<SyntheticDocumentSpec> scenarioDocumentSpec(const CaseFile& scenario);
// The scenario document's MRZ lines: the TD3 passport zone printed by scenarioDocumentSpec().
// Error codes "mrz.generate.*".
bd::core::Result<QStringList> scenarioZone(const CaseFile& scenario);

} // namespace bd::training
