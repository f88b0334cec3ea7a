#pragma once

#include "services/core/Result.h"
#include "services/results/CheckFacts.h"
#include "services/training/CaseFile.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace bd::training {

// The trainer's deck: one JSON file per case (resources/scenarios/*.json, embedded under
// ":/scenarios", or any directory given with --scenarios). Every part of a file is checked with
// the protocol codec before it is served; a date may be written "today", "today-120", "today+30"
// or, in years and days, "today-30y", "today-16y+12" so that a deck never goes stale (a date of
// birth written so keeps the traveller's age). The format is in docs/scenarios.md.
class ScenarioDeck
{
public:
    static constexpr const char* kEmbedded = ":/scenarios";

    // "today", "today±N" (days), "today±Ny" (years) or "today±Ny±N" on `today`; nullopt for any
    // other text. Years first (29 February gives 28 February in a common year), then days.
    static std::optional<QDate> resolveRelativeDate(const QString& text, QDate today);
    // Dates of the ETIAS periods (Reg. (EU) 2018/1240 Art. 83, 6 months each) that put `today` in
    // `phase`: transitional from 2 months ago, grace from 8 months ago, required from 14 months ago.
    static bd::results::EtiasPeriods etiasPeriodsFor(bd::results::EtiasPhase phase, QDate today);

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
bd::core::Result<QMap<bd::model::SystemId, Fault>> decodeFaults(const QJsonObject& o);
QJsonObject encodeFaults(const QMap<bd::model::SystemId, Fault>& faults);
// "SYSTEM=KIND[:ms]" as given to --fault, e.g. "vis=latency:800", "sis=down".
bd::core::Result<std::pair<bd::model::SystemId, Fault>> parseFaultSpec(const QString& spec);

// The codes of the one required officer action, most severe first: the unified result's
// (bd::results::actionCodesBySeverity()).
const QStringList& requiredActionCodes();

// "not-in-operation", "transitional", "grace", "required" (scenario member "etiasPhase").
QString etiasPhaseKey(bd::results::EtiasPhase phase);
std::optional<bd::results::EtiasPhase> etiasPhaseFromKey(const QString& key);

} // namespace bd::training
