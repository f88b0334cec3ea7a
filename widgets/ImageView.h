#pragma once

#include <QImage>
#include <QPolygonF>
#include <QWidget>

namespace bd::widgets {

// Shows an image scaled to fit (aspect kept) with an optional outline drawn over it, given in
// image pixel coordinates (e.g. the located machine-readable zone).
class ImageView : public QWidget
{
    Q_OBJECT
public:
    explicit ImageView(QWidget* parent = nullptr);

    void setImage(const QImage& image);
    QImage image() const { return m_image; }
    void setOutline(const QPolygonF& outline);
    QPolygonF outline() const { return m_outline; }
    void clear();
    void setPlaceholderText(const QString& text);

    // Where the image is drawn inside the widget, and the mapping image -> widget coordinates.
    QRectF imageRect() const;
    QPointF mapFromImage(const QPointF& imagePoint) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QPolygonF m_outline;
    QString m_placeholder;
};

} // namespace bd::widgets
