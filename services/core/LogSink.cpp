#include "services/core/LogSink.h"

#include "services/core/Redaction.h"

#include <spdlog/async.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <atomic>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd::core {

struct LogSink::Tokens
{
    QMutex mutex;
    QStringList tokens;

    QString redact(const QString& message)
    {
        const QMutexLocker lock(&mutex);
        return tokens.isEmpty() ? redactLogMessage(message) : redactLogMessage(message, tokens);
    }
};

namespace {

// The one pointer the C-style Qt message handler needs; set and cleared by the owning LogSink.
std::atomic<spdlog::logger*> s_active { nullptr };
std::atomic<int> s_minimum { QtInfoMsg };
std::atomic<LogSink::Tokens*> s_tokens { nullptr };

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

spdlog::level::level_enum toSpd(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    spdlog::logger* logger = s_active.load();
    if (!logger || severity(type) < severity(static_cast<QtMsgType>(s_minimum.load())))
        return;
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArrayLiteral("default");
    LogSink::Tokens* tokens = s_tokens.load();
    const QByteArray text = (tokens ? tokens->redact(message) : redactLogMessage(message)).toUtf8();
    logger->log(toSpd(type), "[{}] {}", category.constData(), text.constData());
    if (type == QtFatalMsg) {
        logger->flush();
        std::abort();
    }
}

} // namespace

namespace {

void keepPrivate(const QString& path)
{
    const int fd
        = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return; // spdlog's own open reports the problem
    ::fchmod(fd, 0600);
    ::close(fd);
}

} // namespace

LogSink::LogSink(const LogOptions& options)
    : m_tokens(std::make_unique<Tokens>())
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!options.directory.isEmpty()) {
        // An unwritable directory (/proc/1, /sys/kernel, a read-only mount) is reported through
        // fileError(), never thrown: spdlog throws spdlog_ex when it cannot open the file.
        m_filePath = QDir(options.directory).filePath(options.fileName);
        if (!QDir().mkpath(options.directory)) {
            m_fileError = QStringLiteral("cannot create the directory '%1'").arg(options.directory);
        } else {
            // The log is the owner's only (0600) whatever the umask; an older, looser file is narrowed.
            keepPrivate(m_filePath);
            try {
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    QDir::toNativeSeparators(m_filePath).toStdString(), options.maxFileBytes, options.maxFiles));
            } catch (const std::exception& e) { // spdlog::spdlog_ex and allocation failures
                m_fileError = QStringLiteral("cannot write the log file '%1': %2")
                                  .arg(m_filePath, QString::fromLocal8Bit(e.what()));
            }
        }
        if (!m_fileError.isEmpty())
            m_filePath.clear();
    }
    if (options.console)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    m_pool = std::make_shared<spdlog::details::thread_pool>(8192, 1);
    m_logger = std::make_shared<spdlog::async_logger>(
        "borderdesk", sinks.begin(), sinks.end(), m_pool, spdlog::async_overflow_policy::block);
    m_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    m_logger->set_level(spdlog::level::trace);
    m_logger->flush_on(spdlog::level::warn);
    s_minimum.store(options.minimumLevel);
    s_active.store(m_logger.get());
    s_tokens.store(m_tokens.get());
    m_previous = qInstallMessageHandler(handleMessage);
    // Debug output of our own categories follows the chosen level; the secure category stays off.
    if (options.minimumLevel == QtDebugMsg)
        QLoggingCategory::setFilterRules(
            QStringLiteral("bd.*.debug=true\nbd.secure.debug=false\nbd.secure.info=false"));
}

LogSink::~LogSink()
{
    qInstallMessageHandler(m_previous);
    s_active.store(nullptr);
    s_tokens.store(nullptr);
    m_logger->flush();
    m_logger.reset();
    m_pool.reset(); // joins the worker after it has written everything queued
}

void LogSink::flush()
{
    m_logger->flush();
}

void LogSink::setSensitiveTokens(const QStringList& tokens)
{
    const QMutexLocker lock(&m_tokens->mutex);
    m_tokens->tokens = tokens;
}

void LogSink::clearSensitiveTokens()
{
    const QMutexLocker lock(&m_tokens->mutex);
    m_tokens->tokens.clear();
}

bool LogSink::parseLevel(const QString& name, QtMsgType* level)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("debug"))
        *level = QtDebugMsg;
    else if (n == QLatin1String("info"))
        *level = QtInfoMsg;
    else if (n == QLatin1String("warning") || n == QLatin1String("warn"))
        *level = QtWarningMsg;
    else if (n == QLatin1String("critical") || n == QLatin1String("error"))
        *level = QtCriticalMsg;
    else
        return false;
    return true;
}

} // namespace bd::core
