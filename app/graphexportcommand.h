// SPDX-License-Identifier: MIT
// `--export-graph delegation|dependencies OUT.svg [path]`: the laid-out graph of a project
// (or of the demo with --demo) written as SVG or PNG, without a display.
#pragma once

class QTextStream;

namespace pwb {

struct CommandLine;

namespace GraphExportCommand {
// 0 when written; 1 when the graph is empty or the file cannot be written; 2 when the
// project cannot be opened.
int run(const CommandLine& cl, QTextStream& out, QTextStream& err);
} // namespace GraphExportCommand

} // namespace pwb
