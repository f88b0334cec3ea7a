#pragma once

#include <QDate>
#include <QDateTime>

namespace bd::core {

// Injectable time source: document expiry, cache age and retry backoff never read the wall clock
// directly, so tests can pin "today".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace bd::core
