// SPDX-License-Identifier: MIT
// The test session without any widget: what both the Tests view and --run-tests rely on.
#include "store/database.h"
#include "testing/coveragemodel.h"
#include "testing/testrunmodel.h"
#include "testing/testrunner.h"
#include "testing/testsession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

QString fixture(const QString& rel)
{
    return QStringLiteral(PWB_FIXTURES "/testing/") + rel;
}

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        if (!QDir().mkpath(QFileInfo(dst).path()) || !QFile::copy(src, dst))
            return false;
    }
    return true;
}

TestRunOutcome runFake(TestSession& session, const QString& script)
{
    session.runner()->setElixir(fixture(QStringLiteral("fake/")) + script);
    session.runner()->setPollInterval(5);
    QSignalSpy done(&session, &TestSession::runFinished);
    TestRunOptions o;
    o.cover = true;
    if (!session.run(o))
        return {};
    if (!done.wait(20000))
        return {};
    return done.first().first().value<TestRunOutcome>();
}

} // namespace

class TestSessionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<TestRunOutcome>();
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    // A run fills the model and coverage, is recorded in the history, kept on disk, and a
    // new session on the same project restores it.
    void runRecordsAndRestores()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixture(QStringLiteral("sample_project")), dir.path()));
        Database db(dir.filePath(QStringLiteral("wb.sqlite")));
        TestSession session;
        session.setDatabase(&db);
        session.open(dir.path(), QStringLiteral("sample"));
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        const TestRunOutcome o = runFake(session, QStringLiteral("events.sh"));
        qunsetenv("FAKE_EVENTS");
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        QCOMPARE(session.model()->counts().failed, 4);
        QCOMPARE(session.model()->appName(), QStringLiteral("sample"));
        QVERIFY(!session.coverage()->isEmpty());
        QVERIFY(session.seconds() > 0);
        QCOMPARE(session.history().size(), 1);
        QCOMPARE(session.history().first().failed, 4);
        const QString lastRun = dir.filePath(QStringLiteral(".workbench/last-test-run.jsonl"));
        QTRY_VERIFY(QFileInfo(lastRun).size() > 0);

        TestSession again;
        QSignalSpy restored(&again, &TestSession::lastRunRestored);
        again.open(dir.path(), QStringLiteral("sample"));
        QVERIFY(restored.wait(10000));
        QVERIFY(again.isRestored());
        QCOMPARE(again.model()->counts().failed, 4);
        QVERIFY(!again.coverage()->isEmpty());
    }

    // A _build compiled under another path: the coverage event names sources outside the
    // project and mix's HTML step crashes. No line data is taken for files that are not the
    // project's, and the session says why and what to do.
    void staleBuildCoverageIsNamed()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixture(QStringLiteral("sample_project")), dir.path()));
        TestSession session;
        session.setKeepState(false);
        session.open(dir.path(), QStringLiteral("sample"));
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_stale_build.jsonl")).toLocal8Bit());
        qputenv("FAKE_LOG", fixture(QStringLiteral("logs/stale_build_cover.log")).toLocal8Bit());
        TestRunOutcome o = runFake(session, QStringLiteral("events_log.sh"));
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        QVERIFY(o.coverageProblem.contains(QStringLiteral("Shop.Cart")));
        QCOMPARE(session.coverageProblem(), o.coverageProblem);
        QVERIFY(!session.coverage()->coverage().hasLineData());

        // Only the events (mix printed nothing about it): the foreign source is named.
        qputenv("FAKE_LOG", "/dev/null");
        o = runFake(session, QStringLiteral("events_log.sh"));
        qunsetenv("FAKE_EVENTS");
        qunsetenv("FAKE_LOG");
        QVERIFY(o.coverageProblem.isEmpty());
        QVERIFY2(session.coverageProblem().contains(
                     QStringLiteral("/home/ci/old-checkout/lib/sample.ex")),
                 qPrintable(session.coverageProblem()));
        QVERIFY(session.coverageProblem().contains(QStringLiteral("mix clean")));
        QVERIFY(!session.coverage()->coverage().hasLineData());

        // A good run clears it.
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        o = runFake(session, QStringLiteral("events.sh"));
        qunsetenv("FAKE_EVENTS");
        QVERIFY(session.coverageProblem().isEmpty());
        QVERIFY(session.coverage()->coverage().hasLineData());
    }

    // The demo ships a recorded run: shown (and said to be recorded, with its date) until a
    // run is made here, so its tour has a failing test before anything ran.
    void recordedRunUntilARunIsMadeHere()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("apps/shop")));
        const QString recorded = QString::fromLatin1(TestSession::kRecordedRunFile);
        QVERIFY(
            QFile::copy(QStringLiteral(PWB_DEMO_PROJECT "/") + recorded, dir.filePath(recorded)));
        TestSession session;
        QSignalSpy restored(&session, &TestSession::lastRunRestored);
        session.open(dir.path(), QStringLiteral("shop_umbrella"), QStringLiteral("apps/shop"));
        QVERIFY(restored.wait(10000));
        QVERIFY(session.isRestored());
        QVERIFY(session.isRecorded());
        QCOMPARE(session.recordedAt(), QDateTime(QDate(2026, 12, 5), QTime(10, 6, 57), Qt::UTC));
        QCOMPARE(session.model()->counts().failed, 2);
        QCOMPARE(session.model()->appPath(), QStringLiteral("apps/shop"));
        bool stacking = false;
        for (const TestResult& t : session.model()->tests()) {
            if (t.name.contains(QStringLiteral("stacks a percentage")))
                stacking = t.state == TestState::Failed &&
                           t.file == QStringLiteral("apps/shop/test/shop/pricing_test.exs") &&
                           t.line == 18;
        }
        QVERIFY(stacking);
        // Nothing was written: the project still has no run of its own.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".workbench"))));

        // A run made here (its last-run file) wins, and is not called recorded.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".workbench")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("events/shop_seed1.jsonl")),
                            dir.filePath(QStringLiteral(".workbench/last-test-run.jsonl"))));
        TestSession again;
        QSignalSpy restoredAgain(&again, &TestSession::lastRunRestored);
        again.open(dir.path(), QStringLiteral("shop_umbrella"), QStringLiteral("apps/shop"));
        QVERIFY(restoredAgain.wait(10000));
        QVERIFY(again.isRestored());
        QVERIFY(!again.isRecorded());
        QVERIFY(!again.recordedAt().isValid());
    }

    // The command line's session leaves the project as it found it.
    void keepStateOffWritesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixture(QStringLiteral("sample_project")), dir.path()));
        TestSession session;
        session.setKeepState(false);
        session.open(dir.path(), QStringLiteral("sample"));
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        const TestRunOutcome o = runFake(session, QStringLiteral("events.sh"));
        qunsetenv("FAKE_EVENTS");
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        QTest::qWait(200); // a background write would have landed by now
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral(".workbench"))));
    }

    // Issue 20: what the session cannot keep (history row, last-run file) is reported with
    // the file and the reason; the run's results are unaffected and nothing is overwritten.
    void refusedWritesNameTheFileAndTheReason()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixture(QStringLiteral("sample_project")), dir.path()));
        Database db(dir.filePath(QStringLiteral("wb.sqlite")));
        TestSession session;
        session.setDatabase(&db);
        session.open(dir.path(), QStringLiteral("sample"));
        // The history table gone (another version, a damaged store): the insert fails.
        QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("DROP TABLE test_runs")));
        // A last-run file someone made read-only stays as it is, even for root.
        const QString lastRun = dir.filePath(QStringLiteral(".workbench/last-test-run.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(lastRun).path()));
        {
            QFile f(lastRun);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("kept\n");
        }
        QVERIFY(QFile::setPermissions(lastRun, QFile::ReadOwner | QFile::ReadGroup));
        QSignalSpy failed(&session, &TestSession::writeFailed);
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        const TestRunOutcome o = runFake(session, QStringLiteral("events.sh"));
        qunsetenv("FAKE_EVENTS");
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        QCOMPARE(session.model()->counts().failed, 4);
        QTRY_COMPARE(failed.size(), 2);
        QMap<QString, QString> why;
        for (const QList<QVariant>& f : std::as_const(failed))
            why.insert(f.at(0).toString(), f.at(1).toString());
        QVERIFY2(why.value(db.filePath()).contains(QStringLiteral("test_runs")),
                 qPrintable(why.value(db.filePath())));
        QVERIFY2(why.value(lastRun).contains(QStringLiteral("read-only")),
                 qPrintable(why.keys().join(u',')));
        QFile kept(lastRun);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("kept\n"));
    }

    void settingsArePerProject()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        TestSession session;
        session.open(a.path(), QStringLiteral("a"));
        TestSessionSettings s;
        s.mixEnv = QStringLiteral("test");
        s.hangSeconds = 30;
        s.cover = true;
        s.appPath = QStringLiteral("apps/shop");
        session.saveSettings(s);
        QCOMPARE(TestSession::settingsFor(a.path()), s);
        QCOMPARE(TestSession::settingsFor(b.path()), TestSessionSettings{});
        session.open(b.path(), QStringLiteral("b"));
        QCOMPARE(session.loadSettings(), TestSessionSettings{});
    }

    // Watch mode: a saved source file starts a --stale run with the front end's options.
    void watchModeRerunsStale()
    {
        QTemporaryDir dir;
        QVERIFY(copyTree(fixture(QStringLiteral("sample_project")), dir.path()));
        TestSession session;
        session.setKeepState(false);
        session.open(dir.path(), QStringLiteral("sample"));
        session.runner()->setElixir(fixture(QStringLiteral("fake/events.sh")));
        session.runner()->setPollInterval(5);
        int asked = 0;
        session.setOptionsProvider([&](TestRunOptions::Scope scope) {
            ++asked;
            TestRunOptions o;
            o.scope = scope;
            return o;
        });
        const QString source = dir.filePath(QStringLiteral("lib/sample.ex"));
        session.setWatchedFiles({source});
        session.setWatchMode(true);
        QCOMPARE(session.watchedFiles(), QStringList{source});
        qputenv("FAKE_EVENTS",
                fixture(QStringLiteral("events/sample_cover_seed42.jsonl")).toLocal8Bit());
        QSignalSpy started(&session, &TestSession::runStarted);
        QSignalSpy done(&session, &TestSession::runFinished);
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\n# touched\n");
        }
        QVERIFY(started.wait(10000));
        QCOMPARE(asked, 1);
        QVERIFY(started.first().first().toStringList().contains(QStringLiteral("--stale")));
        QVERIFY(done.wait(20000));
        qunsetenv("FAKE_EVENTS");
        session.setWatchMode(false);
        QVERIFY(session.watchedFiles().isEmpty());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_GUILESS_MAIN(TestSessionTest)
#include "tst_testsession.moc"
