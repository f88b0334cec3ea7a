#pragma once

#include "widgets/LinkBadge.h"

#include <QFrame>

class QLabel;

namespace bd::widgets {

// A wide banner for one kind of link between records: a large shape in its colour, a heading in
// capitals and what to do, on a tinted background with its own border pattern. Shape, words and
// border each carry the meaning without the colour.
class LinkBanner : public QFrame
{
    Q_OBJECT
public:
    explicit LinkBanner(QWidget* parent = nullptr);

    void setBanner(LinkBadge::Shape shape,
        const QColor& accent,
        const QColor& background,
        Qt::PenStyle border,
        const QString& heading,
        const QString& body);
    LinkBadge::Shape shape() const { return m_shape; }
    QColor accent() const { return m_accent; }
    Qt::PenStyle borderStyle() const { return m_border; }
    QString heading() const;
    QString body() const;
    QString text() const; // heading and body

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int kSymbol = 40;

    LinkBadge::Shape m_shape = LinkBadge::Shape::Circle;
    QColor m_accent = Qt::gray;
    QColor m_background = Qt::white;
    Qt::PenStyle m_border = Qt::SolidLine;
    QLabel* m_heading;
    QLabel* m_body;
};

} // namespace bd::widgets
