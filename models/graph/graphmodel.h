// SPDX-License-Identifier: MIT
// The delegation graph of the open project as a list model of agents (name, kind, how many
// agents each delegates to, the tasks that touch it), plus the graph and task graph behind
// it for the views. Loads off the GUI thread and reloads when a source changes on disk.
#pragma once

#include "graphloader.h"

#include <QAbstractItemModel>

#include <atomic>
#include <memory>


class QTimer;

namespace pwb {

class WatchSet;

class GraphModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        DelegatesColumn,
        TasksColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        KindRole, // AgentKind as int
        ColorRole,
        DefinedRole,
        DescriptionRole,
        ToolsRole,
        SourcePathRole,
        SourceLineRole,
        TasksDoneRole,
        TasksOpenRole,
        TasksBlockedRole
    };

    explicit GraphModel(QObject* parent = nullptr);
    ~GraphModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces everything (a model reset); drops any load in flight.
    void setSnapshot(GraphSnapshot snapshot);
    // Starts loading `root` on a worker; `files` as in GraphLoader::load.
    void reload(const QString& root, const QStringList& files = {});
    void clear();
    // The task side from documents someone else keeps current (the board's TaskDocuments):
    // from now on they replace the TRDs the loader reads, so the graph shows the board's
    // status. Recomputes at once; cheap (no file access).
    void setTaskDocuments(const QList<TrdDocument>& documents);
    // When the task documents always come through setTaskDocuments (the workspace's
    // TaskDocuments), reloads do not parse them a second time.
    void setTaskDocumentsProvided(bool provided) { m_tasksProvided = provided; }

    const GraphSnapshot& snapshot() const { return m_snapshot; }
    const GraphData& graph() const { return m_snapshot.graph; }
    const TaskGraph& tasks() const { return m_snapshot.tasks; }
    int rowOf(const QString& name) const;
    bool isLoading() const { return m_loading; }
    quint64 revision() const { return m_revision; }

signals:
    void loadingChanged(bool loading);
    // A new snapshot is in (after a load or setSnapshot).
    void graphChanged();

private:
    void watch(const QStringList& paths);
    void replaceSnapshot(GraphSnapshot snapshot);

    GraphSnapshot m_snapshot;
    QString m_root;
    WatchSet* m_watcher = nullptr;
    QTimer* m_debounce;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<TrdDocument> m_taskDocuments;
    bool m_haveTaskDocuments = false;
    bool m_tasksProvided = false;
    quint64 m_generation = 0;
    quint64 m_revision = 0;
    bool m_loading = false;
};

} // namespace pwb
