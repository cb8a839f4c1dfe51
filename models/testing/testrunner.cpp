// SPDX-License-Identifier: MIT
#include "testrunner.h"
#include "core/logging.h"

#include "ansitext.h"
#include "formatterscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace pwb {

TestRunner::TestRunner(QObject* parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
    , m_hang(new QTimer(this))
    , m_kill(new QTimer(this))
    , m_decoder(QStringDecoder::Utf8)
{
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &TestRunner::pollEvents);
    m_hang->setSingleShot(true);
    m_hang->setInterval(m_hangMs);
    connect(m_hang, &QTimer::timeout, this, [this] {
        if (!m_process)
            return;
        m_hungReported = true;
        emit hung(int(m_silence.elapsed() / 1000));
    });
    m_kill->setSingleShot(true);
    m_kill->setInterval(2000);
    connect(m_kill, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
}

TestRunner::~TestRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        signalGroup(SIGKILL);
        m_process->waitForFinished(2000); // teardown only: the window is gone already
        delete m_process;
    }
}

void TestRunner::setHangTimeout(int ms)
{
    m_hangMs = ms;
    m_hang->setInterval(std::max(ms, 1));
    if (m_process && ms > 0)
        m_hang->start();
    else if (ms <= 0)
        m_hang->stop();
}

void TestRunner::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

qint64 TestRunner::pid() const
{
    return m_pid;
}

QString TestRunner::resolvedElixir() const
{
    if (m_elixir.contains(u'/'))
        return m_elixir;
    return QStandardPaths::findExecutable(m_elixir);
}

bool TestRunner::start(const QString& root, const TestRunOptions& options)
{
    if (m_process)
        return false;
    m_options = options;
    QString error;
    const QString formatter = FormatterScript::path(&error);
    if (formatter.isEmpty()) {
        TestRunExit e;
        e.log = error;
        e.exitCode = -1;
        QTimer::singleShot(0, this, [this, e] { finish(e); });
        return true;
    }
    return launch(root, options.appPath, options.elixirArguments(formatter), true);
}

bool TestRunner::startMix(const QString& root, const QString& appPath, const QStringList& mixArgs)
{
    if (m_process)
        return false;
    m_options = TestRunOptions{};
    m_options.appPath = appPath;
    return launch(root, appPath, QStringList{QStringLiteral("-S"), QStringLiteral("mix")} + mixArgs,
                  false);
}

bool TestRunner::launch(const QString& root, const QString& appPath, const QStringList& args,
                        bool withEvents)
{
    m_appPath = appPath;
    m_workDir = appPath.isEmpty() ? root : QDir(root).filePath(appPath);
    m_rawLog.clear();
    m_decoder.resetState();
    m_cancelled = m_hungReported = m_suiteStarted = m_suiteFinished = false;
    m_failed = 0;
    m_eventsOffset = 0;
    m_eventsData.clear();
    m_parser.reset();
    m_tmp.reset();
    m_eventsPath.clear();

    const QString program = resolvedElixir();
    m_command = QStringList{program.isEmpty() ? m_elixir : program} + args;
    m_clock.start();
    m_silence.start();
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        TestRunExit e;
        e.failedToStart = true;
        e.program = m_elixir;
        qCWarning(lcTesting) << "cannot start tests: no executable" << m_elixir;
        QTimer::singleShot(0, this, [this, e] { finish(e); });
        emit started(m_command);
        return true;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (withEvents) {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_eventsPath = m_tmp->filePath(QStringLiteral("events.jsonl"));
        env.insert(FormatterScript::eventsVariable(), m_eventsPath);
        m_parser = std::make_unique<TestEventParser>(m_eventsPath);
    }
    if (!m_options.mixEnv.isEmpty())
        env.insert(QStringLiteral("MIX_ENV"), m_options.mixEnv);

    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(m_workDir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so cancel reaches erl, beam and whatever the tests started.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &TestRunner::readOutput);
    connect(m_process, &QProcess::finished, this, &TestRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &TestRunner::onError);
    m_process->start(program, args);
    m_pid = m_process->processId();
    qCInfo(lcTesting) << "started" << m_command << "in" << m_workDir << "pid" << m_pid;
    // mix may ask questions (install Hex?); a closed stdin answers them with "no".
    m_process->closeWriteChannel();
    if (withEvents)
        m_poll->start();
    if (m_hangMs > 0)
        m_hang->start();
    emit started(m_command);
    return true;
}

void TestRunner::touch()
{
    m_silence.restart();
    m_hungReported = false;
    if (m_hangMs > 0 && m_process)
        m_hang->start();
}

void TestRunner::readOutput()
{
    if (!m_process)
        return;
    const QByteArray bytes = m_process->readAllStandardOutput();
    if (bytes.isEmpty())
        return;
    const QString text = m_decoder.decode(bytes);
    m_rawLog += text;
    touch();
    emit outputReceived(text);
}

void TestRunner::pollEvents()
{
    if (!m_parser || m_eventsPath.isEmpty())
        return;
    QFile f(m_eventsPath);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const qint64 size = f.size();
    if (size <= m_eventsOffset)
        return;
    f.seek(m_eventsOffset);
    const QByteArray chunk = f.read(size - m_eventsOffset);
    m_eventsOffset += chunk.size();
    m_eventsData += chunk;
    const QList<TestEvent> events = m_parser->feed(chunk);
    if (events.isEmpty())
        return;
    for (const TestEvent& e : events) {
        if (e.kind == TestEvent::Kind::SuiteStarted)
            m_suiteStarted = true;
        else if (e.kind == TestEvent::Kind::SuiteFinished)
            m_suiteFinished = true;
        else if (e.kind == TestEvent::Kind::TestFinished && e.test.state == TestState::Failed)
            ++m_failed;
        else if (e.kind == TestEvent::Kind::ModuleFinished && e.moduleFailed)
            ++m_failed;
    }
    touch();
    emit eventsReceived(events);
}

void TestRunner::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return;
    TestRunExit e;
    e.failedToStart = true;
    e.program = m_command.value(0);
    e.log = m_process->errorString();
    m_process->deleteLater();
    m_process = nullptr;
    finish(e);
}

void TestRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    readOutput();
    pollEvents();
    if (m_parser) {
        const QList<TestEvent> rest = m_parser->finish();
        if (!rest.isEmpty())
            emit eventsReceived(rest);
    }
    // A test may have left children in the group; they go with the run.
    signalGroup(SIGKILL);
    m_process->deleteLater();
    m_process = nullptr;
    TestRunExit e;
    e.log = AnsiText::strip(m_rawLog);
    e.exitCode = exitCode;
    e.crashed = status == QProcess::CrashExit && !m_cancelled;
    e.program = m_command.value(0);
    e.cancelled = m_cancelled;
    e.suiteStarted = m_suiteStarted;
    e.suiteFinished = m_suiteFinished;
    e.failedTests = m_failed;
    finish(e);
}

void TestRunner::finish(TestRunExit exit)
{
    m_poll->stop();
    m_hang->stop();
    m_kill->stop();
    exit.appPath = m_appPath;
    TestRunOutcome outcome = TestRunAnalysis::analyse(exit);
    if (m_parser)
        outcome.diagnostics << m_parser->diagnostics();
    m_parser.reset();
    m_tmp.reset();
    m_pid = 0;
    qCInfo(lcTesting) << "finished after" << m_clock.elapsed() << "ms";
    emit finished(outcome);
}

void TestRunner::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    signalGroup(SIGTERM);
    m_kill->start();
}

void TestRunner::signalGroup(int sig)
{
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), sig);
}

} // namespace pwb
