#pragma once

#include <QFont>
#include <QPixmap>
#include <QWidget>

namespace bd::widgets {

// A translucent diagonal text repeated over the whole parent widget (e.g. "TRAINING"). It follows
// the parent's size, stays on top of its siblings and lets every mouse event through. The pattern
// is drawn once per size, text and font into a pixmap; a repaint copies only the damaged part
// (rotated text is costly to draw, and every update of a page below repaints the overlay too).
class WatermarkOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit WatermarkOverlay(const QString& text, QWidget* parent);

    QString text() const { return m_text; }
    void setText(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QPixmap m_pattern;
    QString m_patternText;
    QFont m_patternFont;
};

} // namespace bd::widgets
