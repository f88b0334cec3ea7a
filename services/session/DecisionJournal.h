#pragma once

#include "services/core/Result.h"
#include "services/session/DecisionRecorder.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd::session {

// The local decision journal: one JSON object per line, appended and flushed per decision, in
// <data dir>/decisions.jsonl; the file is created readable and writable by its owner only (0600).
// The decision is written by its key (decisionKey). Error codes "journal.open", "journal.write",
// "journal.invalid".
class DecisionJournal : public DecisionRecorder
{
public:
    explicit DecisionJournal(QString filePath);

    QString filePath() const { return m_path; }
    bd::core::Result<bool> append(const DecisionEntry& entry) override;
    // Every entry in the file, oldest first; a line that is not a valid entry is an error.
    bd::core::Result<QList<DecisionEntry>> readAll() const;

    static QByteArray encode(const DecisionEntry& entry); // one line, without the newline
    static bd::core::Result<DecisionEntry> decode(const QByteArray& line); // journal.invalid

private:
    QString m_path;
};

} // namespace bd::session
