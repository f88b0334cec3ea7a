#include "services/storage/AuditWriter.h"

namespace bd::storage {

AuditWriter::AuditWriter(std::unique_ptr<AuditTrail> trail, QString workstationId, QObject* parent)
    : QObject(parent)
    , m_trail(std::move(trail))
    , m_workstationId(std::move(workstationId))
{
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1); // keep the thread: records come in bursts all day
}

AuditWriter::~AuditWriter()
{
    m_thread.waitForDone();
}

void AuditWriter::record(const AuditEvent& event)
{
    AuditEvent stamped = event;
    if (!stamped.at.isValid())
        stamped.at = m_trail->clock().now();
    if (stamped.workstationId.isEmpty())
        stamped.workstationId = m_workstationId;
    m_thread.start([this, stamped] {
        // Signals are queued to the owner's thread; dropped if the writer is gone by then.
        if (const auto failed = m_trail->append(stamped))
            QMetaObject::invokeMethod(
                this, [this, detail = failed->detail] { emit writeFailed(detail); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                this, [this, seq = m_trail->lastSeq()] { emit written(seq); }, Qt::QueuedConnection);
    });
}

void AuditWriter::waitUntilWritten()
{
    m_thread.waitForDone();
}

} // namespace bd::storage
