#pragma once

#include "services/core/Error.h"
#include "services/model/Model.h"
#include "services/model/Records.h"
#include "services/results/ResultNotice.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd::document {
struct MrzRecord;
}

// Everything the verdict needs beyond the gateway's answers: what the document itself says, what
// the officer declared at the booth, the ETIAS periods and the visa list. Value types; the
// decision rules in docs/decision-rules.md say how each one is used.
namespace bd::results {

class VisaList;

// The travel document as read for this check (zone typed, scanned or read by a desk reader).
struct DocumentFacts
{
    bool read = false; // a machine-readable zone was read for this check
    bool zoneValid = false; // structure and every check digit pass (after any repair)
    // Fields no check digit covers ("name", "nationality", ...) where a repair changed a character or
    // the recogniser was unsure of one (MrzRecord::weakCharacters): not proven, the officer verifies.
    QStringList unverifiedFields;
    QStringList problems; // why the zone is not valid, in English (no personal data)
    QList<ResultNotice> warnings; // shown to the officer, not decisive (NoticeCode::DocumentRemark)
    QDate dateOfExpiry; // from the zone (invalid when unreadable)
    bool operator==(const DocumentFacts&) const = default;
};
// From a parsed zone: validity, repaired or uncertain characters in fields no check digit covers,
// issues in words.
DocumentFacts documentFactsFrom(const bd::document::MrzRecord& record);

// A residence title the officer saw (SBC Art. 6(1)(b): replaces the visa / travel authorisation
// condition), or an EU residence card of a family member (Directive 2004/38/EC Art. 5(2)).
struct ResidenceTitle
{
    enum class Kind
    {
        ResidencePermit, // Art. 2(16) SBC, issued by a Member State
        LongStayVisa, // national visa type D
        ResidenceCard // family member of an EU citizen (Directive 2004/38/EC Art. 10 / 20)
    };
    Kind kind = Kind::ResidencePermit;
    QString issuingState; // ICAO code of the Member State
    QDate validUntil;
    bool operator==(const ResidenceTitle&) const = default;
};
QString residenceKindKey(ResidenceTitle::Kind k); // "residence-permit", "long-stay-visa", "residence-card"
std::optional<ResidenceTitle::Kind> residenceKindFromKey(const QString& key);

// What the officer states at the booth, which no system can know.
struct OfficerDeclarations
{
    std::optional<ResidenceTitle> residence;
    bool familyMemberOfEuCitizen = false; // accompanying or joining an EU/EEA/CH citizen
    bool asylumRequest = false; // the traveller asks for international protection
    bool unaccompaniedMinor = false;
    bool faceMismatch = false; // the live face does not match the document portrait
    QStringList confirmedConditions; // RegimeFinding::condition codes the officer verified on the document
    bool operator==(const OfficerDeclarations&) const = default;
    bool isEmpty() const { return *this == OfficerDeclarations {}; }
};

// ETIAS Reg. (EU) 2018/1240 Art. 83 and 88. No start date: ETIAS is not in operation and the
// travel-authorisation condition does not apply.
struct EtiasPeriods
{
    QDate operationsStart; // first day of ETIAS operations (Art. 88 decision); invalid: not started
    QDate transitionalEnd; // last day of the transitional period (Art. 83(1)), inclusive
    QDate graceEnd; // last day of the grace period (Art. 83(3)), inclusive
    // The periods the Regulation sets without extensions: 6 months each.
    static EtiasPeriods fromStart(const QDate& start);
    bool operator==(const EtiasPeriods&) const = default;
};

enum class EtiasPhase
{
    NotInOperation, // no travel authorisation required
    Transitional, // optional; inform the traveller (Art. 83(2))
    Grace, // required; a first crossing since the transitional period is let through (Art. 83(3))
    Required // required (SBC Art. 6(1)(b) as amended by ETIAS Art. 80)
};
EtiasPhase etiasPhase(const EtiasPeriods& periods, const QDate& day);

// Everything the verdict knows besides the gateway's answers.
struct CheckContext
{
    QDate today;
    DocumentFacts document;
    OfficerDeclarations declarations;
    EtiasPeriods etias;
    QString borderState; // ICAO code of the Member State of this border (LTV visas); may be empty
    const VisaList* visaList = nullptr; // null: every nationality is of unknown regime
    // Offline: the document is on the workstation's copy of the gateway's hotlist (its kind and the
    // action it lists; rule R56). None: not listed, or not looked up (online).
    std::optional<bd::model::HotlistEntry> offlineHotlist;
};

// The gateway's answer to one search as the client received it.
struct SearchAnswers
{
    bd::model::SearchRequest request;
    QList<bd::model::SystemEvent> events; // in arrival order; several per system are checked
    std::optional<bd::model::SearchSummary> summary;
    std::optional<bd::core::Error> streamError; // the stream broke off, a line was foreign, ...
    // Valid: these answers are not this search's but the traveller's last ones from the local cache
    // (the gateway unreachable), received at that time. Never a current check (rule R55).
    QDateTime cachedAt;
};

} // namespace bd::results
