#include "ui/SystemChips.h"

#include "services/results/Unifier.h"

#include <algorithm>

namespace bd::ui {

using bd::model::SystemStatus;
using bd::widgets::StatusChip;

StatusChip::Kind SystemChips::chipKind(Meaning m, SystemStatus status)
{
    switch (m) {
    case Meaning::Alert:
        return StatusChip::Kind::Alarm;
    case Meaning::NeedsAttention:
        return StatusChip::Kind::Attention;
    case Meaning::Information:
        return StatusChip::Kind::Information;
    case Meaning::GoodNews:
        return StatusChip::Kind::Good;
    case Meaning::NoHit:
        return StatusChip::Kind::Clear;
    case Meaning::NotAnswered:
        return status == SystemStatus::Error ? StatusChip::Kind::Error : StatusChip::Kind::Warning;
    case Meaning::Withheld:
        return StatusChip::Kind::Withheld;
    case Meaning::Waiting:
        return StatusChip::Kind::Waiting;
    }
    return StatusChip::Kind::Waiting;
}

SystemMeaning SystemChips::provisional(const bd::model::SystemEvent& event)
{
    SystemMeaning m;
    m.system = event.system;
    m.status = event.status;
    m.asked = true;
    switch (event.status) {
    case SystemStatus::Pending:
        m.meaning = Meaning::Waiting;
        m.reason = tr("waiting…");
        break;
    case SystemStatus::NoHit:
        m.meaning = Meaning::NoHit;
        m.reason = tr("nothing found");
        break;
    case SystemStatus::Unavailable:
        m.meaning = Meaning::NotAnswered;
        m.reason = tr("unavailable");
        break;
    case SystemStatus::Timeout:
        m.meaning = Meaning::NotAnswered;
        m.reason = tr("timeout");
        break;
    case SystemStatus::Error:
        m.meaning = Meaning::NotAnswered;
        m.reason = tr("unreadable answer");
        break;
    case SystemStatus::NotAuthorised:
        m.meaning = Meaning::Withheld;
        m.reason = tr("not searched for you");
        break;
    case SystemStatus::Hit: {
        const bool alert = std::any_of(event.hits.cbegin(), event.hits.cend(), [](const bd::model::Hit& h) {
            const auto action = bd::results::Unifier::actionForHit(h);
            return action && action->code != bd::results::ActionCode::Admit;
        });
        m.meaning = alert ? Meaning::Alert : Meaning::Information;
        m.reason = tr("%n hit(s), assessing…", nullptr, qMax(1, int(event.hits.size())));
        break;
    }
    }
    return m;
}

} // namespace bd::ui
