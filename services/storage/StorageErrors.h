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
inline constexpr char kAuditWrite[] = "storage.auditWrite"; // an audit record could not be written and synced
} // namespace bd::storage::errors
