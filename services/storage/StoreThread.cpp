#include "services/storage/StoreThread.h"

#include "services/core/LogCategories.h"
#include "services/storage/StorageErrors.h"

#include <openssl/crypto.h>

namespace bd::storage {

StoreThread::StoreThread(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("bd-store"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // The database closes on its own thread, after every job posted before; then the thread's
    // OpenSSL state (random generators, error queue) is freed there and then. OpenSSL would free
    // it as the thread exits, but a QThread is detached: wait() can return before that, and a
    // process ending at once races it (LeakSanitizer saw such a race in a test process).
    QMetaObject::invokeMethod(
        m_worker,
        [this]() {
            m_db.reset();
            OPENSSL_thread_stop();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bd::core::Result<OpenReport> StoreThread::open(
    const QString& path, const QList<Migration>& migrations, const bd::core::Clock& clock)
{
    OpenReport report;
    std::optional<bd::core::Error> failure;
    QMetaObject::invokeMethod(
        m_worker,
        [&]() {
            auto opened = Database::open(path, migrations, clock, &report);
            if (opened)
                m_db = std::move(opened.value());
            else
                failure = opened.error();
        },
        Qt::BlockingQueuedConnection);
    if (failure)
        return *failure;
    m_open = true;
    return report;
}

void StoreThread::post(Job job)
{
    if (!m_open) {
        qCWarning(lcStorage, "store job dropped: the store is not open");
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [this, job = std::move(job)]() { job(*m_db); }, Qt::QueuedConnection);
}

void StoreThread::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace bd::storage
