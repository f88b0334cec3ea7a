// SearchStream on its own (no network): the answer lines of a search fail closed. A line of another
// search, or a second answer that differs from the first, never stands as a system's answer.
#include "services/gateway/GatewayErrors.h"
#include "services/gateway/GatewayJson.h"
#include "services/gateway/SearchStream.h"
#include "tests/support/ExpectedWarnings.h"
#include "tests/support/TestHygiene.h"

#include <QtTest>

using namespace bd::gateway;

using namespace bd::model;

namespace {

const QString kSearch = QStringLiteral("search-1");

SystemEvent answer(SystemId s,
    SystemStatus status = SystemStatus::NoHit,
    const QString& searchId = kSearch,
    const QString& recordId = QStringLiteral("rec-1"))
{
    SystemEvent e { searchId, s, status, 12, {}, {} };
    if (status == SystemStatus::Hit) {
        Hit h;
        h.system = s;
        h.recordId = recordId;
        h.other = SimpleHit { QStringLiteral("1"), { QStringLiteral("D") }, {} };
        e.hits = { h };
    }
    if (status == SystemStatus::Unavailable)
        e.detail = QStringLiteral("down");
    return e;
}

QByteArray line(const SystemEvent& e)
{
    return json::toNdjsonLine(json::encode(e));
}

QByteArray summaryLine(const QString& searchId = kSearch)
{
    SearchSummary s;
    s.searchId = searchId;
    return json::toNdjsonLine(json::encode(s));
}

SearchStream stream()
{
    return SearchStream(kSearch, { SystemId::Sis, SystemId::Vis, SystemId::Ees }, 4096);
}

SystemEvent finalOf(const SearchStream& s, SystemId system)
{
    for (const SystemEvent& e : s.finalEvents())
        if (e.system == system)
            return e;
    return {};
}

} // namespace

class TestSearchStream : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void lineOfAnotherSearchFailsClosed_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("system still pending") << "pending";
        QTest::newRow("after the system answered") << "answered";
        QTest::newRow("after the deadline") << "expired";
    }
    void lineOfAnotherSearchFailsClosed()
    {
        QFETCH(QString, when);
        SearchStream s = stream();
        QCOMPARE(s.feed(line(answer(SystemId::Sis))).size(), 1);
        if (when == QLatin1String("answered"))
            QCOMPARE(s.feed(line(answer(SystemId::Vis))).size(), 1);
        if (when == QLatin1String("expired"))
            QCOMPARE(s.expirePending(8000).size(), 2);

        // Another search's no-hit must never stand as VIS's answer.
        bd::testsupport::expectAnswerOfAnotherSearch();
        const auto out = s.feed(line(answer(SystemId::Vis, SystemStatus::NoHit, QStringLiteral("search-2"))));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().system, SystemId::Vis);
        QCOMPARE(out.first().status, SystemStatus::Error);
        QCOMPARE(out.first().detail, QStringLiteral("answer belongs to another search"));
        QCOMPARE(out.first().searchId, kSearch);
        QVERIFY(s.streamError().has_value());
        QCOMPARE(s.streamError()->code, QString::fromLatin1(errors::kSchema));

        // Nothing VIS says afterwards is trusted; the other systems go on.
        QVERIFY(s.feed(line(answer(SystemId::Vis))).isEmpty());
        bd::testsupport::expectAnswerOfAnotherSearch();
        QVERIFY(s.feed(line(answer(SystemId::Vis, SystemStatus::NoHit, QStringLiteral("search-2")))).isEmpty());
        QCOMPARE(s.feed(line(answer(SystemId::Ees))).size(), 1); // after the deadline too: a late answer
        QVERIFY(s.feed(summaryLine()).isEmpty());
        QVERIFY(s.endOfStream().isEmpty());

        const SearchOutcome o = s.outcome(std::nullopt);
        QVERIFY(!o.ok());
        QCOMPARE(o.error->code, QString::fromLatin1(errors::kSchema));
        QVERIFY2(o.error->detail.contains(QLatin1String("another search")), qPrintable(o.error->detail));
        QCOMPARE(o.events.size(), 3);
        QCOMPARE(finalOf(s, SystemId::Vis).status, SystemStatus::Error);
        QCOMPARE(finalOf(s, SystemId::Sis).status, SystemStatus::NoHit);
    }

    void lineWithoutSearchIdIsRejected()
    {
        SearchStream s = stream();
        QJsonObject o = json::encode(answer(SystemId::Sis));
        o.remove(QStringLiteral("searchId"));
        bd::testsupport::expectRejectedAnswerLine(QStringLiteral("answer failed the schema check (searchId: missing)"));
        const auto out = s.feed(json::toNdjsonLine(o));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().status, SystemStatus::Error);
        QVERIFY2(out.first().detail.contains(QLatin1String("searchId: missing")), qPrintable(out.first().detail));
    }

    void differentSecondAnswerIsAConflict_data()
    {
        QTest::addColumn<SystemEvent>("first");
        QTest::addColumn<SystemEvent>("second");
        QTest::newRow("no-hit then hit") << answer(SystemId::Sis) << answer(SystemId::Sis, SystemStatus::Hit);
        QTest::newRow("hit then no-hit") << answer(SystemId::Sis, SystemStatus::Hit) << answer(SystemId::Sis);
        QTest::newRow("hit with other records") << answer(SystemId::Sis,
            SystemStatus::Hit) << answer(SystemId::Sis, SystemStatus::Hit, kSearch, QStringLiteral("rec-2"));
        QTest::newRow("no-hit then unavailable")
            << answer(SystemId::Sis) << answer(SystemId::Sis, SystemStatus::Unavailable);
    }
    void differentSecondAnswerIsAConflict()
    {
        QFETCH(SystemEvent, first);
        QFETCH(SystemEvent, second);
        SearchStream s = stream();
        QCOMPARE(s.feed(line(first)).size(), 1);
        bd::testsupport::expectConflictingAnswers(SystemId::Sis); // once: later lines of SIS are not trusted
        const auto out = s.feed(line(second));
        QCOMPARE(out.size(), 1); // shown at once: the chip must not keep the first answer
        QCOMPARE(out.first().system, SystemId::Sis);
        QCOMPARE(out.first().status, SystemStatus::Error);
        QCOMPARE(out.first().detail, QStringLiteral("conflicting answers from this system"));
        QCOMPARE(out.first().searchId, kSearch);
        QVERIFY(out.first().hits.isEmpty());
        // It stays an error, whatever comes later.
        QVERIFY(s.feed(line(first)).isEmpty());
        QVERIFY(s.feed(line(second)).isEmpty());
        QCOMPARE(s.expirePending(8000).size(), 2);
        QVERIFY(s.feed(line(answer(SystemId::Sis, SystemStatus::Hit, kSearch, QStringLiteral("rec-3")))).isEmpty());
        s.feed(summaryLine());
        s.endOfStream();
        QCOMPARE(finalOf(s, SystemId::Sis).status, SystemStatus::Error);
        QCOMPARE(finalOf(s, SystemId::Sis).detail, QStringLiteral("conflicting answers from this system"));
        QCOMPARE(s.finalEvents().size(), 3);
    }

    void identicalRepeatChangesNothing_data()
    {
        QTest::addColumn<SystemEvent>("event");
        QTest::newRow("no-hit") << answer(SystemId::Vis);
        QTest::newRow("hit") << answer(SystemId::Vis, SystemStatus::Hit);
        QTest::newRow("unavailable") << answer(SystemId::Vis, SystemStatus::Unavailable);
    }
    void identicalRepeatChangesNothing()
    {
        QFETCH(SystemEvent, event);
        SearchStream s = stream();
        QCOMPARE(s.feed(line(event)).size(), 1);
        QVERIFY(s.feed(line(event)).isEmpty());
        SystemEvent slower = event;
        slower.latencyMs += 40; // the same answer, measured again
        QVERIFY(s.feed(line(slower)).isEmpty());
        QCOMPARE(finalOf(s, SystemId::Vis), event);
        QVERIFY(!s.streamError());
    }

    void lateAnswerReplacesTheDeadlineStatus()
    {
        SearchStream s = stream();
        s.feed(QByteArray(line(answer(SystemId::Sis)) + line(answer(SystemId::Vis))));
        const auto expired = s.expirePending(8000);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired.first().system, SystemId::Ees);
        QCOMPARE(expired.first().status, SystemStatus::Timeout);
        QCOMPARE(expired.first().searchId, kSearch);

        const SystemEvent late = answer(SystemId::Ees, SystemStatus::Hit);
        const auto out = s.feed(line(late));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first(), late);
        QCOMPARE(finalOf(s, SystemId::Ees), late);
        // The late answer is a real answer now: a repeat changes nothing, a different one conflicts.
        QVERIFY(s.feed(line(late)).isEmpty());
        bd::testsupport::expectConflictingAnswers(SystemId::Ees);
        const auto conflict = s.feed(line(answer(SystemId::Ees)));
        QCOMPARE(conflict.size(), 1);
        QCOMPARE(conflict.first().status, SystemStatus::Error);
        s.feed(summaryLine());
        s.endOfStream();
        QVERIFY(s.outcome(std::nullopt).ok());
    }

    void anUnreadableLineIsBlamedOnlyWhereItCanBe()
    {
        const QString reason = QStringLiteral("unreadable answer line (not valid JSON at offset 1: illegal value)");
        // Two systems without an answer at the deadline: each is a timeout, with the doubt said.
        SearchStream two = stream(); // expects SIS, VIS, EES
        two.feed(line(answer(SystemId::Sis)));
        bd::testsupport::expectRejectedAnswerLine(reason);
        two.feed(QByteArrayLiteral("\x01garbage\n"));
        const auto expired = two.expirePending(800);
        QCOMPARE(expired.size(), 2);
        for (const SystemEvent& e : expired) {
            QCOMPARE(e.status, SystemStatus::Timeout);
            QCOMPARE(e.detail,
                QStringLiteral("no answer within 800 ms; a line that could not be read may have been its answer (")
                    + reason + QLatin1Char(')'));
        }
        // One answers late: the other is the one the unreadable line belonged to.
        two.feed(line(answer(SystemId::Vis)));
        const auto outcome = two.outcome(std::nullopt);
        for (const SystemEvent& e : outcome.events)
            if (e.system == SystemId::Ees) {
                QCOMPARE(e.status, SystemStatus::Error);
                QCOMPARE(e.detail, reason);
            }

        // One system still to answer: the unreadable line was its answer, shown as error at once.
        SearchStream one = stream();
        one.feed(QByteArray(line(answer(SystemId::Sis)) + line(answer(SystemId::Vis))));
        bd::testsupport::expectRejectedAnswerLine(reason);
        const auto now = one.feed(QByteArrayLiteral("\x01garbage\n"));
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().system, SystemId::Ees);
        QCOMPARE(now.first().status, SystemStatus::Error);
        QCOMPARE(now.first().detail, reason);
        QVERIFY(one.expirePending(800).isEmpty()); // nothing left waiting for the deadline
        QCOMPARE(one.outcome(std::nullopt).events.last().status, SystemStatus::Error);

        // ... unless its real answer still comes: then that counts, and the stream stays in doubt.
        SearchStream later = stream();
        later.feed(QByteArray(line(answer(SystemId::Sis)) + line(answer(SystemId::Vis))));
        bd::testsupport::expectRejectedAnswerLine(reason);
        later.feed(QByteArrayLiteral("\x01garbage\n"));
        const auto real = later.feed(line(answer(SystemId::Ees, SystemStatus::Hit)));
        QCOMPARE(real.size(), 1);
        QCOMPARE(real.first().status, SystemStatus::Hit);
        later.feed(summaryLine());
        later.endOfStream();
        const auto outcome2 = later.outcome(std::nullopt);
        QCOMPARE(outcome2.events.last().status, SystemStatus::Hit);
        QVERIFY(outcome2.error.has_value()); // the unreadable line is still unexplained
    }

    void eventsTheClientMakesUpCarryTheSearchId()
    {
        SearchStream ended = stream();
        ended.feed(QByteArray(line(answer(SystemId::Sis)) + summaryLine()));
        SearchStream failed = stream();
        SearchStream broken = stream();
        QList<SystemEvent> all = ended.endOfStream();
        all += failed.failPending(QStringLiteral("cancelled"));
        bd::testsupport::expectRejectedAnswerLine(
            QStringLiteral("unreadable answer line (not valid JSON at offset 18: unterminated object)"));
        all += broken.feed(QByteArrayLiteral("{\"system\":\"vis\", oops\n"));
        all += broken.expirePending(10);
        QCOMPARE(all.size(), 2 + 3 + 1 + 2);
        for (const SystemEvent& e : all)
            QCOMPARE(e.searchId, kSearch);
    }
};

QTEST_APPLESS_MAIN(TestSearchStream)
#include "TestSearchStream.moc"
