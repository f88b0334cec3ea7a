#pragma once

#include <QString>

class QWidget;

namespace bd::ui {

// A question with two answers, asked modally: accept or reject (Esc); Enter takes the default one.
struct ConfirmQuestion
{
    QString title;
    QString text;
    QString acceptText; // e.g. "Park it (Enter)"
    QString rejectText; // e.g. "Stay (Esc)"
    bool acceptIsDefault = true; // false: Enter rejects too (e.g. quitting with undecided checks)
};

// The few modal dialogs the pages need, behind an interface so GUI tests never block on one.
class DialogService
{
public:
    virtual ~DialogService() = default;
    // An image file chosen by the officer, or an empty string when cancelled.
    virtual QString openImageFile(QWidget* parent) = 0;
    // True when the officer accepts. A service that cannot ask answers false (the cautious answer:
    // stay, do not quit).
    virtual bool confirm(QWidget* parent, const ConfirmQuestion& question)
    {
        (void)parent;
        (void)question;
        return false;
    }
};

} // namespace bd::ui
