#pragma once

#include "services/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd::session {

// One officer decision as kept on the workstation. Deliberately no personal data: no name, no
// document number, no date of birth — the search id links it to the gateway's records.
struct DecisionEntry
{
    QString searchId;
    QDateTime at; // UTC
    QString decision; // "admit", "refuse", "second-line"
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

// The local decision journal: one JSON object per line, appended and flushed per decision, in
// <data dir>/decisions.jsonl. Error codes "journal.open", "journal.write", "journal.invalid".
class DecisionJournal
{
public:
    explicit DecisionJournal(QString filePath);

    QString filePath() const { return m_path; }
    bd::core::Result<bool> append(const DecisionEntry& entry);
    // Every entry in the file, oldest first; a line that is not a valid entry is an error.
    bd::core::Result<QList<DecisionEntry>> readAll() const;

    static QByteArray encode(const DecisionEntry& entry); // one line, without the newline
    static bool isValidDecision(const QString& decision);

private:
    QString m_path;
};

} // namespace bd::session
