#include "services/core/Redaction.h"

#include <QRegularExpression>

#include <algorithm>

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
    // Dates in every common written form: 1987-06-23, 1987-6-23, 1987/6/23, 1987.06.23, 23.06.1987,
    // 23.6.1987, 23/06/1987, 23-06-1987, 23.06.87, 6/23/1987.
    static const QRegularExpression isoDate(
        QStringLiteral("\\b(?:\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./](?:\\d{4}|\\d{2}))\\b"));
    static const QRegularExpression digitsRun(QStringLiteral("\\b\\d{6,}\\b"));
    // A token mixing letters and digits (document and personal numbers, e.g. L898902C3).
    // Lower or mixed case as well (a number typed as "xk4471q93").
    static const QRegularExpression idLike(
        QStringLiteral("\\b(?=[A-Za-z0-9]*\\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,}\\b"));

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

QString redactLogMessage(const QString& message, const QStringList& sensitiveTokens)
{
    QStringList words;
    QStringList numbers;
    for (const QString& token : sensitiveTokens) {
        const QString t = token.trimmed();
        if (t.size() < 2)
            continue;
        const bool hasDigit = std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
        (hasDigit ? numbers : words) << QRegularExpression::escape(t);
    }
    // Longest first, so "MARIA-LUISA" is masked whole before "MARIA".
    const auto longestFirst = [](const QString& a, const QString& b) { return a.size() > b.size(); };
    std::sort(words.begin(), words.end(), longestFirst);
    std::sort(numbers.begin(), numbers.end(), longestFirst);
    QString out = message;
    constexpr auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    if (!numbers.isEmpty())
        out.replace(QRegularExpression(numbers.join(QLatin1Char('|')), options), QStringLiteral("[personal]"));
    if (!words.isEmpty())
        out.replace(QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(words.join(QLatin1Char('|'))), options),
            QStringLiteral("[personal]"));
    return redactLogMessage(out);
}

QStringList sensitiveTokensOf(const QStringList& values)
{
    static const QRegularExpression separators(QStringLiteral("[\\s<,;/]+"));
    static const QRegularExpression inner(QStringLiteral("[-'.]+"));
    QStringList out;
    const auto add = [&out](const QString& t) {
        if (t.size() >= 2 && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    };
    for (const QString& value : values) {
        const QString v = value.trimmed();
        for (const QString& part : v.split(separators, Qt::SkipEmptyParts)) {
            add(part);
            for (const QString& piece : part.split(inner, Qt::SkipEmptyParts))
                add(piece);
        }
        if (!v.contains(QLatin1Char('<')))
            add(v);
    }
    return out;
}

} // namespace bd::core
