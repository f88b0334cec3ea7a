#include "services/training/Population.h"

#include "services/document/MrzGenerator.h"

#include <algorithm>
#include <array>

namespace bd::training {
namespace {

using namespace bd::model;

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// splitmix64 stream; one per (seed, index, purpose) so each trait is independent of the others.
class Rng
{
public:
    Rng(quint64 seed, quint64 index, quint64 stream)
        : m_state(mix(seed ^ mix(index * 0x100000001b3ULL + stream)))
    {
    }
    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix(m_state);
    }
    quint32 below(quint32 n) { return static_cast<quint32>(next() % n); }
    // Picks a bucket from per-100,000 weights; what is left over is bucket 0.
    template <std::size_t N> quint8 pick(const std::array<quint32, N>& per100k)
    {
        quint32 r = below(100000);
        for (std::size_t i = 0; i < N; ++i) {
            if (r < per100k[i])
                return static_cast<quint8>(i + 1);
            r -= per100k[i];
        }
        return 0;
    }
    bool chance(quint32 per100k) { return below(100000) < per100k; }

private:
    quint64 m_state;
};

enum Stream : quint64
{
    kIdentity = 1,
    kTraits = 2,
    kDetails = 3,
    kHotlist = 4
};

struct Nation
{
    const char* code;
    bool visaRequired;
};
// Third-country nationals only (EU/EEA citizens are not registered in EES, VIS or ETIAS).
constexpr std::array<Nation, 24> kNations { {
    { "IND", true },
    { "CHN", true },
    { "TUR", true },
    { "NGA", true },
    { "RUS", true },
    { "EGY", true },
    { "PAK", true },
    { "MAR", true },
    { "PHL", true },
    { "VNM", true },
    { "ZAF", true },
    { "THA", true },
    { "USA", false },
    { "GBR", false },
    { "CAN", false },
    { "JPN", false },
    { "AUS", false },
    { "BRA", false },
    { "ARG", false },
    { "KOR", false },
    { "MEX", false },
    { "UKR", false },
    { "SRB", false },
    { "NZL", false },
} };

constexpr std::array<const char*, 48> kSurnames { "SMITH", "GARCIA", "KUMAR", "WANG", "NGUYEN", "SANTOS", "IVANOV",
    "YILMAZ", "OKAFOR", "HASSAN", "KHAN", "TANAKA", "KIM", "SILVA", "LOPEZ", "MARTINEZ", "BROWN", "WILSON", "TAYLOR",
    "PATEL", "SINGH", "CHEN", "LI", "ZHANG", "PETROV", "KOVALENKO", "JOVANOVIC", "ALI", "MOHAMED", "BENALI", "ADEYEMI",
    "DLAMINI", "REYES", "CRUZ", "PEREIRA", "FERREIRA", "SATO", "SUZUKI", "PARK", "LEE", "NOVAK", "SHEVCHENKO", "DEMIR",
    "KAYA", "OCHOA", "ROSSI", "MURPHY", "WALKER" };
// 0..23 female, 24..47 male
constexpr std::array<const char*, 48> kGivenNames { "ANNA", "MARIA", "PRIYA", "MEI", "LINH", "FATIMA", "OLGA", "AYSE",
    "CHIAMAKA", "AMINA", "SARAH", "YUKI", "JI YEON", "ANA", "SOFIA", "EMILY", "GRACE", "NADIA", "LEILA", "THANDI",
    "ISABEL", "HANNAH", "ELENA", "ZEYNEP", "JOHN", "JOSE", "RAHUL", "WEI", "MINH", "AHMED", "DMITRY", "MEHMET",
    "CHINEDU", "OMAR", "IMRAN", "HIROSHI", "MIN JUN", "JOAO", "CARLOS", "JAMES", "DAVID", "MICHAEL", "ARJUN", "IVAN",
    "ANDRIY", "MARKO", "YOUSSEF", "SIPHO" };

enum VisaState : quint8
{
    VisaNone,
    VisaValid,
    VisaExpired,
    VisaExhausted,
    VisaRefused,
    VisaRevoked,
    VisaAnnulled
};
enum EtiasState : quint8
{
    EtiasNone,
    EtiasValid,
    EtiasFlagged,
    EtiasRefused,
    EtiasRevoked,
    EtiasMissing
};
enum EesState : quint8
{
    EesNone,
    EesRegular,
    EesOverstay
};
enum SisState : quint8
{
    SisNone,
    SisRefusal,
    SisArrest,
    SisMissing,
    SisDiscreet,
    SisSpecific,
    SisInquiry
};
enum DocumentAlert : quint8
{
    DocNone,
    DocSisStolen,
    DocSltdStolen,
    DocSltdLost,
    DocBothStolen,
    DocSltdRevoked
};
enum LinkState : quint8
{
    LinkNone,
    LinkWhite,
    LinkGreen,
    LinkYellow,
    LinkRed
};

const QDate kBirthEpoch(1950, 1, 1);
constexpr int kBirthSpan = 20000; // 1950 .. 2004

QString idFor(const char* prefix, quint32 index)
{
    return QString::fromLatin1(prefix) + QString::number(index, 36).rightJustified(5, QLatin1Char('0'));
}

SystemEvent hitEvent(SystemId system, Hit hit)
{
    hit.system = system;
    SystemEvent e;
    e.system = system;
    e.status = SystemStatus::Hit;
    e.hits.append(std::move(hit));
    return e;
}

// A hit on traveller t's own record `prefix` + index, with the traveller's person and document.
Hit baseHit(const Traveller& t, const char* prefix)
{
    Hit h;
    h.recordId = idFor(prefix, t.index);
    h.person = t.person;
    h.document = t.document;
    return h;
}

// Category and action of each SIS person alert, SisRefusal .. SisInquiry.
struct PersonAlertText
{
    const char* category;
    const char* action;
};
constexpr std::array<PersonAlertText, 6> kPersonAlerts { {
    { "refusal-of-entry", "Refuse entry (Art. 24 Regulation 2018/1861)" },
    { "arrest", "Arrest for surrender (European Arrest Warrant)" },
    { "missing-person", "Place under protection" },
    { "discreet-check", "Collect information discreetly; do not inform the person" },
    { "specific-check", "Search the person and the objects carried" },
    { "inquiry-check", "Interview the person" },
} };

// The SIS person alert of category `sis` (any other than SisRefusal .. SisSpecific is an inquiry
// check) issued by memberState; an arrest alert may carry warning markers (one draw from d).
SisAlert personAlert(quint8 sis, const QString& memberState, Rng& d)
{
    const PersonAlertText& text = kPersonAlerts[sis >= SisRefusal && sis <= SisSpecific ? sis - 1 : 5];
    SisAlert a;
    a.issuingState = memberState;
    a.category = QString::fromLatin1(text.category);
    a.action = QString::fromLatin1(text.action);
    if (sis == SisArrest && d.chance(30000))
        a.warningMarkers = QStringList { QStringLiteral("armed"), QStringLiteral("violent") };
    return a;
}

// SIS: one person alert and/or one object alert on the document, in one answer.
void addSis(CaseFile& c, const Traveller& t, const QString& memberState, Rng& d)
{
    const TravellerTraits& k = t.traits;
    QList<Hit> sis;
    if (k.sis != SisNone) {
        Hit h = baseHit(t, "sis-p-");
        h.sis = personAlert(k.sis, memberState, d);
        sis.append(h);
    }
    if (k.document == DocSisStolen || k.document == DocBothStolen) {
        Hit h = baseHit(t, "sis-o-");
        h.person = {};
        h.sis = SisAlert { QStringLiteral("object"), QStringLiteral("Seize the document"), {}, memberState,
            QStringLiteral("stolen") };
        sis.append(h);
    }
    if (!sis.isEmpty()) {
        SystemEvent e = hitEvent(SystemId::Sis, sis.first());
        for (qsizetype i = 1; i < sis.size(); ++i) {
            sis[i].system = SystemId::Sis;
            e.hits.append(sis[i]);
        }
        c.answers.insert(SystemId::Sis, e);
    }
}

// VIS, for visa-required nationals: a short-stay visa in the state the traits say, dated around
// the reference date.
void addVis(CaseFile& c, const Traveller& t, QDate reference, Rng& d)
{
    const TravellerTraits& k = t.traits;
    if (k.visa == VisaNone)
        return;
    Hit h = baseHit(t, "vis-");
    VisRecord v;
    v.applicationNumber = idFor("APP", t.index);
    v.visaType = QStringLiteral("C");
    v.stickerNumber = idFor("S", t.index);
    v.durationOfStayDays = 90;
    v.validFrom = reference.addDays(-30 - static_cast<int>(d.below(300)));
    v.validUntil = reference.addDays(30 + static_cast<int>(d.below(700)));
    v.status = QStringLiteral("issued");
    switch (k.visa) {
    case VisaExpired:
        v.validUntil = reference.addDays(-1 - static_cast<int>(d.below(25)));
        break;
    case VisaExhausted:
        v.entriesAllowed = 1;
        v.entriesUsed = 1;
        break;
    case VisaRefused:
        v.status = QStringLiteral("refused");
        v.stickerNumber.clear();
        v.validFrom = {};
        v.validUntil = {};
        break;
    case VisaRevoked:
        v.status = QStringLiteral("revoked");
        break;
    case VisaAnnulled:
        v.status = QStringLiteral("annulled");
        break;
    default:
        v.entriesAllowed = d.chance(20000) ? 2 : 0;
        break;
    }
    h.vis = v;
    c.answers.insert(SystemId::Vis, hitEvent(SystemId::Vis, h));
}

// ETIAS, for visa-exempt nationals (none when the authorisation is missing).
void addEtias(CaseFile& c, const Traveller& t, QDate reference, Rng& d)
{
    const TravellerTraits& k = t.traits;
    if (k.etias == EtiasNone || k.etias == EtiasMissing)
        return;
    Hit h = baseHit(t, "etias-");
    EtiasAuthorisation e;
    e.validUntil = reference.addDays(30 + static_cast<int>(d.below(1000)));
    e.status = QStringLiteral("valid");
    if (k.etias == EtiasFlagged)
        e.flags = QStringList { QStringLiteral("second-line-check") };
    else if (k.etias == EtiasRefused)
        e.status = QStringLiteral("refused");
    else if (k.etias == EtiasRevoked)
        e.status = QStringLiteral("revoked");
    h.etias = e;
    c.answers.insert(SystemId::Etias, hitEvent(SystemId::Etias, h));
}

// EES: short trips well inside 90/180, or one long stay that exhausted it.
void addEes(CaseFile& c, const Traveller& t, QDate reference, Rng& d)
{
    const TravellerTraits& k = t.traits;
    if (k.ees == EesNone)
        return;
    Hit h = baseHit(t, "ees-");
    EesFile f;
    static const std::array<const char*, 4> kPoints { "FRA-CDG", "DEU-FRA", "ESP-MAD", "ITA-FCO" };
    if (k.ees == EesOverstay) {
        const int entry = 150 + static_cast<int>(d.below(25));
        const int stay = 100 + static_cast<int>(d.below(25));
        f.movements.append({ QStringLiteral("entry"), reference.addDays(-entry), QString::fromLatin1(kPoints[0]), {} });
        f.movements.append(
            { QStringLiteral("exit"), reference.addDays(-entry + stay), QString::fromLatin1(kPoints[1]), {} });
        f.overstayFlag = true;
    } else {
        int day = 400 - static_cast<int>(d.below(60));
        const int trips = 1 + static_cast<int>(d.below(3));
        for (int i = 0; i < trips && day > 20; ++i) {
            const int stay = 3 + static_cast<int>(d.below(18));
            const QString point = QString::fromLatin1(kPoints[d.below(kPoints.size())]);
            f.movements.append({ QStringLiteral("entry"), reference.addDays(-day), point, {} });
            f.movements.append({ QStringLiteral("exit"), reference.addDays(-day + stay), point, {} });
            day -= stay + 40 + static_cast<int>(d.below(60));
        }
    }
    h.ees = f;
    c.answers.insert(SystemId::Ees, hitEvent(SystemId::Ees, h));
}

// The systems that answer with a simple hit: Interpol SLTD (the document), Eurodac, ECRIS-TCN and
// Europol.
void addSimpleHits(CaseFile& c, const Traveller& t, const QString& memberState)
{
    const TravellerTraits& k = t.traits;
    auto simple = [&](SystemId system, const char* prefix, const QString& category, const QString& note) {
        Hit h = baseHit(t, prefix);
        h.other = SimpleHit { category, QStringList { memberState }, note };
        c.answers.insert(system, hitEvent(system, h));
    };
    if (k.document >= DocSltdStolen) {
        const QString cat = k.document == DocSltdLost ? QStringLiteral("lost")
            : k.document == DocSltdRevoked            ? QStringLiteral("revoked")
                                                      : QStringLiteral("stolen");
        Hit h = baseHit(t, "sltd-");
        h.person = {};
        h.other = SimpleHit { cat, {}, QStringLiteral("Reported by the issuing state") };
        c.answers.insert(SystemId::InterpolSltd, hitEvent(SystemId::InterpolSltd, h));
    }
    if (k.eurodac)
        simple(SystemId::Eurodac, "eurodac-", QStringLiteral("1"),
            QStringLiteral("Applicant for international protection"));
    if (k.ecris)
        simple(SystemId::EcrisTcn, "ecris-", QStringLiteral("conviction"), QStringLiteral("Criminal record held"));
    if (k.europol)
        simple(SystemId::Europol, "europol-", QStringLiteral("person-of-interest"),
            QStringLiteral("Contact the Europol national unit"));
}

// Identity links (MID) between this traveller's records and others.
void addLink(CaseFile& c, const Traveller& t, const QString& memberState, QDate reference, Rng& d)
{
    const TravellerTraits& k = t.traits;
    if (k.link == LinkNone)
        return;
    IdentityLink l;
    l.linkId = idFor("mid-", t.index);
    l.updated = reference.addDays(-static_cast<int>(d.below(400)));
    const SystemId own = k.visaRequired ? SystemId::Vis : SystemId::Etias;
    const QString ownId = idFor(k.visaRequired ? "vis-" : "etias-", t.index);
    switch (k.link) {
    case LinkWhite:
        l.colour = LinkColour::White;
        l.records = { { own, ownId }, { SystemId::Ees, idFor("ees-x-", t.index) } };
        l.verifyingAuthority = memberState + QStringLiteral(" border authority");
        break;
    case LinkGreen:
        l.colour = LinkColour::Green;
        l.records = { { own, ownId }, { SystemId::Sis, idFor("sis-ns-", t.index) } };
        l.verifyingAuthority = memberState + QStringLiteral(" SIRENE bureau");
        break;
    case LinkYellow:
        l.colour = LinkColour::Yellow;
        l.records = { { own, ownId }, { SystemId::Ees, idFor("ees-y-", t.index) } };
        break;
    default:
        l.colour = LinkColour::Red;
        l.records = { { own, ownId }, { SystemId::Ees, idFor("ees-alias-", t.index) } };
        l.verifyingAuthority = memberState + QStringLiteral(" border authority");
        break;
    }
    c.links.append(l);
}

} // namespace

Population::Population(quint64 seed, quint32 count, QDate referenceDate)
    : m_seed(seed)
    , m_count(std::min(count, kMaxSize))
    , m_reference(referenceDate)
{
    m_byIdentity.resize(m_count);
    for (quint32 i = 0; i < m_count; ++i) {
        Rng r(m_seed, i, kIdentity);
        const int surname = static_cast<int>(r.below(kSurnames.size()));
        const int given = static_cast<int>(r.below(kGivenNames.size()));
        const int birth = static_cast<int>(r.below(kBirthSpan));
        m_byIdentity[i] = { identityKey(surname, given, birth), i };
        const TravellerTraits t = traits(i);
        if (t.document != DocNone || t.sis == SisRefusal || t.sis == SisArrest) {
            Rng h(m_seed, i, kHotlist);
            const auto added = static_cast<quint8>(1 + h.below(kHotlistVersions));
            quint8 removed = 0;
            if (added < kHotlistVersions && h.chance(10000))
                removed = static_cast<quint8>(added + 1 + h.below(kHotlistVersions - added));
            m_hotlist.push_back({ i, added, removed });
        }
    }
    std::sort(m_byIdentity.begin(), m_byIdentity.end());
}

quint64 Population::identityKey(int surname, int given, int birthDays) const
{
    return mix(m_seed
        ^ mix((static_cast<quint64>(surname) << 40) | (static_cast<quint64>(given) << 32)
            | static_cast<quint64>(birthDays)));
}

// 24-bit balanced Feistel network keyed by the seed: a bijection on 0 .. 2^24-1.
quint32 Population::permute(quint32 index) const
{
    quint32 l = (index >> 12) & 0xFFF, r = index & 0xFFF;
    for (quint64 round = 0; round < 4; ++round) {
        const quint32 f = static_cast<quint32>(mix(m_seed * 31 + round * 0x1000 + r)) & 0xFFF;
        const quint32 nl = r;
        r = l ^ f;
        l = nl;
    }
    return (l << 12) | r;
}

quint32 Population::unpermute(quint32 value) const
{
    quint32 l = (value >> 12) & 0xFFF, r = value & 0xFFF;
    for (quint64 round = 4; round-- > 0;) {
        const quint32 f = static_cast<quint32>(mix(m_seed * 31 + round * 0x1000 + l)) & 0xFFF;
        const quint32 nr = l;
        l = r ^ f;
        r = nr;
    }
    return (l << 12) | r;
}

TravellerTraits Population::traits(quint32 index) const
{
    Rng r(m_seed, index, kTraits);
    TravellerTraits t;
    t.nationality = static_cast<quint8>(r.below(kNations.size()));
    t.visaRequired = kNations[t.nationality].visaRequired;
    // Per 100,000 travellers; documented in docs/gateway-protocol.md.
    if (t.visaRequired)
        t.visa = r.pick(std::array<quint32, 6> { 88000, 3000, 2000, 6000, 700, 300 });
    else
        t.etias = r.pick(std::array<quint32, 5> { 95500, 1000, 1500, 500, 1500 });
    t.ees = r.pick(std::array<quint32, 2> { 68000, 2000 });
    t.sis = r.pick(std::array<quint32, 6> { 300, 50, 30, 100, 40, 30 });
    t.document = r.pick(std::array<quint32, 5> { 60, 120, 80, 40, 30 });
    t.documentExpired = r.chance(1000);
    t.eurodac = r.chance(500);
    t.ecris = r.chance(200);
    t.europol = r.chance(50);
    t.link = r.pick(std::array<quint32, 4> { 600, 250, 100, 50 });
    return t;
}

Traveller Population::traveller(quint32 index) const
{
    Traveller tr;
    tr.index = index;
    tr.traits = traits(index);
    Rng r(m_seed, index, kIdentity);
    const quint32 surname = r.below(kSurnames.size());
    const quint32 given = r.below(kGivenNames.size());
    const int birth = static_cast<int>(r.below(kBirthSpan));
    Rng d(m_seed, index, kDetails);
    tr.person.surname = QString::fromLatin1(kSurnames[surname]);
    tr.person.givenNames = QString::fromLatin1(kGivenNames[given]);
    tr.person.dateOfBirth = kBirthEpoch.addDays(birth);
    tr.person.sex = given < 24 ? QStringLiteral("F") : QStringLiteral("M");
    tr.person.nationality = QString::fromLatin1(kNations[tr.traits.nationality].code);
    tr.document.documentCode = QStringLiteral("P");
    tr.document.issuingState = tr.person.nationality;
    tr.document.number = QLatin1Char('T') + QString::number(permute(index)).rightJustified(8, QLatin1Char('0'));
    tr.document.dateOfExpiry = tr.traits.documentExpired ? m_reference.addDays(-1 - static_cast<int>(d.below(700)))
                                                         : m_reference.addDays(30 + static_cast<int>(d.below(3600)));
    return tr;
}

QStringList Population::mrz(quint32 index) const
{
    const Traveller t = traveller(index);
    bd::document::MrzDocumentData data;
    data.format = bd::document::MrzFormat::TD3;
    data.documentCode = t.document.documentCode;
    data.issuingState = t.document.issuingState;
    data.surname = t.person.surname;
    data.givenNames = t.person.givenNames;
    data.documentNumber = t.document.number;
    data.nationality = t.person.nationality;
    data.dateOfBirth = t.person.dateOfBirth;
    data.sex = t.person.sex.at(0);
    data.dateOfExpiry = t.document.dateOfExpiry;
    const auto lines = bd::document::MrzGenerator::generate(data);
    return lines ? *lines : QStringList();
}

std::optional<quint32> Population::findByDocument(const QString& issuingState, const QString& number) const
{
    if (number.size() != 9 || number.at(0) != QLatin1Char('T'))
        return std::nullopt;
    bool ok = false;
    const uint value = QStringView(number).mid(1).toUInt(&ok);
    if (!ok || value > 0xFFFFFF)
        return std::nullopt;
    const quint32 index = unpermute(value);
    if (index >= m_count)
        return std::nullopt;
    if (QString::fromLatin1(kNations[traits(index).nationality].code) != issuingState)
        return std::nullopt;
    return index;
}

QList<quint32> Population::findByNameAndBirth(
    const QString& surname, const QString& givenNames, QDate dateOfBirth) const
{
    QList<quint32> out;
    const auto s = std::find_if(kSurnames.begin(), kSurnames.end(),
        [&](const char* n) { return surname.compare(QLatin1String(n), Qt::CaseInsensitive) == 0; });
    const auto g = std::find_if(kGivenNames.begin(), kGivenNames.end(),
        [&](const char* n) { return givenNames.compare(QLatin1String(n), Qt::CaseInsensitive) == 0; });
    const qint64 birth = kBirthEpoch.daysTo(dateOfBirth);
    if (s == kSurnames.end() || g == kGivenNames.end() || birth < 0 || birth >= kBirthSpan)
        return out;
    const quint64 key = identityKey(
        static_cast<int>(s - kSurnames.begin()), static_cast<int>(g - kGivenNames.begin()), static_cast<int>(birth));
    auto it = std::lower_bound(m_byIdentity.begin(), m_byIdentity.end(), std::pair<quint64, quint32> { key, 0 });
    for (; it != m_byIdentity.end() && it->first == key; ++it)
        out.append(it->second);
    return out;
}

QString Population::hotlistKind(quint32 index) const
{
    const TravellerTraits t = traits(index);
    switch (t.document) {
    case DocSisStolen:
    case DocSltdStolen:
    case DocBothStolen:
        return QStringLiteral("stolen-document");
    case DocSltdLost:
        return QStringLiteral("lost-document");
    case DocSltdRevoked:
        return QStringLiteral("revoked-document");
    default:
        break;
    }
    return t.sis == SisArrest ? QStringLiteral("arrest") : QStringLiteral("refusal-of-entry");
}

// Every system's answer and the identity links, drawn from the traveller's details stream in a
// fixed order (member state, SIS, VIS, ETIAS, EES, links).
CaseFile Population::caseFile(quint32 index) const
{
    const Traveller t = traveller(index);
    Rng d(m_seed, index, kDetails);
    d.next(); // the expiry draw
    CaseFile c;
    c.id = QStringLiteral("population:%1").arg(index);
    c.title = QStringLiteral("Synthetic traveller %1").arg(index);
    c.person = t.person;
    c.document = t.document;
    static const std::array<const char*, 8> kStates { "FRA", "DEU", "ITA", "ESP", "NLD", "BEL", "AUT", "POL" };
    const QString memberState = QString::fromLatin1(kStates[d.below(kStates.size())]);
    addSis(c, t, memberState, d);
    addVis(c, t, m_reference, d);
    addEtias(c, t, m_reference, d);
    addEes(c, t, m_reference, d);
    addSimpleHits(c, t, memberState);
    addLink(c, t, memberState, m_reference, d);
    return c;
}

} // namespace bd::training
