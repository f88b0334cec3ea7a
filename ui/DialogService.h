#pragma once

#include <QString>

class QWidget;

namespace bd::ui {

// The few modal dialogs the pages need, behind an interface so GUI tests never block on one.
class DialogService
{
public:
    virtual ~DialogService() = default;
    // An image file chosen by the officer, or an empty string when cancelled.
    virtual QString openImageFile(QWidget* parent) = 0;
};

} // namespace bd::ui
