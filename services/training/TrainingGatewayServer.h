#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/training/CaseFile.h"
#include "services/training/DevCertificates.h"
#include "services/training/GatewayConfig.h"
#include "services/training/GatewayCounters.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>

namespace bd::training {

class Population;
class ScenarioDeck;
class HttpConnection;
class LimitedSslServer;
struct HttpRequest;
struct ClientIdentity;

// The training gateway: protocol v1 over HTTPS/1.1 with mutual TLS (TLS 1.2+, the client must
// present a certificate of the configured CA). Serves the scenario deck first, then the synthetic
// population; streams search answers as NDJSON (chunked) as each system's timer fires; injects
// faults per system. Authority comes from the client certificate (ClientIdentity): the profile a
// search is answered for is the certificate's, and the admin endpoint needs an admin certificate.
// Resource limits in GatewayConfig::limits. Single-threaded: it lives on the thread that calls
// listen(). The fault and latency setters and counters() may be called from any thread.
class TrainingGatewayServer : public QObject
{
    Q_OBJECT
public:
    TrainingGatewayServer(
        const Population* population, const ScenarioDeck* deck, GatewayConfig config, QObject* parent = nullptr);
    ~TrainingGatewayServer() override;

    // Error codes "gateway.tls" (certificates unreadable), "gateway.listen".
    bd::core::Result<quint16> listen();
    void close();
    quint16 port() const;
    QUrl url() const;
    const GatewayConfig& config() const { return m_config; }

    void setFault(bd::model::SystemId system, Fault fault);
    void clearFaults();
    void setLatency(bd::model::SystemId system, int ms);
    QMap<bd::model::SystemId, Fault> faults() const;
    QMap<bd::model::SystemId, int> latencies() const;
    // Applies {"faults": {...}, "latency": {"sis": 100}, "replace": true} (admin endpoint, --config).
    bd::core::Result<QJsonObject> applyAdmin(const QJsonObject& o);

    // The case a search is answered from: scenario by document, population by document, then by
    // name and date of birth; an unknown traveller gets an empty case (no hit anywhere).
    CaseFile lookup(const bd::model::SearchRequest& request) const;

    qint64 hotlistVersion() const;
    // The hex key of a document's hotlist entry under the current hotlist key. Thread-safe.
    QString hotlistKeyFor(const QString& issuingState, const QString& number) const;
    QString hotlistKeyId() const;
    // A new random hotlist key and id, every entry re-keyed: the next hotlist answer to a client
    // holding the old key is a full replace under the new one. Thread-safe; returns the new id.
    QString rotateHotlistKey();

    GatewayCounters counters() const;
    // The records held now (the last GatewayConfig::maxStoredRecords), oldest first: idempotency key
    // and search id, for tests that prove each record arrived exactly once. Call on the server's thread.
    QList<QPair<QString, QString>> storedRecords() const;
    // Closes every connection whose request has been arriving for longer than
    // GatewayLimits::requestDeadlineMs by the configured clock. A timer calls this while listening;
    // a test with a fake clock calls it after advancing the clock.
    void checkDeadlines();

private:
    friend class HttpConnection;
    void handle(HttpConnection* connection, const HttpRequest& request);
    bool authorise(HttpConnection* connection, const HttpRequest& request);
    void handleAdmin(HttpConnection* connection, const HttpRequest& request);
    void handleSearch(HttpConnection* connection, const HttpRequest& request, const ClientIdentity& client);
    void handleRecord(HttpConnection* connection, const HttpRequest& request, const ClientIdentity& client);
    void handleHotlist(HttpConnection* connection, const HttpRequest& request);
    void handleHealth(HttpConnection* connection);
    void forbid(HttpConnection* connection, const QString& code, const QString& message);
    struct HotlistRow;
    std::vector<HotlistRow> buildHotlist(const QByteArray& key) const;
    bd::core::Result<QSslConfiguration> tlsConfiguration() const;
    void takePendingConnections();

    void connectionOpened(HttpConnection* connection);
    void connectionClosed(HttpConnection* connection);
    void deleteConnections();
    void count(GatewayEvent event);
    void noteBuffered(qsizetype bytes);

    const Population* m_population;
    const ScenarioDeck* m_deck;
    GatewayConfig m_config;
    bd::core::SystemClock m_systemClock;
    const bd::core::Clock& m_clock;
    LimitedSslServer* m_server = nullptr;
    QTimer m_deadlineSweep { this }; // a child: it moves with the server to its thread
    QSet<HttpConnection*> m_connections; // open now; each removes itself as it is deleted
    mutable QMutex m_mutex; // guards m_faults, m_latency and m_counters
    QMap<bd::model::SystemId, Fault> m_faults;
    QMap<bd::model::SystemId, int> m_latency;
    GatewayCounters m_counters;

    struct StoredRecord
    {
        QByteArray bodyHash;
        QString recordId;
        QString officerId; // from the client certificate, not the record's claim
        QString searchId;
    };
    QHash<QString, StoredRecord> m_records;
    std::deque<QString> m_recordOrder;
    quint64 m_recordCounter = 0;

    mutable QMutex m_hotlistMutex; // guards the hotlist key, its id and the rows made with it
    QByteArray m_hotlistKey;
    QString m_hotlistKeyId;
    struct HotlistRow
    {
        QString key;
        QString kind;
        QString action;
        int added;
        int removed; // 0: still listed
    };
    std::vector<HotlistRow> m_hotlist;
};

} // namespace bd::training
