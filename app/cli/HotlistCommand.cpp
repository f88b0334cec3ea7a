// borderdesk-cli hotlist status|sync: the workstation's offline hotlist (docs/cli.md). `sync` runs
// the workstation's own HotlistSync once against the gateway (or the in-process training gateway
// of --demo), so support staff can see and refresh what a workstation would check offline.
#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/CliStore.h"

#include "services/core/Clock.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "services/session/HotlistSync.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/HotlistStore.h"
#include "services/storage/StoreSchema.h"
#include "services/storage/StoreThread.h"
#include "services/training/LoopbackTrainingGateway.h"
#include "services/training/ScenarioDeck.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace bd::app::cli {

namespace {

using bd::gateway::GatewayClientConfig;
using bd::gateway::GatewayMode;

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli hotlist status [--data-dir DIR]\n"
               "       borderdesk-cli hotlist sync [--data-dir DIR] (--gateway URL --ca FILE [--cert FILE --key FILE]\n"
               "                                   [--mode live|training] | --demo)\n"
               "  status: the offline hotlist held (version, key id, entries, last sync) as JSON\n"
               "  sync:   one sync now (the delta since the version held; the whole list when the gateway's\n"
               "          key changed or the list held is too old), then the status; exit 1 when it failed\n"
               "  --data-dir DIR  the workstation's data directory (default: the workstation's own)\n"
               "  --gateway, --ca, --cert, --key, --mode, --demo: as for 'borderdesk-cli query'\n",
        out);
}

int say(const char* what, const QString& text, int exitCode)
{
    std::fprintf(stderr, "borderdesk-cli hotlist %s: %s\n", what, qPrintable(text));
    return exitCode;
}

void printStatus(const bd::storage::HotlistStatus& s)
{
    const QJsonObject o { { QStringLiteral("version"), s.version }, { QStringLiteral("keyId"), s.keyId },
        { QStringLiteral("entries"), s.entries },
        { QStringLiteral("syncedAt"),
            s.syncedAt.isValid() ? QJsonValue(s.syncedAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue() } };
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
}

// --gateway/--ca/--cert/--key/--mode, or --demo: the training gateway in this process on loopback
// with fresh certificates (its hotlist key is new at every start). A value: stop with this status.
struct Gateway
{
    GatewayClientConfig config;
    QTemporaryDir certDir;
    std::unique_ptr<training::ScenarioDeck> deck;
    std::unique_ptr<training::LoopbackTrainingGateway> demo; // serves *deck: declared after it
};

std::optional<int> startDemo(Gateway* g)
{
    const auto certs = training::makeDevCertificates(g->certDir.path(), 2);
    if (!g->certDir.isValid() || !certs)
        return say("sync", QStringLiteral("cannot make demo certificates"), 2);
    auto loaded
        = training::ScenarioDeck::load(QString::fromLatin1(training::ScenarioDeck::kEmbedded), QDate::currentDate());
    if (!loaded)
        return say("sync", QStringLiteral("cannot load the scenario deck: %1").arg(loaded.error().detail), 2);
    g->deck = std::make_unique<training::ScenarioDeck>(std::move(loaded).value());
    training::LoopbackTrainingGateway::Options options;
    options.certificates = *certs;
    options.realisticLatency = false;
    options.threadName = QStringLiteral("demo-gateway");
    auto started = training::LoopbackTrainingGateway::start(g->deck.get(), options);
    if (!started)
        return say("sync", QStringLiteral("cannot start the demo gateway: %1").arg(started.error().detail), 2);
    g->demo = std::move(started).value();
    g->config = g->demo->clientConfig(certs->clientCertificate, certs->clientKey);
    return std::nullopt;
}

std::optional<int> readGateway(const CliParser& cli, Gateway* g)
{
    const QCommandLineParser& p = cli.parser();
    const bool demo = p.isSet(QStringLiteral("demo"));
    if (demo == p.isSet(QStringLiteral("gateway")))
        return cli.usageError(QStringLiteral("sync needs either --gateway URL (with --ca, --cert, --key) or --demo"));
    if (demo)
        return startDemo(g);
    g->config.baseUrl = QUrl(p.value(QStringLiteral("gateway")));
    g->config.caFile = p.value(QStringLiteral("ca"));
    g->config.certFile = p.value(QStringLiteral("cert"));
    g->config.keyFile = p.value(QStringLiteral("key"));
    const QString mode = p.isSet(QStringLiteral("mode")) ? p.value(QStringLiteral("mode")) : QStringLiteral("live");
    if (mode != QLatin1String("live") && mode != QLatin1String("training"))
        return cli.usageError(QStringLiteral("--mode is live or training"));
    g->config.mode = mode == QLatin1String("training") ? GatewayMode::Training : GatewayMode::Live;
    return std::nullopt;
}

int status(const QString& dataDir)
{
    const bd::core::SystemClock clock;
    auto store = openCliStore(dataDir, clock);
    if (!store)
        return say("status", store.error().detail, 2);
    bd::storage::HotlistStore hotlist(*store->db, bd::storage::FieldCipher(store->keys));
    const auto held = hotlist.status();
    if (!held)
        return say("status", held.error().detail, 2);
    printStatus(*held);
    return 0;
}

// One HotlistSync pass on the store's own thread, as the workstation runs it.
int sync(const QString& dataDir, const CliParser& cli)
{
    const bd::core::SystemClock clock;
    bd::storage::DataKeys keys;
    {
        auto store = openCliStore(dataDir, clock); // the key and store must exist: nothing is created
        if (!store)
            return say("sync", store.error().detail, 2);
        keys = store->keys;
    }
    Gateway gateway;
    if (const auto stop = readGateway(cli, &gateway))
        return *stop;
    QNetworkAccessManager network;
    bd::gateway::HttpsGatewayClient client(network, gateway.config);
    if (client.configError())
        return say("sync", QStringLiteral("%1: %2").arg(client.configError()->code, client.configError()->detail), 2);
    bd::storage::StoreThread store;
    const auto opened = store.open(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)),
        bd::storage::storeMigrations(), clock);
    if (!opened)
        return say("sync", opened.error().detail, 2);
    bd::session::HotlistSync hotlistSync(store, bd::storage::FieldCipher(keys), client, clock, {});
    QEventLoop loop;
    QObject::connect(&hotlistSync, &bd::session::HotlistSync::statusChanged, &loop,
        [&loop](const bd::session::HotlistSyncStatus& s) {
            if (!s.syncing && s.nextAttempt.isValid())
                loop.quit();
        });
    hotlistSync.start();
    loop.exec();
    const bd::session::HotlistSyncStatus& done = hotlistSync.status();
    printStatus(done.list);
    if (done.lastError)
        return say("sync", QStringLiteral("%1: %2").arg(done.lastError->code, done.lastError->detail), 1);
    return 0;
}

} // namespace

int runHotlist(const QStringList& arguments)
{
    const auto valued = [](const char* name, const char* valueName) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(valueName));
    };
    CliParser cli("hotlist", usage);
    cli.addOptions({ valued("data-dir", "DIR"), QCommandLineOption(QStringLiteral("demo")), valued("gateway", "URL"),
        valued("ca", "FILE"), valued("cert", "FILE"), valued("key", "FILE"), valued("mode", "MODE") });
    if (const auto stop = cli.parseOrExit(arguments))
        return *stop;
    const QStringList words = cli.positionalArguments();
    if (words.size() != 1 || (words.first() != QLatin1String("status") && words.first() != QLatin1String("sync")))
        return cli.usageError(words.isEmpty()
                ? QStringLiteral("say status or sync")
                : QStringLiteral("unexpected argument '%1'").arg(words.join(QLatin1Char(' '))));
    const QCommandLineParser& p = cli.parser();
    const QString dir
        = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir")) : workstationDataDir();
    if (words.first() == QLatin1String("status")) {
        for (const char* option : { "demo", "gateway", "ca", "cert", "key", "mode" })
            if (p.isSet(QLatin1String(option)))
                return cli.usageError(
                    QStringLiteral("status reads the store only: no --%1").arg(QLatin1String(option)));
        return status(dir);
    }
    return sync(dir, cli);
}

} // namespace bd::app::cli
