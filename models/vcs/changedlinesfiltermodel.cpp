// SPDX-License-Identifier: MIT
#include "changedlinesfiltermodel.h"

namespace pwb {

ChangedLinesFilterModel::ChangedLinesFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void ChangedLinesFilterModel::setRoles(int pathRole, int lineRole)
{
    m_pathRole = pathRole;
    m_lineRole = lineRole;
    invalidateFilter();
}

void ChangedLinesFilterModel::setChangeSet(const ChangeSet& changes)
{
    m_changes = changes;
    if (m_enabled)
        invalidateFilter();
}

void ChangedLinesFilterModel::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    invalidateFilter();
}

bool ChangedLinesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_enabled)
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString path = idx.data(m_pathRole).toString();
    const int line = idx.data(m_lineRole).toInt();
    const FileChanges* f = m_changes.file(path);
    if (!f)
        return false;
    return line <= 0 || f->isLineChanged(line);
}

} // namespace pwb
