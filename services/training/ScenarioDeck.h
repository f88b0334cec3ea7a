#pragma once

#include "services/core/Result.h"
#include "services/training/CaseFile.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace bd::training {

// The trainer's deck: one JSON file per case (resources/scenarios/*.json, embedded under
// ":/scenarios", or any directory given with --scenarios). Every part of a file is checked with
// the protocol codec before it is served; a date may be written "today", "today-120" or
// "today+30" so that a deck never goes stale. The format is in docs/gateway-protocol.md.
class ScenarioDeck
{
public:
    static constexpr const char* kEmbedded = ":/scenarios";

    // Error codes "scenario.json", "scenario.schema"; detail names the file and the member.
    static bd::core::Result<CaseFile> parse(const QByteArray& json, QDate today, const QString& origin = {});
    static bd::core::Result<ScenarioDeck> load(const QString& directory, QDate today);

    const QList<CaseFile>& cases() const { return m_cases; }
    const CaseFile* findById(const QString& id) const;
    const CaseFile* findByDocument(const QString& issuingState, const QString& number) const;

private:
    QList<CaseFile> m_cases;
};

// Faults as JSON, shared by the admin endpoint, the --config file and the scenario files:
// {"sis": {"kind": "down"}, "vis": {"kind": "latency", "ms": 800}}.
bd::core::Result<QMap<bd::gateway::SystemId, Fault>> decodeFaults(const QJsonObject& o);
QJsonObject encodeFaults(const QMap<bd::gateway::SystemId, Fault>& faults);
// "SYSTEM=KIND[:ms]" as given to --fault, e.g. "vis=latency:800", "sis=down".
bd::core::Result<std::pair<bd::gateway::SystemId, Fault>> parseFaultSpec(const QString& spec);

// The codes of the one required officer action, most severe first.
const QStringList& requiredActionCodes();

} // namespace bd::training
