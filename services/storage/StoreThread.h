#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/storage/Database.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace bd::storage {

// The thread the workstation's store lives on: the SQLite connection is opened there and every
// read and write runs there, in the order posted, so the GUI never waits on a disk sync (a
// committed transaction is synced: synchronous=FULL). Services that keep state in the store are
// plain synchronous classes over a Database& (the CLI and the tests use them directly); the
// workstation reaches them through post() and call().
class StoreThread : public QObject
{
    Q_OBJECT
public:
    explicit StoreThread(QObject* parent = nullptr);
    // Runs what was posted, closes the database on its thread, and joins it.
    ~StoreThread() override;
    StoreThread(const StoreThread&) = delete;
    StoreThread& operator=(const StoreThread&) = delete;

    // Opens (or creates, migrates, checks) the store on the thread and waits for it: once, at
    // start-up, before anything is posted. The clock must outlive the thread.
    bd::core::Result<OpenReport> open(
        const QString& path, const QList<Migration>& migrations, const bd::core::Clock& clock);
    bool isOpen() const { return m_open; }

    using Job = std::function<void(Database&)>;
    // Runs `job` on the store's thread after everything posted before it. Without an open store the
    // job is dropped (and says so in the log): callers check isOpen() first.
    void post(Job job);

    // Runs `work` on the store's thread, then `done` with its value on `context`'s thread (not at
    // all when `context` is gone by then).
    template <typename T> void call(std::function<T(Database&)> work, QObject* context, std::function<void(T)> done)
    {
        QPointer<QObject> guard(context);
        post([work = std::move(work), guard, done = std::move(done)](Database& db) {
            T value = work(db);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [done, value = std::move(value)]() { done(value); }, Qt::QueuedConnection);
        });
    }

    // Waits until everything posted so far has run (tests, shutdown, the CLI).
    void waitForIdle();

private:
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
    std::unique_ptr<Database> m_db; // created, used and destroyed on m_thread
    bool m_open = false;
};

} // namespace bd::storage
