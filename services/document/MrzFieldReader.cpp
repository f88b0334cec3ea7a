#include "services/document/MrzFieldReader.h"

#include "services/document/CountryCodes.h"
#include "services/document/MrzDates.h"
#include "services/document/MrzNames.h"

namespace bd::document {

namespace {

using Severity = MrzIssue::Severity;

QString trimFillers(QStringView raw)
{
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && raw.at(begin) == u'<')
        ++begin;
    while (end > begin && raw.at(end - 1) == u'<')
        --end;
    return raw.mid(begin, end - begin).toString();
}

QString quoted(QChar c)
{
    return QLatin1Char('\'') + c + QLatin1Char('\'');
}

MrzSpan sub(const MrzSpan& s, int offset, int length)
{
    return MrzSpan { s.line, s.column + offset, length };
}

class Reader
{
public:
    Reader(const MrzLayout& layout, const QStringList& lines, const QDate& today, MrzRecord& record)
        : m_layout(layout)
        , m_lines(lines)
        , m_today(today)
        , m_record(record)
    {
    }

    void run()
    {
        for (const MrzFieldSpec& spec : m_layout.fields) {
            if (!mrzCovers(m_lines, spec.span))
                continue;
            const QString raw = mrzSlice(m_lines, spec.span);
            switch (spec.kind) {
            case MrzFieldKind::DocumentCode:
                readDocumentCode(spec, raw);
                break;
            case MrzFieldKind::Country:
                readCountry(spec, raw);
                break;
            case MrzFieldKind::Name:
                readName(spec, raw);
                break;
            case MrzFieldKind::Surname:
            case MrzFieldKind::GivenNames:
                readNamePart(spec, raw);
                break;
            case MrzFieldKind::DocumentNumber:
                readNumber(spec, raw);
                break;
            case MrzFieldKind::Date:
                readDate(spec, raw);
                break;
            case MrzFieldKind::YearMonth:
                readYearMonth(spec, raw);
                break;
            case MrzFieldKind::Sex:
                readSex(spec, raw);
                break;
            case MrzFieldKind::OptionalData:
                add(spec.name, raw, trimFillers(raw), spec.span);
                break;
            }
        }
        if (m_layout.format == MrzFormat::FrenchId)
            frenchIdRemarks();
        plausibility();
    }

private:
    void add(const QString& name, const QString& raw, const QString& value, const MrzSpan& span)
    {
        m_record.fields.append(MrzField { name, raw, value, span });
    }

    void issue(Severity severity, const char* code, const QString& detail, const MrzSpan& span = {})
    {
        m_record.issues.append(mrzIssue(severity, code, detail, span));
    }

    void readDocumentCode(const MrzFieldSpec& spec, const QString& raw)
    {
        add(spec.name, raw, trimFillers(raw), spec.span);
        const QChar first = raw.at(0);
        const QChar second = raw.at(1);
        QString allowed;
        switch (m_layout.format) {
        case MrzFormat::TD3:
            allowed = QStringLiteral("P");
            break;
        case MrzFormat::MRVA:
        case MrzFormat::MRVB:
            allowed = QStringLiteral("V");
            break;
        default:
            allowed = QStringLiteral("ACI");
            break;
        }
        if (!allowed.contains(first)) {
            issue(Severity::Error, "documentCode",
                QStringLiteral("document code at %1 is %2; %3 needs %4")
                    .arg(mrzWhere(sub(spec.span, 0, 1)), quoted(first), formatName(m_layout.format),
                        allowed.size() == 1 ? quoted(allowed.front()) : QStringLiteral("'A', 'C' or 'I'")),
                sub(spec.span, 0, 1));
        }
        const bool secondOk = (second >= u'A' && second <= u'Z') || second == u'<';
        const bool officialV = allowed.size() > 1 && second == u'V';
        if (!secondOk || officialV) {
            issue(Severity::Error, "documentCode",
                QStringLiteral("document type at %1 is %2; it must be a letter other than 'V' or '<'")
                    .arg(mrzWhere(sub(spec.span, 1, 1)), quoted(second)),
                sub(spec.span, 1, 1));
        }
    }

    void readCountry(const MrzFieldSpec& spec, const QString& raw)
    {
        add(spec.name, raw, CountryCodes::normalized(raw), spec.span);
        if (!CountryCodes::isKnown(raw)) {
            issue(Severity::Error, "unknownCountry",
                QStringLiteral("%1 at %2 is not an ICAO 9303 country or organisation code")
                    .arg(spec.name, mrzWhere(spec.span)),
                spec.span);
        }
    }

    void readName(const MrzFieldSpec& spec, const QString& raw)
    {
        const MrzNames::Split split = MrzNames::split(raw);
        add(QStringLiteral("surname"), split.surnameRaw, split.surname,
            sub(spec.span, 0, static_cast<int>(split.surnameRaw.size())));
        const MrzSpan givenSpan = split.givenOffset < 0
            ? MrzSpan { spec.span.line, spec.span.column + spec.span.length, 0 }
            : sub(spec.span, split.givenOffset, static_cast<int>(split.givenNamesRaw.size()));
        add(QStringLiteral("givenNames"), split.givenNamesRaw, split.givenNames, givenSpan);
        for (int i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if (c >= u'0' && c <= u'9') {
                issue(Severity::Error, "fieldFormat",
                    QStringLiteral("digit %1 in the name at %2; names hold letters and '<' only")
                        .arg(quoted(c), mrzWhere(sub(spec.span, i, 1))),
                    sub(spec.span, i, 1));
                break;
            }
        }
        // After the name, every position is a filler: letters after three or more fillers cannot be
        // part of it (often fillers misread as K or C by OCR).
        const qsizetype run = raw.indexOf(QLatin1String("<<<"));
        if (run >= 0) {
            for (qsizetype i = run; i < raw.size(); ++i) {
                if (raw.at(i) != u'<') {
                    issue(Severity::Error, "fieldFormat",
                        QStringLiteral("the name has characters after its trailing fillers at %1")
                            .arg(mrzWhere(sub(spec.span, static_cast<int>(i), 1))),
                        sub(spec.span, static_cast<int>(i), 1));
                    break;
                }
            }
        }
        if (split.surname.isEmpty()) {
            issue(Severity::Warning, "nameMissing",
                QStringLiteral("the name at %1 has no primary identifier").arg(mrzWhere(spec.span)), spec.span);
        }
        if (MrzNames::possiblyTruncated(raw)) {
            issue(Severity::Warning, "truncatedName",
                QStringLiteral("the name fills the field up to %1; it may have been truncated")
                    .arg(mrzWhere(sub(spec.span, spec.span.length - 1, 1))),
                spec.span);
        }
    }

    // FRA-ID: surname and given names stand in fields of their own; given names are separated by
    // "<<", parts of one name by '<'. The value joins every part with single spaces, as for ICAO names.
    void readNamePart(const MrzFieldSpec& spec, const QString& raw)
    {
        add(spec.name, raw, MrzNames::readable(raw), spec.span);
        for (int i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if (c >= u'0' && c <= u'9') {
                issue(Severity::Error, "fieldFormat",
                    QStringLiteral("digit %1 in the %2 at %3; names hold letters and '<' only")
                        .arg(quoted(c), spec.name, mrzWhere(sub(spec.span, i, 1))),
                    sub(spec.span, i, 1));
                break;
            }
        }
        const qsizetype run = raw.indexOf(QLatin1String("<<<"));
        for (qsizetype i = run; run >= 0 && i < raw.size(); ++i) {
            if (raw.at(i) != u'<') {
                issue(Severity::Error, "fieldFormat",
                    QStringLiteral("the %1 has characters after its trailing fillers at %2")
                        .arg(spec.name, mrzWhere(sub(spec.span, static_cast<int>(i), 1))),
                    sub(spec.span, static_cast<int>(i), 1));
                break;
            }
        }
        if (spec.kind == MrzFieldKind::Surname && MrzNames::readable(raw).isEmpty()) {
            issue(Severity::Warning, "nameMissing",
                QStringLiteral("the surname at %1 is empty").arg(mrzWhere(spec.span)), spec.span);
        }
        if (MrzNames::possiblyTruncated(raw)) {
            issue(Severity::Warning, "truncatedName",
                QStringLiteral("the %1 fill the field up to %2; they may have been truncated")
                    .arg(spec.name == QLatin1String("surname") ? QStringLiteral("surname")
                                                               : QStringLiteral("given names"),
                        mrzWhere(sub(spec.span, spec.span.length - 1, 1))),
                spec.span);
        }
    }

    // YYMM of a month in the past (FRA-ID date of issue): value "YYYY-MM".
    void readYearMonth(const MrzFieldSpec& spec, const QString& raw)
    {
        const QDate first = MrzDates::birth(QString(raw + QStringLiteral("01")), m_today);
        add(spec.name, raw, first.isValid() ? first.toString(QStringLiteral("yyyy-MM")) : QString(), spec.span);
        if (!first.isValid()) {
            issue(Severity::Error, "dateInvalid",
                QStringLiteral("%1 at %2 is not a real month (YYMM)").arg(spec.name, mrzWhere(spec.span)), spec.span);
            return;
        }
        m_issueMonth = first;
    }

    // The French identity card carries neither nationality nor expiry: say what is derived and
    // what the officer must read from the card.
    void frenchIdRemarks()
    {
        m_record.fields.append(
            MrzField { QStringLiteral("nationality"), QString(), QStringLiteral("FRA"), MrzSpan {} });
        issue(Severity::Warning, "nationalityDerived",
            QStringLiteral("the French identity card has no nationality field; nationality FRA is derived from the "
                           "document, which France issues to its nationals only"));
        issue(Severity::Warning, "noExpiryInZone",
            QStringLiteral("the French identity card issued before 2021 has no date of expiry in the zone: read the "
                           "expiry date from the card (valid 10 years; cards issued to adults from 2004 on are valid "
                           "15 years, for those issued 2004-2013 without a change of the printed date)"));
    }

    void readNumber(const MrzFieldSpec& spec, const QString& raw)
    {
        QString full = raw;
        MrzSpan where = spec.span;
        if (m_layout.numberContinuation.line >= 0 && mrzCovers(m_lines, m_layout.numberContinuation))
            full += mrzSlice(m_lines, m_layout.numberContinuation);
        QString value = full;
        value.remove(QLatin1Char('<'));
        add(spec.name, full, value, where);
    }

    void readDate(const MrzFieldSpec& spec, const QString& raw)
    {
        const bool birth = spec.name == QLatin1String("dateOfBirth");
        const QDate date = birth ? MrzDates::birth(raw, m_today) : MrzDates::expiry(raw, m_today);
        const QString partial = birth && !date.isValid() ? MrzDates::partialBirth(raw, m_today) : QString();
        if (!partial.isNull()) {
            add(spec.name, raw, partial, spec.span);
            issue(Severity::Warning, "dateOfBirthPartlyUnknown",
                partial.isEmpty()
                    ? QStringLiteral("the date of birth at %1 is unknown (written as fillers)").arg(mrzWhere(spec.span))
                    : QStringLiteral(
                        "the date of birth at %1 is known only to the %2 (unknown parts written as fillers)")
                          .arg(mrzWhere(spec.span),
                              partial.size() == 4 ? QStringLiteral("year") : QStringLiteral("month")),
                spec.span);
            return;
        }
        add(spec.name, raw, date.isValid() ? date.toString(Qt::ISODate) : QString(), spec.span);
        if (!date.isValid()) {
            issue(Severity::Error, "dateInvalid",
                QStringLiteral("%1 at %2 is not a real date (YYMMDD)").arg(spec.name, mrzWhere(spec.span)), spec.span);
        } else if (birth) {
            m_birth = date;
        } else {
            m_expiry = date;
        }
    }

    void readSex(const MrzFieldSpec& spec, const QString& raw)
    {
        const QChar c = raw.at(0);
        add(spec.name, raw, c == u'<' ? QString() : raw, spec.span);
        if (c == u'X') {
            issue(Severity::Warning, "sex",
                QStringLiteral("sex 'X' at %1 is accepted; ICAO 9303 writes unspecified as '<'")
                    .arg(mrzWhere(spec.span)),
                spec.span);
        } else if (c != u'M' && c != u'F' && c != u'<') {
            issue(Severity::Error, "sex",
                QStringLiteral("sex at %1 is %2; allowed are 'M', 'F' and '<'").arg(mrzWhere(spec.span), quoted(c)),
                spec.span);
        }
    }

    void plausibility()
    {
        const MrzFieldSpec* expirySpec = m_layout.field(QStringLiteral("dateOfExpiry"));
        const MrzFieldSpec* birthSpec = m_layout.field(QStringLiteral("dateOfBirth"));
        if (m_expiry.isValid() && expirySpec) {
            if (m_expiry < m_today) {
                issue(Severity::Warning, "expired",
                    QStringLiteral("the document expired %1 days before today").arg(m_expiry.daysTo(m_today)),
                    expirySpec->span);
            } else if (m_expiry < m_today.addMonths(MrzFieldReader::expiresSoonMonths)) {
                issue(Severity::Warning, "expiresSoon",
                    QStringLiteral("the document expires within %1 months (in %2 days)")
                        .arg(MrzFieldReader::expiresSoonMonths)
                        .arg(m_today.daysTo(m_expiry)),
                    expirySpec->span);
            }
        }
        if (m_birth.isValid() && birthSpec && m_birth.addYears(MrzFieldReader::adultAge) > m_today) {
            issue(Severity::Warning, "minor",
                QStringLiteral("the holder is under %1 years old").arg(MrzFieldReader::adultAge), birthSpec->span);
        }
        if (m_birth.isValid() && m_expiry.isValid() && m_birth >= m_expiry && birthSpec) {
            issue(Severity::Warning, "birthAfterExpiry",
                QStringLiteral("the date of birth is not before the date of expiry"), birthSpec->span);
        }
        // Only the FRA-ID carries a date of issue (its month).
        const MrzFieldSpec* issueSpec = m_layout.field(QStringLiteral("dateOfIssue"));
        if (m_birth.isValid() && m_issueMonth.isValid() && issueSpec
            && m_birth > m_issueMonth.addMonths(1).addDays(-1)) {
            issue(Severity::Warning, "birthAfterIssue", QStringLiteral("the date of birth is after the month of issue"),
                birthSpec ? birthSpec->span : issueSpec->span);
        }
    }

    const MrzLayout& m_layout;
    const QStringList& m_lines;
    QDate m_today;
    MrzRecord& m_record;
    QDate m_birth;
    QDate m_expiry;
    QDate m_issueMonth; // first day of the month of issue (FRA-ID)
};

} // namespace

QString mrzWhere(const MrzSpan& span)
{
    return QStringLiteral("line %1, position %2").arg(span.line + 1).arg(span.column + 1);
}

MrzIssue mrzIssue(MrzIssue::Severity severity, const char* code, const QString& detail, const MrzSpan& span)
{
    return MrzIssue { severity, QString::fromLatin1(code), detail, span };
}

void MrzFieldReader::read(const MrzLayout& layout, const QStringList& lines, const QDate& today, MrzRecord& record)
{
    Reader(layout, lines, today, record).run();
}

} // namespace bd::document
