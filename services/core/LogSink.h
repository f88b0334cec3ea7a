#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace spdlog {
class logger;
namespace details {
class thread_pool;
}
} // namespace spdlog

namespace bd::core {

struct LogOptions
{
    QString directory; // rotating file "borderdesk.log" goes here; empty: no file
    QString fileName = QStringLiteral("borderdesk.log");
    QtMsgType minimumLevel = QtInfoMsg;
    bool console = true;
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 3;
};

// Bridges Qt logging categories to spdlog: every qCDebug/qCInfo/... goes, redacted, to a rotating
// file in the data directory and to the console. Owned by main(); installing the Qt message handler
// is process-wide by nature, so only one LogSink may live at a time, and its destructor restores
// the previous handler. Logging is asynchronous (a one-thread spdlog pool), so the GUI thread never
// waits on the disk; destroying the sink drains the queue.
class LogSink
{
public:
    explicit LogSink(const LogOptions& options);
    ~LogSink();
    LogSink(const LogSink&) = delete;
    LogSink& operator=(const LogSink&) = delete;

    void flush();
    QString filePath() const { return m_filePath; }

    // Maps "debug|info|warning|critical" to a level; false when the name is unknown.
    static bool parseLevel(const QString& name, QtMsgType* level);

private:
    std::shared_ptr<spdlog::details::thread_pool> m_pool;
    std::shared_ptr<spdlog::logger> m_logger;
    QString m_filePath;
    QtMessageHandler m_previous = nullptr;
};

} // namespace bd::core
