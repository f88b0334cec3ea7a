#include "services/document/MrzLayout.h"

#include "services/document/MrzParser.h"

#include <algorithm>

namespace bd::document {

namespace {

MrzSpan span(int line, int column, int length)
{
    return MrzSpan { line, column, length };
}

void addField(MrzLayout& layout, const char* name, MrzFieldKind kind, MrzSpan where)
{
    layout.fields.append(MrzFieldSpec { QString::fromLatin1(name), kind, where });
}

void addCheck(MrzLayout& layout, const char* field, QList<MrzSpan> covered, MrzSpan digit, bool emptyOk = false)
{
    layout.checks.append(MrzCheckSpec { QString::fromLatin1(field), std::move(covered), digit, emptyOk });
}

// TD2, TD3, MRV-A and MRV-B share their first 28 characters of line 2.
void addTwoLineCommon(MrzLayout& layout)
{
    const int len = layout.lineLength;
    addField(layout, "documentCode", MrzFieldKind::DocumentCode, span(0, 0, 2));
    addField(layout, "issuingState", MrzFieldKind::Country, span(0, 2, 3));
    addField(layout, "name", MrzFieldKind::Name, span(0, 5, len - 5));
    addField(layout, "documentNumber", MrzFieldKind::DocumentNumber, span(1, 0, 9));
    addField(layout, "nationality", MrzFieldKind::Country, span(1, 10, 3));
    addField(layout, "dateOfBirth", MrzFieldKind::Date, span(1, 13, 6));
    addField(layout, "sex", MrzFieldKind::Sex, span(1, 20, 1));
    addField(layout, "dateOfExpiry", MrzFieldKind::Date, span(1, 21, 6));
    addCheck(layout, "documentNumber", { span(1, 0, 9) }, span(1, 9, 1));
    addCheck(layout, "dateOfBirth", { span(1, 13, 6) }, span(1, 19, 1));
    addCheck(layout, "dateOfExpiry", { span(1, 21, 6) }, span(1, 27, 1));
    layout.numberCheckDigit = span(1, 9, 1);
}

// TD1/TD2: a '<' in the number's check-digit position means the number continues in the optional
// data: the extra characters, then the check digit over the whole number, then '<'.
void applyLongNumber(MrzLayout& layout, const QStringList& lines, MrzSpan digitPos, MrzSpan optional)
{
    if (!mrzCovers(lines, digitPos) || !mrzCovers(lines, optional))
        return;
    if (mrzSlice(lines, digitPos) != QStringLiteral("<"))
        return;
    const QString opt = mrzSlice(lines, optional);
    const qsizetype end = opt.indexOf(QLatin1Char('<'));
    const int used = static_cast<int>(end < 0 ? opt.size() : end); // extra characters + check digit
    if (used < 1)
        return; // no continuation: an ordinary (failing) check
    layout.numberContinuation = span(optional.line, optional.column, used - 1);
    layout.numberCheckDigit = span(optional.line, optional.column + used - 1, 1);
    for (MrzCheckSpec& check : layout.checks) {
        if (check.field != QLatin1String("documentNumber"))
            continue;
        check.covered = { check.covered.first() };
        if (used > 1)
            check.covered.append(layout.numberContinuation);
        check.digit = layout.numberCheckDigit;
    }
    // The optional data proper starts after the check digit and its '<' separator.
    for (MrzFieldSpec& f : layout.fields) {
        if (f.kind != MrzFieldKind::OptionalData || f.span.line != optional.line || f.span.column != optional.column)
            continue;
        const int skip = std::min(used + 1, optional.length);
        f.span = span(optional.line, optional.column + skip, optional.length - skip);
    }
}

// French identity card issued 1988-2021 (not ICAO 9303): line 1 "ID", "FRA", surname (25),
// administrative code (department 3 + office 3); line 2 card number (12: year and month of issue,
// department of issue 3, sequence 5) and its check digit, given names (14), date of birth and its
// check digit, sex, and a composite over all of line 1 and line 2 up to the sex.
void addFrenchId(MrzLayout& layout)
{
    addField(layout, "documentCode", MrzFieldKind::DocumentCode, span(0, 0, 2));
    addField(layout, "issuingState", MrzFieldKind::Country, span(0, 2, 3));
    addField(layout, "surname", MrzFieldKind::Surname, span(0, 5, 25));
    addField(layout, "administrativeCode", MrzFieldKind::OptionalData, span(0, 30, 6));
    addField(layout, "documentNumber", MrzFieldKind::DocumentNumber, span(1, 0, 12));
    addField(layout, "dateOfIssue", MrzFieldKind::YearMonth, span(1, 0, 4));
    addField(layout, "givenNames", MrzFieldKind::GivenNames, span(1, 13, 14));
    addField(layout, "dateOfBirth", MrzFieldKind::Date, span(1, 27, 6));
    addField(layout, "sex", MrzFieldKind::Sex, span(1, 34, 1));
    addCheck(layout, "documentNumber", { span(1, 0, 12) }, span(1, 12, 1));
    addCheck(layout, "dateOfBirth", { span(1, 27, 6) }, span(1, 33, 1));
    addCheck(layout, "composite", { span(0, 0, 36), span(1, 0, 35) }, span(1, 35, 1));
    layout.numberCheckDigit = span(1, 12, 1);
}

// Older Belgian TD1 cards with a number longer than 9 characters compute its check digit over line 1
// from the number's first character up to the end of its continuation, counting the '<' at
// position 15 that marks the continuation (ICAO 9303-5 leaves that '<' out). Applied only to
// issuing state BEL, only when the ICAO check fails and this one passes.
void applyBelgianLongNumber(MrzLayout& layout, const QStringList& lines)
{
    if (layout.format != MrzFormat::TD1 || layout.numberContinuation.line != 0
        || mrzSlice(lines, span(0, 2, 3)) != QLatin1String("BEL"))
        return;
    for (MrzCheckSpec& check : layout.checks) {
        if (check.field != QLatin1String("documentNumber"))
            continue;
        MrzCheck icao;
        if (!evaluateMrzCheck(lines, check, &icao) || icao.ok)
            return;
        const int end = layout.numberContinuation.column + layout.numberContinuation.length;
        const MrzCheckSpec belgian { check.field, { span(0, 5, end - 5) }, check.digit, false };
        MrzCheck result;
        if (!evaluateMrzCheck(lines, belgian, &result) || !result.ok)
            return;
        check = belgian;
        layout.variant = QStringLiteral("BEL-TD1-long-number");
        layout.variantDetail
            = QStringLiteral("Belgian long document number: its check digit at %1 is computed over line 1, positions "
                             "6 to %2, including the '<' at position 15 (older Belgian cards); the ICAO 9303 rule, "
                             "without that '<', would expect '%3'")
                  .arg(QStringLiteral("line %1, position %2").arg(check.digit.line + 1).arg(check.digit.column + 1))
                  .arg(end)
                  .arg(QString(icao.expected));
        return;
    }
}

} // namespace

int mrzLineCount(MrzFormat format)
{
    switch (format) {
    case MrzFormat::TD1:
        return 3;
    case MrzFormat::TD2:
    case MrzFormat::TD3:
    case MrzFormat::MRVA:
    case MrzFormat::MRVB:
    case MrzFormat::FrenchId:
        return 2;
    case MrzFormat::Unknown:
        break;
    }
    return 0;
}

int mrzLineLength(MrzFormat format)
{
    switch (format) {
    case MrzFormat::TD1:
        return 30;
    case MrzFormat::TD2:
    case MrzFormat::MRVB:
    case MrzFormat::FrenchId:
        return 36;
    case MrzFormat::TD3:
    case MrzFormat::MRVA:
        return 44;
    case MrzFormat::Unknown:
        break;
    }
    return 0;
}

MrzFormat detectMrzFormat(const QStringList& lines)
{
    if (lines.size() == 3)
        return MrzFormat::TD1;
    if (lines.size() != 2)
        return MrzFormat::Unknown;
    const bool visa = lines.first().startsWith(QLatin1Char('V'));
    const qsizetype longest = std::max(lines.at(0).size(), lines.at(1).size());
    if (longest >= 40)
        return visa ? MrzFormat::MRVA : MrzFormat::TD3;
    if (lines.first().startsWith(QLatin1String("IDFRA")))
        return MrzFormat::FrenchId;
    return visa ? MrzFormat::MRVB : MrzFormat::TD2;
}

MrzLayout mrzLayout(MrzFormat format, const QStringList& lines)
{
    MrzLayout layout;
    layout.format = format;
    layout.lineCount = mrzLineCount(format);
    layout.lineLength = mrzLineLength(format);
    switch (format) {
    case MrzFormat::TD1:
        addField(layout, "documentCode", MrzFieldKind::DocumentCode, span(0, 0, 2));
        addField(layout, "issuingState", MrzFieldKind::Country, span(0, 2, 3));
        addField(layout, "documentNumber", MrzFieldKind::DocumentNumber, span(0, 5, 9));
        addField(layout, "optionalData", MrzFieldKind::OptionalData, span(0, 15, 15));
        addField(layout, "dateOfBirth", MrzFieldKind::Date, span(1, 0, 6));
        addField(layout, "sex", MrzFieldKind::Sex, span(1, 7, 1));
        addField(layout, "dateOfExpiry", MrzFieldKind::Date, span(1, 8, 6));
        addField(layout, "nationality", MrzFieldKind::Country, span(1, 15, 3));
        addField(layout, "optionalData2", MrzFieldKind::OptionalData, span(1, 18, 11));
        addField(layout, "name", MrzFieldKind::Name, span(2, 0, 30));
        addCheck(layout, "documentNumber", { span(0, 5, 9) }, span(0, 14, 1));
        addCheck(layout, "dateOfBirth", { span(1, 0, 6) }, span(1, 6, 1));
        addCheck(layout, "dateOfExpiry", { span(1, 8, 6) }, span(1, 14, 1));
        addCheck(
            layout, "composite", { span(0, 5, 25), span(1, 0, 7), span(1, 8, 7), span(1, 18, 11) }, span(1, 29, 1));
        layout.numberCheckDigit = span(0, 14, 1);
        applyLongNumber(layout, lines, span(0, 14, 1), span(0, 15, 15));
        applyBelgianLongNumber(layout, lines);
        break;
    case MrzFormat::TD2:
        addTwoLineCommon(layout);
        addField(layout, "optionalData", MrzFieldKind::OptionalData, span(1, 28, 7));
        addCheck(layout, "composite", { span(1, 0, 10), span(1, 13, 7), span(1, 21, 14) }, span(1, 35, 1));
        applyLongNumber(layout, lines, span(1, 9, 1), span(1, 28, 7));
        break;
    case MrzFormat::TD3:
        addTwoLineCommon(layout);
        addField(layout, "optionalData", MrzFieldKind::OptionalData, span(1, 28, 14));
        addCheck(layout, "optionalData", { span(1, 28, 14) }, span(1, 42, 1), true);
        addCheck(layout, "composite", { span(1, 0, 10), span(1, 13, 7), span(1, 21, 22) }, span(1, 43, 1));
        break;
    case MrzFormat::MRVA:
        addTwoLineCommon(layout);
        addField(layout, "optionalData", MrzFieldKind::OptionalData, span(1, 28, 16));
        break;
    case MrzFormat::MRVB:
        addTwoLineCommon(layout);
        addField(layout, "optionalData", MrzFieldKind::OptionalData, span(1, 28, 8));
        break;
    case MrzFormat::FrenchId:
        addFrenchId(layout);
        break;
    case MrzFormat::Unknown:
        break;
    }
    return layout;
}

const MrzFieldSpec* MrzLayout::field(const QString& name) const
{
    for (const MrzFieldSpec& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

bool MrzLayout::protectedByCheckDigit(int line, int column) const
{
    for (const MrzCheckSpec& check : checks)
        for (const MrzSpan& span : check.covered)
            if (span.contains(line, column))
                return true;
    return false;
}

bool MrzLayout::isCheckDigit(int line, int column) const
{
    return std::any_of(
        checks.cbegin(), checks.cend(), [&](const MrzCheckSpec& c) { return c.digit.contains(line, column); });
}

MrzCharClass MrzLayout::charClassAt(int line, int column) const
{
    const auto inside = [&](const MrzSpan& s) { return s.contains(line, column); };
    for (const MrzCheckSpec& c : checks) {
        if (inside(c.digit))
            return MrzCharClass::Digit;
    }
    if (inside(numberContinuation))
        return MrzCharClass::AlphaNum;
    // Dates first: the FRA-ID date of issue is the start of the document number.
    for (const MrzFieldSpec& f : fields) {
        if (inside(f.span) && (f.kind == MrzFieldKind::Date || f.kind == MrzFieldKind::YearMonth))
            return MrzCharClass::Digit;
    }
    for (const MrzFieldSpec& f : fields) {
        if (!inside(f.span))
            continue;
        switch (f.kind) {
        case MrzFieldKind::Date:
        case MrzFieldKind::YearMonth:
            return MrzCharClass::Digit;
        case MrzFieldKind::DocumentNumber:
        case MrzFieldKind::OptionalData:
            return MrzCharClass::AlphaNum;
        case MrzFieldKind::DocumentCode:
        case MrzFieldKind::Country:
        case MrzFieldKind::Name:
        case MrzFieldKind::Surname:
        case MrzFieldKind::GivenNames:
        case MrzFieldKind::Sex:
            return MrzCharClass::Alpha;
        }
    }
    // The '<' separating a long number's check digit from the optional data.
    return MrzCharClass::AlphaNum;
}

bool mrzCovers(const QStringList& lines, const MrzSpan& s)
{
    return s.line >= 0 && s.line < lines.size() && s.column >= 0 && s.length >= 0
        && s.column + s.length <= lines.at(s.line).size();
}

QString mrzSlice(const QStringList& lines, const MrzSpan& s)
{
    if (!mrzCovers(lines, s))
        return {};
    return lines.at(s.line).mid(s.column, s.length);
}

bool evaluateMrzCheck(const QStringList& lines, const MrzCheckSpec& spec, MrzCheck* check)
{
    if (!mrzCovers(lines, spec.digit) || spec.digit.length != 1)
        return false;
    QString covered;
    for (const MrzSpan& s : spec.covered) {
        if (!mrzCovers(lines, s))
            return false;
        covered += mrzSlice(lines, s);
    }
    const QChar found = lines.at(spec.digit.line).at(spec.digit.column);
    const int digit = mrzCheckDigit(covered);
    check->field = spec.field;
    check->found = found;
    check->expected = digit < 0 ? QChar(u'?') : QChar(u'0' + digit);
    check->span = spec.digit;
    check->ok = digit >= 0 && found == check->expected;
    if (!check->ok && spec.emptyWhenFillers && (found == u'<' || found == u'0')
        && covered.count(QLatin1Char('<')) == covered.size()) {
        check->ok = true;
        check->expected = found;
    }
    return true;
}

} // namespace bd::document
