// The verdict's notices on a German screen: every code has German words (never the services'
// English), counts in plural forms, dates in the German format; a code the UI does not know shows
// the English text rather than nothing. The Results and Decision pages of a German workstation show
// no English sentence of the verdict (overstayer, minor with an expired passport).
#include "services/results/ResultNotice.h"
#include "services/results/Unifier.h"
#include "tests/support/NoticeSamples.h"
#include "tests/support/TestHygiene.h"
#include "ui/DecisionPage.h"
#include "ui/NoticeText.h"
#include "ui/ResultMeaning.h"
#include "ui/ResultsPage.h"

#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace bd::model;
using namespace bd::results;
using bd::ui::NoticeText;

namespace {

const QDate kToday(2026, 11, 30);
const QString kId = QStringLiteral("search-german");

// Words of the verdict's English sentences that must not reach a German screen.
const QStringList kEnglish { QStringLiteral("The travel document"), QStringLiteral("Minor ("),
    QStringLiteral("ETIAS transitional"), QStringLiteral("ETIAS grace"), QStringLiteral("The declared"),
    QStringLiteral("the holder is"), QStringLiteral("leaflet"), QStringLiteral("the answer stream"),
    QStringLiteral("record(s)"), QStringLiteral("verified a different person"), QStringLiteral("stay 1"),
    QStringLiteral("cannot be assessed") };

SearchAnswers answers(Purpose purpose, const QString& nationality, const QDate& dateOfBirth)
{
    return bd::testsupport::noHitAnswers(purpose, nationality, dateOfBirth, kToday, kId);
}

CheckContext context(const QDate& expiry)
{
    return bd::testsupport::validDocumentContext(expiry, kToday);
}

void setEes(SearchAnswers& a, const QList<QPair<QString, int>>& moves)
{
    Hit h;
    h.system = SystemId::Ees;
    h.recordId = QStringLiteral("ees-1");
    EesFile file;
    for (const auto& [kind, day] : moves) {
        EesMovement m;
        m.kind = kind;
        m.date = kToday.addDays(day);
        m.crossingPoint = QStringLiteral("DEU-MUC");
        file.movements << m;
    }
    h.ees = file;
    for (SystemEvent& e : a.events)
        if (e.system == SystemId::Ees) {
            e.status = SystemStatus::Hit;
            e.hits = { h };
        }
}

// The overstayer: 101 days in the last 180, entering during the ETIAS transitional period.
UnifiedResult overstayer()
{
    SearchAnswers a = answers(Purpose::EntryCheck, QStringLiteral("USA"), QDate(1985, 3, 4));
    setEes(a, { { QStringLiteral("entry"), -170 }, { QStringLiteral("exit"), -70 } });
    CheckContext c = context(kToday.addYears(4));
    c.etias = EtiasPeriods::fromStart(kToday.addDays(-30));
    static const VisaList list = *VisaList::builtIn();
    c.visaList = &list;
    return Unifier::unify(a, c);
}

// A minor leaving with an expired passport, a residence permit that ran out, the zone reader's remark,
// a stream that ended without its summary, and an EES history that cannot be assessed.
UnifiedResult minorWithExpiredDocument()
{
    SearchAnswers a = answers(Purpose::ExitCheck, QStringLiteral("USA"), kToday.addYears(-15).addDays(-3));
    a.summary.reset();
    a.streamError = bd::core::Error { QStringLiteral("gateway.malformed"),
        QStringLiteral("the answer stream ended without its summary"), {} };
    setEes(a, { { QStringLiteral("entry"), -20 } });
    CheckContext c = context(QDate(2026, 10, 1));
    c.document.warnings << ResultNotice { NoticeCode::DocumentRemark,
        { QStringLiteral("minor"), QStringLiteral("the holder is under 18 years old"), 1, 13 } };
    ResidenceTitle title;
    title.issuingState = QStringLiteral("DEU");
    title.validUntil = QDate(2026, 6, 30);
    c.declarations.residence = title;
    UnifiedResult r = Unifier::unify(a, c);
    Stay wrong;
    wrong.entry = QDate(2026, 3, 10);
    wrong.exit = QDate(2026, 3, 1);
    const auto assessed = StayCalculator::assess({ wrong }, kToday);
    r.stay.problem = ResultNotice { NoticeCode::StayHistoryInvalid,
        { assessed.error().code, assessed.error().detail, assessed.error().context } };
    return r;
}

QList<ResultNotice> oneOfEach()
{
    return bd::testsupport::oneNoticeOfEachCode();
}

// Every label's text on a page, one per line.
QString allText(const QWidget& page)
{
    QStringList texts;
    for (const QLabel* l : page.findChildren<QLabel*>())
        texts << l->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestNoticeText : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        QVERIFY(m_german.load(QStringLiteral(":/i18n/bd_de.qm")));
    }
    void cleanup() { QCoreApplication::removeTranslator(&m_german); }

    void everyCodeHasGermanWords()
    {
        const QList<ResultNotice> notices = oneOfEach();
        QStringList english;
        for (const ResultNotice& n : notices) {
            QVERIFY2(!noticeText(n).isEmpty(), qPrintable(noticeKey(n.code)));
            english << NoticeText::text(n);
        }
        QCoreApplication::installTranslator(&m_german);
        for (int i = 0; i < notices.size(); ++i) {
            const QString key = noticeKey(notices.at(i).code);
            const QString german = NoticeText::text(notices.at(i));
            QVERIFY2(!german.isEmpty(), qPrintable(key));
            QVERIFY2(german != english.at(i), qPrintable(QStringLiteral("not translated: ") + english.at(i)));
            QVERIFY2(german != noticeText(notices.at(i)), qPrintable(QStringLiteral("English: ") + german));
            QVERIFY2(!german.contains(QLatin1Char('%')), qPrintable(german));
            for (const QString& word : kEnglish)
                QVERIFY2(!german.contains(word), qPrintable(german));
        }
        // Counts in plural forms, dates in the German format.
        QVERIFY2(NoticeText::text({ NoticeCode::MinorCheckConsent, { 1 } })
                     .startsWith(QStringLiteral("Minderjährig (1 Jahr)")),
            qPrintable(NoticeText::text({ NoticeCode::MinorCheckConsent, { 1 } })));
        QVERIFY(NoticeText::text({ NoticeCode::MinorCheckConsent, { 15 } })
                    .startsWith(QStringLiteral("Minderjährig (15 Jahre)")));
        QVERIFY(NoticeText::text({ NoticeCode::RecordsOfAnotherPerson, { 1 } })
                    .startsWith(QStringLiteral("1 Datensatz gehört")));
        QVERIFY(NoticeText::text({ NoticeCode::RecordsOfAnotherPerson, { 3 } })
                    .startsWith(QStringLiteral("3 Datensätze gehören")));
        QCOMPARE(NoticeText::text({ NoticeCode::DocumentExpiresWithinThreeMonths, { QDate(2026, 12, 24) } }),
            QStringLiteral("Das Reisedokument läuft am 24.12.2026 ab, also in weniger als drei Monaten."));
        QCOMPARE(NoticeText::text(notices.at(allNoticeCodes().indexOf(NoticeCode::StayHistoryInvalid))),
            QStringLiteral("die Aufenthalte mit Einreise am 01.01.2026 und am 05.01.2026 überschneiden sich"));
    }

    void anUnknownCodeShowsTheEnglishWords()
    {
        QCoreApplication::installTranslator(&m_german);
        const ResultNotice later { static_cast<NoticeCode>(999), { 3 } };
        QCOMPARE(NoticeText::text(later), noticeText(later));
        QVERIFY(!NoticeText::text(later).isEmpty());
        // A stay or stream error code the UI does not know: the services' words, never nothing.
        const ResultNotice stay { NoticeCode::StayHistoryInvalid,
            { QStringLiteral("stay.new"), QStringLiteral("why") } };
        QCOMPARE(NoticeText::text(stay), QStringLiteral("why"));
        QVERIFY(!NoticeText::streamErrorText(QStringLiteral("gateway.new")).isEmpty());
    }

    void englishScreenSaysWhatTheJsonSays()
    {
        for (const ResultNotice& n : oneOfEach()) {
            if (n.code == NoticeCode::DocumentRemark || n.code == NoticeCode::StreamError
                || n.code == NoticeCode::MinorCheckConsent || n.code == NoticeCode::RecordsOfAnotherPerson
                || n.code == NoticeCode::ResidenceNotValid || n.code == NoticeCode::ResidenceReplacesVisa
                || n.code == NoticeCode::HitWithoutBlock || n.code == NoticeCode::AnsweredAlthoughWithheld)
                continue; // worded for the screen (kind names, the reader's remark, plural forms)
            QCOMPARE(NoticeText::text(n), noticeText(n));
        }
    }

    void germanOverstayerShowsNoEnglishSentence()
    {
        const UnifiedResult r = overstayer();
        QCOMPARE(r.requiredAction.code, ActionCode::RefuseOverstay);
        QVERIFY(!r.notes.isEmpty());
        QCOMPARE(r.notes.first().code, NoticeCode::EtiasTransitional);
        QCoreApplication::installTranslator(&m_german);
        bd::ui::ResultsPage results;
        results.showResult(r);
        bd::ui::DecisionPage decision;
        decision.setResult(r);
        const QString notes = results.notesText();
        QVERIFY2(notes.contains(QStringLiteral("ETIAS-Übergangszeitraum bis")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("Merkblatt")), qPrintable(notes));
        for (const QString& text :
            { notes, allText(results), allText(decision), decision.notes().join(QLatin1Char('\n')) })
            for (const QString& word : kEnglish)
                QVERIFY2(!text.contains(word), qPrintable(word + QStringLiteral(" in: ") + text));
    }

    void germanMinorWithExpiredDocumentShowsNoEnglishSentence()
    {
        const UnifiedResult r = minorWithExpiredDocument();
        QCOMPARE(r.notes.size(), 4);
        QCOMPARE(r.integrityProblems.size(), 1);
        QCoreApplication::installTranslator(&m_german);
        bd::ui::ResultsPage results;
        results.showResult(r);
        bd::ui::DecisionPage decision;
        decision.setResult(r);
        const QString notes = results.notesText();
        QVERIFY2(notes.contains(QStringLiteral("Minderjährig (15 Jahre)")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("Das Reisedokument ist am 01.10.2026 abgelaufen")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("Aufenthaltstitel")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("30.06.2026")), qPrintable(notes));
        const QString integrity = results.integrityText();
        QVERIFY2(integrity.contains(QStringLiteral("Antwortdatenstrom")), qPrintable(integrity));
        const QString stay = bd::ui::ResultMeaning::staySentence(r);
        for (const QString& text :
            { notes, integrity, stay, allText(results), allText(decision), decision.notes().join(QLatin1Char('\n')) })
            for (const QString& word : kEnglish)
                QVERIFY2(!text.contains(word), qPrintable(word + QStringLiteral(" in: ") + text));
        QCOMPARE(decision.notes().size(), 4);
    }

private:
    QTranslator m_german;
};

QTEST_MAIN(TestNoticeText)
#include "TestNoticeText.moc"
