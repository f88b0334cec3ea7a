#include "services/results/StayJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace bd::results {
namespace {

bd::core::Error inputError(const QString& detail)
{
    return { QStringLiteral("stay.input"), detail, {} };
}

bool readDate(const QJsonValue& v, const QString& where, bool nullable, QDate* out, QString* error)
{
    if (nullable && (v.isNull() || v.isUndefined())) {
        *out = QDate();
        return true;
    }
    if (!v.isString()) {
        *error = QStringLiteral("%1 must be a date string YYYY-MM-DD").arg(where);
        return false;
    }
    *out = QDate::fromString(v.toString(), Qt::ISODate);
    if (!out->isValid() || v.toString().size() != 10) {
        *error = QStringLiteral("%1: '%2' is not a valid date YYYY-MM-DD").arg(where, v.toString());
        return false;
    }
    return true;
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

bd::core::Result<StayQuery> stayQueryFromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return inputError(
            QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return inputError(QStringLiteral("the input must be a JSON object"));
    const QJsonObject o = doc.object();
    StayQuery q;
    QString error;
    if (!readDate(o.value(QStringLiteral("controlDate")), QStringLiteral("controlDate"), false, &q.controlDate, &error))
        return inputError(error);
    if (o.contains(QStringLiteral("plannedEntry"))
        && !readDate(
            o.value(QStringLiteral("plannedEntry")), QStringLiteral("plannedEntry"), true, &q.plannedEntry, &error))
        return inputError(error);
    const QJsonValue staysValue = o.value(QStringLiteral("stays"));
    if (!staysValue.isArray())
        return inputError(QStringLiteral("stays must be an array of {\"entry\",\"exit\"} objects"));
    const QJsonArray stays = staysValue.toArray();
    for (qsizetype i = 0; i < stays.size(); ++i) {
        const QJsonObject s = stays.at(i).toObject();
        const QString where = QStringLiteral("stays[%1]").arg(i);
        if (!stays.at(i).isObject())
            return inputError(where + QStringLiteral(" must be an object"));
        Stay stay;
        if (!readDate(s.value(QStringLiteral("entry")), where + QStringLiteral(".entry"), false, &stay.entry, &error)
            || !readDate(s.value(QStringLiteral("exit")), where + QStringLiteral(".exit"), true, &stay.exit, &error))
            return inputError(error);
        q.stays.append(stay);
    }
    return q;
}

QJsonObject stayAssessmentToJson(const StayAssessment& a)
{
    return QJsonObject {
        { QStringLiteral("controlDate"), dateOrNull(a.controlDate) },
        { QStringLiteral("windowStart"), dateOrNull(a.windowStart) },
        { QStringLiteral("daysUsed"), a.daysUsed },
        { QStringLiteral("daysRemaining"), a.daysRemaining },
        { QStringLiteral("overstayDays"), a.overstayDays },
        { QStringLiteral("overstay"), a.overstayDays > 0 },
        { QStringLiteral("present"), a.present },
        { QStringLiteral("latestExit"), dateOrNull(a.latestExit) },
        { QStringLiteral("daysAllowedFromControl"), a.daysAllowedFromControl },
        { QStringLiteral("nextPossibleEntry"), dateOrNull(a.nextPossibleEntry) },
    };
}

} // namespace bd::results
