#include "services/document/MrzParser.h"

#include "services/core/LogCategories.h"
#include "services/document/ConfusableRepair.h"
#include "services/document/MrzFieldReader.h"
#include "services/document/MrzLayout.h"

#include <algorithm>

namespace bd::document {

namespace {

using Severity = MrzIssue::Severity;

constexpr int s_maxCharacterIssues = 10;

int mrzValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'Z')
        return u - u'A' + 10;
    if (u == u'<')
        return 0;
    return -1;
}

bool isMrzCharacter(QChar c)
{
    return mrzValue(c) >= 0;
}

QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QLatin1Char('\'') + c + QLatin1Char('\'');
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

// Structure, characters, fields and check digits of lines that are already normalised.
MrzRecord analyse(const QStringList& lines, const QDate& today)
{
    MrzRecord record;
    record.lines = lines;
    if (lines.isEmpty()) {
        record.issues.append(mrzIssue(Severity::Error, "empty", QStringLiteral("no MRZ lines were given")));
        return record;
    }
    record.format = detectMrzFormat(lines);
    if (record.format == MrzFormat::Unknown) {
        record.issues.append(mrzIssue(Severity::Error, "lineCount",
            QStringLiteral("found %1 line(s); an MRZ has 2 (TD2, TD3, MRV-A, MRV-B) or 3 (TD1)").arg(lines.size())));
        return record;
    }
    const int needed = mrzLineLength(record.format);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).size() != needed) {
            record.issues.append(mrzIssue(Severity::Error, "length",
                QStringLiteral("line %1 has %2 characters; %3 needs %4")
                    .arg(i + 1)
                    .arg(lines.at(i).size())
                    .arg(formatName(record.format))
                    .arg(needed),
                MrzSpan { i, 0, static_cast<int>(lines.at(i).size()) }));
        }
    }
    int badCharacters = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        for (int col = 0; col < line.size(); ++col) {
            if (isMrzCharacter(line.at(col)))
                continue;
            if (++badCharacters <= s_maxCharacterIssues) {
                record.issues.append(mrzIssue(Severity::Error, "character",
                    QStringLiteral("invalid character %1 at line %2, position %3")
                        .arg(describe(line.at(col)))
                        .arg(i + 1)
                        .arg(col + 1),
                    MrzSpan { i, col, 1 }));
            }
        }
    }
    if (badCharacters > s_maxCharacterIssues) {
        record.issues.append(mrzIssue(Severity::Error, "character",
            QStringLiteral("%1 more invalid characters not listed").arg(badCharacters - s_maxCharacterIssues)));
    }

    const MrzLayout layout = mrzLayout(record.format, lines);
    MrzFieldReader::read(layout, lines, today, record);
    if (!layout.variant.isEmpty()) {
        // A national rule replaced an ICAO check that fails on these lines: accepted, and said.
        record.variant = layout.variant;
        record.issues.append(
            mrzIssue(Severity::Warning, "nationalVariant", layout.variantDetail, layout.numberCheckDigit));
    }
    for (const MrzCheckSpec& spec : layout.checks) {
        MrzCheck check;
        if (!evaluateMrzCheck(lines, spec, &check))
            continue;
        record.checks.append(check);
        if (!check.ok) {
            record.issues.append(mrzIssue(Severity::Error, "checkDigit",
                QStringLiteral("%1 check digit at %2 is '%3'; expected '%4'")
                    .arg(check.field, mrzWhere(check.span), QString(check.found), QString(check.expected)),
                check.span));
        }
    }
    record.valid = !record.hasErrors();
    return record;
}

int errorCount(const MrzRecord& record)
{
    int n = 0;
    for (const MrzIssue& i : record.issues)
        n += i.severity == Severity::Error ? 1 : 0;
    return n;
}

// A letter with a diacritic (Ñ, É, Ç, ...) is not in the MRZ alphabet; ICAO 9303 Part 3 (section 6,
// transliteration; ../shared/domain.md 4.7) writes it as its base letter (Ñ as N; for Ä, Ö, Ü, Å the
// one-letter forms A, O, U, A are allowed too). Letters without such a one-letter form (Ø, Æ, ß, Þ)
// stay errors. Some issuers printed such letters in the
// zone anyway (Spanish identity cards with Ñ in the name), and desk readers or OCR pass them on. Each
// is replaced by its base letter, one for one so no position moves, and listed in `changed`.
QStringList transliterate(const QStringList& lines, QList<MrzRepair>* changed)
{
    QStringList out = lines;
    for (int l = 0; l < out.size(); ++l) {
        QString& line = out[l];
        for (int col = 0; col < line.size(); ++col) {
            const QChar c = line.at(col);
            if (c.unicode() < 0x80 || !c.isLetter())
                continue;
            const QString decomposed = c.decomposition();
            if (decomposed.isEmpty() || c.decompositionTag() != QChar::Canonical)
                continue;
            const QChar base = decomposed.at(0).toUpper();
            if (base < u'A' || base > u'Z')
                continue;
            changed->append(MrzRepair { l, col, c, base });
            line[col] = base;
        }
    }
    return out;
}

} // namespace

int mrzCheckDigit(QStringView text)
{
    static constexpr int weights[3] = { 7, 3, 1 };
    int sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int v = mrzValue(text.at(i));
        if (v < 0)
            return -1;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

QStringList MrzParser::normalizeLines(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines) {
        // Only a-z are upper-cased: anything else stays as typed, so an error names what was given.
        QString trimmed = line.trimmed();
        for (QChar& c : trimmed) {
            if (c >= u'a' && c <= u'z')
                c = QChar(c.unicode() - u'a' + u'A');
        }
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

QStringList MrzParser::splitText(const QString& text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return unified.split(QLatin1Char('\n'));
}

MrzRecord MrzParser::parse(const QStringList& lines, const Options& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    QList<MrzRepair> transliterated;
    const QStringList normalized = transliterate(normalizeLines(lines), &transliterated);
    MrzRecord record = analyse(normalized, today);
    if (options.repairConfusables && !record.valid && record.format != MrzFormat::Unknown) {
        const ConfusableRepair::Outcome repaired = ConfusableRepair::repair(record.format, normalized);
        if (repaired.changed()) {
            MrzRecord candidate = analyse(repaired.lines, today);
            // Accept only a repair that makes every check digit pass and removes errors.
            if (candidate.checksPass() && errorCount(candidate) < errorCount(record)) {
                candidate.repairs = repaired.repairs;
                // A repair in a field no check digit covers (names, nationality, sex, codes) is a
                // guess the check digits cannot confirm: say so, never "every check digit passes".
                const MrzLayout layout = mrzLayout(candidate.format, candidate.lines);
                const auto uncovered = std::count_if(repaired.repairs.cbegin(), repaired.repairs.cend(),
                    [&layout](const MrzRepair& r) { return !layout.protectedByCheckDigit(r.line, r.column); });
                candidate.issues.append(mrzIssue(Severity::Warning, "repaired",
                    uncovered == 0
                        ? QStringLiteral("%1 character(s) read as a look-alike were repaired; "
                                         "every check digit passes on the repaired zone")
                              .arg(repaired.repairs.size())
                        : QStringLiteral("%1 character(s) read as a look-alike were repaired; %2 of them in fields no "
                                         "check digit covers: unverified, compare them with the data page")
                              .arg(repaired.repairs.size())
                              .arg(uncovered)));
                record = std::move(candidate);
            }
        }
    }
    for (const MrzRepair& t : transliterated) {
        record.issues.append(mrzIssue(Severity::Warning, "transliterated",
            QStringLiteral("%1 at %2 is not an MRZ character; read as its ICAO 9303 transliteration %3")
                .arg(describe(t.from), mrzWhere(MrzSpan { t.line, t.column, 1 }), describe(t.to)),
            MrzSpan { t.line, t.column, 1 }));
    }
    qCDebug(lcDocument) << "MRZ parsed: format" << formatName(record.format) << "lines" << record.lines.size()
                        << "valid" << record.valid << "errors" << errorCount(record) << "warnings"
                        << (record.issues.size() - errorCount(record)) << "repairs" << record.repairs.size()
                        << "variant" << (record.variant.isEmpty() ? QStringLiteral("none") : record.variant);
    return record;
}

MrzRecord MrzParser::parseText(const QString& text, const Options& options)
{
    return parse(splitText(text), options);
}

} // namespace bd::document
