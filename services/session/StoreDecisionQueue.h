#pragma once

#include "services/session/DecisionStore.h"
#include "services/session/OutboxSender.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/StoreThread.h"

#include <QPointer>

namespace bd::session {

// The DecisionStore of a workstation: StoreDecisions in a job on the store's thread, then the
// outbox's sender woken so the records go out at once when the link is up.
class StoreDecisionQueue : public DecisionStore
{
public:
    StoreDecisionQueue(bd::storage::StoreThread& store, const bd::storage::FieldCipher& cipher);
    void setSender(OutboxSender* sender) { m_sender = sender; }

    void write(const DecisionEntry& entry,
        const QList<bd::model::RecordSubmission>& submissions,
        QObject* context,
        Written written) override;

private:
    bd::storage::StoreThread& m_store;
    const bd::storage::FieldCipher& m_cipher;
    QPointer<OutboxSender> m_sender;
};

} // namespace bd::session
