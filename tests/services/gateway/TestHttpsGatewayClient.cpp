// HttpsGatewayClient's search stream against a fake network (FakeGatewayNetwork.h): every system's
// answer shown as it arrives, deadlines, answers that do not belong, broken and oversized streams,
// cancelling, and a search that is never sent twice. Configuration and TLS:
// TestHttpsGatewayClientConfig; errors and retries: TestHttpsGatewayClientErrors; lifetime:
// TestHttpsGatewayClientLifetime.
#include "services/gateway/GatewayErrors.h"
#include "services/gateway/GatewayJson.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "tests/services/gateway/FakeGatewayNetwork.h"
#include "tests/support/ExpectedWarnings.h"
#include "tests/support/TestCertificates.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd::gateway;
using namespace bd::model;
using namespace bd::testsupport::fakegateway;

class TestHttpsGatewayClient : public QObject
{
    Q_OBJECT
    ManualTimers m_timers;

private slots:
    void initTestCase() { initClientTestCase(); }
    void init() { initClientTest(m_timers); }

    void streamsEachSystemAsItArrives()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        QCOMPARE(net.sent.first().path, QStringLiteral("/v1/search"));
        const auto sentRequest = json::decodeSearchRequest(QJsonDocument::fromJson(net.sent.first().body).object());
        QVERIFY2(sentRequest.ok(), qPrintable(sentRequest.ok() ? QString() : sentRequest.error().detail));
        QCOMPARE(*sentRequest, request());

        reply->respond(200);
        const QByteArray vis = line(json::encode(answer(SystemId::Vis)));
        reply->push(vis.left(10)); // half a line: nothing yet
        QCOMPARE(answered.size(), 0);
        reply->push(vis.mid(10));
        QCOMPARE(answered.size(), 1); // at once, no event-loop turn needed
        QCOMPARE(eventsOf(answered).first().system, SystemId::Vis);
        reply->push(line(json::encode(answer(SystemId::Sis))) + line(json::encode(answer(SystemId::Ees))));
        QCOMPARE(answered.size(), 3);
        reply->push(line(json::encode(summaryFor(QStringLiteral("search-1")))));
        reply->end();
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.events.size(), 3);
    }

    void slowSystemBecomesTimeoutWhileOthersAreShown()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.systemDeadlineMs = 30;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(200);
        reply->push(line(json::encode(answer(SystemId::Sis))) + line(json::encode(answer(SystemId::Vis))));
        QCOMPARE(answered.size(), 2);
        m_timers.advance(29);
        QCOMPARE(answered.size(), 2);
        m_timers.advance(1); // the deadline, not an answer
        QCOMPARE(answered.size(), 3);
        const SystemEvent late = eventsOf(answered).last();
        QCOMPARE(late.system, SystemId::Ees);
        QCOMPARE(late.status, SystemStatus::Timeout);
        // The search ends at that deadline: the stalled system does not hold the others' verdict.
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QVERIFY(outcome.error.has_value());
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.timeout"));
        QVERIFY2(outcome.error->detail.contains(QStringLiteral("ees")), qPrintable(outcome.error->detail));
        QVERIFY(!outcome.summary.has_value()); // never came: the result is incomplete, never "admit"
        QCOMPARE(outcome.events.size(), 3);
        QCOMPARE(outcome.events[0].status, SystemStatus::NoHit);
        QCOMPARE(outcome.events[1].status, SystemStatus::NoHit);
        QCOMPARE(outcome.events[2].status, SystemStatus::Timeout);
        QCOMPARE(reply->aborts, 1); // nothing more is read from the stalled stream
    }

    void searchThatHadEverythingEndsNormallyAtTheDeadline()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.systemDeadlineMs = 30;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(200);
        reply->push(line(json::encode(answer(SystemId::Sis))) + line(json::encode(answer(SystemId::Vis)))
            + line(json::encode(answer(SystemId::Ees))) + line(json::encode(summaryFor(QStringLiteral("search-1")))));
        QCOMPARE(done.size(), 0); // the gateway has not closed the stream yet
        m_timers.advance(30);
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->detail : QString()));
        QVERIFY(outcome.summary.has_value());
    }

    void answerOfAnotherSearchFailsTheSearch()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(200);
        SystemEvent foreign = answer(SystemId::Vis);
        foreign.searchId = QStringLiteral("search-2");
        bd::testsupport::expectAnswerOfAnotherSearch();
        reply->push(line(json::encode(answer(SystemId::Sis))) + line(json::encode(foreign)));
        QCOMPARE(answered.size(), 2);
        QCOMPARE(eventsOf(answered).last().status, SystemStatus::Error);
        QCOMPARE(eventsOf(answered).last().detail, QStringLiteral("answer belongs to another search"));
        reply->push(line(json::encode(answer(SystemId::Vis))) + line(json::encode(answer(SystemId::Ees))));
        QCOMPARE(answered.size(), 3); // VIS's own no-hit no longer counts
        reply->push(line(json::encode(summaryFor(QStringLiteral("search-1")))));
        reply->end();
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.schema"));
        QCOMPARE(outcome.events.size(), 3);
        QCOMPARE(outcome.events[1].system, SystemId::Vis);
        QCOMPARE(outcome.events[1].status, SystemStatus::Error);
    }

    void conflictingAnswersEndAsError()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(200);
        reply->push(line(json::encode(answer(SystemId::Sis))));
        reply->push(line(json::encode(answer(SystemId::Sis)))); // an identical repeat: nothing new
        QCOMPARE(answered.size(), 1);
        bd::testsupport::expectConflictingAnswers(SystemId::Sis);
        reply->push(line(json::encode(answer(SystemId::Sis, SystemStatus::Hit)))); // no-hit, then hit
        QCOMPARE(answered.size(), 2);
        QCOMPARE(eventsOf(answered).last().status, SystemStatus::Error);
        QCOMPARE(eventsOf(answered).last().detail, QStringLiteral("conflicting answers from this system"));
        reply->push(line(json::encode(answer(SystemId::Sis))) + line(json::encode(answer(SystemId::Vis)))
            + line(json::encode(answer(SystemId::Ees))));
        reply->push(line(json::encode(summaryFor(QStringLiteral("search-1")))));
        reply->end();
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.events.size(), 3);
        QCOMPARE(outcome.events[0].system, SystemId::Sis);
        QCOMPARE(outcome.events[0].status, SystemStatus::Error); // never the first no-hit
        QCOMPARE(outcome.events[1].status, SystemStatus::NoHit);
    }

    void hangingSearchEndsAtThePerSystemDeadline()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.systemDeadlineMs = 20;
        c.searchDeadlineMs = 40;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        net.replies.first()->respond(200);
        net.replies.first()->push(line(json::encode(answer(SystemId::Sis))));
        m_timers.advance(19);
        QCOMPARE(answered.size(), 1);
        QCOMPARE(done.size(), 0);
        m_timers.advance(1); // the per-system deadline ends the search, not the later search limit
        QCOMPARE(answered.size(), 3);
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.timeout"));
        QCOMPARE(outcome.events.size(), 3);
        QCOMPARE(outcome.events[0].status, SystemStatus::NoHit);
        QCOMPARE(outcome.events[1].status, SystemStatus::Timeout);
        QCOMPARE(outcome.events[2].status, SystemStatus::Timeout);
        QCOMPARE(net.replies.first()->aborts, 1);
    }

    void badLinesGivePreciseErrorsAndTheStreamGoesOn_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("detailContains");
        QTest::addColumn<bool>("attributed"); // the line names VIS
        QTest::addColumn<QString>("warning"); // why the client's stream reader rejects the line
        QJsonObject wrongStatus = json::encode(answer(SystemId::Vis));
        wrongStatus.insert(QStringLiteral("status"), QStringLiteral("maybe"));
        QTest::newRow("schema") << json::toNdjsonLine(wrongStatus) << "schema" << true
                                << "answer failed the schema check (status: unknown value 'maybe')";
        QTest::newRow("not json, names vis")
            << QByteArray("{\"system\":\"vis\", oops\n") << "unreadable" << true
            << "unreadable answer line (not valid JSON at offset 18: unterminated object)";
        QTest::newRow("garbage") << QByteArray("\x01\x02 garbage \xff\n") << "unreadable" << false
                                 << "unreadable answer line (not valid JSON at offset 1: illegal value)";
        QTest::newRow("oversized") << QByteArray(5000, 'x') + '\n'
                                   << "longer than" << false << "answer line longer than 4096 bytes";
        QJsonObject pending = json::encode(answer(SystemId::Vis));
        pending.insert(QStringLiteral("status"), QStringLiteral("pending"));
        QTest::newRow("pending") << json::toNdjsonLine(pending) << "pending" << true
                                 << "answer failed the schema check (status: 'pending' is not an answer)";
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"gossip\",\"system\":\"vis\"}\n") << "unknown type"
                                      << true << "answer line of unknown type";
    }

    void badLinesGivePreciseErrorsAndTheStreamGoesOn()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, detailContains);
        QFETCH(bool, attributed);
        QFETCH(QString, warning);
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(200);
        reply->push(line(json::encode(answer(SystemId::Sis))));
        bd::testsupport::expectRejectedAnswerLine(warning);
        // Oversized lines arrive in pieces.
        for (qsizetype i = 0; i < bad.size(); i += 1000)
            reply->push(bad.mid(i, 1000));
        QCOMPARE(answered.size(), attributed ? 2 : 1);
        reply->push(line(json::encode(answer(SystemId::Ees))));
        reply->push(line(json::encode(summaryFor(QStringLiteral("search-1")))));
        reply->end();
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        // A line that names its system spoils only that system; a line nobody can attribute might
        // have been any system's answer, so the stream as a whole is no longer trusted.
        QCOMPARE(outcome.ok(), attributed);
        if (!attributed)
            QCOMPARE(outcome.error->code, QStringLiteral("gateway.malformed"));
        const auto vis = std::find_if(outcome.events.cbegin(), outcome.events.cend(),
            [](const SystemEvent& e) { return e.system == SystemId::Vis; });
        QVERIFY(vis != outcome.events.cend());
        QCOMPARE(vis->status, SystemStatus::Error);
        QVERIFY2(vis->detail.contains(detailContains), qPrintable(vis->detail));
        for (const SystemEvent& e : outcome.events)
            if (e.system != SystemId::Vis)
                QCOMPARE(e.status, SystemStatus::NoHit);
    }

    void truncatedStreamEndsPendingSystemsWithError()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(200);
        reply->push(line(json::encode(answer(SystemId::Sis))));
        reply->push(line(json::encode(answer(SystemId::Vis))).left(25));
        bd::testsupport::expectRejectedAnswerLine(QStringLiteral("answer truncated: the stream ended inside a line"));
        reply->end();
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.malformed"));
        QCOMPARE(outcome.events[1].system, SystemId::Vis);
        QCOMPARE(outcome.events[1].status, SystemStatus::Error);
        QVERIFY2(outcome.events[1].detail.contains(QLatin1String("truncated")), qPrintable(outcome.events[1].detail));
        QCOMPARE(outcome.events[2].status, SystemStatus::Error);
    }

    void oversizedResponseIsAborted()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.maxResponseBytes = 2000;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(200);
        reply->push(line(json::encode(answer(SystemId::Sis))));
        for (int i = 0; i < 10 && done.isEmpty(); ++i)
            reply->push(QByteArray(500, ' '));
        QCOMPARE(done.size(), 1);
        QCOMPARE(reply->aborts, 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.tooLarge"));
        QCOMPARE(outcome.events[0].status, SystemStatus::NoHit);
        QCOMPARE(outcome.events[1].status, SystemStatus::Error);
    }

    void cancelStopsTheSearch()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        net.replies.first()->respond(200);
        net.replies.first()->push(line(json::encode(answer(SystemId::Sis))));
        h->cancel();
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(outcome.events.size(), 3);
        QCOMPARE(outcome.events[2].status, SystemStatus::Error);
        h->cancel(); // harmless after finished
        QCOMPARE(done.size(), 1);
    }

    void cancelWhileTheModeIsUncheckedAbortsTheSearch()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.requireHealthCheck = true;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QCOMPARE(net.sent.first().path, QStringLiteral("/v1/search")); // at once, not after the mode check
        QPointer<FakeReply> reply = net.replies.first();
        h->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, QStringLiteral("gateway.cancelled"));
        QVERIFY(!reply || reply->aborts == 1);
    }

    void searchIsNeverRetried()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        net.replies.first()->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, QStringLiteral("gateway.unreachable"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the finished search goes
        QCOMPARE(m_timers.pending(), 0); // no retry (nor deadline) left to fire
        m_timers.advance(60000);
        QCoreApplication::processEvents();
        QCOMPARE(net.sent.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpsGatewayClient)
#include "TestHttpsGatewayClient.moc"
