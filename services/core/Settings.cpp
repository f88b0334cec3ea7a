#include "services/core/Settings.h"

#include "services/core/LogSink.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace bd::core {
namespace {

Error settingsError(const QString& path, const QString& key, const QString& expected, const QString& found)
{
    return Error { QStringLiteral("settings.invalid"),
        QStringLiteral("%1: key '%2' must be %3, found '%4'").arg(path, key, expected, found),
        { { QStringLiteral("key"), key } } };
}

bool readInt(const QSettings& s, const QString& key, int low, int high, int* out, std::optional<Error>* error)
{
    if (!s.contains(key))
        return true;
    const QString raw = s.value(key).toString().trimmed();
    bool ok = false;
    const int v = raw.toInt(&ok);
    if (!ok || v < low || v > high) {
        *error
            = settingsError(s.fileName(), key, QStringLiteral("a whole number from %1 to %2").arg(low).arg(high), raw);
        return false;
    }
    *out = v;
    return true;
}

// An ISO 8601 calendar date (YYYY-MM-DD); an empty value leaves `out` invalid.
bool readDate(const QSettings& s, const QString& key, QDate* out, std::optional<Error>* error)
{
    if (!s.contains(key))
        return true;
    const QString raw = s.value(key).toString().trimmed();
    if (raw.isEmpty()) {
        *out = {};
        return true;
    }
    static const QRegularExpression kIso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(raw, Qt::ISODate);
    if (!kIso.match(raw).hasMatch() || !d.isValid()) {
        *error = settingsError(s.fileName(), key, QStringLiteral("a date YYYY-MM-DD or empty"), raw);
        return false;
    }
    *out = d;
    return true;
}

} // namespace

QStringList Settings::checkPurposes()
{
    return { QStringLiteral("entry-check"), QStringLiteral("exit-check") };
}

QUrl Settings::parseHttpsUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return {};
    return url;
}

QStringList Settings::supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") }; // a language is offered once its catalogue exists
}

namespace {

// Reads the keys of one INI file into a Settings; every reader returns false with `error` set.
class FileReader
{
public:
    FileReader(const QString& path, Settings& out, const Settings::ValueChecks& checks)
        : m_path(path)
        , m_s(path, QSettings::IniFormat)
        , m_out(out)
        , m_checks(checks)
    {
    }
    std::optional<Error> read()
    {
        if (m_s.status() != QSettings::NoError)
            return Error { QStringLiteral("settings.unreadable"),
                QStringLiteral("%1: not a readable settings file (INI format expected)").arg(m_path), {} };
        if (const auto unknown = unknownKey())
            return unknown;
        if (!readTexts() || !readUrls() || !readFiles() || !readNumbers() || !readEtias() || !readBorderAndPurpose())
            return m_error;
        return std::nullopt;
    }
    QStringList keys() const { return m_s.allKeys(); }

private:
    std::optional<Error> unknownKey() const
    {
        const QStringList known = Settings::knownKeys();
        for (const QString& key : m_s.allKeys()) {
            if (!known.contains(key))
                return Error { QStringLiteral("settings.unknownKey"),
                    QStringLiteral("%1: unknown key '%2' (known keys: %3)")
                        .arg(m_path, key, known.join(QStringLiteral(", "))),
                    { { QStringLiteral("key"), key } } };
        }
        return std::nullopt;
    }
    bool fail(const QString& key, const QString& expected, const QString& found)
    {
        m_error = settingsError(m_path, key, expected, found);
        return false;
    }
    QString text(const QString& key) const { return m_s.value(key).toString().trimmed(); }

    bool readTexts()
    {
        if (m_s.contains(QStringLiteral("ui/language"))) {
            const QString lang = text(QStringLiteral("ui/language"));
            if (!Settings::supportedLanguages().contains(lang))
                return fail(QStringLiteral("ui/language"),
                    QStringLiteral("one of ") + Settings::supportedLanguages().join(QStringLiteral(", ")), lang);
            m_out.language = lang;
        }
        if (m_s.contains(QStringLiteral("log/level"))) {
            const QString level = text(QStringLiteral("log/level"));
            QtMsgType parsed;
            if (!LogSink::parseLevel(level, &parsed))
                return fail(QStringLiteral("log/level"), QStringLiteral("debug, info, warning or critical"), level);
            m_out.logLevel = level.toLower();
        }
        if (m_s.contains(QStringLiteral("capture/source"))) {
            const QString raw = text(QStringLiteral("capture/source"));
            QString why;
            if (!raw.isEmpty() && m_checks.captureSource && !m_checks.captureSource(raw, &why))
                return fail(QStringLiteral("capture/source"),
                    QStringLiteral("device:N, video:PATH or folder:PATH (%1)").arg(why), raw);
            m_out.captureSource = raw;
        }
        return true;
    }
    bool readUrls()
    {
        for (const auto& [key, target] : { std::pair { QStringLiteral("gateway/url"), &m_out.gatewayUrl },
                 std::pair { QStringLiteral("training/gatewayUrl"), &m_out.trainingGatewayUrl } }) {
            if (!m_s.contains(key))
                continue;
            const QString raw = text(key);
            const QUrl url = Settings::parseHttpsUrl(raw);
            if (url.isEmpty())
                return fail(key, QStringLiteral("an https:// URL"), raw);
            *target = url;
        }
        return true;
    }
    bool readFiles()
    {
        for (const auto& [key, target] : { std::pair { QStringLiteral("gateway/caFile"), &m_out.gatewayCaFile },
                 std::pair { QStringLiteral("gateway/clientCertFile"), &m_out.clientCertFile },
                 std::pair { QStringLiteral("gateway/clientKeyFile"), &m_out.clientKeyFile },
                 std::pair { QStringLiteral("training/caFile"), &m_out.trainingCaFile },
                 std::pair { QStringLiteral("training/clientCertFile"), &m_out.trainingClientCertFile },
                 std::pair { QStringLiteral("training/clientKeyFile"), &m_out.trainingClientKeyFile } }) {
            if (!m_s.contains(key))
                continue;
            const QString path = text(key);
            if (!QFileInfo(path).isReadable())
                return fail(key, QStringLiteral("a readable PEM file"), path);
            *target = path;
        }
        return true;
    }
    bool readNumbers()
    {
        return readInt(m_s, QStringLiteral("gateway/timeoutMs"), 100, 120000, &m_out.requestTimeoutMs, &m_error)
            && readInt(m_s, QStringLiteral("wedge/maxKeyIntervalMs"), 5, 200, &m_out.wedgeMaxKeyIntervalMs, &m_error)
            && readInt(m_s, QStringLiteral("wedge/minLineLength"), 10, 44, &m_out.wedgeMinLineLength, &m_error)
            && readInt(m_s, QStringLiteral("privacy/clearAfterDecisionSeconds"), 0, 3600,
                &m_out.clearAfterDecisionSeconds, &m_error)
            && readInt(m_s, QStringLiteral("privacy/idleClearSeconds"), 0, 86400, &m_out.idleClearSeconds, &m_error)
            && readInt(
                m_s, QStringLiteral("privacy/cacheRetentionHours"), 1, 24 * 31, &m_out.cacheRetentionHours, &m_error);
    }
    // The periods follow each other: start <= transitional end <= grace end; an end needs a start.
    bool readEtias()
    {
        if (!readDate(m_s, QStringLiteral("etias/operationsStart"), &m_out.etiasOperationsStart, &m_error)
            || !readDate(m_s, QStringLiteral("etias/transitionalEnd"), &m_out.etiasTransitionalEnd, &m_error)
            || !readDate(m_s, QStringLiteral("etias/graceEnd"), &m_out.etiasGraceEnd, &m_error))
            return false;
        const QDate& start = m_out.etiasOperationsStart;
        for (const auto& [key, date] :
            { std::pair { QStringLiteral("etias/transitionalEnd"), m_out.etiasTransitionalEnd },
                std::pair { QStringLiteral("etias/graceEnd"), m_out.etiasGraceEnd } }) {
            if (date.isValid() && !start.isValid())
                return fail(
                    key, QStringLiteral("empty while etias/operationsStart is empty"), date.toString(Qt::ISODate));
            if (date.isValid() && date < start)
                return fail(key,
                    QStringLiteral("on or after etias/operationsStart (%1)").arg(start.toString(Qt::ISODate)),
                    date.toString(Qt::ISODate));
        }
        if (!start.isValid())
            return true;
        const QDate transitionalEnd
            = m_out.etiasTransitionalEnd.isValid() ? m_out.etiasTransitionalEnd : start.addMonths(6).addDays(-1);
        const QDate graceEnd = m_out.etiasGraceEnd.isValid() ? m_out.etiasGraceEnd : start.addMonths(12).addDays(-1);
        if (graceEnd < transitionalEnd)
            return fail(QStringLiteral("etias/graceEnd"),
                QStringLiteral("on or after the end of the transitional period (%1)")
                    .arg(transitionalEnd.toString(Qt::ISODate)),
                m_out.etiasGraceEnd.isValid()
                    ? graceEnd.toString(Qt::ISODate)
                    : QStringLiteral("empty (default %1)").arg(graceEnd.toString(Qt::ISODate)));
        return true;
    }
    bool readBorderAndPurpose()
    {
        if (m_s.contains(QStringLiteral("border/state"))) {
            const QString raw = text(QStringLiteral("border/state"));
            // Three letters; Germany's code in the zone is the single letter D.
            static const QRegularExpression kCode(QStringLiteral("^([A-Z]{3}|D)$"));
            if (!raw.isEmpty() && !kCode.match(raw).hasMatch())
                return fail(QStringLiteral("border/state"),
                    QStringLiteral("an ICAO state code in capitals (e.g. DEU, or D) or empty"), raw);
            m_out.borderState = raw;
        }
        if (m_s.contains(QStringLiteral("check/purpose"))) {
            const QString raw = text(QStringLiteral("check/purpose"));
            if (!Settings::checkPurposes().contains(raw))
                return fail(QStringLiteral("check/purpose"),
                    QStringLiteral("one of ") + Settings::checkPurposes().join(QStringLiteral(", ")), raw);
            m_out.checkPurpose = raw;
        }
        return true;
    }

    QString m_path;
    QSettings m_s;
    Settings& m_out;
    const Settings::ValueChecks& m_checks;
    std::optional<Error> m_error;
};

} // namespace

QStringList Settings::knownKeys()
{
    return { QStringLiteral("ui/language"), QStringLiteral("log/level"), QStringLiteral("gateway/url"),
        QStringLiteral("gateway/caFile"), QStringLiteral("gateway/clientCertFile"),
        QStringLiteral("gateway/clientKeyFile"), QStringLiteral("gateway/timeoutMs"),
        QStringLiteral("wedge/maxKeyIntervalMs"), QStringLiteral("wedge/minLineLength"),
        QStringLiteral("capture/source"), QStringLiteral("training/gatewayUrl"), QStringLiteral("training/caFile"),
        QStringLiteral("training/clientCertFile"), QStringLiteral("training/clientKeyFile"),
        QStringLiteral("etias/operationsStart"), QStringLiteral("etias/transitionalEnd"),
        QStringLiteral("etias/graceEnd"), QStringLiteral("border/state"), QStringLiteral("check/purpose"),
        QStringLiteral("privacy/clearAfterDecisionSeconds"), QStringLiteral("privacy/idleClearSeconds"),
        QStringLiteral("privacy/cacheRetentionHours") };
}

QStringList Settings::siteOnlyKeys()
{
    return { QStringLiteral("gateway/url"), QStringLiteral("gateway/caFile"), QStringLiteral("gateway/clientCertFile"),
        QStringLiteral("gateway/clientKeyFile"), QStringLiteral("etias/operationsStart"),
        QStringLiteral("etias/transitionalEnd"), QStringLiteral("etias/graceEnd"), QStringLiteral("border/state"),
        QStringLiteral("privacy/clearAfterDecisionSeconds"), QStringLiteral("privacy/idleClearSeconds"),
        QStringLiteral("privacy/cacheRetentionHours") };
}

Result<Settings> Settings::load(const QString& iniPath, const ValueChecks& checks)
{
    Settings out;
    if (iniPath.isEmpty() || !QFileInfo::exists(iniPath))
        return out;
    if (const auto error = FileReader(iniPath, out, checks).read())
        return *error;
    return out;
}

QString Settings::siteFileProblem(const QString& path, uint owner)
{
    for (const QFileInfo& info : { QFileInfo(path), QFileInfo(QFileInfo(path).absolutePath()) }) {
        if (info.ownerId() != owner)
            return QStringLiteral("%1 is owned by user %2, not by %3")
                .arg(info.absoluteFilePath())
                .arg(info.ownerId())
                .arg(owner == 0 ? QStringLiteral("root") : QString::number(owner));
        if (info.permissions() & (QFile::WriteGroup | QFile::WriteOther))
            return QStringLiteral("%1 may be written by group or others").arg(info.absoluteFilePath());
    }
    return {};
}

Result<Settings> Settings::load(const Sources& sources, const ValueChecks& checks)
{
    Settings out;
    if (!sources.siteFile.isEmpty() && QFileInfo::exists(sources.siteFile)) {
        if (const QString problem = siteFileProblem(sources.siteFile, sources.siteOwner); !problem.isEmpty())
            return Error { QStringLiteral("settings.siteUnprotected"),
                QStringLiteral("%1: the site configuration must be writable only by its owner, the administrator "
                               "(%2); fix its ownership and permissions (chown root:root, chmod 644, and the "
                               "same for its folder)")
                    .arg(sources.siteFile, problem),
                {} };
        if (const auto error = FileReader(sources.siteFile, out, checks).read())
            return *error;
    }
    if (sources.userFile.isEmpty() || !QFileInfo::exists(sources.userFile))
        return out;
    FileReader user(sources.userFile, out, checks);
    for (const QString& key : user.keys()) {
        if (siteOnlyKeys().contains(key))
            return Error { QStringLiteral("settings.siteOnlyKey"),
                QStringLiteral("%1: key '%2' may be set only in the site configuration %3, which the administrator "
                               "keeps; remove it from this file")
                    .arg(sources.userFile, key, sources.siteFile),
                { { QStringLiteral("key"), key } } };
    }
    if (const auto error = user.read())
        return *error;
    return out;
}

} // namespace bd::core
