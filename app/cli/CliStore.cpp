#include "app/cli/CliStore.h"

#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bd::app::cli {

QString workstationDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("BorderDesk/BorderDesk"));
}

bd::core::Result<CliStore> openCliStore(const QString& dataDir, const bd::core::Clock& clock)
{
    auto keys = bd::storage::loadDataKeys(dataDir);
    if (!keys)
        return keys.error();
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName));
    if (!QFileInfo::exists(path))
        return bd::core::Error { QString::fromLatin1(bd::storage::errors::kOpen),
            QStringLiteral("no store in %1 (the workstation makes it on its first start)").arg(dataDir), {} };
    auto db = bd::storage::Database::open(path, bd::storage::storeMigrations(), clock);
    if (!db)
        return db.error();
    return CliStore { std::move(keys.value()), std::move(db.value()) };
}

} // namespace bd::app::cli
