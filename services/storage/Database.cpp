#include "services/storage/Database.h"

#include "services/storage/StorageErrors.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace bd::storage {

using bd::core::Error;
using bd::core::Result;

namespace {

Error storageError(const char* code, const QString& detail, const QString& path)
{
    return Error { QString::fromLatin1(code), detail, { { QStringLiteral("path"), path } } };
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("bd.storage.%1").arg(counter.fetch_add(1));
}

// Creates the file 0600 before SQLite opens it, so the store (and its -wal/-shm, which SQLite
// creates with the database file's mode) is never readable by others, whatever the umask.
std::optional<Error> createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return storageError(errors::kOpen, QStringLiteral("cannot create the store %1").arg(path), path);
    ::close(fd);
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return storageError(errors::kOpen, QStringLiteral("cannot make the store %1 private (0600)").arg(path), path);
    return std::nullopt;
}

std::optional<Error> exec(QSqlDatabase& db, const QString& sql, const char* code, const QString& path)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return std::nullopt;
    return storageError(code, QStringLiteral("%1: %2").arg(sql.left(80), query.lastError().text()), path);
}

// "ok" when SQLite's quick_check finds the file sound; otherwise what it (or opening) said.
QString quickCheck(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return query.lastError().text();
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    return findings.join(QLatin1String("; "));
}

int userVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

std::optional<Error> moveAside(const QString& path, const bd::core::Clock& clock, QString* movedTo)
{
    const QString stamp = clock.now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.damaged-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return storageError(errors::kCorruptMove,
            QStringLiteral("the store %1 is damaged and could not be moved aside; nothing was changed").arg(path),
            path);
    for (const char* suffix : { "-wal", "-shm" }) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    *movedTo = target;
    return std::nullopt;
}

std::optional<Error> applyPragmas(QSqlDatabase& db, const QString& path)
{
    for (const char* pragma :
        { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON" }) {
        if (auto failed = exec(db, QString::fromLatin1(pragma), errors::kOpen, path))
            return failed;
    }
    return std::nullopt;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
{
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = m_db;
    return userVersion(db);
}

std::optional<Error> Database::transaction(const Work& work)
{
    if (!m_db.transaction())
        return storageError(
            errors::kOpen, QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text()), m_path);
    if (auto failed = work(m_db)) {
        m_db.rollback();
        return failed;
    }
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        return storageError(errors::kOpen, QStringLiteral("cannot commit: %1").arg(reason), m_path);
    }
    return std::nullopt;
}

Result<std::unique_ptr<Database>> Database::open(
    const QString& path, const QList<Migration>& migrations, const bd::core::Clock& clock, OpenReport* report)
{
    OpenReport local;
    OpenReport& found = report ? *report : local;
    found = OpenReport {};
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto failed = createPrivateFile(path))
            return *failed;
        std::unique_ptr<Database> store(new Database(path, nextConnectionName()));
        if (!store->m_db.open())
            return storageError(errors::kOpen,
                QStringLiteral("cannot open the store %1: %2").arg(path, store->m_db.lastError().text()), path);
        const QString check = quickCheck(store->m_db);
        if (check != QLatin1String("ok")) {
            if (attempt > 0)
                return storageError(
                    errors::kOpen, QStringLiteral("a fresh store %1 fails its check: %2").arg(path, check), path);
            store.reset(); // closes the file before it is moved
            if (auto failed = moveAside(path, clock, &found.movedAside))
                return *failed;
            continue;
        }
        found.fromVersion = userVersion(store->m_db);
        if (found.fromVersion > latest)
            return storageError(errors::kNewerSchema,
                QStringLiteral(
                    "the store %1 was written by a newer BorderDesk (schema %2, this version knows up to %3); it "
                    "was left untouched: run the newer version or ask support")
                    .arg(path)
                    .arg(found.fromVersion)
                    .arg(latest),
                path);
        if (auto failed = applyPragmas(store->m_db, path))
            return *failed;
        for (const Migration& step : migrations) {
            if (step.version <= found.fromVersion)
                continue;
            auto failed = store->transaction([&](QSqlDatabase& db) -> std::optional<Error> {
                for (const QString& sql : step.statements) {
                    if (auto bad = exec(db, sql, errors::kMigration, path))
                        return bad;
                }
                return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), errors::kMigration, path);
            });
            if (failed)
                return *failed;
        }
        found.toVersion = store->schemaVersion();
        return store;
    }
    Q_UNREACHABLE();
}

} // namespace bd::storage
