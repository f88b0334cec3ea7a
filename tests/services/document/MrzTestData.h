#pragma once

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Reads tests/data/mrz/<name>.json: {"today": "YYYY-MM-DD", "documents": [{...}]}.
namespace bd::testdata {

inline QJsonObject loadMrzVectors(const char* name)
{
    QFile file(QStringLiteral(BD_TEST_DATA_DIR "/mrz/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open MRZ test vectors %s", name);
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        qFatal("MRZ test vectors %s are not a JSON object", name);
    return doc.object();
}

inline QStringList toStringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace bd::testdata
