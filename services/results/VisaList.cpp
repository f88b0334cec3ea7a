#include "services/results/VisaList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <optional>
#include <tuple>
#include <utility>

namespace bd::results {
namespace {

const QString kAnnexI = QStringLiteral("Annex I");
const QString kFreeMovement = QStringLiteral("free movement");

bd::core::Error dataError(const QString& detail, const QVariantMap& context = {})
{
    return { QStringLiteral("visa.data"), detail, context };
}

// Where an error is: "entries[12] (ALB)".
QString entryLabel(qsizetype index, const QString& code)
{
    const QString at = QStringLiteral("entries[%1]").arg(index);
    return code.isEmpty() ? at : QStringLiteral("%1 (%2)").arg(at, code);
}

bd::core::Error entryError(qsizetype index, const QString& code, const QString& field, const QString& what)
{
    return dataError(QStringLiteral("%1, field '%2': %3").arg(entryLabel(index, code), field, what),
        { { QStringLiteral("entry"), int(index) }, { QStringLiteral("code"), code },
            { QStringLiteral("field"), field } });
}

std::optional<VisaRegime> regimeFromKey(const QString& key)
{
    for (VisaRegime r :
        { VisaRegime::Unknown, VisaRegime::VisaRequired, VisaRegime::VisaExempt, VisaRegime::FreeMovement })
        if (regimeKey(r) == key)
            return r;
    return std::nullopt;
}

const QStringList& listEntries()
{
    static const QStringList all { kAnnexI, QStringLiteral("Annex II Part 1"), QStringLiteral("Annex II Part 2"),
        QStringLiteral("Annex II Part 3"), QStringLiteral("Annex II Part 4"), kFreeMovement, QString() };
    return all;
}

const QStringList& conditionCodes()
{
    static const QStringList all { QStringLiteral("biometric-passport"), QStringLiteral("hksar-passport"),
        QStringLiteral("macao-sar-passport"), QStringLiteral("taiwan-id-number"),
        QStringLiteral("not-koordinaciona-uprava"), QStringLiteral("visa-waiver-agreement") };
    return all;
}

const QStringList& entryFields()
{
    static const QStringList all { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("regime"),
        QStringLiteral("listEntry"), QStringLiteral("condition"), QStringLiteral("conditionText"),
        QStringLiteral("basis"), QStringLiteral("note"), QStringLiteral("from"), QStringLiteral("until"),
        QStringLiteral("documentTypes") };
    return all;
}

// An MRZ code as the list spells it: upper case, no filler ("D<<" -> "D").
QString normalizedCode(const QString& code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char('<'));
    return c;
}

bool isDate(const QString& s, QDate* out)
{
    *out = QDate::fromString(s, Qt::ISODate);
    return out->isValid() && s.size() == 10;
}

// The listEntry a regime must come with (empty list: any).
bool listEntryFits(VisaRegime regime, const QString& listEntry)
{
    switch (regime) {
    case VisaRegime::VisaRequired:
        return listEntry == kAnnexI;
    case VisaRegime::VisaExempt:
        return listEntry.startsWith(QStringLiteral("Annex II Part "));
    case VisaRegime::FreeMovement:
        return listEntry == kFreeMovement;
    case VisaRegime::Unknown:
        return true;
    }
    return false;
}

QString appended(const QString& note, const QString& more)
{
    return note.isEmpty() ? more : note + QLatin1Char(' ') + more;
}

bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

RegimeFinding findingFrom(const VisaList::Entry& e)
{
    RegimeFinding f;
    f.regime = e.regime;
    f.listedAs = e.code;
    f.listEntry = e.listEntry;
    f.condition = e.condition;
    f.conditionText = e.conditionText;
    f.basis = e.basis;
    f.note = e.note;
    return f;
}

using Entry = VisaList::Entry;

// The list's own fields: 'source' (naming the legal acts) and 'asOf' (a date).
std::optional<bd::core::Error> readListHeader(const QJsonObject& root, QString* source, QDate* asOf)
{
    const QJsonValue sourceValue = root.value(QStringLiteral("source"));
    if (!sourceValue.isString() || sourceValue.toString().trimmed().isEmpty())
        return dataError(QStringLiteral("field 'source' must be a non-empty string naming the legal acts"),
            { { QStringLiteral("field"), QStringLiteral("source") } });
    *source = sourceValue.toString();
    const QJsonValue asOfValue = root.value(QStringLiteral("asOf"));
    if (!asOfValue.isString() || !isDate(asOfValue.toString(), asOf))
        return dataError(QStringLiteral("field 'asOf' must be a date YYYY-MM-DD"),
            { { QStringLiteral("field"), QStringLiteral("asOf") } });
    return std::nullopt;
}

// The string fields of entry i: name, regime (into *regime), listEntry, condition, conditionText,
// basis, note. Required ones must be present and (except listEntry) not blank.
std::optional<bd::core::Error> readTexts(const QJsonObject& o, qsizetype i, Entry& e, QString* regime)
{
    const auto text = [&](const QString& field, QString* out, bool required) -> std::optional<bd::core::Error> {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() && !required)
            return std::nullopt;
        if (!v.isString())
            return entryError(i, e.code, field,
                required ? QStringLiteral("missing or not a string") : QStringLiteral("not a string"));
        *out = v.toString();
        if (required && out->trimmed().isEmpty() && field != QStringLiteral("listEntry"))
            return entryError(i, e.code, field, QStringLiteral("must not be empty"));
        return std::nullopt;
    };
    for (const auto& [field, out, required] :
        { std::tuple { QStringLiteral("name"), &e.name, false }, std::tuple { QStringLiteral("regime"), regime, true },
            std::tuple { QStringLiteral("listEntry"), &e.listEntry, true },
            std::tuple { QStringLiteral("condition"), &e.condition, false },
            std::tuple { QStringLiteral("conditionText"), &e.conditionText, false },
            std::tuple { QStringLiteral("basis"), &e.basis, true },
            std::tuple { QStringLiteral("note"), &e.note, false } })
        if (auto error = text(field, out, required))
            return *error;
    return std::nullopt;
}

// Entry i's regime (from its key), its listEntry (known and fitting the regime) and its condition
// (a known code, with text for the officer).
std::optional<bd::core::Error> checkRegime(qsizetype i, Entry& e, const QString& regime)
{
    const auto r = regimeFromKey(regime);
    if (!r)
        return entryError(i, e.code, QStringLiteral("regime"),
            QStringLiteral("'%1' is not one of visa-required, visa-exempt, free-movement, unknown").arg(regime));
    e.regime = *r;
    if (!listEntries().contains(e.listEntry))
        return entryError(i, e.code, QStringLiteral("listEntry"),
            QStringLiteral("'%1' is not one of %2").arg(e.listEntry, listEntries().join(QStringLiteral(", "))));
    if (!listEntryFits(e.regime, e.listEntry))
        return entryError(i, e.code, QStringLiteral("listEntry"),
            QStringLiteral("'%1' does not fit the regime '%2'").arg(e.listEntry, regime));
    if (!e.condition.isEmpty() && !conditionCodes().contains(e.condition))
        return entryError(i, e.code, QStringLiteral("condition"),
            QStringLiteral("'%1' is not one of %2").arg(e.condition, conditionCodes().join(QStringLiteral(", "))));
    if (!e.condition.isEmpty() && e.conditionText.trimmed().isEmpty())
        return entryError(
            i, e.code, QStringLiteral("conditionText"), QStringLiteral("a condition needs its text for the officer"));
    return std::nullopt;
}

// Entry i's optional 'from' and 'until' dates, in order.
std::optional<bd::core::Error> readDates(const QJsonObject& o, qsizetype i, Entry& e)
{
    for (const auto& [field, out] :
        { std::pair { QStringLiteral("from"), &e.from }, std::pair { QStringLiteral("until"), &e.until } }) {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isString() || !isDate(v.toString(), out))
            return entryError(i, e.code, field,
                QStringLiteral("'%1' is not a date YYYY-MM-DD")
                    .arg(v.isString() ? v.toString() : QStringLiteral("(not a string)")));
    }
    if (e.from.isValid() && e.until.isValid() && e.until < e.from)
        return entryError(i, e.code, QStringLiteral("until"), QStringLiteral("ends before 'from'"));
    return std::nullopt;
}

// Entry i's optional 'documentTypes': a non-empty array of capital letters.
std::optional<bd::core::Error> readDocumentTypes(const QJsonObject& o, qsizetype i, Entry& e)
{
    const QJsonValue types = o.value(QStringLiteral("documentTypes"));
    if (types.isUndefined())
        return std::nullopt;
    if (!types.isArray() || types.toArray().isEmpty())
        return entryError(
            i, e.code, QStringLiteral("documentTypes"), QStringLiteral("must be a non-empty array of letters"));
    for (const QJsonValue& t : types.toArray()) {
        if (!t.isString() || !matches(QStringLiteral("[A-Z]"), t.toString()))
            return entryError(i, e.code, QStringLiteral("documentTypes"),
                QStringLiteral("each item must be one capital letter (second character of the document code)"));
        e.documentTypes.append(t.toString());
    }
    return std::nullopt;
}

// Entry i of the data file, checked on its own: an object with a code, known fields only, its
// texts, regime, dates and document types.
bd::core::Result<Entry> parseEntry(const QJsonValue& value, qsizetype i)
{
    if (!value.isObject())
        return dataError(
            QStringLiteral("%1 must be an object").arg(entryLabel(i, {})), { { QStringLiteral("entry"), int(i) } });
    const QJsonObject o = value.toObject();
    Entry e;
    const QJsonValue code = o.value(QStringLiteral("code"));
    if (!code.isString() || !matches(QStringLiteral("[A-Z]{1,3}"), code.toString()))
        return entryError(i, {}, QStringLiteral("code"), QStringLiteral("missing or not an ICAO code (1-3 capitals)"));
    e.code = code.toString();

    for (auto it = o.begin(); it != o.end(); ++it)
        if (!entryFields().contains(it.key()))
            return entryError(i, e.code, it.key(), QStringLiteral("unknown field"));
    QString regime;
    if (auto error = readTexts(o, i, e, &regime))
        return *error;
    if (auto error = checkRegime(i, e, regime))
        return *error;
    if (auto error = readDates(o, i, e))
        return *error;
    if (auto error = readDocumentTypes(o, i, e))
        return *error;
    return e;
}

// Two entries for the same code and documents must not both apply on one day: entry i (e) against
// the entries before it.
std::optional<bd::core::Error> checkOverlap(const QList<Entry>& entries, qsizetype i, const Entry& e)
{
    for (qsizetype j = 0; j < entries.size(); ++j) {
        const Entry& other = entries.at(j);
        if (other.code != e.code
            || QSet<QString>(other.documentTypes.begin(), other.documentTypes.end())
                != QSet<QString>(e.documentTypes.begin(), e.documentTypes.end()))
            continue;
        const bool disjoint = (e.until.isValid() && other.from.isValid() && e.until < other.from)
            || (other.until.isValid() && e.from.isValid() && other.until < e.from);
        if (!disjoint)
            return entryError(i, e.code, QStringLiteral("from"),
                QStringLiteral("overlaps %1 for the same code and documents").arg(entryLabel(j, other.code)));
    }
    return std::nullopt;
}

// A refugee's or stateless person's finding `f` completed by the regime of the State that issued
// the travel document (byIssuer, listed under `issuer`).
void addIssuerRule(RegimeFinding& f, const Entry& byIssuer, const QString& issuer)
{
    if (byIssuer.regime == VisaRegime::FreeMovement) {
        if (issuer == QStringLiteral("IRL"))
            f.note = appended(f.note,
                QStringLiteral("The travel document was issued by Ireland: a Member State may exempt "
                               "refugees and stateless persons residing in Ireland with an Irish "
                               "travel document it recognises (VLR Art. 6(2)(d)): check the national rule."));
        else
            f.note = appended(f.note,
                QStringLiteral("The travel document was issued by %1: a refugee or stateless person residing in "
                               "a Member State and holding a travel document issued by that State is exempt "
                               "(VLR Art. 4): check the residence (e.g. the residence permit).")
                    .arg(issuer));
    } else if (byIssuer.regime == VisaRegime::VisaRequired) {
        f.regime = VisaRegime::VisaRequired;
        f.listedAs = issuer;
        f.listEntry = kAnnexI;
        f.condition.clear();
        f.conditionText.clear();
        f.basis = QStringLiteral("Reg. (EU) 2018/1806 Art. 3(2) (refugees and stateless persons residing in an "
                                 "Annex I country and holding its travel document); paragraph number [R]");
        f.note = appended(
            f.note, QStringLiteral("The travel document was issued by %1 (Annex I): a visa is required.").arg(issuer));
    } else if (byIssuer.regime == VisaRegime::VisaExempt) {
        f.note = appended(f.note,
            QStringLiteral("The travel document was issued by %1 (%2): a Member State may exempt "
                           "its refugees and stateless residents (VLR Art. 6(2)(b)): check the "
                           "national rule.")
                .arg(issuer, byIssuer.listEntry));
    }
}

} // namespace

QString regimeKey(VisaRegime r)
{
    switch (r) {
    case VisaRegime::Unknown:
        return QStringLiteral("unknown");
    case VisaRegime::VisaRequired:
        return QStringLiteral("visa-required");
    case VisaRegime::VisaExempt:
        return QStringLiteral("visa-exempt");
    case VisaRegime::FreeMovement:
        return QStringLiteral("free-movement");
    }
    return QStringLiteral("unknown");
}

// Checks the list's own fields, then every entry on its own and against the entries before it.
bd::core::Result<VisaList> VisaList::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return dataError(QStringLiteral("the visa list is not valid JSON at offset %1: %2")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return dataError(QStringLiteral("the visa list must be a JSON object"));
    const QJsonObject root = doc.object();

    VisaList list;
    if (auto error = readListHeader(root, &list.m_source, &list.m_asOf))
        return *error;
    const QJsonValue entries = root.value(QStringLiteral("entries"));
    if (!entries.isArray() || entries.toArray().isEmpty())
        return dataError(QStringLiteral("field 'entries' must be a non-empty array"),
            { { QStringLiteral("field"), QStringLiteral("entries") } });

    const QJsonArray array = entries.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto e = parseEntry(array.at(i), i);
        if (!e)
            return e.error();
        if (auto error = checkOverlap(list.m_entries, i, *e))
            return *error;
        list.m_entries.append(std::move(e).value());
    }
    return list;
}

bd::core::Result<VisaList> VisaList::builtIn()
{
    static const bd::core::Result<VisaList> cached = [] {
        QFile file(QStringLiteral(":/visa/visa-list.json"));
        if (!file.open(QIODevice::ReadOnly))
            return bd::core::Result<VisaList>(bd::core::Error { QStringLiteral("visa.missing"),
                QStringLiteral("the built-in visa list :/visa/visa-list.json cannot be read"), {} });
        return fromJson(file.readAll());
    }();
    return cached;
}

bool VisaList::hasCode(const QString& code) const
{
    for (const Entry& e : m_entries)
        if (e.code == code)
            return true;
    return false;
}

const VisaList::Entry* VisaList::entryFor(const QString& code, const QString& documentType, const QDate& day) const
{
    const Entry* general = nullptr;
    for (const Entry& e : m_entries) {
        if (e.code != code || !e.appliesOn(day))
            continue;
        if (e.documentTypes.isEmpty()) {
            if (!general)
                general = &e;
        } else if (!documentType.isEmpty() && e.documentTypes.contains(documentType)) {
            return &e;
        }
    }
    return general;
}

std::optional<RegimeFinding> VisaList::findChinesePassport(
    const QString& documentType, const QString& number, const QDate& day) const
{
    QString sar;
    if (matches(QStringLiteral("H\\d{8}|K\\d{8}|KJ\\d{7}"), number))
        sar = QStringLiteral("HKG");
    else if (matches(QStringLiteral("M[AB]\\d{7}"), number))
        sar = QStringLiteral("MAC");
    if (!sar.isEmpty()) {
        if (const Entry* e = entryFor(sar, documentType, day)) {
            RegimeFinding f = findingFrom(*e);
            f.note = appended(f.note,
                QStringLiteral("The MRZ says CHN; the passport number has the %1 pattern [R].")
                    .arg(sar == QStringLiteral("HKG") ? QStringLiteral("Hong Kong SAR") : QStringLiteral("Macao SAR")));
            return f;
        }
    }
    if (const Entry* e = entryFor(QStringLiteral("CHN"), documentType, day)) {
        RegimeFinding f = findingFrom(*e);
        if (!matches(QStringLiteral("E[A-Z0-9]\\d{7}|G\\d{8}|E\\d{8}"), number))
            f.note = appended(f.note,
                QStringLiteral("The passport number is not a usual PRC pattern: if this is a Hong Kong "
                               "SAR or Macao SAR passport (both carry CHN in the MRZ), the holder is "
                               "visa-exempt (Annex II Part 2): verify the cover/data page."));
        return f;
    }
    return std::nullopt;
}

RegimeFinding VisaList::findStateless(
    const QString& nationality, const QString& issuer, const QString& documentType, const QDate& day) const
{
    RegimeFinding f;
    const Entry* own = entryFor(nationality, documentType, day);
    if (own)
        f = findingFrom(*own);
    else
        f.note = QStringLiteral("The visa requirement follows the State of residence that issued the travel "
                                "document (VLR Art. 4, Art. 6): the officer verifies.");
    f.listedAs = nationality;
    const Entry* byIssuer
        = issuer.isEmpty() || issuer.startsWith(QStringLiteral("XX")) ? nullptr : entryFor(issuer, QString(), day);
    if (byIssuer)
        addIssuerRule(f, *byIssuer, issuer);
    return f;
}

// Normalises the codes, then: Chinese passports (SAR or PRC), refugees and stateless persons (by
// the issuer), everyone else by nationality.
RegimeFinding VisaList::find(
    const bd::model::DocumentData& document, const bd::model::PersonData& person, const QDate& day) const
{
    RegimeFinding f;
    const QString nationality = normalizedCode(person.nationality);
    const QString issuer = normalizedCode(document.issuingState);
    const QString documentCode = normalizedCode(document.documentCode);
    // Passport category: "PD" diplomatic, "PS" service, "PO" official (Doc 9303); not for ID cards ("ID").
    const QString documentType
        = documentCode.size() >= 2 && documentCode.startsWith(QLatin1Char('P')) ? documentCode.mid(1, 1) : QString();
    QString number = document.number.trimmed().toUpper();
    number.remove(QLatin1Char('<'));

    if (!day.isValid()) {
        f.note = QStringLiteral("no control day given: verify the visa requirement.");
        return f;
    }
    if (nationality.isEmpty()) {
        f.note = QStringLiteral("no nationality on the document: verify the visa requirement.");
        return f;
    }

    // Hong Kong and Macao SAR passports carry CHN in the MRZ: tell them apart by the number.
    const bool sarIssuer
        = issuer == QStringLiteral("CHN") || issuer == QStringLiteral("HKG") || issuer == QStringLiteral("MAC");
    if (nationality == QStringLiteral("CHN") && sarIssuer && documentCode.startsWith(QLatin1Char('P'))) {
        if (auto chinese = findChinesePassport(documentType, number, day))
            return *chinese;
    }

    // Refugees, stateless persons and unspecified nationality: the issuer of the travel document decides.
    if (nationality.startsWith(QStringLiteral("XX")))
        return findStateless(nationality, issuer, documentType, day);

    if (const Entry* e = entryFor(nationality, documentType, day))
        return findingFrom(*e);

    f.listedAs = QString();
    f.note = hasCode(nationality)
        ? QStringLiteral("%1 has no entry in the visa list data for %2: verify the visa requirement.")
              .arg(nationality, day.toString(Qt::ISODate))
        : QStringLiteral("%1 is not on the visa list data: verify the visa requirement.").arg(nationality);
    return f;
}

} // namespace bd::results
