#pragma once

#include "app/CommandLine.h"
#include "services/core/Clock.h"
#include "services/core/Settings.h"

#include <memory>

class QMainWindow;
class QTranslator;

namespace bd::ocr {
class MrzImageReader;
}

namespace bd::ui {
class DocumentPage;
class MainWindow;
class QtDialogService;
class WedgeEventFilter;
} // namespace bd::ui

namespace bd::app {

// Creates and owns every concrete service of the workstation and the main window, and wires them.
class CompositionRoot
{
public:
    CompositionRoot(const AppOptions& options, const bd::core::Settings& settings);
    ~CompositionRoot();
    QMainWindow& mainWindow();
    // For the start-up benchmark and diagnostics: the same objects the officer uses.
    bd::ui::WedgeEventFilter& wedgeFilter() { return *m_wedge; }
    bd::ui::DocumentPage& documentPage() { return *m_documentPage; }

private:
    void loadTranslations(const QString& language);

    bd::core::SystemClock m_clock;
    std::unique_ptr<bd::ui::QtDialogService> m_dialogs;
    std::unique_ptr<bd::ocr::MrzImageReader> m_imageReader; // null until OpenCvMrzReader is wired
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<bd::ui::WedgeEventFilter> m_wedge;
    std::unique_ptr<bd::ui::MainWindow> m_window;
    bd::ui::DocumentPage* m_documentPage = nullptr; // owned by m_window
};

} // namespace bd::app
