// borderdesk-cli query: one search through the real gateway client (mutual TLS, streamed answers),
// printed as the unified, action-first result (docs/cli.md).
#include "app/cli/CliCommands.h"
#include "app/cli/VerdictOptions.h"
#include "services/results/VisaList.h"

#include "services/core/Clock.h"
#include "services/document/MrzParser.h"
#include "services/gateway/GatewayClient.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "services/results/UnifiedResultJson.h"
#include "services/results/Unifier.h"
#include "services/training/ClientIdentity.h"
#include "services/training/DevCertificates.h"
#include "services/training/Population.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/ScenarioDocument.h"
#include "services/training/TrainingGatewayServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUuid>

namespace bd::app::cli {

namespace {

using namespace bd::gateway;

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
    fail(message);
    usage(stderr);
    return 2;
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

} // namespace

int runQuery(const QStringList& arguments)
{
    GatewayClientConfig config;
    config.mode = GatewayMode::Live;
    bool demo = false;
    bool modeGiven = false;
    bool profileGiven = false;
    QString scenarioId;
    QStringList mrzLines;
    SearchRequest request;
    request.searchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.officerId = QStringLiteral("cli");
    QDate today = core::SystemClock().today();
    VerdictOptions verdict;

    auto value = [&arguments](qsizetype& i, QString* out) {
        if (i + 1 >= arguments.size())
            return false;
        *out = arguments.at(++i);
        return true;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        QString v;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(stdout);
            return 0;
        }
        if (a == QLatin1String("--demo")) {
            demo = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--")))
            return usageError(QStringLiteral("unexpected argument '%1'").arg(a));
        {
            QString error;
            verdict.today = today;
            const auto taken = verdict.take(arguments, i, &error);
            if (!error.isEmpty())
                return usageError(error);
            if (taken != VerdictOptions::Taken::No) {
                today = verdict.today;
                if (verdict.purpose)
                    request.purpose = *verdict.purpose;
                mrzLines = verdict.mrzLines;
                continue;
            }
        }
        if (!value(i, &v))
            return usageError(QStringLiteral("%1 needs a value").arg(a));
        auto date = [&v, &a](QDate* d) {
            *d = QDate::fromString(v, Qt::ISODate);
            return d->isValid();
        };
        if (a == QLatin1String("--gateway"))
            config.baseUrl = QUrl(v);
        else if (a == QLatin1String("--ca"))
            config.caFile = v;
        else if (a == QLatin1String("--cert"))
            config.certFile = v;
        else if (a == QLatin1String("--key"))
            config.keyFile = v;
        else if (a == QLatin1String("--mode")) {
            modeGiven = true;
            if (v == QLatin1String("live"))
                config.mode = GatewayMode::Live;
            else if (v == QLatin1String("training"))
                config.mode = GatewayMode::Training;
            else
                return usageError(QStringLiteral("--mode is live or training"));
        } else if (a == QLatin1String("--scenario"))
            scenarioId = v;
        else if (a == QLatin1String("--mrz"))
            mrzLines.append(v);
        else if (a == QLatin1String("--document-number"))
            request.document.number = v.toUpper();
        else if (a == QLatin1String("--issuing-state"))
            request.document.issuingState = v.toUpper();
        else if (a == QLatin1String("--document-code"))
            request.document.documentCode = v.toUpper();
        else if (a == QLatin1String("--expiry")) {
            if (!date(&request.document.dateOfExpiry))
                return usageError(QStringLiteral("--expiry '%1' is not a date (YYYY-MM-DD)").arg(v));
        } else if (a == QLatin1String("--surname"))
            request.person.surname = v.toUpper();
        else if (a == QLatin1String("--given-names"))
            request.person.givenNames = v.toUpper();
        else if (a == QLatin1String("--birth")) {
            if (!date(&request.person.dateOfBirth))
                return usageError(QStringLiteral("--birth '%1' is not a date (YYYY-MM-DD)").arg(v));
        } else if (a == QLatin1String("--sex"))
            request.person.sex = v.toUpper();
        else if (a == QLatin1String("--nationality"))
            request.person.nationality = v.toUpper();
        else if (a == QLatin1String("--profile")) {
            const auto p = profileFromKey(v);
            if (!p)
                return usageError(QStringLiteral("unknown profile '%1'").arg(v));
            request.profile = *p;
            profileGiven = true;
        } else if (a == QLatin1String("--purpose")) {
            const auto p = purposeFromKey(v);
            if (!p)
                return usageError(QStringLiteral("unknown purpose '%1'").arg(v));
            request.purpose = *p;
        } else if (a == QLatin1String("--system")) {
            const auto s = systemFromKey(v);
            if (!s)
                return usageError(QStringLiteral("unknown system '%1'").arg(v));
            request.systems.append(*s);
        } else if (a == QLatin1String("--officer"))
            request.officerId = v;
        else if (a == QLatin1String("--today")) {
            if (!date(&today))
                return usageError(QStringLiteral("--today '%1' is not a date (YYYY-MM-DD)").arg(v));
        } else if (a == QLatin1String("--system-timeout")) {
            bool ok = false;
            config.systemDeadlineMs = v.toInt(&ok);
            if (!ok || config.systemDeadlineMs <= 0)
                return usageError(QStringLiteral("--system-timeout needs a positive number of milliseconds"));
            config.searchDeadlineMs = std::max(config.searchDeadlineMs, config.systemDeadlineMs + 2000);
        } else
            return usageError(QStringLiteral("unknown option '%1'").arg(a));
    }
    if (demo == !config.baseUrl.isEmpty())
        return usageError(QStringLiteral("give either --gateway URL (with --ca, --cert, --key) or --demo"));
    if (!scenarioId.isEmpty() && !demo)
        return usageError(QStringLiteral("--scenario needs --demo"));

    if (!mrzLines.isEmpty()) {
        const document::MrzRecord mrz = document::MrzParser::parse(mrzLines, { today, true });
        if (!mrz.valid)
            return usageError(QStringLiteral("the MRZ is not valid (%1 issues); check it with 'borderdesk-cli mrz'")
                                  .arg(mrz.issues.size()));
        request.document.documentCode = mrz.value(QStringLiteral("documentCode"));
        request.document.issuingState = mrz.value(QStringLiteral("issuingState"));
        request.document.number = mrz.value(QStringLiteral("documentNumber"));
        request.document.dateOfExpiry = QDate::fromString(mrz.value(QStringLiteral("dateOfExpiry")), Qt::ISODate);
        request.person.surname = mrz.value(QStringLiteral("surname"));
        request.person.givenNames = mrz.value(QStringLiteral("givenNames"));
        request.person.dateOfBirth = QDate::fromString(mrz.value(QStringLiteral("dateOfBirth")), Qt::ISODate);
        request.person.sex = mrz.value(QStringLiteral("sex"));
        request.person.nationality = mrz.value(QStringLiteral("nationality"));
    }

    // --demo: the training gateway in this process, loopback only, fresh certificates.
    QTemporaryDir certDir;
    std::unique_ptr<training::ScenarioDeck> deck;
    std::unique_ptr<training::Population> population;
    std::unique_ptr<training::TrainingGatewayServer> server;
    if (demo) {
        if (!certDir.isValid())
            return fail(QStringLiteral("cannot create a temporary directory for the demo certificates"));
        const auto certs = training::makeDevCertificates(certDir.path(), 2);
        if (!certs)
            return fail(QStringLiteral("cannot make demo certificates: %1").arg(certs.error().detail));
        auto loaded = training::ScenarioDeck::load(QString::fromLatin1(training::ScenarioDeck::kEmbedded), today);
        if (!loaded)
            return fail(QStringLiteral("cannot load the scenario deck: %1").arg(loaded.error().detail));
        deck = std::make_unique<training::ScenarioDeck>(std::move(loaded).value());
        if (!scenarioId.isEmpty()) {
            const training::CaseFile* c = deck->findById(scenarioId);
            if (!c)
                return usageError(QStringLiteral("no scenario '%1' in the deck").arg(scenarioId));
            request.document = c->document;
            request.person = c->person;
            // The scenario's printed zone is the document as read; its purpose, ETIAS period and
            // the declarations the trainee is expected to make apply unless given on the command line.
            if (mrzLines.isEmpty())
                if (const auto zone = training::scenarioZone(*c))
                    mrzLines = *zone;
            if (!verdict.purpose)
                request.purpose = c->purpose;
            if (!verdict.etiasStart.isValid() && c->etiasPeriods.operationsStart.isValid()) {
                verdict.etiasStart = c->etiasPeriods.operationsStart;
                verdict.etiasTransitionalEnd = c->etiasPeriods.transitionalEnd;
                verdict.etiasGraceEnd = c->etiasPeriods.graceEnd;
            }
            if (c->declarations && verdict.declarations.isEmpty())
                verdict.declarations = *c->declarations;
        }
        population = std::make_unique<training::Population>(1, 10000, today);
        training::GatewayConfig gatewayConfig;
        gatewayConfig.address = QHostAddress::LocalHost;
        gatewayConfig.port = 0;
        gatewayConfig.certificates = *certs;
        gatewayConfig.latencyMs.clear();
        server = std::make_unique<training::TrainingGatewayServer>(population.get(), deck.get(), gatewayConfig);
        const auto port = server->listen();
        if (!port)
            return fail(QStringLiteral("cannot start the demo gateway: %1").arg(port.error().detail));
        config.baseUrl = QUrl(QStringLiteral("https://localhost:%1").arg(*port));
        config.caFile = certs->caCertificate;
        config.certFile = certs->clientCertificate;
        config.keyFile = certs->clientKey;
        config.mode = GatewayMode::Demo;
    } else if (!modeGiven) {
        config.mode = GatewayMode::Live;
    }
    if (request.document.number.isEmpty() && request.person.surname.isEmpty())
        return usageError(QStringLiteral("nothing to search for: give --mrz, document or person fields"));
    // The gateway answers for the profile in the client certificate and refuses another claim
    // (gateway.profile-mismatch): without --profile, ask for the certificate's own.
    if (!profileGiven && !config.certFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(config.certFile);
        if (!certificates.isEmpty())
            if (const auto identity = training::ClientIdentity::fromCertificate(certificates.first());
                identity && identity->role == training::ClientIdentity::Role::Officer)
                request.profile = identity->profile;
    }

    QNetworkAccessManager network;
    HttpsGatewayClient client(network, config);
    if (client.configError())
        return fail(QStringLiteral("%1: %2").arg(client.configError()->code, client.configError()->detail));
    std::unique_ptr<SearchHandle> handle(client.search(request));
    std::optional<SearchOutcome> outcome;
    QEventLoop loop;
    QObject::connect(handle.get(), &SearchHandle::finished, &loop, [&](const SearchOutcome& o) {
        outcome = o;
        loop.quit();
    });
    loop.exec();
    if (outcome->error && isConnectionError(outcome->error->code))
        return fail(QStringLiteral("%1: %2").arg(outcome->error->code, outcome->error->detail));

    verdict.today = today;
    verdict.mrzLines = mrzLines;
    const auto visaList = results::VisaList::builtIn();
    const results::UnifiedResult result
        = results::Unifier::unify(results::SearchAnswers { request, outcome->events, outcome->summary, outcome->error },
            verdict.context(visaList ? &*visaList : nullptr));
    QJsonObject out = results::unifiedResultToJson(result);
    if (outcome->error)
        out.insert(QStringLiteral("gatewayError"),
            QJsonObject { { QStringLiteral("code"), outcome->error->code },
                { QStringLiteral("detail"), outcome->error->detail } });
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return VerdictOptions::exitCodeFor(result);
}

} // namespace bd::app::cli
