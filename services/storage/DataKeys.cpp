#include "services/storage/DataKeys.h"

#include "services/storage/PosixFile.h"
#include "services/storage/StorageErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/rand.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd::storage {

using bd::core::Error;
using bd::core::Result;

namespace {

constexpr char kMagic[] = "BDSTORE1"; // format of the key file: magic, encryption key, look-up key
constexpr int kMagicSize = 8;
constexpr int kKeySize = 32;
constexpr int kFileSize = kMagicSize + 2 * kKeySize;

Error error(const char* code, const QString& detail, const QString& path)
{
    return Error { QString::fromLatin1(code), detail, { { QStringLiteral("path"), path } } };
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Result<DataKeys> parseKeyFile(const QByteArray& bytes, const QString& path)
{
    if (bytes.size() != kFileSize || !bytes.startsWith(QByteArray(kMagic, kMagicSize)))
        return error(errors::kKeyCorrupt,
            QStringLiteral("the store key %1 is not a BorderDesk key file (%2 bytes); the store cannot be read "
                           "without its key: restore the file from the workstation's backup")
                .arg(path)
                .arg(bytes.size()),
            path);
    return DataKeys { bytes.mid(kMagicSize, kKeySize), bytes.mid(kMagicSize + kKeySize, kKeySize) };
}

Result<DataKeys> readKeyFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return error(errors::kKeyUnprotected,
            QStringLiteral("the store key %1 cannot be opened (%2); it must be a regular file of this user, mode 0600")
                .arg(path, systemError()),
            path);
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & 077) != 0) {
        ::close(fd);
        return error(errors::kKeyUnprotected,
            QStringLiteral("the store key %1 must be a regular file owned by this user that only it may read "
                           "(chmod 600); it was not used")
                .arg(path),
            path);
    }
    QByteArray bytes(kFileSize + 1, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, static_cast<size_t>(bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    bytes.truncate(got);
    return parseKeyFile(bytes, path);
}

std::optional<Error> createKeyFile(const QString& dir, const QString& path)
{
    QByteArray bytes(kFileSize, Qt::Uninitialized);
    std::memcpy(bytes.data(), kMagic, kMagicSize);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data() + kMagicSize), 2 * kKeySize) != 1)
        return error(errors::kCrypto, QStringLiteral("OpenSSL could not produce random bytes for the store key"), path);
    const QString temporary = QStringLiteral("%1/.%2.%3").arg(dir, QString::fromLatin1(kKeyFileName)).arg(::getpid());
    const QByteArray temporaryName = QFile::encodeName(temporary);
    ::unlink(temporaryName.constData());
    const int fd = ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return error(
            errors::kKeyWrite, QStringLiteral("cannot create the store key in %1 (%2)").arg(dir, systemError()), path);
    const bool written = posix::writeAll(fd, bytes) && ::fsync(fd) == 0;
    ::close(fd);
    // link() never replaces a file: a key another process made meanwhile wins and is read below.
    const bool linked
        = written && (::link(temporaryName.constData(), QFile::encodeName(path).constData()) == 0 || errno == EEXIST);
    const QString reason = systemError();
    ::unlink(temporaryName.constData());
    if (!linked)
        return error(errors::kKeyWrite, QStringLiteral("cannot write the store key %1 (%2)").arg(path, reason), path);
    posix::syncDirectory(dir);
    return std::nullopt;
}

} // namespace

std::optional<Error> makePrivateDirectory(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::lstat(name.constData(), &st) != 0) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()) || (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST))
            return error(errors::kDirectory,
                QStringLiteral("cannot create the data directory %1 (%2)").arg(path, systemError()), path);
        if (::lstat(name.constData(), &st) != 0)
            return error(errors::kDirectory, QStringLiteral("cannot read the data directory %1").arg(path), path);
    }
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return error(errors::kDirectory,
            QStringLiteral("the data directory %1 must be a directory (not a link) owned by this user").arg(path),
            path);
    if ((st.st_mode & 07777) != 0700 && ::chmod(name.constData(), 0700) != 0)
        return error(errors::kDirectory,
            QStringLiteral("cannot make the data directory %1 private (chmod 700: %2)").arg(path, systemError()), path);
    return std::nullopt;
}

Result<DataKeys> loadOrCreateDataKeys(const QString& dataDir)
{
    if (auto failed = makePrivateDirectory(dataDir))
        return *failed;
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kKeyFileName));
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        if (auto failed = createKeyFile(dataDir, path))
            return *failed;
    }
    return readKeyFile(path);
}

Result<DataKeys> loadDataKeys(const QString& dataDir)
{
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(kKeyFileName));
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return error(errors::kKeyMissing,
            QStringLiteral("there is no store key %1: not a workstation data directory, or its key was lost").arg(path),
            path);
    return readKeyFile(path);
}

} // namespace bd::storage
