#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace bd::widgets {

// Alerts that must not be missed and must not vanish by themselves (e.g. a retro-hit): a red bar
// across the window listing each, newest last, until the officer acknowledges them (the button or
// Ctrl+Shift+A). Hidden while empty.
class AlertBar : public QWidget
{
    Q_OBJECT
public:
    explicit AlertBar(const QString& acknowledgeText, QWidget* parent = nullptr);

    void addAlert(const QString& text);
    QStringList alerts() const { return m_alerts; }

public slots:
    void acknowledge(); // clears every alert and hides the bar

signals:
    void acknowledged(int count);

private:
    QStringList m_alerts;
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace bd::widgets
