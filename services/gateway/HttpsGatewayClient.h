#pragma once

#include "services/gateway/GatewayClient.h"
#include "services/gateway/GatewayClientConfig.h"

#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bd::gateway {

// GatewayClient over HTTPS with mutual TLS (protocol v1). The gateway CA given in the config is the
// only trust anchor; the workstation presents its client certificate. Searches stream: each NDJSON
// line is checked and emitted as soon as it is complete, unanswered systems turn `timeout` at the
// per-system deadline while the others stay shown, and the whole search is abandoned at its
// deadline. Records, hotlist and health are retried with exponential backoff on transient errors
// (they are idempotent); a search never is. Before the first call the client checks the gateway's
// health: a live workstation refuses a training gateway and a training/demo one a live gateway.
class HttpsGatewayClient : public GatewayClient
{
    Q_OBJECT
public:
    HttpsGatewayClient(QNetworkAccessManager& network, GatewayClientConfig config, QObject* parent = nullptr);
    ~HttpsGatewayClient() override;

    // Set when the config or its certificate files are unusable; every call then fails with it.
    const std::optional<bd::core::Error>& configError() const { return m_configError; }
    const GatewayClientConfig& config() const { return m_config; }

    SearchHandle* search(const SearchRequest& request) override;
    RecordHandle* submitRecord(const RecordSubmission& record) override;
    HotlistHandle* fetchHotlist(qint64 sinceVersion) override;
    HealthHandle* checkHealth() override;

    // The request the client sends for a path (TLS configuration, timeouts); public for tests.
    QNetworkRequest makeRequest(const QString& pathAndQuery) const;

    struct Body
    {
        int status = 0;
        QByteArray bytes;
    };
    struct CallSpec
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool idempotent = false;
    };

private:
    using Done = std::function<void(const bd::core::Result<Body>&)>;
    void call(QObject* handle, CallSpec spec, Done done);
    void whenVerified(QObject* handle, std::function<void(std::optional<bd::core::Error>)> proceed);
    std::optional<bd::core::Error> checkMode(const HealthReport& report) const;
    void startSearch(SearchHandle* handle, const SearchRequest& request);

    QNetworkAccessManager& m_network;
    GatewayClientConfig m_config;
    std::optional<bd::core::Error> m_configError;
    QSslConfiguration m_ssl;
    bool m_hasClientCertificate = false;

    enum class Verification
    {
        NotStarted,
        Running,
        Done
    } m_verification = Verification::NotStarted;
    std::optional<bd::core::Error> m_verificationError;
    QList<std::function<void()>> m_waiting;
};

} // namespace bd::gateway
