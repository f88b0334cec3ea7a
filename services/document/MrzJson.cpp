#include "services/document/MrzJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bd::document {

namespace {

void addSpan(QJsonObject& o, const MrzSpan& span, bool withLength)
{
    if (span.line < 0)
        return;
    o.insert(QStringLiteral("line"), span.line + 1);
    o.insert(QStringLiteral("position"), span.column + 1);
    if (withLength)
        o.insert(QStringLiteral("length"), span.length);
}

QJsonObject issueJson(const MrzIssue& issue)
{
    QJsonObject o { { QStringLiteral("code"), issue.code }, { QStringLiteral("message"), issue.detail } };
    addSpan(o, issue.span, true);
    return o;
}

double rounded(float p)
{
    return std::round(static_cast<double>(p) * 1000.0) / 1000.0;
}

// Per line, the lowest and the mean recogniser probability; then every weak character.
void addConfidence(QJsonObject& json, const MrzRecord& record)
{
    if (record.confidence.isEmpty())
        return;
    QJsonArray lines;
    for (qsizetype l = 0; l < record.confidence.size(); ++l) {
        const QList<float>& line = record.confidence[l];
        if (line.isEmpty())
            continue;
        const float lowest = *std::min_element(line.cbegin(), line.cend());
        const double mean = std::accumulate(line.cbegin(), line.cend(), 0.0) / static_cast<double>(line.size());
        lines.append(QJsonObject { { QStringLiteral("line"), l + 1 }, { QStringLiteral("minimum"), rounded(lowest) },
            { QStringLiteral("mean"), rounded(static_cast<float>(mean)) } });
    }
    QJsonArray weak;
    for (const MrzSpan& w : record.weakCharacters) {
        if (w.line < 0 || w.line >= record.lines.size() || w.column >= record.lines[w.line].size()
            || w.line >= record.confidence.size() || w.column >= record.confidence[w.line].size())
            continue;
        weak.append(QJsonObject { { QStringLiteral("line"), w.line + 1 }, { QStringLiteral("position"), w.column + 1 },
            { QStringLiteral("character"), QString(record.lines[w.line][w.column]) },
            { QStringLiteral("confidence"), rounded(record.confidence[w.line][w.column]) } });
    }
    json.insert(QStringLiteral("confidence"), lines);
    json.insert(QStringLiteral("weakCharacters"), weak);
}

} // namespace

QJsonObject MrzJson::toJson(const MrzRecord& record)
{
    QJsonObject fields;
    for (const MrzField& f : record.fields) {
        QJsonObject o { { QStringLiteral("value"), f.value }, { QStringLiteral("raw"), f.raw } };
        addSpan(o, f.span, true);
        fields.insert(f.name, o);
    }
    QJsonArray checks;
    for (const MrzCheck& c : record.checks) {
        QJsonObject o { { QStringLiteral("field"), c.field }, { QStringLiteral("found"), QString(c.found) },
            { QStringLiteral("expected"), QString(c.expected) }, { QStringLiteral("ok"), c.ok } };
        addSpan(o, c.span, false);
        checks.append(o);
    }
    QJsonArray warnings;
    QJsonArray errors;
    for (const MrzIssue& i : record.issues)
        (i.severity == MrzIssue::Severity::Error ? errors : warnings).append(issueJson(i));
    QJsonArray repairs;
    for (const MrzRepair& r : record.repairs) {
        repairs.append(
            QJsonObject { { QStringLiteral("line"), r.line + 1 }, { QStringLiteral("position"), r.column + 1 },
                { QStringLiteral("from"), QString(r.from) }, { QStringLiteral("to"), QString(r.to) } });
    }
    QJsonObject json { { QStringLiteral("format"), formatName(record.format) },
        { QStringLiteral("lines"), QJsonArray::fromStringList(record.lines) },
        { QStringLiteral("valid"), record.valid }, { QStringLiteral("fields"), fields },
        { QStringLiteral("checks"), checks }, { QStringLiteral("warnings"), warnings },
        { QStringLiteral("errors"), errors }, { QStringLiteral("repairs"), repairs } };
    // Only when a national rule was applied: plain ICAO 9303 output stays as it was.
    if (!record.variant.isEmpty())
        json.insert(QStringLiteral("variant"), record.variant);
    addConfidence(json, record);
    return json;
}

QByteArray MrzJson::toCompactJson(const MrzRecord& record)
{
    return QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact);
}

} // namespace bd::document
