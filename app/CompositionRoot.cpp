#include "app/CompositionRoot.h"

#include "services/core/LogCategories.h"
#include "services/ocr/MrzImageReader.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderPage.h"
#include "ui/QtDialogService.h"
#include "ui/WedgeEventFilter.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace bd::app {

CompositionRoot::CompositionRoot(const AppOptions& options, const bd::core::Settings& settings)
    : m_dialogs(std::make_unique<bd::ui::QtDialogService>())
{
    loadTranslations(options.language.isEmpty() ? settings.language : options.language);
    QFile style(QStringLiteral(":/styles/booth.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));

    bd::input::KeyboardWedgeDecoder::Config wedgeConfig;
    wedgeConfig.maxKeyIntervalMs = settings.wedgeMaxKeyIntervalMs;
    wedgeConfig.minLineLength = settings.wedgeMinLineLength;
    m_wedge = std::make_unique<bd::ui::WedgeEventFilter>(wedgeConfig);
    m_wedge->setToday(m_clock.today());

    auto* document = new bd::ui::DocumentPage(m_clock, *m_dialogs, m_imageReader.get(), QString());
    bd::ui::MainWindow::Pages pages;
    pages.document = document;
    pages.biometrics = bd::ui::PlaceholderPage::biometrics();
    pages.results = bd::ui::PlaceholderPage::results();
    pages.decision = bd::ui::PlaceholderPage::decision();
    m_window = std::make_unique<bd::ui::MainWindow>(
        pages, options.demo ? bd::ui::MainWindow::Mode::Training : bd::ui::MainWindow::Mode::Live);
    m_documentPage = document;

    // A document on the reader means a new traveller: a new check starts on whatever step is showing.
    QObject::connect(m_wedge.get(), &bd::ui::WedgeEventFilter::mrzLinesRead, document,
        [window = m_window.get(), document](const QStringList& lines) {
            window->restartCheck();
            document->readFromReader(lines);
        });
    QObject::connect(document, &bd::ui::DocumentPage::documentRead, m_window.get(),
        [window = m_window.get()] { window->showStep(bd::ui::MainWindow::DocumentStep); });
    QObject::connect(m_window.get(), &bd::ui::MainWindow::checkRestarted, m_wedge.get(),
        [this] { m_wedge->setToday(m_clock.today()); });
    qApp->installEventFilter(m_wedge.get());
    m_window->resize(1440, 900);
    qCInfo(lcApp, "workstation ready (%s mode)", options.demo ? "training" : "live");
}

CompositionRoot::~CompositionRoot()
{
    if (m_wedge)
        qApp->removeEventFilter(m_wedge.get());
    m_window.reset(); // pages may still use the services below
}

QMainWindow& CompositionRoot::mainWindow()
{
    return *m_window;
}

void CompositionRoot::loadTranslations(const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return;
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(QStringLiteral(":/i18n/bd_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(m_translator.get());
        qCInfo(lcApp, "interface language %s", qPrintable(language));
    } else {
        qCInfo(lcApp, "no translation for %s in this build; English is used", qPrintable(language));
        m_translator.reset();
    }
}

} // namespace bd::app
