// SPDX-License-Identifier: MIT
#include "taskmodel.h"

#include "core/documentkind.h"
#include "taskdocuments.h"

#include <QFileInfo>

namespace pwb {

TaskModel::TaskModel(TaskDocuments* docs, QObject* parent)
    : QAbstractItemModel(parent)
    , m_docs(docs)
{
    connect(docs, &TaskDocuments::documentsReset, this, &TaskModel::rebuild);
    connect(docs, &TaskDocuments::documentChanged, this, &TaskModel::rebuild);
    rebuild();
}

void TaskModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    auto add = [this](Node n) {
        QList<int>& siblings = n.parent < 0 ? m_top : m_nodes[n.parent].children;
        n.row = int(siblings.size());
        const int id = int(m_nodes.size());
        siblings.append(id);
        m_nodes.append(n); // after the last use of `siblings`, which may live in m_nodes
        return id;
    };
    for (int d = 0; d < m_docs->count(); ++d) {
        const TrdDocument& doc = m_docs->at(d).doc;
        if (doc.documentClass != DocumentClass::Plan && !m_showNonPlans &&
            !m_docs->at(d).path.startsWith(u'/'))
            continue;
        const int docNode = add(Node{DocumentNode, -1, 0, d, -1, -1, {}, {}});
        QHash<QString, int> categories;
        for (int t = 0; t < doc.tasks.size(); ++t) {
            const TrdTask& task = doc.tasks.at(t);
            int cat = categories.value(task.category, -1);
            if (cat < 0) {
                cat = add(Node{CategoryNode, docNode, 0, d, -1, -1, task.category, {}});
                categories.insert(task.category, cat);
            }
            const int taskNode = add(Node{TaskNode, cat, 0, d, t, -1, {}, {}});
            for (int s = 0; s < task.subtasks.size(); ++s)
                add(Node{SubtaskNode, taskNode, 0, d, t, s, {}, {}});
        }
    }
    endResetModel();
}

void TaskModel::setShowNonPlans(bool show)
{
    if (show == m_showNonPlans)
        return;
    m_showNonPlans = show;
    rebuild();
}

const TaskModel::Node* TaskModel::node(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const auto id = qsizetype(index.internalId());
    return id >= 0 && id < m_nodes.size() ? &m_nodes.at(id) : nullptr;
}

QModelIndex TaskModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int>* children = &m_top;
    if (parent.isValid()) {
        if (parent.column() != 0)
            return {};
        children = &node(parent)->children;
    }
    if (row >= children->size())
        return {};
    return createIndex(row, column, quintptr(children->at(row)));
}

QModelIndex TaskModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int TaskModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(node(parent)->children.size());
}

int TaskModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TaskModel::data(const QModelIndex& index, int role) const
{
    const Node* n = node(index);
    if (!n)
        return {};
    const TaskDocuments::Entry& e = m_docs->at(n->doc);
    const TrdTask* task = n->task >= 0 ? &e.doc.tasks.at(n->task) : nullptr;
    const TrdSubtask* sub = task && n->subtask >= 0 ? &task->subtasks.at(n->subtask) : nullptr;
    switch (role) {
    case KindRole:
        return int(n->kind);
    case DocumentIndexRole:
        return n->doc;
    case TaskIdRole:
        return task ? task->id : QVariant();
    case SubtaskIndexRole:
        return n->subtask;
    case StatusRole:
        return task ? QVariant(int(e.doc.statusOf(*task))) : QVariant();
    case StatusExplanationRole:
        return task ? e.doc.statusExplanation(*task) : QVariant();
    case PathRole:
        return e.path;
    case LineRole:
        return sub ? sub->line : task ? task->line : 0;
    case Qt::ToolTipRole:
        if (task && !sub)
            return e.doc.statusExplanation(*task);
        return {};
    case Qt::CheckStateRole:
        if (sub && index.column() == TitleColumn)
            return sub->checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (n->kind) {
    case DocumentNode:
        if (index.column() == TitleColumn)
            return e.doc.title.isEmpty() ? QFileInfo(e.path).fileName() : e.doc.title;
        return {};
    case CategoryNode:
        if (index.column() == TitleColumn)
            return n->category.isEmpty() ? tr("Uncategorised") : n->category;
        return {};
    case TaskNode:
        switch (index.column()) {
        case TitleColumn:
            return QString(task->id + QStringLiteral(": ") + task->title);
        case StatusColumn:
            return taskStatusLabel(e.doc.statusOf(*task));
        case HoursColumn:
            return task->hasHours() ? QVariant(task->hours) : QVariant();
        case PriorityColumn:
            return task->priority;
        }
        return {};
    case SubtaskNode:
        return index.column() == TitleColumn ? QVariant(task->subtaskText(*sub)) : QVariant();
    }
    return {};
}

bool TaskModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Node* n = node(index);
    if (!n || n->kind != SubtaskNode || role != Qt::CheckStateRole || index.column() != 0)
        return false;
    const TrdTask& task = m_docs->at(n->doc).doc.tasks.at(n->task);
    const bool checked = value.toInt() == Qt::Checked;
    m_docs->setSubtaskChecked(n->doc, task.id, n->subtask, checked);
    return true;
}

Qt::ItemFlags TaskModel::flags(const QModelIndex& index) const
{
    const Node* n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->kind == SubtaskNode && index.column() == TitleColumn &&
        m_docs->at(n->doc).doc.tasks.at(n->task).isEditable())
        f |= Qt::ItemIsUserCheckable;
    if (n->kind == SubtaskNode)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant TaskModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case HoursColumn:
        return tr("Hours");
    case PriorityColumn:
        return tr("Priority");
    }
    return {};
}

QHash<int, QByteArray> TaskModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractItemModel::roleNames();
    r.insert(KindRole, "kind");
    r.insert(DocumentIndexRole, "documentIndex");
    r.insert(TaskIdRole, "taskId");
    r.insert(SubtaskIndexRole, "subtaskIndex");
    r.insert(StatusRole, "status");
    r.insert(StatusExplanationRole, "statusExplanation");
    r.insert(PathRole, "path");
    r.insert(LineRole, "line");
    return r;
}

QModelIndex TaskModel::indexForTask(int document, const QString& taskId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes.at(i);
        if (n.kind == TaskNode && n.doc == document &&
            m_docs->at(document).doc.tasks.at(n.task).id == taskId)
            return createIndex(n.row, 0, quintptr(i));
    }
    return {};
}

} // namespace pwb
