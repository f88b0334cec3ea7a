#pragma once

#include "services/core/Result.h"
#include "services/model/Records.h"
#include "services/session/DecisionRecorder.h"

#include <QList>
#include <QObject>

#include <functional>

namespace bd::session {

// Where the workstation writes an officer's decision when it has its store: the decision and the
// records that send it to the centre (the outbox: the decision's record, then the EES record that
// follows it, each with its own idempotency key) in one transaction, on the store's thread, so the
// screen never waits on a disk sync and a crash leaves all or none; the outbox then sends them in
// that order (OutboxSender). `written` gets the records' outbox numbers in the order given (empty:
// nothing to send) or why nothing was written, on `context`'s thread (not at all when `context` is
// gone).
class DecisionStore
{
public:
    virtual ~DecisionStore() = default;
    using Written = std::function<void(bd::core::Result<QList<qint64>> outboxSeqs)>;
    virtual void write(const DecisionEntry& entry,
        const QList<bd::model::RecordSubmission>& submissions,
        QObject* context,
        Written written)
        = 0;
};

} // namespace bd::session
