#include "services/document/MrzJson.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    QJsonObject out { { QStringLiteral("format"), formatName(record.format) },
        { QStringLiteral("lines"), QJsonArray::fromStringList(record.lines) },
        { QStringLiteral("valid"), record.valid }, { QStringLiteral("fields"), fields },
        { QStringLiteral("checks"), checks }, { QStringLiteral("warnings"), warnings },
        { QStringLiteral("errors"), errors }, { QStringLiteral("repairs"), repairs } };
    // Only when a national rule was applied: plain ICAO 9303 output stays as it was.
    if (!record.variant.isEmpty())
        out.insert(QStringLiteral("variant"), record.variant);
    return out;
}

QByteArray MrzJson::toCompactJson(const MrzRecord& record)
{
    return QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact);
}

} // namespace bd::document
