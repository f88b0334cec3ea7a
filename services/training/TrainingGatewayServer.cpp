#include "services/training/TrainingGatewayServer.h"

#include "services/core/LogCategories.h"
#include "services/gateway/GatewayClientConfig.h"
#include "services/gateway/GatewayJson.h"
#include "services/training/Population.h"
#include "services/training/ScenarioDeck.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace bd::training {

using namespace bd::gateway;

namespace {

constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
constexpr int kMaxConnections = 512;
constexpr int kHotlistMaxDeltaSpan = 8; // further behind than this: full replace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QJsonObject errorBody(const QString& code, const QString& message)
{
    return QJsonObject { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } };
}

bool isPoliceCategory(const QString& category)
{
    return category != QLatin1String("refusal-of-entry") && category != QLatin1String("return")
        && category != QLatin1String("object");
}

} // namespace

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// One HTTP/1.1 connection over TLS: parses requests one at a time (pipelined requests wait their
// turn), writes whole or chunked responses, keeps the connection alive until idle or asked to close.
class HttpConnection : public QObject
{
public:
    HttpConnection(QSslSocket* socket, TrainingGatewayServer* server, const GatewayConfig& config)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
        , m_maxBody(config.maxBodyBytes)
    {
        m_socket->setParent(this);
        m_idle.setSingleShot(true);
        m_idle.setInterval(config.idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            if (!m_busy)
                m_socket->disconnectFromHost();
        });
        connect(m_socket, &QSslSocket::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QSslSocket::disconnected, this, [this] { deleteLater(); });
        m_idle.start();
        if (m_socket->peerCertificate().isNull()) { // VerifyPeer makes this unreachable; kept as a second lock
            send(401,
                errorBody(QStringLiteral("gateway.unauthorised"), QStringLiteral("a client certificate is required")),
                {}, true);
            return;
        }
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
    }

    bool streaming() const { return m_streaming; }
    bool connected() const { return m_socket->state() == QAbstractSocket::ConnectedState; }

    void send(int status,
        const QJsonObject& body,
        const QList<std::pair<QByteArray, QByteArray>>& headers = {},
        bool close = false)
    {
        sendRaw(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), headers, close);
    }

    void sendRaw(int status,
        const QByteArray& type,
        const QByteArray& body,
        const QList<std::pair<QByteArray, QByteArray>>& headers,
        bool close)
    {
        QByteArray out = head(status, type, close || m_closeAfter);
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const auto& [k, v] : headers)
            out += k + ": " + v + "\r\n";
        out += "\r\n";
        out += body;
        m_out += out;
        finish(close || m_closeAfter);
    }

    void beginStream(int status, const QByteArray& type)
    {
        m_streaming = true;
        m_out += head(status, type, m_closeAfter) + "Transfer-Encoding: chunked\r\nCache-Control: no-store\r\n\r\n";
    }
    void writeChunk(const QByteArray& data)
    {
        if (data.isEmpty())
            return;
        m_out += QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
    }
    void endStream()
    {
        m_streaming = false;
        m_out += "0\r\n\r\n";
        finish(m_closeAfter);
    }
    // Closes the connection in the middle of a response (the "truncated" fault).
    void cut()
    {
        m_streaming = false;
        flush();
        m_socket->disconnectFromHost();
    }
    // Everything written since the last flush goes out in one TLS write.
    void flush()
    {
        if (!m_out.isEmpty())
            m_socket->write(m_out);
        m_out.clear();
    }

private:
    QByteArray head(int status, const QByteArray& type, bool close) const
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nContent-Type: " + type
            + "\r\nServer: borderdesk-gateway\r\nConnection: " + (close ? "close" : "keep-alive") + "\r\n";
    }

    void finish(bool close)
    {
        m_busy = false;
        if (close) {
            flush();
            m_socket->disconnectFromHost();
            return;
        }
        m_idle.start();
        if (!m_in.isEmpty())
            QMetaObject::invokeMethod(
                this, [this] { onReadyRead(); }, Qt::QueuedConnection);
    }

    void onReadyRead()
    {
        m_in += m_socket->readAll();
        if (m_busy || m_in.isEmpty())
            return;
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > kMaxHeaderBytes)
                fail(431, QStringLiteral("request header larger than 16 KiB"));
            return;
        }
        if (end > kMaxHeaderBytes) {
            fail(431, QStringLiteral("request header larger than 16 KiB"));
            return;
        }
        HttpRequest r;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
            fail(400, QStringLiteral("malformed request line"));
            return;
        }
        r.method = first[0];
        const qsizetype q = first[1].indexOf('?');
        r.path = q < 0 ? first[1] : first[1].left(q);
        r.query = q < 0 ? QByteArray() : first[1].mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0) {
                fail(400, QStringLiteral("malformed header line"));
                return;
            }
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        m_closeAfter = r.headers.value("connection").toLower() == "close" || first[2] == "HTTP/1.0";
        if (r.headers.contains("transfer-encoding")) {
            fail(411, QStringLiteral("chunked request bodies are not accepted; send Content-Length"));
            return;
        }
        bool ok = true;
        const qint64 length
            = r.headers.contains("content-length") ? r.headers.value("content-length").toLongLong(&ok) : 0;
        if (!ok || length < 0) {
            fail(400, QStringLiteral("bad Content-Length"));
            return;
        }
        if (length > m_maxBody) {
            fail(413, QStringLiteral("request body larger than %1 bytes").arg(m_maxBody));
            return;
        }
        if (m_in.size() < end + 4 + length)
            return; // wait for the rest of the body
        r.body = m_in.mid(end + 4, length);
        m_in.remove(0, end + 4 + length);
        m_busy = true;
        m_idle.stop();
        m_server->handle(this, r);
        flush();
    }

    void fail(int status, const QString& message)
    {
        m_in.clear();
        m_busy = true;
        send(status, errorBody(QStringLiteral("gateway.http"), message), {}, true);
    }

    QSslSocket* m_socket;
    TrainingGatewayServer* m_server;
    qsizetype m_maxBody;
    QByteArray m_in;
    QByteArray m_out;
    QTimer m_idle;
    bool m_busy = false;
    bool m_streaming = false;
    bool m_closeAfter = false;
};

// One streamed search: a timer per system, the events in the order they fire, then the summary.
class SearchSession : public QObject
{
public:
    SearchSession(HttpConnection* connection,
        TrainingGatewayServer* server,
        const SearchRequest& request,
        CaseFile c,
        const GatewayConfig& config)
        : QObject(connection)
        , m_connection(connection)
        , m_case(std::move(c))
        , m_profile(request.profile)
        , m_oversized(config.oversizedLineBytes)
    {
        m_clock.start();
        m_summary.searchId = request.searchId;
        QList<SystemId> systems;
        for (SystemId s : request.systems.isEmpty() ? allSystems() : request.systems) {
            if (!systems.contains(s))
                systems.append(s);
        }
        const QList<SystemId> allowed = profileSystems(request.profile);
        const auto faults = server->faults();
        const auto latency = server->latencies();
        QByteArray immediate;
        for (SystemId s : systems) {
            if (!allowed.contains(s)) {
                m_summary.withheld.append(s);
                immediate += systemLine(SystemEvent { {}, s, SystemStatus::NotAuthorised, 0, {},
                    QStringLiteral("not in the profile '%1'").arg(profileKey(request.profile)) });
                continue;
            }
            Fault f = faults.value(s);
            if (f.kind == FaultKind::None)
                f = m_case.faults.value(s);
            int ms = latency.value(s);
            if (f.kind == FaultKind::Latency)
                ms += f.ms;
            else if (f.kind != FaultKind::None)
                ms = f.ms > 0 ? f.ms : ms;
            if (f.kind == FaultKind::Stalled) {
                m_stalled = true;
                continue;
            }
            ++m_pending;
            if (ms <= 0 && f.kind != FaultKind::Truncated) {
                immediate += answer(s, f.kind);
                --m_pending;
                continue;
            }
            QTimer::singleShot(ms, this, [this, s, kind = f.kind] { deliver(s, kind); });
        }
        for (const IdentityLink& l : m_case.links) {
            int visible = 0;
            for (const RecordRef& r : l.records)
                visible += allowed.contains(r.system) ? 1 : 0;
            if (visible >= 2)
                m_summary.links.append(l);
        }
        connection->beginStream(200, "application/x-ndjson");
        connection->writeChunk(immediate);
        if (m_pending == 0)
            closeIfDone();
    }

private:
    // Every well-formed line carries the request's searchId: the client rejects a line of another search.
    QByteArray systemLine(SystemEvent e) const
    {
        e.searchId = m_summary.searchId;
        return json::toNdjsonLine(json::encode(e));
    }

    QByteArray answer(SystemId s, FaultKind kind)
    {
        const int elapsed = static_cast<int>(m_clock.elapsed());
        switch (kind) {
        case FaultKind::Down:
            return systemLine(SystemEvent {
                {}, s, SystemStatus::Unavailable, elapsed, {}, QStringLiteral("system unavailable (training fault)") });
        case FaultKind::Error:
            return systemLine(SystemEvent { {}, s, SystemStatus::Error, elapsed, {},
                QStringLiteral("internal error in the system (training fault)") });
        case FaultKind::Garbage:
            return QByteArrayLiteral("<html><body>502 Bad Gateway</body></html> (training fault: not JSON)\n");
        case FaultKind::Oversized: {
            QByteArray line = "{\"type\":\"system\",\"system\":\"" + systemKey(s).toLatin1() + "\",\"padding\":\"";
            line += QByteArray(std::max<qsizetype>(0, m_oversized - line.size() - 3), 'x');
            return line + "\"}\n";
        }
        default:
            break;
        }
        m_summary.answered.append(s);
        SystemEvent e = m_case.answers.value(s, SystemEvent { {}, s, SystemStatus::NoHit, 0, {}, {} });
        e.system = s;
        if (s == SystemId::Sis && m_profile == UserProfile::Consular) {
            e.hits.removeIf([](const Hit& h) { return h.sis && isPoliceCategory(h.sis->category); });
            if (e.status == SystemStatus::Hit && e.hits.isEmpty())
                e.status = SystemStatus::NoHit;
        }
        e.latencyMs = elapsed;
        return systemLine(e);
    }

    void deliver(SystemId s, FaultKind kind)
    {
        if (!m_connection || !m_connection->connected())
            return;
        if (kind == FaultKind::Truncated) {
            const QByteArray line = answer(s, FaultKind::None);
            m_connection->writeChunk(line.left(line.size() / 2));
            m_connection->cut();
            return;
        }
        m_connection->writeChunk(answer(s, kind));
        --m_pending;
        closeIfDone();
        if (m_connection)
            m_connection->flush();
    }

    void closeIfDone()
    {
        if (m_pending > 0 || m_stalled)
            return; // a stalled system never answers: the stream stays open until the client gives up
        m_summary.totalMs = static_cast<int>(m_clock.elapsed());
        m_connection->writeChunk(json::toNdjsonLine(json::encode(m_summary)));
        m_connection->endStream();
        deleteLater();
    }

    QPointer<HttpConnection> m_connection;
    CaseFile m_case;
    UserProfile m_profile;
    qsizetype m_oversized;
    QElapsedTimer m_clock;
    SearchSummary m_summary;
    int m_pending = 0;
    bool m_stalled = false;
};

QMap<SystemId, int> GatewayConfig::defaultLatencies()
{
    return { { SystemId::Sis, 120 }, { SystemId::Vis, 180 }, { SystemId::Ees, 150 }, { SystemId::Etias, 100 },
        { SystemId::Eurodac, 260 }, { SystemId::EcrisTcn, 320 }, { SystemId::Europol, 240 },
        { SystemId::InterpolSltd, 90 }, { SystemId::InterpolTdawn, 110 } };
}

QList<SystemId> profileSystems(UserProfile profile)
{
    switch (profile) {
    case UserProfile::BorderFirstLine:
        return { SystemId::Sis, SystemId::Vis, SystemId::Ees, SystemId::Etias, SystemId::InterpolSltd,
            SystemId::InterpolTdawn };
    case UserProfile::BorderSecondLine:
        return { SystemId::Sis, SystemId::Vis, SystemId::Ees, SystemId::Etias, SystemId::Eurodac, SystemId::Europol,
            SystemId::InterpolSltd, SystemId::InterpolTdawn };
    case UserProfile::Consular:
        return { SystemId::Sis, SystemId::Vis, SystemId::Ees, SystemId::Etias, SystemId::InterpolSltd };
    case UserProfile::Trainer:
        break;
    }
    return allSystems();
}

TrainingGatewayServer::TrainingGatewayServer(
    const Population* population, const ScenarioDeck* deck, GatewayConfig config, QObject* parent)
    : QObject(parent)
    , m_population(population)
    , m_deck(deck)
    , m_config(std::move(config))
    , m_faults(m_config.faults)
    , m_latency(m_config.latencyMs)
{
    buildHotlist();
}

TrainingGatewayServer::~TrainingGatewayServer() = default;

bd::core::Result<quint16> TrainingGatewayServer::listen()
{
    auto readAll = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const auto certs = QSslCertificate::fromData(readAll(m_config.certificates.serverCertificate), QSsl::Pem);
    const QSslKey key(readAll(m_config.certificates.serverKey), QSsl::Ec, QSsl::Pem);
    const auto ca = QSslCertificate::fromData(readAll(m_config.certificates.caCertificate), QSsl::Pem);
    if (certs.isEmpty() || key.isNull() || ca.isEmpty())
        return bd::core::Error { QStringLiteral("gateway.tls"),
            QStringLiteral("server certificate, EC key or CA unreadable (expected PEM files %1, %2, %3)")
                .arg(m_config.certificates.serverCertificate, m_config.certificates.serverKey,
                    m_config.certificates.caCertificate),
            {} };
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(certs);
    tls.setPrivateKey(key);
    tls.setCaCertificates(ca);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    bd::gateway::applyTlsPolicy(tls); // TLS 1.2+, ECDHE with AEAD ciphers or TLS 1.3 suites only
    delete m_server;
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(tls);
    m_server->setMaxPendingConnections(kMaxConnections);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (m_server->hasPendingConnections()) {
            auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
            if (socket)
                new HttpConnection(socket, this, m_config);
        }
    });
    connect(m_server, &QSslServer::peerVerifyError, this, [](QSslSocket*, const QSslError& e) {
        qCInfo(lcTraining) << "client certificate rejected:" << e.errorString();
    });
    connect(m_server, &QSslServer::errorOccurred, this,
        [](QSslSocket*, QAbstractSocket::SocketError e) { qCDebug(lcTraining) << "TLS connection failed:" << e; });
    if (!m_server->listen(m_config.address, m_config.port))
        return bd::core::Error { QStringLiteral("gateway.listen"),
            QStringLiteral("cannot listen on %1:%2: %3")
                .arg(m_config.address.toString())
                .arg(m_config.port)
                .arg(m_server->errorString()),
            {} };
    qCInfo(lcTraining) << "training gateway listening on port" << m_server->serverPort() << "with"
                       << (m_population ? m_population->size() : 0) << "travellers and"
                       << (m_deck ? m_deck->cases().size() : 0) << "scenarios";
    return m_server->serverPort();
}

void TrainingGatewayServer::close()
{
    if (m_server)
        m_server->close();
    for (auto* c : findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly))
        delete c;
}

quint16 TrainingGatewayServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl TrainingGatewayServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    const QHostAddress a = m_server ? m_server->serverAddress() : m_config.address;
    u.setHost(a == QHostAddress::LocalHost || a == QHostAddress::Any ? QStringLiteral("localhost") : a.toString());
    u.setPort(port());
    return u;
}

void TrainingGatewayServer::setFault(SystemId system, Fault fault)
{
    const QMutexLocker lock(&m_mutex);
    if (fault.kind == FaultKind::None)
        m_faults.remove(system);
    else
        m_faults.insert(system, fault);
}

void TrainingGatewayServer::clearFaults()
{
    const QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void TrainingGatewayServer::setLatency(SystemId system, int ms)
{
    const QMutexLocker lock(&m_mutex);
    m_latency.insert(system, std::max(0, ms));
}

QMap<SystemId, Fault> TrainingGatewayServer::faults() const
{
    const QMutexLocker lock(&m_mutex);
    return m_faults;
}

QMap<SystemId, int> TrainingGatewayServer::latencies() const
{
    const QMutexLocker lock(&m_mutex);
    return m_latency;
}

bd::core::Result<QJsonObject> TrainingGatewayServer::applyAdmin(const QJsonObject& o)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() != QLatin1String("faults") && it.key() != QLatin1String("latency")
            && it.key() != QLatin1String("replace"))
            return bd::core::Error { QStringLiteral("gateway.schema"),
                QStringLiteral("%1: unknown member").arg(it.key().left(40)), {} };
    }
    const auto faults = decodeFaults(o.value(QStringLiteral("faults")).toObject());
    if (!faults)
        return faults.error();
    QMap<SystemId, int> latency;
    const QJsonObject l = o.value(QStringLiteral("latency")).toObject();
    for (auto it = l.constBegin(); it != l.constEnd(); ++it) {
        const auto s = systemFromKey(it.key());
        if (!s || !it.value().isDouble() || it.value().toDouble() < 0 || it.value().toDouble() > 600000)
            return bd::core::Error { QStringLiteral("gateway.schema"),
                QStringLiteral("latency.%1: a known system and 0 to 600000 ms").arg(it.key().left(40)), {} };
        latency.insert(*s, it.value().toInt());
    }
    {
        const QMutexLocker lock(&m_mutex);
        if (o.value(QStringLiteral("replace")).toBool())
            m_faults.clear();
        for (auto it = faults->constBegin(); it != faults->constEnd(); ++it) {
            if (it->kind == FaultKind::None)
                m_faults.remove(it.key());
            else
                m_faults.insert(it.key(), *it);
        }
        for (auto it = latency.constBegin(); it != latency.constEnd(); ++it)
            m_latency.insert(it.key(), *it);
    }
    QJsonObject lat;
    for (auto [s, ms] : latencies().asKeyValueRange())
        lat.insert(systemKey(s), ms);
    qCInfo(lcTraining) << "faults now set on" << this->faults().size() << "systems";
    return QJsonObject { { QStringLiteral("faults"), encodeFaults(this->faults()) },
        { QStringLiteral("latency"), lat } };
}

CaseFile TrainingGatewayServer::lookup(const SearchRequest& request) const
{
    if (m_deck) {
        if (const CaseFile* c = m_deck->findByDocument(request.document.issuingState, request.document.number))
            return *c;
    }
    if (m_population) {
        if (const auto i = m_population->findByDocument(request.document.issuingState, request.document.number))
            return m_population->caseFile(*i);
        if (request.document.number.isEmpty() && !request.person.surname.isEmpty()) {
            const auto found = m_population->findByNameAndBirth(
                request.person.surname, request.person.givenNames, request.person.dateOfBirth);
            if (!found.isEmpty())
                return m_population->caseFile(found.first());
        }
    }
    CaseFile unknown;
    unknown.id = QStringLiteral("unknown");
    return unknown;
}

QString TrainingGatewayServer::hotlistKeyFor(const QString& issuingState, const QString& number) const
{
    const QByteArray message = (issuingState + QLatin1Char('|') + number).toUtf8();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_config.hotlistKey.constData(), static_cast<int>(m_config.hotlistKey.size()),
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<size_t>(message.size()), digest,
        &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex());
}

qint64 TrainingGatewayServer::hotlistVersion() const
{
    return Population::kHotlistVersions;
}

void TrainingGatewayServer::buildHotlist()
{
    auto actionFor = [](const QString& kind) {
        if (kind == QLatin1String("arrest"))
            return QStringLiteral("arrest");
        if (kind == QLatin1String("refusal-of-entry"))
            return QStringLiteral("refuse-entry-sis");
        return QStringLiteral("seize-document");
    };
    if (m_deck) {
        for (const CaseFile& c : m_deck->cases()) {
            if (!c.expected)
                continue;
            const QString& a = c.expected->requiredAction;
            QString kind;
            if (a == QLatin1String("seize-document"))
                kind = QStringLiteral("stolen-document");
            else if (a == QLatin1String("refuse-entry-sis"))
                kind = QStringLiteral("refusal-of-entry");
            else if (a == QLatin1String("arrest"))
                kind = QStringLiteral("arrest");
            if (!kind.isEmpty())
                m_hotlist.push_back(
                    { hotlistKeyFor(c.document.issuingState, c.document.number), kind, actionFor(kind), 1, 0 });
        }
    }
    if (m_population) {
        for (const auto& item : m_population->hotlistItems()) {
            const Traveller t = m_population->traveller(item.index);
            const QString kind = m_population->hotlistKind(item.index);
            m_hotlist.push_back({ hotlistKeyFor(t.document.issuingState, t.document.number), kind, actionFor(kind),
                item.addedInVersion, item.removedInVersion });
        }
    }
}

void TrainingGatewayServer::handle(HttpConnection* connection, const HttpRequest& request)
{
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    auto onlyAllow = [&](const char* method) {
        connection->send(405,
            errorBody(QStringLiteral("gateway.method"), QStringLiteral("use %1").arg(QLatin1String(method))),
            { { "Allow", method } });
    };
    if (post && !request.headers.value("content-type", "application/json").startsWith("application/json")) {
        connection->send(415, errorBody(QStringLiteral("gateway.media-type"), QStringLiteral("send application/json")));
        return;
    }
    if (request.path == "/v1/search")
        return post ? handleSearch(connection, request) : onlyAllow("POST");
    if (request.path == "/v1/records")
        return post ? handleRecord(connection, request) : onlyAllow("POST");
    if (request.path == "/v1/hotlist")
        return get ? handleHotlist(connection, request) : onlyAllow("GET");
    if (request.path == "/v1/health")
        return get ? handleHealth(connection) : onlyAllow("GET");
    if (request.path == "/v1/admin/faults") {
        if (!post && !get)
            return onlyAllow("GET, POST");
        QJsonObject body;
        if (post) {
            const auto parsed = json::parseObject(request.body);
            if (!parsed)
                return connection->send(400, errorBody(parsed.error().code, parsed.error().detail));
            body = *parsed;
        }
        const auto state = applyAdmin(body);
        if (!state)
            return connection->send(400, errorBody(state.error().code, state.error().detail));
        return connection->send(200, *state);
    }
    connection->send(404,
        errorBody(
            QStringLiteral("gateway.not-found"), QStringLiteral("no such endpoint; see docs/gateway-protocol.md")));
}

void TrainingGatewayServer::handleSearch(HttpConnection* connection, const HttpRequest& request)
{
    const auto parsed = json::parseObject(request.body);
    if (!parsed)
        return connection->send(400, errorBody(parsed.error().code, parsed.error().detail));
    const auto search = json::decodeSearchRequest(*parsed);
    if (!search)
        return connection->send(400, errorBody(search.error().code, search.error().detail));
    new SearchSession(connection, this, *search, lookup(*search), m_config);
}

void TrainingGatewayServer::handleRecord(HttpConnection* connection, const HttpRequest& request)
{
    const auto parsed = json::parseObject(request.body);
    if (!parsed)
        return connection->send(400, errorBody(parsed.error().code, parsed.error().detail));
    const auto record = json::decodeRecordSubmission(*parsed);
    if (!record)
        return connection->send(400, errorBody(record.error().code, record.error().detail));
    if (request.headers.value("idempotency-key") != record->idempotencyKey.toUtf8())
        return connection->send(400,
            errorBody(QStringLiteral("gateway.idempotency"),
                QStringLiteral("the Idempotency-Key header must equal idempotencyKey")));
    const QByteArray hash = QCryptographicHash::hash(
        QJsonDocument(json::encode(*record)).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    const auto it = m_records.constFind(record->idempotencyKey);
    if (it != m_records.constEnd()) {
        if (it->bodyHash != hash)
            return connection->send(409,
                errorBody(QStringLiteral("gateway.idempotency-conflict"),
                    QStringLiteral("this Idempotency-Key was used with a different record")));
        return connection->send(200, json::encode(RecordReceipt { it->recordId, true }));
    }
    const QString id = QStringLiteral("rec-%1").arg(++m_recordCounter, 8, 10, QLatin1Char('0'));
    m_records.insert(record->idempotencyKey, StoredRecord { hash, id });
    m_recordOrder.push_back(record->idempotencyKey);
    while (static_cast<int>(m_recordOrder.size()) > m_config.maxStoredRecords) {
        m_records.remove(m_recordOrder.front());
        m_recordOrder.pop_front();
    }
    qCInfo(lcTraining) << "record stored, kind" << record->kind;
    connection->send(
        201, json::encode(RecordReceipt { id, false }), { { "Location", "/v1/records/" + id.toLatin1() } });
}

void TrainingGatewayServer::handleHotlist(HttpConnection* connection, const HttpRequest& request)
{
    const QUrlQuery query(QString::fromLatin1(request.query));
    bool ok = true;
    const QString sinceText = query.queryItemValue(QStringLiteral("since"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    const qint64 current = hotlistVersion();
    if (!ok || since < 0 || since > current)
        return connection->send(400,
            errorBody(
                QStringLiteral("gateway.schema"), QStringLiteral("since: a whole number from 0 to %1").arg(current)));
    HotlistDelta d;
    d.fromVersion = since;
    d.toVersion = current;
    d.fullReplace = since == 0 || current - since > kHotlistMaxDeltaSpan;
    for (const HotlistRow& row : m_hotlist) {
        const bool listedNow = row.added <= current && (row.removed == 0 || row.removed > current);
        if (d.fullReplace) {
            if (listedNow)
                d.added.append({ row.key, row.kind, row.action });
            continue;
        }
        const bool listedThen = row.added <= since && (row.removed == 0 || row.removed > since);
        if (listedNow && !listedThen)
            d.added.append({ row.key, row.kind, row.action });
        else if (!listedNow && listedThen)
            d.removed.append(row.key);
    }
    connection->send(200, json::encode(d));
}

void TrainingGatewayServer::handleHealth(HttpConnection* connection)
{
    HealthReport h;
    h.version = QStringLiteral("borderdesk-gateway/1");
    h.training = true;
    const auto f = faults();
    const auto l = latencies();
    for (SystemId s : allSystems()) {
        const FaultKind k = f.value(s).kind;
        QString state = QStringLiteral("up");
        if (k == FaultKind::Down || k == FaultKind::Error || k == FaultKind::Garbage || k == FaultKind::Stalled
            || k == FaultKind::Truncated || k == FaultKind::Oversized)
            state = QStringLiteral("down");
        else if (l.value(s) + (k == FaultKind::Latency ? f.value(s).ms : 0) > 1000)
            state = QStringLiteral("slow");
        h.systems.append({ s, state });
    }
    h.status = f.isEmpty() ? QStringLiteral("ok") : QStringLiteral("degraded");
    connection->send(200, json::encode(h));
}

} // namespace bd::training
