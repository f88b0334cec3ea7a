#include "services/session/DecisionJournal.h"

#include "services/core/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd::session {

using bd::core::Error;
using bd::model::Decision;

DecisionJournal::DecisionJournal(QString filePath)
    : m_path(std::move(filePath))
{
}

QByteArray DecisionJournal::encode(const DecisionEntry& entry)
{
    QJsonObject o;
    o.insert(QStringLiteral("searchId"), entry.searchId);
    o.insert(QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("decision"), bd::model::decisionKey(entry.decision));
    if (!entry.refusalReason.isEmpty())
        o.insert(QStringLiteral("refusalReason"), entry.refusalReason);
    o.insert(QStringLiteral("requiredAction"), entry.requiredAction);
    if (!entry.idempotencyKey.isEmpty())
        o.insert(QStringLiteral("idempotencyKey"), entry.idempotencyKey);
    if (!entry.overrideReason.isEmpty())
        o.insert(QStringLiteral("overrideReason"), entry.overrideReason);
    o.insert(QStringLiteral("training"), entry.training);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bd::core::Result<bool> DecisionJournal::append(const DecisionEntry& entry)
{
    if (bd::model::decisionKey(entry.decision).isEmpty())
        return Error { QStringLiteral("journal.invalid"),
            QStringLiteral("decision must be admit, refuse, second-line or let-exit"), {} };
    if (entry.decision == Decision::Refuse
        && (entry.refusalReason.size() != 1 || entry.refusalReason.at(0) < QLatin1Char('A')
            || entry.refusalReason.at(0) > QLatin1Char('J')))
        return Error { QStringLiteral("journal.invalid"), QStringLiteral("a refusal needs one reason letter A-J"), {} };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Created owner-only from the start (an existing file keeps its mode).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error { QStringLiteral("journal.open"), file.errorString(), {} };
    const QByteArray line = encode(entry) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return Error { QStringLiteral("journal.write"), file.errorString(), {} };
    // The override's reason is the officer's free text: its presence is logged, never its words.
    qCInfo(lcStorage, "decision journal: %s recorded%s (%lld bytes)",
        qPrintable(bd::model::decisionKey(entry.decision)),
        entry.overrideReason.isEmpty() ? "" : " as an override with a reason", static_cast<long long>(line.size()));
    return true;
}

bd::core::Result<DecisionEntry> DecisionJournal::decode(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject())
        return Error { QStringLiteral("journal.invalid"), QStringLiteral("not a JSON object"), {} };
    const QJsonObject o = doc.object();
    DecisionEntry e;
    e.searchId = o.value(QStringLiteral("searchId")).toString();
    e.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    const auto decision = bd::model::decisionFromKey(o.value(QStringLiteral("decision")).toString());
    if (decision)
        e.decision = *decision;
    e.refusalReason = o.value(QStringLiteral("refusalReason")).toString();
    e.requiredAction = o.value(QStringLiteral("requiredAction")).toString();
    e.idempotencyKey = o.value(QStringLiteral("idempotencyKey")).toString();
    e.overrideReason = o.value(QStringLiteral("overrideReason")).toString();
    e.training = o.value(QStringLiteral("training")).toBool();
    if (e.searchId.isEmpty() || !e.at.isValid() || !decision)
        return Error { QStringLiteral("journal.invalid"), QStringLiteral("not a decision entry"), {} };
    return e;
}

bd::core::Result<QList<DecisionEntry>> DecisionJournal::readAll() const
{
    QList<DecisionEntry> entries;
    QFile file(m_path);
    if (!file.exists())
        return entries;
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("journal.open"), file.errorString(), {} };
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        auto entry = decode(line);
        if (!entry)
            return Error { entry.error().code, QStringLiteral("line %1: %2").arg(lineNumber).arg(entry.error().detail),
                {} };
        entries.append(entry.value());
    }
    return entries;
}

} // namespace bd::session
