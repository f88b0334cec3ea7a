#pragma once

// What a test reads back from a file it made the product write: its permission bits and its bytes.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace bd::testsupport {

// The file's permission bits (e.g. 0600), or -1 when it does not exist.
inline int modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// The file's bytes; empty when it cannot be read.
inline QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace bd::testsupport
