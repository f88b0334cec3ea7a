#include "services/gateway/GatewayJson.h"
#include "services/training/ScenarioDeck.h"
#include "tests/support/TestHygiene.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace bd::gateway;

using namespace bd::model;
using namespace bd::training;

class TestScenarioDeck : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2026, 11, 28 };

    static QByteArray sourceFile(const QString& name)
    {
        QFile f(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // Every match of the first capture (or the whole match) of `pattern` in `text`, sorted: a multiset.
    static QStringList matches(const QString& text, const QString& pattern)
    {
        const QRegularExpression re(pattern);
        QStringList out;
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out.append(m.lastCapturedIndex() >= 1 ? m.captured(1) : m.captured(0));
        }
        out.sort();
        return out;
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void everyFileLoadsAndValidates_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"));
        for (const QString& f : dir.entryList({ QStringLiteral("*.json") }, QDir::Files))
            QTest::newRow(qPrintable(f)) << f;
    }
    void everyFileLoadsAndValidates()
    {
        QFETCH(QString, file);
        const auto c = ScenarioDeck::parse(sourceFile(file), m_today, file);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->id + QStringLiteral(".json"), file);
        QVERIFY(c->expected.has_value());
        QVERIFY(requiredActionCodes().contains(c->expected->requiredAction));
        QVERIFY(!c->document.number.isEmpty());
    }

    void embeddedDeckCoversTheRequiredCases()
    {
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), m_today);
        QVERIFY2(deck.ok(), deck.ok() ? "" : qPrintable(deck.error().detail));
        const auto onDisk = ScenarioDeck::load(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"), m_today);
        QVERIFY(onDisk.ok());
        QCOMPARE(deck->cases().size(), onDisk->cases().size());
        QSet<QString> actions;
        QSet<LinkColour> colours;
        for (const CaseFile& c : deck->cases()) {
            actions.insert(c.expected->requiredAction);
            for (const IdentityLink& l : c.links)
                colours.insert(l.colour);
            QCOMPARE(deck->findByDocument(c.document.issuingState, c.document.number), &c);
        }
        for (const char* a :
            { "admit", "refuse-overstay", "refuse-entry-sis", "second-line-discreet", "arrest", "protect-person",
                "seize-document", "refuse-no-visa", "refuse-no-etias", "second-line-etias-flag", "second-line-identity",
                "complete-checks-manually", "second-line-record", "second-line-interpol-notice", "second-line-return",
                "second-line-asylum", "second-line-minor", "second-line-exit-overstay", "refuse-no-valid-document",
                "verify-free-movement", "second-line-specific" })
            QVERIFY2(actions.contains(QString::fromLatin1(a)), a);
        QCOMPARE(colours.size(), 4);
        QVERIFY(deck->findById(QStringLiteral("consular-withheld")));
    }

    // Every built-in scenario speaks German (issue 8): the picker's title and the trainer's debrief,
    // translated, not copied, and with the same numbers and refusal letters as the English text (a
    // translation that changed "126 days" or "reason F" would teach the wrong thing).
    void everyScenarioHasGermanTexts_data()
    {
        QTest::addColumn<QString>("id");
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), m_today);
        QVERIFY(deck.ok());
        for (const CaseFile& c : deck->cases())
            QTest::newRow(qPrintable(c.id)) << c.id;
    }
    void everyScenarioHasGermanTexts()
    {
        QFETCH(QString, id);
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), m_today);
        QVERIFY(deck.ok());
        const CaseFile* c = deck->findById(id);
        QVERIFY(c && c->expected);
        const QString title = c->titleIn(QStringLiteral("de"));
        const QString debrief = c->debriefIn(QStringLiteral("de"));
        QVERIFY(!title.trimmed().isEmpty());
        QVERIFY(title != c->title);
        QVERIFY(debrief.size() >= 20);
        QVERIFY(debrief != c->expected->debrief);
        const QString number = QStringLiteral("\\d+");
        QCOMPARE(matches(title, number), matches(c->title, number));
        QCOMPARE(matches(debrief, number), matches(c->expected->debrief, number));
        // "reason C" is "Grund C"; a refusal's letter is named in both.
        const QStringList letters = matches(c->expected->debrief, QStringLiteral("\\breason ([A-I])\\b"));
        QCOMPARE(matches(debrief, QStringLiteral("\\bGrund ([A-I])\\b")), letters);
        if (!c->expected->refusalReason.isEmpty())
            QVERIFY(letters.contains(c->expected->refusalReason));
        // No English legal shorthand left behind.
        for (const char* english : { "SBC", "Annex", "Reg. (EU)", "Directive", "second line", "Visa Code" })
            QVERIFY2(!debrief.contains(QLatin1String(english)), english);
    }

    void translationsFallBackToEnglish()
    {
        const QByteArray json
            = R"({"id":"x1","title":"Visa expired","traveller":{"document":{"issuingState":"USA","number":"S1"}},
            "expected":{"decision":"admit","requiredAction":"admit","debrief":"long enough explanation here"},
            "translations":{"de":{"title":"Visum abgelaufen"},"fr":{"debrief":"une explication assez longue"}}})";
        const auto c = ScenarioDeck::parse(json, m_today);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->titleIn(QStringLiteral("de")), QStringLiteral("Visum abgelaufen"));
        QCOMPARE(c->titleIn(QStringLiteral("de_DE")), QStringLiteral("Visum abgelaufen")); // QLocale::name()
        QCOMPARE(c->titleIn(QStringLiteral("de-AT")), QStringLiteral("Visum abgelaufen"));
        QCOMPARE(c->titleIn(QStringLiteral("en")), QStringLiteral("Visa expired"));
        QCOMPARE(c->titleIn(QString()), QStringLiteral("Visa expired"));
        QCOMPARE(c->titleIn(QStringLiteral("fr")), QStringLiteral("Visa expired")); // member left out
        QCOMPARE(c->titleIn(QStringLiteral("pl")), QStringLiteral("Visa expired")); // language left out
        QCOMPARE(c->debriefIn(QStringLiteral("de")), QStringLiteral("long enough explanation here"));
        QCOMPARE(c->debriefIn(QStringLiteral("fr")), QStringLiteral("une explication assez longue"));
        QCOMPARE(c->expected->debriefIn(QStringLiteral("fr_FR")), QStringLiteral("une explication assez longue"));
        QCOMPARE(c->expected->debrief, QStringLiteral("long enough explanation here")); // English untouched
        // Without the member, and for a case without an expected outcome.
        QJsonObject withoutTranslations
            = QJsonDocument::fromJson(sourceFile(QStringLiteral("overstayer.json"))).object();
        QVERIFY(withoutTranslations.contains(QStringLiteral("translations")));
        withoutTranslations.remove(QStringLiteral("translations"));
        const auto plain = ScenarioDeck::parse(QJsonDocument(withoutTranslations).toJson(), m_today);
        QVERIFY(plain.ok());
        QCOMPARE(plain->titleIn(QStringLiteral("de")), plain->title);
        QCOMPARE(plain->debriefIn(QStringLiteral("de")), plain->expected->debrief);
        QCOMPARE(CaseFile().debriefIn(QStringLiteral("de")), QString());
    }

    void relativeDatesResolveAgainstToday()
    {
        const auto c = ScenarioDeck::parse(sourceFile(QStringLiteral("overstayer.json")), m_today);
        QVERIFY(c.ok());
        const EesFile ees = *c->answers.value(SystemId::Ees).hits.first().ees;
        QCOMPARE(ees.movements.first().date, m_today.addDays(-170));
        QCOMPARE(c->expected->refusalReason, QStringLiteral("F"));
        QCOMPARE(c->person.dateOfBirth, m_today.addYears(-47).addDays(-61));
    }

    void relativeDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("date");
        const QDate d(2026, 11, 30);
        QTest::newRow("today") << QStringLiteral("today") << d << d;
        QTest::newRow("days back") << QStringLiteral("today-120") << d << QDate(2026, 8, 2);
        QTest::newRow("days on") << QStringLiteral("today+30") << d << QDate(2026, 12, 30);
        QTest::newRow("years") << QStringLiteral("today-30y") << d << QDate(1996, 11, 30);
        QTest::newRow("years plus days") << QStringLiteral("today-16y+12") << d << QDate(2010, 12, 12);
        QTest::newRow("years minus days") << QStringLiteral("today-38y-232") << d << QDate(1988, 4, 12);
        QTest::newRow("years on") << QStringLiteral("today+2y") << d << QDate(2028, 11, 30);
        QTest::newRow("leap day, years first")
            << QStringLiteral("today-1y+1") << QDate(2028, 2, 29) << QDate(2027, 3, 1);
    }
    void relativeDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, today);
        QFETCH(QDate, date);
        QCOMPARE(ScenarioDeck::resolveRelativeDate(text, today), std::optional<QDate>(date));
    }

    void notRelativeDates()
    {
        for (const char* t :
            { "1988-04-12", "today-", "today-30x", "today-y", "today-30y12", "today+1y+", "Today", "today-1234y" })
            QVERIFY2(!ScenarioDeck::resolveRelativeDate(QString::fromLatin1(t), m_today), t);
    }

    // A relative date of birth keeps every traveller's age whatever the day the deck is played on
    // (the 15-year-old stays 15, the missing minor a minor).
    void relativeBirthDatesKeepAges()
    {
        const auto age = [](const QDate& dob, const QDate& today) {
            int years = today.year() - dob.year();
            if (QDate(today.year(), dob.month(), 1).addDays(dob.day() - 1) > today)
                --years;
            return years;
        };
        const QDate first(2026, 11, 30);
        const QDate second(2029, 3, 1); // a later day, in another season, after a 29 February
        const auto a = ScenarioDeck::load(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"), first);
        const auto b = ScenarioDeck::load(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"), second);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->cases().size(), b->cases().size());
        for (const CaseFile& c : a->cases()) {
            const CaseFile* later = b->findById(c.id);
            QVERIFY(later);
            QVERIFY2(c.person.dateOfBirth.isValid(), qPrintable(c.id));
            QVERIFY2(c.person.dateOfBirth != later->person.dateOfBirth, qPrintable(c.id)); // relative, not fixed
            QVERIFY2(age(c.person.dateOfBirth, first) == age(later->person.dateOfBirth, second), qPrintable(c.id));
            // every day in between, too
            for (QDate day = first; day <= second; day = day.addDays(7)) {
                const auto onDay = ScenarioDeck::parse(sourceFile(c.id + QStringLiteral(".json")), day);
                QVERIFY(onDay.ok());
                QVERIFY2(age(onDay->person.dateOfBirth, day) == age(c.person.dateOfBirth, first), qPrintable(c.id));
            }
        }
        QCOMPARE(age(a->findById(QStringLiteral("unaccompanied-minor"))->person.dateOfBirth, first), 15);
        QCOMPARE(age(a->findById(QStringLiteral("sis-missing-person"))->person.dateOfBirth, first), 16);
    }

    void etiasPhasesAndPeriods()
    {
        using bd::results::EtiasPhase;
        for (EtiasPhase p :
            { EtiasPhase::NotInOperation, EtiasPhase::Transitional, EtiasPhase::Grace, EtiasPhase::Required }) {
            QCOMPARE(etiasPhaseFromKey(etiasPhaseKey(p)), std::optional<EtiasPhase>(p));
            for (const QDate today : { m_today, QDate(2028, 2, 29), QDate(2027, 8, 31) })
                QCOMPARE(bd::results::etiasPhase(ScenarioDeck::etiasPeriodsFor(p, today), today), p);
        }
        QVERIFY(!etiasPhaseFromKey(QStringLiteral("optional")));
        const auto grace = ScenarioDeck::etiasPeriodsFor(EtiasPhase::Grace, QDate(2026, 11, 30));
        QCOMPARE(grace.operationsStart, QDate(2026, 3, 30)); // today - 8 months
        QCOMPARE(grace.transitionalEnd, QDate(2026, 9, 29));
        QCOMPARE(grace.graceEnd, QDate(2027, 3, 29));
    }

    void playingMembers()
    {
        const auto refused = ScenarioDeck::parse(sourceFile(QStringLiteral("etias-refused.json")), m_today);
        QVERIFY(refused.ok());
        QCOMPARE(refused->etiasPhase, bd::results::EtiasPhase::Required);
        QVERIFY(refused->expected->refusalReason.isEmpty()); // there is no letter J
        const auto clean = ScenarioDeck::parse(sourceFile(QStringLiteral("visa-expired.json")), m_today);
        QVERIFY(clean.ok());
        QCOMPARE(clean->etiasPhase, bd::results::EtiasPhase::NotInOperation);
        QCOMPARE(clean->purpose, Purpose::EntryCheck);
        QVERIFY(!clean->declarations);
        const auto exit = ScenarioDeck::parse(sourceFile(QStringLiteral("exit-overstay.json")), m_today);
        QVERIFY(exit.ok());
        QCOMPARE(exit->purpose, Purpose::ExitCheck);
        const auto asylum = ScenarioDeck::parse(sourceFile(QStringLiteral("asylum-at-border.json")), m_today);
        QVERIFY(asylum.ok() && asylum->declarations);
        bd::results::OfficerDeclarations d;
        d.asylumRequest = true;
        QCOMPARE(*asylum->declarations, d);
        const QByteArray json = R"({"id":"x1","title":"t","traveller":{"document":{"issuingState":"IND","number":"S1"}},
            "declarations":{"residence":{"kind":"long-stay-visa","issuingState":"FRA","validUntil":"today+1y"},
                            "familyMemberOfEuCitizen":true,"confirmedConditions":["biometric-passport"]}})";
        const auto full = ScenarioDeck::parse(json, m_today);
        QVERIFY2(full.ok(), full.ok() ? "" : qPrintable(full.error().detail));
        QCOMPARE(full->declarations->residence->kind, bd::results::ResidenceTitle::Kind::LongStayVisa);
        QCOMPARE(full->declarations->residence->validUntil, m_today.addYears(1));
        QVERIFY(full->declarations->familyMemberOfEuCitizen);
        QCOMPARE(full->declarations->confirmedConditions, QStringList { QStringLiteral("biometric-passport") });
    }

    void brokenFilesAreRejectedPrecisely_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        const QByteArray head
            = R"({"id":"x1","title":"t","traveller":{"person":{"surname":"A"},"document":{"issuingState":"USA","number":"S1"}},)";
        QTest::newRow("bad json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("bad id") << QByteArray(R"({"id":"X Y"})") << QStringLiteral("id:");
        QTest::newRow("unknown system") << head + R"("systems":{"nsa":{"status":"hit"}}})"
                                        << QStringLiteral("systems.nsa");
        QTest::newRow("hit without record") << head + R"("systems":{"sis":{"status":"hit","hits":[]}}})"
                                            << QStringLiteral("systems.sis.hits: a hit needs at least one record");
        QTest::newRow("bad category") << head
                + R"("systems":{"sis":{"status":"hit","hits":[{"recordId":"r","sis":{"category":"x"}}]}}})"
                                      << QStringLiteral("sis.category");
        QTest::newRow("link of one") << head
                + R"("links":[{"linkId":"l","colour":"red","records":[{"system":"vis","recordId":"r"}]}]})"
                                     << QStringLiteral("links[0].records");
        QTest::newRow("bad fault") << head + R"("faults":{"sis":{"kind":"melt"}}})"
                                   << QStringLiteral("faults.sis.kind");
        QTest::newRow("bad action") << head
                + R"("expected":{"decision":"admit","requiredAction":"shrug","debrief":"long enough explanation here"}})"
                                    << QStringLiteral("expected.requiredAction: unknown code 'shrug'");
        QTest::newRow("refusal without letter") << head
                + R"("expected":{"decision":"refuse","requiredAction":"refuse-overstay","debrief":"long enough explanation here"}})"
                                                << QStringLiteral("expected.refusalReason");
        QTest::newRow("letter J") << head
                + R"("expected":{"decision":"refuse","requiredAction":"refuse-no-etias","refusalReason":"J","debrief":"long enough explanation here"}})"
                                  << QStringLiteral("expected.refusalReason");
        QTest::newRow("letter without refusal") << head
                + R"("expected":{"decision":"second-line","requiredAction":"seize-document","refusalReason":"A","debrief":"long enough explanation here"}})"
                                                << QStringLiteral("expected.refusalReason");
        QTest::newRow("bad purpose") << head + R"("purpose":"visa-application"})" << QStringLiteral("purpose:");
        QTest::newRow("bad etias phase") << head + R"("etiasPhase":"soon"})" << QStringLiteral("etiasPhase:");
        QTest::newRow("unknown declaration") << head + R"("declarations":{"asylumRequested":true}})"
                                             << QStringLiteral("declarations.asylumRequested: unknown member");
        QTest::newRow("declaration not boolean")
            << head + R"("declarations":{"faceMismatch":"yes"}})" << QStringLiteral("declarations.faceMismatch");
        QTest::newRow("bad residence kind") << head
                + R"("declarations":{"residence":{"kind":"green-card","issuingState":"NLD","validUntil":"today+9"}}})"
                                            << QStringLiteral("declarations.residence.kind");
        QTest::newRow("residence without date")
            << head + R"("declarations":{"residence":{"kind":"residence-permit","issuingState":"NLD"}}})"
            << QStringLiteral("declarations.residence.validUntil");
        QTest::newRow("bad condition") << head + R"("declarations":{"confirmedConditions":["Biometric Passport"]}})"
                                       << QStringLiteral("declarations.confirmedConditions");
        QTest::newRow("translations not an object")
            << head + R"("translations":["de"]})" << QStringLiteral("translations: an object");
        QTest::newRow("bad language code")
            << head + R"("translations":{"deu":{"title":"T"}}})" << QStringLiteral("translations.deu: a language code");
        QTest::newRow("English translation")
            << head + R"("translations":{"en":{"title":"T"}}})" << QStringLiteral("translations.en: English");
        QTest::newRow("language not an object")
            << head + R"("translations":{"de":"Titel"}})" << QStringLiteral("translations.de: an object");
        QTest::newRow("unknown translated member") << head + R"("translations":{"de":{"titel":"T"}}})"
                                                   << QStringLiteral("translations.de.titel: unknown member");
        QTest::newRow("empty translated title")
            << head + R"("translations":{"de":{"title":" "}}})" << QStringLiteral("translations.de.title");
        QTest::newRow("title not text") << head + R"("translations":{"de":{"title":7}}})"
                                        << QStringLiteral("translations.de.title");
        QTest::newRow("short translated debrief") << head
                + R"("expected":{"decision":"admit","requiredAction":"admit","debrief":"long enough explanation here"},)"
                  R"("translations":{"de":{"debrief":"kurz"}}})"
                                                  << QStringLiteral("translations.de.debrief");
        QTest::newRow("debrief without expected")
            << head + R"("translations":{"de":{"debrief":"eine ausreichend lange Erklärung"}}})"
            << QStringLiteral("translations.de.debrief: the scenario has no expected");
        QTest::newRow("bad relative birth date")
            << QByteArray(R"({"id":"x1","title":"t","traveller":{"person":{"surname":"A","dateOfBirth":"today-30x"},)"
                          R"("document":{"issuingState":"USA","number":"S1"}}})")
            << QStringLiteral("dateOfBirth");
    }

    void refusalWithoutFixedLetter()
    {
        // refuse-no-etias: the letter is the officer's to choose from the form in use; none expected.
        const QByteArray json = R"({"id":"x1","title":"t","traveller":{"document":{"issuingState":"USA","number":"S1"}},
            "expected":{"decision":"refuse","requiredAction":"refuse-no-etias","debrief":"long enough explanation here"}})";
        const auto c = ScenarioDeck::parse(json, m_today);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
        QVERIFY(c->expected->refusalReason.isEmpty());
    }

    void brokenFilesAreRejectedPrecisely()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        const auto c = ScenarioDeck::parse(json, m_today, QStringLiteral("case.json"));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().detail.contains(detail), qPrintable(c.error().detail));
        QVERIFY(c.error().detail.startsWith(QStringLiteral("case.json: ")));
    }

    void faultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("ms");
        QTest::newRow("latency") << QStringLiteral("vis=latency:800") << true << int(FaultKind::Latency) << 800;
        QTest::newRow("down") << QStringLiteral("sis=down") << true << int(FaultKind::Down) << 0;
        QTest::newRow("stalled") << QStringLiteral("interpol-sltd=stalled") << true << int(FaultKind::Stalled) << 0;
        QTest::newRow("unknown system") << QStringLiteral("nsa=down") << false << 0 << 0;
        QTest::newRow("unknown kind") << QStringLiteral("sis=melt") << false << 0 << 0;
        QTest::newRow("no kind") << QStringLiteral("sis") << false << 0 << 0;
    }
    void faultSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(int, ms);
        const auto f = parseFaultSpec(spec);
        QCOMPARE(f.ok(), ok);
        if (ok) {
            QCOMPARE(int(f->second.kind), kind);
            QCOMPARE(f->second.ms, ms);
        }
    }
};

QTEST_APPLESS_MAIN(TestScenarioDeck)
#include "TestScenarioDeck.moc"
