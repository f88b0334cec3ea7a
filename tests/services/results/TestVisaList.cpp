#include "services/results/VisaList.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using bd::model::DocumentData;
using bd::model::PersonData;
using bd::results::RegimeFinding;
using bd::results::VisaList;
using bd::results::VisaRegime;

Q_DECLARE_METATYPE(VisaRegime)

namespace {

const QDate kAsOf(2026, 11, 30);

DocumentData passport(const QString& issuer,
    const QString& number = QStringLiteral("X1234567"),
    const QString& documentCode = QStringLiteral("P"))
{
    return { documentCode, issuer, number, QDate(2030, 1, 1) };
}

PersonData holder(const QString& nationality)
{
    PersonData p;
    p.surname = QStringLiteral("TRAVELLER");
    p.nationality = nationality;
    return p;
}

const VisaList& list()
{
    static const VisaList l = [] {
        const auto r = VisaList::builtIn();
        if (!r.ok())
            qFatal("built-in visa list: %s", qPrintable(r.error().detail));
        return r.value();
    }();
    return l;
}

RegimeFinding find(const QString& nationality, const QDate& day = kAsOf)
{
    return list().find(passport(nationality), holder(nationality), day);
}

QSet<QString> codeSet(const char* spaceSeparated)
{
    QSet<QString> out;
    for (const QString& c : QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.insert(c);
    return out;
}

// Every code the built-in file mentions.
QSet<QString> codesInFile()
{
    QFile f(QStringLiteral(":/visa/visa-list.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("entries")).toArray())
        out.insert(v.toObject().value(QStringLiteral("code")).toString());
    return out;
}

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out.append(QString::fromUtf8(w));
    return out;
}

// Empty when equal, else what is missing and what is extra.
QByteArray setDiff(const QSet<QString>& actual, const QSet<QString>& expected)
{
    QStringList missing = (expected - actual).values();
    QStringList extra = (actual - expected).values();
    if (missing.isEmpty() && extra.isEmpty())
        return {};
    missing.sort();
    extra.sort();
    return QStringLiteral("missing: %1; extra: %2")
        .arg(missing.join(QLatin1Char(' ')), extra.join(QLatin1Char(' ')))
        .toUtf8();
}

// A minimal valid file with the given entries (JSON text of the array's items).
QByteArray file(const QByteArray& entries)
{
    return QByteArray(R"({"source": "test", "asOf": "2026-11-30", "entries": [)") + entries + "]}";
}

const QByteArray kUsa
    = R"({"code": "USA", "regime": "visa-exempt", "listEntry": "Annex II Part 1", "basis": "Reg. (EU) 2018/1806 Annex II Part 1"})";

// §1.2 verdict facts: 102 States + Vanuatu + the Palestinian Authority.
const char* kAnnexI
    = "AFG ARM AGO AZE BGD BFA BHR BDI BEN BOL BTN BWA BLR BLZ COD CAF COG CIV CMR CHN CUB CPV DJI DOM DZA "
      "ECU EGY ERI SWZ ETH FJI GAB GHA GMB GIN GNQ GNB GUY HTI IDN IND IRQ IRN JAM JOR KEN KGZ KHM COM PRK "
      "KWT KAZ LAO LBN LKA LBR LSO LBY MAR MDG MLI MMR MNG MRT MDV MWI MOZ NAM NER NGA NPL OMN PNG PHL PAK "
      "QAT RUS RWA SAU SDN SLE SEN SOM SUR SSD STP SYR TCD TGO THA TJK TKM TUN TUR TZA UGA UZB VNM YEM ZAF "
      "ZMB ZWE VUT PSE";
// §1.3: Annex II Part 1 after Vanuatu left.
const char* kAnnexIIPart1
    = "ALB BIH MKD MNE GEO MDA UKR SRB ARE DMA FSM GRD KIR LCA MHL NRU PER PLW TLS TON TUV VCT "
      "AND ARG ATG AUS BHS BRA BRB BRN CAN CHL COL CRI GTM HND ISR JPN KNA KOR MCO MEX MUS MYS NIC "
      "NZL PAN PRY SGP SLB SLV SMR SYC TTO URY USA VAT VEN WSM GBR";
const char* kFreeMovement = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA D DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT "
                            "ROU SVK SVN ESP SWE ISL LIE NOR CHE";

} // namespace

class TestVisaList : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void builtInLoads()
    {
        const auto r = VisaList::builtIn();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        QCOMPARE(r->asOf(), kAsOf);
        QVERIFY(r->source().contains(QStringLiteral("2018/1806")));
        QVERIFY(r->source().contains(QStringLiteral("2025/11")));
    }

    void regimeKeys()
    {
        QCOMPARE(bd::results::regimeKey(VisaRegime::Unknown), QStringLiteral("unknown"));
        QCOMPARE(bd::results::regimeKey(VisaRegime::VisaRequired), QStringLiteral("visa-required"));
        QCOMPARE(bd::results::regimeKey(VisaRegime::VisaExempt), QStringLiteral("visa-exempt"));
        QCOMPARE(bd::results::regimeKey(VisaRegime::FreeMovement), QStringLiteral("free-movement"));
    }

    // The codes the issue lists as wrongly handled today.
    void annexIToday_data()
    {
        QTest::addColumn<QString>("code");
        for (const char* c : { "HTI", "SOM", "ERI", "LKA", "PRK", "GIN", "ZAF", "SUR", "VUT", "PSE", "CHN", "RUS" })
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void annexIToday()
    {
        QFETCH(QString, code);
        const RegimeFinding f = find(code);
        QCOMPARE(f.regime, VisaRegime::VisaRequired);
        QCOMPARE(f.listedAs, code);
        QCOMPARE(f.listEntry, QStringLiteral("Annex I"));
        QVERIFY(f.basis.contains(QStringLiteral("Reg. (EU) 2018/1806 Annex I")));
        QVERIFY(f.condition.isEmpty());
    }

    void vanuatuOverTime()
    {
        const RegimeFinding before = find(QStringLiteral("VUT"), QDate(2024, 6, 1));
        QVERIFY(before.regime != VisaRegime::VisaRequired);
        QCOMPARE(before.regime, VisaRegime::Unknown);
        QCOMPARE(before.listEntry, QStringLiteral("Annex II Part 1"));
        QVERIFY(before.note.contains(QStringLiteral("suspended")));
        QVERIFY(before.basis.contains(QStringLiteral("2023/222")));
        QCOMPARE(find(QStringLiteral("VUT"), QDate(2025, 2, 2)).regime, VisaRegime::Unknown);
        const RegimeFinding after = find(QStringLiteral("VUT"), QDate(2025, 2, 3));
        QCOMPARE(after.regime, VisaRegime::VisaRequired);
        QVERIFY(after.basis.contains(QStringLiteral("2025/11")));
    }

    void kosovoOverTime()
    {
        const RegimeFinding today = find(QStringLiteral("RKS"));
        QCOMPARE(today.regime, VisaRegime::VisaExempt);
        QCOMPARE(today.listEntry, QStringLiteral("Annex II Part 4"));
        QCOMPARE(today.condition, QStringLiteral("biometric-passport"));
        QVERIFY(today.basis.contains(QStringLiteral("2023/850")));
        QCOMPARE(find(QStringLiteral("RKS"), QDate(2024, 1, 1)).regime, VisaRegime::VisaExempt);
        const RegimeFinding before = find(QStringLiteral("RKS"), QDate(2023, 12, 31));
        QCOMPARE(before.regime, VisaRegime::VisaRequired);
        QCOMPARE(before.listEntry, QStringLiteral("Annex I"));
    }

    void freeMovement_data()
    {
        QTest::addColumn<QString>("nationality");
        QTest::addColumn<QString>("listedAs");
        QTest::newRow("D") << QStringLiteral("D") << QStringLiteral("D");
        QTest::newRow("D with filler") << QStringLiteral("D<<") << QStringLiteral("D");
        QTest::newRow("DEU") << QStringLiteral("DEU") << QStringLiteral("DEU");
        QTest::newRow("FRA") << QStringLiteral("FRA") << QStringLiteral("FRA");
        QTest::newRow("IRL") << QStringLiteral("IRL") << QStringLiteral("IRL");
        QTest::newRow("CHE") << QStringLiteral("CHE") << QStringLiteral("CHE");
        QTest::newRow("NOR lower case") << QStringLiteral("nor") << QStringLiteral("NOR");
    }
    void freeMovement()
    {
        QFETCH(QString, nationality);
        QFETCH(QString, listedAs);
        const RegimeFinding f = find(nationality);
        QCOMPARE(f.regime, VisaRegime::FreeMovement);
        QCOMPARE(f.listedAs, listedAs);
        QCOMPARE(f.listEntry, QStringLiteral("free movement"));
        QVERIFY(f.basis.contains(QStringLiteral("Directive 2004/38/EC")));
    }

    void britishClasses()
    {
        for (const char* c : { "GBN", "GBD", "GBO", "GBP", "GBS" }) {
            const RegimeFinding f = list().find(passport(QStringLiteral("GBR")), holder(QString::fromLatin1(c)), kAsOf);
            QCOMPARE(f.regime, VisaRegime::VisaExempt);
            QCOMPARE(f.listedAs, QString::fromLatin1(c));
            QCOMPARE(f.listEntry, QStringLiteral("Annex II Part 3"));
        }
        const RegimeFinding citizen = find(QStringLiteral("GBR"));
        QCOMPARE(citizen.regime, VisaRegime::VisaExempt); // not free movement since the withdrawal
        QCOMPARE(citizen.listEntry, QStringLiteral("Annex II Part 1"));
    }

    void chineseDocuments_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("documentCode");
        QTest::addColumn<VisaRegime>("regime");
        QTest::addColumn<QString>("listedAs");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("sarHint"); // note says an HK/Macao passport would be exempt

        const auto exempt = VisaRegime::VisaExempt;
        const auto visa = VisaRegime::VisaRequired;
        const QString hk = QStringLiteral("hksar-passport");
        const QString mo = QStringLiteral("macao-sar-passport");
        const QString chn = QStringLiteral("CHN");
        const QString p = QStringLiteral("P");
        QTest::newRow("HKSAR H+8") << chn << "H12345678" << p << exempt << "HKG" << hk << false;
        QTest::newRow("HKSAR K+8") << chn << "K12345678" << p << exempt << "HKG" << hk << false;
        QTest::newRow("HKSAR KJ+7") << chn << "KJ1234567" << p << exempt << "HKG" << hk << false;
        QTest::newRow("HKSAR with filler") << chn << "H12345678<" << p << exempt << "HKG" << hk << false;
        QTest::newRow("HKSAR issuer HKG") << "HKG"
                                          << "H12345678" << p << exempt << "HKG" << hk << false;
        QTest::newRow("MSAR MA+7") << chn << "MA1234567" << p << exempt << "MAC" << mo << false;
        QTest::newRow("MSAR MB+7") << chn << "MB1234567"
                                   << "PP" << exempt << "MAC" << mo << false;
        QTest::newRow("PRC E+8") << chn << "E12345678" << p << visa << "CHN"
                                 << "" << false;
        QTest::newRow("PRC EA+7") << chn << "EA1234567" << p << visa << "CHN"
                                  << "" << false;
        QTest::newRow("PRC G+8") << chn << "G12345678" << p << visa << "CHN"
                                 << "" << false;
        QTest::newRow("odd number") << chn << "X9999" << p << visa << "CHN"
                                    << "" << true;
        QTest::newRow("H9 too long") << chn << "H123456789" << p << visa << "CHN"
                                     << "" << true;
        QTest::newRow("not a passport") << chn << "H12345678"
                                        << "I" << visa << "CHN"
                                        << "" << false;
    }
    void chineseDocuments()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, number);
        QFETCH(QString, documentCode);
        QFETCH(VisaRegime, regime);
        QFETCH(QString, listedAs);
        QFETCH(QString, condition);
        QFETCH(bool, sarHint);
        const RegimeFinding f
            = list().find(passport(issuer, number, documentCode), holder(QStringLiteral("CHN")), kAsOf);
        QCOMPARE(f.regime, regime);
        QCOMPARE(f.listedAs, listedAs);
        QCOMPARE(f.condition, condition);
        QCOMPARE(f.note.contains(QStringLiteral("Hong Kong SAR or Macao SAR passport")), sarHint);
        if (listedAs == QStringLiteral("HKG")) {
            QCOMPARE(f.listEntry, QStringLiteral("Annex II Part 2"));
            QVERIFY(f.conditionText.contains(QStringLiteral("Hong Kong Special Administrative Region")));
            QVERIFY(f.basis.contains(QStringLiteral("footnote (10)")));
        }
    }

    void sarNationalityGivenDirectly()
    {
        const RegimeFinding hk = find(QStringLiteral("HKG"));
        QCOMPARE(hk.regime, VisaRegime::VisaExempt);
        QCOMPARE(hk.condition, QStringLiteral("hksar-passport"));
        const RegimeFinding mo = find(QStringLiteral("MAC"));
        QCOMPARE(mo.regime, VisaRegime::VisaExempt);
        QCOMPARE(mo.condition, QStringLiteral("macao-sar-passport"));
        QCOMPARE(mo.listEntry, QStringLiteral("Annex II Part 2"));
    }

    void refugeesAndStateless()
    {
        for (const char* c : { "XXA", "XXB", "XXC", "XXX" }) {
            const RegimeFinding f = list().find(passport(QString()), holder(QString::fromLatin1(c)), kAsOf);
            QCOMPARE(f.regime, VisaRegime::Unknown);
            QCOMPARE(f.listedAs, QString::fromLatin1(c));
            QVERIFY(f.note.contains(QStringLiteral("State of residence")));
        }
        // Travel document issued by a Member State: exempt only if resident there; the MRZ cannot tell.
        const RegimeFinding ms = list().find(passport(QStringLiteral("D"), QStringLiteral("X1"), QStringLiteral("PT")),
            holder(QStringLiteral("XXB")), kAsOf);
        QCOMPARE(ms.regime, VisaRegime::Unknown);
        QVERIFY(ms.note.contains(QStringLiteral("Art. 4")));
        QVERIFY(ms.note.contains(QStringLiteral("issued by D")));
        const RegimeFinding ie = list().find(passport(QStringLiteral("IRL")), holder(QStringLiteral("XXA")), kAsOf);
        QCOMPARE(ie.regime, VisaRegime::Unknown);
        QVERIFY(ie.note.contains(QStringLiteral("Art. 6(2)(d)")));
        // Issued by an Annex I country: visa required.
        const RegimeFinding a1 = list().find(passport(QStringLiteral("SYR")), holder(QStringLiteral("XXA")), kAsOf);
        QCOMPARE(a1.regime, VisaRegime::VisaRequired);
        QCOMPARE(a1.listedAs, QStringLiteral("SYR"));
        QCOMPARE(a1.listEntry, QStringLiteral("Annex I"));
        QVERIFY(a1.basis.contains(QStringLiteral("Art. 3(2)")));
        // Issued by an Annex II country: a Member State may exempt.
        const RegimeFinding a2 = list().find(passport(QStringLiteral("USA")), holder(QStringLiteral("XXC")), kAsOf);
        QCOMPARE(a2.regime, VisaRegime::Unknown);
        QVERIFY(a2.note.contains(QStringLiteral("Art. 6(2)(b)")));
    }

    void georgiaOfficialPassports()
    {
        const auto geo = [](const char* code, const QDate& day) {
            return list().find(passport(QStringLiteral("GEO"), QStringLiteral("12AB34567"), QString::fromLatin1(code)),
                holder(QStringLiteral("GEO")), day);
        };
        const RegimeFinding ordinary = geo("P", kAsOf);
        QCOMPARE(ordinary.regime, VisaRegime::VisaExempt);
        QCOMPARE(ordinary.condition, QStringLiteral("biometric-passport"));
        QVERIFY(ordinary.conditionText.contains(QStringLiteral("ICAO")));
        for (const char* c : { "PD", "PS", "PO" }) {
            const RegimeFinding f = geo(c, kAsOf);
            QCOMPARE(f.regime, VisaRegime::Unknown);
            QCOMPARE(f.listedAs, QStringLiteral("GEO"));
            QVERIFY(f.note.contains(QStringLiteral("suspended")));
        }
        QCOMPARE(geo("PD", QDate(2027, 3, 6)).regime, VisaRegime::Unknown);
        QCOMPARE(geo("PD", QDate(2027, 3, 7)).regime, VisaRegime::VisaExempt);
        const RegimeFinding council = geo("PD", QDate(2025, 6, 1));
        QCOMPARE(council.regime, VisaRegime::Unknown);
        QVERIFY(council.basis.contains(QStringLiteral("2025/170")));
        QCOMPARE(geo("PD", QDate(2024, 6, 1)).regime, VisaRegime::VisaExempt);
        QCOMPARE(geo("ID", kAsOf).regime, VisaRegime::VisaExempt); // an ID card, not a diplomatic passport
    }

    void conditions()
    {
        const RegimeFinding srb = find(QStringLiteral("SRB"));
        QCOMPARE(srb.regime, VisaRegime::VisaExempt);
        QCOMPARE(srb.condition, QStringLiteral("not-koordinaciona-uprava"));
        QVERIFY(srb.conditionText.contains(QStringLiteral("biometric")));
        QVERIFY(srb.conditionText.contains(QStringLiteral("Koordinaciona uprava")));
        QVERIFY(srb.note.contains(QStringLiteral("including")));
        for (const char* c : { "ALB", "BIH", "MKD", "MNE", "MDA", "UKR" })
            QCOMPARE(find(QString::fromLatin1(c)).condition, QStringLiteral("biometric-passport"));
        for (const char* c :
            { "ARE", "DMA", "FSM", "GRD", "KIR", "LCA", "MHL", "NRU", "PER", "PLW", "TLS", "TON", "TUV", "VCT" }) {
            const RegimeFinding f = find(QString::fromLatin1(c));
            QCOMPARE(f.regime, VisaRegime::VisaExempt);
            QCOMPARE(f.condition, QStringLiteral("visa-waiver-agreement"));
            QVERIFY(f.conditionText.contains(QStringLiteral("in force")));
        }
        const RegimeFinding twn = find(QStringLiteral("TWN"));
        QCOMPARE(twn.condition, QStringLiteral("taiwan-id-number"));
        QCOMPARE(twn.listEntry, QStringLiteral("Annex II Part 4"));
        const RegimeFinding usa = find(QStringLiteral("USA"));
        QCOMPARE(usa.regime, VisaRegime::VisaExempt);
        QVERIFY(usa.condition.isEmpty());
    }

    void unlistedAndMissing()
    {
        const RegimeFinding zzz = find(QStringLiteral("ZZZ"));
        QCOMPARE(zzz.regime, VisaRegime::Unknown);
        QVERIFY(zzz.listedAs.isEmpty());
        QVERIFY(zzz.note.contains(QStringLiteral("not on the visa list data: verify the visa requirement")));
        QCOMPARE(find(QString()).regime, VisaRegime::Unknown);
        QCOMPARE(find(QStringLiteral("USA"), QDate()).regime, VisaRegime::Unknown);
    }

    // Counts as of 2026-11-30 (verdict facts §1.2, §1.3), through find() over every code in the file.
    void countsAsOf()
    {
        const QSet<QString> codes = codesInFile();
        QVERIFY(!codes.isEmpty());
        QHash<QString, QSet<QString>> byListEntry;
        QSet<QString> unknown;
        for (const QString& c : codes) {
            const RegimeFinding f = list().find(passport(c), holder(c), kAsOf);
            QVERIFY2(f.basis.contains(QStringLiteral("2018/1806"))
                    || f.basis.contains(QStringLiteral("Directive 2004/38/EC")),
                qPrintable(c));
            if (f.regime == VisaRegime::Unknown)
                unknown.insert(c);
            else
                byListEntry[f.listEntry].insert(c);
        }
        QCOMPARE(byListEntry.value(QStringLiteral("Annex I")).size(), 104);
        QCOMPARE(byListEntry.value(QStringLiteral("Annex II Part 1")).size(), 60);
        QCOMPARE(byListEntry.value(QStringLiteral("free movement")).size(), 32); // 31 States, Germany as D and DEU
        const std::pair<const char*, const char*> expected[] = {
            { "Annex I", kAnnexI },
            { "Annex II Part 1", kAnnexIIPart1 },
            { "Annex II Part 2", "HKG MAC" },
            { "Annex II Part 3", "GBN GBD GBO GBP GBS" },
            { "Annex II Part 4", "TWN RKS" },
            { "free movement", kFreeMovement },
        };
        for (const auto& [listEntry, codesExpected] : expected) {
            const QByteArray diff = setDiff(byListEntry.value(QString::fromLatin1(listEntry)), codeSet(codesExpected));
            QVERIFY2(diff.isEmpty(), QByteArray(QByteArray(listEntry) + ": " + diff).constData());
        }
        QCOMPARE(byListEntry.size(), 6);
        const QByteArray diff = setDiff(unknown, codeSet("XXA XXB XXC XXX"));
        QVERIFY2(diff.isEmpty(), diff.constData());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions"); // words the error detail must contain

        QTest::newRow("not JSON") << QByteArray("{\"source\": ") << words({ "not valid JSON" });
        QTest::newRow("array") << QByteArray("[]") << words({ "JSON object" });
        QTest::newRow("no source") << QByteArray(R"({"asOf": "2026-11-30", "entries": [)" + kUsa + "]}")
                                   << words({ "'source'" });
        QTest::newRow("bad asOf") << QByteArray(R"({"source": "x", "asOf": "30.11.2026", "entries": [)" + kUsa + "]}")
                                  << words({ "'asOf'" });
        QTest::newRow("no entries") << file("") << words({ "'entries'" });
        QTest::newRow("missing regime") << file(
            kUsa + R"(, {"code": "ALB", "listEntry": "Annex II Part 1", "basis": "b"})")
                                        << words({ "entries[1] (ALB)", "'regime'", "missing" });
        QTest::newRow("missing basis") << file(
            R"({"code": "ALB", "regime": "visa-exempt", "listEntry": "Annex II Part 1"})")
                                       << words({ "entries[0] (ALB)", "'basis'" });
        QTest::newRow("missing code") << file(
            R"({"regime": "visa-exempt", "listEntry": "Annex II Part 1", "basis": "b"})")
                                      << words({ "entries[0]", "'code'" });
        QTest::newRow("lower-case code") << file(
            R"({"code": "alb", "regime": "visa-exempt", "listEntry": "Annex II Part 1", "basis": "b"})")
                                         << words({ "entries[0]", "'code'" });
        QTest::newRow("unknown regime") << file(
            R"({"code": "ALB", "regime": "visa-free", "listEntry": "Annex II Part 1", "basis": "b"})")
                                        << words({ "entries[0] (ALB)", "'regime'", "visa-free" });
        QTest::newRow("unknown listEntry")
            << file(R"({"code": "ALB", "regime": "visa-exempt", "listEntry": "Annex III", "basis": "b"})")
            << words({ "entries[0] (ALB)", "'listEntry'", "Annex III" });
        QTest::newRow("regime and list disagree")
            << file(R"({"code": "ALB", "regime": "visa-required", "listEntry": "Annex II Part 1", "basis": "b"})")
            << words({ "entries[0] (ALB)", "'listEntry'", "does not fit" });
        QTest::newRow("invalid from") << file(kUsa
            + R"(, {"code": "VUT", "regime": "visa-required", "listEntry": "Annex I", "basis": "b", "from": "2025-02-30"})")
                                      << words({ "entries[1] (VUT)", "'from'", "2025-02-30" });
        QTest::newRow("until not a date") << file(
            R"({"code": "VUT", "regime": "visa-required", "listEntry": "Annex I", "basis": "b", "until": 20250203})")
                                          << words({ "entries[0] (VUT)", "'until'" });
        QTest::newRow("until before from") << file(
            R"({"code": "VUT", "regime": "visa-required", "listEntry": "Annex I", "basis": "b", "from": "2025-02-03", "until": "2025-01-01"})")
                                           << words({ "entries[0] (VUT)", "'until'" });
        QTest::newRow("unknown field") << file(
            R"({"code": "VUT", "regime": "visa-required", "listEntry": "Annex I", "basis": "b", "untill": "2025-01-01"})")
                                       << words({ "entries[0] (VUT)", "'untill'", "unknown field" });
        QTest::newRow("unknown condition") << file(
            R"({"code": "ALB", "regime": "visa-exempt", "listEntry": "Annex II Part 1", "basis": "b", "condition": "chip", "conditionText": "t"})")
                                           << words({ "entries[0] (ALB)", "'condition'", "chip" });
        QTest::newRow("condition without text") << file(
            R"({"code": "ALB", "regime": "visa-exempt", "listEntry": "Annex II Part 1", "basis": "b", "condition": "biometric-passport"})")
                                                << words({ "entries[0] (ALB)", "'conditionText'" });
        QTest::newRow("bad documentTypes") << file(
            R"({"code": "GEO", "regime": "unknown", "listEntry": "Annex II Part 1", "basis": "b", "documentTypes": ["PD"]})")
                                           << words({ "entries[0] (GEO)", "'documentTypes'" });
        QTest::newRow("overlap") << file(kUsa + "," + kUsa)
                                 << words({ "entries[1] (USA)", "overlaps entries[0] (USA)" });
        QTest::newRow("entry not an object") << file(kUsa + ", 3") << words({ "entries[1]", "object" });
    }
    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        const auto r = VisaList::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("visa.data"));
        for (const QString& m : mentions)
            QVERIFY2(r.error().detail.contains(m), qPrintable(r.error().detail));
    }

    void goodSmallFile()
    {
        const QByteArray json = file(
            R"({"code": "VUT", "regime": "visa-exempt", "listEntry": "Annex II Part 1", "basis": "b", "until": "2025-02-02"},)"
            R"({"code": "VUT", "regime": "visa-required", "listEntry": "Annex I", "basis": "b", "from": "2025-02-03", "note": "n"})");
        const auto r = VisaList::fromJson(json);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        QCOMPARE(r->source(), QStringLiteral("test"));
        const auto at = [&](const QDate& d) {
            return r->find(passport(QStringLiteral("VUT")), holder(QStringLiteral("VUT")), d);
        };
        QCOMPARE(at(QDate(2025, 2, 2)).regime, VisaRegime::VisaExempt); // until is inclusive
        QCOMPARE(at(QDate(2025, 2, 3)).regime, VisaRegime::VisaRequired); // from is inclusive
        QCOMPARE(at(QDate(2025, 2, 3)).note, QStringLiteral("n"));
        const auto wrongField
            = VisaList::fromJson(file(R"({"code": "ALB", "regime": "x", "listEntry": "", "basis": "b"})"));
        QVERIFY(!wrongField.ok());
        QCOMPARE(wrongField.error().context.value(QStringLiteral("field")).toString(), QStringLiteral("regime"));
        QCOMPARE(wrongField.error().context.value(QStringLiteral("entry")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVisaList)
#include "TestVisaList.moc"
