// SPDX-License-Identifier: MIT
// `--report PATH`: the project's facts, headless, as text or as the JSON contract.
#pragma once

#include <QJsonObject>
#include <QStringList>

class QTextStream;
struct CommandLine;
struct ProjectInfo;

namespace ReportCommand {
// Returns the process exit status: 0, or 2 when the path cannot be opened.
int run(const CommandLine& cl, QTextStream& out, QTextStream& err);
// The whole report object for a detected project (every domain's section). `cl` carries
// options some sections use (--import, --sarif); problems they meet go to `problems`.
QJsonObject build(const ProjectInfo& info, const CommandLine* cl = nullptr,
                  QStringList* problems = nullptr);
// The text rendering of build()'s object.
QString toText(const QJsonObject& report);
} // namespace ReportCommand
