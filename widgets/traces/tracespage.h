// SPDX-License-Identifier: MIT
// The LiveView traces view: the project's traces and reports on the left; for the selected
// trace a native timeline (film strip, actions, LiveView events), the action list and the
// selected action's details; and a web view with Playwright's own viewer (or ours) served
// from a loopback-only server. Runs the project's Playwright tests when it can.
#pragma once

#include "workspace/linktarget.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace pwb {

struct Link;
class EmptyState;
class PlaywrightRunner;
class Project;
struct PlaywrightRunOutcome;
class TraceModel;
class TraceServer;
class TraceTimeline;
class TraceWebView;

class TracesPage : public QWidget
{
    Q_OBJECT
public:
    explicit TracesPage(Project* project, QWidget* parent = nullptr);
    ~TracesPage() override;

    EmptyState* emptyState() const { return m_empty; }
    QTreeView* traceList() const { return m_list; }
    QTreeView* actionList() const { return m_actions; }
    TraceModel* traceModel() const { return m_model; }
    TraceTimeline* timeline() const { return m_timeline; }
    QTextBrowser* details() const { return m_details; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* runButton() const { return m_run; }
    PlaywrightRunner* playwrightRunner() const { return m_runner; }
    QString runLog() const;
    // Created on first use.
    TraceWebView* webView();
    TraceServer* server();

    // Selects the list row of `absolutePath` (a trace or a report); false when not listed.
    bool selectPath(const QString& absolutePath);
    // Shows the selected trace or report in the web view.
    void showInWebView();
    // The URL the web view shows for the current selection (empty before one is made).
    QUrl webUrl() const { return m_webUrl; }
    // True when Playwright's own viewer is shown: a playwright-core was found (the project's,
    // $PWB_PLAYWRIGHT_CORE, scripts/deps' build/node, a system-wide one) and the user did not
    // ask for the workbench's page.
    bool hasPlaywrightViewer() const;
    // Shows the workbench's own, simpler page even when Playwright's viewer is there.
    void setPreferOwnViewer(bool own);
    // Above the web view: which viewer is shown and how to get the other.
    QLabel* viewerNote() const { return m_viewerNote; }

    // The links in the selected action's details (a LiveView event's handle_event clause,
    // a navigation's mount and handle_params), in the order shown.
    QList<LinkTarget> detailLinks() const { return m_detailLinks; }

signals:
    void webViewLoaded(bool ok);
    // A link in the details was followed (click, or Tab to it and Enter).
    void linkRequested(const pwb::LinkTarget& target);

private:
    void refreshState();
    void currentTraceChanged();
    void selectAction(int row);
    void showDetails(int row);
    // The action's links into the code, from the project's links model.
    QList<Link> codeLinks(const QString& callId) const;
    void runTests();
    void onRunStarted(const QStringList& command);
    void onRunFinished(const PlaywrightRunOutcome& outcome);
    QUrl urlForCurrent();
    void updateViewerNote();

    Project* m_project;
    QList<LinkTarget> m_detailLinks;
    EmptyState* m_empty;
    QStackedWidget* m_stack;
    QTreeView* m_list;
    QLabel* m_status;
    QLabel* m_viewerNote;
    bool m_preferOwnViewer = false;
    QPushButton* m_rescan;
    QPushButton* m_run;
    QTabWidget* m_tabs;
    QStackedWidget* m_nativeStack;
    QLabel* m_nativeMessage;
    TraceModel* m_model;
    TraceTimeline* m_timeline;
    QTreeView* m_actions;
    QTextBrowser* m_details;
    QWidget* m_webHolder;
    TraceWebView* m_web = nullptr;
    TraceServer* m_server = nullptr;
    QPlainTextEdit* m_log;
    PlaywrightRunner* m_runner;
    QUrl m_webUrl;
    QString m_selectedPath;
    int m_mountCounter = 0;
};

} // namespace pwb
