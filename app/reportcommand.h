// SPDX-License-Identifier: MIT
// `--report PATH`: the project's facts, headless, as text or as the JSON contract.
#pragma once

#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace pwb {

struct CommandLine;
struct ProjectInfo;

namespace ReportCommand {
// Returns the process exit status: 0, 2 when the path cannot be opened, 3 when an output
// file (--sarif) could not be written.
int run(const CommandLine& cl, QTextStream& out, QTextStream& err);
// `--trace FILE`: one trace's actions; 0, or 2 when the file is not a readable trace.
int runTrace(const CommandLine& cl, QTextStream& out, QTextStream& err);
// The whole report object for a detected project (every domain's section). `cl` carries
// options some sections use (--import, --sarif); problems they meet go to `problems`, and
// *failed is set when an output the user asked for could not be written.
QJsonObject build(const ProjectInfo& info, const CommandLine* cl = nullptr,
                  QStringList* problems = nullptr, bool* failed = nullptr);
// The text rendering of build()'s object.
QString toText(const QJsonObject& report);
} // namespace ReportCommand

} // namespace pwb
