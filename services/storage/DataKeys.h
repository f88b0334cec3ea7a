#pragma once

#include "services/core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bd::storage {

// The two secrets of a workstation's store, 32 random bytes each: one encrypts personal data field
// by field (AES-256-GCM), the other makes look-up keys (HMAC-SHA-256), so a record can be found by
// its document without the document number being stored. docs/security.md has the threat model.
struct DataKeys
{
    QByteArray encryption;
    QByteArray lookup;
};

// Makes `path` a directory only its owner may enter (0700): creates it so (parents as needed), or
// narrows an existing one that belongs to this user. Refuses a symbolic link, a non-directory and
// a directory owned by another user (storage.directory).
std::optional<bd::core::Error> makePrivateDirectory(const QString& path);

// The key file's name inside the data directory.
inline constexpr char kKeyFileName[] = "store.key";

// Reads `<dataDir>/store.key`, or creates it when there is none: 0600 from the start, random bytes
// from OpenSSL, written to a temporary file, synced and linked into place (never a half-written
// key; two workstations starting at once end with the same key). An existing key file is never
// replaced: one that group or others may read or write, or that belongs to another user, is
// refused (storage.keyUnprotected); one of the wrong size or format is refused (storage.keyCorrupt)
// because a new key would make the store it protects unreadable.
bd::core::Result<DataKeys> loadOrCreateDataKeys(const QString& dataDir);

// Reads the key file only, for tools that must change nothing: storage.keyMissing when there is
// none, and the refusals of loadOrCreateDataKeys().
bd::core::Result<DataKeys> loadDataKeys(const QString& dataDir);

} // namespace bd::storage
