#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// How a document becomes a hotlist key (docs/gateway-protocol.md, "hotlist deltas"): the gateway
// makes each entry's key this way and the workstation makes the same key from the document it
// reads, so the offline list holds no clear data and both sides agree byte for byte.
namespace bd::model {

// The hotlist key's size: HMAC-SHA-256 with a 256-bit key.
inline constexpr qsizetype kHotlistKeyBytes = 32;

// "ISSUER|NUMBER" as an MRZ writes them: upper case, fillers '<' and blanks dropped, so a typed
// "gbr" / "s10000007" and a read "GBR" / "S10000007<" give the same message.
QByteArray hotlistMessage(const QString& issuingState, const QString& documentNumber);

// HMAC-SHA-256 (32 bytes) of hotlistMessage() under `key`; the protocol carries it as lower-case hex.
QByteArray hotlistDigest(QByteArrayView key, const QString& issuingState, const QString& documentNumber);

} // namespace bd::model
