#pragma once

#include "ui/CheckStepPage.h"

namespace bd::ui {

// An honest page for a step this version does not implement yet: it says so instead of showing data.
class PlaceholderPage : public CheckStepPage
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);

    // The pages of the steps this version does not implement yet.
    static PlaceholderPage* biometrics();
    static PlaceholderPage* results();
    static PlaceholderPage* decision();
    void restart() override { }
};

} // namespace bd::ui
