// SPDX-License-Identifier: MIT
// Runs `mix test` through the shipped formatter in a QProcess and reports as it goes:
// parsed events from the growing events file, the raw output, a hang warning after a
// silence, and a plain outcome at the end. Never blocks; cancel stops the whole process
// group (elixir -> erl -> beam and anything a test spawned).
#pragma once

#include "testevent.h"
#include "testeventparser.h"
#include "testrunoptions.h"
#include "testrunoutcome.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QStringDecoder>

#include <memory>

class QTemporaryDir;
class QTimer;

namespace pwb {

class TestRunner : public QObject
{
    Q_OBJECT
public:
    explicit TestRunner(QObject* parent = nullptr);
    ~TestRunner() override;

    // The elixir executable: a name looked up on PATH (default "elixir") or a path.
    void setElixir(const QString& program) { m_elixir = program; }
    QString elixir() const { return m_elixir; }
    // Silence (no output, no event) after which `hung` is emitted; 0 turns it off.
    void setHangTimeout(int ms);
    int hangTimeout() const { return m_hangMs; }
    void setPollInterval(int ms);

    // Starts a run in `root` (or root/appPath). False when one is already running.
    bool start(const QString& root, const TestRunOptions& options);
    // Runs `mix <args>` (e.g. deps.get) the same way, without events.
    bool startMix(const QString& root, const QString& appPath, const QStringList& mixArgs);
    void cancel();

    bool isRunning() const { return m_process != nullptr; }
    bool isHung() const { return m_hungReported; }
    const TestRunOptions& options() const { return m_options; }
    QString workingDirectory() const { return m_workDir; }
    QStringList command() const { return m_command; }
    QString rawLog() const { return m_rawLog; }
    // The events file's bytes of the current/last run (to keep a run for later).
    QByteArray eventsData() const { return m_eventsData; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    qint64 pid() const;

signals:
    void started(const QStringList& command);
    void eventsReceived(const QList<TestEvent>& events);
    void outputReceived(const QString& text); // may hold ANSI escapes
    void hung(int silentSeconds);
    void finished(const TestRunOutcome& outcome);

private:
    bool launch(const QString& root, const QString& appPath, const QStringList& args,
                bool withEvents);
    void readOutput();
    void pollEvents();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void finish(TestRunExit exit);
    void touch();
    void signalGroup(int sig);
    QString resolvedElixir() const;

    QString m_elixir = QStringLiteral("elixir");
    int m_hangMs = 120000;
    QProcess* m_process = nullptr;
    QTimer* m_poll;
    QTimer* m_hang;
    QTimer* m_kill;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_eventsPath;
    qint64 m_eventsOffset = 0;
    QByteArray m_eventsData;
    std::unique_ptr<TestEventParser> m_parser;
    QStringDecoder m_decoder;
    TestRunOptions m_options;
    QString m_workDir;
    QString m_appPath;
    QStringList m_command;
    QString m_rawLog;
    QElapsedTimer m_clock;
    QElapsedTimer m_silence;
    qint64 m_pid = 0;
    bool m_cancelled = false;
    bool m_hungReported = false;
    bool m_suiteStarted = false;
    bool m_suiteFinished = false;
    int m_failed = 0;
};

} // namespace pwb
