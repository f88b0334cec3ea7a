// borderdesk-cli query: one search through the real gateway client (mutual TLS, streamed answers),
// printed as the unified, action-first result (docs/cli.md). The request, the search and the
// unification are the workstation's own (bd::session::CheckService).
#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/QueryStore.h"
#include "app/cli/VerdictOptions.h"

#include "services/core/Clock.h"
#include "services/document/MrzParser.h"
#include "services/gateway/GatewayClient.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "services/results/UnifiedResultJson.h"
#include "services/results/VisaList.h"
#include "services/session/CheckService.h"
#include "services/training/ClientIdentity.h"
#include "services/training/DevCertificates.h"
#include "services/training/LoopbackTrainingGateway.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/ScenarioDocument.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>
#include <optional>

namespace bd::app::cli {

namespace {

using namespace bd::gateway;
using namespace bd::model;
using bd::session::CheckService;

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli query (--gateway URL --ca FILE [--cert FILE --key FILE] | --demo) [options]\n"
               "  --gateway URL        https://host:port of the gateway\n"
               "  --ca FILE            the gateway CA (PEM): the only trusted anchor\n"
               "  --cert/--key FILE    the workstation's client certificate and key (PEM)\n"
               "  --mode MODE          live (default with --gateway) or training\n"
               "  --demo               start the training gateway in-process on loopback with fresh certificates\n"
               "                       (the border guard's workstation certificate: profile border-first-line)\n"
               "  --scenario ID        with --demo: take the traveller from the scenario deck\n"
               "  --document-number N  --issuing-state S  --document-code C  --expiry YYYY-MM-DD\n"
               "  --surname S  --given-names G  --birth YYYY-MM-DD  --sex M|F|X  --nationality S\n"
               "  --profile P          border-first-line, border-second-line, consular, trainer (default: the\n"
               "                       profile in the client certificate's subject OU, else border-first-line);\n"
               "                       the gateway refuses a profile other than the certificate's\n"
               "  --system S           ask only this system (repeatable; default: every system)\n"
               "  --officer ID         officer id sent with the search (default: cli)\n"
               "  --system-timeout MS  per-system deadline (default 8000)\n"
               "exit status: 0 admit or let exit, 1 any other required action, 2 usage or connection error\n",
        out);
    std::fputs(VerdictOptions::usage(), out);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "borderdesk-cli query: %s\n", qPrintable(message));
    return 2;
}

int usageError(const QString& message)
{
    return reportUsageError("query", usage, message);
}

// Errors that mean the search never really happened: the gateway could not be used at all.
bool isConnectionError(const QString& code)
{
    static const QStringList codes { QString::fromLatin1(errors::kTls), QString::fromLatin1(errors::kUntrustedServer),
        QString::fromLatin1(errors::kClientCertificateRejected), QString::fromLatin1(errors::kUnreachable),
        QString::fromLatin1(errors::kConfig), QString::fromLatin1(errors::kHttp), QString::fromLatin1(errors::kSchema),
        QString::fromLatin1(errors::kTrainingGatewayInLiveMode),
        QString::fromLatin1(errors::kLiveGatewayInTrainingMode) };
    return codes.contains(code);
}

// What `query` is asked: the gateway to use, the search and the verdict's context.
struct Query
{
    GatewayClientConfig config;
    bool demo = false;
    bool profileGiven = false;
    QString scenarioId;
    QString dataDir; // --data-dir: the workstation's store and audit trail (empty: none)
    SearchRequest request;
    VerdictOptions verdict;
};

// The in-process training gateway of --demo and what it needs while it runs.
struct Demo
{
    QTemporaryDir certDir;
    std::unique_ptr<training::ScenarioDeck> deck;
    std::unique_ptr<training::LoopbackTrainingGateway> gateway; // serves *deck: declared after it
};

QList<QCommandLineOption> queryOptions()
{
    const auto valued = [](const char* name, const char* valueName) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(valueName));
    };
    QList<QCommandLineOption> options { QCommandLineOption(QStringLiteral("demo")), valued("gateway", "URL"),
        valued("ca", "FILE"), valued("cert", "FILE"), valued("key", "FILE"), valued("mode", "MODE"),
        valued("scenario", "ID"), valued("document-number", "N"), valued("issuing-state", "S"),
        valued("document-code", "C"), valued("expiry", "YYYY-MM-DD"), valued("surname", "S"),
        valued("given-names", "G"), valued("birth", "YYYY-MM-DD"), valued("sex", "M|F|X"), valued("nationality", "S"),
        valued("profile", "P"), valued("system", "S"), valued("officer", "ID"), valued("system-timeout", "MS"),
        valued("data-dir", "DIR") };
    return options + VerdictOptions::options();
}

// --gateway, --ca, --cert, --key, --mode, --system-timeout, --demo, --scenario.
bool readGateway(const QCommandLineParser& p, Query* q, QString* error)
{
    q->demo = p.isSet(QStringLiteral("demo"));
    q->dataDir = p.value(QStringLiteral("data-dir"));
    q->scenarioId = p.value(QStringLiteral("scenario"));
    q->config.mode = GatewayMode::Live;
    if (p.isSet(QStringLiteral("gateway")))
        q->config.baseUrl = QUrl(p.value(QStringLiteral("gateway")));
    q->config.caFile = p.value(QStringLiteral("ca"));
    q->config.certFile = p.value(QStringLiteral("cert"));
    q->config.keyFile = p.value(QStringLiteral("key"));
    if (p.isSet(QStringLiteral("mode"))) {
        const QString mode = p.value(QStringLiteral("mode"));
        if (mode != QLatin1String("live") && mode != QLatin1String("training")) {
            *error = QStringLiteral("--mode is live or training");
            return false;
        }
        q->config.mode = mode == QLatin1String("training") ? GatewayMode::Training : GatewayMode::Live;
    }
    if (p.isSet(QStringLiteral("system-timeout"))) {
        bool ok = false;
        q->config.systemDeadlineMs = p.value(QStringLiteral("system-timeout")).toInt(&ok);
        if (!ok || q->config.systemDeadlineMs <= 0) {
            *error = QStringLiteral("--system-timeout needs a positive number of milliseconds");
            return false;
        }
        q->config.searchDeadlineMs = std::max(q->config.searchDeadlineMs, q->config.systemDeadlineMs + 2000);
    }
    return true;
}

// The document and person fields, upper case as in a zone; --sex only M, F or X.
bool readTraveller(const QCommandLineParser& p, Query* q, QString* error)
{
    const auto upper = [&p](const char* name) { return p.value(QLatin1String(name)).toUpper(); };
    DocumentData& d = q->request.document;
    PersonData& person = q->request.person;
    d.number = upper("document-number");
    d.issuingState = upper("issuing-state");
    d.documentCode = upper("document-code");
    person.surname = upper("surname");
    person.givenNames = upper("given-names");
    person.nationality = upper("nationality");
    if (p.isSet(QStringLiteral("sex"))) {
        person.sex = CheckService::sexCode(upper("sex"));
        if (person.sex.isEmpty()) {
            *error = QStringLiteral("--sex '%1' is not M, F or X").arg(p.value(QStringLiteral("sex")));
            return false;
        }
    }
    return readDate(p, QStringLiteral("expiry"), &d.dateOfExpiry, error)
        && readDate(p, QStringLiteral("birth"), &person.dateOfBirth, error);
}

// --profile, --system, --officer.
bool readSearch(const QCommandLineParser& p, Query* q, QString* error)
{
    q->request.searchId = CheckService::newId();
    q->request.officerId
        = p.isSet(QStringLiteral("officer")) ? p.value(QStringLiteral("officer")) : QStringLiteral("cli");
    if (p.isSet(QStringLiteral("profile"))) {
        const auto profile = profileFromKey(p.value(QStringLiteral("profile")));
        if (!profile) {
            *error = QStringLiteral("unknown profile '%1'").arg(p.value(QStringLiteral("profile")));
            return false;
        }
        q->request.profile = *profile;
        q->profileGiven = true;
    }
    for (const QString& key : p.values(QStringLiteral("system"))) {
        const auto system = systemFromKey(key);
        if (!system) {
            *error = QStringLiteral("unknown system '%1'").arg(key);
            return false;
        }
        q->request.systems.append(*system);
    }
    return true;
}

// The request from --mrz: the zone as read on the control date; an invalid zone is a usage error.
bool applyZone(Query* q, QString* error)
{
    const document::MrzRecord mrz = document::MrzParser::parse(q->verdict.mrzLines, { q->verdict.today, true });
    if (!mrz.valid) {
        *error = QStringLiteral("the MRZ is not valid (%1 issues); check it with 'borderdesk-cli mrz'")
                     .arg(mrz.issues.size());
        return false;
    }
    q->request.document = CheckService::documentFrom(mrz);
    q->request.person = CheckService::personFrom(mrz);
    return true;
}

// The options, read and checked against each other. A value: stop with this exit status.
std::optional<int> parseQuery(const QStringList& arguments, Query* q)
{
    CliParser cli("query", usage);
    cli.addOptions(queryOptions());
    if (const auto stop = cli.parseOrExit(arguments, CliParser::Positionals::Refused))
        return *stop;
    q->verdict.today = core::SystemClock().today();
    const QCommandLineParser& p = cli.parser();
    QString error;
    if (!q->verdict.read(p, &error) || !readGateway(p, q, &error) || !readTraveller(p, q, &error)
        || !readSearch(p, q, &error))
        return usageError(error);
    if (q->verdict.purpose)
        q->request.purpose = *q->verdict.purpose;
    if (q->demo == !q->config.baseUrl.isEmpty())
        return usageError(QStringLiteral("give either --gateway URL (with --ca, --cert, --key) or --demo"));
    if (!q->scenarioId.isEmpty() && !q->demo)
        return usageError(QStringLiteral("--scenario needs --demo"));
    if (!q->verdict.mrzLines.isEmpty() && !applyZone(q, &error))
        return usageError(error);
    return std::nullopt;
}

// --scenario: the traveller of the scenario; its printed zone is the document as read, and its
// purpose, ETIAS period and the declarations the trainee is expected to make apply unless given on
// the command line.
void applyScenario(const training::CaseFile& c, Query* q)
{
    VerdictOptions& verdict = q->verdict;
    q->request.document = c.document;
    q->request.person = c.person;
    if (verdict.mrzLines.isEmpty())
        if (const auto zone = training::scenarioZone(c))
            verdict.mrzLines = *zone;
    if (!verdict.purpose)
        q->request.purpose = c.purpose;
    if (!verdict.etiasStart.isValid() && c.etiasPeriods.operationsStart.isValid()) {
        verdict.etiasStart = c.etiasPeriods.operationsStart;
        verdict.etiasTransitionalEnd = c.etiasPeriods.transitionalEnd;
        verdict.etiasGraceEnd = c.etiasPeriods.graceEnd;
    }
    if (c.declarations && verdict.declarations.isEmpty())
        verdict.declarations = *c.declarations;
}

// --demo: the training gateway in this process, loopback only, fresh certificates, the border
// guard's workstation certificate. A value: stop with this exit status.
std::optional<int> startDemo(Query* q, Demo* demo)
{
    const QDate today = q->verdict.today;
    if (!demo->certDir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory for the demo certificates"));
    const auto certs = training::makeDevCertificates(demo->certDir.path(), 2);
    if (!certs)
        return fail(QStringLiteral("cannot make demo certificates: %1").arg(certs.error().detail));
    auto loaded = training::ScenarioDeck::load(QString::fromLatin1(training::ScenarioDeck::kEmbedded), today);
    if (!loaded)
        return fail(QStringLiteral("cannot load the scenario deck: %1").arg(loaded.error().detail));
    demo->deck = std::make_unique<training::ScenarioDeck>(std::move(loaded).value());
    if (!q->scenarioId.isEmpty()) {
        const training::CaseFile* c = demo->deck->findById(q->scenarioId);
        if (!c)
            return usageError(QStringLiteral("no scenario '%1' in the deck").arg(q->scenarioId));
        applyScenario(*c, q);
    }
    training::LoopbackTrainingGateway::Options options;
    options.certificates = *certs;
    options.population = 10000;
    options.today = today;
    options.realisticLatency = false;
    options.threadName = QStringLiteral("demo-gateway");
    auto started = training::LoopbackTrainingGateway::start(demo->deck.get(), options);
    if (!started)
        return fail(QStringLiteral("cannot start the demo gateway: %1").arg(started.error().detail));
    demo->gateway = std::move(started).value();
    const GatewayClientConfig reach = demo->gateway->clientConfig(certs->clientCertificate, certs->clientKey);
    q->config.baseUrl = reach.baseUrl;
    q->config.caFile = reach.caFile;
    q->config.certFile = reach.certFile;
    q->config.keyFile = reach.keyFile;
    q->config.mode = reach.mode; // demo: loopback only
    return std::nullopt;
}

// The gateway answers for the profile in the client certificate and refuses another claim
// (gateway.profile-mismatch): without --profile, ask for the certificate's own.
void askCertificateProfile(Query* q)
{
    if (q->profileGiven || q->config.certFile.isEmpty())
        return;
    const auto certificates = QSslCertificate::fromPath(q->config.certFile);
    if (certificates.isEmpty())
        return;
    if (const auto identity = training::ClientIdentity::fromCertificate(certificates.first());
        identity && identity->role == training::ClientIdentity::Role::Officer)
        q->request.profile = identity->profile;
}

// The search through the real client, unified with the verdict options and printed as JSON.
int searchAndPrint(const Query& q)
{
    QNetworkAccessManager network;
    HttpsGatewayClient client(network, q.config);
    if (client.configError())
        return fail(QStringLiteral("%1: %2").arg(client.configError()->code, client.configError()->detail));
    const core::SystemClock clock;
    std::unique_ptr<QueryStore> store;
    if (!q.dataDir.isEmpty()) {
        auto opened = QueryStore::open(q.dataDir, clock);
        if (!opened)
            return fail(QStringLiteral("%1: %2").arg(opened.error().code, opened.error().detail));
        store = std::move(opened.value());
    }
    CheckService service(clock, nullptr, &client);
    service.setAuditSink(store.get()); // the search on the workstation's audit trail
    std::unique_ptr<SearchHandle> handle(service.startSearch(q.request));
    std::optional<SearchOutcome> outcome;
    QEventLoop loop;
    QObject::connect(handle.get(), &SearchHandle::finished, &loop, [&](const SearchOutcome& o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();
    std::optional<results::SearchAnswers> answers;
    if (store && CheckService::isOffline(*outcome))
        answers = store->offline(q.request); // the traveller's cached answers, as the workstation shows them
    if (!answers && outcome->error && isConnectionError(outcome->error->code))
        return fail(QStringLiteral("%1: %2").arg(outcome->error->code, outcome->error->detail));
    if (!answers) {
        answers = CheckService::answersFor(q.request, *outcome);
        if (store)
            store->keep(*answers);
    }
    const auto visaList = results::VisaList::builtIn();
    const results::UnifiedResult result
        = CheckService::unify(*answers, q.verdict.context(visaList ? &*visaList : nullptr));
    QJsonObject out = results::unifiedResultToJson(result);
    if (outcome->error)
        out.insert(QStringLiteral("gatewayError"),
            QJsonObject { { QStringLiteral("code"), outcome->error->code },
                { QStringLiteral("detail"), outcome->error->detail } });
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return VerdictOptions::exitCodeFor(result);
}

} // namespace

int runQuery(const QStringList& arguments)
{
    Query q;
    if (const auto stop = parseQuery(arguments, &q))
        return *stop;
    Demo demo;
    if (q.demo)
        if (const auto stop = startDemo(&q, &demo))
            return *stop;
    if (q.request.document.number.isEmpty() && q.request.person.surname.isEmpty())
        return usageError(QStringLiteral("nothing to search for: give --mrz, document or person fields"));
    askCertificateProfile(&q);
    return searchAndPrint(q);
}

} // namespace bd::app::cli
