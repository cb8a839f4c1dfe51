// SPDX-License-Identifier: MIT
// The Tests view: a front end of the project's TestSession (models/testing). It shows the
// live tree, failures with links into the editor, the raw log, coverage against the TRD
// targets and the project's history, and forwards the user's clicks to the session.
#pragma once

#include "testing/coveragedata.h"
#include "testing/testevent.h"
#include "testing/testrunoptions.h"
#include "testing/testrunoutcome.h"
#include "workspace/linktarget.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace pwb {

class CoverageModel;
class Database;
class EmptyState;
class FailurePanel;
class ProblemBar;
class Project;
class TestHistory;
class TestHistoryChart;
class TestRunModel;
class TestRunner;
class TestSession;
class TestLinks;

class TestsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TestsPage(Project* project, QWidget* parent = nullptr);
    ~TestsPage() override;

    // Where run history goes (the main window's store); without one, no history.
    void setDatabase(Database* db);

    EmptyState* emptyState() const { return m_empty; }
    TestSession* session() const { return m_session; }
    TestRunner* runner() const { return m_runner; }
    TestRunModel* runModel() const { return m_model; }
    // Line coverage for the editor's gutter: coverageModel()->lineHits(relativePath).
    CoverageModel* coverageModel() const { return m_coverage; }
    FailurePanel* failurePanel() const { return m_failure; }
    QTreeView* treeView() const { return m_tree; }
    QTabWidget* tabs() const { return m_tabs; }
    QString bannerText() const;
    // What the session could not write (history, last run), with path and reason.
    QString writeProblemText() const;
    QString summaryText() const;
    QString logText() const;
    QListWidget* problems() const { return m_problems; }
    QPushButton* depsGetButton() const { return m_depsGet; }
    QComboBox* appChooser() const { return m_app; }
    TestHistoryChart* historyChart() const { return m_chart; }
    QAction* action(const QString& name) const;

    // The options the toolbar describes, for `scope`.
    TestRunOptions currentOptions(TestRunOptions::Scope scope) const;
    // Runs the suite. The first run in a project the user has not trusted asks once
    // ("Running tests executes this project's code"); the answer is kept in the store.
    bool runTests(const TestRunOptions& options);
    void runAll();
    void runFailed();
    void runStale();
    void runFile(const QString& relativePath);
    // The test under the editor's cursor: `mix test file:line`.
    void runAt(const QString& relativePath, int line);
    void cancel();
    // Shows a recorded run (the last run of a project, a capture) without running anything.
    void showRun(const QList<TestEvent>& events, const QString& appName, const QString& appPath);
    void setWatchMode(bool on);
    bool exportJUnit(const QString& path, QString* error = nullptr);

    // Test names are links to their source line (and trace): see TestLinks.
    TestLinks* testLinks() const { return m_testLinks; }

signals:
    void openFileRequested(const QString& relativePath, int line);
    // A test's name or its "trace" link was followed.
    void linkRequested(const pwb::LinkTarget& target);
    void runFinished(const TestRunOutcome& outcome);

private:
    void buildUi();
    void refresh();
    void onProjectOpened();
    void onRunStarted(const QStringList& command);
    void onOutput(const QString& text);
    void onFinished(const TestRunOutcome& outcome);
    void onMixTaskFinished(const TestRunOutcome& outcome);
    void onHung(int seconds);
    void flushLogCarry();
    void updateSummary();
    void updateActions();
    void updateCoverageSummary();
    void refreshSlowest();
    void refreshHistory();
    void showBanner(const QString& text, const QString& hint, bool error);
    void selectionChanged();
    void selectFirstFailure();
    void runDepsGet();
    bool confirmTrust();
    void updateWatchedFiles();
    void loadSettings();
    void saveSettings() const;

    Project* m_project;
    TestLinks* m_testLinks = nullptr;
    TestSession* m_session;
    Database* m_db = nullptr;           // where trusted projects are remembered
    QSet<QString> m_trustedThisSession; // when the store cannot remember
    // The session's objects, named here because the page shows them.
    TestRunner* m_runner;
    TestRunModel* m_model;
    CoverageModel* m_coverage;

    QStackedWidget* m_stack = nullptr;
    EmptyState* m_empty;
    QWidget* m_content = nullptr;
    QHash<QString, QAction*> m_actions;
    QComboBox* m_app = nullptr;
    QLineEdit* m_seed = nullptr;
    QLineEdit* m_include = nullptr;
    QLineEdit* m_exclude = nullptr;
    QWidget* m_optionsRow = nullptr;
    QLineEdit* m_mixEnv = nullptr;
    QLineEdit* m_extraArgs = nullptr;
    QSpinBox* m_hangSecs = nullptr;
    QLineEdit* m_business = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    ProblemBar* m_writeProblem = nullptr;
    QPushButton* m_depsGet = nullptr;
    QPushButton* m_stopHung = nullptr;
    QListWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QTreeView* m_tree = nullptr;
    QTabWidget* m_tabs = nullptr;
    FailurePanel* m_failure = nullptr;
    QTreeWidget* m_slowest = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QTableView* m_coverageView = nullptr;
    QLabel* m_coverageSummary = nullptr;
    TestHistoryChart* m_chart = nullptr;
    QTimer* m_tick;
    QString m_logCarry;
    bool m_mixTask = false;
};

} // namespace pwb
