#pragma once

#include <QString>
#include <QStringList>

namespace bd::core {

// Personal data never reaches a log. Code logs through these helpers (a document number becomes
// "<9 chars>"), and the log sink passes every message through redactLogMessage() as a safety net
// that masks anything shaped like an MRZ line, a document number, a date or an encoded image.
QString redactedLength(const QString& value);
QString redactLogMessage(const QString& message);

// The same, and every occurrence (case-insensitive) of one of `sensitiveTokens` becomes "[personal]":
// the current traveller's names and numbers, which no pattern can recognise ("ZELMIRA" is just a
// word). Tokens of fewer than two characters are ignored; name tokens are matched as whole words,
// tokens with a digit anywhere.
QString redactLogMessage(const QString& message, const QStringList& sensitiveTokens);

// Splits names and numbers into the tokens redactLogMessage() masks: "ANNA MARIA" gives "ANNA" and
// "MARIA", "VAN DER-BERG" gives "VAN", "DER", "BERG" and the whole value; '<' fillers separate too.
// Duplicates and tokens under two characters are dropped.
QStringList sensitiveTokensOf(const QStringList& values);

// What the log sink masks besides its patterns. The check flow registers the tokens of the record
// being checked (names, document and personal numbers) when a document is read and clears them when
// the check ends; implemented by LogSink, injected where the check flow is wired.
class SensitiveTokenRegistry
{
public:
    virtual ~SensitiveTokenRegistry() = default;
    virtual void setSensitiveTokens(const QStringList& tokens) = 0; // replaces the previous set
    virtual void clearSensitiveTokens() = 0;
};

} // namespace bd::core
