#include "app/CompositionRoot.h"

#include "app/CameraReading.h"
#include "app/DemoGateway.h"
#include "app/LocalStore.h"
#include "services/core/LogCategories.h"
#include "services/gateway/ConnectivityMonitor.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "services/ocr/OpenCvMrzReader.h"
#include "services/results/VisaList.h"
#include "services/session/DecisionJournal.h"
#include "services/storage/AuditWriter.h"
#include "services/storage/SettingsLedger.h"
#include "services/training/FaceRecords.h"
#include "ui/BiometricsPage.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "ui/PresetDialogService.h"
#include "ui/QtDialogService.h"
#include "ui/ResultsPage.h"
#include "ui/RetroHitText.h"
#include "ui/ScenarioPicker.h"
#include "ui/ScreenPrivacyGuard.h"
#include "ui/WedgeEventFilter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTranslator>

namespace bd::app {

namespace {

// Until officers sign in (a later issue), the workstation's searches name a role, not a person.
QString officerId(const AppOptions& options)
{
    return options.demo ? QStringLiteral("demo-officer") : QStringLiteral("officer");
}

// The booth's style sheet, for the whole application.
void applyStyleSheet()
{
    QFile style(QStringLiteral(":/styles/booth.qss"));
    if (style.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
}

} // namespace

CompositionRoot::CompositionRoot(
    const AppOptions& options, const bd::core::Settings& settings, bd::core::SensitiveTokenRegistry* logTokens)
    : m_dialogs(std::make_unique<bd::ui::QtDialogService>())
    , m_presetDialogs(std::make_unique<bd::ui::PresetDialogService>(*m_dialogs))
{
    loadTranslations(options.language.isEmpty() ? settings.language : options.language);
    applyStyleSheet();
    createWedge(settings);
    createWindow(options, settings);
    // The check: a read document starts the search; results and decision follow.
    QString gatewayUnavailable;
    m_gateway = makeGatewayClient(options, settings, &gatewayUnavailable);
    createSessionData(options, settings);
    createCheckController(options, settings, gatewayUnavailable, logTokens);
    if (m_demo) {
        wireTrainingScenarios();
        wireTrainingFaces();
    }
    wireCheck();
    guardScreenPrivacy(options, settings);
    m_window->resize(1440, 900);
    qCInfo(lcApp, "workstation ready (%s mode)", options.demo ? "training" : "live");
}

CompositionRoot::~CompositionRoot()
{
    if (m_wedge)
        qApp->removeEventFilter(m_wedge.get());
    if (m_privacyGuard)
        qApp->removeEventFilter(m_privacyGuard.get());
    m_privacyGuard.reset(); // it refers to the window
    m_checkController.reset();
    m_camera.reset(); // it uses the document page and the image reader
    m_window.reset(); // pages may still use the services below
    if (m_store) { // they use the gateway client
        m_store->stopRetroChecks();
        m_store->stopOutbox();
        m_store->stopHotlist();
        m_store->stopAuditShipping();
    }
    m_connectivity.reset(); // it probes the gateway client
    m_gateway.reset(); // before the network manager and the demo gateway it talks to
}

void CompositionRoot::createWedge(const bd::core::Settings& settings)
{
    bd::input::KeyboardWedgeDecoder::Config wedgeConfig;
    wedgeConfig.maxKeyIntervalMs = settings.wedgeMaxKeyIntervalMs;
    wedgeConfig.minLineLength = settings.wedgeMinLineLength;
    m_wedge = std::make_unique<bd::ui::WedgeEventFilter>(wedgeConfig);
    m_wedge->setToday(m_clock.today());
}

void CompositionRoot::createWindow(const AppOptions& options, const bd::core::Settings& settings)
{
    auto imageReader = std::make_unique<bd::ocr::OpenCvMrzReader>();
    if (imageReader->isReady())
        m_imageReader = std::move(imageReader);
    else
        qCWarning(lcApp, "the MRZ image reader's model did not load; reading images is disabled");
    auto* document = new bd::ui::DocumentPage(m_clock, *m_presetDialogs, m_imageReader.get(), QString());
    wireCamera(settings, *document);
    bd::ui::MainWindow::Pages pages;
    pages.document = document;
    m_biometricsPage = new bd::ui::BiometricsPage(
        options.demo ? bd::ui::BiometricsPage::Mode::Training : bd::ui::BiometricsPage::Mode::Live);
    pages.biometrics = m_biometricsPage;
    m_resultsPage = new bd::ui::ResultsPage;
    m_decisionPage = new bd::ui::DecisionPage;
    pages.results = m_resultsPage;
    pages.decision = m_decisionPage;
    m_window = std::make_unique<bd::ui::MainWindow>(
        pages, options.demo ? bd::ui::MainWindow::Mode::Training : bd::ui::MainWindow::Mode::Live);
    m_documentPage = document;
    // Quitting with undecided checks asks the officer first.
    m_window->setDialogService(m_dialogs.get());

    // A document on the reader means a new traveller: a new check starts on whatever step is showing.
    QObject::connect(m_wedge.get(), &bd::ui::WedgeEventFilter::mrzLinesRead, document,
        [window = m_window.get(), document](const QStringList& lines) {
            window->restartCheck();
            document->readFromReader(lines);
        });
}

void CompositionRoot::createSessionData(const AppOptions& options, const bd::core::Settings& settings)
{
    m_journal = std::make_unique<bd::session::DecisionJournal>(
        QDir(options.dataDir).filePath(QStringLiteral("decisions.jsonl")));
    const auto keys = bd::storage::loadOrCreateDataKeys(options.dataDir);
    createAuditTrail(options, keys);
    if (keys)
        auditSettingsChanges(options, settings, *keys);
    if (keys) {
        QString warning;
        m_store = LocalStore::open(options.dataDir, *keys, m_clock, settings.cacheRetentionHours, &warning);
        if (!warning.isEmpty())
            warn(warning);
        if (m_store && m_audit) {
            auto& shipper = m_store->startAuditShipping(options.dataDir, *keys, *m_audit);
            QObject::connect(&shipper, &bd::session::AuditShipper::failed, m_window.get(), [this](const QString& code) {
                warn(QObject::tr("Audit records could not be queued for the central gateway (%1) \u2014 tell "
                                 "support; they stay on the workstation's trail.")
                         .arg(code));
            });
        }
    }
    // The visa list is data built into the application, loaded once. Without it the verdict cannot
    // tell any traveller's visa regime: every one goes to "verify the visa requirement".
    if (auto visaList = bd::results::VisaList::builtIn())
        m_visaList = std::make_unique<bd::results::VisaList>(visaList.value());
    else
        qCWarning(lcApp, "the built-in visa list did not load (%s): visa requirements are verified by hand",
            qPrintable(visaList.error().code));
}

void CompositionRoot::createAuditTrail(const AppOptions& options, const bd::core::Result<bd::storage::DataKeys>& keys)
{
    bd::storage::AuditVerification checked;
    auto trail = keys ? bd::storage::AuditTrail::open(options.dataDir, *keys, m_clock, &checked)
                      : bd::core::Result<std::unique_ptr<bd::storage::AuditTrail>>(keys.error());
    if (!trail) {
        qCWarning(lcApp, "audit trail unavailable (%s): %s", qPrintable(trail.error().code),
            qPrintable(trail.error().detail));
        warn(QObject::tr("Audit trail unavailable \u2014 tell support; searches and decisions are not being "
                         "recorded. %1")
                 .arg(trail.error().detail));
        return;
    }
    if (checked.ok()) {
        qCInfo(lcApp, "audit trail: %lld records, intact", static_cast<long long>(checked.records));
    } else {
        qCWarning(lcApp, "audit trail: %s", qPrintable(checked.problem->text));
        warn(QObject::tr("Audit trail damaged \u2014 tell support; recording goes on. Found: %1")
                 .arg(checked.problem->text));
    }
    m_audit = std::make_unique<bd::storage::AuditWriter>(std::move(trail.value()), QSysInfo::machineHostName());
    QObject::connect(
        m_audit.get(), &bd::storage::AuditWriter::writeFailed, m_window.get(), [this](const QString& detail) {
            qCWarning(lcApp, "audit trail: %s", qPrintable(detail));
            warn(QObject::tr("Audit trail: a record could not be written \u2014 tell support. %1").arg(detail));
        });
}

void CompositionRoot::auditSettingsChanges(
    const AppOptions& options, const bd::core::Settings& settings, const bd::storage::DataKeys& keys)
{
    // The configuration files are edited while the workstation is closed: what changed is told to
    // the trail at the next start, by key name only (docs/security.md).
    const auto compared = bd::storage::SettingsLedger::compareAndKeep(options.dataDir, keys.lookup, settings.values());
    if (!compared) {
        qCWarning(lcApp, "settings state: %s", qPrintable(compared.error().detail));
        warn(QObject::tr("Settings changes cannot be recorded — tell support. %1").arg(compared.error().detail));
        return;
    }
    if (!m_audit)
        return;
    using Basis = bd::storage::SettingsComparison::Basis;
    const QString officer = officerId(options);
    if (compared->basis != Basis::Compared) {
        const bool unreadable = compared->basis == Basis::StateUnreadable;
        qCInfo(lcApp, "settings: %s", unreadable ? "earlier state unreadable, new baseline" : "first baseline");
        m_audit->record({ QStringLiteral("settings.baseline"), officer, {}, {},
            { { QStringLiteral("keys"), static_cast<int>(settings.values().size()) },
                { QStringLiteral("earlierStateUnreadable"), unreadable } },
            {} });
        return;
    }
    for (const QString& key : compared->changed)
        m_audit->record({ QStringLiteral("settings.change"), officer, {}, key, {}, {} });
    if (!compared->changed.isEmpty())
        qCInfo(lcApp, "settings: %lld keys changed since the last start",
            static_cast<long long>(compared->changed.size()));
}

void CompositionRoot::warn(const QString& text)
{
    const QString shown = m_window->warningText();
    if (!shown.contains(text))
        m_window->setWarning(shown.isEmpty() ? text : shown + QStringLiteral("  \u2022  ") + text);
}

void CompositionRoot::createCheckController(const AppOptions& options,
    const bd::core::Settings& settings,
    const QString& gatewayUnavailable,
    bd::core::SensitiveTokenRegistry* logTokens)
{
    bd::ui::CheckController::Config check;
    check.officerId = officerId(options);
    // Training runs with the trainer profile: every system of the scenario deck is seen, as the
    // debriefs assume (docs/scenarios.md); a live booth is a first-line border workstation.
    check.profile = options.demo ? bd::model::UserProfile::Trainer : bd::model::UserProfile::BorderFirstLine;
    if (settings.checkPurpose == QLatin1String("exit-check"))
        check.purpose = bd::model::Purpose::ExitCheck;
    else
        check.purpose = options.demo ? bd::model::Purpose::Training : bd::model::Purpose::EntryCheck;
    check.training = options.demo;
    check.notConfiguredReason = gatewayUnavailable;
    check.etias = bd::results::EtiasPeriods::fromStart(settings.etiasOperationsStart);
    if (check.etias.operationsStart.isValid() && settings.etiasTransitionalEnd.isValid())
        check.etias.transitionalEnd = settings.etiasTransitionalEnd;
    if (check.etias.operationsStart.isValid() && settings.etiasGraceEnd.isValid())
        check.etias.graceEnd = settings.etiasGraceEnd;
    check.borderState = settings.borderState;
    check.visaList = m_visaList.get();
    m_checkController = std::make_unique<bd::ui::CheckController>(
        *m_window, *m_resultsPage, *m_decisionPage, m_clock, *m_journal, m_gateway.get(), check);
    m_checkController->setLogTokens(logTokens);
    m_checkController->setAuditSink(m_audit.get());
    if (m_store) {
        m_checkController->setArchive(&m_store->archive());
        m_checkController->setDecisionStore(&m_store->decisions());
    }
}

void CompositionRoot::wireTrainingScenarios()
{
    m_checkController->setExpectedOutcomeProvider(
        [demo = m_demo.get(), language = m_language](
            const bd::model::SearchRequest& r) -> std::optional<bd::ui::ExpectedOutcome> {
            const auto* c = demo->scenarioFor(r.document.issuingState, r.document.number);
            if (!c || !c->expected)
                return std::nullopt;
            // The scenario file keeps the decision by its key (checked when the deck loads).
            const auto decision = bd::model::decisionFromKey(c->expected->decision);
            return bd::ui::ExpectedOutcome { decision.value_or(bd::model::Decision::SecondLine),
                c->expected->refusalReason, c->expected->requiredAction, c->expected->debriefIn(language) };
        });
    auto* picker = new QAction(QObject::tr("Training scenario…"), m_window.get());
    picker->setObjectName(QStringLiteral("scenarioPickerAction"));
    picker->setShortcut(Qt::Key_F9);
    picker->setShortcutContext(Qt::ApplicationShortcut);
    m_window->addAction(picker);
    QObject::connect(picker, &QAction::triggered, m_window.get(), [this] { pickScenario(); });
    m_window->setStatusHint(QObject::tr("F9  Training scenario"));
}

void CompositionRoot::wireCheck()
{
    QObject::connect(m_documentPage, &bd::ui::DocumentPage::documentRead, m_checkController.get(),
        &bd::ui::CheckController::startCheck);
    QObject::connect(m_checkController.get(), &bd::ui::CheckController::checkRestored, m_documentPage,
        &bd::ui::DocumentPage::showRestoredRecord);
    wireConnectivity();
    wireStore();
    QObject::connect(m_window.get(), &bd::ui::MainWindow::checkRestarted, m_wedge.get(),
        [this] { m_wedge->setToday(m_clock.today()); });
    qApp->installEventFilter(m_wedge.get());
}

void CompositionRoot::wireConnectivity()
{
    using Connectivity = bd::ui::MainWindow::Connectivity;
    using State = bd::gateway::ConnectivityMonitor::State;
    if (!m_gateway) {
        m_window->setConnectivity(Connectivity::NotConfigured);
        return;
    }
    m_connectivity = std::make_unique<bd::gateway::ConnectivityMonitor>(*m_gateway);
    const auto show = [this](State state) {
        const Connectivity shown = state == State::Online ? Connectivity::Online
            : state == State::Degraded                    ? Connectivity::Degraded
            : state == State::Offline                     ? Connectivity::Offline
                                                          : Connectivity::Checking;
        m_window->setConnectivity(shown, m_connectivity->detail());
    };
    QObject::connect(m_connectivity.get(), &bd::gateway::ConnectivityMonitor::stateChanged, m_window.get(), show);
    show(m_connectivity->state()); // Unknown: "checking" until the first answer
    m_connectivity->start();
}

void CompositionRoot::wireStore()
{
    if (!m_store || !m_gateway || !m_connectivity)
        return;
    auto& outbox = m_store->startOutbox(*m_gateway, *m_connectivity);
    QObject::connect(
        &outbox, &bd::session::OutboxSender::countsChanged, m_window.get(), &bd::ui::MainWindow::setOutbox);
    QObject::connect(m_window.get(), &bd::ui::MainWindow::outboxRetryRequested, &outbox,
        &bd::session::OutboxSender::retryQuarantined);
    QObject::connect(&outbox, &bd::session::OutboxSender::recordSent, m_checkController.get(),
        &bd::ui::CheckController::outboxRecordSent);
    m_store->startHotlist(*m_gateway, *m_connectivity);
    auto& checker = m_store->startRetroChecks(*m_gateway, *m_connectivity, m_audit.get());
    QObject::connect(
        &checker, &bd::session::RetroChecker::retroHit, m_window.get(), [this](const bd::session::RetroHit& hit) {
            qCWarning(lcApp, "retro-hit: a check made offline has a hit now");
            m_window->addAlert(bd::ui::RetroHitText::alert(hit));
            QApplication::beep();
        });
}

void CompositionRoot::guardScreenPrivacy(const AppOptions& options, const bd::core::Settings& settings)
{
    // The traveller's data leaves the screen when the officer has moved on (site settings; training
    // keeps a decided check on screen for its debrief).
    m_privacyGuard = std::make_unique<bd::ui::ScreenPrivacyGuard>(
        *m_window, options.demo ? 0 : settings.clearAfterDecisionSeconds, settings.idleClearSeconds);
    QObject::connect(m_checkController.get(), &bd::ui::CheckController::decisionRecorded, m_privacyGuard.get(),
        &bd::ui::ScreenPrivacyGuard::decisionRecorded);
    qApp->installEventFilter(m_privacyGuard.get());
}

std::unique_ptr<bd::gateway::GatewayClient> CompositionRoot::makeGatewayClient(
    const AppOptions& options, const bd::core::Settings& settings, QString* unavailableReason)
{
    // A gateway on another machine (live, or a classroom's training gateway) with its pinned CA.
    const auto remoteGateway = [&settings, &options](const QUrl& url, const QString& ca, const QString& cert,
                                   const QString& key, bd::gateway::GatewayMode mode) {
        bd::gateway::GatewayClientConfig c;
        c.baseUrl = url;
        c.caFile = ca;
        c.certFile = cert;
        c.keyFile = key;
        c.mode = mode;
        c.systemDeadlineMs = settings.requestTimeoutMs;
        c.officerId = officerId(options);
        return c;
    };
    bd::gateway::GatewayClientConfig config;
    const QUrl classroom = options.trainingGateway.isEmpty() ? settings.trainingGatewayUrl : options.trainingGateway;
    if (options.demo && !classroom.isEmpty()) {
        // Classroom: the trainer's borderdesk-gateway, which must declare itself a training gateway
        // (GatewayMode::Training); the scenario material is this workstation's own deck.
        m_demo = std::make_unique<DemoGateway>(options.dataDir, m_clock.today());
        if (auto error = m_demo->loadDeck()) {
            qCWarning(lcApp, "classroom: the scenario deck did not load (%s)", qPrintable(error->code));
            m_demo.reset(); // searches still work; the picker and the debrief do not
        }
        if (settings.trainingCaFile.isEmpty() || settings.trainingClientCertFile.isEmpty()
            || settings.trainingClientKeyFile.isEmpty()) {
            *unavailableReason = QObject::tr("The classroom gateway %1 needs the trainer's CA and this workstation's "
                                             "training certificate and key (site settings training/caFile, "
                                             "training/clientCertFile, training/clientKeyFile).")
                                     .arg(classroom.host());
            qCInfo(lcApp, "classroom gateway without training certificates: searches are disabled");
            return nullptr;
        }
        config = remoteGateway(classroom, settings.trainingCaFile, settings.trainingClientCertFile,
            settings.trainingClientKeyFile, bd::gateway::GatewayMode::Training);
        qCInfo(lcApp, "training mode against a classroom gateway");
    } else if (options.demo) {
        // Demo: only ever the in-process training gateway on loopback, never a configured URL.
        m_demo = std::make_unique<DemoGateway>(options.dataDir, m_clock.today());
        auto started = m_demo->start();
        if (!started) {
            qCWarning(lcApp, "demo: the training gateway did not start (%s)", qPrintable(started.error().code));
            *unavailableReason = QObject::tr("The in-process training gateway did not start (%1: %2).")
                                     .arg(started.error().code, started.error().detail);
            m_demo.reset();
            return nullptr;
        }
        config = started.value();
    } else {
        if (settings.gatewayUrl.isEmpty() || settings.gatewayCaFile.isEmpty() || settings.clientCertFile.isEmpty()
            || settings.clientKeyFile.isEmpty()) {
            *unavailableReason = QObject::tr("This workstation has no central gateway configured: set gateway URL, "
                                             "gateway CA, client certificate and key in the site settings.");
            qCInfo(lcApp, "live mode without gateway settings: searches are disabled");
            return nullptr;
        }
        config = remoteGateway(settings.gatewayUrl, settings.gatewayCaFile, settings.clientCertFile,
            settings.clientKeyFile, bd::gateway::GatewayMode::Live);
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    auto client = std::make_unique<bd::gateway::HttpsGatewayClient>(*m_network, config);
    if (client->configError()) {
        *unavailableReason = QObject::tr("The gateway settings are not usable (%1: %2).")
                                 .arg(client->configError()->code, client->configError()->detail);
        qCWarning(lcApp, "gateway client not usable: %s", qPrintable(client->configError()->code));
        return nullptr;
    }
    return client;
}

void CompositionRoot::wireCamera(const bd::core::Settings& settings, bd::ui::DocumentPage& document)
{
    if (settings.captureSource.isEmpty())
        return; // the page says that no camera is configured
    if (!m_imageReader) {
        document.setCameraUnavailableReason(QObject::tr("The camera needs the MRZ reader, which did not load."));
        return;
    }
    bd::capture::OpenCvFrameSource::Spec spec;
    QString why;
    if (!bd::capture::OpenCvFrameSource::parseSpec(settings.captureSource, &spec, &why)) {
        // Settings::load refuses such a value; this guards settings built in code.
        document.setCameraUnavailableReason(QObject::tr("The camera setting capture/source is not valid: %1").arg(why));
        return;
    }
    m_camera = std::make_unique<CameraReading>(spec, *m_imageReader, document);
}

void CompositionRoot::wireTrainingFaces()
{
    // The scenario traveller's portrait stands in for the camera capture once the document is read.
    const auto showTravellerPortrait = [this](const bd::document::MrzRecord& record) {
        const auto* c = m_demo->scenarioFor(
            record.value(QStringLiteral("issuingState")), record.value(QStringLiteral("documentNumber")));
        m_biometricsPage->setTrainingPortrait(c ? m_demo->travellerPortrait(c->id) : QImage());
    };
    QObject::connect(m_documentPage, &bd::ui::DocumentPage::documentRead, m_biometricsPage, showTravellerPortrait);
    // A parked check brought back (F8): its traveller again (its faces on file follow with resultReady).
    QObject::connect(
        m_checkController.get(), &bd::ui::CheckController::checkRestored, m_biometricsPage, showTravellerPortrait);
    // The same portrait in the traveller header of the result and the decision (the page above
    // has it by the time the check starts: it is connected first).
    m_checkController->setPortraitProvider([this](const bd::document::MrzRecord&) {
        return bd::ui::CheckController::Portrait { m_biometricsPage->portrait(), QObject::tr("Training portrait") };
    });
    // With the result: the faces the scenario puts in the records found, and in the records that
    // are reached only through an identity link (a red link's other identity).
    QObject::connect(m_checkController.get(), &bd::ui::CheckController::resultReady, m_biometricsPage,
        [this](const bd::results::UnifiedResult& result) {
            const auto& document = m_checkController->currentRequest().document;
            const auto* c = m_demo->scenarioFor(document.issuingState, document.number);
            QList<bd::ui::BiometricsPage::FaceOnFile> faces;
            if (c) {
                for (const bd::training::FaceRecord& r : bd::training::faceRecords(result)) {
                    QImage image = m_demo->enrolledPortrait(c->id, r.record.system, r.record.recordId);
                    if (!image.isNull())
                        faces.append({ r.record.system, r.record.recordId, r.link, std::move(image) });
                }
            }
            m_biometricsPage->setFacesOnFile(faces);
        });
}

bool CompositionRoot::runScenario(const QString& scenarioId)
{
    if (!m_demo)
        return false;
    const auto path = m_demo->renderDocument(scenarioId);
    if (!path) {
        qCWarning(lcApp, "demo: scenario document not printed (%s)", qPrintable(path.error().code));
        return false;
    }
    if (const auto* c = m_demo->deck().findById(scenarioId))
        m_checkController->prepareScenario(c->purpose, c->etiasPeriods);
    m_window->restartCheck();
    m_presetDialogs->presetImageFile(path.value());
    m_documentPage->openImage(); // the real OCR reads the printed document
    return true;
}

void CompositionRoot::pickScenario()
{
    if (!m_demo)
        return;
    QList<bd::ui::ScenarioPicker::Entry> entries;
    for (const auto& c : m_demo->deck().cases())
        entries.append({ c.id, c.titleIn(m_language) });
    bd::ui::ScenarioPicker picker(entries, m_window.get());
    if (picker.exec() == QDialog::Accepted && !picker.selectedId().isEmpty())
        runScenario(picker.selectedId());
}

QMainWindow& CompositionRoot::mainWindow()
{
    return *m_window;
}

void CompositionRoot::loadTranslations(const QString& language)
{
    m_language = language;
    if (language.isEmpty() || language == QLatin1String("en"))
        return;
    // Qt's own words (Cancel, OK, Yes, No in standard buttons and dialogs) from qt6-translations-l10n.
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(
            QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    else
        m_qtTranslator.reset();
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
