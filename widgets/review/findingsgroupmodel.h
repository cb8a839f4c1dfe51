// SPDX-License-Identifier: MIT
// The findings table as the panel shows it: flat, or grouped under one row per file or per
// rule. Reads any FindingsModel-shaped source (its roles and columns); adds severity icons
// and "file:line" in the file column.
#pragma once

#include <QAbstractItemModel>
#include <QPointer>

namespace pwb {

class FindingsGroupModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Grouping
    {
        None,
        ByFile,
        ByRule
    };
    enum Roles
    {
        IsGroupRole = Qt::UserRole + 200,
        GroupKeyRole,
        GroupCountRole
    };

    explicit FindingsGroupModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source);
    QAbstractItemModel* sourceModel() const { return m_source; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // The source index of a finding row (invalid for a group row).
    QModelIndex mapToSource(const QModelIndex& index) const;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group
    {
        QString key;
        QList<int> rows; // source rows
        int worst = 2;   // lowest severity value among rows (0 = high)
    };
    void rebuild();
    void sourceDataChanged(const QModelIndex& from, const QModelIndex& to, const QList<int>& roles);

    QPointer<QAbstractItemModel> m_source;
    Grouping m_grouping = Grouping::ByFile;
    QList<Group> m_groups;
    QList<QPair<int, int>> m_where; // source row -> (group, position); group -1 when flat
};

} // namespace pwb
