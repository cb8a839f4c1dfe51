// SPDX-License-Identifier: MIT
// The "tasks" section of `--report`: every TRD/PRD document of a project with its counts,
// hours and sprints, and the TRD lint findings.
#pragma once

#include "trddocument.h"

#include <QJsonObject>

#include <atomic>

namespace pwb {

namespace TasksReport {
// Documents larger than this are not read; a located diagnostic says so.
constexpr qint64 kMaxDocumentBytes = 64 * 1024 * 1024;
// Markdown files whose head is looked at for plan text, at most; and how much of each.
constexpr qsizetype kMaxLooks = 1000;
constexpr qint64 kLookBytes = 16 * 1024;
// At most this many folder entries are visited, and documents listed.
constexpr qsizetype kMaxEntries = 200000;
constexpr qsizetype kMaxDocuments = 5000;
// The project's candidate documents (DocumentKind::isCandidate: docs/**/*.md, specs/**/
// tasks.md, PLAN.md, .claude/plans/..., x_TRD.md...), plus the markdown elsewhere whose
// head reads as a plan (plansByContent), relative, docs/TRD/ and docs/PRD/ first.
// planFolders, if given, receives the folders (relative, "" for the root) where a new plan
// would be found by its folder alone: docs/ and below, plans/, .planning/, tasks/...
QStringList documentPaths(const QString& root, QStringList* planFolders = nullptr);
// The files among `paths` (DocumentKind::worthALook) whose first kLookBytes classify as a
// plan; at most kMaxLooks files are read, in the order given.
QStringList plansByContent(const QString& root, const QStringList& paths,
                           const std::atomic_bool* cancel = nullptr);
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
