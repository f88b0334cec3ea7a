#pragma once

#include "services/storage/AuditSink.h"
#include "services/storage/AuditTrail.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace bd::storage {

// The workstation's AuditSink: record() stamps the event with the time and this workstation and
// returns at once; a thread of its own appends the records to the AuditTrail in the order given
// (each fsynced), so the GUI never waits on the disk. A record that cannot be written is reported
// through writeFailed() in the owner's thread (the officer must be told: the trail is incomplete).
// Destroying the writer waits until every record given to it is on disk.
class AuditWriter : public QObject, public AuditSink
{
    Q_OBJECT
public:
    AuditWriter(std::unique_ptr<AuditTrail> trail, QString workstationId, QObject* parent = nullptr);
    ~AuditWriter() override;

    void record(const AuditEvent& event) override;
    // Blocks until every record given so far is written (shutdown and tests).
    void waitUntilWritten();

signals:
    void writeFailed(const QString& detail);
    // Record `seq` is on disk (emitted in the owner's thread): what ships the trail reads it now.
    void written(qint64 seq);

private:
    std::unique_ptr<AuditTrail> m_trail; // used only by m_thread's task after construction
    QString m_workstationId;
    QThreadPool m_thread; // one thread: records are written in the order they were given
};

} // namespace bd::storage
