// SPDX-License-Identifier: MIT
// Runs the project's `playwright test --trace=on` for the Traces view, reporting start,
// failure to start, output, cancel and the end the same way the ExUnit runner does. The
// run gets its own process group, so cancel reaches the browsers it started too.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class QProcess;
class QTimer;

namespace pwb {

struct PlaywrightRunOutcome
{
    enum class Status
    {
        Passed,      // exit status 0
        TestsFailed, // playwright's exit status 1: some test failed
        Error,       // another exit status or a crash
        FailedToStart,
        Cancelled
    };
    Status status = Status::Error;
    int exitCode = -1;
    QString message;   // one line for the user
    QString errorLine; // the last line of the output that reads like the reason, if any
    qint64 ms = 0;
};

class PlaywrightRunner : public QObject
{
    Q_OBJECT
public:
    explicit PlaywrightRunner(QObject* parent = nullptr);
    ~PlaywrightRunner() override;

    // Starts the runner found for `projectRoot` (PlaywrightInstall::testRunnerDir). False
    // when one is running; a missing runner ends at once with FailedToStart.
    bool start(const QString& projectRoot, const QStringList& extraArgs = {});
    void cancel();
    bool isRunning() const { return m_process != nullptr; }
    QStringList command() const { return m_command; }
    QString output() const { return m_output; }

signals:
    void started(const QStringList& command);
    void outputReceived(const QString& text);
    void finished(const PlaywrightRunOutcome& outcome);

private:
    void finish(PlaywrightRunOutcome outcome);
    void signalGroup(int sig);

    QProcess* m_process = nullptr;
    QTimer* m_kill;
    QStringList m_command;
    QString m_output;
    QElapsedTimer m_clock;
    qint64 m_pid = 0;
    bool m_cancelled = false;
};

} // namespace pwb

Q_DECLARE_METATYPE(pwb::PlaywrightRunOutcome)
