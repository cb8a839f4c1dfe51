// SPDX-License-Identifier: MIT
// The main window: welcome screen or the open project's views, the project tree, menus
// and the status bar. It assembles; the views and models do the work.
#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace pwb {

class BoardPage;
class Database;
class GraphPage;
class GuidedTour;
class Navigator;
class Project;
class ProjectTree;
class RelatedPanel;
class RecentProjectsModel;
class ReviewPage;
class StatusFitter;
class TestsPage;
class TracesPage;
class ViewScale;
class UndoRouter;
class ViewLinks;
class WelcomePage;
struct CommandLine;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `databasePath` empty: the user's data folder (Database::defaultPath()).
    explicit MainWindow(const QString& databasePath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Acts on the command line (open a path or the demo, screenshot); false on a fatal error.
    bool start(const CommandLine& cl);
    bool openProject(const QString& path);
    // Puts the user's copy of an installed demo back as installed (closing it if open) and
    // forgets its history and settings.
    bool resetDemoCopy(QString* error);
    void closeProject();
    void showView(const QString& name);
    // Shows the Review view with `path` (project-relative) open at a 1-based line (0: top).
    void openInEditor(const QString& path, int line);

    Project* project() const { return m_project; }
    RecentProjectsModel* recentProjects() const { return m_recent; }
    QTabWidget* views() const { return m_views; }
    WelcomePage* welcomePage() const { return m_welcome; }
    ProjectTree* projectTree() const { return m_tree; }
    ReviewPage* reviewPage() const { return m_review; }
    BoardPage* boardPage() const { return m_board; }
    GraphPage* graphPage() const { return m_graph; }
    TestsPage* testsPage() const { return m_tests; }
    TracesPage* tracesPage() const { return m_traces; }
    GuidedTour* tour() const { return m_tour; }
    // Help > Guided Tour: opens the demo when another project (or none) is open, then
    // starts the tour at `step` (0-based).
    void startTour(int step = 0);
    UndoRouter* undoRouter() const { return m_undoRouter; }
    // Browser-like navigation across the views: navigateTo(LinkTarget), back(), forward().
    // The guided tour, the Related panel and the GUI tests all go through it.
    Navigator* navigator() const { return m_navigator; }
    // What the current selection links to in the other views (a dock beside every view).
    RelatedPanel* relatedPanel() const { return m_related; }
    QString identityText() const;
    ViewScale* viewScale() const { return m_scale; }
    QAction* presentationAction() const { return m_presentAction; }
    // Help > Keyboard Shortcuts (modeless; the same dialog again when already open).
    void showShortcuts();

signals:
    // The project is open and its file list is known: every view has what it needs.
    void projectReady();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void chooseProject();
    void openDemo();
    void resetDemo();
    void onProjectOpened();
    void updateIdentity();
    void takeScreenshot(const QString& file);
    void updateReviewStatus();
    void updateProjectActions();
    void updateRelated();

    std::unique_ptr<Database> m_db;
    RecentProjectsModel* m_recent;
    Project* m_project;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    QTabWidget* m_views;
    BoardPage* m_board;
    GraphPage* m_graph;
    ReviewPage* m_review;
    TestsPage* m_tests;
    TracesPage* m_traces;
    ProjectTree* m_tree;
    UndoRouter* m_undoRouter;
    QDockWidget* m_treeDock;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_identity;
    QLabel* m_files;
    QLabel* m_findingCounts;
    QLabel* m_git;
    StatusFitter* m_statusFitter = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_presentAction = nullptr;
    ViewScale* m_scale = nullptr;
    GuidedTour* m_tour = nullptr;
    bool m_treeWasVisible = false;
    // View menu entries that need an open project (disabled on the welcome page).
    QList<QAction*> m_projectActions;
    Navigator* m_navigator;
    ViewLinks* m_viewLinks;
    RelatedPanel* m_related;
    QDockWidget* m_relatedDock;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
};

} // namespace pwb
