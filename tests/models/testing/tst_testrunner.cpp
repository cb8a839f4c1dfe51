// SPDX-License-Identifier: MIT
#include "testing/ansitext.h"
#include "testing/testrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pwb;

namespace {
QString fixture(const QString& name)
{
    return QStringLiteral(PWB_FIXTURES "/testing/") + name;
}

QString readText(const QString& name)
{
    QFile f(fixture(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

TestRunOutcome waitOutcome(QSignalSpy& spy, int ms = 20000)
{
    if (spy.isEmpty() && !spy.wait(ms))
        return {};
    return spy.first().first().value<TestRunOutcome>();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}
} // namespace

Q_DECLARE_METATYPE(TestRunOutcome)

class TestRunnerTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<TestRunOutcome>(); }

    void commandLine()
    {
        TestRunOptions o;
        o.appPath = QStringLiteral("apps/shop");
        o.scope = TestRunOptions::Scope::FileLine;
        o.file = QStringLiteral("apps/shop/test/shop/cart_test.exs");
        o.line = 14;
        o.cover = true;
        o.seed = 0;
        o.include = {QStringLiteral("slow")};
        o.exclude = {QStringLiteral("wip"), QStringLiteral("db")};
        o.extraArgs = {QStringLiteral("--trace")};
        o.color = false;
        QCOMPARE(o.mixTestArguments(), (QStringList{"test", "test/shop/cart_test.exs:14", "--cover",
                                                    "--seed", "0", "--include", "slow", "--exclude",
                                                    "wip", "--exclude", "db", "--trace"}));
        const QStringList full = o.elixirArguments(QStringLiteral("/tmp/f.exs"));
        QCOMPARE(full.mid(0, 9),
                 (QStringList{"-r", "/tmp/f.exs", "-S", "mix", "test", "--formatter",
                              "PhoenixWorkbench.Formatter", "--formatter", "ExUnit.CLIFormatter"}));
        QCOMPARE(full.at(9), QStringLiteral("test/shop/cart_test.exs:14"));

        TestRunOptions failed;
        failed.scope = TestRunOptions::Scope::Failed;
        QVERIFY(failed.mixTestArguments().contains(QStringLiteral("--failed")));
        TestRunOptions stale;
        stale.scope = TestRunOptions::Scope::Stale;
        QVERIFY(stale.mixTestArguments().contains(QStringLiteral("--stale")));
        QVERIFY(stale.mixTestArguments().contains(QStringLiteral("--color")));
    }

    void ansi()
    {
        const QString log = readText(QStringLiteral("events/sample_cover_seed42.log"));
        QVERIFY(log.contains(QChar(0x1b)));
        const QString plain = AnsiText::strip(log);
        QVERIFY(!plain.contains(QChar(0x1b)));
        QVERIFY(plain.contains(QStringLiteral("test/sample_test.exs:26")));
        const QString html = AnsiText::toHtml(QStringLiteral("a \x1b[31mred <b>\x1b[0m z"), false);
        QCOMPARE(html, QStringLiteral("a <span style=\"color:#b00020;\">red &lt;b&gt;</span> z"));
        QVERIFY(!AnsiText::toHtml(log, true).contains(QChar(0x1b)));
    }

    void missingExecutable_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("path") << QStringLiteral("/nonexistent/bin/elixir");
        QTest::newRow("name") << QStringLiteral("elixir-that-is-not-installed-anywhere");
    }

    void missingExecutable()
    {
        QFETCH(QString, program);
        TestRunner runner;
        runner.setElixir(program);
        QSignalSpy done(&runner, &TestRunner::finished);
        QVERIFY(runner.start(QDir::tempPath(), {}));
        const TestRunOutcome o = waitOutcome(done);
        QCOMPARE(o.status, TestRunOutcome::Status::ElixirMissing);
        QVERIFY(o.message.contains(program));
        QVERIFY(o.hint.contains(QStringLiteral("elixir")));
        QVERIFY(!runner.isRunning());
    }

    void cancelKillsTheProcessGroup()
    {
        QTemporaryDir tmp;
        const QString childPidFile = tmp.filePath(QStringLiteral("child"));
        qputenv("FAKE_CHILD_PID", childPidFile.toLocal8Bit());
        TestRunner runner;
        runner.setElixir(fixture(QStringLiteral("fake/hang.sh")));
        QSignalSpy out(&runner, &TestRunner::outputReceived);
        QSignalSpy done(&runner, &TestRunner::finished);
        QVERIFY(runner.start(tmp.path(), {}));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(tmp.path(), {})); // one run at a time
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(childPidFile).size() > 0 && !out.isEmpty(), 10000);
        QFile f(childPidFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 child = f.readAll().trimmed().toLongLong();
        QVERIFY(processAlive(child));
        runner.cancel();
        const TestRunOutcome o = waitOutcome(done);
        QCOMPARE(o.status, TestRunOutcome::Status::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(child), 5000);
        QVERIFY(runner.rawLog().contains(QStringLiteral("Compiling")));
        qunsetenv("FAKE_CHILD_PID");
    }

    void silenceIsReportedAsHung()
    {
        TestRunner runner;
        runner.setElixir(fixture(QStringLiteral("fake/hang.sh")));
        runner.setHangTimeout(300);
        QSignalSpy hung(&runner, &TestRunner::hung);
        QSignalSpy done(&runner, &TestRunner::finished);
        QVERIFY(runner.start(QDir::tempPath(), {}));
        QVERIFY(hung.wait(10000));
        QVERIFY(runner.isHung());
        QVERIFY(runner.isRunning()); // reported, not killed: the user decides
        QCOMPARE(hung.size(), 1);
        runner.cancel();
        QCOMPARE(waitOutcome(done).status, TestRunOutcome::Status::Cancelled);
    }

    void eventsArriveWhileTheFileGrows()
    {
        qputenv("FAKE_EVENTS", fixture(QStringLiteral("events/shop_seed1.jsonl")).toLocal8Bit());
        TestRunner runner;
        runner.setElixir(fixture(QStringLiteral("fake/events.sh")));
        runner.setPollInterval(5);
        QSignalSpy events(&runner, &TestRunner::eventsReceived);
        QSignalSpy done(&runner, &TestRunner::finished);
        QVERIFY(runner.start(QDir::tempPath(), {}));
        const TestRunOutcome o = waitOutcome(done);
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        QVERIFY(o.suiteFinished);
        QVERIFY(o.message.contains(QStringLiteral("2")));
        int total = 0;
        for (const auto& args : events)
            total += args.first().value<QList<TestEvent>>().size();
        QCOMPARE(total, 82);
        qunsetenv("FAKE_EVENTS");
    }

    void vmDeathMidSuite()
    {
        qputenv("FAKE_EVENTS", fixture(QStringLiteral("events/shop_seed1.jsonl")).toLocal8Bit());
        TestRunner runner;
        runner.setElixir(fixture(QStringLiteral("fake/halt.sh")));
        QSignalSpy done(&runner, &TestRunner::finished);
        QVERIFY(runner.start(QDir::tempPath(), {}));
        const TestRunOutcome o = waitOutcome(done);
        QCOMPARE(o.status, TestRunOutcome::Status::VmCrashed);
        QVERIFY(o.hint.contains(QStringLiteral("Kernel pid terminated")));
        qunsetenv("FAKE_EVENTS");
    }

    void analysisOfCapturedLogs()
    {
        TestRunExit deps;
        deps.log = readText(QStringLiteral("logs/deps_missing_hex.log"));
        deps.exitCode = 1;
        TestRunOutcome o = TestRunAnalysis::analyse(deps);
        QCOMPARE(o.status, TestRunOutcome::Status::DepsMissing);
        QVERIFY(o.message.contains(QStringLiteral("phoenix")));
        QVERIFY(o.hint.contains(QStringLiteral("mix deps.get")));

        TestRunExit compile;
        compile.log = readText(QStringLiteral("logs/compile_error.log"));
        compile.exitCode = 1;
        compile.appPath = QStringLiteral("apps/sample");
        o = TestRunAnalysis::analyse(compile);
        QCOMPARE(o.status, TestRunOutcome::Status::CompileError);
        QCOMPARE(o.diagnostics.size(), 2); // the error and the warning before it
        const Diagnostic& err = o.diagnostics.first();
        QCOMPARE(err.path, QStringLiteral("apps/sample/lib/broken.ex"));
        QCOMPARE(err.line, 3);
        QCOMPARE(err.severity, Diagnostic::Severity::Error);
        QVERIFY(err.message.contains(QStringLiteral("undefined function undefined_variable/0")));
        QCOMPARE(o.diagnostics.at(1).severity, Diagnostic::Severity::Warning);

        TestRunExit mix;
        mix.log = readText(QStringLiteral("logs/broken_mix.log"));
        mix.exitCode = 1;
        o = TestRunAnalysis::analyse(mix);
        QCOMPARE(o.status, TestRunOutcome::Status::MixFileBroken);
        QCOMPARE(o.diagnostics.first().path, QStringLiteral("mix.exs"));
        QCOMPARE(o.diagnostics.first().line, 5);
        QCOMPARE(o.diagnostics.first().column, 3);

        // A start that fails before any test: the one line that says why is kept, and is
        // more than the last lines of a long stack trace would show.
        TestRunExit denied;
        denied.log = readText(QStringLiteral("logs/mkdir_denied.log"));
        denied.exitCode = 1;
        o = TestRunAnalysis::analyse(denied);
        QCOMPARE(o.status, TestRunOutcome::Status::Failed);
        QVERIFY(o.errorLine.startsWith(QStringLiteral("** (File.Error) could not make directory")));
        QVERIFY(o.errorLine.endsWith(QStringLiteral("permission denied")));
        QVERIFY(o.message.contains(o.errorLine));
        QVERIFY(!o.hint.contains(QStringLiteral("permission denied"))); // scrolled out of the tail

        // A stale _build (compiled under another path): the suite ran, then mix's HTML
        // coverage step crashed. The outcome is the suite's; the note names cause and fix.
        TestRunExit stale;
        stale.log = readText(QStringLiteral("logs/stale_build_cover.log"));
        stale.exitCode = 1;
        stale.suiteStarted = true;
        stale.suiteFinished = true;
        stale.failedTests = 1;
        o = TestRunAnalysis::analyse(stale);
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        QVERIFY2(o.coverageProblem.contains(QStringLiteral("{:no_source_code_found, Shop.Cart}")),
                 qPrintable(o.coverageProblem));
        QVERIFY(o.coverageProblem.contains(QStringLiteral("compiled under another path")));
        QVERIFY(o.coverageProblem.contains(QStringLiteral("Delete _build")));
        QVERIFY(o.coverageProblem.contains(QStringLiteral("mix clean")));
        QCOMPARE(o.hint, o.coverageProblem);
        // Without the crash there is nothing to say.
        stale.log.replace(QStringLiteral("no_source_code_found"), QStringLiteral("enoent"));
        QVERIFY(TestRunAnalysis::analyse(stale).coverageProblem.isEmpty());
        QVERIFY(TestRunAnalysis::staleBuildProblem(QStringLiteral("/elsewhere/lib/a.ex"))
                    .isEmpty()); // a log line, not a source
        QVERIFY(TestRunAnalysis::staleBuildProblem({}, QStringLiteral("/elsewhere/lib/a.ex"))
                    .contains(QStringLiteral("/elsewhere/lib/a.ex")));

        TestRunExit halt;
        halt.log = readText(QStringLiteral("logs/vm_halt.log"));
        halt.exitCode = 7;
        halt.suiteStarted = true;
        QCOMPARE(TestRunAnalysis::analyse(halt).status, TestRunOutcome::Status::VmCrashed);

        TestRunExit none;
        none.log = QStringLiteral("The --failed option was given but there are no failed tests\n"
                                  "There are no tests to run\n");
        none.exitCode = 0;
        QCOMPARE(TestRunAnalysis::analyse(none).status, TestRunOutcome::Status::NoTests);

        TestRunExit elixir15;
        elixir15.log =
            QStringLiteral("error: undefined variable \"x\"\n  │\n 3 │     x + 1\n  │     ^\n"
                           "  │\n  └─ lib/a.ex:3:5: A.f/0\n\n** (CompileError) "
                           "lib/a.ex: cannot compile module A\n");
        elixir15.exitCode = 1;
        o = TestRunAnalysis::analyse(elixir15);
        QCOMPARE(o.status, TestRunOutcome::Status::CompileError);
        QCOMPARE(o.diagnostics.first().path, QStringLiteral("lib/a.ex"));
        QCOMPARE(o.diagnostics.first().column, 5);

        TestRunExit other;
        other.log = QStringLiteral("something odd\n** (Mix) boom\n");
        other.exitCode = 1;
        o = TestRunAnalysis::analyse(other);
        QCOMPARE(o.status, TestRunOutcome::Status::Failed);
        QVERIFY(o.hint.contains(QStringLiteral("boom")));
    }
};

QTEST_GUILESS_MAIN(TestRunnerTest)
#include "tst_testrunner.moc"
