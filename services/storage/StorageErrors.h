#pragma once

// Error codes of the local store (services/storage). Each names what the officer or the support
// engineer must do in its detail; none carries personal data.
namespace bd::storage::errors {
inline constexpr char kDirectory[] = "storage.directory"; // the data directory cannot be made private (0700)
inline constexpr char kKeyUnprotected[] = "storage.keyUnprotected"; // key file open to group/others, or not ours
inline constexpr char kKeyMissing[] = "storage.keyMissing"; // no key file where one is expected
inline constexpr char kKeyCorrupt[] = "storage.keyCorrupt"; // key file of the wrong size or format
inline constexpr char kKeyWrite[] = "storage.keyWrite"; // a new key file could not be written
inline constexpr char kCrypto[] = "storage.crypto"; // OpenSSL refused an operation
inline constexpr char kTampered[] = "storage.tampered"; // a sealed field failed authentication
inline constexpr char kOpen[] = "storage.open"; // the database file cannot be created or opened
inline constexpr char kNewerSchema[] = "storage.newerSchema"; // written by a newer BorderDesk: left untouched
inline constexpr char kMigration[] = "storage.migration"; // a schema step failed (rolled back)
inline constexpr char kCorruptMove[] = "storage.corruptMove"; // a damaged file could not be moved aside
inline constexpr char kQuery[] = "storage.query"; // a read or write of the store failed (nothing half-written)
inline constexpr char kSettingsState[] = "storage.settingsState"; // settings.state could not be written
inline constexpr char kAuditWrite[] = "storage.auditWrite"; // an audit record could not be written and synced
inline constexpr char kOutboxUnknown[] = "storage.outboxUnknown"; // no outbox item of that number in that state
inline constexpr char kOutboxDuplicate[] = "storage.outboxDuplicate"; // that idempotency key is already queued
inline constexpr char kInvalidRecord[] = "storage.invalidRecord"; // a record to queue lacks what sending it needs
// The offline hotlist (HotlistStore): a delta that does not follow the stored list (another version
// or another key: fetch the whole list, since=0); a list that is not well formed; SQLite refused.
inline constexpr char kHotlistGap[] = "storage.hotlistGap";
inline constexpr char kHotlistInvalid[] = "storage.hotlistInvalid";
inline constexpr char kHotlist[] = "storage.hotlist";
} // namespace bd::storage::errors
