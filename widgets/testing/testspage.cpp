// SPDX-License-Identifier: MIT
#include "testspage.h"

#include "common/columnfitter.h"
#include "common/emptystate.h"
#include "common/problembar.h"
#include "core/whendone.h"
#include "coveragebardelegate.h"
#include "failurepanel.h"
#include "project/fileindex.h"
#include "store/database.h"
#include "store/projecttrust.h"
#include "testhistorychart.h"
#include "testing/ansitext.h"
#include "testing/coveragemodel.h"
#include "testing/junitexport.h"
#include "testing/testeventparser.h"
#include "testing/testhistory.h"
#include "testing/testrunmodel.h"
#include "testing/testrunner.h"
#include "testing/testsession.h"
#include "testlinks.h"
#include "teststatedelegate.h"
#include "workspace/project.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pwb {

namespace {
// At least `minimum`, and wide enough for the placeholder in the user's language
// ("Tags einschließen" is longer than "include tags").
int placeholderWidth(const QLineEdit* edit, int minimum)
{
    const int text = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    return std::max(minimum,
                    text + 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 12);
}

QStringList splitTags(const QString& text)
{
    QStringList out;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString& p : parts)
        out << p;
    return out;
}

bool isTestFile(const QString& f)
{
    return f.endsWith(QStringLiteral("_test.exs")) &&
           (f.startsWith(QStringLiteral("test/")) || f.contains(QStringLiteral("/test/")));
}

// ANSI colours that stay readable on the palette's base colour.
QColor ansiColor(int code, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (code) {
    case 1:
        return dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xb0, 0x00, 0x20);
    case 2:
        return dark ? QColor(0x6b, 0xd9, 0x6b) : QColor(0x1b, 0x7f, 0x2a);
    case 3:
        return dark ? QColor(0xe6, 0xc9, 0x4d) : QColor(0x8a, 0x6d, 0x00);
    case 4:
        return dark ? QColor(0x7a, 0xa7, 0xff) : QColor(0x1f, 0x4f, 0xbf);
    case 5:
        return dark ? QColor(0xd0, 0x8a, 0xff) : QColor(0x8e, 0x24, 0xaa);
    case 6:
        return dark ? QColor(0x4d, 0xd0, 0xc4) : QColor(0x00, 0x79, 0x6b);
    case 0:
        return palette.color(QPalette::PlaceholderText); // ExUnit's "black" locations
    default:
        return palette.color(QPalette::Text);
    }
}

struct LoadedRun
{
    QList<TestEvent> events;
    QString appName;
    QString appPath;
};
} // namespace

TestsPage::TestsPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_session(new TestSession(this))
    , m_runner(m_session->runner())
    , m_model(m_session->model())
    , m_coverage(m_session->coverage())
    , m_empty(new EmptyState(QStringLiteral("tests"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("testspage"));
    buildUi();
    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &TestsPage::updateSummary);
    m_session->setOptionsProvider([this](TestRunOptions::Scope scope) {
        saveSettings();
        m_runner->setHangTimeout(m_hangSecs->value() * 1000);
        return currentOptions(scope);
    });
    connect(m_session, &TestSession::runStarted, this, &TestsPage::onRunStarted);
    connect(m_session, &TestSession::outputReceived, this, &TestsPage::onOutput);
    connect(m_session, &TestSession::runFinished, this, &TestsPage::onFinished);
    connect(m_session, &TestSession::mixTaskFinished, this, &TestsPage::onMixTaskFinished);
    connect(m_session, &TestSession::hung, this, &TestsPage::onHung);
    connect(m_session, &TestSession::historyChanged, this, &TestsPage::refreshHistory);
    connect(m_session, &TestSession::writeFailed, this,
            [this](const QString& path, const QString& reason) {
                m_writeProblem->setProblem(
                    tr("The run was not fully kept: %1 could not be written (%2).")
                        .arg(QDir::toNativeSeparators(path), reason));
            });
    // A new run (or another project) makes the previous run's write problem old news.
    connect(m_session, &TestSession::runStarted, this, [this] { m_writeProblem->setProblem({}); });
    connect(m_session, &TestSession::lastRunRestored, this, [this] {
        refreshSlowest();
        updateActions();
        refresh();
        selectFirstFailure();
        updateSummary();
    });
    connect(m_model, &TestRunModel::countsChanged, this, &TestsPage::updateSummary);
    connect(m_coverage, &CoverageModel::coverageChanged, this, &TestsPage::updateCoverageSummary);
    connect(project, &Project::opened, this, &TestsPage::onProjectOpened);
    connect(project, &Project::closed, this, [this] {
        m_session->close();
        refresh();
    });
    connect(project->files(), &FileIndex::ready, this, [this] {
        refresh();
        updateWatchedFiles();
    });
    refresh();
}

TestsPage::~TestsPage() = default;

QAction* TestsPage::action(const QString& name) const
{
    return m_actions.value(name);
}

void TestsPage::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    m_stack->addWidget(m_empty);
    m_empty->setTitle(tr("Tests"));

    m_content = new QWidget(this);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* bar = new QToolBar(m_content);
    bar->setObjectName(QStringLiteral("testsToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto add = [&](const QString& name, const QString& text, const QString& icon,
                   const QKeySequence& key, const QString& tip) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        a->setToolTip(key.isEmpty() ? tip
                                    : tip + QStringLiteral(" (") +
                                          key.toString(QKeySequence::NativeText) + u')');
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(a);
        bar->addAction(a);
        m_actions.insert(name, a);
        return a;
    };
    connect(add(QStringLiteral("runAll"), tr("Run all"), QStringLiteral("media-playback-start"),
                QKeySequence(Qt::Key_F5), tr("Run the whole suite")),
            &QAction::triggered, this, &TestsPage::runAll);
    connect(add(QStringLiteral("runFailed"), tr("Failed"), QStringLiteral("view-refresh"),
                QKeySequence(Qt::SHIFT | Qt::Key_F5),
                tr("Run the tests that failed last time (--failed)")),
            &QAction::triggered, this, &TestsPage::runFailed);
    connect(add(QStringLiteral("runFile"), tr("File…"), QStringLiteral("document-open"),
                QKeySequence(Qt::CTRL | Qt::Key_F5),
                tr("Run the selected test's file, or choose one")),
            &QAction::triggered, this, [this] {
                QString file;
                if (const TestResult* t = m_model->result(m_tree->currentIndex()))
                    file = t->file;
                else if (m_tree->currentIndex().isValid())
                    file = m_tree->currentIndex().data(TestRunModel::FileRole).toString();
                if (file.isEmpty() || !isTestFile(file)) {
                    QStringList files;
                    for (const QString& f :
                         m_project->files()->filesWithSuffix({QStringLiteral("exs")}))
                        if (isTestFile(f))
                            files << f;
                    bool ok = false;
                    file = QInputDialog::getItem(this, tr("Run a test file"), tr("File:"), files, 0,
                                                 false, &ok);
                    if (!ok)
                        return;
                }
                runFile(file);
            });
    connect(add(QStringLiteral("runStale"), tr("Stale"), QStringLiteral("view-refresh"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5),
                tr("Run the tests affected by changes (--stale)")),
            &QAction::triggered, this, &TestsPage::runStale);
    QAction* cover = add(QStringLiteral("cover"), tr("Cover"), QStringLiteral("view-statistics"),
                         {}, tr("Measure coverage (--cover)"));
    cover->setCheckable(true);
    QAction* watch = add(QStringLiteral("watch"), tr("Watch"), QStringLiteral("view-visible"), {},
                         tr("Run --stale again whenever a .ex/.exs file is saved"));
    watch->setCheckable(true);
    connect(watch, &QAction::toggled, this, &TestsPage::setWatchMode);
    connect(add(QStringLiteral("cancel"), tr("Stop"), QStringLiteral("process-stop"),
                QKeySequence(Qt::Key_Escape), tr("Stop the run and every process it started")),
            &QAction::triggered, this, &TestsPage::cancel);
    bar->addSeparator();
    m_app = new QComboBox(bar);
    m_app->setObjectName(QStringLiteral("appChooser"));
    m_app->setToolTip(tr("Umbrella: run one app's suite alone"));
    m_app->setAccessibleName(tr("Application"));
    m_actions.insert(QStringLiteral("appChooser"), bar->addWidget(m_app));
    m_seed = new QLineEdit(bar);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setPlaceholderText(tr("seed"));
    m_seed->setValidator(new QIntValidator(0, 2147483647, m_seed));
    m_seed->setMaximumWidth(90);
    m_seed->setMinimumWidth(placeholderWidth(m_seed, 0));
    m_seed->setAccessibleName(tr("Seed"));
    bar->addWidget(m_seed);
    m_include = new QLineEdit(bar);
    m_include->setObjectName(QStringLiteral("includeTags"));
    m_include->setPlaceholderText(tr("include tags"));
    m_include->setMaximumWidth(placeholderWidth(m_include, 130));
    // Never narrower than the placeholder: a full toolbar moves its last items into the
    // overflow menu instead of cutting the hint to "mit Ta…".
    m_include->setMinimumWidth(placeholderWidth(m_include, 0));
    m_include->setAccessibleName(tr("Include tags"));
    bar->addWidget(m_include);
    m_exclude = new QLineEdit(bar);
    m_exclude->setObjectName(QStringLiteral("excludeTags"));
    m_exclude->setPlaceholderText(tr("exclude tags"));
    m_exclude->setMaximumWidth(placeholderWidth(m_exclude, 130));
    m_exclude->setMinimumWidth(placeholderWidth(m_exclude, 0));
    m_exclude->setAccessibleName(tr("Exclude tags"));
    bar->addWidget(m_exclude);
    QAction* options = add(QStringLiteral("options"), tr("Options"), QStringLiteral("configure"),
                           {}, tr("MIX_ENV, extra arguments, hang time, business logic"));
    options->setCheckable(true);
    connect(add(QStringLiteral("exportJUnit"), tr("JUnit…"), QStringLiteral("document-save"), {},
                tr("Export the run as JUnit XML")),
            &QAction::triggered, this, [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export JUnit XML"), m_project->root() + QStringLiteral("/junit.xml"),
                    tr("JUnit XML (*.xml)"));
                QString error;
                if (!path.isEmpty() && !exportJUnit(path, &error))
                    showBanner(tr("Could not write %1: %2").arg(path, error), {}, true);
            });
    layout->addWidget(bar);

    m_optionsRow = new QWidget(m_content);
    m_optionsRow->setObjectName(QStringLiteral("testOptions"));
    auto* form = new QHBoxLayout(m_optionsRow);
    form->setContentsMargins(4, 0, 4, 0);
    m_mixEnv = new QLineEdit(m_optionsRow);
    m_mixEnv->setPlaceholderText(QStringLiteral("test"));
    m_mixEnv->setAccessibleName(QStringLiteral("MIX_ENV"));
    m_extraArgs = new QLineEdit(m_optionsRow);
    m_extraArgs->setPlaceholderText(tr("e.g. --max-failures 5 --trace"));
    m_extraArgs->setAccessibleName(tr("Extra arguments"));
    m_hangSecs = new QSpinBox(m_optionsRow);
    m_hangSecs->setRange(0, 3600);
    m_hangSecs->setValue(120);
    m_hangSecs->setSuffix(tr(" s"));
    m_hangSecs->setSpecialValueText(tr("never"));
    m_hangSecs->setAccessibleName(tr("Report as hung after"));
    m_business = new QLineEdit(m_optionsRow);
    m_business->setPlaceholderText(tr("contexts (lib/<app>/*.ex)"));
    m_business->setAccessibleName(tr("Business logic modules"));
    auto label = [&](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, m_optionsRow);
        l->setBuddy(buddy);
        form->addWidget(l);
        form->addWidget(buddy);
    };
    label(tr("MIX_&ENV:"), m_mixEnv);
    label(tr("E&xtra args:"), m_extraArgs);
    label(tr("&Hung after:"), m_hangSecs);
    label(tr("&Business logic:"), m_business);
    connect(m_business, &QLineEdit::editingFinished, this, [this] {
        m_coverage->setBusinessLogicPatterns(splitTags(m_business->text()));
        updateCoverageSummary();
    });
    m_optionsRow->setVisible(false);
    connect(options, &QAction::toggled, m_optionsRow, &QWidget::setVisible);
    layout->addWidget(m_optionsRow);

    m_banner = new QWidget(m_content);
    m_banner->setObjectName(QStringLiteral("testBanner"));
    m_banner->setAutoFillBackground(true);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerText, 1);
    m_depsGet = new QPushButton(tr("Run mix deps.get"), m_banner);
    m_depsGet->setObjectName(QStringLiteral("depsGet"));
    connect(m_depsGet, &QPushButton::clicked, this, &TestsPage::runDepsGet);
    bannerLayout->addWidget(m_depsGet);
    m_stopHung = new QPushButton(tr("Stop it"), m_banner);
    m_stopHung->setObjectName(QStringLiteral("stopHung"));
    connect(m_stopHung, &QPushButton::clicked, this, &TestsPage::cancel);
    bannerLayout->addWidget(m_stopHung);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);
    m_writeProblem = new ProblemBar(m_content);
    m_writeProblem->setObjectName(QStringLiteral("testsWriteProblem"));
    layout->addWidget(m_writeProblem);

    m_problems = new QListWidget(m_content);
    m_problems->setObjectName(QStringLiteral("testProblems"));
    m_problems->setMaximumHeight(110);
    m_problems->setVisible(false);
    m_problems->setAccessibleName(tr("Compile problems"));
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openFileRequested(item->data(Qt::UserRole).toString(),
                               item->data(Qt::UserRole + 1).toInt());
    });
    layout->addWidget(m_problems);

    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("testSummary"));
    // A recorded run's note is long: it wraps rather than widen a 1024 px window.
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Horizontal, m_content);
    m_tree = new QTreeView(split);
    m_tree->setObjectName(QStringLiteral("testTree"));
    m_tree->setModel(m_model);
    auto* delegate = new TestStateDelegate(m_tree);
    m_tree->setItemDelegate(delegate);
    m_testLinks = new TestLinks(m_project, m_tree, this);
    delegate->setLinks(m_testLinks);
    connect(m_testLinks, &TestLinks::linkRequested, this, &TestsPage::linkRequested);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Test results"));
    // Test names stay readable in a small window: state, time and tags give way first.
    new ColumnFitter(m_tree, TestRunModel::NameColumn, 220,
                     {{TestRunModel::StateColumn, {200, 84}},
                      {TestRunModel::DurationColumn, {100, 56}},
                      {TestRunModel::TagsColumn, {100, 48}}});
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TestsPage::selectionChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& idx) {
        const QString file = idx.data(TestRunModel::FileRole).toString();
        if (!file.isEmpty())
            emit openFileRequested(file, idx.data(TestRunModel::LineRole).toInt());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        // Keep apps and modules open as they appear, so a live run is visible.
        if (!parent.isValid() ||
            parent.data(TestRunModel::KindRole).toInt() == int(TestRunModel::NodeKind::App))
            m_tree->expand(parent);
    });

    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("testTabs"));
    m_failure = new FailurePanel(m_tabs);
    connect(m_failure, &FailurePanel::openFileRequested, this, &TestsPage::openFileRequested);
    m_tabs->addTab(m_failure, tr("&Result"));
    m_slowest = new QTreeWidget(m_tabs);
    m_slowest->setObjectName(QStringLiteral("slowestTests"));
    m_slowest->setHeaderLabels({tr("Time"), tr("Test"), tr("Module")});
    m_slowest->setRootIsDecorated(false);
    connect(m_slowest, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QModelIndex idx = m_model->indexForKey(item->data(0, Qt::UserRole).toString());
        if (idx.isValid())
            m_tree->setCurrentIndex(idx);
    });
    m_tabs->addTab(m_slowest, tr("&Slowest"));
    m_log = new QPlainTextEdit(m_tabs);
    m_log->setObjectName(QStringLiteral("testLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(50000);
    {
        // The family only: the size follows the view (presentation mode, zoom).
        QFont mono;
        mono.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
        mono.setStyleHint(QFont::Monospace);
        m_log->setFont(mono);
    }
    m_log->setAccessibleName(tr("Raw log"));
    m_tabs->addTab(m_log, tr("&Log"));
    auto* covPage = new QWidget(m_tabs);
    auto* covLayout = new QVBoxLayout(covPage);
    m_coverageSummary = new QLabel(covPage);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    m_coverageSummary->setWordWrap(true);
    covLayout->addWidget(m_coverageSummary);
    m_coverageView = new QTableView(covPage);
    m_coverageView->setObjectName(QStringLiteral("coverageTable"));
    m_coverageView->setModel(m_coverage);
    m_coverageView->setItemDelegateForColumn(CoverageModel::PercentColumn,
                                             new CoverageBarDelegate(m_coverageView));
    m_coverageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coverageView->horizontalHeader()->setSectionResizeMode(CoverageModel::PercentColumn,
                                                             QHeaderView::Stretch);
    m_coverageView->verticalHeader()->hide();
    m_coverageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coverageView->setAccessibleName(tr("Coverage per module"));
    connect(m_coverageView, &QTableView::activated, this, [this](const QModelIndex& idx) {
        const QString file = idx.data(CoverageModel::FileRole).toString();
        if (!file.isEmpty())
            emit openFileRequested(file, 0);
    });
    covLayout->addWidget(m_coverageView);
    m_tabs->addTab(covPage, tr("&Coverage"));
    m_chart = new TestHistoryChart(m_tabs);
    m_tabs->addTab(m_chart, tr("&History"));
    split->addWidget(m_tree);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    updateCoverageSummary();
    updateActions();
}

void TestsPage::setDatabase(Database* db)
{
    m_db = db;
    m_session->setDatabase(db);
}

void TestsPage::refresh()
{
    if (!m_project->isOpen()) {
        m_empty->setText(tr("Open a project to run its ExUnit suite here."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    int found = 0;
    for (const QString& f : m_project->files()->filesWithSuffix({QStringLiteral("exs")}))
        found += isTestFile(f);
    if (found == 0 && m_model->tests().isEmpty()) {
        m_empty->setText(
            tr("Runs mix test and shows ExUnit results and coverage live.") +
            QStringLiteral("<br><br>") +
            tr("No test files (test/**/*_test.exs) were found in this project. Add one, "
               "e.g. with <code>mix new</code>'s layout, and it appears here."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_content);
    updateSummary();
}

void TestsPage::loadSettings()
{
    const TestSessionSettings t = TestSession::settingsFor(m_project->root());
    m_mixEnv->setText(t.mixEnv);
    m_extraArgs->setText(t.extraArgs);
    m_hangSecs->setValue(t.hangSeconds);
    m_business->setText(t.businessLogic);
    m_include->setText(t.include);
    m_exclude->setText(t.exclude);
    action(QStringLiteral("cover"))->setChecked(t.cover);
    if (t.appPath) {
        const int i = m_app->findData(*t.appPath);
        if (i >= 0)
            m_app->setCurrentIndex(i);
    }
}

void TestsPage::saveSettings() const
{
    if (!m_project->isOpen())
        return;
    TestSessionSettings t;
    t.mixEnv = m_mixEnv->text();
    t.extraArgs = m_extraArgs->text();
    t.hangSeconds = m_hangSecs->value();
    t.businessLogic = m_business->text();
    t.include = m_include->text();
    t.exclude = m_exclude->text();
    t.cover = action(QStringLiteral("cover"))->isChecked();
    t.appPath = m_app->currentData().toString();
    m_session->saveSettings(t);
}

void TestsPage::onProjectOpened()
{
    const ProjectInfo& info = m_project->info();
    m_app->clear();
    if (info.kind == ProjectKind::Umbrella) {
        m_app->addItem(tr("All apps"), QString());
        int preferred = -1;
        for (const AppInfo& a : info.apps) {
            m_app->addItem(a.name, a.path);
            // Domain apps usually run offline; web apps need Hex packages.
            if (preferred < 0 && !a.phoenix)
                preferred = m_app->count() - 1;
        }
        m_app->setCurrentIndex(std::max(preferred, 0));
    } else {
        m_app->addItem(info.name, QString());
    }
    action(QStringLiteral("appChooser"))->setVisible(info.kind == ProjectKind::Umbrella);
    m_log->clear();
    m_banner->setVisible(false);
    m_problems->setVisible(false);
    loadSettings();
    m_session->open(m_project->root(), info.name, m_app->currentData().toString());
    refresh();
}

TestRunOptions TestsPage::currentOptions(TestRunOptions::Scope scope) const
{
    TestRunOptions o;
    o.scope = scope;
    o.appPath = m_app->currentData().toString();
    o.cover = action(QStringLiteral("cover"))->isChecked();
    bool ok = false;
    const qint64 seed = m_seed->text().toLongLong(&ok);
    o.seed = ok ? seed : -1;
    o.include = splitTags(m_include->text());
    o.exclude = splitTags(m_exclude->text());
    o.mixEnv = m_mixEnv->text().trimmed();
    o.extraArgs = QProcess::splitCommand(m_extraArgs->text());
    return o;
}

bool TestsPage::confirmTrust()
{
    // mix.exs, the test helpers and every dependency run with the user's rights: a project
    // someone else wrote is only run once the user said so, for that folder.
    const QString root = m_project->root();
    ProjectTrust trust(m_db);
    if (m_trustedThisSession.contains(root) || trust.isTrusted(root))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Run this project's code?"),
                    tr("Running tests executes this project's code: its mix.exs, test helpers "
                       "and dependencies run with your rights.\n\nRun the tests of %1 only if "
                       "you trust where it came from. You will not be asked again for this "
                       "folder.")
                        .arg(root),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("trustPrompt"));
    QPushButton* run = box.addButton(tr("Trust and Run"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != run)
        return false;
    if (!trust.setTrusted(root, true))
        m_writeProblem->setProblem(
            tr("Trusting %1 could not be remembered in %2; it holds for this session only.")
                .arg(root, m_db ? m_db->filePath() : tr("the workbench database")));
    m_trustedThisSession.insert(root);
    return true;
}

bool TestsPage::runTests(const TestRunOptions& options)
{
    if (!m_project->isOpen() || m_session->isRunning())
        return false;
    if (!confirmTrust())
        return false;
    saveSettings();
    m_runner->setHangTimeout(m_hangSecs->value() * 1000);
    return m_session->run(options);
}

void TestsPage::onRunStarted(const QStringList& command)
{
    m_logCarry.clear();
    m_log->clear();
    m_banner->setVisible(false);
    m_problems->clear();
    m_problems->setVisible(false);
    m_failure->showTest(nullptr);
    m_log->appendPlainText(QStringLiteral("$ ") + command.join(u' ') + u'\n');
    if (m_mixTask)
        m_tabs->setCurrentWidget(m_log);
    else
        m_stack->setCurrentWidget(m_content);
    m_tick->start();
    updateActions();
}

void TestsPage::runAll()
{
    runTests(currentOptions(TestRunOptions::Scope::All));
}

void TestsPage::runFailed()
{
    runTests(currentOptions(TestRunOptions::Scope::Failed));
}

void TestsPage::runStale()
{
    runTests(currentOptions(TestRunOptions::Scope::Stale));
}

void TestsPage::runFile(const QString& relativePath)
{
    TestRunOptions o = currentOptions(TestRunOptions::Scope::File);
    o.file = relativePath;
    runTests(o);
}

void TestsPage::runAt(const QString& relativePath, int line)
{
    TestRunOptions o = currentOptions(TestRunOptions::Scope::FileLine);
    o.file = relativePath;
    o.line = line;
    // The file's app, when the run is at the umbrella root.
    if (o.appPath.isEmpty() && relativePath.startsWith(QStringLiteral("apps/")))
        o.appPath = relativePath.section(u'/', 0, 1);
    runTests(o);
}

void TestsPage::cancel()
{
    m_session->cancel();
}

void TestsPage::runDepsGet()
{
    if (m_session->isRunning() || !confirmTrust())
        return;
    m_runner->setHangTimeout(m_hangSecs->value() * 1000);
    m_mixTask = true;
    if (!m_session->runMixTask({QStringLiteral("deps.get")}, m_app->currentData().toString()))
        m_mixTask = false;
}

void TestsPage::onOutput(const QString& chunk)
{
    QString text = m_logCarry + chunk;
    m_logCarry.clear();
    // An escape sequence cut between two reads waits for its end.
    const qsizetype esc = text.lastIndexOf(QChar(0x1b));
    if (esc >= 0 && esc > text.size() - 12) {
        const QString tail = text.mid(esc);
        if (!QRegularExpression(QStringLiteral("^\x1b\\[[0-9;?]*[@-~]")).match(tail).hasMatch()) {
            m_logCarry = tail;
            text.truncate(esc);
        }
    }
    const bool atEnd =
        m_log->verticalScrollBar()->value() >= m_log->verticalScrollBar()->maximum() - 2;
    QTextCursor c(m_log->document());
    c.movePosition(QTextCursor::End);
    for (const AnsiText::Segment& s : AnsiText::segments(text)) {
        QTextCharFormat f;
        if (s.color >= 0)
            f.setForeground(ansiColor(s.color, palette()));
        if (s.bold)
            f.setFontWeight(QFont::Bold);
        c.insertText(s.text, f);
    }
    if (atEnd)
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void TestsPage::onHung(int seconds)
{
    showBanner(
        tr("No output for %n second(s): the run may be hung.", nullptr, seconds),
        tr("A test may wait for a message that never comes. Stop it, or wait if it is just slow."),
        true);
    m_stopHung->setVisible(true);
}

void TestsPage::showBanner(const QString& text, const QString& hint, bool error)
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window,
               error ? (dark ? QColor(0x5a, 0x22, 0x22) : QColor(0xfd, 0xe2, 0xe1))
                     : (dark ? QColor(0x22, 0x3a, 0x5a) : QColor(0xe1, 0xec, 0xfd)));
    p.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    m_banner->setPalette(p);
    QString html = QStringLiteral("<b>") + text.toHtmlEscaped() + QStringLiteral("</b>");
    if (!hint.isEmpty())
        html +=
            QStringLiteral("<br>") + hint.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    m_bannerText->setText(html);
    m_depsGet->setVisible(false);
    m_stopHung->setVisible(false);
    m_banner->setVisible(true);
}

QString TestsPage::writeProblemText() const
{
    return m_writeProblem->problem();
}

QString TestsPage::bannerText() const
{
    return m_banner->isVisible() ? m_bannerText->text() : QString();
}

QString TestsPage::summaryText() const
{
    return m_summary->text();
}

QString TestsPage::logText() const
{
    return m_log->toPlainText();
}

void TestsPage::flushLogCarry()
{
    m_tick->stop();
    if (!m_logCarry.isEmpty()) {
        m_log->appendPlainText(AnsiText::strip(m_logCarry));
        m_logCarry.clear();
    }
}

void TestsPage::onMixTaskFinished(const TestRunOutcome& outcome)
{
    flushLogCarry();
    m_mixTask = false;
    if (outcome.exitCode == 0)
        showBanner(tr("mix deps.get finished."), tr("Run the tests again."), false);
    else
        showBanner(
            tr("mix deps.get failed (exit status %1).").arg(outcome.exitCode),
            tr("The raw log says why; without network access Hex packages cannot be fetched."),
            true);
    updateActions();
}

void TestsPage::onFinished(const TestRunOutcome& outcome)
{
    flushLogCarry();
    using S = TestRunOutcome::Status;
    if (outcome.status != S::Passed && outcome.status != S::TestsFailed) {
        showBanner(outcome.message, outcome.hint,
                   outcome.status != S::NoTests && outcome.status != S::Cancelled);
        m_depsGet->setVisible(outcome.status == S::DepsMissing);
    } else if (!outcome.hint.isEmpty()) {
        showBanner(outcome.message, outcome.hint, false);
    } else if (!m_session->coverageProblem().isEmpty()) {
        showBanner(outcome.message, m_session->coverageProblem(), false);
    }
    // The coverage may not have changed, but why it has no lines may have.
    updateCoverageSummary();
    m_problems->clear();
    for (const Diagnostic& d : outcome.diagnostics) {
        auto* item = new QListWidgetItem(d.toString(), m_problems);
        item->setData(Qt::UserRole, d.path);
        item->setData(Qt::UserRole + 1, d.line);
        item->setForeground(TestStateDelegate::stateColor(
            int(d.severity == Diagnostic::Severity::Error ? TestState::Failed : TestState::Invalid),
            palette()));
    }
    m_problems->setVisible(m_problems->count() > 0);
    refreshSlowest();
    selectFirstFailure();
    updateSummary();
    updateActions();
    emit runFinished(outcome);
}

void TestsPage::updateSummary()
{
    const TestCounts& c = m_model->counts();
    QString text;
    if (c.total == 0 && !m_session->isRunning()) {
        text = tr("No run yet. Press Run all (F5) to run the suite.");
    } else {
        text = tr("%1 tests: %2").arg(c.total).arg(TestRunModel::countsText(c));
        // Live: wall time so far; afterwards ExUnit's own figure when it gave one.
        const double secs = !m_model->isRunning() && m_model->suiteRunUs() > 0
                                ? double(m_model->suiteRunUs()) / 1e6
                                : double(m_model->elapsedMs()) / 1000.0;
        text += QStringLiteral(" · ") + tr("%1 s").arg(secs, 0, 'f', 1);
        if (m_model->seed() >= 0)
            text += QStringLiteral(" · ") + tr("seed %1").arg(m_model->seed());
        if (m_model->isRunning())
            text += QStringLiteral(" · ") + tr("running…");
        else if (m_session->isRecorded())
            // Honest about where the results come from: nothing ran on this machine.
            text += QStringLiteral(" · ") +
                    tr("a recorded run from %1, shipped with the project; F5 runs the tests here")
                        .arg(QLocale().toString(m_session->recordedAt().toLocalTime(),
                                                QLocale::ShortFormat));
        else if (m_session->isRestored())
            text += QStringLiteral(" · ") + tr("last run, restored");
    }
    m_summary->setText(text);
}

void TestsPage::updateActions()
{
    const bool running = m_session->isRunning();
    for (const QString& name : {QStringLiteral("runAll"), QStringLiteral("runFailed"),
                                QStringLiteral("runFile"), QStringLiteral("runStale")})
        action(name)->setEnabled(!running);
    action(QStringLiteral("cancel"))->setEnabled(running);
    action(QStringLiteral("exportJUnit"))->setEnabled(!running && !m_model->tests().isEmpty());
}

void TestsPage::updateCoverageSummary()
{
    // A stale _build leaves the run without line data: say why and what to do, first.
    const QString problem = m_session->coverageProblem();
    const QString problemHtml =
        problem.isEmpty()
            ? QString()
            : QStringLiteral("<span style=\"color:%1\">%2</span>")
                  .arg(TestStateDelegate::stateColor(int(TestState::Failed), palette()).name(),
                       problem.toHtmlEscaped());
    if (m_coverage->isEmpty() && !problem.isEmpty()) {
        m_coverageSummary->setText(problemHtml);
        return;
    }
    if (m_coverage->isEmpty()) {
        m_coverageSummary->setText(
            tr("No coverage yet: turn on Cover and run, or put cover/excoveralls.json "
               "or lcov.info in the project."));
        return;
    }
    const double total = m_coverage->totalPercent();
    const double business = m_coverage->businessPercent();
    QString text = tr("Overall %1% (target ≥ %2%)")
                       .arg(total, 0, 'f', 1)
                       .arg(m_coverage->overallThreshold(), 0, 'f', 0);
    if (business >= 0)
        text += QStringLiteral(" · ") + tr("business logic %1% (target ≥ %2%)")
                                            .arg(business, 0, 'f', 1)
                                            .arg(m_coverage->businessThreshold(), 0, 'f', 0);
    const QList<ModuleCoverage> short_ = m_coverage->shortfalls();
    text += QStringLiteral(" · ") +
            (m_coverage->meetsTargets() ? tr("targets met") : tr("targets missed"));
    if (!short_.isEmpty()) {
        QStringList names;
        for (const ModuleCoverage& m : short_.mid(0, 5))
            names << m.module;
        text += QStringLiteral("<br>") +
                tr("Short: %1").arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    // Say where the gutter's hits and misses come from, or why there are none.
    const QString origins = m_coverage->coverage().origins().join(QStringLiteral(", "));
    if (!problem.isEmpty()) {
        m_coverageSummary->setText(text + QStringLiteral("<br>") + problemHtml);
        return;
    }
    text += QStringLiteral("<br>") +
            (m_coverage->coverage().hasLineData()
                 ? tr("Line coverage in the editor from %1.").arg(origins.toHtmlEscaped())
                 : tr("No line coverage: %1 gives module percentages only, so the editor "
                      "marks no lines.")
                       .arg(origins.toHtmlEscaped()));
    m_coverageSummary->setText(text);
}

void TestsPage::refreshSlowest()
{
    m_slowest->clear();
    for (const TestResult& t : m_model->slowest(20)) {
        auto* item = new QTreeWidgetItem(
            m_slowest, {TestRunModel::formatDuration(t.timeUs), t.test, t.module});
        item->setData(0, Qt::UserRole, t.key());
    }
    m_slowest->resizeColumnToContents(0);
}

void TestsPage::refreshHistory()
{
    m_chart->setRuns(m_project->isOpen() ? m_session->history() : QList<TestRunRecord>());
}

void TestsPage::selectionChanged()
{
    const TestResult* t = m_model->result(m_tree->currentIndex());
    QSet<QString> files;
    for (const QString& f : m_project->files()->files())
        files.insert(f);
    m_failure->setProjectFiles(files);
    m_failure->showTest(t);
    if (t && (t->state == TestState::Failed || t->state == TestState::Invalid))
        m_tabs->setCurrentWidget(m_failure);
}

void TestsPage::showRun(const QList<TestEvent>& events, const QString& appName,
                        const QString& appPath)
{
    m_session->showRun(events, appName, appPath);
    refreshSlowest();
    updateSummary();
    updateActions();
    refresh();
    selectFirstFailure();
}

void TestsPage::selectFirstFailure()
{
    const QList<TestResult> failures = m_model->failures();
    if (failures.isEmpty() || m_tree->currentIndex().isValid())
        return;
    const QModelIndex idx = m_model->indexForKey(failures.first().key());
    m_tree->scrollTo(idx);
    m_tree->setCurrentIndex(idx);
}

void TestsPage::setWatchMode(bool on)
{
    if (action(QStringLiteral("watch"))->isChecked() != on)
        action(QStringLiteral("watch"))->setChecked(on);
    updateWatchedFiles();
    m_session->setWatchMode(on);
}

void TestsPage::updateWatchedFiles()
{
    if (!m_project->isOpen())
        return;
    QStringList paths;
    for (const QString& f :
         m_project->files()->filesWithSuffix({QStringLiteral("ex"), QStringLiteral("exs")})) {
        if (f.startsWith(QStringLiteral("deps/")) || f.contains(QStringLiteral("/deps/")) ||
            f.startsWith(QStringLiteral("_build/")))
            continue;
        paths << m_project->absolutePath(f);
    }
    m_session->setWatchedFiles(paths);
}

bool TestsPage::exportJUnit(const QString& path, QString* error)
{
    return m_session->exportJUnit(path, error);
}

} // namespace pwb
