// SPDX-License-Identifier: MIT
// How a `mix test` run ended, told plainly: the analysis of its exit and log that keeps
// the view from ever showing a silent empty tree.
#pragma once

#include "core/diagnostic.h"

#include <QString>

namespace pwb {

struct TestRunOutcome
{
    enum class Status
    {
        Passed,        // the suite ran and nothing failed
        TestsFailed,   // the suite ran and some tests failed
        NoTests,       // nothing to run (e.g. --failed after a green run)
        Cancelled,     // stopped by the user
        ElixirMissing, // elixir could not be started
        DepsMissing,   // dependencies not fetched: offer `mix deps.get`
        CompileError,  // the project or a test file does not compile
        MixFileBroken, // mix.exs itself does not load
        VmCrashed,     // the VM died before the suite finished
        Failed         // any other early exit
    };

    Status status = Status::Failed;
    int exitCode = -1;
    QString message; // one sentence for the banner
    QString hint;    // what to do about it
    // The line that says why a run ended early, as mix printed it ("** (File.Error) could
    // not make directory ...: permission denied"); empty when the suite ran.
    QString errorLine;
    Diagnostics diagnostics;
    bool suiteFinished = false;
    // Why a --cover run has no line data, with the fix ("_build holds code compiled under
    // another path: delete _build or run `mix clean`"); empty when nothing went wrong.
    QString coverageProblem;

    bool ok() const { return status == Status::Passed || status == Status::NoTests; }
    static QString statusName(Status s);
};

// Facts about a finished process the analysis reads.
struct TestRunExit
{
    QString log; // everything it printed, ANSI stripped
    int exitCode = 0;
    bool crashed = false;       // QProcess::CrashExit
    bool failedToStart = false; // the program could not be run
    QString program;
    bool cancelled = false;
    bool suiteStarted = false;
    bool suiteFinished = false;
    int failedTests = 0;
    QString appPath; // prefix for paths in diagnostics ("apps/shop"), empty at the root
};

namespace TestRunAnalysis {
TestRunOutcome analyse(const TestRunExit& exit);
// Compile errors and warnings printed by mix (Elixir 1.14 and the 1.15+ layout).
Diagnostics compileDiagnostics(const QString& log, const QString& appPath);
// A stale _build (compiled under another path) as the coverage step shows it: mix's HTML
// report crashing with {:no_source_code_found, Module} in `log`, or coverage naming a
// source outside the project (`foreignSource`). Empty when neither is there.
QString staleBuildProblem(const QString& log, const QString& foreignSource = {});
} // namespace TestRunAnalysis

} // namespace pwb
