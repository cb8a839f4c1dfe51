// SPDX-License-Identifier: MIT
// The Playwright runner against fake `playwright` executables: output, exit statuses, the
// reason line of a failed start, a missing runner and cancel.
#include "traces/playwrightrunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

bool writeRunner(const QString& root, const QByteArray& script)
{
    const QString bin = root + QStringLiteral("/node_modules/.bin");
    if (!QDir().mkpath(bin))
        return false;
    QFile f(bin + QStringLiteral("/playwright"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("#!/bin/sh\n" + script);
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

PlaywrightRunOutcome runToEnd(PlaywrightRunner& runner, const QString& root)
{
    QSignalSpy done(&runner, &PlaywrightRunner::finished);
    if (!runner.start(root) || !done.wait(10000))
        return {};
    return done.first().first().value<PlaywrightRunOutcome>();
}

} // namespace

class TestPlaywrightRunner : public QObject
{
    Q_OBJECT
private slots:
    void passAndFailStatuses()
    {
        QTemporaryDir dir;
        QVERIFY(writeRunner(dir.path(), "echo \"args: $*\"\necho '  1 passed'\nexit 0\n"));
        PlaywrightRunner runner;
        QSignalSpy started(&runner, &PlaywrightRunner::started);
        const PlaywrightRunOutcome ok = runToEnd(runner, dir.path());
        QCOMPARE(ok.status, PlaywrightRunOutcome::Status::Passed);
        QCOMPARE(started.size(), 1);
        QVERIFY(runner.output().contains(QStringLiteral("args: test --trace=on")));
        QVERIFY(!runner.isRunning());

        QVERIFY(writeRunner(dir.path(), "echo '  1 failed'\nexit 1\n"));
        QCOMPARE(runToEnd(runner, dir.path()).status, PlaywrightRunOutcome::Status::TestsFailed);
    }

    // A run that dies before any test says why in one line, not only with its exit status.
    void errorLineOfAFailedStart()
    {
        QTemporaryDir dir;
        QVERIFY(writeRunner(dir.path(), "echo 'node:internal/modules/cjs/loader:1080'\n"
                                        "echo \"Error: Cannot find module '@playwright/test'\"\n"
                                        "echo '    at Module._resolveFilename'\nexit 2\n"));
        PlaywrightRunner runner;
        const PlaywrightRunOutcome o = runToEnd(runner, dir.path());
        QCOMPARE(o.status, PlaywrightRunOutcome::Status::Error);
        QCOMPARE(o.exitCode, 2);
        QCOMPARE(o.errorLine, QStringLiteral("Error: Cannot find module '@playwright/test'"));
    }

    void missingRunnerFailsToStart()
    {
        QTemporaryDir dir;
        PlaywrightRunner runner;
        const PlaywrightRunOutcome o = runToEnd(runner, dir.path());
        QCOMPARE(o.status, PlaywrightRunOutcome::Status::FailedToStart);
        QVERIFY(o.message.contains(QStringLiteral("npm install")));
        QVERIFY(!runner.isRunning());
        // And it can be started again afterwards (the view's Run button comes back).
        QVERIFY(writeRunner(dir.path(), "exit 0\n"));
        QCOMPARE(runToEnd(runner, dir.path()).status, PlaywrightRunOutcome::Status::Passed);
    }

    void cancelReachesTheProcessGroup()
    {
        QTemporaryDir dir;
        // A child that would outlive a plain kill of the shell.
        QVERIFY(writeRunner(dir.path(), "sleep 30 &\necho started\nwait\n"));
        PlaywrightRunner runner;
        QSignalSpy done(&runner, &PlaywrightRunner::finished);
        QSignalSpy output(&runner, &PlaywrightRunner::outputReceived);
        QVERIFY(runner.start(dir.path()));
        QVERIFY(!runner.start(dir.path())); // one at a time
        QVERIFY(output.wait(5000));
        runner.cancel();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<PlaywrightRunOutcome>().status,
                 PlaywrightRunOutcome::Status::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestPlaywrightRunner)
#include "tst_playwrightrunner.moc"
