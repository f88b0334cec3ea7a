#pragma once

#include "services/core/Error.h"

#include <QList>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

namespace bd::gateway {

// How the workstation runs. The health report of the gateway must agree: a live workstation refuses
// a training gateway and a training/demo workstation refuses a live one. Demo mode (the in-process
// training gateway) can only ever reach a loopback address.
enum class GatewayMode
{
    Live,
    Training, // a classroom gateway on the trainer's machine (any host, must say training:true)
    Demo // the in-process training gateway: loopback only
};

struct GatewayClientConfig
{
    QUrl baseUrl; // https://host:port (paths /v1/... are appended)
    QString caFile; // PEM: the ONLY trust anchor (system CAs are never trusted)
    QString certFile; // PEM: the workstation's client certificate (empty: none — the gateway refuses)
    QString keyFile; // PEM: its private key (RSA or EC, unencrypted)
    GatewayMode mode = GatewayMode::Live;
    QString officerId;

    int transferTimeoutMs = 10000; // no bytes for this long: the request fails with gateway.timeout
    // From the officer's start: systems that have not answered by then are `timeout` and the search
    // ends (gateway.timeout, the others' answers kept): a stalled system never holds the verdict.
    int systemDeadlineMs = 8000;
    // Other calls (health, records, hotlist) without their own limit fail after this; a search only
    // when it is longer than systemDeadlineMs (gateway.timeout).
    int searchDeadlineMs = 20000;
    qint64 maxResponseBytes = 16 * 1024 * 1024; // larger: aborted, gateway.tooLarge
    qint64 maxLineBytes = 4 * 1024 * 1024; // one NDJSON line larger than this: that system's error
    int maxAttempts = 4; // idempotent calls only (records, hotlist, health); search: 1
    int retryBaseDelayMs = 250; // exponential backoff: base, 2*base, 4*base, ...
    int healthTimeoutMs = 2000; // one /v1/health attempt (the mode check and connectivity probes)
    int verifyRetryBaseMs = 500; // the background mode check after a failure: base, 2*base, ...
    int verifyRetryMaxMs = 30000; // ... capped here
    // Check the gateway's mode (training flag) in the background: a search goes out at once, its
    // answers are held until the mode is confirmed (HttpsGatewayClient).
    bool requireHealthCheck = true;
};

// Checks the config before anything goes on the wire (https scheme, files set, limits positive,
// demo mode → loopback host). Error code gateway.config.
std::optional<bd::core::Error> validateConfig(const GatewayClientConfig& config);
bool isLoopbackHost(const QString& host);

// A private key file must be readable by its owner only (0600 or stricter): a key readable by the
// group or others is refused with gateway.keyPermissions before it is read. A missing file is not
// this check's business (nullopt; reading it fails later with gateway.config).
std::optional<bd::core::Error> checkPrivateKeyPermissions(const QString& path);

// The TLS rules of protocol v1, for the client and the training gateway alike: TLS 1.2 or later, and
// only ECDHE key exchange with an AEAD cipher (AES-GCM, ChaCha20-Poly1305) or a TLS 1.3 suite
// (all AEAD, all ephemeral). allowedTlsCiphers() filters QSslConfiguration::supportedCiphers().
bool isAllowedTlsCipher(const QSslCipher& cipher);
QList<QSslCipher> allowedTlsCiphers();
void applyTlsPolicy(QSslConfiguration& tls);

} // namespace bd::gateway
