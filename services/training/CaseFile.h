#pragma once

#include "services/model/Model.h"
#include "services/results/CheckFacts.h"

#include <QMap>
#include <QString>

#include <optional>

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
    QString decision; // "admit", "refuse", "second-line", "let-exit"
    // SBC Annex V Part B letter A..I, refusals only; empty for a refusal whose letter the law does
    // not fix (refuse-no-etias: the officer chooses it from the form in use).
    QString refusalReason;
    QString requiredAction; // one of the codes of the unified result (bd::results::actions, docs/scenarios.md)
    QString debrief; // plain language, for the trainer (English)
    // The debrief in other interface languages (scenario member "translations": language code,
    // e.g. "de", to text); a language not listed falls back to the English debrief.
    QMap<QString, QString> debriefByLanguage;
    // The debrief for an interface language ("de", "de_DE", "de-DE"; "en" or empty: English).
    QString debriefIn(const QString& language) const;
};

// A facial image held with one record of a connected system, for the trainer's material (the
// protocol does not carry faces; the training gateway never serves them). The red-link scenario
// shows "same face, different identities" with two records that hold the traveller's face.
struct EnrolledFace
{
    bd::model::SystemId system = bd::model::SystemId::Sis;
    QString recordId;
    quint32 faceSeed = 0; // SyntheticPortrait seed
    bool operator==(const EnrolledFace&) const = default;
};

struct CaseFile
{
    QString id; // scenario id, or "population:<index>"
    QString title; // English
    // The title in other interface languages (scenario member "translations": language code,
    // e.g. "de", to text); a language not listed falls back to the English title.
    QMap<QString, QString> titleByLanguage;
    // The title for an interface language ("de", "de_DE", "de-DE"; "en" or empty: English).
    QString titleIn(const QString& language) const;
    // The expected outcome's debrief for an interface language; empty without an expected outcome.
    QString debriefIn(const QString& language) const { return expected ? expected->debriefIn(language) : QString(); }
    bd::model::PersonData person;
    bd::model::DocumentData document;
    // Systems with an entry answer as given; every other system answers no-hit.
    QMap<bd::model::SystemId, bd::model::SystemEvent> answers;
    QList<bd::model::IdentityLink> links;
    QMap<bd::model::SystemId, Fault> faults;
    std::optional<Expected> expected;
    // What the trainee is expected to declare at the booth (scenario member "declarations"), the
    // input the verdict takes besides the answers; none for population cases.
    std::optional<bd::results::OfficerDeclarations> declarations;
    // The check the scenario is played as (scenario member "purpose": entry-check by default).
    bd::model::Purpose purpose = bd::model::Purpose::EntryCheck;
    // The ETIAS period on the day the case was loaded (scenario member "etiasPhase", default
    // not-in-operation), and the period dates that give it on that day (ScenarioDeck::etiasPeriodsFor).
    bd::results::EtiasPhase etiasPhase = bd::results::EtiasPhase::NotInOperation;
    bd::results::EtiasPeriods etiasPeriods;
    // The traveller's face (SyntheticPortrait seed): "traveller.face.seed" in a scenario file, by
    // default SyntheticPortrait::seedFor(person). 0: no face (population cases).
    quint32 faceSeed = 0;
    QList<EnrolledFace> enrolledFaces; // scenario member "enrolledFaces"
    // The face held with a record, or 0.
    quint32 enrolledFaceSeed(bd::model::SystemId system, const QString& recordId) const
    {
        for (const EnrolledFace& f : enrolledFaces)
            if (f.system == system && f.recordId == recordId)
                return f.faceSeed;
        return 0;
    }
};

} // namespace bd::training
