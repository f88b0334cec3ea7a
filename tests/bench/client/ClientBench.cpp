// bd-bench-client [--searches N] [--warmup N] [--no-latency] [--unify-runs N]
//
// What the workstation adds between the last system event of a search and the unified result on
// screen (issue 3: <= 20 ms). Target and measure, per search:
//
//   from  the moment the GUI thread receives the reply bytes that carry the last system event
//         (QNetworkReply::readyRead of those bytes, stamped by a connection made before the
//         client's own, so before the line is parsed),
//   to    the unified result painted: CheckController has unified the outcome (Unifier), the
//         ResultsPage and DecisionPage have applied it (resultReady), and the events the window
//         posted (layout requests, then its UpdateRequest: paint and flush) were processed.
//
// The path is the workstation's: the real training gateway on loopback (tests/support
// LoopbackGateway, mutual TLS, realistic per-system latencies so the systems answer one by one),
// the real HttpsGatewayClient, DocumentPage -> CheckController -> ResultsPage in a MainWindow
// built like app/CompositionRoot.cpp builds it (same pages, style sheet, size, profile). The
// CompositionRoot itself is not used because it owns its network manager (the bench needs the
// reply's readyRead) and only ever starts the demo gateway with the embedded deck (the bench adds
// a 1,000-hit case). The stamp excludes the hop inside Qt from its HTTP thread to the GUI thread.
//
// Scenarios, interleaved: clean-visa-exempt, red-link (embedded deck) and bench-many-hits (1,000
// hits: 500 SIS + 500 VIS over 100 identities, written by the bench). Prints Markdown rows.
#include "services/core/Clock.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "services/session/DecisionJournal.h"
#include "services/training/ScenarioDocument.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/PlaceholderPage.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/DialogService.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "ui/ResultsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace bd::gateway;

using namespace bd::model;

namespace {

QElapsedTimer g_clock;
qint64 nowNs()
{
    return g_clock.nsecsElapsed();
}

// Stamps every reply's readyRead (and finished) before any other receiver sees it: the connection
// is made here, while the reply is created, so it runs ahead of HttpsGatewayClient's own.
class StampingNetworkAccessManager : public QNetworkAccessManager
{
public:
    qint64 lastBytesNs = -1;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, data);
        connect(reply, &QNetworkReply::readyRead, this, [this] { lastBytesNs = nowNs(); });
        connect(reply, &QNetworkReply::finished, this, [this] { lastBytesNs = nowNs(); });
        return reply;
    }
};

// The real client behind the GatewayClient interface the UI uses; notes, for each search, the
// reply stamp in force when the last system event was emitted, and the outcome.
class ObservedClient : public GatewayClient
{
public:
    ObservedClient(GatewayClient& inner, const StampingNetworkAccessManager& network)
        : m_inner(inner)
        , m_network(network)
    {
    }
    qint64 lastEventBytesNs = -1;
    qint64 lastEventSignalNs = -1;
    int events = 0;
    std::optional<SearchOutcome> outcome;

    SearchHandle* search(const SearchRequest& request) override
    {
        lastEventBytesNs = lastEventSignalNs = -1;
        events = 0;
        outcome.reset();
        SearchHandle* handle = m_inner.search(request);
        // Connected before CheckController connects ResultsPage::applyEvent: runs first.
        connect(handle, &SearchHandle::systemAnswered, this, [this](const SystemEvent&) {
            lastEventSignalNs = nowNs();
            lastEventBytesNs = m_network.lastBytesNs;
            ++events;
        });
        connect(handle, &SearchHandle::finished, this, [this](const SearchOutcome& o) { outcome = o; });
        return handle;
    }
    RecordHandle* submitRecord(const RecordSubmission& r) override { return m_inner.submitRecord(r); }
    HotlistHandle* fetchHotlist(qint64 since, const QString& keyId) override
    {
        return m_inner.fetchHotlist(since, keyId);
    }
    HealthHandle* checkHealth() override { return m_inner.checkHealth(); }

private:
    GatewayClient& m_inner;
    const StampingNetworkAccessManager& m_network;
};

class NoDialogs final : public bd::ui::DialogService
{
public:
    QString openImageFile(QWidget*) override { return {}; }
};

class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// JSON helpers (the build forbids implicit const char* -> QString).
QJsonValue str(const char* text)
{
    return QJsonValue(QLatin1String(text));
}
QJsonObject obj(std::initializer_list<std::pair<const char*, QJsonValue>> members)
{
    QJsonObject o;
    for (const auto& [key, value] : members)
        o.insert(QLatin1String(key), value);
    return o;
}

// 1,000 hits over 100 identities (5 SIS inquiry-check alerts and 5 VIS files each), synthetic names.
QJsonObject manyHitsScenario()
{
    QJsonArray sis;
    QJsonArray vis;
    for (int i = 0; i < 100; ++i) {
        const QString surname = QStringLiteral("SPECIMEN%1%2").arg(QChar(u'A' + i / 26)).arg(QChar(u'A' + i % 26));
        const QJsonObject person = obj({ { "surname", surname }, { "givenNames", str("TRAINEE") },
            { "dateOfBirth", QDate(1970, 1, 1).addDays(97 * i).toString(Qt::ISODate) }, { "sex", str("F") },
            { "nationality", str("MAR") } });
        for (int k = 0; k < 5; ++k) {
            sis.append(obj({ { "recordId", QStringLiteral("sis-b%1-%2").arg(i).arg(k) }, { "person", person },
                { "sis",
                    obj({ { "category", str("inquiry-check") }, { "action", str("Interview the person") },
                        { "issuingState", str("BEL") } }) } }));
            vis.append(obj({ { "recordId", QStringLiteral("vis-b%1-%2").arg(i).arg(k) }, { "person", person },
                { "vis",
                    obj({ { "applicationNumber", QStringLiteral("APP-b%1-%2").arg(i).arg(k) },
                        { "status", str("issued") }, { "visaType", str("C") },
                        { "stickerNumber", QStringLiteral("VSb%1%2").arg(i).arg(k) }, { "validFrom", str("today-60") },
                        { "validUntil", str("today+120") }, { "entriesAllowed", 0 }, { "entriesUsed", 1 },
                        { "durationOfStayDays", 90 } }) } }));
        }
    }
    const QJsonObject traveller
        = obj({ { "person",
                    obj({ { "surname", str("SPECIMEN") }, { "givenNames", str("BENCH") },
                        { "dateOfBirth", str("1979-03-17") }, { "sex", str("F") }, { "nationality", str("MAR") } }) },
            { "document",
                obj({ { "documentCode", str("P") }, { "issuingState", str("MAR") }, { "number", str("S10009901") },
                    { "dateOfExpiry", str("today+1500") } }) } });
    return obj({ { "id", str("bench-many-hits") }, { "title", str("Benchmark: 1,000 hits over 100 identities") },
        { "traveller", traveller },
        { "systems",
            obj({ { "sis", obj({ { "status", str("hit") }, { "hits", sis } }) },
                { "vis", obj({ { "status", str("hit") }, { "hits", vis } }) } }) },
        { "expected",
            obj({ { "decision", str("second-line") }, { "requiredAction", str("second-line-inquiry") },
                { "debrief",
                    str("Benchmark case only: many SIS inquiry-check alerts and VIS files to render.") } }) } });
}

// The scenario deck of the bench: two cases of the embedded deck and the 1,000-hit case.
bool writeDeck(const QString& dir)
{
    for (const char* id : { "clean-visa-exempt", "red-link" }) {
        const QString name = QString::fromLatin1(id) + QStringLiteral(".json");
        if (!QFile::copy(QStringLiteral("%1/%2").arg(QLatin1String(bd::training::ScenarioDeck::kEmbedded), name),
                QDir(dir).filePath(name)))
            return false;
    }
    QFile f(QDir(dir).filePath(QStringLiteral("bench-many-hits.json")));
    return f.open(QIODevice::WriteOnly)
        && f.write(QJsonDocument(manyHitsScenario()).toJson(QJsonDocument::Compact)) > 0;
}

QStringList zoneFor(const bd::training::CaseFile& c)
{
    const auto lines = bd::training::scenarioZone(c);
    return lines ? lines.value() : QStringList();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

struct Scenario
{
    QString id;
    QString label;
    QStringList zone;
    QString expectedAction;
    std::vector<double> toPainted; // last event bytes -> painted
    std::vector<double> toResult; // last event bytes -> resultReady (unified, applied)
    std::vector<double> signalToPainted; // last systemAnswered emitted -> painted
    int hits = 0;
    std::optional<SearchOutcome> outcome;
    SearchRequest request;
};

// The offscreen platform warns once per window shown; keep the bench's stderr readable.
QtMessageHandler g_defaultHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!message.contains(QLatin1String("propagateSizeHints")))
        g_defaultHandler(type, context, message);
}

struct BenchOptions
{
    int searches = 0; // measured searches per scenario
    int warmup = 0; // unmeasured searches per scenario first
    bool realistic = true; // the systems answer one by one
    int unifyRuns = 0;
};

BenchOptions parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption searchesOpt(QStringLiteral("searches"),
        QStringLiteral("Measured searches per scenario (interleaved)."), QStringLiteral("n"), QStringLiteral("70"));
    const QCommandLineOption warmupOpt(QStringLiteral("warmup"),
        QStringLiteral("Unmeasured searches per scenario first."), QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption noLatencyOpt(QStringLiteral("no-latency"),
        QStringLiteral("Every system answers at once (all lines arrive together) instead of one by one."));
    const QCommandLineOption unifyRunsOpt(QStringLiteral("unify-runs"),
        QStringLiteral("Runs of Unifier::unify alone on the 1,000-hit answer."), QStringLiteral("n"),
        QStringLiteral("50"));
    parser.addOptions({ searchesOpt, warmupOpt, noLatencyOpt, unifyRunsOpt });
    parser.process(app);
    BenchOptions options;
    options.searches = std::max(1, parser.value(searchesOpt).toInt());
    options.warmup = std::max(0, parser.value(warmupOpt).toInt());
    options.realistic = !parser.isSet(noLatencyOpt);
    options.unifyRuns = std::max(1, parser.value(unifyRunsOpt).toInt());
    return options;
}

// The bench's scenarios from the gateway's deck, in the order they are searched; false (and why on
// stderr) when one is missing.
bool loadScenarios(const bd::testsupport::LoopbackGateway& gateway, std::vector<Scenario>& scenarios)
{
    for (const auto& [id, label] : { std::pair { "clean-visa-exempt", "clean traveller (clean-visa-exempt)" },
             std::pair { "bench-many-hits", "1,000 hits, 100 identities (bench-many-hits)" },
             std::pair { "red-link", "red MID link (red-link)" } }) {
        const auto* c = gateway.scenarios().findById(QString::fromLatin1(id));
        if (!c || !c->expected) {
            std::fprintf(stderr, "bd-bench-client: scenario %s missing\n", id);
            return false;
        }
        Scenario s;
        s.id = QString::fromLatin1(id);
        s.label = QString::fromLatin1(label);
        s.zone = zoneFor(*c);
        s.expectedAction = c->expected->requiredAction;
        if (s.zone.isEmpty()) {
            std::fprintf(stderr, "bd-bench-client: no zone for %s\n", id);
            return false;
        }
        scenarios.push_back(std::move(s));
    }
    return true;
}

// The client as the demo workstation configures it (app/DemoGateway.cpp), real mutual TLS.
GatewayClientConfig clientConfig(const bd::testsupport::LoopbackGateway& gateway)
{
    GatewayClientConfig config;
    config.baseUrl = gateway.url();
    config.caFile = gateway.caCertificatePath();
    // The profile below is border-first-line: the gateway answers for the certificate's profile only.
    config.certFile = gateway.certificatePath(bd::testsupport::TestClient::BorderGuard);
    config.keyFile = gateway.keyPath(bd::testsupport::TestClient::BorderGuard);
    config.mode = GatewayMode::Demo;
    config.officerId = QStringLiteral("bench-officer");
    return config;
}

bd::ui::CheckController::Config checkConfig(const bd::results::VisaList* visaList)
{
    bd::ui::CheckController::Config check;
    check.officerId = QStringLiteral("bench-officer");
    check.profile = UserProfile::BorderFirstLine;
    check.purpose = Purpose::Training;
    check.training = true;
    check.visaList = visaList;
    return check;
}

// The window as app/CompositionRoot.cpp builds it in demo mode (the booth style sheet is the
// application's), shown at 1440x900.
struct BenchWorkstation
{
    explicit BenchWorkstation(GatewayClient& client)
        : controller(window,
            *results,
            *decision,
            clock,
            journal,
            &client,
            checkConfig(visaList ? &*visaList : nullptr)) // as CompositionRoot loads it
    {
        QObject::connect(
            document, &bd::ui::DocumentPage::documentRead, &controller, &bd::ui::CheckController::startCheck);
        window.setConnectivity(bd::ui::MainWindow::Connectivity::Online);
        window.resize(1440, 900);
        window.show();
        QApplication::processEvents();
    }

    bd::core::SystemClock clock;
    NoDialogs dialogs;
    QTemporaryDir dataDir;
    bd::session::DecisionJournal journal { QDir(dataDir.path()).filePath(QStringLiteral("decisions.jsonl")) };
    bd::ui::DocumentPage* document = new bd::ui::DocumentPage(clock, dialogs, nullptr, QString());
    bd::ui::ResultsPage* results = new bd::ui::ResultsPage;
    bd::ui::DecisionPage* decision = new bd::ui::DecisionPage;
    bd::ui::MainWindow window { bd::ui::MainWindow::Pages {
                                    document, bd::testsupport::PlaceholderPage::biometrics(), results, decision },
        bd::ui::MainWindow::Mode::Training };
    const bd::core::Result<bd::results::VisaList> visaList = bd::results::VisaList::builtIn();
    bd::ui::CheckController controller;
};

// The searches, interleaved over the scenarios: warm-up rounds first (not measured), then the
// measured rounds. Each search's times go to its scenario.
class SearchRun
{
public:
    SearchRun(
        BenchWorkstation& workstation, ObservedClient& client, std::vector<Scenario>& scenarios, int warmup, int rounds)
        : m_ws(workstation)
        , m_client(client)
        , m_scenarios(scenarios)
        , m_warmup(warmup)
        , m_rounds(rounds)
    {
        m_ws.results->installEventFilter(&m_paints);
    }
    ~SearchRun() { m_ws.results->removeEventFilter(&m_paints); }

    // Runs every search (at most 20 minutes); the wall time in seconds.
    double exec()
    {
        QObject::connect(&m_ws.controller, &bd::ui::CheckController::resultReady, qApp, [this] {
            m_resultNs = nowNs();
            m_paintsBefore = m_paints.paints;
            QMetaObject::invokeMethod(
                qApp, [this] { painted(); }, Qt::QueuedConnection);
        });
        QTimer::singleShot(0, qApp, [this] { next(); });
        QTimer::singleShot(20 * 60 * 1000, qApp, [this] {
            std::fprintf(stderr, "bd-bench-client: gave up after 20 minutes\n");
            ++errors;
            QApplication::quit();
        });
        QElapsedTimer wall;
        wall.start();
        QApplication::exec();
        return static_cast<double>(wall.elapsed()) / 1000.0;
    }

    int errors = 0;
    int forcedRepaints = 0;

private:
    void next()
    {
        if (m_current == m_scenarios.size()) {
            m_current = 0;
            ++m_round;
        }
        if (m_round == m_rounds) {
            QApplication::quit();
            return;
        }
        m_ws.window.restartCheck();
        QApplication::processEvents(); // the emptied page is painted before the search starts
        m_resultNs = -1;
        m_ws.document->readMrzLines(m_scenarios[m_current].zone, bd::ui::DocumentResultPanel::Source::Typed);
        if (!m_ws.controller.isSearching()) {
            std::fprintf(stderr, "bd-bench-client: %s: no search started\n", qPrintable(m_scenarios[m_current].id));
            ++errors;
            QApplication::quit();
        }
    }

    // Queued after resultReady: the layout requests and UpdateRequest the window posted while the
    // result was applied are processed (that is the paint and the flush), then the stamp is taken.
    void painted()
    {
        QCoreApplication::sendPostedEvents();
        if (m_paints.paints == m_paintsBefore) { // nothing was painted: paint synchronously
            m_ws.window.repaint();
            ++forcedRepaints;
        }
        const qint64 paintedNs = nowNs();
        record(m_scenarios[m_current], paintedNs);
        ++m_current;
        QTimer::singleShot(0, qApp, [this] { next(); });
    }

    void record(Scenario& s, qint64 paintedNs)
    {
        const auto& o = m_client.outcome;
        const auto& controller = m_ws.controller;
        const bool ok = o && o->ok() && m_client.events == static_cast<int>(allSystems().size())
            && m_client.lastEventBytesNs > 0 && controller.lastResult()
            && bd::results::actionKey(controller.lastResult()->requiredAction.code) == s.expectedAction;
        if (!ok) {
            ++errors;
            std::fprintf(stderr, "bd-bench-client: %s: unexpected result (events %d, action %s)\n", qPrintable(s.id),
                m_client.events,
                controller.lastResult()
                    ? qPrintable(bd::results::actionKey(controller.lastResult()->requiredAction.code))
                    : "-");
        } else if (m_round >= m_warmup) {
            s.toPainted.push_back(static_cast<double>(paintedNs - m_client.lastEventBytesNs) / 1e6);
            s.toResult.push_back(static_cast<double>(m_resultNs - m_client.lastEventBytesNs) / 1e6);
            s.signalToPainted.push_back(static_cast<double>(paintedNs - m_client.lastEventSignalNs) / 1e6);
        }
        if (ok && !s.outcome) {
            s.outcome = o;
            s.request = controller.currentRequest();
            s.hits = 0;
            for (const auto& e : o->events)
                s.hits += static_cast<int>(e.hits.size());
        }
    }

    BenchWorkstation& m_ws;
    ObservedClient& m_client;
    std::vector<Scenario>& m_scenarios;
    const int m_warmup;
    const int m_rounds;
    PaintCounter m_paints;
    int m_round = 0;
    std::size_t m_current = 0;
    qint64 m_resultNs = -1;
    int m_paintsBefore = 0;
};

void printSearchRows(const BenchOptions& options, const std::vector<Scenario>& scenarios, double wallS)
{
    std::printf(
        "| setup | %d searches per scenario, interleaved (+%d warm-up each); HTTPS + mutual TLS on loopback, %s; "
        "window 1440x900, offscreen; %.0f s | |\n",
        options.searches, options.warmup,
        options.realistic ? "systems answer one by one (default latencies)" : "no latency (all lines at once)", wallS);
    for (const Scenario& s : scenarios) {
        std::printf("| %s, %d hit(s): last system event received -> result painted (median / p95 / max) | "
                    "**%.1f** / %.1f / %.1f ms | <= 20 ms |\n",
            qPrintable(s.label), s.hits, percentile(s.toPainted, 0.5), percentile(s.toPainted, 0.95),
            percentile(s.toPainted, 1.0));
        std::printf("| %s: of which to unified and applied (resultReady), median / p95 | %.1f / %.1f ms | |\n",
            qPrintable(s.label), percentile(s.toResult, 0.5), percentile(s.toResult, 0.95));
    }
}

// Unifier::unify alone on the real 1,000-hit answer.
void printUnifyAlone(const Scenario& many, int runs, const QDate& today)
{
    std::vector<double> unifyMs;
    const auto visaList = bd::results::VisaList::builtIn();
    bd::results::CheckContext context;
    context.today = today;
    context.document.read = true;
    context.document.zoneValid = true;
    context.document.dateOfExpiry = many.request.document.dateOfExpiry;
    context.visaList = visaList ? &*visaList : nullptr;
    const bd::results::SearchAnswers answers { many.request, many.outcome->events, many.outcome->summary, std::nullopt,
        {} };
    int identities = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = bd::results::Unifier::unify(answers, context);
        unifyMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        identities = static_cast<int>(r.identities.size());
    }
    std::printf("| Unifier::unify alone, %d hits -> %d identities (median / max of %d) | %.2f / %.2f ms | |\n",
        many.hits, identities, runs, percentile(unifyMs, 0.5), percentile(unifyMs, 1.0));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("bd.*.info=false"));
    const BenchOptions options = parseOptions(app);
    g_clock.start();

    // The training gateway on loopback with the bench's deck.
    QTemporaryDir deckDir;
    if (!deckDir.isValid() || !writeDeck(deckDir.path())) {
        std::fprintf(stderr, "bd-bench-client: cannot write the scenario deck\n");
        return 1;
    }
    bd::testsupport::LoopbackGateway::Options gatewayOptions;
    gatewayOptions.realisticLatency = options.realistic;
    gatewayOptions.scenarioDirectory = deckDir.path();
    bd::testsupport::LoopbackGateway gateway(gatewayOptions);
    if (!gateway.isRunning()) {
        std::fprintf(stderr, "bd-bench-client: gateway: %s\n", qPrintable(gateway.errorString()));
        return 1;
    }
    std::vector<Scenario> scenarios;
    if (!loadScenarios(gateway, scenarios))
        return 1;

    StampingNetworkAccessManager network;
    HttpsGatewayClient https(network, clientConfig(gateway));
    if (https.configError()) {
        std::fprintf(stderr, "bd-bench-client: client config: %s\n", qPrintable(https.configError()->detail));
        return 1;
    }
    ObservedClient client(https, network);

    QFile style(QStringLiteral(":/styles/booth.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));
    BenchWorkstation workstation(client);
    SearchRun run(workstation, client, scenarios, options.warmup, options.warmup + options.searches);
    const double wallS = run.exec();

    printSearchRows(options, scenarios, wallS);
    const Scenario& many = scenarios[1];
    if (many.outcome)
        printUnifyAlone(many, options.unifyRuns, workstation.clock.today());
    if (run.errors || run.forcedRepaints)
        std::printf("| errors / searches without a posted repaint | %d / %d | 0 |\n", run.errors, run.forcedRepaints);
    return run.errors == 0 ? 0 : 1;
}
