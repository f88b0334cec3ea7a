#pragma once

#include <QtGlobal>

namespace bd::training {

// What the training gateway refused or cut, since it started (TrainingGatewayServer::counters()).
struct GatewayCounters
{
    int openConnections = 0; // connections past the TLS handshake, now
    qint64 connectionsRefused = 0; // over GatewayLimits::maxConnections: closed before the handshake
    qint64 requestsTooLarge = 0; // 413 / 431, then closed
    qint64 inputOverflows = 0; // more than one whole request of input while answering: closed
    qint64 requestTimeouts = 0; // 408: the request did not arrive within the deadline, then closed
    qint64 forbidden = 0; // 403: no usable identity, wrong role, or a profile other than the certificate's
    qint64 peakBufferedBytes = 0; // the most unread input one connection has held
};

enum class GatewayEvent
{
    ConnectionRefused,
    RequestTooLarge,
    InputOverflow,
    RequestTimeout,
    Forbidden,
};

} // namespace bd::training
