#pragma once

#include <QWidget>

namespace bd::widgets {

// The days of an allowance as a bar: used days filled, remaining days open, days beyond the limit
// hatched in the alarm colour; the numbers are written under it (never colour alone).
class StayBar : public QWidget
{
    Q_OBJECT
public:
    explicit StayBar(QWidget* parent = nullptr);

    // used may exceed limit (overstay). caption is drawn under the bar.
    void setDays(int used, int limit, const QString& caption);
    int used() const { return m_used; }
    int limit() const { return m_limit; }
    QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // The whole caption is drawn inside the widget at its current size (it wraps, never clips).
    bool captionFits() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int kBarHeight = 22;
    QRect captionRect(int width) const;

    int m_used = 0;
    int m_limit = 90;
    QString m_caption;
};

} // namespace bd::widgets
