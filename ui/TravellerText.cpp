#include "ui/TravellerText.h"

#include "ui/MrzText.h"

namespace bd::ui {

using bd::widgets::TravellerHeader;

namespace {

// The 3-month rule (SBC Art. 6(1)(a)(i)) is about the intended date of departure, which the
// workstation does not know; a document with less than three months left is marked for the officer.
constexpr int kCautionMonths = 3;

} // namespace

QString TravellerText::noTravellerText()
{
    return tr("No traveller yet — read a document first (F1).");
}

QString TravellerText::documentKind(const QString& documentCode)
{
    const QChar first = documentCode.isEmpty() ? QChar() : documentCode.at(0);
    if (first == QLatin1Char('P'))
        return tr("Passport");
    if (first == QLatin1Char('I') || first == QLatin1Char('A') || first == QLatin1Char('C'))
        return tr("Identity card");
    if (first == QLatin1Char('V'))
        return tr("Visa");
    if (documentCode.isEmpty())
        return tr("Document of unknown type");
    return tr("Travel document (type %1)").arg(documentCode);
}

int TravellerText::ageOn(const QDate& dateOfBirth, const QDate& today)
{
    if (!dateOfBirth.isValid() || !today.isValid() || dateOfBirth > today)
        return -1;
    int years = today.year() - dateOfBirth.year();
    if (today.month() < dateOfBirth.month()
        || (today.month() == dateOfBirth.month() && today.day() < dateOfBirth.day()))
        --years;
    return years;
}

TravellerHeader::Content TravellerText::headerContent(
    const bd::document::MrzRecord& record, const bd::results::DocumentFacts& facts, const QDate& today)
{
    TravellerHeader::Content c;
    const QString surname = record.value(QStringLiteral("surname"));
    const QString given = record.value(QStringLiteral("givenNames"));
    if (surname.isEmpty() && given.isEmpty())
        c.name = tr("(no name in the document's zone)");
    else if (given.isEmpty())
        c.name = surname;
    else
        c.name = QStringLiteral("%1, %2").arg(surname, given);

    QStringList parts;
    const QString number = record.value(QStringLiteral("documentNumber"));
    const QString issuer = record.value(QStringLiteral("issuingState"));
    parts << (number.isEmpty() ? documentKind(record.value(QStringLiteral("documentCode")))
                               : tr("%1 %2").arg(documentKind(record.value(QStringLiteral("documentCode"))), number));
    if (!issuer.isEmpty())
        parts << tr("issued by %1").arg(issuer);
    const QString nationality = record.value(QStringLiteral("nationality"));
    if (!nationality.isEmpty())
        parts << tr("nationality %1").arg(nationality);
    const QDate born = QDate::fromString(record.value(QStringLiteral("dateOfBirth")), Qt::ISODate);
    const int age = ageOn(born, today);
    if (age >= 18)
        parts << tr("%n years old", nullptr, age) + QLatin1Char(' ') + tr("(born %1)").arg(born.toString(Qt::ISODate));
    else if (age >= 0)
        parts << tr("MINOR, %n years old", nullptr, age) + QLatin1Char(' ')
                + tr("(born %1)").arg(born.toString(Qt::ISODate));
    else
        parts << tr("date of birth not known");
    const QString sex = record.value(QStringLiteral("sex"));
    if (sex == QLatin1String("M"))
        parts << tr("male");
    else if (sex == QLatin1String("F"))
        parts << tr("female");
    else if (sex == QLatin1String("X"))
        parts << tr("sex unspecified (X)");
    c.facts = parts.join(QStringLiteral(" \u00B7 "));

    const QDate expiry = facts.dateOfExpiry;
    if (!expiry.isValid()) {
        c.validity = tr("Validity NOT KNOWN — the date of expiry could not be read: check the data page.");
        c.validityTone = TravellerHeader::Tone::Problem;
    } else if (today.isValid() && expiry < today) {
        c.validity = tr("Document EXPIRED on %1.").arg(expiry.toString(Qt::ISODate));
        c.validityTone = TravellerHeader::Tone::Problem;
    } else if (today.isValid() && expiry < today.addMonths(kCautionMonths)) {
        c.validity = tr("Document valid until %1 — less than three months left.").arg(expiry.toString(Qt::ISODate));
        c.validityTone = TravellerHeader::Tone::Caution;
    } else {
        c.validity = tr("Document valid until %1.").arg(expiry.toString(Qt::ISODate));
        c.validityTone = TravellerHeader::Tone::Good;
    }

    if (!facts.read) {
        c.problems << tr("No machine-readable zone was read for this check.");
        return c;
    }
    if (!facts.zoneValid) {
        QStringList why;
        for (const auto& issue : record.issues)
            if (issue.severity == bd::document::MrzIssue::Severity::Error)
                why << MrzText::issueText(issue);
        why.removeDuplicates();
        c.problems << (why.isEmpty() ? tr("Zone NOT valid: do not rely on it; check the document.")
                                     : tr("Zone NOT valid: %1").arg(why.join(QLatin1Char(' '))));
    }
    if (!facts.unverifiedFields.isEmpty()) {
        c.problems << tr("UNVERIFIED: characters in %1 were corrected or read with low confidence, and no check "
                         "digit covers them — compare with the data page.")
                          .arg(MrzText::unverifiedFields(facts.unverifiedFields));
    }
    return c;
}

} // namespace bd::ui
