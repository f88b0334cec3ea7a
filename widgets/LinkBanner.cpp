#include "widgets/LinkBanner.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace bd::widgets {

LinkBanner::LinkBanner(QWidget* parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14 + kSymbol + 12, 10, 14, 10);
    layout->setSpacing(4);
    for (QLabel* l : { m_heading, m_body }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        layout->addWidget(l);
    }
    m_heading->setObjectName(QStringLiteral("linkBannerHeading"));
    m_body->setObjectName(QStringLiteral("linkBannerBody"));
    // A style sheet, not setFont: the booth style sheet sets every widget's font size.
    m_heading->setStyleSheet(QStringLiteral("font-weight:700;font-size:17px;"));
    setMinimumHeight(kSymbol + 20);
}

void LinkBanner::setBanner(LinkBadge::Shape shape,
    const QColor& accent,
    const QColor& background,
    Qt::PenStyle border,
    const QString& heading,
    const QString& body)
{
    m_shape = shape;
    m_accent = accent;
    m_background = background;
    m_border = border;
    m_heading->setText(heading);
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
    setAccessibleName(heading);
    setAccessibleDescription(body);
    update();
}

QString LinkBanner::heading() const
{
    return m_heading->text();
}

QString LinkBanner::body() const
{
    return m_body->text();
}

QString LinkBanner::text() const
{
    return body().isEmpty() ? heading() : heading() + QLatin1Char('\n') + body();
}

void LinkBanner::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    p.setPen(Qt::NoPen);
    p.setBrush(m_background);
    p.drawRoundedRect(frame, 6, 6);
    p.setBrush(m_accent);
    p.drawRoundedRect(QRectF(frame.left(), frame.top(), 8, frame.height()), 3, 3);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(m_accent, 3, m_border));
    p.drawRoundedRect(frame, 6, 6);
    LinkBadge::paintShape(p, m_shape, QRectF(14, (height() - kSymbol) / 2.0, kSymbol, kSymbol), m_accent);
}

} // namespace bd::widgets
