#include "ui/WedgeEventFilter.h"

#include "services/core/LogCategories.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace bd::ui {

WedgeEventFilter::WedgeEventFilter(bd::input::KeyboardWedgeDecoder::Config config, QObject* parent)
    : QObject(parent)
    , m_decoder(config)
{
    m_fallbackClock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WedgeEventFilter::handleTimeout);
    m_timeSource = [this](const QKeyEvent& event) -> qint64 {
        return event.timestamp() != 0 ? static_cast<qint64>(event.timestamp()) : m_fallbackClock.elapsed();
    };
}

void WedgeEventFilter::setTimeSource(TimeSource source)
{
    m_timeSource = std::move(source);
}

void WedgeEventFilter::setToday(QDate today)
{
    m_decoder.setToday(today);
}

void WedgeEventFilter::setEnabled(bool enabled)
{
    if (!enabled && m_enabled)
        handleTimeout(); // give back anything held
    m_enabled = enabled;
}

bool WedgeEventFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !m_enabled || m_replaying)
        return QObject::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    // A key event travels window -> focus widget -> parents; look at it once, at the focus widget.
    if (!widget || (QApplication::focusWidget() ? widget != QApplication::focusWidget() : !widget->isWindow()))
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->isAutoRepeat() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return QObject::eventFilter(watched, event);

    const bd::input::WedgeKey wedgeKey { key->text(), key->key(), m_timeSource(*key) };
    const HeldKey current { widget, key->key(), key->modifiers(), key->text() };
    const auto step = m_decoder.feed(wedgeKey);
    apply(step, &current);
    armTimer();
    return !step.deliverCurrent;
}

void WedgeEventFilter::handleTimeout()
{
    apply(m_decoder.timeout(), nullptr);
    armTimer();
}

void WedgeEventFilter::armTimer()
{
    const int ms = m_decoder.msUntilTimeout();
    if (ms < 0)
        m_timer.stop();
    else
        m_timer.start(ms);
}

void WedgeEventFilter::apply(const bd::input::KeyboardWedgeDecoder::Step& step, const HeldKey* current)
{
    for (qsizetype i = 0; i < step.release.size() && !m_held.isEmpty(); ++i)
        replay(m_held.takeFirst());
    if (current && !step.deliverCurrent)
        m_held.append(*current);
    // Whatever the decoder no longer holds and did not release was a reader burst: drop it.
    while (m_held.size() > m_decoder.heldCount())
        m_held.removeFirst();
    for (const bd::input::WedgeRead& read : step.reads) {
        m_lastLayout = read.layout;
        emit mrzLinesRead(read.lines);
    }
}

void WedgeEventFilter::replay(const HeldKey& key)
{
    QWidget* target = key.target ? key.target.data() : QApplication::focusWidget();
    if (!target)
        return;
    m_replaying = true;
    QKeyEvent press(QEvent::KeyPress, key.key, key.modifiers, key.text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key.key, key.modifiers, key.text);
    QApplication::sendEvent(target, &release);
    m_replaying = false;
}

} // namespace bd::ui
