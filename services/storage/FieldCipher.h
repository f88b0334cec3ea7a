#pragma once

#include "services/core/Result.h"
#include "services/storage/DataKeys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace bd::storage {

// Encrypts personal data field by field before it reaches the disk (OpenSSL AES-256-GCM), and makes
// the keyed look-up hashes that let the store find a record without storing what it is found by.
// A sealed field is: format byte 1, a fresh random 96-bit nonce, the ciphertext, the 128-bit tag.
// The caller names what the field is (`context`, e.g. "cache.result"); it is authenticated with the
// field, so a value copied into another column or record kind does not open. Thread-safe (no
// mutable state).
class FieldCipher
{
public:
    explicit FieldCipher(DataKeys keys);

    bd::core::Result<QByteArray> seal(QByteArrayView plaintext, QByteArrayView context) const;
    // storage.tampered when the field was changed, truncated, sealed with another key or for another
    // context; storage.crypto when OpenSSL fails.
    bd::core::Result<QByteArray> open(QByteArrayView sealed, QByteArrayView context) const;

    // HMAC-SHA-256 (32 bytes) of the document number and issuing state, normalised the way an MRZ
    // writes them (upper case, fillers '<' and spaces dropped), so a typed "l898902c3" and a read
    // "L898902C3<" find the same record.
    QByteArray documentLookupKey(const QString& documentNumber, const QString& issuingState) const;

private:
    DataKeys m_keys;
};

} // namespace bd::storage
