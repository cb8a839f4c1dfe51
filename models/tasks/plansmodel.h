// SPDX-License-Identifier: MIT
// Every plan of the project in one table: tasks, done, hours done and total, the total the
// document states against the one its tasks sum to, lint findings and the last change.
// Requirements, reports and other documents are rows too, hidden unless asked for (the
// board's "All documents" toggle). Sorted through SortRole; a row names its document.
#pragma once

#include "trdstats.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace pwb {

class TaskDocuments;

class PlansModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DocumentColumn,
        ClassColumn,
        TasksColumn,
        DoneColumn,
        HoursColumn,  // done / total
        StatedColumn, // stated vs summed
        LintColumn,
        ChangedColumn,
        ColumnCount
    };
    enum Roles
    {
        DocumentIndexRole = Qt::UserRole + 1, // the TaskDocuments index
        PathRole,
        SortRole, // a number or text to sort the column by
    };

    explicit PlansModel(TaskDocuments* docs, QObject* parent = nullptr);

    void setShowNonPlans(bool show);
    bool showNonPlans() const { return m_showNonPlans; }
    // Documents the filter hides.
    int hiddenCount() const { return m_hidden; }
    // Commit times of project-relative paths whose working copy is committed; the others
    // show their file's modification time, and say so.
    void setLastCommits(const QHash<QString, QDateTime>& committed);

    int documentAt(int row) const;
    int rowOf(int documentIndex) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int doc = 0;
        TrdStats stats;
        int lint = 0;
        int lintErrors = 0;
    };
    void rebuild();
    Row rowFor(int doc) const;
    QDateTime lastChange(const Row& r, bool* fromGit) const;

    TaskDocuments* m_docs;
    QList<Row> m_rows;
    bool m_showNonPlans = false;
    int m_hidden = 0;
    QHash<QString, QDateTime> m_commits;
};

} // namespace pwb
