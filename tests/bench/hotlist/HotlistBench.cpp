// bd-bench-hotlist [--entries N] [--delta N] [--lookups N]: the offline hotlist in a real store
// (store.sqlite with the workstation's migrations and pragmas: WAL, synchronous=FULL,
// secure_delete) in a temporary directory. Loads a full list of N entries (the gateway's HMAC keys
// of synthetic documents), times look-ups of listed and unlisted documents one by one, applies a
// delta that removes half of --delta entries and adds as many new ones, then a full replace of the
// whole list under a new key (a key rotation). Prints Markdown rows. Targets (issue 9): look-up
// <= 1 ms p99 in a 1,000,000-entry list; a 100,000-entry delta <= 2 s.
#include "services/core/Clock.h"
#include "services/model/HotlistKey.h"
#include "services/storage/DataKeys.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/HotlistStore.h"
#include "services/storage/StoreSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using bd::model::HotlistDelta;
using bd::model::HotlistEntry;

namespace {

int option(const QStringList& args, const char* name, int fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i >= 0 && i + 1 < args.size() ? std::max(1, args.at(i + 1).toInt()) : fallback;
}

QString number(int i)
{
    return QStringLiteral("B%1").arg(i, 8, 10, QLatin1Char('0'));
}

QString state(int i)
{
    static const char* const states[] = { "GBR", "FRA", "D", "ITA", "ESP", "NLD", "POL", "USA" };
    return QString::fromLatin1(states[i % 8]);
}

HotlistEntry entry(const QByteArray& key, int i)
{
    static const QString kinds[] = { QStringLiteral("stolen-document"), QStringLiteral("lost-document"),
        QStringLiteral("refusal-of-entry"), QStringLiteral("arrest") };
    static const QString actions[] = { QStringLiteral("seize-document"), QStringLiteral("seize-document"),
        QStringLiteral("refuse-entry-sis"), QStringLiteral("arrest") };
    return { QString::fromLatin1(bd::model::hotlistDigest(key, state(i), number(i)).toHex()), kinds[i % 4],
        actions[i % 4] };
}

// Documents first..first+count-1, under `key`.
QList<HotlistEntry> entries(const QByteArray& key, int first, int count)
{
    QList<HotlistEntry> out;
    out.reserve(count);
    for (int i = first; i < first + count; ++i)
        out.append(entry(key, i));
    return out;
}

double seconds(QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double percentile(std::vector<double>& sorted, double p)
{
    return sorted.at(std::min(sorted.size() - 1, static_cast<std::size_t>(p * static_cast<double>(sorted.size()))));
}

// "database + write-ahead log" in MB.
QString storeSize(const QString& path)
{
    const auto mb = [](const QString& file) { return QString::number(QFileInfo(file).size() / 1e6, 'f', 0); };
    return mb(path) + QStringLiteral(" + ") + mb(path + QLatin1String("-wal"));
}

bool check(const std::optional<bd::core::Error>& failed, const char* what)
{
    if (failed)
        std::fprintf(stderr, "bd-bench-hotlist: %s failed: %s\n", what, qPrintable(failed->detail));
    return !failed;
}

// Look-ups of listed (even i) and unlisted (odd i) documents, one at a time: microseconds each.
std::vector<double> timeLookups(bd::storage::HotlistStore& store, int listed, int lookups)
{
    std::vector<double> us;
    us.reserve(static_cast<std::size_t>(lookups));
    QRandomGenerator rng(20261201);
    int hits = 0;
    for (int n = 0; n < lookups; ++n) {
        const int i
            = n % 2 == 0 ? static_cast<int>(rng.bounded(listed)) : listed + static_cast<int>(rng.bounded(listed));
        QElapsedTimer t;
        t.start();
        const auto hit = store.lookup(state(i), number(i));
        us.push_back(static_cast<double>(t.nsecsElapsed()) / 1e3);
        hits += hit.ok() && hit->has_value() ? 1 : 0;
    }
    if (hits != (lookups + 1) / 2)
        std::fprintf(stderr, "bd-bench-hotlist: %d hits, expected %d\n", hits, (lookups + 1) / 2);
    std::sort(us.begin(), us.end());
    return us;
}

struct Figures
{
    int total;
    int lookups;
    int deltaSize;
    int removeCount;
    double loadS;
    double deltaS;
    double replaceS;
    QString loadedSize;
    QString replacedSize;
};

void printResults(const Figures& f, std::vector<double>& us)
{
    std::printf("| load a full list of %d entries into an empty store | %.2f s | |\n", f.total, f.loadS);
    std::printf(
        "| look-up, %d documents one by one (half listed): p50 / p99 / max | %.0f / **%.0f** / %.0f µs | p99 <= 1 ms "
        "— %s |\n",
        f.lookups, percentile(us, 0.50), percentile(us, 0.99), us.back(),
        percentile(us, 0.99) <= 1000 ? "met" : "NOT met");
    std::printf("| apply a delta of %d entries (%d removed, %d added) to %d | **%.2f s** | <= 2 s — %s |\n",
        f.deltaSize, f.removeCount, f.deltaSize - f.removeCount, f.total, f.deltaS,
        f.deltaS <= 2.0 ? "met" : "NOT met");
    std::printf("| full replace of %d entries under a new key (rotation) | %.2f s | |\n", f.total, f.replaceS);
    std::printf("| store on disk after the first load / after the replace (database + WAL) | %s / %s MB | |\n",
        qPrintable(f.loadedSize), qPrintable(f.replacedSize));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int total = option(args, "--entries", 1000000);
    const int deltaSize = option(args, "--delta", 100000);
    const int lookups = option(args, "--lookups", 100000);

    QTemporaryDir dir;
    const bd::core::SystemClock clock;
    const auto keys = bd::storage::loadOrCreateDataKeys(dir.path());
    const QString path = dir.filePath(QString::fromLatin1(bd::storage::kStoreFileName));
    auto db = bd::storage::Database::open(path, bd::storage::storeMigrations(), clock);
    if (!keys || !db) {
        std::fprintf(stderr, "bd-bench-hotlist: cannot open a store in %s\n", qPrintable(dir.path()));
        return 2;
    }
    bd::storage::HotlistStore store(*db.value(), bd::storage::FieldCipher(*keys));
    const QByteArray keyA(32, 'a');
    const QByteArray keyB(32, 'b');

    HotlistDelta full { 0, 1, true, entries(keyA, 0, total), {}, QStringLiteral("hk-a"), keyA };
    QElapsedTimer t;
    t.start();
    if (!check(store.apply(full, clock.now()), "the full list"))
        return 1;
    const double loadS = seconds(t);
    full = {};
    const QString loadedSize = storeSize(path);

    std::vector<double> us = timeLookups(store, total, lookups);

    // Half of the delta removes listed documents, half adds new ones.
    const int removeCount = deltaSize / 2;
    HotlistDelta delta { 1, 2, false, entries(keyA, 2 * total, deltaSize - removeCount), {}, QStringLiteral("hk-a"),
        {} };
    for (int i = 0; i < removeCount; ++i)
        delta.removed.append(entry(keyA, i * (total / std::max(1, removeCount))).key);
    t.restart();
    if (!check(store.apply(delta, clock.now()), "the delta"))
        return 1;
    const double deltaS = seconds(t);

    HotlistDelta rotated { 0, 3, true, entries(keyB, 0, total), {}, QStringLiteral("hk-b"), keyB };
    t.restart();
    if (!check(store.apply(rotated, clock.now()), "the full replace"))
        return 1;
    const double replaceS = seconds(t);
    const QString replacedSize = storeSize(path);

    printResults({ total, lookups, deltaSize, removeCount, loadS, deltaS, replaceS, loadedSize, replacedSize }, us);
    return 0;
}
