#pragma once

// The HttpsGatewayClient tests' fakes: a QNetworkAccessManager whose replies the test scripts byte by
// byte (errors, endings), timers on a clock the test moves by hand, and the requests, answers and
// configuration they share. Nothing opens a socket or waits for real time.
#include "services/gateway/GatewayClient.h"
#include "services/gateway/GatewayJson.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestHygiene.h"

#include <QFileDevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

namespace bd::testsupport::fakegateway {

using namespace bd::gateway;
using namespace bd::model;

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
    void install(HttpsGatewayClient& client) { client.setTimerSource(source()); }
    // For anything else with the same injectable timers (ConnectivityMonitor).
    HttpsGatewayClient::TimerSource source()
    {
        return [this](int ms, QObject* context, std::function<void()> f) {
            m_timers.append(Timer { m_now + ms, m_sequence++, context, std::move(f) });
        };
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

inline QByteArray line(const QJsonObject& o)
{
    return json::toNdjsonLine(o);
}

inline SystemEvent answer(SystemId s, SystemStatus status = SystemStatus::NoHit)
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

inline SearchSummary summaryFor(const QString& id)
{
    SearchSummary s;
    s.searchId = id;
    s.answered = { SystemId::Sis, SystemId::Vis, SystemId::Ees };
    return s;
}

inline SearchRequest request()
{
    SearchRequest r;
    r.searchId = QStringLiteral("search-1");
    r.officerId = QStringLiteral("officer-1");
    r.document = { QStringLiteral("P"), QStringLiteral("UTO"), QStringLiteral("L898902C3"), QDate(2030, 4, 15) };
    r.systems = { SystemId::Sis, SystemId::Vis, SystemId::Ees };
    return r;
}

inline RecordSubmission recordFor(const QString& key)
{
    RecordSubmission record;
    record.idempotencyKey = key;
    record.kind = QStringLiteral("decision");
    record.searchId = QStringLiteral("search-1");
    record.officerId = QStringLiteral("officer-1");
    record.at = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);
    record.decision = Decision::Admit;
    return record;
}

inline QFileDevice::Permissions unixPermissions(int mode)
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

inline GatewayClientConfig config()
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
inline bool waitForRequests(FakeNetwork& net, int n)
{
    return QTest::qWaitFor([&]() { return net.replies.size() >= n; }, 5000);
}

// Result<T> has no default constructor, so QVariant::value() cannot be used.
template <typename T> bd::core::Result<T> resultOf(const QSignalSpy& spy)
{
    return *static_cast<const bd::core::Result<T>*>(spy.first().at(0).constData());
}

inline QList<SystemEvent> eventsOf(const QSignalSpy& spy)
{
    QList<SystemEvent> out;
    for (const auto& args : spy)
        out.append(args.at(0).value<SystemEvent>());
    return out;
}

// The value types the client's signals carry, for QSignalSpy.
inline void registerClientTypes()
{
    qRegisterMetaType<SystemEvent>();
    qRegisterMetaType<SearchOutcome>();
    qRegisterMetaType<bd::core::Result<RecordReceipt>>();
    qRegisterMetaType<bd::core::Result<HealthReport>>();
    qRegisterMetaType<bd::core::Result<HotlistDelta>>();
}

// The setup the four HttpsGatewayClient test classes share, spelt once. Qt Test runs only the slots
// of the class it is given, so each class's initTestCase() and init() call these and nothing else.
// Once per class: no unannounced warning, the signals' types registered, the test certificates there.
inline void initClientTestCase()
{
    bd::testsupport::failOnAnyWarning();
    registerClientTypes();
    QVERIFY(bd::testsupport::testCertificates().complete());
}

// Once per test function (and data row): no unannounced warning, timers that never fired.
inline void initClientTest(ManualTimers& timers)
{
    bd::testsupport::failOnAnyWarning();
    timers = ManualTimers();
}

} // namespace bd::testsupport::fakegateway
