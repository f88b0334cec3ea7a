#include "tests/support/FakeClock.h"

namespace bd::testsupport {

FakeClock::FakeClock(QDateTime start)
    : m_now(std::move(start))
{
}

} // namespace bd::testsupport
