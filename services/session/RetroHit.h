#pragma once

#include "services/model/Model.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace bd::session {

// A check made offline that has a hit now: who it was (for the officer's screen only, never the
// log), when it was checked, and which systems hit on the re-check.
struct RetroHit
{
    bd::model::SearchRequest original; // the request of the offline check (its search id, traveller)
    QDateTime checkedAt;
    QString recheckId; // the search id of the re-check
    QList<bd::model::SystemId> systems; // with a hit now
};

} // namespace bd::session

Q_DECLARE_METATYPE(bd::session::RetroHit)
