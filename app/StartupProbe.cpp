#include "app/StartupProbe.h"

#include "services/core/LogCategories.h"

#include <cstdio>

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace bd::app {

StartupProbe::StartupProbe(QWidget& window, const QElapsedTimer& sinceStart, bool exitWhenUsable)
    : QObject(nullptr)
    , m_sinceStart(sinceStart)
    , m_exitWhenUsable(exitWhenUsable)
{
    window.installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Report once the paint has been flushed, i.e. on the next turn of the event loop.
        QTimer::singleShot(0, this, [this] {
            const qint64 ms = m_sinceStart.elapsed();
            qCInfo(lcApp, "window usable after %lld ms", static_cast<long long>(ms));
            if (m_exitWhenUsable) {
                std::printf("usable-ms %lld\n", static_cast<long long>(ms));
                std::fflush(stdout);
                QCoreApplication::quit();
            }
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bd::app
