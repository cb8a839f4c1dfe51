// SPDX-License-Identifier: MIT
// All findings of a project as a flat table (one row per finding), grouped by origin and file
// so a batch for one file replaces only that file's rows. Triage comes from a TriageStore.
#pragma once

#include "finding.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QPointer>

#include "triagestore.h"

namespace pwb {

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        RuleColumn,
        MessageColumn,
        FileColumn,
        LineColumn,
        ToolColumn,
        TriageColumn,
        ColumnCount
    };
    enum Roles
    {
        FindingRole = Qt::UserRole + 1, // the whole Finding
        SeverityRole,                   // int(Finding::Severity)
        SeverityNameRole,               // "high" | "medium" | "low"
        RuleRole,
        CategoryRole,
        MessageRole,
        WhyRole,
        FixRole,
        HasMechanicalFixRole,
        PathRole,
        LineRole,
        ColumnRole,
        ToolRole,
        FingerprintRole,
        TriageRole,     // int(Finding::Triage)
        TriageNameRole, // "open" ...
        TriageCommentRole,
        OriginRole,
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setTriageStore(TriageStore* store);
    TriageStore* triageStore() const { return m_triage; }

    // Replaces the findings of (origin, path): origin "analyzer" for our per-file rules,
    // "project" for cross-file rules (path empty: all of them), "import:<file>" for imports.
    void setFindings(const QString& origin, const QString& path, const Findings& findings);
    // Replaces everything an origin contributed (all its paths).
    void setOriginFindings(const QString& origin, const Findings& findings);
    void removeOrigin(const QString& origin);
    void removePath(const QString& path); // a deleted file
    void clear();

    const Finding& finding(int row) const { return m_rows.at(row).finding; }
    int count() const { return int(m_rows.size()); }
    Findings findings() const;
    QStringList origins() const;
    // Counts over all rows.
    QMap<QString, int> countsByCategory() const;
    QMap<QString, int> countsBySeverity() const;
    // Triage from the store (Open without one).
    Finding::Triage triage(int row) const;
    bool setTriage(int row, Finding::Triage state, const QString& comment = {},
                   QString* error = nullptr);
    int rowForId(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countsChanged();

private:
    struct Row
    {
        QString origin;
        Finding finding;
    };
    // Rows are kept sorted by (path, origin, line, column, rule) so a group is contiguous.
    static bool less(const Row& a, const Row& b);
    void removeWhere(const std::function<bool(const Row&)>& pred);
    void insertSorted(const QString& origin, const Findings& findings);
    void triageChanged(const QString& fingerprint);

    QList<Row> m_rows;
    QPointer<TriageStore> m_triage;
};

} // namespace pwb
