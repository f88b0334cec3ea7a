#pragma once

#include "services/core/Result.h"
#include "services/model/Records.h"
#include "services/model/Traveller.h"
#include "services/session/DecisionRecorder.h"

#include <QSqlDatabase>

#include <optional>

namespace bd::storage {
class Database;
class FieldCipher;
} // namespace bd::storage

namespace bd::session {

// The records the centre must receive, written to the store with the local state they belong to:
// an officer decision (table decisions, the entry sealed) and its RecordSubmission (the outbox, as
// the protocol's JSON, sealed) commit in one transaction, so a crash leaves both or neither. EES
// entry/exit/refusal records go to the outbox the same way. Synchronous over a Database& on its own
// thread: the CLI, the tests and the crash driver call it directly, the workstation from a
// StoreThread job (constructing one there is free). Error codes storage.invalidRecord (no
// idempotency key, or the decision's key is not its submission's), storage.outboxDuplicate,
// storage.query and the cipher's.
class StoreDecisions
{
public:
    StoreDecisions(bd::storage::Database& db, const bd::storage::FieldCipher& cipher);

    // The decision, and its outbox record when it is to be sent; returns the outbox seq (0: none).
    bd::core::Result<qint64> recordDecision(
        const DecisionEntry& entry, const std::optional<bd::model::RecordSubmission>& submission);
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
