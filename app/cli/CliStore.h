#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/storage/DataKeys.h"
#include "services/storage/Database.h"

#include <QString>

#include <memory>

namespace bd::app::cli {

// The workstation's default data directory (its application and organisation are "BorderDesk").
QString workstationDataDir();

// The workstation's store as the support tools open it: the existing key and store.sqlite of
// `dataDir`, never created (storage.keyMissing without a key; storage.open without a store), and
// migrated like the workstation does.
struct CliStore
{
    bd::storage::DataKeys keys;
    std::unique_ptr<bd::storage::Database> db;
};
bd::core::Result<CliStore> openCliStore(const QString& dataDir, const bd::core::Clock& clock);

} // namespace bd::app::cli
