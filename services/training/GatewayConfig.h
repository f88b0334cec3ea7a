#pragma once

#include "services/training/CaseFile.h"
#include "services/training/DevCertificates.h"

#include <QHostAddress>
#include <QMap>

namespace bd::core {
class Clock;
} // namespace bd::core

namespace bd::training {

// Resource limits of the training gateway (docs/gateway-protocol.md, "Resource limits"). Every
// limit is per connection unless it says otherwise; a client that breaks one is answered (when it
// can still be) and the connection is closed, and the server counts it (GatewayCounters).
struct GatewayLimits
{
    static constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 6 * 1024 * 1024; // a 4 MiB face image in base64 fits
    static constexpr int kRequestDeadlineMs = 30000;
    static constexpr int kIdleTimeoutMs = 60000;
    static constexpr int kMaxConnections = 64;

    qsizetype maxHeaderBytes = kMaxHeaderBytes; // request line and headers: 431 above
    qsizetype maxBodyBytes = kMaxBodyBytes; // Content-Length above: 413
    // From the first byte of a request to its last (headers and body): a client that sends slower
    // gets 408 and the connection is closed. A request being answered is not timed by this.
    int requestDeadlineMs = kRequestDeadlineMs;
    int idleTimeoutMs = kIdleTimeoutMs; // no request in progress for this long: closed
    // Open connections, TLS handshakes included (server-wide): one more is closed at once, before
    // its handshake, and counted in GatewayCounters::connectionsRefused.
    int maxConnections = kMaxConnections;

    // The most unread input one connection may hold: one whole request. Input beyond it, while a
    // request is still being answered (pipelined bytes), closes the connection.
    qsizetype maxBufferedBytes() const { return maxHeaderBytes + 4 + maxBodyBytes; }
};

struct GatewayConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443; // 0: any free port; see TrainingGatewayServer::port()
    DevCertificatePaths certificates;
    QMap<bd::model::SystemId, int> latencyMs = defaultLatencies(); // a system not listed answers at once
    QMap<bd::model::SystemId, Fault> faults;
    // The deployment's hotlist key (32 bytes) and its id; empty: a random key and id at every start
    // (TrainingGatewayServer::rotateHotlistKey() makes a new one while running).
    QByteArray hotlistKey;
    QString hotlistKeyId;
    int maxStoredRecords = 10000;
    qsizetype oversizedLineBytes = 5 * 1024 * 1024; // "oversized" fault: above the client's 4 MiB line limit
    GatewayLimits limits;
    // The time request deadlines are measured with; nullptr: the system clock. Not owned.
    const bd::core::Clock* clock = nullptr;

    static QMap<bd::model::SystemId, int> defaultLatencies();
};

// Which systems a profile may query (docs/gateway-protocol.md, "Profiles").
QList<bd::model::SystemId> profileSystems(bd::model::UserProfile profile);

} // namespace bd::training
