#pragma once

#include "services/model/Model.h"
#include "ui/ResultMeaning.h"
#include "widgets/StatusChip.h"

#include <QCoreApplication>

namespace bd::ui {

// The per-system status chips of the results page: which chip kind shows a meaning, and what an
// answer means while the answers still arrive (before the result is unified).
class SystemChips
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::ResultsPage) // the page's words, translated once

public:
    static bd::widgets::StatusChip::Kind chipKind(Meaning m, bd::model::SystemStatus status);
    // A hit that by itself requires action is an alert; a VIS, ETIAS or EES record is being assessed.
    static SystemMeaning provisional(const bd::model::SystemEvent& event);
};

} // namespace bd::ui
