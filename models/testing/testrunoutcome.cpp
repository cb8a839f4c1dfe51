// SPDX-License-Identifier: MIT
#include "testrunoutcome.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pwb {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TestRunOutcome)
};

QString prefixed(const QString& appPath, const QString& path)
{
    if (appPath.isEmpty() || path.startsWith(u'/'))
        return path;
    return appPath + u'/' + path;
}

QString lastLines(const QString& log, int n)
{
    QStringList lines = log.trimmed().split(u'\n');
    if (lines.size() > n)
        lines = lines.mid(lines.size() - n);
    return lines.join(u'\n');
}

// Elixir prints the reason of an early exit as "** (Kind) message", above the stack trace
// that follows it; the last such line is the one that ended the run.
QString errorLineOf(const QString& log)
{
    qsizetype end = log.size();
    while (end > 0) {
        const qsizetype start = log.lastIndexOf(u'\n', end - 1) + 1;
        const QStringView line = QStringView(log).mid(start, end - start).trimmed();
        if (line.startsWith(u"** ("))
            return line.toString();
        end = start - 1;
    }
    return {};
}

} // namespace

QString TestRunOutcome::statusName(Status s)
{
    switch (s) {
    case Status::Passed:
        return QStringLiteral("passed");
    case Status::TestsFailed:
        return QStringLiteral("tests-failed");
    case Status::NoTests:
        return QStringLiteral("no-tests");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::ElixirMissing:
        return QStringLiteral("elixir-missing");
    case Status::DepsMissing:
        return QStringLiteral("deps-missing");
    case Status::CompileError:
        return QStringLiteral("compile-error");
    case Status::MixFileBroken:
        return QStringLiteral("mix-file-broken");
    case Status::VmCrashed:
        return QStringLiteral("vm-crashed");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

namespace TestRunAnalysis {

Diagnostics compileDiagnostics(const QString& log, const QString& appPath)
{
    Diagnostics out;
    // 1.14: "** (CompileError) lib/x.ex:3: message"; SyntaxError adds a column.
    static const QRegularExpression error14(
        QStringLiteral(
            "^\\*\\* \\((CompileError|SyntaxError|TokenMissingError|MismatchedDelimiterError)\\) "
            "([^\\s:][^:\\n]*\\.(?:exs?|heex|eex)):(\\d+)(?::(\\d+))?:? ?(.*)$"),
        QRegularExpression::MultilineOption);
    // A located warning: "warning: message" then an indented "lib/x.ex:3: Mod.fun/1".
    static const QRegularExpression warning(
        QStringLiteral("^warning: (.+)\\n(?:.*\\n)*?\\s+(?:└─ "
                       ")?([^\\s:][^:\\n]*\\.(?:exs?|heex|eex)):(\\d+)(?::(\\d+))?"),
        QRegularExpression::MultilineOption);
    // 1.15+: "error: message" ... "└─ lib/x.ex:3:5: Mod.fun/1".
    static const QRegularExpression error15(
        QStringLiteral("^error: (.+)\\n(?:.*\\n){0,12}?\\s+└─ "
                       "([^\\s:][^:\\n]*\\.(?:exs?|heex|eex)):(\\d+)(?::(\\d+))?"),
        QRegularExpression::MultilineOption);
    auto add = [&](const QRegularExpressionMatch& m, int fileGroup, int lineGroup, int colGroup,
                   const QString& message, Diagnostic::Severity sev, const QString& code) {
        Diagnostic d;
        d.path = prefixed(appPath, m.captured(fileGroup));
        d.line = m.captured(lineGroup).toInt();
        d.column = m.captured(colGroup).toInt();
        d.message = message.trimmed();
        d.severity = sev;
        d.code = code;
        if (!out.contains(d))
            out << d;
    };
    for (auto it = error14.globalMatch(log); it.hasNext();) {
        const auto m = it.next();
        add(m, 2, 3, 4, m.captured(1) + QStringLiteral(": ") + m.captured(5),
            Diagnostic::Severity::Error, QStringLiteral("compile-error"));
    }
    for (auto it = error15.globalMatch(log); it.hasNext();) {
        const auto m = it.next();
        add(m, 2, 3, 4, m.captured(1), Diagnostic::Severity::Error,
            QStringLiteral("compile-error"));
    }
    for (auto it = warning.globalMatch(log); it.hasNext();) {
        const auto m = it.next();
        add(m, 2, 3, 4, m.captured(1), Diagnostic::Severity::Warning,
            QStringLiteral("compile-warning"));
    }
    return out;
}

QString staleBuildProblem(const QString& log, const QString& foreignSource)
{
    // Mix 1.14-1.17 print "** (MatchError) no match of right hand side value:
    // {:error, {:no_source_code_found, Shop.Cart}}" from Mix.Tasks.Test.Coverage.html/2.
    static const QRegularExpression noSource(
        QStringLiteral("\\{:no_source_code_found,\\s*([A-Za-z0-9_.:]+)\\}"));
    const auto m = noSource.match(log);
    if (m.hasMatch()) {
        return Tr::tr("No line coverage: mix test --cover crashed writing its HTML report "
                      "({:no_source_code_found, %1}) because _build holds code compiled under "
                      "another path. Delete _build (or run `mix clean`) and run again.")
            .arg(m.captured(1));
    }
    if (!foreignSource.isEmpty()) {
        return Tr::tr("No line coverage: the compiled code names its sources under another "
                      "path (%1), so _build was built elsewhere. Delete _build (or run "
                      "`mix clean`) and run again.")
            .arg(foreignSource);
    }
    return {};
}

TestRunOutcome analyse(const TestRunExit& e)
{
    using S = TestRunOutcome::Status;
    TestRunOutcome o;
    o.exitCode = e.exitCode;
    o.suiteFinished = e.suiteFinished;
    const QString& log = e.log;
    o.coverageProblem = staleBuildProblem(log);

    if (e.cancelled) {
        o.status = S::Cancelled;
        o.message = Tr::tr("The run was stopped.");
        return o;
    }
    if (e.failedToStart) {
        o.status = S::ElixirMissing;
        o.message = Tr::tr("Elixir could not be started (%1).").arg(e.program);
        o.hint = Tr::tr("Install Elixir and Erlang/OTP (e.g. apt install elixir erlang-tools) and "
                        "make sure `elixir` and `mix` are on the PATH.");
        return o;
    }
    if (e.suiteFinished) {
        o.diagnostics = compileDiagnostics(log, e.appPath);
        // The crash in the coverage step comes after the suite: it is a note on the run,
        // not its outcome.
        o.hint = o.coverageProblem;
        if (e.failedTests > 0) {
            o.status = S::TestsFailed;
            o.message = Tr::tr("%n test(s) failed.", nullptr, e.failedTests);
        } else {
            o.status = S::Passed;
            o.message = Tr::tr("All tests passed.");
            if (o.hint.isEmpty() &&
                log.contains(QStringLiteral("Coverage test failed, threshold not met")))
                o.hint =
                    Tr::tr("Coverage is below the threshold set in mix.exs (mix exited with %1).")
                        .arg(e.exitCode);
        }
        return o;
    }

    // The suite never finished: find out why.
    static const QRegularExpression mixExs(
        QStringLiteral("\\*\\* \\((\\w+Error)\\) (mix\\.exs):(\\d+)(?::(\\d+))?:? ?(.*)"));
    if (const auto m = mixExs.match(log); m.hasMatch()) {
        o.status = S::MixFileBroken;
        o.message = Tr::tr("mix.exs does not load: %1").arg(m.captured(5).trimmed());
        o.hint = Tr::tr("Fix the file at the marked line; nothing can run until mix.exs loads.");
        Diagnostic d;
        d.path = prefixed(e.appPath, m.captured(2));
        d.line = m.captured(3).toInt();
        d.column = m.captured(4).toInt();
        d.code = QStringLiteral("mix-exs");
        d.message = m.captured(1) + QStringLiteral(": ") + m.captured(5).trimmed();
        d.severity = Diagnostic::Severity::Error;
        o.diagnostics << d;
        return o;
    }
    static const QStringList depsMarkers{QStringLiteral("Could not find Hex"),
                                         QStringLiteral("Could not find an SCM for dependency"),
                                         QStringLiteral("Unchecked dependencies for environment"),
                                         QStringLiteral("the dependency is not available"),
                                         QStringLiteral("run \"mix deps.get\""),
                                         QStringLiteral("dependencies have diverged"),
                                         QStringLiteral("could not find an app file at")};
    for (const QString& marker : depsMarkers) {
        if (log.contains(marker, Qt::CaseInsensitive)) {
            o.status = S::DepsMissing;
            static const QRegularExpression dep(QStringLiteral("dependency :(\\w+)"));
            const auto m = dep.match(log);
            o.message =
                m.hasMatch()
                    ? Tr::tr("Dependencies are not fetched (first missing: %1).").arg(m.captured(1))
                    : Tr::tr("Dependencies are not fetched.");
            o.hint = Tr::tr("Run `mix deps.get` (needs network access to Hex), or run an umbrella "
                            "app that has no dependencies on its own.");
            return o;
        }
    }
    o.diagnostics = compileDiagnostics(log, e.appPath);
    const bool compileFailed =
        log.contains(QStringLiteral("== Compilation error")) ||
        std::any_of(o.diagnostics.cbegin(), o.diagnostics.cend(),
                    [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
    if (compileFailed) {
        o.status = S::CompileError;
        int errors = 0;
        for (const Diagnostic& d : std::as_const(o.diagnostics))
            errors += d.severity == Diagnostic::Severity::Error;
        o.message =
            Tr::tr("The project does not compile (%n error(s)).", nullptr, std::max(errors, 1));
        o.hint = Tr::tr("Open the located errors below, fix them and run again.");
        return o;
    }
    if (log.contains(QStringLiteral("There are no tests to run")) ||
        (e.exitCode == 0 && !e.suiteStarted)) {
        o.status = S::NoTests;
        o.message = Tr::tr("There were no tests to run.");
        return o;
    }
    if (e.crashed || e.suiteStarted || log.contains(QStringLiteral("Kernel pid terminated")) ||
        log.contains(QStringLiteral("Crash dump is being written"))) {
        o.status = S::VmCrashed;
        o.errorLine = errorLineOf(log);
        o.message = e.crashed ? Tr::tr("The Erlang VM crashed before the suite finished.")
                              : Tr::tr("The Erlang VM stopped (exit status %1) before the suite "
                                       "finished.")
                                    .arg(e.exitCode);
        o.hint = Tr::tr("A test may call System.halt/1 or :erlang.halt/1, or the VM ran out of "
                        "memory; the raw log has its last words:\n%1")
                     .arg(lastLines(log, 6));
        return o;
    }
    o.status = S::Failed;
    o.errorLine = errorLineOf(log);
    o.message =
        o.errorLine.isEmpty()
            ? Tr::tr("mix test exited with status %1 before running any test.").arg(e.exitCode)
            : Tr::tr("mix test exited with status %1 before running any test: %2")
                  .arg(e.exitCode)
                  .arg(o.errorLine);
    o.hint = lastLines(log, 8);
    return o;
}

} // namespace TestRunAnalysis

} // namespace pwb
