// SPDX-License-Identifier: MIT
// "Only in my changes": keeps the rows of any model whose path and line (read through two
// roles) fall on lines changed against the merge base. Off, it passes every row through.
#pragma once

#include "changeset.h"

#include <QSortFilterProxyModel>

namespace pwb {

class ChangedLinesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChangedLinesFilterModel(QObject* parent = nullptr);

    // Roles of the source model that hold a project-relative path and a 1-based line
    // (line 0: the whole file, kept when the file changed at all).
    void setRoles(int pathRole, int lineRole);
    void setChangeSet(const ChangeSet& changes);
    const ChangeSet& changeSet() const { return m_changes; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ChangeSet m_changes;
    int m_pathRole = Qt::UserRole;
    int m_lineRole = Qt::UserRole + 1;
    bool m_enabled = false;
};

} // namespace pwb
