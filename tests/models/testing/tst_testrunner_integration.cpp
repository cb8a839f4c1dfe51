// SPDX-License-Identifier: MIT
// Really runs ExUnit (needs elixir): the dep-free fixture project, copied to a temp dir.
#include "testing/testrunner.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

Q_DECLARE_METATYPE(TestRunOutcome)

namespace {
bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(from).relativeFilePath(src);
        if (rel.startsWith(QStringLiteral("_build")) || rel.startsWith(QStringLiteral("cover")))
            continue;
        const QString dst = to + u'/' + rel;
        QDir().mkpath(QFileInfo(dst).path());
        if (!QFile::copy(src, dst))
            return false;
    }
    return true;
}

struct Run
{
    TestRunOutcome outcome;
    QList<TestEvent> events;
    int finishedTests(TestState s) const
    {
        int n = 0;
        for (const TestEvent& e : events)
            n += e.kind == TestEvent::Kind::TestFinished && e.test.state == s;
        return n;
    }
};

Run run(const QString& root, const TestRunOptions& options)
{
    TestRunner runner;
    Run r;
    QObject::connect(&runner, &TestRunner::eventsReceived,
                     [&r](const QList<TestEvent>& ev) { r.events << ev; });
    QSignalSpy done(&runner, &TestRunner::finished);
    runner.start(root, options);
    if (done.wait(240000))
        r.outcome = done.first().first().value<TestRunOutcome>();
    return r;
}
} // namespace

class TestRunnerIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<TestRunOutcome>();
        if (QStandardPaths::findExecutable(QStringLiteral("elixir")).isEmpty())
            QSKIP("elixir is not installed");
        QVERIFY(m_dir.isValid());
        QVERIFY(copyTree(QStringLiteral(PWB_FIXTURES "/testing/sample_project"), m_dir.path()));
    }

    void wholeSuiteWithCover()
    {
        TestRunOptions o;
        o.cover = true;
        o.seed = 42;
        const Run r = run(m_dir.path(), o);
        QCOMPARE(r.outcome.status, TestRunOutcome::Status::TestsFailed);
        QVERIFY(r.outcome.suiteFinished);
        QCOMPARE(r.finishedTests(TestState::Failed), 4);
        QCOMPARE(r.finishedTests(TestState::Passed), 7); // with the doctest
        QCOMPARE(r.finishedTests(TestState::Skipped), 1);
        QCOMPARE(r.finishedTests(TestState::Excluded), 1);
        QCOMPARE(r.finishedTests(TestState::Invalid), 1);
        bool coverage = false;
        for (const TestEvent& e : r.events)
            coverage = coverage || (e.kind == TestEvent::Kind::Coverage && !e.coverage.isEmpty());
        QVERIFY(coverage);
    }

    void oneTestByLineThenFailedOnes()
    {
        TestRunOptions o;
        o.scope = TestRunOptions::Scope::FileLine;
        o.file = QStringLiteral("test/sample_test.exs");
        o.line = 6;
        Run r = run(m_dir.path(), o);
        QCOMPARE(r.outcome.status, TestRunOutcome::Status::Passed);
        QCOMPARE(r.finishedTests(TestState::Passed), 1);

        // --failed remembers the failures of the previous whole-suite run.
        o = {};
        o.scope = TestRunOptions::Scope::Failed;
        r = run(m_dir.path(), o);
        QCOMPARE(r.outcome.status, TestRunOutcome::Status::TestsFailed);
        QCOMPARE(r.finishedTests(TestState::Passed), 0);
        QVERIFY(r.finishedTests(TestState::Failed) >= 4);
    }

    void compileErrorIsLocated()
    {
        QFile bad(m_dir.filePath(QStringLiteral("lib/broken.ex")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("defmodule Broken do\n  def f, do: nope()\nend\n");
        bad.close();
        const Run r = run(m_dir.path(), {});
        QFile::remove(bad.fileName());
        QCOMPARE(r.outcome.status, TestRunOutcome::Status::CompileError);
        QVERIFY(!r.outcome.diagnostics.isEmpty());
        QCOMPARE(r.outcome.diagnostics.first().path, QStringLiteral("lib/broken.ex"));
        QCOMPARE(r.outcome.diagnostics.first().line, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunnerIntegration)
#include "tst_testrunner_integration.moc"
