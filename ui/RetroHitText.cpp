#include "ui/RetroHitText.h"

#include "ui/ResultText.h"

#include <QLocale>

namespace bd::ui {

QString RetroHitText::alert(const bd::session::RetroHit& hit)
{
    const auto& person = hit.original.person;
    const auto& document = hit.original.document;
    const QDateTime at = hit.checkedAt.toLocalTime();
    return tr("RETRO-HIT: %1, %2 (document %3, %4), checked offline at %5 on %6, has a hit now in %7. The check "
              "was not complete: find the traveller or report to your supervisor.")
        .arg(person.surname, person.givenNames, document.number, document.issuingState,
            QLocale().toString(at.time(), QStringLiteral("HH:mm")), QLocale().toString(at.date(), QLocale::ShortFormat),
            ResultText::systemNames(hit.systems));
}

} // namespace bd::ui
