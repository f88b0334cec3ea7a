#pragma once

#include "services/ocr/MrzImageReader.h"

#include <atomic>

#include <QMutex>
#include <QSemaphore>
#include <QThread>

namespace bd::testsupport {

// An MrzImageReader that returns a canned reading, remembers which thread called it and can be
// held until the test releases it (to see the GUI stay responsive while "reading").
class FakeMrzImageReader final : public bd::ocr::MrzImageReader
{
public:
    explicit FakeMrzImageReader(bd::ocr::MrzReading reading = {});

    bd::ocr::MrzReading readFile(const QString& path) const override;
    bd::ocr::MrzReading readEncoded(const QByteArray& encodedImage) const override;

    void setReading(const bd::ocr::MrzReading& reading);
    void holdCalls(bool hold); // calls block until release() while holding
    void release();
    int calls() const { return m_calls.load(); }
    QThread* lastThread() const;
    QString lastPath() const;

private:
    bd::ocr::MrzReading next() const;

    mutable QMutex m_mutex;
    bd::ocr::MrzReading m_reading;
    mutable QSemaphore m_gate;
    std::atomic<bool> m_hold { false };
    mutable std::atomic<int> m_calls { 0 };
    mutable QThread* m_lastThread = nullptr;
    mutable QString m_lastPath;
};

} // namespace bd::testsupport
