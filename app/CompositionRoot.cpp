#include "app/CompositionRoot.h"

#include <QLabel>
#include <QMainWindow>

namespace bd::app {

CompositionRoot::CompositionRoot(const AppOptions& options, const bd::core::Settings& settings)
    : m_window(std::make_unique<QMainWindow>())
{
    Q_UNUSED(settings);
    m_window->setWindowTitle(options.demo ? QStringLiteral("BorderDesk — TRAINING") : QStringLiteral("BorderDesk"));
    m_window->setCentralWidget(new QLabel(QStringLiteral("BorderDesk"), m_window.get()));
}

CompositionRoot::~CompositionRoot() = default;

QMainWindow& CompositionRoot::mainWindow()
{
    return *m_window;
}

} // namespace bd::app
