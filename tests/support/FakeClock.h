#pragma once

#include "services/core/Clock.h"

namespace bd::testsupport {

// A clock the test sets and advances by hand.
class FakeClock final : public bd::core::Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& when) { m_now = when; }
    void advance(qint64 milliseconds) { m_now = m_now.addMSecs(milliseconds); }

private:
    QDateTime m_now;
};

} // namespace bd::testsupport
