#include "services/model/HotlistKey.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace bd::model {

namespace {

QByteArray normalised(const QString& value)
{
    QByteArray out = value.toUpper().toLatin1();
    out.removeIf([](char c) { return c == '<' || c == ' ' || c == '\t'; });
    return out;
}

} // namespace

QByteArray hotlistMessage(const QString& issuingState, const QString& documentNumber)
{
    return normalised(issuingState) + '|' + normalised(documentNumber);
}

QByteArray hotlistDigest(QByteArrayView key, const QString& issuingState, const QString& documentNumber)
{
    const QByteArray message = hotlistMessage(issuingState, documentNumber);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
        static_cast<size_t>(message.size()), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

} // namespace bd::model
