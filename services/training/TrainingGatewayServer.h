#pragma once

#include "services/core/Result.h"
#include "services/training/CaseFile.h"
#include "services/training/DevCertificates.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <deque>
#include <memory>

class QSslServer;

namespace bd::training {

class Population;
class ScenarioDeck;
class HttpConnection;
struct HttpRequest;

struct GatewayConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443; // 0: any free port; see TrainingGatewayServer::port()
    DevCertificatePaths certificates;
    QMap<bd::gateway::SystemId, int> latencyMs = defaultLatencies(); // a system not listed answers at once
    QMap<bd::gateway::SystemId, Fault> faults;
    QByteArray hotlistKey = QByteArrayLiteral("borderdesk-training-hotlist-key-v1");
    int maxStoredRecords = 10000;
    qsizetype maxBodyBytes = 6 * 1024 * 1024; // a 4 MiB face image in base64 fits
    qsizetype oversizedLineBytes = 5 * 1024 * 1024; // "oversized" fault: above the client's 4 MiB line limit
    int idleTimeoutMs = 60000;

    static QMap<bd::gateway::SystemId, int> defaultLatencies();
};

// Which systems a profile may query (docs/gateway-protocol.md, "Profiles").
QList<bd::gateway::SystemId> profileSystems(bd::gateway::UserProfile profile);

// The training gateway: protocol v1 over HTTPS/1.1 with mutual TLS (TLS 1.2+, the client must
// present a certificate of the configured CA). Serves the scenario deck first, then the synthetic
// population; streams search answers as NDJSON (chunked) as each system's timer fires; injects
// faults per system. Single-threaded: it lives on the thread that calls listen(). The fault and
// latency setters may be called from any thread.
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

    void setFault(bd::gateway::SystemId system, Fault fault);
    void clearFaults();
    void setLatency(bd::gateway::SystemId system, int ms);
    QMap<bd::gateway::SystemId, Fault> faults() const;
    QMap<bd::gateway::SystemId, int> latencies() const;
    // Applies {"faults": {...}, "latency": {"sis": 100}, "replace": true} (admin endpoint, --config).
    bd::core::Result<QJsonObject> applyAdmin(const QJsonObject& o);

    // The case a search is answered from: scenario by document, population by document, then by
    // name and date of birth; an unknown traveller gets an empty case (no hit anywhere).
    CaseFile lookup(const bd::gateway::SearchRequest& request) const;

    qint64 hotlistVersion() const;
    QString hotlistKeyFor(const QString& issuingState, const QString& number) const;

private:
    friend class HttpConnection;
    friend class SearchSession;
    void handle(HttpConnection* connection, const HttpRequest& request);
    void handleSearch(HttpConnection* connection, const HttpRequest& request);
    void handleRecord(HttpConnection* connection, const HttpRequest& request);
    void handleHotlist(HttpConnection* connection, const HttpRequest& request);
    void handleHealth(HttpConnection* connection);
    void buildHotlist();

    const Population* m_population;
    const ScenarioDeck* m_deck;
    GatewayConfig m_config;
    QSslServer* m_server = nullptr;
    mutable QMutex m_mutex; // guards m_faults and m_latency
    QMap<bd::gateway::SystemId, Fault> m_faults;
    QMap<bd::gateway::SystemId, int> m_latency;

    struct StoredRecord
    {
        QByteArray bodyHash;
        QString recordId;
    };
    QHash<QString, StoredRecord> m_records;
    std::deque<QString> m_recordOrder;
    quint64 m_recordCounter = 0;

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
