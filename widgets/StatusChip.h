#pragma once

#include <QLabel>

namespace bd::widgets {

// A small rounded chip that shows one state of something (e.g. one connected system) as a word on
// a coloured background, with a distinct border pattern per kind so the state does not depend on
// colour alone.
class StatusChip : public QLabel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Waiting,  // asked, no answer yet
        Alarm,    // something found that needs action
        Clear,    // answered, nothing found
        Warning,  // did not answer (unavailable, timeout)
        Withheld, // not visible to this user
        Error     // answered with something unreadable
    };
    Q_ENUM(Kind)

    explicit StatusChip(QWidget* parent = nullptr);

    void setState(Kind kind, const QString& text);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Waiting;
};

} // namespace bd::widgets
