#include "widgets/WatermarkOverlay.h"

#include <cmath>

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>

namespace bd::widgets {

WatermarkOverlay::WatermarkOverlay(const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_text(text)
{
    Q_ASSERT(parent);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    raise();
}

void WatermarkOverlay::setText(const QString& text)
{
    m_text = text;
    update();
}

bool WatermarkOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (event->type() == QEvent::ChildAdded || event->type() == QEvent::Show)
            raise();
    }
    return QWidget::eventFilter(watched, event);
}

void WatermarkOverlay::paintEvent(QPaintEvent* event)
{
    if (m_text.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    if (m_pattern.isNull() || m_pattern.deviceIndependentSize() != QSizeF(size()) || m_pattern.devicePixelRatio() != dpr
        || m_patternText != m_text || m_patternFont != font()) {
        m_pattern = QPixmap((QSizeF(size()) * dpr).toSize());
        m_pattern.setDevicePixelRatio(dpr);
        m_pattern.fill(Qt::transparent);
        m_patternText = m_text;
        m_patternFont = font();
        QPainter p(&m_pattern);
        p.setRenderHint(QPainter::Antialiasing);
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(std::max(40, height() / 9));
        f.setLetterSpacing(QFont::PercentageSpacing, 115);
        p.setFont(f);
        p.setPen(QColor(200, 40, 40, 30));
        const int stepX = p.fontMetrics().horizontalAdvance(m_text) + f.pixelSize() * 2;
        const int stepY = f.pixelSize() * 4;
        const int diagonal = static_cast<int>(std::hypot(width(), height()));
        p.translate(width() / 2.0, height() / 2.0);
        p.rotate(-30);
        int row = 0;
        for (int y = -diagonal / 2; y < diagonal / 2 + stepY; y += stepY, ++row) {
            const int offset = (row % 2) * stepX / 2;
            for (int x = -diagonal / 2 - stepX + offset; x < diagonal / 2 + stepX; x += stepX)
                p.drawText(x, y, m_text);
        }
    }
    QPainter p(this);
    const QRect damaged = event->rect();
    p.drawPixmap(damaged, m_pattern, QRectF(QPointF(damaged.topLeft()) * dpr, QSizeF(damaged.size()) * dpr));
}

} // namespace bd::widgets
