// SPDX-License-Identifier: MIT
// The "tasks" section of `--report`: every TRD/PRD document of a project with its counts,
// hours and sprints, and the TRD lint findings.
#pragma once

#include "trddocument.h"

#include <QJsonObject>

namespace pwb {

namespace TasksReport {
// Documents larger than this are read only this far.
constexpr qint64 kMaxDocumentBytes = 64 * 1024 * 1024;
// The project's candidate documents (DocumentKind::isCandidate: docs/**/*.md, specs/**/
// tasks.md, PLAN.md...), relative, docs/TRD/ and docs/PRD/ first.
QStringList documentPaths(const QString& root);
// The project's hours per working day for estimates in days: `hours_per_day` in
// .workbench/tasks.json (a number between 1 and 24), else 8.
double hoursPerDay(const QString& root);
// Reads and parses them (classified, reports lending evidence to plans); hoursPerDay < 0
// reads the project's setting.
QList<TrdDocument> readDocuments(const QString& root, double hoursPerDay = -1);
QJsonObject documentJson(const TrdDocument& doc);
QJsonObject toJson(const QList<TrdDocument>& docs);
// Reads and parses the project's documents synchronously (headless use).
QJsonObject toJson(const QString& root);
// A few lines of text for `--report --format text`.
QString toText(const QJsonObject& tasks);
} // namespace TasksReport

} // namespace pwb
