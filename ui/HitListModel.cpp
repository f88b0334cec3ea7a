#include "ui/HitListModel.h"

#include "ui/ResultText.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QTextDocument>

namespace bd::ui {

void HitListModel::setResult(const bd::results::UnifiedResult& result)
{
    beginResetModel();
    m_rows.clear();
    qsizetype total = 0;
    for (const auto& identity : result.identities)
        total += identity.hits.size();
    m_rows.reserve(total);
    for (int i = 0; i < result.identities.size(); ++i) {
        const auto& identity = result.identities.at(i);
        for (const auto& hit : identity.hits)
            m_rows.append(Row { i + 1, identity.traveller, hit, ResultText::hitDetail(hit.hit) });
    }
    endResetModel();
}

void HitListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int HitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::ToolTipRole: {
        // Record ids and details come from the gateway: shown as plain text, never as rich text.
        const QVariant text = data(index, Qt::DisplayRole);
        return text.isValid() ? QVariant(Qt::convertFromPlainText(text.toString(), Qt::WhiteSpaceNormal)) : text;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdentityColumn:
            return row.traveller ? tr("Identity %1 (traveller)").arg(row.identity)
                                 : tr("Identity %1").arg(row.identity);
        case SystemColumn:
            return ResultText::systemName(row.hit.hit.system);
        case ActionColumn:
            if (row.hit.excluded)
                return tr("not acted on (different person)");
            return row.hit.actionCode ? ResultText::actionShort(*row.hit.actionCode) : tr("information only");
        case RecordColumn:
            return row.hit.hit.recordId;
        case DetailColumn:
            return row.detail;
        default:
            return {};
        }
    case Qt::FontRole:
        if (!row.hit.excluded && row.hit.actionCode && *row.hit.actionCode != bd::results::ActionCode::Admit) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return row.hit.excluded ? QVariant(QBrush(QColor(0x52, 0x60, 0x6d))) : QVariant();
    case ActionCodeRole:
        return row.hit.actionCode ? bd::results::actionKey(*row.hit.actionCode) : QString();
    case RankRole:
        return row.hit.rank;
    case ExcludedRole:
        return row.hit.excluded;
    default:
        return {};
    }
}

QVariant HitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdentityColumn:
        return tr("Identity");
    case SystemColumn:
        return tr("System");
    case ActionColumn:
        return tr("Requires");
    case RecordColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace bd::ui
