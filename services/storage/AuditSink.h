#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bd::storage {

// One thing the audit trail records: who did what, when, at which workstation — by reference only
// (a search id, a record id, a settings key), never a name, document number or date of birth.
struct AuditEvent
{
    QString kind; // "search", "hit.view", "decision", "settings.change", "export", ...
    QString officerId;
    QString workstationId; // empty: the writer's own
    QString reference; // what it concerns: a search id, record id, settings key
    QJsonObject details; // further references and codes (strings, integers and booleans only)
    QDateTime at; // when it happened; empty: when it is written
};

// Where the services report what must be on the audit trail (AuditWriter on a workstation).
// record() returns at once and never fails to the caller; a failure to write is the sink's to
// report.
class AuditSink
{
public:
    virtual ~AuditSink() = default;
    virtual void record(const AuditEvent& event) = 0;
};

} // namespace bd::storage
