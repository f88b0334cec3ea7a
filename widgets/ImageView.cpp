#include "widgets/ImageView.h"

#include <QPainter>

namespace bd::widgets {

ImageView::ImageView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMinimumSize(160, 120);
}

void ImageView::setImage(const QImage& image)
{
    m_image = image;
    m_outline.clear();
    update();
}

void ImageView::setOutline(const QPolygonF& outline)
{
    m_outline = outline;
    update();
}

void ImageView::clear()
{
    m_image = QImage();
    m_outline.clear();
    update();
}

void ImageView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    update();
}

QRectF ImageView::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSizeF scaled = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return { QPointF((width() - scaled.width()) / 2.0, (height() - scaled.height()) / 2.0), scaled };
}

QPointF ImageView::mapFromImage(const QPointF& imagePoint) const
{
    const QRectF r = imageRect();
    if (r.isEmpty())
        return {};
    const double scale = r.width() / m_image.width();
    return r.topLeft() + imagePoint * scale;
}

QSize ImageView::sizeHint() const
{
    return { 480, 320 };
}

void ImageView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.fillRect(rect(), QColor(0x2a, 0x30, 0x38));
    if (m_image.isNull()) {
        p.setPen(QColor(0xc8, 0xd0, 0xd8));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(imageRect(), m_image);
    if (m_outline.size() >= 2) {
        QPolygonF mapped;
        for (const QPointF& pt : m_outline)
            mapped << mapFromImage(pt);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x2e, 0xcc, 0x71), 3));
        p.setBrush(QColor(0x2e, 0xcc, 0x71, 40));
        p.drawPolygon(mapped);
    }
}

} // namespace bd::widgets
