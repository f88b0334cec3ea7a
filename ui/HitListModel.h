#pragma once

#include "services/results/UnifiedResult.h"

#include <QAbstractTableModel>

namespace bd::ui {

// Every hit of a unified result as one row (identity, system, what it requires, details), most
// severe first within each identity. A flat table model so a view shows thousands of hits at once.
// Hits of a verified different person (green link) are listed as not acted on, never in bold.
class HitListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdentityColumn,
        SystemColumn,
        ActionColumn,
        RecordColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        ActionCodeRole = Qt::UserRole + 1,
        RankRole,
        ExcludedRole // bool: the record belongs to another person and does not decide the action
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const bd::results::UnifiedResult& result);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int identity; // 1-based
        bool traveller;
        bd::results::RankedHit hit;
        QString detail; // computed once
    };
    QList<Row> m_rows;
};

} // namespace bd::ui
