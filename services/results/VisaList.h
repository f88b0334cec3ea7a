#pragma once

#include "services/core/Result.h"
#include "services/model/Model.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The EU visa list (Reg. (EU) 2018/1806 Annexes I and II, as amended) and the free-movement
// states, as dated data: resources/visa/visa-list.json (source and date inside the file), never
// in code. Finds the regime a travel document puts its holder under on a given day.
namespace bd::results {

// Entry conditions depend on the traveller's nationality (Reg. (EU) 2018/1806 Annexes I/II).
enum class VisaRegime
{
    Unknown, // not listed, or the list cannot tell: the officer verifies the visa requirement
    VisaRequired, // Annex I: needs a valid visa (VIS)
    VisaExempt, // Annex II: visa-free for 90 days in any 180 (ETIAS once it applies)
    FreeMovement // EU/EEA/CH citizen: no visa, ETIAS or 90/180 rule
};
QString regimeKey(VisaRegime r); // "unknown", "visa-required", "visa-exempt", "free-movement"

// What the list says about one document on one day.
struct RegimeFinding
{
    VisaRegime regime = VisaRegime::Unknown;
    // The code the rule was found under: the nationality, or a code the document maps to
    // ("HKG" for a CHN passport with a Hong Kong SAR number, "GBN" ...). Empty when none.
    QString listedAs;
    // "Annex I", "Annex II Part 1", "Annex II Part 2", "Annex II Part 3", "Annex II Part 4", "free movement", ""
    QString listEntry;
    // A condition the exemption depends on that the zone cannot prove, as a stable code:
    // "biometric-passport", "hksar-passport", "macao-sar-passport", "taiwan-id-number",
    // "not-koordinaciona-uprava", "visa-waiver-agreement"; empty when none.
    QString condition;
    QString conditionText; // English words for the officer ("exempt only with a biometric passport: ...")
    QString basis; // legal basis, e.g. "Reg. (EU) 2018/1806 Annex II, footnote (1)"
    QString note; // anything else the officer should know (e.g. "stateless: depends on the State of residence")
    bool operator==(const RegimeFinding&) const = default;
};

class VisaList
{
public:
    // Parses and checks the data file; a bad file is an error naming what is wrong.
    static bd::core::Result<VisaList> fromJson(const QByteArray& json);
    // The copy built into the application (":/visa/visa-list.json").
    static bd::core::Result<VisaList> builtIn();

    // The regime for the holder of `document` (issuing state, number, document code) with
    // `person.nationality`, on `day`.
    RegimeFinding find(
        const bd::model::DocumentData& document, const bd::model::PersonData& person, const QDate& day) const;

    QString source() const { return m_source; } // where the data was taken from
    QDate asOf() const { return m_asOf; } // the date the data reflects

    struct Entry
    {
        QString code; // ICAO nationality code
        QString name; // English name, for people reading the data
        VisaRegime regime = VisaRegime::Unknown;
        QString listEntry;
        QString condition;
        QString conditionText;
        QString basis;
        QString note;
        QDate from; // invalid: since always
        QDate until; // invalid: still in force (inclusive last day otherwise)
        // Only for passports whose MRZ document code has one of these second characters ("PD"
        // diplomatic, "PS" service, "PO" official); such an entry wins over the general one. Empty: all.
        QStringList documentTypes;
        bool appliesOn(const QDate& day) const
        {
            return (!from.isValid() || from <= day) && (!until.isValid() || day <= until);
        }
    };

private:
    // The entry for `code` on `day`: one for the document's type (second character of the
    // document code) first, else the general one; nullptr when the list has none.
    const Entry* entryFor(const QString& code, const QString& documentType, const QDate& day) const;
    bool hasCode(const QString& code) const;
    // A CHN passport: a Hong Kong or Macao SAR one (told apart by the number) under HKG or MAC, else
    // CHN with a note when the number is not a usual PRC pattern; nullopt when the list has neither.
    std::optional<RegimeFinding> findChinesePassport(
        const QString& documentType, const QString& number, const QDate& day) const;
    // Refugees, stateless persons and unspecified nationality (XX*): their own entry, completed by
    // the regime of the State that issued the travel document.
    RegimeFinding findStateless(
        const QString& nationality, const QString& issuer, const QString& documentType, const QDate& day) const;

    QString m_source;
    QDate m_asOf;
    QList<Entry> m_entries;
};

} // namespace bd::results
