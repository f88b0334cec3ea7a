#pragma once

#include "ui/CheckStepPage.h"

namespace bd::testsupport {

// A page for a step a test does not need: it says that the step is not available instead of
// showing data. Only the tests and benchmarks use it (the workstation has a page for every step).
class PlaceholderPage : public bd::ui::CheckStepPage
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);

    // Placeholders for the steps' own pages.
    static PlaceholderPage* biometrics();
    static PlaceholderPage* results();
    static PlaceholderPage* decision();
    void restart() override { }
};

} // namespace bd::testsupport
