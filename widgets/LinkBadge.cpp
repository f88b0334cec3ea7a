#include "widgets/LinkBadge.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QtMath>

namespace bd::widgets {

LinkBadge::LinkBadge(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(QStringLiteral("link"));
}

void LinkBadge::setBadge(Shape shape, const QColor& colour, const QString& text)
{
    m_shape = shape;
    m_colour = colour;
    m_text = text;
    setAccessibleName(text);
    setToolTip(Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal)); // plain text, even if it starts with '<'

    updateGeometry();
    update();
}

QSize LinkBadge::sizeHint() const
{
    const QFontMetrics fm(font());
    const int side = fm.height() + 10;
    return { side + 8 + fm.horizontalAdvance(m_text) + 4, side };
}

void LinkBadge::paintShape(QPainter& p, Shape shape, const QRectF& r, const QColor& colour)
{
    QPainterPath path;
    switch (shape) {
    case Shape::Circle:
        path.addEllipse(r);
        break;
    case Shape::Square:
        path.addRect(r.adjusted(2, 2, -2, -2));
        break;
    case Shape::Triangle: {
        QPolygonF t;
        t << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        path.addPolygon(t);
        path.closeSubpath();
        break;
    }
    case Shape::Octagon: {
        QPolygonF o;
        for (int i = 0; i < 8; ++i) {
            const double a = qDegreesToRadians(22.5 + 45.0 * i);
            o << QPointF(r.center().x() + r.width() / 2 * qCos(a), r.center().y() + r.height() / 2 * qSin(a));
        }
        path.addPolygon(o);
        path.closeSubpath();
        break;
    }
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5));
    p.setBrush(colour);
    p.drawPath(path);
    p.restore();
}

void LinkBadge::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = height() - 2;
    paintShape(p, m_shape, QRectF(1, 1, side, side), m_colour);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(side + 8, 0, width() - side - 8, height()), Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace bd::widgets
