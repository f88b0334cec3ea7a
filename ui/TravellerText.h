#pragma once

#include "services/document/MrzRecord.h"
#include "services/results/CheckFacts.h"
#include "widgets/TravellerHeader.h"

#include <QCoreApplication>
#include <QDate>

namespace bd::ui {

// The traveller header's words, from the document as read for this check — never from a record
// of a connected system: name, document type and number, issuing State, nationality, age and sex,
// the document's validity on `today`, and the document's own problems (zone not valid, corrected
// characters no check digit covers, expired or expiring).
class TravellerText
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::TravellerText)
public:
    static bd::widgets::TravellerHeader::Content headerContent(
        const bd::document::MrzRecord& record, const bd::results::DocumentFacts& facts, const QDate& today);
    static QString documentKind(const QString& documentCode); // "Passport", "Identity card", ...
    // Whole years between birth and today; -1 when either date is unknown.
    static int ageOn(const QDate& dateOfBirth, const QDate& today);
    // What to show in place of a header before a document is read.
    static QString noTravellerText();
};

} // namespace bd::ui
