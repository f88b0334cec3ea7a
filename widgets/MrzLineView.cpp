#include "widgets/MrzLineView.h"

#include <algorithm>

#include <QEvent>
#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>

namespace bd::widgets {
namespace {
constexpr int kPadding = 10;
}

MrzLineView::MrzLineView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MrzLineView::setLines(const QStringList& lines)
{
    m_lines = lines;
    updateGeometry();
    update();
}

void MrzLineView::setHighlights(const QList<Highlight>& highlights)
{
    m_highlights = highlights;
    update();
}

MrzLineView::Mark MrzLineView::markAt(int line, int column) const
{
    Mark result = Mark::None;
    for (const Highlight& h : m_highlights) {
        if (h.line == line && column >= h.column && column < h.column + h.length) {
            if (static_cast<int>(h.mark) > static_cast<int>(result))
                result = h.mark;
        }
    }
    return result;
}

void MrzLineView::clear()
{
    m_lines.clear();
    m_highlights.clear();
    updateGeometry();
    update();
}

QFont MrzLineView::cellFont() const
{
    QFont f(QStringLiteral("OCR B"));
    f.setStyleHint(QFont::Monospace);
    f.setFixedPitch(true);
    f.setPointSizeF(std::max(font().pointSizeF(), 12.0) * 1.15);
    return f;
}

QSize MrzLineView::cellSize() const
{
    const QFontMetrics fm(cellFont());
    return { fm.horizontalAdvance(QLatin1Char('W')) + 2, fm.height() + 6 };
}

QSize MrzLineView::sizeHint() const
{
    const QSize cell = cellSize();
    qsizetype columns = 44;
    for (const QString& line : m_lines)
        columns = std::max(columns, line.size());
    const qsizetype rows = std::max<qsizetype>(2, m_lines.size());
    return { static_cast<int>(columns) * cell.width() + 2 * kPadding,
        static_cast<int>(rows) * cell.height() + 2 * kPadding };
}

QSize MrzLineView::minimumSizeHint() const
{
    return sizeHint();
}

void MrzLineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void MrzLineView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.fillRect(rect(), QColor(0xf7, 0xf9, 0xfb));
    p.setPen(QColor(0xc5, 0xcd, 0xd6));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    p.setFont(cellFont());
    const QSize cell = cellSize();
    for (int row = 0; row < m_lines.size(); ++row) {
        const QString& line = m_lines.at(row);
        for (int col = 0; col < line.size(); ++col) {
            const QRect r(kPadding + col * cell.width(), kPadding + row * cell.height(), cell.width(), cell.height());
            const Mark mark = markAt(row, col);
            if (mark == Mark::Changed) {
                p.fillRect(r.adjusted(0, 1, -1, -1), QColor(0xff, 0xc9, 0x4d));
            } else if (mark == Mark::Problem) {
                p.fillRect(r.adjusted(0, 1, -1, -1), QColor(0xf3, 0xa0, 0xa0));
            }
            if (mark == Mark::Weak) {
                p.fillRect(r.adjusted(0, 1, -1, -1), QColor(0xe4, 0xdc, 0xf5));
                p.setPen(QPen(QColor(0x5b, 0x3f, 0x9e), 1.5, Qt::DashLine));
                p.drawRect(r.adjusted(1, 2, -2, -2));
            }
            p.setPen(mark == Mark::None ? QColor(0x1b, 0x23, 0x2e) : QColor(0x10, 0x10, 0x10));
            p.drawText(r, Qt::AlignCenter, QString(line.at(col)));
            if (mark == Mark::Problem) {
                p.setPen(QPen(QColor(0xb0, 0x1e, 0x1e), 2));
                p.drawLine(r.left() + 1, r.bottom() - 1, r.right() - 1, r.bottom() - 1);
            }
        }
    }
}

} // namespace bd::widgets
