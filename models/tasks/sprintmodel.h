// SPDX-License-Identifier: MIT
// One document's sprints with hours planned, done and remaining, plus a total row: the
// sprint summary table and the burndown read it.
#pragma once

#include "trdstats.h"

#include <QAbstractTableModel>

namespace pwb {

class TaskDocuments;

class SprintModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TasksColumn,
        HoursColumn,
        DoneColumn,
        RemainingColumn,
        StatedColumn,
        ColumnCount
    };
    enum Roles
    {
        ValueRole = Qt::UserRole + 1, // the number behind a cell (double)
        IsTotalRole,
        MismatchRole, // stated hours disagree with the tasks' sum
    };

    explicit SprintModel(TaskDocuments* docs, QObject* parent = nullptr);

    void setDocument(int index);
    int document() const { return m_document; }
    const TrdStats& stats() const { return m_stats; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    TaskDocuments* m_docs;
    int m_document = 0;
    TrdStats m_stats;
};

} // namespace pwb
