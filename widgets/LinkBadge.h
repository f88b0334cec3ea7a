#pragma once

#include <QColor>
#include <QWidget>

class QPainter;

namespace bd::widgets {

// A shape in a colour with a word next to it: the colour, the shape and the text each carry the
// meaning on their own (colour-blind safe), e.g. a red octagon "Different identities".
class LinkBadge : public QWidget
{
    Q_OBJECT
public:
    enum class Shape
    {
        Circle,
        Triangle,
        Square,
        Octagon
    };
    Q_ENUM(Shape)

    explicit LinkBadge(QWidget* parent = nullptr);

    void setBadge(Shape shape, const QColor& colour, const QString& text);
    Shape shape() const { return m_shape; }
    QColor colour() const { return m_colour; }
    QString text() const { return m_text; }

    // Draws `shape` filled with `colour` inside `r` (also used by LinkBanner).
    static void paintShape(QPainter& painter, Shape shape, const QRectF& r, const QColor& colour);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Shape m_shape = Shape::Circle;
    QColor m_colour = Qt::white;
    QString m_text;
};

} // namespace bd::widgets
