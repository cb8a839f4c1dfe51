// SPDX-License-Identifier: MIT
#include "traces/playwrightrunner.h"

#include "core/logging.h"
#include "traces/playwrightinstall.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <signal.h>
#include <unistd.h>

namespace pwb {

namespace {

// The line a user needs when the run fails before or outside the tests: node's and
// Playwright's errors start with "Error:" (or name the error type); the last one wins.
QString errorLineOf(const QString& output)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*((?:\\w*Error|Error)\\b.*|npm ERR!.*|sh: .*not found.*)$"),
        QRegularExpression::MultilineOption);
    QString last;
    auto it = re.globalMatch(output);
    while (it.hasNext())
        last = it.next().captured(1).trimmed();
    return last;
}

} // namespace

PlaywrightRunner::PlaywrightRunner(QObject* parent)
    : QObject(parent)
    , m_kill(new QTimer(this))
{
    qRegisterMetaType<PlaywrightRunOutcome>();
    m_kill->setSingleShot(true);
    m_kill->setInterval(3000);
    connect(m_kill, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

PlaywrightRunner::~PlaywrightRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        signalGroup(SIGKILL);
        m_process->waitForFinished(2000);
    }
}

bool PlaywrightRunner::start(const QString& projectRoot, const QStringList& extraArgs)
{
    if (m_process)
        return false;
    m_cancelled = false;
    m_output.clear();
    m_clock.start();
    const QString home = PlaywrightInstall::testRunnerDir(projectRoot);
    const QString program = home + QStringLiteral("/node_modules/.bin/playwright");
    const QStringList args =
        QStringList{QStringLiteral("test"), QStringLiteral("--trace=on")} + extraArgs;
    m_command = QStringList{program} + args;
    if (home.isEmpty()) {
        m_command = QStringList{QStringLiteral("playwright")} + args;
        emit started(m_command);
        PlaywrightRunOutcome o;
        o.status = PlaywrightRunOutcome::Status::FailedToStart;
        o.message = tr("No Playwright test runner in this project (node_modules/.bin/playwright): "
                       "run `npm install` with @playwright/test first.");
        QTimer::singleShot(0, this, [this, o] { finish(o); });
        return true;
    }
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(home);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyRead, this, [this] {
        const QString text = QString::fromUtf8(m_process->readAll());
        m_output += text;
        emit outputReceived(text);
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        PlaywrightRunOutcome o;
        o.exitCode = code;
        o.errorLine = errorLineOf(m_output);
        if (m_cancelled) {
            o.status = PlaywrightRunOutcome::Status::Cancelled;
            o.message = tr("playwright test was stopped.");
        } else if (status == QProcess::CrashExit) {
            o.message = tr("playwright test crashed.");
        } else if (code == 0) {
            o.status = PlaywrightRunOutcome::Status::Passed;
            o.message = tr("playwright test passed.");
        } else if (code == 1) {
            o.status = PlaywrightRunOutcome::Status::TestsFailed;
            o.message = tr("playwright test finished: some tests failed (exit status 1).");
        } else {
            o.message = tr("playwright test exited with status %1.").arg(code);
        }
        finish(o);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        PlaywrightRunOutcome o;
        o.status = PlaywrightRunOutcome::Status::FailedToStart;
        o.message = tr("playwright could not be started: %1").arg(m_process->errorString());
        finish(o);
    });
    emit started(m_command);
    m_process->start(program, args);
    m_pid = m_process->processId();
    m_process->closeWriteChannel();
    qCInfo(lcTraces) << "started" << m_command << "in" << home;
    return true;
}

void PlaywrightRunner::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    signalGroup(SIGTERM);
    m_kill->start();
}

void PlaywrightRunner::signalGroup(int sig)
{
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), sig);
}

void PlaywrightRunner::finish(PlaywrightRunOutcome outcome)
{
    m_kill->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_pid = 0;
    outcome.ms = m_clock.elapsed();
    qCInfo(lcTraces) << "playwright run ended:" << outcome.message;
    emit finished(outcome);
}

} // namespace pwb
