#pragma once

#include "app/CommandLine.h"
#include "services/core/Settings.h"

#include <memory>

class QMainWindow;

namespace bd::app {

// Creates and owns every concrete service of the workstation and the main window, and wires them.
class CompositionRoot
{
public:
    CompositionRoot(const AppOptions& options, const bd::core::Settings& settings);
    ~CompositionRoot();
    QMainWindow& mainWindow();

private:
    std::unique_ptr<QMainWindow> m_window;
};

} // namespace bd::app
