#include "services/training/TrainingGatewayServer.h"

#include "services/core/LogCategories.h"
#include "services/gateway/GatewayClientConfig.h"
#include "services/gateway/GatewayJson.h"
#include "services/model/HotlistKey.h"
#include "services/training/ClientIdentity.h"
#include "services/training/GatewayHttp.h"
#include "services/training/HttpConnection.h"
#include "services/training/LimitedSslServer.h"
#include "services/training/Population.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/SearchSession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslSocket>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace bd::training {

using namespace bd::gateway;

using namespace bd::model;

namespace {

constexpr int kMaxPendingConnections = 512; // accepted and through the handshake, not yet taken
constexpr int kHotlistMaxDeltaSpan = 8; // further behind than this: full replace

QJsonObject errorBody(const QString& code, const QString& message)
{
    return gatewayErrorBody(code, message);
}

// A hotlist key: 32 bytes from the system's secure generator.
QByteArray randomKey()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words));
}

// A key id says which key a list was made with; random, so two gateway runs never share one.
QString newKeyId()
{
    return QStringLiteral("hk-") + QString::fromLatin1(randomKey().left(8).toHex());
}

} // namespace

TrainingGatewayServer::TrainingGatewayServer(
    const Population* population, const ScenarioDeck* deck, GatewayConfig config, QObject* parent)
    : QObject(parent)
    , m_population(population)
    , m_deck(deck)
    , m_config(std::move(config))
    , m_clock(m_config.clock ? *m_config.clock : static_cast<const bd::core::Clock&>(m_systemClock))
    , m_faults(m_config.faults)
    , m_latency(m_config.latencyMs)
{
    m_hotlistKey = m_config.hotlistKey;
    m_hotlistKeyId = m_config.hotlistKeyId;
    if (m_hotlistKey.size() != kHotlistKeyBytes || m_hotlistKeyId.isEmpty()) {
        m_hotlistKey = randomKey();
        m_hotlistKeyId = newKeyId();
    }
    m_hotlist = buildHotlist(m_hotlistKey);
    m_deadlineSweep.setInterval(std::clamp(m_config.limits.requestDeadlineMs / 4, 50, 1000));
    connect(&m_deadlineSweep, &QTimer::timeout, this, &TrainingGatewayServer::checkDeadlines);
}

TrainingGatewayServer::~TrainingGatewayServer()
{
    // Connections report to this object as they go: delete them while it is still whole.
    deleteConnections();
}

bd::core::Result<QSslConfiguration> TrainingGatewayServer::tlsConfiguration() const
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
    return tls;
}

bd::core::Result<quint16> TrainingGatewayServer::listen()
{
    const auto tls = tlsConfiguration();
    if (!tls)
        return tls.error();
    delete m_server;
    m_server = new LimitedSslServer(
        m_config.limits.maxConnections, [this] { return static_cast<int>(m_connections.size()); },
        [this] { count(GatewayEvent::ConnectionRefused); }, this);
    m_server->setSslConfiguration(*tls);
    m_server->setMaxPendingConnections(kMaxPendingConnections);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &TrainingGatewayServer::takePendingConnections);
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
    m_deadlineSweep.start();
    qCInfo(lcTraining) << "training gateway listening on port" << m_server->serverPort() << "with"
                       << (m_population ? m_population->size() : 0) << "travellers and"
                       << (m_deck ? m_deck->cases().size() : 0) << "scenarios; at most"
                       << m_config.limits.maxConnections << "connections";
    return m_server->serverPort();
}

void TrainingGatewayServer::takePendingConnections()
{
    while (m_server->hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server->nextPendingConnection());
        if (socket)
            new HttpConnection(socket, this, m_config.limits, m_clock);
    }
}

void TrainingGatewayServer::close()
{
    m_deadlineSweep.stop();
    if (m_server)
        m_server->close();
    deleteConnections();
}

// HttpConnection has no meta-object of its own, so findChildren<HttpConnection*> would match
// every child: the server keeps its own list.
void TrainingGatewayServer::deleteConnections()
{
    const QSet<HttpConnection*> open = m_connections;
    for (HttpConnection* c : open)
        delete c; // removes itself from m_connections
}

void TrainingGatewayServer::checkDeadlines()
{
    const QDateTime now = m_clock.now();
    const QSet<HttpConnection*> open = m_connections;
    for (HttpConnection* c : open) {
        if (m_connections.contains(c)) // an earlier one's answer may have ended it
            c->checkDeadline(now);
    }
}

GatewayCounters TrainingGatewayServer::counters() const
{
    const QMutexLocker lock(&m_mutex);
    return m_counters;
}

void TrainingGatewayServer::connectionOpened(HttpConnection* connection)
{
    m_connections.insert(connection);
    const QMutexLocker lock(&m_mutex);
    ++m_counters.openConnections;
}

void TrainingGatewayServer::connectionClosed(HttpConnection* connection)
{
    m_connections.remove(connection);
    const QMutexLocker lock(&m_mutex);
    --m_counters.openConnections;
}

void TrainingGatewayServer::count(GatewayEvent event)
{
    const QMutexLocker lock(&m_mutex);
    switch (event) {
    case GatewayEvent::ConnectionRefused:
        ++m_counters.connectionsRefused;
        break;
    case GatewayEvent::RequestTooLarge:
        ++m_counters.requestsTooLarge;
        break;
    case GatewayEvent::InputOverflow:
        ++m_counters.inputOverflows;
        break;
    case GatewayEvent::RequestTimeout:
        ++m_counters.requestTimeouts;
        break;
    case GatewayEvent::Forbidden:
        ++m_counters.forbidden;
        break;
    }
}

void TrainingGatewayServer::noteBuffered(qsizetype bytes)
{
    const QMutexLocker lock(&m_mutex);
    m_counters.peakBufferedBytes = std::max<qint64>(m_counters.peakBufferedBytes, bytes);
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
    const QByteArray key = [this]() {
        const QMutexLocker lock(&m_hotlistMutex);
        return m_hotlistKey;
    }();
    return QString::fromLatin1(hotlistDigest(key, issuingState, number).toHex());
}

QString TrainingGatewayServer::hotlistKeyId() const
{
    const QMutexLocker lock(&m_hotlistMutex);
    return m_hotlistKeyId;
}

QString TrainingGatewayServer::rotateHotlistKey()
{
    const QByteArray key = randomKey();
    std::vector<HotlistRow> rows = buildHotlist(key);
    const QMutexLocker lock(&m_hotlistMutex);
    m_hotlistKey = key;
    m_hotlistKeyId = newKeyId();
    m_hotlist = std::move(rows);
    qCInfo(lcTraining) << "hotlist key rotated, new key id" << m_hotlistKeyId;
    return m_hotlistKeyId;
}

qint64 TrainingGatewayServer::hotlistVersion() const
{
    return Population::kHotlistVersions;
}

std::vector<TrainingGatewayServer::HotlistRow> TrainingGatewayServer::buildHotlist(const QByteArray& key) const
{
    std::vector<HotlistRow> rows;
    auto keyFor = [&key](const QString& issuingState, const QString& number) {
        return QString::fromLatin1(hotlistDigest(key, issuingState, number).toHex());
    };
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
                rows.push_back({ keyFor(c.document.issuingState, c.document.number), kind, actionFor(kind), 1, 0 });
        }
    }
    if (m_population) {
        for (const auto& item : m_population->hotlistItems()) {
            const Traveller t = m_population->traveller(item.index);
            const QString kind = m_population->hotlistKind(item.index);
            rows.push_back({ keyFor(t.document.issuingState, t.document.number), kind, actionFor(kind),
                item.addedInVersion, item.removedInVersion });
        }
    }
    return rows;
}

void TrainingGatewayServer::forbid(HttpConnection* connection, const QString& code, const QString& message)
{
    count(GatewayEvent::Forbidden);
    connection->send(403, errorBody(code, message));
}

// The client certificate decides what may be asked: no usable identity, nothing; an admin
// certificate, the admin endpoint and health; an officer's, everything but the admin endpoint.
bool TrainingGatewayServer::authorise(HttpConnection* connection, const HttpRequest& request)
{
    if (!request.client) {
        forbid(connection, request.client.error().code, request.client.error().detail);
        return false;
    }
    const bool admin = request.client->role == ClientIdentity::Role::Admin;
    if (request.path == "/v1/admin/faults" && !admin) {
        forbid(connection, QStringLiteral("gateway.forbidden"),
            QStringLiteral("/v1/admin/faults needs an admin certificate (subject OU=admin)"));
        return false;
    }
    if (admin && request.path != "/v1/admin/faults" && request.path != "/v1/health") {
        forbid(connection, QStringLiteral("gateway.forbidden"),
            QStringLiteral("an admin certificate may use /v1/admin/faults and /v1/health only"));
        return false;
    }
    return true;
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
    if (!authorise(connection, request))
        return;
    if (post && !request.headers.value("content-type", "application/json").startsWith("application/json")) {
        connection->send(415, errorBody(QStringLiteral("gateway.media-type"), QStringLiteral("send application/json")));
        return;
    }
    if (request.path == "/v1/search")
        return post ? handleSearch(connection, request, *request.client) : onlyAllow("POST");
    if (request.path == "/v1/records")
        return post ? handleRecord(connection, request, *request.client) : onlyAllow("POST");
    if (request.path == "/v1/hotlist")
        return get ? handleHotlist(connection, request) : onlyAllow("GET");
    if (request.path == "/v1/health")
        return get ? handleHealth(connection) : onlyAllow("GET");
    if (request.path == "/v1/admin/faults")
        return post || get ? handleAdmin(connection, request) : onlyAllow("GET, POST");
    connection->send(404,
        errorBody(
            QStringLiteral("gateway.not-found"), QStringLiteral("no such endpoint; see docs/gateway-protocol.md")));
}

void TrainingGatewayServer::handleAdmin(HttpConnection* connection, const HttpRequest& request)
{
    QJsonObject body;
    if (request.method == "POST") {
        const auto parsed = json::parseObject(request.body);
        if (!parsed)
            return connection->send(400, errorBody(parsed.error().code, parsed.error().detail));
        body = *parsed;
    }
    const auto state = applyAdmin(body);
    if (!state)
        return connection->send(400, errorBody(state.error().code, state.error().detail));
    connection->send(200, *state);
}

void TrainingGatewayServer::handleSearch(
    HttpConnection* connection, const HttpRequest& request, const ClientIdentity& client)
{
    const auto parsed = json::parseObject(request.body);
    if (!parsed)
        return connection->send(400, errorBody(parsed.error().code, parsed.error().detail));
    const auto search = json::decodeSearchRequest(*parsed);
    if (!search)
        return connection->send(400, errorBody(search.error().code, search.error().detail));
    // The profile is the certificate's; a request claiming another one is refused, never widened.
    if (search->profile != client.profile)
        return forbid(connection, QStringLiteral("gateway.profile-mismatch"),
            QStringLiteral("profile '%1' is not the client certificate's profile '%2'")
                .arg(profileKey(search->profile), profileKey(client.profile)));
    new SearchSession(connection, *this, *search, client.profile, lookup(*search));
}

void TrainingGatewayServer::handleRecord(
    HttpConnection* connection, const HttpRequest& request, const ClientIdentity& client)
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
    m_records.insert(record->idempotencyKey, StoredRecord { hash, id, client.officerId, record->searchId });
    m_recordOrder.push_back(record->idempotencyKey);
    while (static_cast<int>(m_recordOrder.size()) > m_config.maxStoredRecords) {
        m_records.remove(m_recordOrder.front());
        m_recordOrder.pop_front();
    }
    qCInfo(lcTraining) << "record stored, kind" << record->kind;
    connection->send(
        201, json::encode(RecordReceipt { id, false }), { { "Location", "/v1/records/" + id.toLatin1() } });
}

QList<QPair<QString, QString>> TrainingGatewayServer::storedRecords() const
{
    QList<QPair<QString, QString>> out;
    for (const QString& key : m_recordOrder)
        out.append({ key, m_records.value(key).searchId });
    return out;
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
    const QString clientKeyId = query.queryItemValue(QStringLiteral("keyId"), QUrl::FullyDecoded);
    const QMutexLocker lock(&m_hotlistMutex);
    HotlistDelta d;
    d.fromVersion = since;
    d.toVersion = current;
    d.keyId = m_hotlistKeyId;
    // A client with another key (or none) cannot use entries made with this one: the whole list.
    d.fullReplace = since == 0 || current - since > kHotlistMaxDeltaSpan || clientKeyId != m_hotlistKeyId;
    if (d.fullReplace)
        d.key = m_hotlistKey;
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
