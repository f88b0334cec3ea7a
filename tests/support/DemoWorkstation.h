#pragma once

// The workstation as `borderdesk` builds it (app/CompositionRoot), on a fresh data folder of its
// own: the one way the GUI tests start the real window. By default it is `borderdesk --demo` (the
// in-process training gateway on loopback); Setup says otherwise.

#include "app/CommandLine.h"
#include "app/CompositionRoot.h"
#include "services/core/Settings.h"

#include <QSize>
#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>

namespace bd::ui {
class MainWindow;
}

namespace bd::testsupport {

class LoopbackGateway;

class DemoWorkstation
{
public:
    struct Setup
    {
        bool demo = true; // false: a live workstation
        QString language; // --lang (the real path: the catalogue and Qt's own strings)
        QUrl trainingGateway; // --training-gateway: a classroom (the trainer's gateway)
        bd::core::Settings settings; // the site and workstation settings
        // Runs on the fresh data folder before the workstation starts (e.g. to leave a damaged file).
        std::function<void(const QString& dataDir)> prepareDataDir;
    };

    // `borderdesk --demo`.
    DemoWorkstation();
    explicit DemoWorkstation(Setup setup);
    ~DemoWorkstation();
    DemoWorkstation(const DemoWorkstation&) = delete;
    DemoWorkstation& operator=(const DemoWorkstation&) = delete;

    // A live workstation (no --demo) with these settings.
    static Setup live(const bd::core::Settings& settings = {});
    // A classroom: the workstation in training mode pointed at `trainer`'s gateway, with the
    // trainer's CA and client certificate.
    static Setup classroom(const LoopbackGateway& trainer);

    QString dataPath() const { return m_data.path(); }
    bd::app::CompositionRoot& root() { return *m_root; }
    bd::ui::MainWindow& window();

    // Shows the window (at `size` when given) and waits until it is exposed; false if it is not.
    [[nodiscard]] bool show(const QSize& size = {});

private:
    QTemporaryDir m_data;
    std::unique_ptr<bd::app::CompositionRoot> m_root;
};

} // namespace bd::testsupport
