#include "tests/support/FakeMrzImageReader.h"

#include <QMutexLocker>

namespace bd::testsupport {

FakeMrzImageReader::FakeMrzImageReader(bd::ocr::MrzReading reading)
    : m_reading(std::move(reading))
{
}

bd::ocr::MrzReading FakeMrzImageReader::next() const
{
    if (m_hold.load())
        m_gate.acquire();
    QMutexLocker lock(&m_mutex);
    m_lastThread = QThread::currentThread();
    ++m_calls;
    return m_reading;
}

bd::ocr::MrzReading FakeMrzImageReader::readFile(const QString& path) const
{
    {
        QMutexLocker lock(&m_mutex);
        m_lastPath = path;
    }
    return next();
}

bd::ocr::MrzReading FakeMrzImageReader::readEncoded(const QByteArray& encodedImage) const
{
    Q_UNUSED(encodedImage);
    return next();
}

void FakeMrzImageReader::setReading(const bd::ocr::MrzReading& reading)
{
    QMutexLocker lock(&m_mutex);
    m_reading = reading;
}

void FakeMrzImageReader::holdCalls(bool hold)
{
    m_hold = hold;
}

void FakeMrzImageReader::release()
{
    m_gate.release();
}

QThread* FakeMrzImageReader::lastThread() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastThread;
}

QString FakeMrzImageReader::lastPath() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastPath;
}

} // namespace bd::testsupport
