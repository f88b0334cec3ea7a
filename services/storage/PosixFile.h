#pragma once

#include <QByteArray>
#include <QString>

// Small POSIX helpers the store's files share (the key file, the audit trail): what QFile does not
// offer — a write that survives interrupts and short writes, and a directory synced after a rename.
namespace bd::storage::posix {

// Writes all of `bytes` to `fd`, retrying short writes and EINTR; false on any other failure.
bool writeAll(int fd, const QByteArray& bytes);

// fsync(2) of the directory `dir`, so a file just created or renamed in it survives a power cut.
void syncDirectory(const QString& dir);

// Replaces the file `path` in `dir` by `bytes` whole or not at all: a 0600 temporary beside it,
// written, fsynced, renamed into place, the directory synced. False on any failure.
bool replaceSynced(const QString& dir, const QString& path, const QByteArray& bytes);

} // namespace bd::storage::posix
