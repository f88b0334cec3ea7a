// bd-outbox-driver: a headless workstation for the outbox crash test (TestOutboxCrash). Over a
// data directory it records officer decisions through the workstation's own services
// (StoreDecisions on the StoreThread, the decision and its record in one transaction) until
// --records exist in the store, while OutboxSender sends them through HttpsGatewayClient to the
// gateway at --url. It counts what is committed, so a restart after SIGKILL carries on from there
// and never makes a committed record again. It prints one line per event, flushed at once, so the
// test can kill it at a chosen point of progress ("c N": N records committed; "s SEQ": record SEQ
// marked sent; "r SEQ": marked sent, the gateway had it already), and exits 0 once every record is in the store and
// sent, 3 if any was quarantined, 2 on a usage or start-up error.
#include "services/core/Clock.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "services/session/CheckService.h"
#include "services/session/OutboxSender.h"
#include "services/session/StoreDecisions.h"
#include "services/storage/DataKeys.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/StoreSchema.h"
#include "services/storage/StoreThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUuid>

#include <cstdio>

namespace {

using bd::core::Result;

void say(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

struct Options
{
    QString dataDir;
    bd::gateway::GatewayClientConfig gateway;
    int records = 1000;
    QString prefix;
};

// Records decision number `n` (0-based) unless `records` are already committed; returns the count.
Result<int> recordNext(bd::storage::Database& db,
    const bd::storage::FieldCipher& cipher,
    const Options& options,
    const bd::core::Clock& clock)
{
    bd::session::StoreDecisions decisions(db, cipher);
    const auto committed = decisions.decisionCount();
    if (!committed || committed.value() >= options.records)
        return committed;
    bd::session::DecisionEntry entry;
    entry.searchId = QStringLiteral("%1-%2").arg(options.prefix).arg(committed.value());
    entry.at = clock.now().toUTC();
    entry.decision = bd::model::Decision::Admit;
    entry.requiredAction = QStringLiteral("admit");
    entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.training = true;
    bd::model::SearchRequest request;
    request.searchId = entry.searchId;
    request.officerId = QStringLiteral("officer-crash");
    request.document.documentCode = QStringLiteral("P");
    request.document.issuingState = QStringLiteral("UTO");
    request.document.number = QStringLiteral("X%1").arg(committed.value(), 8, 10, QLatin1Char('0'));
    const auto written = decisions.recordDecision(entry, { bd::session::CheckService::submissionFor(entry, request) });
    if (!written)
        return written.error();
    return committed.value() + 1;
}

std::optional<Options> parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption url(QStringLiteral("url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption ca(QStringLiteral("ca"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption cert(QStringLiteral("cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption records(QStringLiteral("records"), QString(), QStringLiteral("N"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QString(), QStringLiteral("TEXT"));
    parser.addOptions({ dataDir, url, ca, cert, key, records, prefix });
    if (!parser.parse(arguments) || !parser.isSet(dataDir) || !parser.isSet(url))
        return std::nullopt;
    Options o;
    o.dataDir = parser.value(dataDir);
    o.gateway.baseUrl = QUrl(parser.value(url));
    o.gateway.caFile = parser.value(ca);
    o.gateway.certFile = parser.value(cert);
    o.gateway.keyFile = parser.value(key);
    o.gateway.mode = bd::gateway::GatewayMode::Demo;
    o.gateway.officerId = QStringLiteral("officer-crash");
    o.records = parser.isSet(records) ? parser.value(records).toInt() : 1000;
    o.prefix = parser.isSet(prefix) ? parser.value(prefix) : QStringLiteral("crash");
    return o;
}

// The data directory made private, its key (made on the first run) and the store opened on its thread.
Result<bd::storage::DataKeys> openStore(
    const QString& dataDir, bd::storage::StoreThread& store, const bd::core::Clock& clock)
{
    if (const auto failed = bd::storage::makePrivateDirectory(dataDir))
        return *failed;
    auto keys = bd::storage::loadOrCreateDataKeys(dataDir);
    if (!keys)
        return keys;
    const auto opened = store.open(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)),
        bd::storage::storeMigrations(), clock);
    if (!opened)
        return opened.error();
    return keys;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // A line per record from the services would bury the test's output; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("bd.*.info=false"));
    const auto options = parse(app.arguments());
    if (!options) {
        std::fputs("usage: bd-outbox-driver --data-dir DIR --url URL --ca F --cert F --key F [--records N] "
                   "[--prefix P]\n",
            stderr);
        return 2;
    }
    const bd::core::SystemClock clock;
    bd::storage::StoreThread store;
    const auto keys = openStore(options->dataDir, store, clock);
    if (!keys) {
        std::fprintf(stderr, "%s\n", qPrintable(keys.error().detail));
        return 2;
    }
    const bd::storage::FieldCipher cipher(keys.value());
    QNetworkAccessManager network;
    bd::gateway::HttpsGatewayClient client(network, options->gateway);
    bd::storage::OutboxPolicy policy;
    policy.firstDelayMs = 100; // the loopback gateway is up: a failure here is a hiccup, not an outage
    policy.maxDelayMs = 2000;
    bd::session::OutboxSender sender(store, cipher, client, clock, policy);
    bool allCommitted = false;

    std::function<void()> createNext = [&]() {
        store.call<Result<int>>([&](bd::storage::Database& db) { return recordNext(db, cipher, *options, clock); },
            &sender,
            [&](const Result<int>& committed) {
                if (!committed) {
                    std::fprintf(stderr, "cannot record: %s\n", qPrintable(committed.error().detail));
                    QCoreApplication::exit(2);
                    return;
                }
                say("c " + QByteArray::number(committed.value()));
                if (committed.value() < options->records) {
                    sender.wake();
                    return createNext();
                }
                allCommitted = true;
                // After allCommitted: a "drained" that came before (a restart after every record was
                // already sent) was ignored, and without this look nothing would end the driver.
                sender.wake();
            });
    };
    QObject::connect(&sender, &bd::session::OutboxSender::recordSent, &sender,
        [](qint64 seq, bool replayed) { say((replayed ? "r " : "s ") + QByteArray::number(seq)); });
    QObject::connect(&sender, &bd::session::OutboxSender::drained, &sender, [&]() {
        if (!allCommitted)
            return;
        const bd::storage::OutboxCounts counts = sender.counts();
        say("done sent " + QByteArray::number(counts.sent) + " quarantined " + QByteArray::number(counts.quarantined));
        QCoreApplication::exit(counts.quarantined == 0 && counts.sent == options->records ? 0 : 3);
    });
    sender.start();
    createNext();
    return app.exec();
}
