// SPDX-License-Identifier: MIT
// The "graph" section of `--report`: agents with kind, sources and delegation targets,
// every edge with its kind and source (path:line), counts, and the located problems.
#pragma once

#include "graphloader.h"

#include <QJsonObject>

namespace pwb {

namespace GraphReport {
QJsonObject toJson(const QString& root);
QJsonObject toJson(const GraphSnapshot& snapshot);
QString toText(const QJsonObject& graph);
} // namespace GraphReport

} // namespace pwb
