#include "services/session/StoreDecisionQueue.h"

#include "services/session/StoreDecisions.h"
#include "services/storage/StorageErrors.h"

namespace bd::session {

StoreDecisionQueue::StoreDecisionQueue(bd::storage::StoreThread& store, const bd::storage::FieldCipher& cipher)
    : m_store(store)
    , m_cipher(cipher)
{
}

void StoreDecisionQueue::write(const DecisionEntry& entry,
    const QList<bd::model::RecordSubmission>& submissions,
    QObject* context,
    Written written)
{
    if (!m_store.isOpen()) {
        written(bd::core::Error { QString::fromLatin1(bd::storage::errors::kOpen), QStringLiteral("no store"), {} });
        return;
    }
    using Outcome = bd::core::Result<QList<qint64>>;
    m_store.call<Outcome>(
        [cipher = &m_cipher, entry, submissions](bd::storage::Database& db) -> Outcome {
            return StoreDecisions(db, *cipher).recordDecision(entry, submissions);
        },
        context,
        [sender = m_sender, written = std::move(written)](Outcome outcome) {
            if (outcome && !outcome.value().isEmpty() && sender)
                sender->wake();
            written(std::move(outcome));
        });
}

} // namespace bd::session
