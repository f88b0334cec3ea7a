#pragma once

#include <QWidget>

namespace bd::ui {

// One step of the check flow (Document, Biometrics, Results, Decision) hosted by MainWindow.
class CheckStepPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Forget the current traveller: a new check starts (Esc).
    virtual void restart() = 0;
};

} // namespace bd::ui
