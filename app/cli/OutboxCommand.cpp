#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/CliStore.h"

#include "services/core/Clock.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd::app::cli {

namespace {

using bd::storage::Outbox;
using bd::storage::OutboxItem;

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli outbox list [--data-dir DIR]\n"
               "       borderdesk-cli outbox retry [--data-dir DIR] (--all | --seq N)\n"
               "  list:  the records waiting for the gateway, sent or quarantined, oldest first, as JSON\n"
               "         (numbers, kinds, states, tries, errors and keys: no personal data)\n"
               "  retry: puts quarantined records back in the queue (all, or the one numbered N)\n"
               "  --data-dir DIR  the workstation's data directory (default: the workstation's own)\n",
        out);
}

void say(const char* what, const QString& text)
{
    std::fprintf(stderr, "borderdesk-cli outbox %s: %s\n", what, qPrintable(text));
}

QJsonValue timeOrNull(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject itemJson(const OutboxItem& item)
{
    return QJsonObject { { QStringLiteral("seq"), item.seq }, { QStringLiteral("kind"), item.kind },
        { QStringLiteral("state"), bd::storage::outboxStateKey(item.state) },
        { QStringLiteral("createdAt"), timeOrNull(item.createdAt) }, { QStringLiteral("attempts"), item.attempts },
        { QStringLiteral("failures"), item.failures },
        { QStringLiteral("nextAttemptAt"), timeOrNull(item.nextAttemptAt) },
        { QStringLiteral("lastError"), textOrNull(item.lastError) },
        { QStringLiteral("sentAt"), timeOrNull(item.sentAt) },
        { QStringLiteral("recordId"), textOrNull(item.recordId) },
        { QStringLiteral("idempotencyKey"), item.idempotencyKey } };
}

int list(Outbox& outbox)
{
    const auto counts = outbox.counts();
    const auto items = outbox.list();
    if (!counts || !items) {
        say("list", counts ? items.error().detail : counts.error().detail);
        return 2;
    }
    QJsonArray rows;
    for (const OutboxItem& item : items.value())
        rows.append(itemJson(item));
    const QJsonObject out { { QStringLiteral("pending"), counts->pending },
        { QStringLiteral("quarantined"), counts->quarantined }, { QStringLiteral("sent"), counts->sent },
        { QStringLiteral("items"), rows } };
    const QByteArray text = QJsonDocument(out).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    return 0;
}

int retry(Outbox& outbox, std::optional<qint64> seq)
{
    const auto retried = seq ? outbox.retry(*seq) : outbox.retryAllQuarantined();
    if (!retried) {
        say("retry", retried.error().detail);
        return retried.error().code == QLatin1String("storage.outboxUnknown") ? 1 : 2;
    }
    say("retry",
        QStringLiteral("%1 quarantined record(s) back in the queue; the workstation sends them at its next try")
            .arg(retried.value()));
    return 0;
}

} // namespace

int runOutbox(const QStringList& arguments)
{
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("data directory"), QStringLiteral("DIR"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("every quarantined record"));
    const QCommandLineOption seqOption(QStringLiteral("seq"), QStringLiteral("one record"), QStringLiteral("N"));
    CliParser cli("outbox", usage);
    cli.addOptions({ dataDir, all, seqOption });
    if (const auto stop = cli.parseOrExit(arguments))
        return *stop;
    const QStringList words = cli.positionalArguments();
    const bool isList = words == QStringList { QStringLiteral("list") };
    const bool isRetry = words == QStringList { QStringLiteral("retry") };
    if (!isList && !isRetry)
        return cli.usageError(words.isEmpty()
                ? QStringLiteral("say list or retry")
                : QStringLiteral("unexpected argument '%1'").arg(words.join(QLatin1Char(' '))));
    const bool hasAll = cli.parser().isSet(all);
    const bool hasSeq = cli.parser().isSet(seqOption);
    bool seqOk = true;
    const qint64 seq = hasSeq ? cli.parser().value(seqOption).toLongLong(&seqOk) : 0;
    if (isList && (hasAll || hasSeq))
        return cli.usageError(QStringLiteral("list takes no --all or --seq"));
    if (isRetry && hasAll == hasSeq)
        return cli.usageError(QStringLiteral("retry needs --all or --seq N"));
    if (!seqOk || (hasSeq && seq <= 0))
        return cli.usageError(QStringLiteral("--seq needs a record number"));

    const QByteArray what = words.first().toLatin1();
    const QString dir = cli.parser().isSet(dataDir) ? cli.parser().value(dataDir) : workstationDataDir();
    const bd::core::SystemClock clock;
    auto store = openCliStore(dir, clock);
    if (!store) {
        say(what.constData(), store.error().detail);
        return 2;
    }
    const bd::storage::FieldCipher cipher(store->keys);
    Outbox outbox(*store->db, cipher, clock);
    return isList ? list(outbox) : retry(outbox, hasSeq ? std::optional<qint64>(seq) : std::nullopt);
}

} // namespace bd::app::cli
