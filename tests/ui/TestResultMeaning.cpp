// What each system's answer means on the Results page: the one decision (ResultMeaning::of) for
// the scenarios of the training deck, the entry-condition sentences from the same per-system
// statuses, red and yellow link banners with the linked records side by side, the stay panel's
// next possible entry date, chips that fit their words, and no protocol code on screen.
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "services/training/ScenarioDeck.h"
#include "tests/support/TestHygiene.h"
#include "ui/HitListModel.h"
#include "ui/ResultMeaning.h"
#include "ui/ResultText.h"
#include "ui/ResultsPage.h"
#include "widgets/LinkBanner.h"
#include "widgets/StatusChip.h"
#include "widgets/StayBar.h"

#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace bd::model;
using bd::results::UnifiedResult;
using bd::training::CaseFile;
using bd::training::FaultKind;
using bd::ui::Meaning;
using bd::ui::ResultMeaning;
using bd::ui::ResultsPage;
using bd::widgets::StatusChip;

Q_DECLARE_METATYPE(bd::ui::Meaning)

namespace {

const QDate kToday(2026, 11, 30);

const bd::results::VisaList& visaList()
{
    static const auto list = bd::results::VisaList::builtIn();
    if (!list)
        qFatal("built-in visa list: %s", qPrintable(list.error().detail));
    return *list;
}

const bd::training::ScenarioDeck& deck()
{
    static const auto d
        = bd::training::ScenarioDeck::load(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"), kToday);
    if (!d)
        qFatal("deck: %s", qPrintable(d.error().detail));
    return *d;
}

// The answers as the workstation holds them after the training gateway answered the case: every
// system asked, faults as the client sees them (down: unavailable; error, garbage, oversized,
// truncated: error; stalled: timeout). `extraFaults` adds faults to the scenario's own.
UnifiedResult unifyCase(
    const QString& id, const QMap<SystemId, FaultKind>& extraFaults = {}, const QList<SystemId>& withheld = {})
{
    const CaseFile* c = deck().findById(id);
    if (!c)
        qFatal("no scenario %s", qPrintable(id));
    bd::results::SearchAnswers a;
    a.request.searchId = QStringLiteral("meaning-") + id;
    a.request.officerId = QStringLiteral("trainee");
    a.request.profile = UserProfile::Trainer;
    a.request.purpose = c->purpose;
    a.request.document = c->document;
    a.request.person = c->person;
    a.request.systems = allSystems();
    SearchSummary summary;
    summary.searchId = a.request.searchId;
    summary.links = c->links;
    for (SystemId s : allSystems()) {
        FaultKind fault = extraFaults.value(s, c->faults.value(s).kind);
        SystemEvent e = c->answers.value(s, SystemEvent { {}, s, SystemStatus::NoHit, 0, {}, {} });
        e.system = s;
        e.searchId = a.request.searchId;
        if (withheld.contains(s)) {
            e = SystemEvent { a.request.searchId, s, SystemStatus::NotAuthorised, 0, {}, {} };
            summary.withheld << s;
        } else if (fault == FaultKind::Down) {
            e = SystemEvent { a.request.searchId, s, SystemStatus::Unavailable, 0, {}, QStringLiteral("down") };
        } else if (fault == FaultKind::Error || fault == FaultKind::Garbage || fault == FaultKind::Oversized
            || fault == FaultKind::Truncated) {
            e = SystemEvent { a.request.searchId, s, SystemStatus::Error, 0, {}, QStringLiteral("unreadable") };
        } else if (fault == FaultKind::Stalled) {
            e = SystemEvent { a.request.searchId, s, SystemStatus::Timeout, 0, {}, QStringLiteral("no answer") };
        } else {
            summary.answered << s;
        }
        a.events << e;
    }
    a.summary = summary;
    bd::results::CheckContext ctx;
    ctx.today = kToday;
    ctx.document.read = true;
    ctx.document.zoneValid = true;
    ctx.document.dateOfExpiry = c->document.dateOfExpiry;
    ctx.declarations = c->declarations.value_or(bd::results::OfficerDeclarations {});
    ctx.etias = bd::training::ScenarioDeck::etiasPeriodsFor(c->etiasPhase, kToday);
    ctx.borderState = QStringLiteral("DEU");
    ctx.visaList = &visaList();
    return bd::results::Unifier::unify(a, ctx);
}

// Every visible text of the page: labels, chips, banners and the hit list's cells.
QStringList visibleTexts(const ResultsPage& page)
{
    QStringList out;
    for (const QLabel* l : page.findChildren<QLabel*>())
        if (l->isVisibleTo(&page) && !l->text().isEmpty())
            out << l->text();
    for (int r = 0; r < page.hitModel()->rowCount(); ++r)
        for (int c = 0; c < page.hitModel()->columnCount(); ++c)
            out << page.hitModel()->index(r, c).data().toString();
    return out;
}

// Wraps every translation in ⟦ ⟧: what is left outside the brackets was never translated.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (!QByteArray(context).startsWith("bd::ui::") && !QByteArray(context).startsWith("bd::widgets::"))
            return {};
        return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(source));
    }
};

QString untranslatedParts(QString text)
{
    static const QRegularExpression innermost(QStringLiteral("⟦[^⟦⟧]*⟧"));
    QString before;
    do {
        before = text;
        text.replace(innermost, QStringLiteral(" "));
    } while (text != before);
    return text;
}

bd::results::RankedHit ranked(const Hit& hit, std::optional<bd::results::ActionCode> action = std::nullopt)
{
    bd::results::RankedHit h;
    h.hit = hit;
    h.actionCode = action;
    h.rank = bd::results::actionRank(action);
    return h;
}

} // namespace

class TestResultMeaning : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void meaningPerSystem_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("system");
        QTest::addColumn<Meaning>("expected");
        const auto row = [](const char* name, const char* scenario, SystemId s, Meaning m) {
            QTest::newRow(name) << QString::fromLatin1(scenario) << int(s) << m;
        };
        row("valid visa is good news", "overstayer", SystemId::Vis, Meaning::GoodNews);
        row("overstay needs attention", "overstayer", SystemId::Ees, Meaning::NeedsAttention);
        row("sis no hit", "overstayer", SystemId::Sis, Meaning::NoHit);
        row("valid etias is good news", "sis-unavailable", SystemId::Etias, Meaning::GoodNews);
        row("sis down is not answered", "sis-unavailable", SystemId::Sis, Meaning::NotAnswered);
        row("sis discreet check is an alert", "sis-discreet-check", SystemId::Sis, Meaning::Alert);
        row("exhausted visa needs attention", "visa-exhausted", SystemId::Vis, Meaning::NeedsAttention);
        row("revoked visa needs attention", "visa-revoked", SystemId::Vis, Meaning::NeedsAttention);
        row("refused etias needs attention", "etias-refused", SystemId::Etias, Meaning::NeedsAttention);
        row("flagged etias is an alert", "etias-flag", SystemId::Etias, Meaning::Alert);
        row("red link on the visa file", "red-link", SystemId::Vis, Meaning::Alert);
        row("red link names an ees file", "red-link", SystemId::Ees, Meaning::Alert);
        row("yellow link on the visa file", "yellow-link", SystemId::Vis, Meaning::NeedsAttention);
        row("namesake sis record is information", "green-link-namesake", SystemId::Sis, Meaning::Information);
        row("white link etias stays good", "white-link-same-person", SystemId::Etias, Meaning::GoodNews);
        row("plain ees history is information", "white-link-same-person", SystemId::Ees, Meaning::Information);
    }
    void meaningPerSystem()
    {
        QFETCH(QString, scenario);
        QFETCH(int, system);
        QFETCH(Meaning, expected);
        const UnifiedResult r = unifyCase(scenario);
        const auto m = ResultMeaning::of(r, SystemId(system));
        QVERIFY2(m.meaning == expected,
            qPrintable(
                QStringLiteral("%1: %2 (%3)")
                    .arg(ResultMeaning::word(m.meaning), m.reason, bd::results::actionKey(r.requiredAction.code))));
        QVERIFY(!m.reason.isEmpty());

        ResultsPage page;
        page.showResult(r);
        QCOMPARE(page.meaning(SystemId(system)).meaning, expected);
        const QString chip = page.chip(SystemId(system))->text();
        QVERIFY2(chip.contains(ResultMeaning::word(expected)), qPrintable(chip));
        if (expected == Meaning::GoodNews)
            QCOMPARE(page.chip(SystemId(system))->kind(), StatusChip::Kind::Good);
        if (expected == Meaning::Alert)
            QCOMPARE(page.chip(SystemId(system))->kind(), StatusChip::Kind::Alarm);
    }

    void visUnavailableIsNotKnownNotNoVisaFile()
    {
        const UnifiedResult r = unifyCase(QStringLiteral("overstayer"), { { SystemId::Vis, FaultKind::Stalled } });
        QCOMPARE(ResultMeaning::of(r, SystemId::Vis).meaning, Meaning::NotAnswered);
        ResultsPage page;
        page.showResult(r);
        QVERIFY2(page.visaText().contains(QStringLiteral("NOT KNOWN")), qPrintable(page.visaText()));
        QVERIFY(page.visaText().contains(QStringLiteral("check the visa sticker by hand")));
        QVERIFY(!page.visaText().contains(QStringLiteral("no visa file")));
        QCOMPARE(page.chip(SystemId::Vis)->kind(), StatusChip::Kind::Warning);
        QVERIFY(page.chip(SystemId::Vis)->text().contains(QStringLiteral("NOT ANSWERED")));
        QVERIFY(page.unansweredText().contains(QStringLiteral("VIS (timeout)")));

        // The same system answering "no hit" says so.
        UnifiedResult noHit = unifyCase(QStringLiteral("clean-visa-exempt"));
        page.showResult(noHit);
        QVERIFY2(page.visaText().startsWith(QStringLiteral("Visa (VIS): no visa file")), qPrintable(page.visaText()));
    }

    void eesUnreadableStayIsNotKnown_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("garbage") << int(FaultKind::Garbage);
        QTest::newRow("error") << int(FaultKind::Error);
        QTest::newRow("down") << int(FaultKind::Down);
    }
    void eesUnreadableStayIsNotKnown()
    {
        QFETCH(int, fault);
        const UnifiedResult r = unifyCase(QStringLiteral("overstayer"), { { SystemId::Ees, FaultKind(fault) } });
        QCOMPARE(ResultMeaning::of(r, SystemId::Ees).meaning, Meaning::NotAnswered);
        ResultsPage page;
        page.showResult(r);
        QVERIFY2(page.stayText().contains(QStringLiteral("NOT KNOWN")), qPrintable(page.stayText()));
        QVERIFY(!page.stayText().contains(QStringLiteral("no movements recorded")));
        QVERIFY(!page.stayBar()->isVisibleTo(&page));
        const auto kind = page.chip(SystemId::Ees)->kind();
        QVERIFY(kind == StatusChip::Kind::Warning || kind == StatusChip::Kind::Error);
    }

    void withheldIsNeitherNoHitNorNotAnswered()
    {
        const UnifiedResult r
            = unifyCase(QStringLiteral("overstayer"), {}, { SystemId::Vis, SystemId::Ees, SystemId::Europol });
        for (SystemId s : { SystemId::Vis, SystemId::Ees, SystemId::Europol })
            QCOMPARE(ResultMeaning::of(r, s).meaning, Meaning::Withheld);
        ResultsPage page;
        page.showResult(r);
        QCOMPARE(page.chip(SystemId::Europol)->kind(), StatusChip::Kind::Withheld);
        QVERIFY(page.chip(SystemId::Europol)->text().contains(QStringLiteral("WITHHELD")));
        QVERIFY2(page.visaText().contains(QStringLiteral("withheld from your profile")), qPrintable(page.visaText()));
        QVERIFY(!page.visaText().contains(QStringLiteral("no visa file")));
        QVERIFY2(page.stayText().contains(QStringLiteral("NOT KNOWN")), qPrintable(page.stayText()));
        QVERIFY(!page.stayText().contains(QStringLiteral("no movements recorded")));
    }

    void redAndYellowLinksHaveTheirOwnBanners()
    {
        ResultsPage page;
        page.showResult(unifyCase(QStringLiteral("red-link")));
        auto banners = page.linkBanners();
        QCOMPARE(banners.size(), 1);
        const auto* red = banners.first();
        QCOMPARE(red->objectName(), QStringLiteral("redLinkBanner"));
        QVERIFY2(red->heading().startsWith(QStringLiteral("RED LINK")), qPrintable(red->heading()));
        QVERIFY(red->text().contains(QStringLiteral("identity fraud")));
        QCOMPARE(red->shape(), bd::widgets::LinkBadge::Shape::Octagon);
        QCOMPARE(red->accessibleName(), red->heading());
        const QString redText = red->text();
        const auto redBorder = red->borderStyle();
        const QColor redAccent = red->accent();

        page.showResult(unifyCase(QStringLiteral("yellow-link")));
        banners = page.linkBanners();
        QCOMPARE(banners.size(), 1);
        const auto* yellow = banners.first();
        QCOMPARE(yellow->objectName(), QStringLiteral("yellowLinkBanner"));
        QVERIFY2(yellow->heading().startsWith(QStringLiteral("YELLOW LINK")), qPrintable(yellow->heading()));
        QVERIFY(yellow->text().contains(QStringLiteral("verify the identity")));
        QCOMPARE(yellow->shape(), bd::widgets::LinkBadge::Shape::Triangle);
        QVERIFY(yellow->text() != redText);
        QVERIFY(yellow->borderStyle() != redBorder);
        QVERIFY(yellow->accent() != redAccent);

        // A clean result has none.
        page.showResult(unifyCase(QStringLiteral("overstayer")));
        QVERIFY(page.linkBanners().isEmpty());
        QVERIFY(page.findChildren<QFrame*>(QStringLiteral("linkComparison")).isEmpty());
    }

    void linkedIdentitiesAreComparedSideBySide()
    {
        UnifiedResult r;
        r.searchId = QStringLiteral("s-link");
        r.requiredAction = { bd::results::ActionCode::SecondLineIdentity, Decision::SecondLine, {}, {}, {}, {} };
        r.complete = true;
        IdentityLink link { QStringLiteral("mid-9"), LinkColour::Yellow,
            { { SystemId::Vis, QStringLiteral("vis-1") }, { SystemId::Sis, QStringLiteral("sis-2") } },
            QStringLiteral("DEU Federal Police"), QDate(2026, 11, 1) };
        bd::results::Identity traveller;
        traveller.identityId = QStringLiteral("identity-1");
        traveller.traveller = true;
        traveller.person = { QStringLiteral("TESTER"), QStringLiteral("ALEX"), QDate(1980, 1, 2), QStringLiteral("M"),
            QStringLiteral("MAR") };
        traveller.document = { QStringLiteral("P"), QStringLiteral("MAR"), QStringLiteral("T1234567"), {} };
        Hit vis;
        vis.system = SystemId::Vis;
        vis.recordId = QStringLiteral("vis-1");
        vis.vis = VisRecord { QStringLiteral("APP-1"), QStringLiteral("issued"), QStringLiteral("C"), {}, {}, {}, 0, 0,
            90 };
        traveller.hits << ranked(vis);
        traveller.links << link;
        traveller.linkPresentations << bd::results::presentLink(LinkColour::Yellow);
        bd::results::Identity other;
        other.identityId = QStringLiteral("identity-2");
        Hit sis;
        sis.system = SystemId::Sis;
        sis.recordId = QStringLiteral("sis-2");
        sis.person = { QStringLiteral("TESTOV"), QStringLiteral("ALEKSEI"), QDate(1980, 2, 1), QStringLiteral("M"),
            QStringLiteral("UKR") };
        sis.sis = SisAlert { QStringLiteral("inquiry-check"), {}, {}, QStringLiteral("BEL"), {} };
        other.person = sis.person;
        other.hits << ranked(sis, bd::results::ActionCode::SecondLineInquiry);
        other.links << link;
        other.linkPresentations << bd::results::presentLink(LinkColour::Yellow);
        r.identities << traveller << other;

        ResultsPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showResult(r);
        const auto frames = page.findChildren<QFrame*>(QStringLiteral("linkComparison"));
        QCOMPARE(frames.size(), 1);
        QCOMPARE(frames.first()->property("colour").toString(), QStringLiteral("yellow"));
        QTRY_VERIFY(frames.first()->isVisibleTo(&page));
        const QLabel* mine = nullptr;
        const QLabel* theirs = nullptr;
        for (const QLabel* l : frames.first()->findChildren<QLabel*>()) {
            if (l->text() == QStringLiteral("TESTER, ALEX"))
                mine = l;
            if (l->text().contains(QStringLiteral("TESTOV, ALEKSEI")))
                theirs = l;
        }
        QVERIFY2(mine && theirs, "both names are in the comparison");
        QVERIFY(mine->isVisibleTo(&page) && theirs->isVisibleTo(&page));
        // Side by side: the same row, the traveller on the left.
        QCOMPARE(mine->mapTo(&page, QPoint()).y(), theirs->mapTo(&page, QPoint()).y());
        QVERIFY(mine->mapTo(&page, QPoint()).x() < theirs->mapTo(&page, QPoint()).x());
        QVERIFY2(theirs->text().contains(QStringLiteral("differs")), qPrintable(theirs->text()));
        const auto whos = frames.first()->findChildren<QLabel*>(QStringLiteral("linkedRecordWho"));
        QCOMPARE(whos.size(), 2);
        QVERIFY(whos.at(0)->text().contains(QStringLiteral("the traveller")));
        // Identities: the traveller first.
        QVERIFY(page.identityTitles().first().contains(QStringLiteral("the traveller")));
    }

    void redLinkNamesTheRecordMissingFromTheAnswer()
    {
        // The deck's red link joins the traveller's VIS file to an EES file under another identity;
        // the search by the traveller's data does not return that file (EES: no hit), so the page
        // says where it is instead of a plain "no hit".
        const UnifiedResult r = unifyCase(QStringLiteral("red-link"));
        QCOMPARE(r.systems.at(int(SystemId::Ees)).status, SystemStatus::NoHit);
        ResultsPage page;
        page.showResult(r);
        QVERIFY(!page.chip(SystemId::Ees)->text().contains(QStringLiteral("NO HIT")));
        QVERIFY2(page.chip(SystemId::Ees)->text().contains(QStringLiteral("another identity")),
            qPrintable(page.chip(SystemId::Ees)->text()));
        const auto frames = page.findChildren<QFrame*>(QStringLiteral("linkComparison"));
        QCOMPARE(frames.size(), 1);
        QStringList texts;
        for (const QLabel* l : frames.first()->findChildren<QLabel*>())
            texts << l->text();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("PETROV, ALEXEI")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("NOT IN THIS ANSWER")));
        QVERIFY(all.contains(QStringLiteral("EES record ees-alias-s12")));
        QVERIFY(page.stayText().contains(QStringLiteral("another identity")));
    }

    void stayPanelShowsTheNextPossibleEntry_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1440x900") << QSize(1440, 900);
    }
    void stayPanelShowsTheNextPossibleEntry()
    {
        QFETCH(QSize, size);
        const UnifiedResult r = unifyCase(QStringLiteral("overstayer"));
        QVERIFY(r.stay.assessment);
        const QDate next = r.stay.assessment->nextPossibleEntry;
        QVERIFY(next.isValid());
        ResultsPage page;
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showResult(r);
        QTRY_VERIFY(page.stayBar()->isVisible());
        const QString caption = page.stayBar()->caption();
        QVERIFY2(caption.contains(QStringLiteral("NEXT POSSIBLE ENTRY %1").arg(next.toString(Qt::ISODate))),
            qPrintable(caption));
        QVERIFY(caption.contains(QStringLiteral("of 90 days used")));
        QVERIFY(page.stayBar()->accessibleName() == caption);
        QTRY_VERIFY2(page.stayBar()->captionFits(),
            qPrintable(QStringLiteral("%1x%2").arg(page.stayBar()->width()).arg(page.stayBar()->height())));
    }

    void chipsFitTheirWords_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1440x900") << QSize(1440, 900);
    }
    void chipsFitTheirWords()
    {
        QFETCH(QSize, size);
        ResultsPage page;
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showResult(unifyCase(QStringLiteral("red-link")));
        // The longest words each chip can carry, English and German lengths.
        const QStringList longest { QStringLiteral("Interpol TDAWN\nNEEDS ATTENTION\nsecond line: unaccompanied minor"),
            QStringLiteral("ECRIS-TCN\nNICHT BEANTWORTET\nunlesbare Antwort"),
            QStringLiteral("Interpol SLTD\nKEIN TREFFER\nnichts gefunden"),
            QStringLiteral("Europol\nVORENTHALTEN\nfür Sie nicht abgefragt"),
            QStringLiteral("EES\nALERT\nred link: file under another identity") };
        const auto chips = page.findChildren<StatusChip*>();
        QCOMPARE(chips.size(), allSystems().size());
        for (int i = 0; i < chips.size(); ++i)
            chips.at(i)->setState(StatusChip::Kind(i % 9), longest.at(i % longest.size()));
        auto* row = page.findChild<QWidget*>(QStringLiteral("chipRow"));
        QVERIFY(row);
        QTRY_VERIFY(chips.first()->width() >= chips.first()->sizeHint().width());
        for (StatusChip* c : chips) {
            if (!c->isVisible())
                continue;
            QVERIFY2(c->textFits(), qPrintable(c->text()));
            const QFontMetrics fm(c->paintFont());
            for (const QString& line : c->text().split(QLatin1Char('\n')))
                QVERIFY2(fm.horizontalAdvance(line) <= c->contentsRect().width(),
                    qPrintable(QStringLiteral("%1: %2 > %3")
                                   .arg(line)
                                   .arg(fm.horizontalAdvance(line))
                                   .arg(c->contentsRect().width())));
            // Wrapped, never pushed out of the row.
            QVERIFY2(c->geometry().right() < row->width(), qPrintable(c->text()));
            QVERIFY(!c->accessibleName().isEmpty());
        }
    }

    void noProtocolCodeOnScreen_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char* id : { "visa-revoked", "overstayer", "etias-refused", "etias-flag", "sis-discreet-check",
                 "consular-withheld", "red-link", "yellow-link", "green-link-namesake", "exit-overstay",
                 "stolen-passport-sltd", "eurodac-hit", "interpol-tdawn", "sis-unavailable" })
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void noProtocolCodeOnScreen()
    {
        QFETCH(QString, scenario);
        const UnifiedResult r = unifyCase(scenario);
        static const QRegularExpression codes(
            QStringLiteral("\\b(requested|issued|refused|discontinued|annulled|revoked|extended|"
                           "armed|inquiry-check|discreet-check|specific-check|refusal-of-entry|missing-person|"
                           "second-line[a-z-]*|refuse-[a-z-]+|verify-[a-z-]+|seize-document|complete-checks-manually|"
                           "hit-checked-false|no-hit|not-authorised|person-of-interest|conviction)\\b"));
        {
            // English: no hyphenated code at all.
            ResultsPage page;
            page.showResult(r);
            for (const QString& t : visibleTexts(page)) {
                const auto m = QRegularExpression(
                    QStringLiteral(
                        "\\b(second-line-[a-z-]+|refuse-[a-z-]+|verify-[a-z-]+|discreet-check|inquiry-check|"
                        "refusal-of-entry|hit-checked-false|complete-checks-manually|person-of-interest)\\b"))
                                   .match(t);
                QVERIFY2(!m.hasMatch(), qPrintable(t));
            }
        }
        // Every code word is translated: what is left untranslated holds no code.
        MarkingTranslator marker;
        QVERIFY(QCoreApplication::installTranslator(&marker));
        ResultsPage page;
        page.showResult(r);
        const QStringList texts = visibleTexts(page);
        QCoreApplication::removeTranslator(&marker);
        QVERIFY(!texts.isEmpty());
        for (const QString& t : texts) {
            const QString rest = untranslatedParts(t);
            const auto m = codes.match(rest);
            QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("'%1' untranslated in: %2").arg(m.captured(), t)));
        }
    }

    void textsForCodes()
    {
        using bd::ui::ResultText;
        QCOMPARE(ResultText::visaStatusText(QStringLiteral("revoked")), QStringLiteral("revoked"));
        QVERIFY(ResultText::visaStatusText(QStringLiteral("bogus")).contains(QStringLiteral("not understood")));
        QVERIFY(ResultText::visaStatusText(QStringLiteral("bogus")).contains(QStringLiteral("(bogus)")));
        QVERIFY(ResultText::etiasStatusText(QStringLiteral("??")).contains(QStringLiteral("not understood")));
        QVERIFY(ResultText::movementText(QStringLiteral("teleport")).contains(QStringLiteral("not understood")));
        for (const QString& c : bd::results::actionCodesBySeverity())
            QVERIFY2(!ResultText::actionShort(c).contains(QStringLiteral("not understood")), qPrintable(c));
        QVERIFY(ResultText::actionShort(QStringLiteral("new-code")).contains(QStringLiteral("not understood")));
        // The subtitle lists the other actions in words.
        const UnifiedResult r = unifyCase(QStringLiteral("overstayer"));
        QVERIFY(!r.otherActions.isEmpty());
        ResultsPage page;
        page.showResult(r);
        QVERIFY2(page.explanationText().contains(QStringLiteral("also: ")), qPrintable(page.explanationText()));
        for (const auto& o : r.otherActions)
            QVERIFY2(
                !page.explanationText().contains(bd::results::actionKey(o.code)), qPrintable(page.explanationText()));
    }

    // BD_SCREENSHOT_DIR=<dir>: the page with the booth style for a few scenarios, to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("BD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("BD_SCREENSHOT_DIR not set");
        QFile style(QStringLiteral(BD_SOURCE_DIR "/resources/styles/booth.qss"));
        QVERIFY(style.open(QIODevice::ReadOnly));
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
        for (const QSize size : { QSize(1280, 800), QSize(1440, 900) })
            for (const char* id : { "red-link", "yellow-link", "sis-unavailable", "overstayer", "visa-revoked",
                     "etias-flag", "green-link-namesake" }) {
                ResultsPage page;
                page.resize(size);
                page.show();
                QVERIFY(QTest::qWaitForWindowExposed(&page));
                page.showResult(unifyCase(QString::fromLatin1(id)));
                QTest::qWait(50);
                page.grab().save(
                    QStringLiteral("%1/meaning-%2-%3.png").arg(dir, QString::fromLatin1(id)).arg(size.width()));
            }
        qApp->setStyleSheet(QString());
    }
};

QTEST_MAIN(TestResultMeaning)
#include "TestResultMeaning.moc"
