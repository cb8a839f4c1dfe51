// SPDX-License-Identifier: MIT
// Reads everything the graph views need from a project folder in one go, synchronously
// (workers, the headless report and export call it): the delegation graph from agents/
// and docs/, the task graph from the TRDs, and the paths worth watching for changes.
#pragma once

#include "graphdata.h"
#include "taskgraph.h"

#include <QStringList>

#include <atomic>

namespace pwb {

struct GraphSnapshot
{
    QString root;
    GraphData graph;
    TaskGraph tasks;
    QStringList sources; // project-relative files read
    QStringList watched; // absolute files and folders to watch
    bool cancelled = false;
};


namespace GraphLoader {
// `files`: the project's file list when known (FileIndex); empty to look under agents/ and
// docs/ directly. `readTasks` false leaves the task graph empty: the workspace hands the
// task documents it parsed once (TaskDocuments) to the model instead.
GraphSnapshot load(const QString& root, const QStringList& files = {},
                   const std::atomic_bool* cancel = nullptr, bool readTasks = true);
// Files under agents/ and docs/ (relative), without the FileIndex.
QStringList discover(const QString& root);
} // namespace GraphLoader

} // namespace pwb

Q_DECLARE_METATYPE(pwb::GraphSnapshot)
