// SPDX-License-Identifier: MIT
// `--run-tests PATH [--app NAME] [--cover] [--junit OUT]`: runs the suite headless through
// the same runner as the Tests view, prints progress and the report with its "tests"
// section. Exit status 0 only when nothing failed.
#pragma once

class QTextStream;

namespace pwb {

struct CommandLine;

namespace RunTestsCommand {
// 0: nothing failed; 1: tests failed; 2: bad arguments or path; 3: the suite could not run.
int run(const CommandLine& cl, QTextStream& out, QTextStream& err);
} // namespace RunTestsCommand

} // namespace pwb
