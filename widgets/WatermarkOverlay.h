#pragma once

#include <QWidget>

namespace bd::widgets {

// A translucent diagonal text repeated over the whole parent widget (e.g. "TRAINING"). It follows
// the parent's size, stays on top of its siblings and lets every mouse event through.
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
};

} // namespace bd::widgets
