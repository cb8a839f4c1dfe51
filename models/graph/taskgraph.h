// SPDX-License-Identifier: MIT
// The task dependency graph the Dependencies mode draws: tasks with estimate, status and
// sprint, prerequisite edges, the critical path by estimate, and which agents each task
// touches (its Reference names an agent file, or its text names an agent).
#pragma once

#include "graphdata.h"
#include "tasks/trddocument.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pwb {

struct TaskNode
{
    QString id; // unique in the graph ("TRD-001", or "TRD-001 (other.md)" on a clash)
    QString title;
    double hours = -1;
    TaskStatus status = TaskStatus::Todo;
    QString sprint;
    QStringList agents; // names of the agents the task touches
    QString statusText; // why the status is what it is
    SourceLocation source;

    bool hasHours() const { return hours >= 0; }
};

struct TaskGraph
{
    QList<TaskNode> tasks;
    QList<QPair<int, int>> edges; // prerequisite -> dependent
    QList<int> criticalPath;      // indices, first to last
    QList<int> cycleEdges;        // indices into edges that lie on a dependency cycle
    Diagnostics diagnostics;

    struct Counts
    {
        int done = 0;
        int open = 0; // to do or in progress
        int blocked = 0;
        int total() const { return done + open + blocked; }
    };

    qsizetype indexOf(const QString& id) const;
    double criticalHours() const;
    // Tasks that touch `agent`, by status.
    Counts countsFor(const QString& agent) const;
    bool isEmpty() const { return tasks.isEmpty(); }

    // From parsed TRDs; `agents` is the delegation graph, for the task -> agent links.
    static TaskGraph fromDocuments(const QList<TrdDocument>& documents, const GraphData& agents);
    // From a plain list (another task source); edges from `dependencies` by id.
    static TaskGraph fromTasks(QList<TaskNode> tasks, const QList<QStringList>& dependencies);
    // Fills criticalPath and cycleEdges from tasks and edges.
    void analyse();
};

} // namespace pwb

Q_DECLARE_METATYPE(pwb::TaskGraph)
