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

Result<Settings> Settings::load(const QString& iniPath, const ValueChecks& checks)
{
    Settings out;
    if (iniPath.isEmpty() || !QFileInfo::exists(iniPath))
        return out;
    QSettings s(iniPath, QSettings::IniFormat);
    if (s.status() != QSettings::NoError)
        return Error { QStringLiteral("settings.unreadable"),
            QStringLiteral("%1: not a readable settings file (INI format expected)").arg(iniPath), {} };
    std::optional<Error> error;

    if (s.contains(QStringLiteral("ui/language"))) {
        const QString lang = s.value(QStringLiteral("ui/language")).toString().trimmed();
        if (!supportedLanguages().contains(lang))
            return settingsError(iniPath, QStringLiteral("ui/language"),
                QStringLiteral("one of ") + supportedLanguages().join(QStringLiteral(", ")), lang);
        out.language = lang;
    }
    if (s.contains(QStringLiteral("log/level"))) {
        const QString level = s.value(QStringLiteral("log/level")).toString().trimmed();
        QtMsgType parsed;
        if (!LogSink::parseLevel(level, &parsed))
            return settingsError(
                iniPath, QStringLiteral("log/level"), QStringLiteral("debug, info, warning or critical"), level);
        out.logLevel = level.toLower();
    }
    for (const auto& [key, target] : { std::pair { QStringLiteral("gateway/url"), &out.gatewayUrl },
             std::pair { QStringLiteral("training/gatewayUrl"), &out.trainingGatewayUrl } }) {
        if (!s.contains(key))
            continue;
        const QString raw = s.value(key).toString().trimmed();
        const QUrl url = parseHttpsUrl(raw);
        if (url.isEmpty())
            return settingsError(iniPath, key, QStringLiteral("an https:// URL"), raw);
        *target = url;
    }
    if (s.contains(QStringLiteral("capture/source"))) {
        const QString raw = s.value(QStringLiteral("capture/source")).toString().trimmed();
        QString why;
        if (!raw.isEmpty() && checks.captureSource && !checks.captureSource(raw, &why))
            return settingsError(iniPath, QStringLiteral("capture/source"),
                QStringLiteral("device:N, video:PATH or folder:PATH (%1)").arg(why), raw);
        out.captureSource = raw;
    }
    const auto readFile = [&](const QString& key, QString* target) -> bool {
        if (!s.contains(key))
            return true;
        const QString path = s.value(key).toString().trimmed();
        if (!QFileInfo(path).isReadable()) {
            error = settingsError(iniPath, key, QStringLiteral("a readable PEM file"), path);
            return false;
        }
        *target = path;
        return true;
    };
    if (!readFile(QStringLiteral("gateway/caFile"), &out.gatewayCaFile)
        || !readFile(QStringLiteral("gateway/clientCertFile"), &out.clientCertFile)
        || !readFile(QStringLiteral("gateway/clientKeyFile"), &out.clientKeyFile)
        || !readFile(QStringLiteral("training/caFile"), &out.trainingCaFile)
        || !readFile(QStringLiteral("training/clientCertFile"), &out.trainingClientCertFile)
        || !readFile(QStringLiteral("training/clientKeyFile"), &out.trainingClientKeyFile)
        || !readInt(s, QStringLiteral("gateway/timeoutMs"), 100, 120000, &out.requestTimeoutMs, &error)
        || !readInt(s, QStringLiteral("wedge/maxKeyIntervalMs"), 5, 200, &out.wedgeMaxKeyIntervalMs, &error)
        || !readInt(s, QStringLiteral("wedge/minLineLength"), 10, 44, &out.wedgeMinLineLength, &error)
        || !readInt(
            s, QStringLiteral("privacy/clearAfterDecisionSeconds"), 0, 3600, &out.clearAfterDecisionSeconds, &error)
        || !readInt(s, QStringLiteral("privacy/idleClearSeconds"), 0, 86400, &out.idleClearSeconds, &error)
        || !readDate(s, QStringLiteral("etias/operationsStart"), &out.etiasOperationsStart, &error)
        || !readDate(s, QStringLiteral("etias/transitionalEnd"), &out.etiasTransitionalEnd, &error)
        || !readDate(s, QStringLiteral("etias/graceEnd"), &out.etiasGraceEnd, &error))
        return *error;

    // The periods follow each other: start <= transitional end <= grace end; an end needs a start.
    const QDate& start = out.etiasOperationsStart;
    for (const auto& [key, date] : { std::pair { QStringLiteral("etias/transitionalEnd"), out.etiasTransitionalEnd },
             std::pair { QStringLiteral("etias/graceEnd"), out.etiasGraceEnd } }) {
        if (date.isValid() && !start.isValid())
            return settingsError(
                iniPath, key, QStringLiteral("empty while etias/operationsStart is empty"), date.toString(Qt::ISODate));
        if (date.isValid() && date < start)
            return settingsError(iniPath, key,
                QStringLiteral("on or after etias/operationsStart (%1)").arg(start.toString(Qt::ISODate)),
                date.toString(Qt::ISODate));
    }
    if (start.isValid()) {
        const QDate transitionalEnd
            = out.etiasTransitionalEnd.isValid() ? out.etiasTransitionalEnd : start.addMonths(6).addDays(-1);
        const QDate graceEnd = out.etiasGraceEnd.isValid() ? out.etiasGraceEnd : start.addMonths(12).addDays(-1);
        if (graceEnd < transitionalEnd)
            return settingsError(iniPath, QStringLiteral("etias/graceEnd"),
                QStringLiteral("on or after the end of the transitional period (%1)")
                    .arg(transitionalEnd.toString(Qt::ISODate)),
                out.etiasGraceEnd.isValid() ? graceEnd.toString(Qt::ISODate)
                                            : QStringLiteral("empty (default %1)").arg(graceEnd.toString(Qt::ISODate)));
    }
    if (s.contains(QStringLiteral("border/state"))) {
        const QString raw = s.value(QStringLiteral("border/state")).toString().trimmed();
        // Three letters; Germany's code in the zone is the single letter D.
        static const QRegularExpression kCode(QStringLiteral("^([A-Z]{3}|D)$"));
        if (!raw.isEmpty() && !kCode.match(raw).hasMatch())
            return settingsError(iniPath, QStringLiteral("border/state"),
                QStringLiteral("an ICAO state code in capitals (e.g. DEU, or D) or empty"), raw);
        out.borderState = raw;
    }
    if (s.contains(QStringLiteral("check/purpose"))) {
        const QString raw = s.value(QStringLiteral("check/purpose")).toString().trimmed();
        if (!checkPurposes().contains(raw))
            return settingsError(iniPath, QStringLiteral("check/purpose"),
                QStringLiteral("one of ") + checkPurposes().join(QStringLiteral(", ")), raw);
        out.checkPurpose = raw;
    }

    const QStringList known { QStringLiteral("ui/language"), QStringLiteral("log/level"), QStringLiteral("gateway/url"),
        QStringLiteral("gateway/caFile"), QStringLiteral("gateway/clientCertFile"),
        QStringLiteral("gateway/clientKeyFile"), QStringLiteral("gateway/timeoutMs"),
        QStringLiteral("wedge/maxKeyIntervalMs"), QStringLiteral("wedge/minLineLength"),
        QStringLiteral("capture/source"), QStringLiteral("training/gatewayUrl"), QStringLiteral("training/caFile"),
        QStringLiteral("training/clientCertFile"), QStringLiteral("training/clientKeyFile"),
        QStringLiteral("etias/operationsStart"), QStringLiteral("etias/transitionalEnd"),
        QStringLiteral("etias/graceEnd"), QStringLiteral("border/state"), QStringLiteral("check/purpose") };
    for (const QString& key : s.allKeys()) {
        if (!known.contains(key))
            return Error { QStringLiteral("settings.unknownKey"),
                QStringLiteral("%1: unknown key '%2' (known keys: %3)")
                    .arg(iniPath, key, known.join(QStringLiteral(", "))),
                { { QStringLiteral("key"), key } } };
    }
    return out;
}

} // namespace bd::core
