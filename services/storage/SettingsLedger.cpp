#include "services/storage/SettingsLedger.h"

#include "services/storage/PosixFile.h"
#include "services/storage/StorageErrors.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace bd::storage {

using bd::core::Error;
using bd::core::Result;

namespace {

constexpr int kVersion = 1;
constexpr qint64 kMaxStateBytes = 64 * 1024;

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<size_t>(message.size()), out, &length);
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
}

// A key of its own, derived from the store's look-up key, so a digest here matches nothing else.
QByteArray ledgerKey(const QByteArray& lookupKey)
{
    return hmac(lookupKey, QByteArrayLiteral("borderdesk settings state v1"));
}

QString digest(const QByteArray& key, const QString& name, const QString& value)
{
    return QString::fromLatin1(hmac(key, name.toUtf8() + '\0' + value.toUtf8()).toHex());
}

// The digests of the last start; nullopt when there is none or it cannot be read (`exists` tells
// the two apart).
std::optional<QJsonObject> readState(const QString& path, bool* exists)
{
    QFile file(path);
    *exists = file.exists();
    if (!*exists || !file.open(QIODevice::ReadOnly) || file.size() > kMaxStateBytes)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != kVersion
        || !doc.object().value(QStringLiteral("digests")).isObject())
        return std::nullopt;
    return doc.object().value(QStringLiteral("digests")).toObject();
}

} // namespace

Result<SettingsComparison> SettingsLedger::compareAndKeep(
    const QString& dataDir, const QByteArray& lookupKey, const QMap<QString, QString>& values)
{
    const QByteArray key = ledgerKey(lookupKey);
    const QString path = QDir(dataDir).filePath(QLatin1String(kFileName));
    QJsonObject now;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        now.insert(it.key(), digest(key, it.key(), it.value()));

    SettingsComparison out;
    bool exists = false;
    const std::optional<QJsonObject> before = readState(path, &exists);
    if (!before) {
        out.basis = exists ? SettingsComparison::Basis::StateUnreadable : SettingsComparison::Basis::FirstStart;
    } else {
        QStringList keys = now.keys() + before->keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& k : keys)
            if (now.value(k) != before->value(k))
                out.changed << k;
    }

    const QJsonObject state { { QStringLiteral("version"), kVersion }, { QStringLiteral("digests"), now } };
    if (!posix::replaceSynced(dataDir, path, QJsonDocument(state).toJson(QJsonDocument::Compact)))
        return Error { QString::fromLatin1(errors::kSettingsState),
            QStringLiteral("the settings state %1 could not be written").arg(path), {} };
    return out;
}

} // namespace bd::storage
