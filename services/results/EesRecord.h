#pragma once

#include "services/model/Decision.h"
#include "services/model/Systems.h"
#include "services/results/CheckFacts.h"
#include "services/results/VisaList.h"

#include <QDate>
#include <QString>

#include <optional>

// Which EES record follows an officer's final decision (rule R57 of docs/decision-rules.md). Pure:
// the check's purpose (entry or exit), the decision, the traveller's regime from the visa list and
// what the officer declared. Who is registered: SBC Art. 6a(1)-(3) [C]; the entry/exit record: EES
// Art. 14, 16-17; the refusal record with the Annex V Part B letter: EES Art. 18, SBC Annex V Part A
// 1(b). Fails closed: when the workstation cannot tell whether the traveller is registered, no
// record is queued and the officer is told in words to record the movement by hand.
namespace bd::results {

enum class EesRecordKind
{
    Entry, // "ees-entry": EES Art. 14, 16(1) / 17(1)
    Exit, // "ees-exit": EES Art. 16(3)
    Refusal // "ees-refusal": EES Art. 18, with the Annex V Part B letter
};
// The RecordSubmission kind: "ees-entry", "ees-exit", "ees-refusal".
QString eesRecordKindKey(EesRecordKind kind);

// Why the plan is what it is, as a stable code (the UI words it, tests compare it).
enum class EesReason
{
    Entry, // admitted at entry: entry record
    Exit, // let exit at exit: exit record
    Refusal, // refused at entry: refusal record with the letter
    NotFinal, // second line: not a final decision, second line records the movement
    NotABorderCrossing, // a visa application: nobody crosses
    FreeMovement, // EU/EEA/CH citizen: not a third-country national
    ResidenceCard, // family member of an EU citizen with a residence card: not registered
    ResidenceTitle, // residence permit or long-stay visa: not a short stay, not registered
    NoMovement, // refused at exit: the traveller did not leave
    // Manual (the officer records the movement by hand):
    RegimeUnknown, // nationality unknown or not on the visa list: third-country national or not?
    ExemptionUnconfirmed, // Andorra, Monaco, San Marino, Vatican: recalled as not registered, not confirmed
    RefusalWithoutLetter, // a refusal without its Annex V Part B letter
    DecisionNotForDirection // admit at exit, let exit at entry: no record fits
};
QString eesReasonKey(EesReason reason); // "entry", "exit", "refusal", "not-final", ...

// What the workstation knows when the officer's decision is final.
struct EesRecordFacts
{
    bd::model::Purpose purpose = bd::model::Purpose::EntryCheck; // Training is an entry check
    bd::model::Decision decision = bd::model::Decision::SecondLine;
    QString refusalLetter; // Annex V Part B letter of a refusal
    VisaRegime regime = VisaRegime::Unknown; // from the unified result (Unknown: none shown)
    QString nationality; // ICAO code from the document (or the code the visa list found it under)
    OfficerDeclarations declarations;
    QDate today; // a declared residence title counts only when valid on this day
};

struct EesRecordPlan
{
    std::optional<EesRecordKind> kind; // none: no record is queued
    QString refusalLetter; // Refusal: the letter (refusalReasons of the record)
    EesReason reason = EesReason::RegimeUnknown;
    // The officer must record the EES movement by hand (nothing is queued and the workstation
    // cannot tell that none is due).
    bool manual = false;
    QString text; // English words for the officer and the CLI (the UI translates the reason)
    QString basis; // legal basis
    bool operator==(const EesRecordPlan&) const = default;
};

EesRecordPlan eesRecordFor(const EesRecordFacts& facts);

} // namespace bd::results
