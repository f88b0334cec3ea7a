#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace bd::app {

// Notes when the main window has painted its first frame (the window is usable) and logs the time
// since start. With exitWhenUsable it also prints "usable-ms <n>" and quits: the start-up benchmark
// launches the real binary this way (BD_EXIT_WHEN_USABLE=1).
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QWidget& window, const QElapsedTimer& sinceStart, bool exitWhenUsable);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const QElapsedTimer& m_sinceStart;
    bool m_exitWhenUsable;
    bool m_done = false;
};

} // namespace bd::app
