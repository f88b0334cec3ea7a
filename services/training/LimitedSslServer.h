#pragma once

#include <QSslServer>

#include <functional>

namespace bd::training {

// A QSslServer that holds at most `maxSockets` connections at once: the sockets it still owns
// (waiting for the ClientHello, in the TLS handshake, or pending) plus `takenSockets()`, the
// connections handed out and still open. One more is closed at once, before any TLS work, and
// reported through `onRefused`.
class LimitedSslServer : public QSslServer
{
public:
    LimitedSslServer(
        int maxSockets, std::function<int()> takenSockets, std::function<void()> onRefused, QObject* parent = nullptr);

    int liveSockets() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int m_maxSockets;
    std::function<int()> m_takenSockets;
    std::function<void()> m_onRefused;
};

} // namespace bd::training
