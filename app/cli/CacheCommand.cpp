#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/CliStore.h"

#include "services/session/ResultCache.h"
#include "services/session/RetroChecks.h"

namespace bd::app::cli {

namespace {

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli cache stats [--data-dir DIR]\n"
               "       borderdesk-cli cache purge [--data-dir DIR] [--older-than HOURS]\n"
               "  stats: how many cached results the store holds, the oldest and newest, and how many offline\n"
               "         checks wait for their re-check\n"
               "  purge: deletes cached results (all, or those kept more than HOURS ago); offline checks\n"
               "         waiting for their re-check are kept\n"
               "  --data-dir DIR      the workstation's data directory (default: the workstation's own)\n"
               "  --older-than HOURS  purge only what was kept more than HOURS hours ago (a whole number >= 0)\n",
        out);
}

void say(const char* what, const QString& text)
{
    std::fprintf(stderr, "borderdesk-cli cache %s: %s\n", what, qPrintable(text));
}

QString shown(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

int stats(CliStore& store, const bd::storage::FieldCipher& cipher, const bd::core::Clock& clock)
{
    const auto s = bd::session::ResultCache(cipher, clock).stats(*store.db);
    const auto waiting = bd::session::RetroChecks(cipher, clock).waitingCount(*store.db);
    if (!s || !waiting) {
        say("stats", !s ? s.error().detail : waiting.error().detail);
        return 2;
    }
    std::printf("cached results: %d\noldest: %s\nnewest: %s\noffline checks waiting for their re-check: %d\n",
        s->entries, qPrintable(shown(s->oldest)), qPrintable(shown(s->newest)), waiting.value());
    return 0;
}

} // namespace

int runCache(const QStringList& arguments)
{
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("data directory"), QStringLiteral("DIR"));
    const QCommandLineOption olderThan(
        QStringLiteral("older-than"), QStringLiteral("age in hours"), QStringLiteral("HOURS"));
    CliParser cli("cache", usage);
    cli.addOptions({ dataDir, olderThan });
    if (const auto stop = cli.parseOrExit(arguments))
        return *stop;
    const QStringList words = cli.positionalArguments();
    if (words.size() != 1 || (words.first() != QLatin1String("stats") && words.first() != QLatin1String("purge")))
        return cli.usageError(words.isEmpty()
                ? QStringLiteral("say stats or purge")
                : QStringLiteral("unexpected argument '%1'").arg(words.join(QLatin1Char(' '))));
    bool ok = true;
    const int hours = cli.parser().isSet(olderThan) ? cli.parser().value(olderThan).toInt(&ok) : -1;
    if (!ok || (cli.parser().isSet(olderThan) && hours < 0))
        return cli.usageError(QStringLiteral("--older-than: a whole number of hours, 0 or more"));
    if (words.first() == QLatin1String("stats") && cli.parser().isSet(olderThan))
        return cli.usageError(QStringLiteral("--older-than belongs to purge"));
    const QByteArray what = words.first().toLatin1();
    const bd::core::SystemClock clock;
    auto store = openCliStore(cli.parser().isSet(dataDir) ? cli.parser().value(dataDir) : workstationDataDir(), clock);
    if (!store) {
        say(what.constData(), store.error().detail);
        return 2;
    }
    const bd::storage::FieldCipher cipher(store->keys);
    if (what == "stats")
        return stats(store.value(), cipher, clock);
    const bd::session::ResultCache cache(cipher, clock);
    const auto purged = hours < 0 ? cache.purgeAll(*store->db) : cache.purgeOlderThan(*store->db, qint64(hours) * 3600);
    if (!purged) {
        say("purge", purged.error().detail);
        return 2;
    }
    say("purge", QStringLiteral("%1 cached results deleted").arg(purged.value()));
    return 0;
}

} // namespace bd::app::cli
