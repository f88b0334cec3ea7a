#include "services/document/MrzNames.h"

#include <QStringList>

namespace bd::document {

namespace {

// Letters whose Doc 9303 form is more than the base letter.
QString specialForm(char32_t c)
{
    switch (c) {
    case U'Ä':
    case U'Æ':
        return QStringLiteral("AE");
    case U'Å':
        return QStringLiteral("AA");
    case U'Ö':
    case U'Ø':
    case U'Œ':
        return QStringLiteral("OE");
    case U'Ü':
        return QStringLiteral("UE");
    case U'ß':
    case U'ẞ':
        return QStringLiteral("SS");
    case U'Þ':
        return QStringLiteral("TH");
    case U'Ĳ':
        return QStringLiteral("IJ");
    case U'Ð':
    case U'Đ':
        return QStringLiteral("D");
    case U'Ł':
        return QStringLiteral("L");
    case U'Ħ':
        return QStringLiteral("H");
    case U'Ŧ':
        return QStringLiteral("T");
    case U'ı':
        return QStringLiteral("I");
    default:
        break;
    }
    return {};
}

QString joinComponents(QStringView raw)
{
    QStringList parts;
    for (const QStringView part : raw.split(QLatin1Char('<'), Qt::SkipEmptyParts))
        parts.append(part.toString());
    return parts.join(QLatin1Char(' '));
}

QStringList components(const QString& zoneText)
{
    return zoneText.split(QLatin1Char('<'), Qt::SkipEmptyParts);
}

QString compose(const QStringList& primary, const QStringList& secondary)
{
    QString out = primary.join(QLatin1Char('<'));
    if (!secondary.isEmpty())
        out += QStringLiteral("<<") + secondary.join(QLatin1Char('<'));
    return out;
}

} // namespace

MrzNames::Split MrzNames::split(QStringView field)
{
    Split s;
    const qsizetype sep = field.indexOf(QLatin1String("<<"));
    if (sep < 0) {
        s.surnameRaw = field.toString();
    } else {
        s.surnameRaw = field.left(sep).toString();
        s.givenOffset = static_cast<int>(sep + 2);
        s.givenNamesRaw = field.mid(sep + 2).toString();
    }
    s.surname = readable(s.surnameRaw);
    s.givenNames = readable(s.givenNamesRaw);
    return s;
}

QString MrzNames::readable(QStringView raw)
{
    return joinComponents(raw);
}

bool MrzNames::possiblyTruncated(QStringView field)
{
    return !field.isEmpty() && field.back().isLetter();
}

QString MrzNames::transliterate(QStringView text, QChar* unmapped)
{
    QString out;
    bool reported = false;
    const QString upper = text.toString().toUpper();
    for (const char32_t c : upper.toUcs4()) {
        if ((c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9')) {
            out += QChar(static_cast<char16_t>(c));
            continue;
        }
        if (c == U' ' || c == U'-' || c == U'<' || c == U'\t') {
            out += QLatin1Char('<');
            continue;
        }
        if (c == U'ÿ' || c == U'Ÿ') {
            out += QLatin1Char('Y');
            continue;
        }
        const QString special = specialForm(c);
        if (!special.isEmpty()) {
            out += special;
            continue;
        }
        // Other accented Latin letters: drop the combining marks of the canonical decomposition.
        const QString decomposed = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
        const QChar base = decomposed.isEmpty() ? QChar() : decomposed.front();
        if (base >= u'A' && base <= u'Z') {
            out += base;
            continue;
        }
        const QChar qc = c <= 0xFFFF ? QChar(static_cast<char16_t>(c)) : QChar();
        const bool punctuation = c < 0x80 || (qc.unicode() != 0 && (qc.isPunct() || qc.isSymbol() || qc.isSpace()));
        if (!punctuation && unmapped && !reported) {
            *unmapped = qc.unicode() != 0 ? qc : QChar(QChar::ReplacementCharacter);
            reported = true;
        }
        // Apostrophes, commas, dots and anything unmappable are omitted.
    }
    // Collapse runs of separators produced by "A - B" and trim them at both ends.
    QString collapsed;
    for (const QChar ch : out) {
        if (ch == u'<' && (collapsed.isEmpty() || collapsed.back() == u'<'))
            continue;
        collapsed += ch;
    }
    while (collapsed.endsWith(QLatin1Char('<')))
        collapsed.chop(1);
    return collapsed;
}

QString MrzNames::field(const QString& surname, const QString& givenNames, int width, bool* truncated)
{
    const QStringList primary = components(transliterate(surname));
    QStringList secondary = components(transliterate(givenNames));
    QString name = compose(primary, secondary);
    bool lost = false;
    // Shorten given names to initials, last one first, until the name fits.
    for (qsizetype i = secondary.size() - 1; i >= 0 && name.size() > width; --i) {
        if (secondary.at(i).size() > 1) {
            secondary[i] = secondary.at(i).left(1);
            lost = true;
            name = compose(primary, secondary);
        }
    }
    if (name.size() > width) {
        name.truncate(width);
        lost = true;
    }
    if (truncated)
        *truncated = lost;
    return name + QString(width - name.size(), QLatin1Char('<'));
}

} // namespace bd::document
