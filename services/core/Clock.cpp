#include "services/core/Clock.h"

namespace bd::core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace bd::core
