#pragma once

#include "services/core/Result.h"
#include "services/model/Records.h"
#include "services/session/DecisionRecorder.h"

#include <QObject>

#include <functional>
#include <optional>

namespace bd::session {

// Where the workstation writes an officer's decision when it has its store: the decision and the
// record that sends it to the centre (the outbox) in one transaction, on the store's thread, so the
// screen never waits on a disk sync and a crash leaves both or neither; the outbox then sends it
// (OutboxSender). `written` gets the record's outbox number (0: nothing to send) or why nothing
// was written, on `context`'s thread (not at all when `context` is gone).
class DecisionStore
{
public:
    virtual ~DecisionStore() = default;
    using Written = std::function<void(bd::core::Result<qint64> outboxSeq)>;
    virtual void write(const DecisionEntry& entry,
        const std::optional<bd::model::RecordSubmission>& submission,
        QObject* context,
        Written written)
        = 0;
};

} // namespace bd::session
