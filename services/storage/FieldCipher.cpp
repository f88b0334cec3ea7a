#include "services/storage/FieldCipher.h"

#include "services/storage/StorageErrors.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <memory>

namespace bd::storage {

using bd::core::Error;
using bd::core::Result;

namespace {

constexpr char kFormat = 1;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kOverhead = 1 + kNonceSize + kTagSize;

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

Error cryptoError(const char* step)
{
    return Error { QString::fromLatin1(errors::kCrypto),
        QStringLiteral("OpenSSL AES-256-GCM failed at %1").arg(QLatin1String(step)), {} };
}

Error tampered()
{
    return Error { QString::fromLatin1(errors::kTampered),
        QStringLiteral("a stored field failed authentication (changed, truncated, or not sealed with this store's "
                       "key for this place); it was not used"),
        {} };
}

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}
unsigned char* bytes(QByteArray& v)
{
    return reinterpret_cast<unsigned char*>(v.data());
}
int size(QByteArrayView v)
{
    return static_cast<int>(v.size());
}

QByteArray normalised(const QString& value)
{
    QByteArray out = value.toUpper().toLatin1();
    out.removeIf([](char c) { return c == '<' || c == ' ' || c == '\t'; });
    return out;
}

} // namespace

FieldCipher::FieldCipher(DataKeys keys)
    : m_keys(std::move(keys))
{
    Q_ASSERT(m_keys.encryption.size() == 32 && m_keys.lookup.size() == 32);
}

Result<QByteArray> FieldCipher::seal(QByteArrayView plaintext, QByteArrayView context) const
{
    if (plaintext.size() > (1 << 30))
        return cryptoError("seal (field over 1 GiB)");
    QByteArray out(kOverhead + plaintext.size(), Qt::Uninitialized);
    out[0] = kFormat;
    unsigned char* nonce = bytes(out) + 1;
    unsigned char* cipherText = nonce + kNonceSize;
    if (RAND_bytes(nonce, kNonceSize) != 1)
        return cryptoError("nonce");
    Ctx ctx(EVP_CIPHER_CTX_new());
    int n = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(m_keys.encryption), nonce) != 1)
        return cryptoError("encrypt init");
    if (EVP_EncryptUpdate(ctx.get(), nullptr, &n, bytes(context), size(context)) != 1)
        return cryptoError("context");
    if (EVP_EncryptUpdate(ctx.get(), cipherText, &n, bytes(plaintext), size(plaintext)) != 1)
        return cryptoError("encrypt");
    total = n;
    if (EVP_EncryptFinal_ex(ctx.get(), cipherText + total, &n) != 1)
        return cryptoError("encrypt final");
    total += n;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, cipherText + total) != 1)
        return cryptoError("tag");
    Q_ASSERT(total == plaintext.size());
    return out;
}

Result<QByteArray> FieldCipher::open(QByteArrayView sealed, QByteArrayView context) const
{
    if (sealed.size() < kOverhead || sealed[0] != kFormat)
        return tampered();
    const unsigned char* nonce = bytes(sealed) + 1;
    const unsigned char* cipherText = nonce + kNonceSize;
    const int cipherSize = size(sealed) - kOverhead;
    QByteArray tag(reinterpret_cast<const char*>(cipherText + cipherSize), kTagSize);
    QByteArray out(cipherSize, Qt::Uninitialized);
    Ctx ctx(EVP_CIPHER_CTX_new());
    int n = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, bytes(m_keys.encryption), nonce) != 1)
        return cryptoError("decrypt init");
    if (EVP_DecryptUpdate(ctx.get(), nullptr, &n, bytes(context), size(context)) != 1)
        return cryptoError("context");
    if (EVP_DecryptUpdate(ctx.get(), bytes(out), &n, cipherText, cipherSize) != 1)
        return cryptoError("decrypt");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, bytes(tag)) != 1)
        return cryptoError("tag");
    int last = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(out) + n, &last) != 1)
        return tampered();
    return out;
}

QByteArray FieldCipher::documentLookupKey(const QString& documentNumber, const QString& issuingState) const
{
    const QByteArray message = normalised(documentNumber) + '|' + normalised(issuingState);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_keys.lookup.constData(), size(m_keys.lookup), bytes(message),
        static_cast<size_t>(message.size()), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

} // namespace bd::storage
