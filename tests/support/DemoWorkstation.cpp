#include "tests/support/DemoWorkstation.h"

#include "tests/support/LoopbackGateway.h"
#include "ui/MainWindow.h"

#include <QTest>

namespace bd::testsupport {

DemoWorkstation::DemoWorkstation()
    : DemoWorkstation(Setup {})
{
}

DemoWorkstation::DemoWorkstation(Setup setup)
{
    bd::app::AppOptions options;
    options.demo = setup.demo;
    options.dataDir = m_data.path();
    options.language = setup.language;
    options.trainingGateway = setup.trainingGateway;
    if (setup.prepareDataDir)
        setup.prepareDataDir(m_data.path());
    m_root = std::make_unique<bd::app::CompositionRoot>(options, setup.settings);
}

DemoWorkstation::~DemoWorkstation() = default;

DemoWorkstation::Setup DemoWorkstation::live(const bd::core::Settings& settings)
{
    Setup setup;
    setup.demo = false;
    setup.settings = settings;
    return setup;
}

DemoWorkstation::Setup DemoWorkstation::classroom(const LoopbackGateway& trainer)
{
    Setup setup;
    setup.trainingGateway = trainer.url();
    setup.settings.trainingCaFile = trainer.caCertificatePath();
    setup.settings.trainingClientCertFile = trainer.clientCertificatePath();
    setup.settings.trainingClientKeyFile = trainer.clientKeyPath();
    return setup;
}

bd::ui::MainWindow& DemoWorkstation::window()
{
    return static_cast<bd::ui::MainWindow&>(m_root->mainWindow());
}

bool DemoWorkstation::show(const QSize& size)
{
    if (size.isValid())
        window().resize(size);
    window().show();
    return QTest::qWaitForWindowExposed(&window());
}

} // namespace bd::testsupport
