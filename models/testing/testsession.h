// SPDX-License-Identifier: MIT
// One project's test session: the runner, the live run model, coverage, run history, the
// per-project settings, the last run kept on disk and the watch mode. The Tests view and
// `--run-tests` are two front ends of it; neither runs a process or writes a file itself.
#pragma once

#include "testing/coveragedata.h"
#include "testing/testevent.h"
#include "testing/testhistory.h"
#include "testing/testrunoptions.h"
#include "testing/testrunoutcome.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace pwb {

class WatchSet;

class CoverageModel;
class Database;
class TestRunModel;
class TestRunner;

// What the user chose for a project's runs, remembered per project (QSettings).
struct TestSessionSettings
{
    QString mixEnv;
    QString extraArgs;
    int hangSeconds = 120;
    QString businessLogic; // module patterns, comma or space separated
    QString include;       // tags
    QString exclude;
    bool cover = false;
    std::optional<QString> appPath; // the umbrella app last chosen ("" = all apps)

    friend bool operator==(const TestSessionSettings&, const TestSessionSettings&) = default;
};

class TestSession : public QObject
{
    Q_OBJECT
public:
    explicit TestSession(QObject* parent = nullptr);
    ~TestSession() override;

    TestRunner* runner() const { return m_runner; }
    TestRunModel* model() const { return m_model; }
    CoverageModel* coverage() const { return m_coverage; }

    // Run history goes to this store (none without one).
    void setDatabase(Database* db);
    QList<TestRunRecord> history() const;

    // Whether the session keeps state in the project: finished runs saved to
    // .workbench/last-test-run.jsonl, and on open the last run restored and the coverage files
    // found (cover/excoveralls.json, lcov.info). The GUI does; --run-tests reports only the
    // run it makes and leaves the project untouched.
    void setKeepState(bool on) { m_keepState = on; }

    // A project folder: clears the previous one's state, restores its last run and the
    // coverage files it holds (cover/excoveralls.json, lcov.info), in the background.
    // `appPath` is the umbrella app shown first ("" for the whole project).
    void open(const QString& root, const QString& projectName, const QString& appPath = {});
    void close();
    QString root() const { return m_root; }

    TestSessionSettings loadSettings() const { return settingsFor(m_root); }
    // A project's settings, readable before the session opens it.
    static TestSessionSettings settingsFor(const QString& root);
    // The QSettings group holding a project's settings.
    static QString settingsGroupFor(const QString& root) { return settingsGroup(root); }
    void saveSettings(const TestSessionSettings& settings) const;

    // Starts `mix test` with `options`; false when one is already running or none is open.
    // `appName` names the run (default: the project's name, or the umbrella app's folder).
    bool run(const TestRunOptions& options, const QString& appName = {});
    // Another mix task through the same runner (deps.get); its end is mixTaskFinished.
    bool runMixTask(const QStringList& args, const QString& appPath);
    void cancel();
    bool isRunning() const;
    // True while the model shows a run restored from disk rather than one run now.
    bool isRestored() const { return m_restored; }
    // The run shown was recorded elsewhere and shipped with the project (kRecordedRunFile,
    // read when no run was made here yet), and when it was made.
    bool isRecorded() const { return m_recorded; }
    QDateTime recordedAt() const { return m_recordedAt; }
    static constexpr const char* kRecordedRunFile = ".recorded-test-run.jsonl";
    // Why the run shown has no line coverage though it was a --cover run (a stale _build):
    // cause and fix, for the view; empty when there is no such problem.
    QString coverageProblem() const { return m_coverageProblem; }
    // Seconds the suite took: ExUnit's own figure when it gave one, else wall time.
    double seconds() const;

    // Shows recorded events (a restored run, a capture) without running anything.
    void showRun(const QList<TestEvent>& events, const QString& appName, const QString& appPath,
                 const QString& coverageOrigin = {});

    // Watch mode: a change to any of `files` (absolute paths) re-runs the stale tests
    // with the options of the last run, once the current run has finished.
    void setWatchMode(bool on);
    // Where a watch-mode run takes its options from (a front end's current choices);
    // without one, the last run's options with the Stale scope.
    void setOptionsProvider(std::function<TestRunOptions(TestRunOptions::Scope)> provider)
    {
        m_optionsProvider = std::move(provider);
    }
    bool watchMode() const { return m_watch; }
    void setWatchedFiles(const QStringList& absolutePaths);
    QStringList watchedFiles() const;

    bool exportJUnit(const QString& path, QString* error = nullptr) const;

signals:
    void runStarted(const QStringList& command);
    void eventsApplied(const QList<TestEvent>& events);
    void outputReceived(const QString& text);
    void hung(int seconds);
    void runFinished(const TestRunOutcome& outcome);
    void mixTaskFinished(const TestRunOutcome& outcome);
    void lastRunRestored();
    void historyChanged();
    // Something this session keeps (the run history, the last run's file) could not be
    // written: `path` is the file, `reason` says why. The run itself is unaffected.
    void writeFailed(const QString& path, const QString& reason);
    // Watch mode saw a change and starts a run with these options.
    void watchTriggered();

private:
    void onEvents(const QList<TestEvent>& events);
    void onFinished(const TestRunOutcome& outcome);
    void recordHistory(const TestRunOutcome& outcome);
    void saveLastRun();
    void loadLastRun(const QString& appName, const QString& appPath);
    void loadCoverageFiles();
    void rearmWatcher();
    static QString settingsGroup(const QString& root);
    QString appNameFor(const QString& appPath) const;

    TestRunner* m_runner;
    TestRunModel* m_model;
    CoverageModel* m_coverage;
    std::unique_ptr<TestHistory> m_history;
    QString m_root;
    TestRunOptions m_lastOptions;
    QString m_projectName;
    CoverageData m_runCoverage;  // the formatter's line coverage of the current run
    QString m_runCoverageOrigin; // what the gutter says it comes from
    QStringList m_watchedFiles;
    WatchSet* m_watcher = nullptr;
    QTimer* m_watchDebounce;
    quint64 m_generation = 0;
    bool m_mixTask = false;
    bool m_rerunPending = false;
    bool m_restored = false;
    bool m_recorded = false;
    QDateTime m_recordedAt;
    QString m_coverageProblem;
    bool m_watch = false;
    bool m_keepState = true;
    std::function<TestRunOptions(TestRunOptions::Scope)> m_optionsProvider;
};

} // namespace pwb
