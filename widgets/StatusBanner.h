#pragma once

#include <QFrame>

class QLabel;

namespace bd::widgets {

// An inline message bar (information, warning, error, success) shown above a page instead of a
// modal box: the officer keeps working while reading it.
class StatusBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Success,
        Warning,
        Error
    };
    Q_ENUM(Kind)

    explicit StatusBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clear();
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel* m_label;
    Kind m_kind = Kind::Information;
};

} // namespace bd::widgets
