#pragma once

#include "services/document/MrzRecord.h"

#include <QList>
#include <QStringList>

namespace bd::document {

// Repairs characters that OCR and hurried typists confuse: O/0, I/1, B/8, S/5, Z/2, G/6 and the
// filler '<' read as K or C. Pure and thread-safe.
//
// - Digit-only positions (dates, check digits): a look-alike letter becomes its digit.
// - Letter-only positions (document code, country codes, names, sex): a look-alike digit becomes
//   its letter; a run of trailing fillers read as K/C in the name field becomes fillers again.
// - Alphanumeric positions (document number, optional data): a swap is made only when it makes a
//   failing check digit pass: either every K/C of a trailing filler run at once, or the one swap
//   (maxChangesPerField) that makes it pass; data covered only by the composite likewise. With
//   one decimal check digit per field, more swaps would too often "repair" a wrong check digit
//   into a wrong number, so the search stops at one and gives up when the choice is ambiguous.
// The outcome is only offered when every check digit passes afterwards; MrzParser re-validates it.
class ConfusableRepair
{
public:
    struct Outcome
    {
        QStringList lines;
        QList<MrzRepair> repairs; // 0-based line/column, in reading order
        bool changed() const { return !repairs.isEmpty(); }
    };

    // lines must be normalised (upper case, trimmed). Returns lines unchanged and no repairs when
    // the shape does not match format or no unambiguous repair makes the check digits pass.
    static Outcome repair(MrzFormat format, const QStringList& lines);

    // The look-alike of c in the other class: '0' <-> 'O', '1' <-> 'I', ...; null QChar if none.
    static QChar digitFor(QChar letter);
    static QChar letterFor(QChar digit);

    static constexpr int maxChangesPerField = 1;
    static constexpr int maxCompositeOnlyChanges = 1;
};

} // namespace bd::document
