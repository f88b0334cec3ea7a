#pragma once

#include "services/core/Redaction.h"

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
class LogSink final : public SensitiveTokenRegistry
{
public:
    explicit LogSink(const LogOptions& options);
    ~LogSink() override;
    LogSink(const LogSink&) = delete;
    LogSink& operator=(const LogSink&) = delete;

    void flush();
    QString filePath() const { return m_filePath; } // empty when there is no log file
    // Why the log file could not be opened (the directory is not writable, ...); empty when it is
    // open or none was asked for. The sink then logs to the console only; main() decides.
    QString fileError() const { return m_fileError; }

    // The current record's names and numbers, masked in every message from now on (thread-safe;
    // see redactLogMessage(message, tokens) and sensitiveTokensOf()).
    void setSensitiveTokens(const QStringList& tokens) override;
    void clearSensitiveTokens() override;
    struct Tokens; // internal: the token set the message handler reads

    // Maps "debug|info|warning|critical" to a level; false when the name is unknown.
    static bool parseLevel(const QString& name, QtMsgType* level);

private:
    std::shared_ptr<spdlog::details::thread_pool> m_pool;
    std::shared_ptr<spdlog::logger> m_logger;
    QString m_filePath;
    QString m_fileError;
    QtMessageHandler m_previous = nullptr;
    std::unique_ptr<Tokens> m_tokens;
};

} // namespace bd::core
