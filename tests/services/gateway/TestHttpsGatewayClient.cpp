// HttpsGatewayClient against a fake QNetworkAccessManager: every reply is scripted by the test
// (bytes pushed, errors, endings), so the tests are deterministic and never open a socket.
#include "services/gateway/GatewayErrors.h"
#include "services/gateway/GatewayJson.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "tests/support/TestCertificates.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd::gateway;

namespace {

class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request, QObject* parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    void respond(int status)
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        emit metaDataChanged();
    }
    void push(const QByteArray& bytes)
    {
        m_data += bytes;
        emit readyRead();
    }
    void end()
    {
        if (isFinished())
            return;
        setFinished(true);
        emit finished();
    }
    void fail(NetworkError e, const QString& text)
    {
        if (isFinished())
            return;
        setError(e, text);
        emit errorOccurred(e);
        setFinished(true);
        emit finished();
    }
    void emitSslErrors(const QList<QSslError>& errors) { emit sslErrors(errors); }
    void abort() override
    {
        ++aborts;
        fail(OperationCanceledError, QStringLiteral("Operation canceled"));
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }
    int aborts = 0;

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
        std::memcpy(out, m_data.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

class FakeNetwork : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QString path;
        QByteArray verb;
        QByteArray body;
        QNetworkRequest request;
    };
    QList<QPointer<FakeReply>> replies;
    QList<Sent> sent;
    std::function<void(FakeReply*, const Sent&)> onRequest; // auto-answer (e.g. health)

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        auto* reply = new FakeReply(op, request, this);
        Sent s { request.url().path(), request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(),
            data ? data->readAll() : QByteArray(), request };
        if (s.verb.isEmpty())
            s.verb = op == PostOperation ? "POST" : "GET";
        sent.append(s);
        replies.append(reply);
        if (onRequest)
            QMetaObject::invokeMethod(
                this,
                [this, reply, s]() {
                    if (reply)
                        onRequest(reply, s);
                },
                Qt::QueuedConnection);
        return reply;
    }
};

// The client's deadlines and retry delays on a clock the test moves by hand: nothing here depends
// on real time. advance() fires the timers that fall due, each at its own time and in order.
class ManualTimers
{
public:
    void install(HttpsGatewayClient& client)
    {
        client.setTimerSource([this](int ms, QObject* context, std::function<void()> f) {
            m_timers.append(Timer { m_now + ms, m_sequence++, context, std::move(f) });
        });
    }
    qint64 now() const { return m_now; }
    // Timers still to fire (their context alive).
    int pending() const
    {
        return int(
            std::count_if(m_timers.cbegin(), m_timers.cend(), [](const Timer& t) { return !t.context.isNull(); }));
    }
    void advance(qint64 ms)
    {
        const qint64 until = m_now + ms;
        while (fireNext(until)) { }
        m_now = until;
    }
    // Lets queued work run; when nothing else can happen, moves the clock to the next timer.
    bool runUntil(const std::function<bool()>& done, int maxTimers = 100)
    {
        for (int i = 0; i <= maxTimers; ++i) {
            for (int k = 0; k < 10 && !done(); ++k)
                QCoreApplication::processEvents();
            if (done() || !fireNext(std::numeric_limits<qint64>::max()))
                return done();
        }
        return done();
    }

private:
    struct Timer
    {
        qint64 due;
        int sequence;
        QPointer<QObject> context;
        std::function<void()> f;
    };
    bool fireNext(qint64 until)
    {
        m_timers.removeIf([](const Timer& t) { return t.context.isNull(); });
        const auto next = std::min_element(m_timers.begin(), m_timers.end(),
            [](const Timer& a, const Timer& b) { return a.due != b.due ? a.due < b.due : a.sequence < b.sequence; });
        if (next == m_timers.end() || next->due > until)
            return false;
        const Timer t = *next;
        m_timers.erase(next);
        m_now = qMax(m_now, t.due);
        if (t.context)
            t.f();
        return true;
    }
    QList<Timer> m_timers;
    qint64 m_now = 0;
    int m_sequence = 0;
};

QByteArray line(const QJsonObject& o)
{
    return json::toNdjsonLine(o);
}

SystemEvent answer(SystemId s, SystemStatus status = SystemStatus::NoHit)
{
    SystemEvent e { QStringLiteral("search-1"), s, status, 12, {}, {} };
    if (status == SystemStatus::Hit) {
        Hit h;
        h.system = s;
        h.recordId = QStringLiteral("rec-1");
        h.other = SimpleHit { QStringLiteral("1"), { QStringLiteral("D") }, {} };
        e.hits = { h };
    }
    return e;
}

SearchSummary summaryFor(const QString& id)
{
    SearchSummary s;
    s.searchId = id;
    s.answered = { SystemId::Sis, SystemId::Vis, SystemId::Ees };
    return s;
}

SearchRequest request()
{
    SearchRequest r;
    r.searchId = QStringLiteral("search-1");
    r.officerId = QStringLiteral("officer-1");
    r.document = { QStringLiteral("P"), QStringLiteral("UTO"), QStringLiteral("L898902C3"), QDate(2030, 4, 15) };
    r.systems = { SystemId::Sis, SystemId::Vis, SystemId::Ees };
    return r;
}

RecordSubmission recordFor(const QString& key)
{
    RecordSubmission record;
    record.idempotencyKey = key;
    record.kind = QStringLiteral("decision");
    record.searchId = QStringLiteral("search-1");
    record.officerId = QStringLiteral("officer-1");
    record.at = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);
    record.decision = QStringLiteral("admit");
    return record;
}

QFileDevice::Permissions unixPermissions(int mode)
{
    QFileDevice::Permissions p;
    const std::pair<int, QFileDevice::Permission> bits[]
        = { { 0400, QFileDevice::ReadOwner }, { 0200, QFileDevice::WriteOwner }, { 0100, QFileDevice::ExeOwner },
              { 040, QFileDevice::ReadGroup }, { 020, QFileDevice::WriteGroup }, { 010, QFileDevice::ExeGroup },
              { 04, QFileDevice::ReadOther }, { 02, QFileDevice::WriteOther }, { 01, QFileDevice::ExeOther } };
    for (const auto& [bit, permission] : bits)
        if (mode & bit)
            p |= permission;
    return p;
}

GatewayClientConfig config()
{
    const auto& certs = bd::testsupport::testCertificates();
    GatewayClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("https://gateway.example:8443"));
    c.caFile = certs.caCertificate;
    c.certFile = certs.clientCertificate;
    c.keyFile = certs.clientKey;
    c.requireHealthCheck = false;
    c.retryBaseDelayMs = 1;
    c.maxLineBytes = 4096;
    c.maxResponseBytes = 64 * 1024;
    return c;
}

// Waits (event loop) until the network has `n` requests.
bool waitForRequests(FakeNetwork& net, int n)
{
    return QTest::qWaitFor([&]() { return net.replies.size() >= n; }, 5000);
}

// Result<T> has no default constructor, so QVariant::value() cannot be used.
template <typename T> bd::core::Result<T> resultOf(const QSignalSpy& spy)
{
    return *static_cast<const bd::core::Result<T>*>(spy.first().at(0).constData());
}

QList<SystemEvent> eventsOf(const QSignalSpy& spy)
{
    QList<SystemEvent> out;
    for (const auto& args : spy)
        out.append(args.at(0).value<SystemEvent>());
    return out;
}

} // namespace

class TestHttpsGatewayClient : public QObject
{
    Q_OBJECT
    ManualTimers m_timers;

private slots:
    void init() { m_timers = ManualTimers(); }

    void initTestCase()
    {
        qRegisterMetaType<SystemEvent>();
        qRegisterMetaType<SearchOutcome>();
        qRegisterMetaType<bd::core::Result<RecordReceipt>>();
        qRegisterMetaType<bd::core::Result<HealthReport>>();
        qRegisterMetaType<bd::core::Result<HotlistDelta>>();
        QVERIFY(bd::testsupport::testCertificates().complete());
    }

    void pinsTheCaAndPresentsTheClientCertificate()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        QVERIFY(!client.configError());
        const QNetworkRequest r = client.makeRequest(QStringLiteral("/v1/hotlist?since=4"));
        QCOMPARE(r.url().toString(), QStringLiteral("https://gateway.example:8443/v1/hotlist?since=4"));
        const QSslConfiguration ssl = r.sslConfiguration();
        QCOMPARE(ssl.caCertificates().size(), 1); // the pinned CA only, no system store
        QCOMPARE(ssl.caCertificates().first(),
            QSslCertificate::fromPath(bd::testsupport::testCertificates().caCertificate).first());
        QVERIFY(!ssl.localCertificate().isNull());
        QVERIFY(!ssl.privateKey().isNull());
        QCOMPARE(ssl.protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
        // ECDHE with AEAD (or TLS 1.3 suites) only
        QVERIFY(!ssl.ciphers().isEmpty());
        QStringList names;
        for (const QSslCipher& cipher : ssl.ciphers()) {
            QVERIFY2(isAllowedTlsCipher(cipher), qPrintable(cipher.name()));
            names.append(cipher.name());
        }
        QVERIFY(names.contains(QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")));
        QVERIFY(names.contains(QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")));
        QVERIFY(names.contains(QStringLiteral("TLS_AES_128_GCM_SHA256")));
        for (const char* weak : { "ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES128-SHA256", "AES128-GCM-SHA256",
                 "DHE-RSA-AES128-GCM-SHA256", "ECDHE-PSK-CHACHA20-POLY1305" })
            QVERIFY2(!names.contains(QLatin1String(weak)), weak);
        QCOMPARE(r.transferTimeout(), config().transferTimeoutMs);
    }

    void configIsCheckedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://gw.example" << int(GatewayMode::Live) << true;
        QTest::newRow("plain http") << "http://gw.example" << int(GatewayMode::Live) << false;
        QTest::newRow("demo loopback v4") << "https://127.0.0.1:9000" << int(GatewayMode::Demo) << true;
        QTest::newRow("demo localhost") << "https://localhost:9000" << int(GatewayMode::Demo) << true;
        QTest::newRow("demo loopback v6") << "https://[::1]:9000" << int(GatewayMode::Demo) << true;
        QTest::newRow("demo remote") << "https://gw.example" << int(GatewayMode::Demo) << false;
        QTest::newRow("demo lan") << "https://192.168.1.4" << int(GatewayMode::Demo) << false;
        QTest::newRow("training remote") << "https://trainer.local" << int(GatewayMode::Training) << true;
    }

    void configIsCheckedBeforeAnythingIsSent()
    {
        QFETCH(QString, url);
        QFETCH(int, mode);
        QFETCH(bool, ok);
        GatewayClientConfig c = config();
        c.baseUrl = QUrl(url);
        c.mode = static_cast<GatewayMode>(mode);
        const auto error = validateConfig(c);
        QCOMPARE(!error.has_value(), ok);
        if (!ok) {
            QCOMPARE(error->code, QStringLiteral("gateway.config"));
            FakeNetwork net;
            HttpsGatewayClient client(net, c);
            m_timers.install(client);
            std::unique_ptr<SearchHandle> h(client.search(request()));
            QSignalSpy done(h.get(), &SearchHandle::finished);
            QVERIFY(done.wait(2000));
            QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, QStringLiteral("gateway.config"));
            QVERIFY(net.sent.isEmpty());
        }
    }

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
        QCOMPARE(done.size(), 0); // the search goes on: a late answer still replaces the timeout
        reply->push(line(json::encode(answer(SystemId::Ees, SystemStatus::Hit))));
        QCOMPARE(eventsOf(answered).last().status, SystemStatus::Hit);
        reply->push(line(json::encode(summaryFor(QStringLiteral("search-1")))));
        reply->end();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).value<SearchOutcome>().events.last().status, SystemStatus::Hit);
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

    void hangingSearchIsAbandonedAtItsDeadline()
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
        m_timers.advance(39);
        QCOMPARE(answered.size(), 3); // VIS and EES timed out at 20 ms, the search goes on
        QCOMPARE(done.size(), 0);
        m_timers.advance(1);
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
        QJsonObject wrongStatus = json::encode(answer(SystemId::Vis));
        wrongStatus.insert(QStringLiteral("status"), QStringLiteral("maybe"));
        QTest::newRow("schema") << json::toNdjsonLine(wrongStatus) << "schema" << true;
        QTest::newRow("not json, names vis") << QByteArray("{\"system\":\"vis\", oops\n") << "unreadable" << true;
        QTest::newRow("garbage") << QByteArray("\x01\x02 garbage \xff\n") << "unreadable" << false;
        QTest::newRow("oversized") << QByteArray(5000, 'x') + '\n' << "longer than" << false;
        QJsonObject pending = json::encode(answer(SystemId::Vis));
        pending.insert(QStringLiteral("status"), QStringLiteral("pending"));
        QTest::newRow("pending") << json::toNdjsonLine(pending) << "pending" << true;
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"gossip\",\"system\":\"vis\"}\n") << "unknown type"
                                      << true;
    }

    void badLinesGivePreciseErrorsAndTheStreamGoesOn()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, detailContains);
        QFETCH(bool, attributed);
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

    void cancelBeforeSendingSendsNothing()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.requireHealthCheck = true;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        h->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, QStringLiteral("gateway.cancelled"));
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

    void httpErrorsAreMappedOnce_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("400") << 400 << QByteArray(R"({"error":{"code":"schema","message":"bad"}})") << "gateway.schema";
        QTest::newRow("401") << 401 << QByteArray() << "gateway.clientCertificateRejected";
        QTest::newRow("403") << 403 << QByteArray() << "gateway.clientCertificateRejected";
        QTest::newRow("413") << 413 << QByteArray() << "gateway.tooLarge";
        QTest::newRow("500") << 500 << QByteArray("not json") << "gateway.http";
    }

    void httpErrorsAreMappedOnce()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(status);
        reply->push(body);
        reply->fail(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, code);
        QCOMPARE(outcome.error->context.value(QStringLiteral("status")).toInt(), status);
        for (const SystemEvent& e : outcome.events)
            QCOMPARE(e.status, SystemStatus::Error);
    }

    void networkErrorsAreMappedOnce_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("sslVerificationFailed");
        QTest::addColumn<bool>("withClientCertificate");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QString some = QStringLiteral("some failure");
        const int handshake = int(QNetworkReply::SslHandshakeFailedError);
        QTest::newRow("untrusted server") << handshake << true << true << some << "gateway.untrustedServer";
        QTest::newRow("handshake, no client cert")
            << handshake << false << false << some << "gateway.clientCertificateRejected";
        QTest::newRow("closed, no client cert") << int(QNetworkReply::RemoteHostClosedError) << false << false << some
                                                << "gateway.clientCertificateRejected";
        QTest::newRow("handshake") << handshake << false << true << some << "gateway.tls";
        QTest::newRow("rejected certificate")
            << handshake << false << true << "error:0A000418:SSL routines::tlsv1 alert unknown ca"
            << "gateway.clientCertificateRejected";
        QTest::newRow("no shared cipher")
            << handshake << false << true << "error:0A000410:SSL routines::sslv3 alert handshake failure"
            << "gateway.tls";
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << true << some
                                 << "gateway.unreachable";
        QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << false << true << some
                                        << "gateway.unreachable";
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << false << true << some << "gateway.timeout";
    }

    void networkErrorsAreMappedOnce()
    {
        QFETCH(int, error);
        QFETCH(bool, sslVerificationFailed);
        QFETCH(bool, withClientCertificate);
        QFETCH(QString, text);
        QFETCH(QString, code);
        ReplyFacts f;
        f.networkError = static_cast<QNetworkReply::NetworkError>(error);
        f.networkErrorText = text;
        f.clientCertificateConfigured = withClientCertificate;
        if (sslVerificationFailed)
            f.sslErrors = { QSslError(QSslError::CertificateUntrusted) };
        const auto mapped = mapReplyError(f);
        QVERIFY(mapped.has_value());
        QCOMPARE(mapped->code, code);
        QVERIFY(!mapped->detail.isEmpty());
    }

    void idempotentRecordIsRetriedWithTheSameKey()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        RecordSubmission record;
        record.idempotencyKey = QStringLiteral("key-1");
        record.kind = QStringLiteral("decision");
        record.searchId = QStringLiteral("search-1");
        record.officerId = QStringLiteral("officer-1");
        record.at = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);
        record.decision = QStringLiteral("admit");
        int calls = 0;
        QList<qint64> sentAt;
        net.onRequest = [&](FakeReply* reply, const FakeNetwork::Sent&) {
            sentAt.append(m_timers.now());
            if (++calls < 3) {
                reply->respond(503);
                reply->fail(QNetworkReply::ServiceUnavailableError, QStringLiteral("busy"));
                return;
            }
            reply->respond(201);
            reply->push(QJsonDocument(json::encode(RecordReceipt { QStringLiteral("rec-9"), false })).toJson());
            reply->end();
        };
        std::unique_ptr<RecordHandle> h(client.submitRecord(record));
        QSignalSpy done(h.get(), &RecordHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        const auto result = resultOf<RecordReceipt>(done);
        QVERIFY(result.ok());
        QCOMPARE(result->recordId, QStringLiteral("rec-9"));
        QCOMPARE(net.sent.size(), 3);
        QCOMPARE(sentAt, (QList<qint64> { 0, 1, 3 })); // backoff: base 1 ms, then 2 ms
        for (const auto& s : net.sent) {
            QCOMPARE(s.request.rawHeader("Idempotency-Key"), QByteArray("key-1"));
            QCOMPARE(s.body, net.sent.first().body);
        }
    }

    void retriesStopAtMaxAttemptsAndNeverOnClientErrors()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.maxAttempts = 3;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        net.onRequest = [](FakeReply* reply, const FakeNetwork::Sent&) {
            reply->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
        };
        std::unique_ptr<HotlistHandle> h(client.fetchHotlist(7));
        QSignalSpy done(h.get(), &HotlistHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        QCOMPARE(resultOf<HotlistDelta>(done).error().code, QStringLiteral("gateway.unreachable"));
        QCOMPARE(net.sent.size(), 3);
        QCOMPARE(net.sent.first().path, QStringLiteral("/v1/hotlist"));
        QCOMPARE(net.sent.first().request.url().query(), QStringLiteral("since=7"));

        FakeNetwork net2;
        HttpsGatewayClient client2(net2, c);
        m_timers.install(client2);
        net2.onRequest = [](FakeReply* reply, const FakeNetwork::Sent&) {
            reply->respond(409);
            reply->fail(QNetworkReply::ContentConflictError, QStringLiteral("conflict"));
        };
        RecordSubmission record;
        record.idempotencyKey = QStringLiteral("k");
        std::unique_ptr<RecordHandle> r(client2.submitRecord(record));
        QSignalSpy done2(r.get(), &RecordHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !done2.isEmpty(); }));
        const auto error = resultOf<RecordReceipt>(done2).error();
        QCOMPARE(error.code, QStringLiteral("gateway.http"));
        QCOMPARE(error.context.value(QStringLiteral("status")).toInt(), 409);
        QCOMPARE(net2.sent.size(), 1);
    }

    void malformedReceiptIsASchemaError()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        net.onRequest = [](FakeReply* reply, const FakeNetwork::Sent&) {
            reply->respond(200);
            reply->push(QByteArray(R"({"replayed":"yes"})"));
            reply->end();
        };
        RecordSubmission record;
        record.idempotencyKey = QStringLiteral("k");
        std::unique_ptr<RecordHandle> h(client.submitRecord(record));
        QSignalSpy done(h.get(), &RecordHandle::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(resultOf<RecordReceipt>(done).error().code, QStringLiteral("gateway.schema"));
    }

    void liveModeRefusesATrainingGateway_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("training");
        QTest::addColumn<QString>("code"); // empty: the search goes out
        QTest::newRow("live vs training") << int(GatewayMode::Live) << true << "gateway.trainingGatewayInLiveMode";
        QTest::newRow("live vs live") << int(GatewayMode::Live) << false << "";
        QTest::newRow("training vs live") << int(GatewayMode::Training) << false << "gateway.liveGatewayInTrainingMode";
        QTest::newRow("training vs training") << int(GatewayMode::Training) << true << "";
    }

    void liveModeRefusesATrainingGateway()
    {
        QFETCH(int, mode);
        QFETCH(bool, training);
        QFETCH(QString, code);
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.mode = static_cast<GatewayMode>(mode);
        c.requireHealthCheck = true;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        net.onRequest = [training](FakeReply* reply, const FakeNetwork::Sent& s) {
            if (s.path != QLatin1String("/v1/health"))
                return;
            HealthReport report { QStringLiteral("ok"), QStringLiteral("1"), training, {} };
            reply->respond(200);
            reply->push(QJsonDocument(json::encode(report)).toJson());
            reply->end();
        };
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        if (code.isEmpty()) {
            QVERIFY(waitForRequests(net, 2));
            QCOMPARE(net.sent[1].path, QStringLiteral("/v1/search"));
            h->cancel();
            return;
        }
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, code);
        QCOMPARE(net.sent.size(), 1); // only the health check went out
        std::unique_ptr<HealthHandle> health(client.checkHealth());
        QSignalSpy healthDone(health.get(), &HealthHandle::finished);
        QVERIFY(healthDone.wait(5000));
        QCOMPARE(resultOf<HealthReport>(healthDone).error().code, code);
    }

    // ---- lifetime: no callback on a client or handle that is gone ------------------------------

    void destroyingTheClientDuringTheHealthCheckFinishesEveryHandle()
    {
        FakeNetwork net; // never answers: the health check hangs
        GatewayClientConfig c = config();
        c.requireHealthCheck = true;
        auto client = std::make_unique<HttpsGatewayClient>(net, c);
        m_timers.install(*client);
        std::unique_ptr<SearchHandle> search(client->search(request()));
        std::unique_ptr<RecordHandle> record(client->submitRecord(recordFor(QStringLiteral("k-1"))));
        QSignalSpy searchDone(search.get(), &SearchHandle::finished);
        QSignalSpy recordDone(record.get(), &RecordHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        QCOMPARE(net.sent.first().path, QStringLiteral("/v1/health"));
        QPointer<FakeReply> health = net.replies.first();
        client.reset(); // the health reply's end must not reach the client being destroyed
        QVERIFY(health && health->aborts == 1);
        QCOMPARE(searchDone.size(), 1);
        const auto outcome = searchDone.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(outcome.events.size(), 3);
        QCOMPARE(recordDone.size(), 1);
        QCOMPARE(resultOf<RecordReceipt>(recordDone).error().code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(net.sent.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(net.sent.size(), 1);
    }

    void destroyingTheClientAbortsWhatIsInFlight()
    {
        FakeNetwork net;
        auto client = std::make_unique<HttpsGatewayClient>(net, config());
        m_timers.install(*client);
        std::unique_ptr<SearchHandle> search(client->search(request()));
        std::unique_ptr<HotlistHandle> hotlist(client->fetchHotlist(3));
        QSignalSpy answered(search.get(), &SearchHandle::systemAnswered);
        QSignalSpy searchDone(search.get(), &SearchHandle::finished);
        QSignalSpy hotlistDone(hotlist.get(), &HotlistHandle::finished);
        QVERIFY(waitForRequests(net, 2));
        net.replies.first()->respond(200);
        net.replies.first()->push(line(json::encode(answer(SystemId::Sis))));
        const QList<QPointer<FakeReply>> replies = net.replies;
        client.reset();
        for (const auto& reply : replies)
            QVERIFY(reply && reply->aborts == 1);
        QCOMPARE(searchDone.size(), 1);
        const auto outcome = searchDone.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(outcome.events[0].status, SystemStatus::NoHit);
        QCOMPARE(outcome.events[1].status, SystemStatus::Error);
        QCOMPARE(hotlistDone.size(), 1);
        QCOMPARE(resultOf<HotlistDelta>(hotlistDone).error().code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(m_timers.pending(), 0); // the deadlines went with their requests
        search->cancel(); // harmless: finished, and the client is gone
        hotlist->cancel();
    }

    void deletingTheClientFromAFinishedSlotIsSafe()
    {
        FakeNetwork net;
        auto* client = new HttpsGatewayClient(net, config());
        m_timers.install(*client);
        std::unique_ptr<SearchHandle> first(client->search(request()));
        std::unique_ptr<SearchHandle> second(client->search(request()));
        QSignalSpy secondDone(second.get(), &SearchHandle::finished);
        QPointer<HttpsGatewayClient> guard(client);
        connect(first.get(), &SearchHandle::finished, this, [&guard]() { delete guard.data(); });
        QVERIFY(waitForRequests(net, 2));
        net.replies.first()->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
        QVERIFY(guard.isNull());
        QCOMPARE(secondDone.size(), 1);
        QCOMPARE(secondDone.first().at(0).value<SearchOutcome>().error->code, QStringLiteral("gateway.cancelled"));
    }

    void deletingTheHandleWhileItIsToldIsSafe()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        auto* h = client.search(request());
        int answers = 0;
        connect(h, &SearchHandle::systemAnswered, this, [&answers, h]() {
            ++answers;
            delete h; // the caller may delete its handle at any time
        });
        QVERIFY(waitForRequests(net, 1));
        QPointer<FakeReply> reply = net.replies.first();
        reply->respond(200);
        reply->push(line(json::encode(answer(SystemId::Sis))) + line(json::encode(answer(SystemId::Vis))));
        QCOMPARE(answers, 1); // nothing more for a handle that is gone
        QVERIFY(!reply || reply->aborts == 1);
        m_timers.advance(60000); // its deadlines went with it
        QCOMPARE(m_timers.pending(), 0);
    }

    void aFinishedCallKeepsNothing()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        int calls = 0;
        net.onRequest = [&calls](FakeReply* reply, const FakeNetwork::Sent&) {
            if (++calls < 2) {
                reply->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
                return;
            }
            reply->respond(201);
            reply->push(QJsonDocument(json::encode(RecordReceipt { QStringLiteral("rec-1"), false })).toJson());
            reply->end();
        };
        std::unique_ptr<RecordHandle> h(client.submitRecord(recordFor(QStringLiteral("k-2"))));
        QSignalSpy done(h.get(), &RecordHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        QVERIFY(resultOf<RecordReceipt>(done).ok());
        QCOMPARE(net.sent.size(), 2);
        // The retry state (and with it the request body) is released once the call is over.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(client.findChildren<QObject*>(Qt::FindDirectChildrenOnly).isEmpty());
        QCOMPARE(m_timers.pending(), 0);
    }

    void cancellingARecordBeforeItIsSentSendsNothing()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.requireHealthCheck = true;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        std::unique_ptr<RecordHandle> h(client.submitRecord(recordFor(QStringLiteral("k-3"))));
        QSignalSpy done(h.get(), &RecordHandle::finished);
        h->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(resultOf<RecordReceipt>(done).error().code, QStringLiteral("gateway.cancelled"));
        QVERIFY(waitForRequests(net, 1)); // the health check goes on for later calls
        QCOMPARE(net.sent.size(), 1);
        QCOMPARE(net.sent.first().path, QStringLiteral("/v1/health"));
    }

    // ---- the client key -----------------------------------------------------------------------

    void fixtureKeysAreOwnerOnly()
    {
        const auto& certs = bd::testsupport::testCertificates();
        for (const QString& key : { certs.clientKey, certs.serverKey }) {
            const QFileDevice::Permissions p = QFileInfo(key).permissions();
            QVERIFY2(!(p
                         & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                             | QFileDevice::WriteOther)),
                qPrintable(key));
            QVERIFY(!checkPrivateKeyPermissions(key));
        }
    }

    void aKeyReadableByOthersIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("0600") << 0600 << "";
        QTest::newRow("0400") << 0400 << "";
        QTest::newRow("0644") << 0644 << "gateway.keyPermissions";
        QTest::newRow("0640") << 0640 << "gateway.keyPermissions";
        QTest::newRow("0604") << 0604 << "gateway.keyPermissions";
        QTest::newRow("0620") << 0620 << "gateway.keyPermissions";
    }

    void aKeyReadableByOthersIsRefused()
    {
        QFETCH(int, mode);
        QFETCH(QString, code);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(QStringLiteral("client.key"));
        QVERIFY(QFile::copy(bd::testsupport::testCertificates().clientKey, key));
        QVERIFY(QFile::setPermissions(key, unixPermissions(mode)));
        GatewayClientConfig c = config();
        c.keyFile = key;
        FakeNetwork net;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        if (code.isEmpty()) {
            QVERIFY2(
                !client.configError(), qPrintable(client.configError() ? client.configError()->detail : QString()));
            return;
        }
        QVERIFY(client.configError());
        QCOMPARE(client.configError()->code, code);
        QCOMPARE(client.configError()->detail,
            QStringLiteral("the client key %1 is %2 by group/others; chmod 600")
                .arg(key, mode & 044 ? QStringLiteral("readable") : QStringLiteral("accessible")));
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(done.wait(2000));
        QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, code);
        QVERIFY(net.sent.isEmpty());
    }

    void deletingTheHandleAbortsTheRequest()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        auto* h = client.search(request());
        QVERIFY(waitForRequests(net, 1));
        QPointer<FakeReply> reply = net.replies.first();
        delete h;
        QVERIFY(!reply || reply->aborts == 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpsGatewayClient)
#include "TestHttpsGatewayClient.moc"
