#pragma once

#include "services/document/MrzParser.h"

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

// Parser options for the vectors' fixed "today", with or without the confusable repair.
inline bd::document::MrzParser::Options parserOptions(bool repair, QDate today = QDate(2026, 11, 28))
{
    bd::document::MrzParser::Options o;
    o.today = today;
    o.repairConfusables = repair;
    return o;
}

// The codes of a record's issues of one severity, sorted.
inline QStringList issueCodes(const bd::document::MrzRecord& r, bd::document::MrzIssue::Severity severity)
{
    QStringList out;
    for (const bd::document::MrzIssue& i : r.issues) {
        if (i.severity == severity)
            out.append(i.code);
    }
    out.sort();
    return out;
}

// The fields whose check digit fails, sorted.
inline QStringList failingChecks(const bd::document::MrzRecord& r)
{
    QStringList out;
    for (const bd::document::MrzCheck& c : r.checks) {
        if (!c.ok)
            out.append(c.field);
    }
    out.sort();
    return out;
}

} // namespace bd::testdata
