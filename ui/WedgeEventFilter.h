#pragma once

#include "services/input/KeyboardWedgeDecoder.h"

#include <functional>

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QKeyEvent;
class QWidget;

namespace bd::ui {

// Installed on the QApplication: watches every key press wherever the focus is and lets the
// KeyboardWedgeDecoder tell a desk reader from a person. Keys that might start a reader burst are
// held back; if a person typed them they are replayed to the widget they were meant for, so the
// officer never loses a keystroke and a reader's burst never leaks into the focused field. A
// complete zone is emitted from the key event of its last key; the timer only ends runs that
// stopped short of one (a person's keys, a zone whose check digits fail, the swallow window).
class WedgeEventFilter : public QObject
{
    Q_OBJECT
public:
    // When a key happened (ms). The default uses the event's own timestamp (the window system's,
    // so a busy GUI thread does not make slow typing look fast); tests inject their own.
    using TimeSource = std::function<qint64(const QKeyEvent&)>;

    explicit WedgeEventFilter(bd::input::KeyboardWedgeDecoder::Config config, QObject* parent = nullptr);

    void setTimeSource(TimeSource source);
    void setToday(QDate today);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bd::input::KeyboardWedgeDecoder::State state() const { return m_decoder.state(); }
    bd::input::KeyboardLayout lastLayout() const { return m_lastLayout; }

signals:
    void mrzLinesRead(const QStringList& lines);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey
    {
        QPointer<QWidget> target;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    void handleTimeout();
    void apply(const bd::input::KeyboardWedgeDecoder::Step& step, const HeldKey* current);
    void replay(const HeldKey& key);
    void armTimer();

    bd::input::KeyboardWedgeDecoder m_decoder;
    QList<HeldKey> m_held; // mirrors the decoder's held keys, with their targets
    QTimer m_timer;
    TimeSource m_timeSource;
    QElapsedTimer m_fallbackClock;
    bd::input::KeyboardLayout m_lastLayout = bd::input::KeyboardLayout::Us;
    bool m_enabled = true;
    bool m_replaying = false;
};

} // namespace bd::ui
