#include "services/core/Redaction.h"

#include <QRegularExpression>

namespace bd::core {

QString redactedLength(const QString& value)
{
    return QStringLiteral("<%1 chars>").arg(value.size());
}

QString redactLogMessage(const QString& message)
{
    // Order matters: the widest patterns first, so a whole MRZ line is one mask, not many.
    static const QRegularExpression base64(QStringLiteral("[A-Za-z0-9+/=]{40,}"));
    static const QRegularExpression mrzLike(QStringLiteral("[A-Za-z0-9]*<[A-Za-z0-9<]*"));
    static const QRegularExpression isoDate(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
    static const QRegularExpression digitsRun(QStringLiteral("\\b\\d{6,}\\b"));
    // A token mixing letters and digits (document and personal numbers, e.g. L898902C3).
    static const QRegularExpression idLike(QStringLiteral("\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}\\b"));

    QString out = message;
    out.replace(base64, QStringLiteral("[data]"));
    // Only a run with at least two characters around a filler is MRZ-like; "a < b" is not.
    QRegularExpressionMatchIterator it = mrzLike.globalMatch(out);
    QString rebuilt;
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() < 4)
            continue;
        rebuilt += QStringView(out).mid(last, m.capturedStart() - last);
        rebuilt += QStringLiteral("[mrz]");
        last = m.capturedEnd();
    }
    rebuilt += QStringView(out).mid(last);
    out = rebuilt;
    out.replace(isoDate, QStringLiteral("[date]"));
    out.replace(idLike, QStringLiteral("[id]"));
    out.replace(digitsRun, QStringLiteral("[number]"));
    return out;
}

} // namespace bd::core
