#include "widgets/StatusChip.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QToolTip>
#include <QtMath>

namespace bd::widgets {

namespace {

constexpr int kPadX = 10;
constexpr int kPadY = 5;
constexpr int kGap = 8; // between the symbol and the text

struct Look
{
    QColor background;
    QColor text;
    QColor border;
    Qt::PenStyle borderStyle;
    qreal borderWidth;
    bool hatched; // "unknown": a diagonal hatch over the background
};

Look lookFor(StatusChip::Kind kind)
{
    using K = StatusChip::Kind;
    switch (kind) {
    case K::Waiting:
        return { QColor(0xee, 0xf1, 0xf4), QColor(0x39, 0x42, 0x4d), QColor(0x7b, 0x87, 0x94), Qt::DotLine, 2, false };
    case K::Alarm:
        return { QColor(0xb3, 0x26, 0x1e), Qt::white, QColor(0x4a, 0x0a, 0x06), Qt::SolidLine, 3, false };
    case K::Clear:
        return { QColor(0xff, 0xff, 0xff), QColor(0x33, 0x40, 0x4d), QColor(0x8a, 0x96, 0xa3), Qt::SolidLine, 1,
            false };
    case K::Warning:
        return { QColor(0xff, 0xe4, 0xcc), QColor(0x5a, 0x25, 0x00), QColor(0xb4, 0x50, 0x00), Qt::DashLine, 2, true };
    case K::Withheld:
        return { QColor(0xe4, 0xe1, 0xf2), QColor(0x35, 0x30, 0x5c), QColor(0x6c, 0x63, 0xa8), Qt::DashDotLine, 2,
            false };
    case K::Error:
        return { QColor(0xff, 0xd9, 0xd4), QColor(0x6b, 0x11, 0x09), QColor(0xb3, 0x26, 0x1e), Qt::DashLine, 2, true };
    case K::Attention:
        return { QColor(0xff, 0xd8, 0x66), QColor(0x3d, 0x2a, 0x00), QColor(0x8a, 0x5a, 0x00), Qt::SolidLine, 2,
            false };
    case K::Information:
        return { QColor(0xdc, 0xea, 0xf8), QColor(0x0b, 0x3a, 0x66), QColor(0x2f, 0x5f, 0x9e), Qt::SolidLine, 1,
            false };
    case K::Good:
        return { QColor(0xd7, 0xef, 0xdc), QColor(0x13, 0x4a, 0x21), QColor(0x2e, 0x7d, 0x32), Qt::SolidLine, 2,
            false };
    }
    return lookFor(K::Waiting);
}

QPolygonF regular(const QRectF& r, int corners, double startDegrees)
{
    QPolygonF p;
    for (int i = 0; i < corners; ++i) {
        const double a = qDegreesToRadians(startDegrees + 360.0 / corners * i);
        p << QPointF(r.center().x() + r.width() / 2 * qCos(a), r.center().y() + r.height() / 2 * qSin(a));
    }
    return p;
}

// The symbol of a kind: its shape carries the meaning without colour.
void paintSymbol(QPainter& p, StatusChip::Kind kind, const QRectF& r, const QColor& ink)
{
    using K = StatusChip::Kind;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(ink, 2);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const double s = r.width();
    const auto bang = [&](double top, double bottom) {
        p.drawLine(QPointF(c.x(), r.top() + s * top), QPointF(c.x(), r.top() + s * bottom));
        p.drawPoint(QPointF(c.x(), r.top() + s * (bottom + 0.16)));
    };
    switch (kind) {
    case K::Alarm: // stop sign: octagon with "!"
        p.drawPolygon(regular(r, 8, 22.5));
        bang(0.22, 0.58);
        break;
    case K::Attention: { // warning triangle with "!"
        QPolygonF t;
        t << QPointF(c.x(), r.top()) << r.bottomRight() << r.bottomLeft();
        p.drawPolygon(t);
        bang(0.36, 0.66);
        break;
    }
    case K::Information: // circle with "i"
        p.drawEllipse(r);
        p.drawPoint(QPointF(c.x(), r.top() + s * 0.27));
        p.drawLine(QPointF(c.x(), r.top() + s * 0.45), QPointF(c.x(), r.top() + s * 0.75));
        break;
    case K::Good: // check mark in a rounded square
        p.drawRoundedRect(r, 3, 3);
        p.drawPolyline(QPolygonF { QPointF(r.left() + s * 0.22, r.top() + s * 0.52),
            QPointF(r.left() + s * 0.42, r.top() + s * 0.74), QPointF(r.left() + s * 0.78, r.top() + s * 0.28) });
        break;
    case K::Clear: // empty ring with a dash: nothing found
        p.drawEllipse(r);
        p.drawLine(QPointF(r.left() + s * 0.3, c.y()), QPointF(r.right() - s * 0.3, c.y()));
        break;
    case K::Warning:
    case K::Error: { // diamond with "?": unknown
        p.drawPolygon(regular(r, 4, 90));
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(qMax(8, int(s * 0.6)));
        p.setFont(f);
        p.drawText(r, Qt::AlignCenter, kind == K::Warning ? QStringLiteral("?") : QStringLiteral("!"));
        break;
    }
    case K::Withheld: // barred circle: not for you
        p.drawEllipse(r);
        p.drawLine(
            QPointF(r.left() + s * 0.18, r.bottom() - s * 0.18), QPointF(r.right() - s * 0.18, r.top() + s * 0.18));
        break;
    case K::Waiting: // three dots
        p.setPen(QPen(ink, 3, Qt::SolidLine, Qt::RoundCap));
        for (double x : { 0.15, 0.5, 0.85 })
            p.drawPoint(QPointF(r.left() + s * x, c.y()));
        break;
    }
    p.restore();
}

} // namespace

StatusChip::StatusChip(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    setState(Kind::Waiting, QString());
}

void StatusChip::updateMargins()
{
    // The padding and the symbol are contents margins: contentsRect() is exactly the text area.
    setContentsMargins(kPadX + iconSide() + kGap, kPadY, kPadX, kPadY);
}

bool StatusChip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (toolTip().isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(toolTip(), Qt::WhiteSpaceNormal), this);
        return true;
    }
    return QLabel::event(event);
}

void StatusChip::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMargins();
}

void StatusChip::setState(Kind kind, const QString& text)
{
    m_kind = kind;
    updateMargins();
    setText(text);
    setAccessibleName(QString(text).replace(QLatin1Char('\n'), QStringLiteral(" — ")));
    updateGeometry();
    update();
}

QFont StatusChip::paintFont() const
{
    QFont f = font();
    f.setBold(true);
    return f;
}

int StatusChip::iconSide() const
{
    return QFontMetrics(paintFont()).height() + 4;
}

QSize StatusChip::sizeHint() const
{
    const QFontMetrics fm(paintFont());
    const QStringList lines = text().split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString& l : lines)
        widest = qMax(widest, fm.horizontalAdvance(l));
    const int textHeight = qMax(1, int(lines.size())) * fm.lineSpacing();
    // Contents margins hold the padding, the border and the symbol: contentsRect() is the text.
    return { kPadX + iconSide() + kGap + widest + kPadX + 2, kPadY + qMax(textHeight, iconSide()) + kPadY };
}

bool StatusChip::textFits() const
{
    const QFontMetrics fm(paintFont());
    const QRect area = contentsRect();
    const QStringList lines = text().split(QLatin1Char('\n'));
    for (const QString& l : lines)
        if (fm.horizontalAdvance(l) > area.width())
            return false;
    return int(lines.size()) * fm.lineSpacing() <= area.height() + fm.leading();
}

void StatusChip::paintEvent(QPaintEvent*)
{
    const Look look = lookFor(m_kind);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(
        look.borderWidth / 2, look.borderWidth / 2, -look.borderWidth / 2, -look.borderWidth / 2);
    p.setPen(Qt::NoPen);
    p.setBrush(look.background);
    p.drawRoundedRect(frame, 8, 8);
    if (look.hatched) {
        QColor hatch = look.border;
        hatch.setAlpha(70);
        p.setBrush(QBrush(hatch, Qt::BDiagPattern));
        p.drawRoundedRect(frame, 8, 8);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(look.border, look.borderWidth, look.borderStyle));
    p.drawRoundedRect(frame, 8, 8);
    const int side = iconSide();
    paintSymbol(p, m_kind, QRectF(kPadX, (height() - side) / 2.0, side, side).adjusted(1, 1, -1, -1), look.text);
    p.setPen(look.text);
    p.setFont(paintFont());
    p.drawText(contentsRect(), Qt::AlignLeft | Qt::AlignVCenter, text());
}

} // namespace bd::widgets
