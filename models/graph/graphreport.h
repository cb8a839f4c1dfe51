// SPDX-License-Identifier: MIT
// The "graph" section of `--report`: agents with kind, source and delegation targets,
// node and edge counts, and the located problems found while reading.
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
