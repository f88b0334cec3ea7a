#pragma once

#include "services/training/CaseFile.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace bd::training {

// The small integer facts a traveller is derived from; cheap to compute for every index.
struct TravellerTraits
{
    quint8 nationality = 0; // index into the nationality table
    bool visaRequired = false;
    quint8 visa = 0; // VisaState
    quint8 etias = 0; // EtiasState
    quint8 ees = 0; // EesState
    quint8 sis = 0; // SisState (person alert)
    quint8 document = 0; // DocumentAlert (SIS object and/or Interpol SLTD)
    bool documentExpired = false;
    bool eurodac = false;
    bool ecris = false;
    bool europol = false;
    quint8 link = 0; // LinkState
};

struct Traveller
{
    quint32 index = 0;
    TravellerTraits traits;
    bd::model::PersonData person;
    bd::model::DocumentData document;
};

// A synthetic travelling population, deterministic from (seed, count, reference date). Nothing is
// stored per traveller: traveller i is derived from (seed, i) on demand. Document numbers are a
// keyed permutation of the index ("T" + 8 digits), so a document lookup inverts the permutation
// (O(1), no memory); a name + date-of-birth lookup uses one sorted array of 64-bit keys (12 bytes a
// traveller). Proportions are listed in docs/gateway-protocol.md ("Synthetic population").
class Population
{
public:
    static constexpr quint32 kMaxSize = 1000000;

    Population(quint64 seed, quint32 count, QDate referenceDate);

    quint32 size() const { return m_count; }
    quint64 seed() const { return m_seed; }
    QDate referenceDate() const { return m_reference; }

    TravellerTraits traits(quint32 index) const;
    Traveller traveller(quint32 index) const;
    // Every system's answer, the identity links and no expected outcome.
    CaseFile caseFile(quint32 index) const;
    // Valid ICAO 9303 TD3 machine-readable zone of the traveller's passport.
    QStringList mrz(quint32 index) const;

    std::optional<quint32> findByDocument(const QString& issuingState, const QString& number) const;
    QList<quint32> findByNameAndBirth(const QString& surname, const QString& givenNames, QDate dateOfBirth) const;

    // Travellers whose document is on a hotlist (SIS object alert, Interpol SLTD, or a SIS
    // refusal/arrest alert), ascending; each with the hotlist version that added it.
    struct HotlistItem
    {
        quint32 index;
        quint8 addedInVersion; // 1..kHotlistVersions
        quint8 removedInVersion; // 0 = still listed
    };
    static constexpr int kHotlistVersions = 12;
    const std::vector<HotlistItem>& hotlistItems() const { return m_hotlist; }
    // "stolen-document", "lost-document", "revoked-document", "refusal-of-entry", "arrest"
    QString hotlistKind(quint32 index) const;

private:
    quint64 identityKey(int surname, int given, int birthDays) const;
    quint32 permute(quint32 index) const;
    quint32 unpermute(quint32 value) const;

    quint64 m_seed;
    quint32 m_count;
    QDate m_reference;
    std::vector<std::pair<quint64, quint32>> m_byIdentity; // sorted (key, index)
    std::vector<HotlistItem> m_hotlist;
};

} // namespace bd::training
