#include "app/cli/ReadingJson.h"

#include "services/document/MrzJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace bd::app::cli {

QJsonObject readingToJson(const bd::ocr::MrzReading& reading)
{
    QJsonObject json;
    if (reading.found) {
        json = bd::document::MrzJson::toJson(reading.record);
        QJsonArray box;
        for (const QPointF& p : reading.box)
            box.append(QJsonArray { qRound(p.x()), qRound(p.y()) });
        json.insert(QStringLiteral("box"), box);
        json.insert(QStringLiteral("rotation"), reading.rotationDegrees);
        json.insert(QStringLiteral("skew"), qRound(reading.skewDegrees * 10) / 10.0);
    } else {
        json.insert(QStringLiteral("valid"), false);
        json.insert(QStringLiteral("error"),
            QJsonObject {
                { QStringLiteral("code"), reading.error.code }, { QStringLiteral("message"), reading.error.detail } });
    }
    json.insert(QStringLiteral("milliseconds"), reading.milliseconds);
    return json;
}

void printJsonLine(const QJsonObject& json)
{
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace bd::app::cli
