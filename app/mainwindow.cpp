// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "board/boardpage.h"
#include "commandline.h"
#include "common/navigator.h"
#include "common/projecttree.h"
#include "common/relatedpanel.h"
#include "common/shortcutsdialog.h"
#include "common/statusfitter.h"
#include "common/undorouter.h"
#include "common/viewscale.h"
#include "common/welcomepage.h"
#include "core/workerpriority.h"
#include "demoproject.h"
#include "editor/codeeditor.h"
#include "graph/graphpage.h"
#include "graph/graphview.h"
#include "guidedtour.h"
#include "project/fileindex.h"
#include "pwb_config.h"
#include "review/reviewpage.h"
#include "store/database.h"
#include "store/recentprojectsmodel.h"
#include "tasks/taskdocuments.h"
#include "testing/coveragelineprovider.h"
#include "testing/testhistory.h"
#include "testing/testmarkersource.h"
#include "testing/testsession.h"
#include "testing/testspage.h"
#include "traces/tracespage.h"
#include "traces/tracetimeline.h"
#include "viewlinks.h"
#include "workspace/linkindex.h"
#include "workspace/project.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>

namespace pwb {

namespace {
const QStringList kViewNames{QStringLiteral("board"), QStringLiteral("graph"),
                             QStringLiteral("review"), QStringLiteral("tests"),
                             QStringLiteral("traces")};
} // namespace

MainWindow::MainWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::make_unique<Database>(databasePath.isEmpty() ? Database::defaultPath()
                                                             : databasePath))
    , m_recent(new RecentProjectsModel(m_db.get(), this))
    , m_project(new Project(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_recent, this))
    , m_views(new QTabWidget(this))
    , m_board(new BoardPage(m_project, this))
    , m_graph(new GraphPage(m_project, this))
    , m_review(new ReviewPage(m_project, this))
    , m_tests(new TestsPage(m_project, this))
    , m_traces(new TracesPage(m_project, this))
    , m_tree(new ProjectTree(m_project, this))
    , m_undoRouter(new UndoRouter(this))
    , m_treeDock(new QDockWidget(tr("Project"), this))
    , m_identity(new QLabel(this))
    , m_files(new QLabel(this))
    , m_findingCounts(new QLabel(this))
    , m_git(new QLabel(this))
    , m_navigator(new Navigator(m_views, this))
    , m_viewLinks(new ViewLinks(m_project, m_navigator,
                                {m_board, m_graph, m_review, m_tests, m_traces}, this))
    , m_related(new RelatedPanel(this))
    , m_relatedDock(new QDockWidget(tr("Related"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The window's background work (parsing, analysis, links) yields to its GUI thread.
    WorkerPriority::lowerGlobalPool();
    setAcceptDrops(true);
    resize(1400, 880);

    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->setIconSize(QSize(18, 18));
    m_views->addTab(m_board, QIcon(QStringLiteral(":/icons/board.svg")), tr("Board"));
    m_views->addTab(m_graph, QIcon(QStringLiteral(":/icons/graph.svg")), tr("Graph"));
    m_views->addTab(m_review, QIcon(QStringLiteral(":/icons/review.svg")), tr("Review"));
    m_views->addTab(m_tests, QIcon(QStringLiteral(":/icons/tests.svg")), tr("Tests"));
    m_views->addTab(m_traces, QIcon(QStringLiteral(":/icons/traces.svg")), tr("Traces"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_views);
    setCentralWidget(m_stack);

    m_treeDock->setObjectName(QStringLiteral("projectDock"));
    m_treeDock->setWidget(m_tree);
    m_treeDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);
    resizeDocks({m_treeDock}, {280}, Qt::Horizontal);
    m_treeDock->hide();

    m_relatedDock->setObjectName(QStringLiteral("relatedDock"));
    m_relatedDock->setWidget(m_related);
    m_relatedDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_relatedDock);
    resizeDocks({m_relatedDock}, {300}, Qt::Horizontal);
    m_relatedDock->hide();
    connect(m_navigator, &Navigator::currentChanged, this, &MainWindow::updateRelated);
    connect(m_project, &Project::linksChanged, this, &MainWindow::updateRelated);
    connect(m_related, &RelatedPanel::activated, m_navigator, &Navigator::navigateTo);
    connect(m_board, &BoardPage::linkRequested, m_navigator, &Navigator::navigateTo);
    connect(m_tests, &TestsPage::linkRequested, m_navigator, &Navigator::navigateTo);
    connect(m_traces, &TracesPage::linkRequested, m_navigator, &Navigator::navigateTo);

    m_identity->setObjectName(QStringLiteral("projectIdentity"));
    m_files->setObjectName(QStringLiteral("fileCount"));
    statusBar()->addWidget(m_identity, 1);
    statusBar()->addPermanentWidget(m_findingCounts);
    statusBar()->addPermanentWidget(m_git);
    statusBar()->addPermanentWidget(m_files);
    m_findingCounts->setObjectName(QStringLiteral("findingCounts"));
    m_git->setObjectName(QStringLiteral("gitStatus"));
    // At 1024 px the identity, counts, branch and file count do not all fit: the file count
    // goes first, then the branch, then the counts; the identity is elided.
    m_statusFitter = new StatusFitter(statusBar(), m_identity);
    m_statusFitter->addDroppable(m_files);
    m_statusFitter->addDroppable(m_git);
    m_statusFitter->addDroppable(m_findingCounts);
    connect(m_review, &ReviewPage::statusChanged, this, &MainWindow::updateReviewStatus);
    connect(m_review, &ReviewPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });

    // Presentation mode and per-view zoom. The graph is a canvas (its zoom is the view's
    // scale); the trace film strip's thumbnails are pixmaps, sized by the factor.
    m_scale = new ViewScale(this, m_views, this);
    m_scale->setCanvas(
        m_graph, [this](double ratio) { m_graph->view()->zoomBy(ratio); },
        [this] { m_graph->view()->fit(); });
    m_scale->setScaleHook(m_traces,
                          [this](double f) { m_traces->timeline()->setThumbnailScale(f); });

    m_tour = new GuidedTour(this);
    buildMenus();

    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseProject);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this,
            [this](const QString& path) { openProject(path); });
    connect(m_recent, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildRecentMenu);
    connect(m_project, &Project::opened, this, &MainWindow::onProjectOpened);
    connect(m_project, &Project::infoChanged, this, &MainWindow::updateIdentity);
    connect(m_project->files(), &FileIndex::ready, this, [this] {
        updateIdentity();
        if (m_project->isOpen())
            emit projectReady();
    });
    // Every view's links to a file land in the Review view's editor.
    connect(m_board, &BoardPage::openFileRequested, this, &MainWindow::openInEditor);
    connect(m_graph, &GraphPage::openFileRequested, this, &MainWindow::openInEditor);
    connect(m_tree, &ProjectTree::fileActivated, this,
            [this](const QString& path) { openInEditor(path, 0); });
    // Ctrl+Z anywhere in the window undoes the last edit, in the view that made it.
    m_undoRouter->addStack(m_project->tasks()->undoStack(),
                           [this] { m_views->setCurrentWidget(m_board); });
    connect(m_review, &ReviewPage::editorOpened, this, [this](CodeEditor* editor) {
        // Each load gives the editor a new document.
        connect(editor, &CodeEditor::loaded, this, [this, e = QPointer<CodeEditor>(editor)] {
            if (!e)
                return;
            m_undoRouter->addDocument(e->document(), [this, e] {
                m_views->setCurrentWidget(m_review);
                if (e)
                    m_review->tabs()->setCurrentWidget(e);
            });
        });
    });
    qApp->installEventFilter(m_undoRouter);
    m_tests->setDatabase(m_db.get());
    m_graph->setDatabase(m_db.get());
    // The editor's gutter shows the Tests view's line coverage and follows every new result.
    m_review->setCoverageProvider(new CoverageLineProvider(m_tests->coverageModel(), this));
    connect(m_tests, &TestsPage::openFileRequested, this, &MainWindow::openInEditor);
    // Test files show a run marker per test, its last result and a failure's message; a
    // marker runs its test through the Tests view's session.
    m_review->setTestMarkerProvider(new TestMarkerSource(m_tests, this));

    if (!m_db->recoveryMessage().isEmpty()) {
        m_welcome->setNotice(m_db->recoveryMessage());
        statusBar()->showMessage(m_db->recoveryMessage(), 15000);
    } else if (!m_db->isOpen()) {
        m_welcome->setNotice(tr("The workbench database could not be opened (%1); recent "
                                "projects will not be remembered.")
                                 .arg(m_db->errorString()));
    }
    updateIdentity();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(QIcon(QStringLiteral(":/icons/folder-open.svg")),
                                    tr("&Open Project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    file->addAction(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Open &Demo Project"), this,
                    &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("&Recent Projects"));
    QAction* reset = file->addAction(tr("&Reset Demo Project…"), this, &MainWindow::resetDemo);
    reset->setObjectName(QStringLiteral("resetDemo"));
    reset->setEnabled(DemoProject::canReset());
    reset->setToolTip(
        DemoProject::canReset()
            ? tr("Restore your copy of the demo (%1) as installed").arg(DemoProject::copyPath())
            : tr("The demo opens in place from the source tree: nothing to reset"));
    m_closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_closeAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoRouter->undoAction());
    edit->addAction(m_undoRouter->redoAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList labels{tr("&Board"), tr("&Graph"), tr("&Review"), tr("&Tests"),
                             tr("T&races")};
    for (int i = 0; i < labels.size(); ++i) {
        QAction* a = view->addAction(labels[i], this, [this, i] { m_views->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_projectActions << a;
    }
    view->addSeparator();
    QAction* tree = m_treeDock->toggleViewAction();
    tree->setText(tr("&Project Files"));
    tree->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(tree);
    QAction* related = m_relatedDock->toggleViewAction();
    related->setText(tr("Related Lin&ks"));
    view->addAction(related);
    QAction* focusRelated = view->addAction(tr("&Jump to Related Links"), this, [this] {
        m_relatedDock->show();
        m_related->list()->setFocus();
    });
    focusRelated->setObjectName(QStringLiteral("focusRelated"));
    focusRelated->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    QAction* filter = view->addAction(tr("&Filter Files"), this, [this] {
        m_treeDock->show();
        m_tree->filterEdit()->setFocus();
        m_tree->filterEdit()->selectAll();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    filter->setObjectName(QStringLiteral("filterFiles"));
    m_projectActions << tree << filter;
    updateProjectActions();
    view->addSeparator();
    // The zoom keys act on the current view (the graph zooms its canvas, Ctrl+0 fits it).
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_scale, &ViewScale::zoomIn);
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_scale, &ViewScale::zoomOut);
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Underscore)});
    QAction* zoomReset = view->addAction(tr("&Actual Size"), m_scale, &ViewScale::resetZoom);
    zoomReset->setObjectName(QStringLiteral("zoomReset"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    m_presentAction = view->addAction(tr("Presentation &Mode"));
    m_presentAction->setObjectName(QStringLiteral("presentationMode"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentAction->setToolTip(tr("Full screen, everything larger: for a projector"));
    connect(m_presentAction, &QAction::toggled, m_scale, &ViewScale::setPresenting);
    connect(m_scale, &ViewScale::presentingChanged, m_presentAction, &QAction::setChecked);
    // On a projector every pixel goes to the views: the file tree steps aside.
    connect(m_scale, &ViewScale::presentingChanged, this, [this](bool on) {
        // A message shown before the font changed would be drawn over the re-laid-out bar.
        statusBar()->clearMessage();
        if (on) {
            m_treeWasVisible = m_treeDock->isVisible();
            m_treeDock->hide();
        } else if (m_treeWasVisible && m_project->isOpen()) {
            m_treeDock->show();
        }
    });
    QMenu* scaleMenu = view->addMenu(tr("Presentation &Scale"));
    scaleMenu->setObjectName(QStringLiteral("presentationScale"));
    auto* scales = new QActionGroup(scaleMenu);
    for (const double f : {1.25, 1.5, 1.75, 2.0}) {
        QAction* a = scaleMenu->addAction(tr("%1 %").arg(qRound(f * 100)));
        a->setCheckable(true);
        a->setChecked(qFuzzyCompare(f, m_scale->presentationScale()));
        a->setData(f);
        scales->addAction(a);
        connect(a, &QAction::triggered, m_scale, [this, f] { m_scale->setPresentationScale(f); });
    }

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(tr("&Back"), m_navigator, &Navigator::back);
    m_backAction->setObjectName(QStringLiteral("goBack"));
    // Alt+Left/Right everywhere, plus the platform's own keys when it has others (the same
    // key twice on one action would make it ambiguous).
    const auto keys = [](QKeySequence::StandardKey standard, const QKeySequence& ours) {
        QList<QKeySequence> list = QKeySequence::keyBindings(standard);
        if (!list.contains(ours))
            list.prepend(ours);
        return list;
    };
    m_backAction->setShortcuts(keys(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    m_forwardAction = go->addAction(tr("&Forward"), m_navigator, &Navigator::forward);
    m_forwardAction->setObjectName(QStringLiteral("goForward"));
    m_forwardAction->setShortcuts(
        keys(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    const auto updateGo = [this] {
        m_backAction->setEnabled(m_navigator->canGoBack());
        m_forwardAction->setEnabled(m_navigator->canGoForward());
    };
    connect(m_navigator, &Navigator::historyChanged, this, updateGo);
    updateGo();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcutList =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcutList->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcutList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    QAction* tour = help->addAction(tr("&Guided Tour of the Demo"), this, [this] { startTour(); });
    tour->setObjectName(QStringLiteral("guidedTour"));
    tour->setToolTip(tr("Walk from a task to its agent, code, findings, tests and trace"));
    help->addSeparator();
    help->addAction(tr("&About Phoenix Workbench"), this, [this] {
        QMessageBox::about(
            this, tr("About Phoenix Workbench"),
            tr("<h3>Phoenix Workbench %1</h3><p>A desktop workbench for Elixir/Phoenix teams."
               "</p><p>Qt %2 · editor highlighting: %3</p>")
                .arg(QStringLiteral(PWB_VERSION), QString::fromLatin1(qVersion()),
                     QStringLiteral(PWB_HIGHLIGHTER)));
    });
    rebuildRecentMenu();
}

void MainWindow::showShortcuts()
{
    // Built fresh each time: views add actions as they come to life.
    if (auto* old = findChild<ShortcutsDialog*>())
        old->deleteLater();
    auto* dialog = new ShortcutsDialog(this, m_views, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::startTour(int step)
{
    QString error;
    const QString demo = DemoProject::path(&error);
    if (demo.isEmpty()) {
        QMessageBox::warning(this, tr("Demo project not found"), error);
        return;
    }
    if (m_project->isOpen() && m_project->root() == QDir(demo).canonicalPath() &&
        !m_project->files()->isScanning()) {
        m_tour->start(step);
        return;
    }
    connect(
        this, &MainWindow::projectReady, this, [this, step] { m_tour->start(step); },
        Qt::SingleShotConnection);
    openProject(demo);
}

void MainWindow::updateProjectActions()
{
    const bool open = m_stack->currentWidget() == m_views;
    for (QAction* a : std::as_const(m_projectActions))
        a->setEnabled(open);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (int row = 0; row < m_recent->rowCount(); ++row) {
        const QModelIndex idx = m_recent->index(row);
        const QString path = idx.data(RecentProjectsModel::PathRole).toString();
        QAction* a = m_recentMenu->addAction(idx.data(RecentProjectsModel::NameRole).toString() +
                                                 QStringLiteral("  —  ") + path,
                                             this, [this, path] { openProject(path); });
        a->setEnabled(idx.data(RecentProjectsModel::ExistsRole).toBool());
    }
    m_recentMenu->setEnabled(m_recent->rowCount() > 0);
}

bool MainWindow::start(const CommandLine& cl)
{
    QString path = cl.path;
    if (cl.demo) {
        // Said on stderr for whoever started it from a terminal; a run that saves a
        // screenshot has nobody to click a dialog away, so it only exits.
        const auto fail = [&](const QString& title, const QString& error) {
            QTextStream(stderr) << "phoenix-workbench: " << error << Qt::endl;
            if (cl.screenshot.isEmpty())
                QMessageBox::critical(this, title, error);
            return false;
        };
        QString error;
        if (cl.resetDemo && !resetDemoCopy(&error))
            return fail(tr("Demo not reset"), error);
        path = DemoProject::path(&error);
        if (path.isEmpty())
            return fail(tr("Demo project not found"), error);
    }
    if (!cl.view.isEmpty()) {
        connect(
            this, &MainWindow::projectReady, this, [this, v = cl.view] { showView(v); },
            Qt::SingleShotConnection);
    }
    if (!cl.select.isEmpty())
        m_graph->selectWhenShown(cl.select);
    if (cl.scale > 0)
        m_scale->setPresentationScale(cl.scale);
    if (cl.presentation)
        m_scale->setPresenting(true);
    if (cl.tourStep > 0) {
        // Started from the command line (screenshots of the story): once the project is in.
        connect(
            this, &MainWindow::projectReady, this,
            [this, step = cl.tourStep - 1] { m_tour->start(step); }, Qt::SingleShotConnection);
    }
    if (!cl.openFile.isEmpty()) {
        connect(
            this, &MainWindow::projectReady, this,
            [this, spec = cl.openFile] {
                const qsizetype colon = spec.lastIndexOf(u':');
                bool ok = false;
                const int line = colon > 0 ? spec.mid(colon + 1).toInt(&ok) : 0;
                m_views->setCurrentWidget(m_review);
                m_review->openFile(ok ? spec.left(colon) : spec, ok ? line : 0);
            },
            Qt::SingleShotConnection);
    }
    if (!cl.screenshot.isEmpty()) {
        const QString file = cl.screenshot;
        if (path.isEmpty()) {
            QTimer::singleShot(800, this, [this, file] { takeScreenshot(file); });
        } else {
            connect(
                this, &MainWindow::projectReady, this,
                [this, file] {
                    QTimer::singleShot(1500, this, [this, file] { takeScreenshot(file); });
                },
                Qt::SingleShotConnection);
        }
    }
    // A path that cannot be opened is not fatal: the welcome page says why.
    if (!path.isEmpty())
        openProject(path);
    return true;
}

bool MainWindow::openProject(const QString& path)
{
    QString error;
    if (!m_project->open(path, &error)) {
        m_welcome->setNotice(tr("Could not open the project: %1").arg(error));
        if (m_stack->currentWidget() == m_welcome)
            statusBar()->showMessage(error, 10000);
        else
            QMessageBox::warning(this, tr("Cannot open project"), error);
        return false;
    }
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    return true;
}

void MainWindow::closeProject()
{
    m_project->close();
    m_navigator->clear();
    m_stack->setCurrentWidget(m_welcome);
    m_treeDock->hide();
    m_relatedDock->hide();
    m_closeAction->setEnabled(false);
    updateProjectActions();
    setWindowTitle(QString());
    updateIdentity();
    updateReviewStatus();
}

void MainWindow::showView(const QString& name)
{
    if (name == u"plans") {
        showView(QStringLiteral("board"));
        m_board->setPlansShown(true);
        return;
    }
    const qsizetype i = kViewNames.indexOf(name);
    if (i >= 0)
        m_views->setCurrentIndex(int(i));
}

void MainWindow::chooseProject()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Phoenix Project"));
    if (!dir.isEmpty())
        openProject(dir);
}

bool MainWindow::resetDemoCopy(QString* error)
{
    const QString copy = DemoProject::copyPath();
    const bool wasOpen = m_project->isOpen() && m_project->root() == QDir(copy).canonicalPath();
    if (wasOpen)
        closeProject();
    if (!DemoProject::reset(error))
        return false;
    // Nothing of the previous class stays: run history and the Tests view's settings.
    if (m_db && m_db->isOpen())
        TestHistory(m_db.get()).forget(copy);
    QSettings settings;
    settings.remove(TestSession::settingsGroupFor(copy));
    return true;
}

void MainWindow::resetDemo()
{
    if (!DemoProject::canReset())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Reset the demo project?"),
        tr("The demo in %1 goes back to how it was installed: its edits, triage decisions, "
           "build output, test runs and history are removed.")
            .arg(DemoProject::copyPath()),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    QString error;
    if (!resetDemoCopy(&error)) {
        QMessageBox::warning(this, tr("Demo not reset"), error);
        return;
    }
    openDemo();
}

void MainWindow::openDemo()
{
    QString error;
    const QString path = DemoProject::path(&error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Demo project not found"), error);
        return;
    }
    openProject(path);
}

void MainWindow::onProjectOpened()
{
    const ProjectInfo& info = m_project->info();
    // A store that did not open was reported at start; a row it refuses now is news.
    const bool remembered = m_recent->add(info.root, info.name, ProjectInfo::kindName(info.kind));
    m_navigator->clear();
    m_welcome->setNotice(QString());
    m_stack->setCurrentWidget(m_views);
    if (m_scale->isPresenting())
        m_treeWasVisible = true;
    else
        m_treeDock->show();
    m_relatedDock->show();
    // On a 1024 px screen the views need the room more than the file names do: the
    // Related panel goes under the project tree, in one narrower column.
    if (width() < 1200) {
        if (dockWidgetArea(m_relatedDock) != Qt::LeftDockWidgetArea)
            splitDockWidget(m_treeDock, m_relatedDock, Qt::Vertical);
        resizeDocks({m_treeDock}, {200}, Qt::Horizontal);
    }
    m_closeAction->setEnabled(true);
    updateProjectActions();
    setWindowTitle(info.name);
    if (!remembered && m_db->isOpen())
        statusBar()->showMessage(
            tr("%1 — not added to recent projects: %2").arg(info.summary, m_recent->errorString()),
            15000);
    else
        statusBar()->showMessage(info.summary, 8000);
    updateIdentity();
}

QString MainWindow::identityText() const
{
    if (!m_project->isOpen())
        return tr("No project open");
    const ProjectInfo& info = m_project->info();
    QStringList parts{info.name, ProjectInfo::kindName(info.kind)};
    const QString phx = info.versions.value(QStringLiteral("phoenix")).display();
    if (!phx.isEmpty())
        parts << tr("Phoenix %1").arg(phx);
    const QString lv = info.versions.value(QStringLiteral("phoenix_live_view")).display();
    if (!lv.isEmpty())
        parts << tr("LiveView %1").arg(lv);
    if (!info.elixirRequirement.isEmpty())
        parts << tr("Elixir %1").arg(info.elixirRequirement);
    if (info.apps.size() > 1)
        parts << tr("%n app(s)", nullptr, int(info.apps.size()));
    if (!info.diagnostics.isEmpty())
        parts << tr("%n problem(s) in mix files", nullptr, int(info.diagnostics.size()));
    return parts.join(QStringLiteral("  ·  "));
}

void MainWindow::updateIdentity()
{
    QStringList tips;
    for (const Diagnostic& d : m_project->info().diagnostics)
        tips << d.toString();
    // the label may be elided: the tooltip always has the whole line
    const QString summary = tips.isEmpty() ? m_project->info().summary : tips.join(u'\n');
    m_identity->setToolTip(summary.isEmpty() ? identityText() : identityText() + u'\n' + summary);
    const FileIndex* files = m_project->files();
    m_files->setText(m_project->isOpen() && !files->isScanning()
                         ? tr("%n file(s)", nullptr, int(files->files().size()))
                         : QString());
    m_statusFitter->setMainText(identityText());
}

void MainWindow::updateReviewStatus()
{
    const bool open = m_project->isOpen();
    m_findingCounts->setText(open ? m_review->severityCountsText() : QString());
    m_findingCounts->setToolTip(tr("Open and confirmed review findings by severity"));
    const QString git = m_review->gitStatusText();
    // a long commit summary must not push the rest of the status bar away
    const QString shown = git.size() > 60 ? git.left(59) + u'…' : git;
    m_git->setText(git.isEmpty() ? QString() : QStringLiteral("⎇ ") + shown);
    m_git->setToolTip(git + u'\n' + m_review->gitStatusToolTip());
    m_statusFitter->fit();
}

void MainWindow::updateRelated()
{
    const LinkTarget subject = m_navigator->current();
    m_related->setLinks(subject, m_project->links().related(subject), m_project->linksPending());
}

void MainWindow::takeScreenshot(const QString& file)
{
    const QPixmap shot = grab();
    const bool ok = shot.save(file);
    if (!ok)
        fprintf(stderr, "phoenix-workbench: cannot write screenshot %s\n", qPrintable(file));
    QCoreApplication::exit(ok ? 0 : 3);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && QFileInfo(urls.first().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    openProject(event->mimeData()->urls().first().toLocalFile());
}

void MainWindow::openInEditor(const QString& path, int line)
{
    // Through the navigator, so every view's link to a file is a step Back can retrace.
    if (!m_navigator->navigateTo(LinkTarget::file(path, line))) {
        m_views->setCurrentWidget(m_review);
        m_review->openFile(path, line);
    }
}

} // namespace pwb
