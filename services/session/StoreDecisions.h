#pragma once

#include "services/core/Result.h"
#include "services/model/Records.h"
#include "services/model/Traveller.h"
#include "services/session/DecisionRecorder.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace bd::storage {
class Database;
class FieldCipher;
} // namespace bd::storage

namespace bd::session {

// The records the centre must receive, written to the store with the local state they belong to:
// an officer decision (table decisions, the entry sealed) and the RecordSubmissions that follow it
// (the outbox, as the protocol's JSON, sealed): the decision's own record and the EES
// entry/exit/refusal record (rule R57), each with its own idempotency key, commit in one
// transaction, so a crash leaves all or none, and the outbox sends them in the order given.
// Synchronous over a Database& on its own thread: the CLI, the tests and the crash driver call it
// directly, the workstation from a StoreThread job (constructing one there is free). Error codes
// storage.invalidRecord (a record without idempotency key, two records with one key, or a
// decision record whose key is not the decision's), storage.outboxDuplicate, storage.query and the
// cipher's.
class StoreDecisions
{
public:
    StoreDecisions(bd::storage::Database& db, const bd::storage::FieldCipher& cipher);

    // The decision and the records to send with it (none: nothing is sent), in one transaction;
    // returns their outbox seqs in the order given.
    bd::core::Result<QList<qint64>> recordDecision(
        const DecisionEntry& entry, const QList<bd::model::RecordSubmission>& submissions);
    // Any record (EES entry/exit/refusal, decision) alone, in a transaction of its own.
    bd::core::Result<qint64> enqueue(const bd::model::RecordSubmission& submission);
    // The same inside the caller's transaction (`db` as Database::transaction hands it).
    static bd::core::Result<qint64> enqueue(
        QSqlDatabase& db, const bd::storage::FieldCipher& cipher, const bd::model::RecordSubmission& submission);

    bd::core::Result<int> decisionCount() const;

private:
    bd::storage::Database& m_db;
    const bd::storage::FieldCipher& m_cipher;
};

} // namespace bd::session
