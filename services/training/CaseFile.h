#pragma once

#include "services/gateway/Protocol.h"

#include <QMap>
#include <QString>

// What the training gateway knows about one traveller: the canned answer of every connected
// system, the identity links between their records, faults to inject and, for a scenario, the
// outcome the trainee is expected to reach. Scenarios (ScenarioDeck) and the synthetic
// population (Population) both produce case files; the server only serves them.
namespace bd::training {

enum class FaultKind
{
    None,
    Latency, // answer normally after the given delay
    Down, // status "unavailable"
    Error, // status "error"
    Garbage, // a line that is not JSON
    Oversized, // a line far larger than any client accepts
    Stalled, // never answers; the connection stays open
    Truncated // the connection is closed in the middle of the stream
};
QString faultKindKey(FaultKind k);
std::optional<FaultKind> faultKindFromKey(const QString& key);

struct Fault
{
    FaultKind kind = FaultKind::None;
    int ms = 0; // extra latency (Latency), or delay before the fault shows
    bool operator==(const Fault&) const = default;
};

struct Expected
{
    QString decision; // "admit", "refuse", "second-line"
    QString refusalReason; // SBC Annex V letter A..J, refusals only
    QString requiredAction; // one of the codes of the unified result (see docs/gateway-protocol.md)
    QString debrief; // plain language, for the trainer
};

struct CaseFile
{
    QString id; // scenario id, or "population:<index>"
    QString title;
    bd::gateway::PersonData person;
    bd::gateway::DocumentData document;
    // Systems with an entry answer as given; every other system answers no-hit.
    QMap<bd::gateway::SystemId, bd::gateway::SystemEvent> answers;
    QList<bd::gateway::IdentityLink> links;
    QMap<bd::gateway::SystemId, Fault> faults;
    std::optional<Expected> expected;
};

} // namespace bd::training
