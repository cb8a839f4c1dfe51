// SPDX-License-Identifier: MIT
#include "graphmodel.h"
#include "core/logging.h"

#include "core/whendone.h"

#include "core/watchset.h"
#include <QColor>
#include <QTimer>
#include <QtConcurrent>

namespace pwb {

GraphModel::GraphModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_debounce(new QTimer(this))
{
    qRegisterMetaType<GraphSnapshot>();
    // Editors save in bursts (write, rename, touch): wait for the burst to end.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (!m_root.isEmpty())
            reload(m_root);
    });
}

GraphModel::~GraphModel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QModelIndex GraphModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex GraphModel::parent(const QModelIndex&) const
{
    return {};
}

int GraphModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.graph.agents.size());
}

int GraphModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GraphModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentNode& a = m_snapshot.graph.agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case KindColumn:
            return a.defined ? GraphData::kindLabel(a.kind) : tr("undefined");
        case DelegatesColumn:
            return int(m_snapshot.graph.delegatesTo(a.name).size());
        case TasksColumn: {
            const TaskGraph::Counts c = m_snapshot.tasks.countsFor(a.name);
            if (c.total() == 0)
                return QString();
            return tr("%1 done / %2 open / %3 blocked").arg(c.done).arg(c.open).arg(c.blocked);
        }
        case SourceColumn:
            return a.source.path.isEmpty() ? QString()
                                           : a.source.path + u':' + QString::number(a.source.line);
        }
        return {};
    case Qt::ToolTipRole:
        return a.defined ? a.description
                         : tr("Referenced but not defined under agents/ (first at %1:%2)")
                               .arg(a.source.path)
                               .arg(a.source.line);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !a.color.isEmpty())
            return QColor(a.color);
        return {};
    case NameRole:
        return a.name;
    case KindRole:
        return int(a.kind);
    case ColorRole:
        return a.color;
    case DefinedRole:
        return a.defined;
    case DescriptionRole:
        return a.description;
    case ToolsRole:
        return a.tools;
    case SourcePathRole:
        return a.source.path;
    case SourceLineRole:
        return a.source.line;
    case TasksDoneRole:
        return m_snapshot.tasks.countsFor(a.name).done;
    case TasksOpenRole:
        return m_snapshot.tasks.countsFor(a.name).open;
    case TasksBlockedRole:
        return m_snapshot.tasks.countsFor(a.name).blocked;
    }
    return {};
}

QVariant GraphModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case KindColumn:
        return tr("Kind");
    case DelegatesColumn:
        return tr("Delegates to");
    case TasksColumn:
        return tr("Tasks");
    case SourceColumn:
        return tr("Defined in");
    }
    return {};
}

int GraphModel::rowOf(const QString& name) const
{
    return int(m_snapshot.graph.indexOf(name));
}

void GraphModel::setSnapshot(GraphSnapshot snapshot)
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    beginResetModel();
    m_snapshot = std::move(snapshot);
    ++m_revision;
    endResetModel();
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    emit graphChanged();
}

void GraphModel::reload(const QString& root, const QStringList& files)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_root = root;
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    auto cancel = m_cancel;
    const bool readTasks = !m_tasksProvided;
    whenDone(this, QtConcurrent::run([root, files, cancel, readTasks] {
                 return GraphLoader::load(root, files, cancel.get(), readTasks);
             }),
             [this, generation](const GraphSnapshot& result) {
                 GraphSnapshot s = result;
                 if (generation != m_generation || s.cancelled)
                     return;
                 watch(s.watched);
                 qCInfo(lcGraph) << "graph read:" << s.graph.agents.size() << "agents,"
                                 << s.graph.edges.size() << "edges";
                 if (m_haveTaskDocuments)
                     s.tasks = TaskGraph::fromDocuments(m_taskDocuments, s.graph);
                 replaceSnapshot(std::move(s));
             });
}

void GraphModel::replaceSnapshot(GraphSnapshot snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    ++m_revision;
    endResetModel();
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    emit graphChanged();
}

void GraphModel::setTaskDocuments(const QList<TrdDocument>& documents)
{
    m_taskDocuments = documents;
    m_haveTaskDocuments = true;
    GraphSnapshot s = m_snapshot;
    s.tasks = TaskGraph::fromDocuments(documents, s.graph);
    const bool loading = m_loading;
    // A load in flight keeps running; it picks these documents up when it lands.
    beginResetModel();
    m_snapshot = std::move(s);
    ++m_revision;
    endResetModel();
    if (!loading)
        emit graphChanged();
}

void GraphModel::clear()
{
    m_taskDocuments.clear();
    m_haveTaskDocuments = false;
    m_root.clear();
    m_debounce->stop();
    watch({});
    setSnapshot({});
}

void GraphModel::watch(const QStringList& paths)
{
    // Made on first use: a model that never loads a project holds no inotify handle.
    if (!m_watcher) {
        if (paths.isEmpty())
            return;
        m_watcher = new WatchSet(this);
        connect(m_watcher, &WatchSet::fileChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(m_watcher, &WatchSet::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    }
    const QStringList old = m_watcher->files() + m_watcher->directories();
    if (!old.isEmpty())
        m_watcher->removePaths(old);
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

} // namespace pwb
