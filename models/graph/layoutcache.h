// SPDX-License-Identifier: MIT
// Finished layouts kept in the workbench database, keyed by a hash of what was laid out
// (the request as DOT text: sizes, edges, clusters, direction), so reopening a project that
// has not changed skips Graphviz. Workers open their own connection to the file; any
// failure only means laying out again.
#pragma once

#include "graphlayout.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <optional>

namespace pwb {

class Database;

namespace LayoutCache {
// Creates the table (on the GUI thread, through the app's Database).
bool prepare(Database& db);
// The content hash of a request.
QByteArray key(const LayoutRequest& request);
QByteArray serialize(const LayoutResult& result);
std::optional<LayoutResult> deserialize(const QByteArray& data);
// Looks `request` up in the database file at `dbPath`; lays it out and stores it when
// absent. `hit` tells which happened. An empty path lays out without a cache.
LayoutResult run(const LayoutRequest& request, const QString& dbPath,
                 const std::atomic_bool* cancel = nullptr, bool* hit = nullptr);
// Only the lookup (benchmarks, tests).
std::optional<LayoutResult> lookup(const QString& dbPath, const QByteArray& key);
} // namespace LayoutCache

} // namespace pwb
