#include "services/document/MrzGenerator.h"

#include "services/document/CountryCodes.h"
#include "services/document/MrzDates.h"
#include "services/document/MrzLayout.h"
#include "services/document/MrzNames.h"
#include "services/document/MrzParser.h"

#include <algorithm>

namespace bd::document {

namespace {

using bd::core::Error;

Error error(const char* what, const QString& detail)
{
    return Error { QStringLiteral("mrz.generate.") + QLatin1String(what), detail, {} };
}

bool isZoneText(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'<'; });
}

// Upper case, spaces and hyphens as fillers; nullopt-like empty+ok=false for other characters.
QString zoneData(const QString& text, bool* ok)
{
    QString out = text.trimmed().toUpper();
    out.replace(QLatin1Char(' '), QLatin1Char('<')).replace(QLatin1Char('-'), QLatin1Char('<'));
    *ok = isZoneText(out);
    return out;
}

QString pad(const QString& text, int width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()), QLatin1Char('<'));
}

QChar checkChar(const QString& text)
{
    return QChar(u'0' + mrzCheckDigit(text));
}

class Builder
{
public:
    explicit Builder(const MrzDocumentData& data)
        : m_data(data)
    {
    }

    bd::core::Result<QStringList> run()
    {
        const MrzFormat f = m_data.format;
        if (f == MrzFormat::Unknown)
            return error("format", QStringLiteral("format must be TD1, TD2, TD3, MRV-A, MRV-B or FRA-ID"));
        if (f == MrzFormat::FrenchId)
            return frenchId();
        if (!documentCode() || !country(m_data.issuingState, QStringLiteral("issuingState"), &m_state)
            || !country(m_data.nationality, QStringLiteral("nationality"), &m_nationality) || !dates() || !sex()
            || !number())
            return m_error;
        if (f == MrzFormat::TD2 && m_code + m_state == QLatin1String("IDFRA"))
            return error("documentCode",
                QStringLiteral("a 2 x 36 zone starting IDFRA is read as the French identity card (FRA-ID); a TD2 "
                               "from FRA needs another document code, e.g. 'I'"));
        bool ok1 = true;
        bool ok2 = true;
        m_optional = zoneData(m_data.optionalData, &ok1);
        m_optional2 = zoneData(m_data.optionalData2, &ok2);
        if (!ok1 || !ok2)
            return error("optionalData", QStringLiteral("optional data hold A-Z, 0-9, spaces and '<' only"));
        const int width = mrzLineLength(f);
        const int nameWidth = f == MrzFormat::TD1 ? 30 : width - 5;
        QChar unmapped;
        MrzNames::transliterate(QString(m_data.surname + QLatin1Char(' ') + m_data.givenNames), &unmapped);
        if (!unmapped.isNull())
            return error("name", QStringLiteral("the name holds a character without a Latin transliteration"));
        const QString name = MrzNames::field(m_data.surname, m_data.givenNames, nameWidth);
        if (name.startsWith(QLatin1Char('<'))
            || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); }))
            return error("name", QStringLiteral("the surname must hold at least one letter and no digits"));
        switch (f) {
        case MrzFormat::TD1:
            return td1(name);
        case MrzFormat::TD2:
        case MrzFormat::TD3:
        case MrzFormat::MRVA:
        case MrzFormat::MRVB:
            return twoLines(name, width);
        case MrzFormat::FrenchId:
        case MrzFormat::Unknown:
            break;
        }
        return m_error;
    }

private:
    bool fail(Error e)
    {
        m_error = std::move(e);
        return false;
    }

    bool documentCode()
    {
        QString code = m_data.documentCode.trimmed().toUpper();
        const MrzFormat f = m_data.format;
        const QChar first = f == MrzFormat::TD3 ? u'P' : (f == MrzFormat::MRVA || f == MrzFormat::MRVB) ? u'V' : u'I';
        if (code.isEmpty())
            code = first;
        const bool official = f == MrzFormat::TD1 || f == MrzFormat::TD2;
        const bool firstOk = official ? QStringLiteral("ACI").contains(code.front()) : code.front() == first;
        if (code.size() > 2 || !isZoneText(code) || !firstOk || (official && code.size() == 2 && code.at(1) == u'V'))
            return fail(
                error("documentCode", QStringLiteral("document code '%1' does not fit %2").arg(code, formatName(f))));
        m_code = pad(code, 2);
        return true;
    }

    bool country(const QString& code, const QString& what, QString* out)
    {
        const QString c = code.trimmed().toUpper();
        if (!CountryCodes::isKnown(c))
            return fail(error("country", QStringLiteral("%1 is not an ICAO 9303 code").arg(what)));
        *out = CountryCodes::zoneForm(c);
        return true;
    }

    bool dates()
    {
        if (!m_data.dateOfBirth.isValid() || !m_data.dateOfExpiry.isValid())
            return fail(error("date", QStringLiteral("dateOfBirth and dateOfExpiry must be real dates")));
        m_birth = MrzDates::toZone(m_data.dateOfBirth);
        m_expiry = MrzDates::toZone(m_data.dateOfExpiry);
        return true;
    }

    bool sex()
    {
        const QChar s = m_data.sex.isNull() ? QChar(u'<') : m_data.sex.toUpper();
        if (s != u'M' && s != u'F' && s != u'<')
            return fail(error("sex", QStringLiteral("sex must be 'M', 'F' or '<'")));
        m_sex = s;
        return true;
    }

    bool number()
    {
        bool ok = true;
        m_number = zoneData(m_data.documentNumber, &ok);
        if (!ok || m_number.isEmpty())
            return fail(error("number", QStringLiteral("documentNumber holds A-Z, 0-9 and '<' and is not empty")));
        const bool longAllowed = m_data.format == MrzFormat::TD1 || m_data.format == MrzFormat::TD2;
        if (m_number.size() > 9 && !longAllowed)
            return fail(
                error("number", QStringLiteral("%1 numbers have at most 9 characters").arg(formatName(m_data.format))));
        return true;
    }

    // Number field, its check-digit position and the prefix the optional data must start with.
    void numberParts(QString* field, QChar* digit, QString* continuation) const
    {
        if (m_number.size() <= 9) {
            *field = pad(m_number, 9);
            *digit = checkChar(*field);
            continuation->clear();
            return;
        }
        *field = m_number.left(9);
        *digit = QLatin1Char('<');
        *continuation = m_number.mid(9) + checkChar(m_number) + QLatin1Char('<');
    }

    bd::core::Result<QStringList> td1(const QString& name)
    {
        QString field, continuation;
        QChar digit;
        numberParts(&field, &digit, &continuation);
        const QString optional = continuation + m_optional;
        if (optional.size() > 15 || m_optional2.size() > 11)
            return error("optionalData",
                QStringLiteral("TD1 optional data hold 15 (line 1, including a long number's "
                               "continuation) and 11 (line 2) characters"));
        const QString line1 = m_code + m_state + field + digit + pad(optional, 15);
        QString line2 = m_birth + checkChar(m_birth) + m_sex + m_expiry + checkChar(m_expiry) + m_nationality
            + pad(m_optional2, 11);
        line2 += checkChar(line1.mid(5, 25) + line2.mid(0, 7) + line2.mid(8, 7) + line2.mid(18, 11));
        return QStringList { line1, line2, name };
    }

    bd::core::Result<QStringList> twoLines(const QString& name, int width)
    {
        const MrzFormat f = m_data.format;
        QString field, continuation;
        QChar digit;
        numberParts(&field, &digit, &continuation);
        const int optionalWidth = f == MrzFormat::TD3 ? 14 : f == MrzFormat::TD2 ? 7 : f == MrzFormat::MRVA ? 16 : 8;
        const QString optional = continuation + m_optional;
        if (optional.size() > optionalWidth)
            return error("optionalData",
                QStringLiteral("%1 optional data hold %2 characters%3")
                    .arg(formatName(f))
                    .arg(optionalWidth)
                    .arg(continuation.isEmpty() ? QString()
                                                : QStringLiteral(" including the long number's continuation")));
        const QString line1 = m_code + m_state + name;
        QString line2 = field + digit + m_nationality + m_birth + checkChar(m_birth) + m_sex + m_expiry
            + checkChar(m_expiry) + pad(optional, optionalWidth);
        if (f == MrzFormat::TD3) {
            const QString opt = line2.mid(28, 14);
            line2 += opt == QString(14, QLatin1Char('<')) ? QChar(u'<') : checkChar(opt);
        }
        if (f == MrzFormat::TD3 || f == MrzFormat::TD2)
            line2 += checkChar(line2.mid(0, 10) + line2.mid(13, 7) + line2.mid(21));
        Q_ASSERT(line1.size() == width && line2.size() == width);
        return QStringList { line1, line2 };
    }

    // French identity card issued before 2021 (docs/document-reading.md): no nationality and no
    // expiry in the zone; the number is YYMM of issue, department (3) and sequence (5).
    bd::core::Result<QStringList> frenchId()
    {
        const QString code = m_data.documentCode.trimmed().toUpper();
        if (!code.isEmpty() && code != QLatin1String("ID"))
            return error("documentCode", QStringLiteral("the FRA-ID document code is 'ID'"));
        for (const QString& c : { m_data.issuingState, m_data.nationality }) {
            if (!c.trimmed().isEmpty() && c.trimmed().toUpper() != QLatin1String("FRA"))
                return error("country", QStringLiteral("the FRA-ID is issued by France (FRA) to French nationals"));
        }
        if (!m_data.dateOfBirth.isValid())
            return error("date", QStringLiteral("dateOfBirth must be a real date (FRA-ID has no date of expiry)"));
        if (!sex())
            return m_error;
        bool ok = true;
        const QString number = zoneData(m_data.documentNumber, &ok);
        const int month = number.mid(2, 2).toInt();
        if (!ok || number.size() != 12
            || !std::all_of(number.cbegin(), number.cbegin() + 4, [](QChar c) { return c.isDigit(); }) || month < 1
            || month > 12)
            return error("number",
                QStringLiteral("the FRA-ID documentNumber has 12 characters: year and month of issue (YYMM), "
                               "department (3), sequence (5)"));
        const QString admin = zoneData(m_data.optionalData, &ok);
        if (!ok || admin.size() > 6)
            return error("optionalData", QStringLiteral("the FRA-ID administrative code holds 6 characters"));
        QChar unmapped;
        const QString surname = MrzNames::field(m_data.surname, QString(), 25);
        const QString given = givenNames(&unmapped);
        MrzNames::transliterate(m_data.surname, &unmapped);
        if (!unmapped.isNull())
            return error("name", QStringLiteral("the name holds a character without a Latin transliteration"));
        if (surname.startsWith(QLatin1Char('<'))
            || std::any_of(surname.cbegin(), surname.cend(), [](QChar c) { return c.isDigit(); }))
            return error("name", QStringLiteral("the surname must hold at least one letter and no digits"));
        const QString birth = MrzDates::toZone(m_data.dateOfBirth);
        const QString line1 = QStringLiteral("IDFRA") + surname + pad(admin, 6);
        QString line2 = number + checkChar(number) + given + birth + checkChar(birth) + m_sex;
        line2 += checkChar(line1 + line2);
        Q_ASSERT(line1.size() == 36 && line2.size() == 36);
        return QStringList { line1, line2 };
    }

    // FRA-ID given names (14): separated by "<<"; given as "Christiane, Ni" or, without commas,
    // one name per word. A hyphenated name stays one name ("JEAN<PIERRE").
    QString givenNames(QChar* unmapped) const
    {
        const QString text = m_data.givenNames;
        const QStringList names = text.contains(QLatin1Char(',')) ? text.split(QLatin1Char(','), Qt::SkipEmptyParts)
                                                                  : text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList zone;
        for (const QString& n : names) {
            const QString t = MrzNames::transliterate(n, unmapped);
            if (!t.isEmpty())
                zone.append(t);
        }
        return pad(zone.join(QStringLiteral("<<")).left(14), 14);
    }

    const MrzDocumentData& m_data;
    Error m_error;
    QString m_code, m_state, m_nationality, m_birth, m_expiry, m_number, m_optional, m_optional2;
    QChar m_sex;
};

} // namespace

bd::core::Result<QStringList> MrzGenerator::generate(const MrzDocumentData& data)
{
    return Builder(data).run();
}

} // namespace bd::document
