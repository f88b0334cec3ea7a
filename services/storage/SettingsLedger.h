#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bd::storage {

// What changed in the workstation's configuration since its last start, by key name only: the
// settings come from INI files an administrator (or the officer, for their own keys) edits while
// the workstation is closed, so a change is found at the next start and goes to the audit trail
// as "settings.change". <dataDir>/settings.state keeps, per key, an HMAC-SHA-256 of the key and
// its value under a key derived from the store's look-up key — never the value itself (a path or a
// URL may say where a workstation is). Written 0600, synced and renamed into place.
struct SettingsComparison
{
    enum class Basis
    {
        Compared, // the last start's state was read: `changed` lists what differs
        FirstStart, // no earlier state: nothing to compare with
        StateUnreadable, // an earlier state that cannot be read (damaged, edited): nothing can be told
    } basis
        = Basis::Compared;
    QStringList changed; // keys whose value differs from the last start (set, changed or unset), sorted
};

class SettingsLedger
{
public:
    static constexpr char kFileName[] = "settings.state";

    // Compares `values` (Settings::values()) with the state kept in `dataDir` and keeps `values` as
    // the new state; storage.settingsState when the new state cannot be written.
    static bd::core::Result<SettingsComparison> compareAndKeep(
        const QString& dataDir, const QByteArray& lookupKey, const QMap<QString, QString>& values);
};

} // namespace bd::storage
