// SPDX-License-Identifier: MIT
// The findings a view shows: FindingsModel filtered by severity, rule, category, file, tool,
// triage state and free text, sorted by any column; counts per category of what is shown.
#pragma once

#include "finding.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace pwb {

class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    // Empty sets mean "any".
    void setSeverities(const QSet<Finding::Severity>& severities);
    void setRules(const QSet<QString>& rules);
    void setCategories(const QSet<QString>& categories);
    void setTools(const QSet<QString>& tools);
    void setTriageStates(const QSet<Finding::Triage>& states);
    // A path, or a folder prefix ending in '/'.
    void setPath(const QString& pathOrFolder);
    // Case-insensitive substring of message, rule, path or why.
    void setText(const QString& text);
    void clearFilters();

    QSet<Finding::Severity> severities() const { return m_severities; }
    QString text() const { return m_text; }

    QMap<QString, int> countsByCategory() const;
    QMap<QString, int> countsBySeverity() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void changed();

    QSet<Finding::Severity> m_severities;
    QSet<QString> m_rules;
    QSet<QString> m_categories;
    QSet<QString> m_tools;
    QSet<Finding::Triage> m_triage;
    QString m_path;
    QString m_text;
};

} // namespace pwb
