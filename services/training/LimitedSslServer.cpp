#include "services/training/LimitedSslServer.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace bd::training {

LimitedSslServer::LimitedSslServer(
    int maxSockets, std::function<int()> takenSockets, std::function<void()> onRefused, QObject* parent)
    : QSslServer(parent)
    , m_maxSockets(std::max(1, maxSockets))
    , m_takenSockets(std::move(takenSockets))
    , m_onRefused(std::move(onRefused))
{
}

int LimitedSslServer::liveSockets() const
{
    // QSslServer makes each socket as its child and deletes it when the handshake fails or times
    // out; a socket taken over is reparented and counted by the taker.
    const auto own = findChildren<QSslSocket*>(Qt::FindDirectChildrenOnly).size();
    return static_cast<int>(own) + (m_takenSockets ? m_takenSockets() : 0);
}

void LimitedSslServer::incomingConnection(qintptr descriptor)
{
    if (liveSockets() < m_maxSockets) {
        QSslServer::incomingConnection(descriptor);
        return;
    }
    QTcpSocket refused;
    if (refused.setSocketDescriptor(descriptor))
        refused.abort();
    if (m_onRefused)
        m_onRefused();
}

} // namespace bd::training
