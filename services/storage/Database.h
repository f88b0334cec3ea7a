#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace bd::storage {

// One step of the schema: the statements that take the store from version - 1 to `version`.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// What opening found, for the officer and the log (no personal data).
struct OpenReport
{
    QString movedAside; // a damaged file was moved here and a fresh store made; empty when none
    int fromVersion = 0; // schema version found (0: new store)
    int toVersion = 0; // schema version now
};

// The workstation's SQLite store (Qt's QSQLITE driver): one file in the data directory, 0600 (the
// write-ahead log and shared-memory files take the same mode), WAL with synchronous=FULL so a
// committed transaction survives a crash or power cut, foreign keys on, secure_delete on (freed
// pages are zeroed, so purged data does not linger in the file). The schema version is SQLite's
// user_version; migrations run in order, each in its own transaction, or not at all.
// Opening checks the file with `PRAGMA quick_check` first: a damaged file is moved aside as
// `<name>.damaged-<UTC time>` (with its -wal and -shm) and a fresh store is made; a store written
// by a newer BorderDesk (schema above the last migration) is refused and left byte for byte as it
// was. A Database and its connection belong to the thread that opened it.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static bd::core::Result<std::unique_ptr<Database>> open(const QString& path,
        const QList<Migration>& migrations,
        const bd::core::Clock& clock,
        OpenReport* report = nullptr);

    QSqlDatabase connection() const { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    // Runs `work` in one transaction: committed when it returns no error, rolled back otherwise.
    using Work = std::function<std::optional<bd::core::Error>(QSqlDatabase&)>;
    std::optional<bd::core::Error> transaction(const Work& work);

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace bd::storage
