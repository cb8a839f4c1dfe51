// SPDX-License-Identifier: MIT
// Every document's tasks as a tree: document > category > task > subtask. Subtasks are
// checkable; ticking one writes it back through TaskDocuments.
#pragma once

#include <QAbstractItemModel>

namespace pwb {

class TaskDocuments;

class TaskModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        HoursColumn,
        PriorityColumn,
        ColumnCount
    };
    enum Kind
    {
        DocumentNode,
        CategoryNode,
        TaskNode,
        SubtaskNode
    };
    enum Roles
    {
        KindRole = Qt::UserRole + 1,
        DocumentIndexRole,
        TaskIdRole,
        SubtaskIndexRole,
        StatusRole, // int(TaskStatus)
        StatusExplanationRole,
        PathRole,
        LineRole,
    };

    explicit TaskModel(TaskDocuments* docs, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForTask(int document, const QString& taskId) const;

    // Requirements, reports and other documents are left out unless shown, as on the board
    // (documents opened by hand, with absolute paths, are always in).
    void setShowNonPlans(bool show);
    bool showNonPlans() const { return m_showNonPlans; }

private:
    struct Node
    {
        Kind kind;
        int parent = -1; // node index, -1 for top level
        int row = 0;
        int doc = 0;
        int task = -1;
        int subtask = -1;
        QString category;
        QList<int> children;
    };
    void rebuild();
    const Node* node(const QModelIndex& index) const;

    TaskDocuments* m_docs;
    QList<Node> m_nodes;
    QList<int> m_top;
    bool m_showNonPlans = false;
};

} // namespace pwb
