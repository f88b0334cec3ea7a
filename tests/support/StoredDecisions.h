#pragma once

// The decisions a workstation wrote to its store (table decisions, each entry sealed), read back
// the way support would: a connection of its own to the data directory's store.sqlite.

#include "services/session/DecisionJournal.h"
#include "services/storage/DataKeys.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/FakeClock.h"

#include <QDir>
#include <QList>
#include <QSqlQuery>

namespace bd::testsupport {

// Oldest first; an entry that does not open or decode fails the calling test (QVERIFY-free: empty
// list and a warning).
inline QList<bd::session::DecisionEntry> storedDecisions(const QString& dataDir)
{
    QList<bd::session::DecisionEntry> out;
    const auto keys = bd::storage::loadDataKeys(dataDir);
    const FakeClock clock;
    auto db = bd::storage::Database::open(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)),
        bd::storage::storeMigrations(), clock);
    if (!keys || !db)
        return out;
    const bd::storage::FieldCipher cipher(keys.value());
    QSqlQuery q(db.value()->connection());
    q.exec(QStringLiteral("SELECT entry FROM decisions ORDER BY id"));
    while (q.next()) {
        const auto opened = cipher.open(q.value(0).toByteArray(), bd::storage::contexts::kDecisionEntry);
        const auto entry = opened ? bd::session::DecisionJournal::decode(opened.value())
                                  : bd::core::Result<bd::session::DecisionEntry>(opened.error());
        if (!entry)
            return {};
        out.append(entry.value());
    }
    return out;
}

} // namespace bd::testsupport
