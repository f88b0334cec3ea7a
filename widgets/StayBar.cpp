#include "widgets/StayBar.h"

#include <QPainter>

namespace bd::widgets {

StayBar::StayBar(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true); // the caption wraps: never cut off at the right edge
    setSizePolicy(policy);
}

void StayBar::setDays(int used, int limit, const QString& caption)
{
    m_used = qMax(0, used);
    m_limit = qMax(1, limit);
    m_caption = caption;
    setAccessibleDescription(caption);
    updateGeometry();
    update();
}

QRect StayBar::captionRect(int width) const
{
    return QRect(0, kBarHeight + 4, width, 100000);
}

int StayBar::heightForWidth(int width) const
{
    const QFontMetrics fm(font());
    const int text = m_caption.isEmpty()
        ? fm.height()
        : fm.boundingRect(captionRect(width), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_caption).height();
    return kBarHeight + 4 + text + 2;
}

QSize StayBar::sizeHint() const
{
    return { 360, heightForWidth(360) };
}

bool StayBar::captionFits() const
{
    const QFontMetrics fm(font());
    const QRect needed
        = fm.boundingRect(captionRect(width()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_caption);
    return needed.width() <= width() && needed.bottom() <= height();
}

void StayBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int barHeight = kBarHeight;
    const int total = qMax(m_limit, m_used);
    const QRectF bar(1, 1, width() - 2, barHeight);
    const double perDay = bar.width() / total;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe8, 0xec, 0xef));
    p.drawRoundedRect(bar, 4, 4);
    const int inLimit = qMin(m_used, m_limit);
    p.setBrush(QColor(0x2f, 0x5f, 0x9e));
    p.drawRoundedRect(QRectF(bar.left(), bar.top(), perDay * inLimit, barHeight), 4, 4);
    if (m_used > m_limit) {
        const QRectF over(bar.left() + perDay * m_limit, bar.top(), perDay * (m_used - m_limit), barHeight);
        p.setBrush(QColor(0xb3, 0x26, 0x1e));
        p.drawRect(over);
        p.setBrush(QBrush(Qt::white, Qt::BDiagPattern));
        p.drawRect(over);
    }
    // The limit mark and a tick every 30 days.
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1));
    for (int d = 30; d < total; d += 30)
        p.drawLine(QPointF(bar.left() + perDay * d, bar.top()), QPointF(bar.left() + perDay * d, bar.bottom()));
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    p.drawLine(QPointF(bar.left() + perDay * m_limit, bar.top() - 1),
        QPointF(bar.left() + perDay * m_limit, bar.bottom() + 1));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(0, barHeight + 4, width(), height() - barHeight - 4),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_caption);
}

} // namespace bd::widgets
