#pragma once

#include <QLabel>

namespace bd::widgets {

// A small rounded chip that shows one state of something (e.g. one connected system) as words on
// a coloured background. Each kind also has its own painted symbol (octagon, triangle, circle,
// check, ring, hatched diamond, barred circle, hourglass dots) and border pattern, so the state
// never depends on colour alone. The chip is as wide as its longest line (never clipped); the
// text's lines are separated by '\n'.
class StatusChip : public QLabel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Waiting, // asked, no answer yet
        Alarm, // something found that requires action
        Clear, // answered, nothing found
        Warning, // did not answer (unavailable, timeout, unreadable): unknown
        Withheld, // not visible to this user
        Error, // answered with something unreadable (while the answers still arrive)
        Attention, // found something that needs the officer's attention (not valid, verify)
        Information, // found a record that is only informational
        Good // found what the traveller needs (a valid visa, a valid authorisation)
    };
    Q_ENUM(Kind)

    explicit StatusChip(QWidget* parent = nullptr);

    void setState(Kind kind, const QString& text);
    Kind kind() const { return m_kind; }

    // The font the text is drawn in (bold), and whether every line fits inside contentsRect().
    QFont paintFont() const;
    bool textFits() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    // The tool tip is shown as plain text: it may carry text from outside (a gateway's detail), and
    // Qt would render a string with a tag in its first line as rich text.
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int iconSide() const;
    void updateMargins();

    Kind m_kind = Kind::Waiting;
};

} // namespace bd::widgets
