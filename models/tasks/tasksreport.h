// SPDX-License-Identifier: MIT
// The "tasks" section of `--report`: every TRD/PRD document of a project with its counts,
// hours and sprints, and the TRD lint findings.
#pragma once

#include "trddocument.h"

#include <QJsonObject>

namespace pwb {

namespace TasksReport {
// docs/TRD/**/*.md and docs/PRD/**/*.md under root, relative and sorted.
QStringList documentPaths(const QString& root);
QJsonObject documentJson(const TrdDocument& doc);
QJsonObject toJson(const QList<TrdDocument>& docs);
// Reads and parses the project's documents synchronously (headless use).
QJsonObject toJson(const QString& root);
// A few lines of text for `--report --format text`.
QString toText(const QJsonObject& tasks);
} // namespace TasksReport

} // namespace pwb
