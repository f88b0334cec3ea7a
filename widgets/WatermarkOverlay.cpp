#include "widgets/WatermarkOverlay.h"

#include <cmath>

#include <QEvent>
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
    Q_UNUSED(event);
    if (m_text.isEmpty())
        return;
    QPainter p(this);
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

} // namespace bd::widgets
