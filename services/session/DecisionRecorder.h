#pragma once

#include "services/core/Result.h"
#include "services/model/Decision.h"

#include <QDateTime>
#include <QString>

namespace bd::session {

// One officer decision as kept on the workstation. Deliberately no personal data: no name, no
// document number, no date of birth — the search id links it to the gateway's records.
struct DecisionEntry
{
    QString searchId;
    QDateTime at; // UTC
    bd::model::Decision decision = bd::model::Decision::SecondLine;
    QString refusalReason; // SBC Annex V Part B letter A..J for refusals, else empty
    QString requiredAction; // the unified result's required action code
    QString idempotencyKey; // of the RecordSubmission sent to the gateway (empty: none sent)
    // Why the officer departed from the required action (an override), in the officer's words;
    // empty when the decision follows it. Free text the officer is told not to put names or
    // document numbers in; never logged. Lines written before this field read as empty.
    QString overrideReason;
    bool training = false;
    bool operator==(const DecisionEntry&) const = default;
};

// Where the check flow records a decision before anything else happens (the local journal
// today). A decision that cannot be recorded is an error the officer is told about.
class DecisionRecorder
{
public:
    virtual ~DecisionRecorder() = default;
    virtual bd::core::Result<bool> append(const DecisionEntry& entry) = 0;
};

} // namespace bd::session
