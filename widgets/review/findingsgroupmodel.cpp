// SPDX-License-Identifier: MIT
#include "findingsgroupmodel.h"

#include "review/findingsmodel.h"
#include "severityicon.h"

#include <QFont>
#include <QMap>

namespace pwb {

FindingsGroupModel::FindingsGroupModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void FindingsGroupModel::setSourceModel(QAbstractItemModel* source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &QAbstractItemModel::modelReset, this, &FindingsGroupModel::rebuild);
        connect(source, &QAbstractItemModel::layoutChanged, this, &FindingsGroupModel::rebuild);
        connect(source, &QAbstractItemModel::rowsInserted, this, &FindingsGroupModel::rebuild);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &FindingsGroupModel::rebuild);
        connect(source, &QAbstractItemModel::rowsMoved, this, &FindingsGroupModel::rebuild);
        connect(source, &QAbstractItemModel::dataChanged, this,
                &FindingsGroupModel::sourceDataChanged);
    }
    rebuild();
}

void FindingsGroupModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

void FindingsGroupModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    m_where.clear();
    const int n = m_source ? m_source->rowCount() : 0;
    m_where.resize(n);
    if (m_grouping == Grouping::None) {
        for (int r = 0; r < n; ++r)
            m_where[r] = {-1, r};
    } else {
        const int role =
            m_grouping == Grouping::ByFile ? FindingsModel::PathRole : FindingsModel::RuleRole;
        QMap<QString, int> byKey;
        for (int r = 0; r < n; ++r) {
            const QModelIndex idx = m_source->index(r, 0);
            const QString key = idx.data(role).toString();
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                it = byKey.insert(key, int(m_groups.size()));
                m_groups.append({key, {}, 2});
            }
            Group& g = m_groups[*it];
            g.worst = qMin(g.worst, idx.data(FindingsModel::SeverityRole).toInt());
            g.rows << r;
        }
        // groups sorted by key, rows within in source order
        QList<Group> sorted;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            sorted << m_groups[it.value()];
        m_groups = sorted;
        for (int g = 0; g < m_groups.size(); ++g) {
            for (int i = 0; i < m_groups[g].rows.size(); ++i)
                m_where[m_groups[g].rows[i]] = {g, i};
        }
    }
    endResetModel();
}

void FindingsGroupModel::sourceDataChanged(const QModelIndex& from, const QModelIndex& to,
                                           const QList<int>& roles)
{
    for (int r = from.row(); r <= to.row() && r < m_where.size(); ++r) {
        const QModelIndex a = mapFromSource(m_source->index(r, from.column()));
        const QModelIndex b = mapFromSource(m_source->index(r, to.column()));
        if (a.isValid() && b.isValid())
            emit dataChanged(a, b, roles);
    }
}

QModelIndex FindingsGroupModel::mapToSource(const QModelIndex& index) const
{
    if (!index.isValid() || !m_source)
        return {};
    if (m_grouping == Grouping::None)
        return m_source->index(index.row(), index.column());
    if (index.internalId() == 0)
        return {}; // a group
    const Group& g = m_groups.at(int(index.internalId()) - 1);
    return m_source->index(g.rows.at(index.row()), index.column());
}

QModelIndex FindingsGroupModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_where.size())
        return {};
    const auto [group, pos] = m_where.at(sourceIndex.row());
    if (group < 0)
        return createIndex(pos, sourceIndex.column(), quintptr(0));
    return createIndex(pos, sourceIndex.column(), quintptr(group + 1));
}

QModelIndex FindingsGroupModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingsGroupModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int FindingsGroupModel::rowCount(const QModelIndex& parent) const
{
    if (!m_source)
        return 0;
    if (!parent.isValid())
        return m_grouping == Grouping::None ? m_source->rowCount() : int(m_groups.size());
    if (parent.column() != 0 || m_grouping == Grouping::None || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int FindingsGroupModel::columnCount(const QModelIndex&) const
{
    return m_source ? m_source->columnCount() : 0;
}

QVariant FindingsGroupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isGroup = m_grouping != Grouping::None && index.internalId() == 0;
    if (isGroup) {
        const Group& g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == 0)
                return tr("%1  (%2)")
                    .arg(g.key.isEmpty() ? tr("(no file)") : g.key)
                    .arg(g.rows.size());
            return {};
        case Qt::DecorationRole:
            return index.column() == 0 ? SeverityIcon::icon(Finding::Severity(g.worst))
                                       : QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case IsGroupRole:
            return true;
        case GroupKeyRole:
            return g.key;
        case GroupCountRole:
            return int(g.rows.size());
        default:
            return {};
        }
    }
    const QModelIndex src = mapToSource(index);
    switch (role) {
    case IsGroupRole:
        return false;
    case Qt::DecorationRole:
        if (index.column() == FindingsModel::SeverityColumn)
            return SeverityIcon::icon(
                Finding::Severity(src.data(FindingsModel::SeverityRole).toInt()));
        return src.data(role);
    case Qt::DisplayRole:
        if (index.column() == FindingsModel::FileColumn) {
            const int line = src.data(FindingsModel::LineRole).toInt();
            const QString path = src.data(FindingsModel::PathRole).toString();
            return line > 0 ? path + u':' + QString::number(line) : path;
        }
        return src.data(role);
    default:
        return src.data(role);
    }
}

QVariant FindingsGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags FindingsGroupModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace pwb
