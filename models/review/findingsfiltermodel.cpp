// SPDX-License-Identifier: MIT
#include "findingsfiltermodel.h"

#include "findingsmodel.h"

namespace pwb {

FindingsFilterModel::FindingsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void FindingsFilterModel::changed()
{
    invalidateFilter();
    emit filterChanged();
}

void FindingsFilterModel::setSeverities(const QSet<Finding::Severity>& severities)
{
    m_severities = severities;
    changed();
}

void FindingsFilterModel::setRules(const QSet<QString>& rules)
{
    m_rules = rules;
    changed();
}

void FindingsFilterModel::setCategories(const QSet<QString>& categories)
{
    m_categories = categories;
    changed();
}

void FindingsFilterModel::setTools(const QSet<QString>& tools)
{
    m_tools = tools;
    changed();
}

void FindingsFilterModel::setTriageStates(const QSet<Finding::Triage>& states)
{
    m_triage = states;
    changed();
}

void FindingsFilterModel::setPath(const QString& pathOrFolder)
{
    m_path = pathOrFolder;
    changed();
}

void FindingsFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    changed();
}

void FindingsFilterModel::clearFilters()
{
    m_severities.clear();
    m_rules.clear();
    m_categories.clear();
    m_tools.clear();
    m_triage.clear();
    m_path.clear();
    m_text.clear();
    changed();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    auto str = [&](int role) { return i.data(role).toString(); };
    if (!m_severities.isEmpty() &&
        !m_severities.contains(Finding::Severity(i.data(FindingsModel::SeverityRole).toInt())))
        return false;
    if (!m_rules.isEmpty() && !m_rules.contains(str(FindingsModel::RuleRole)))
        return false;
    if (!m_categories.isEmpty() && !m_categories.contains(str(FindingsModel::CategoryRole)))
        return false;
    if (!m_tools.isEmpty() && !m_tools.contains(str(FindingsModel::ToolRole)))
        return false;
    if (!m_triage.isEmpty() &&
        !m_triage.contains(Finding::Triage(i.data(FindingsModel::TriageRole).toInt())))
        return false;
    if (!m_path.isEmpty()) {
        const QString p = str(FindingsModel::PathRole);
        if (m_path.endsWith(u'/') ? !p.startsWith(m_path) : p != m_path)
            return false;
    }
    if (!m_text.isEmpty()) {
        for (int role : {int(FindingsModel::MessageRole), int(FindingsModel::RuleRole),
                         int(FindingsModel::PathRole), int(FindingsModel::WhyRole)}) {
            if (str(role).contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

bool FindingsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == FindingsModel::SeverityColumn)
        return left.data(FindingsModel::SeverityRole).toInt() <
               right.data(FindingsModel::SeverityRole).toInt();
    if (left.column() == FindingsModel::LineColumn)
        return left.data(FindingsModel::LineRole).toInt() <
               right.data(FindingsModel::LineRole).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

QMap<QString, int> FindingsFilterModel::countsByCategory() const
{
    QMap<QString, int> m;
    for (int r = 0; r < rowCount(); ++r)
        ++m[index(r, 0).data(FindingsModel::CategoryRole).toString()];
    return m;
}

QMap<QString, int> FindingsFilterModel::countsBySeverity() const
{
    QMap<QString, int> m;
    for (int r = 0; r < rowCount(); ++r)
        ++m[index(r, 0).data(FindingsModel::SeverityNameRole).toString()];
    return m;
}

} // namespace pwb
