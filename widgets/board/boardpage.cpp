// SPDX-License-Identifier: MIT
#include "boardpage.h"

#include "boardview.h"
#include "carddelegate.h"
#include "common/emptystate.h"
#include "core/documentkind.h"
#include "core/whendone.h"
#include "plansoverview.h"
#include "project/fileindex.h"
#include "sprintsummary.h"
#include "taskdetailpanel.h"
#include "tasks/boardmodel.h"
#include "tasks/plansmodel.h"
#include "tasks/sprintmodel.h"
#include "tasks/taskdocuments.h"
#include "tasks/trdstats.h"
#include "vcs/gitrepository.h"
#include "workspace/project.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pwb {

BoardPage::BoardPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new BoardModel(project->tasks(), this))
    , m_sprintModel(new SprintModel(project->tasks(), this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("board"), this))
    , m_boardArea(new QWidget(this))
    , m_docPicker(new QComboBox(this))
    , m_addDoc(new QToolButton(this))
    , m_showAll(new QCheckBox(tr("All documents"), this))
    , m_lanes(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_sprint(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_undo(new QToolButton(this))
    , m_redo(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_view(new BoardView(this))
    , m_side(new QTabWidget(this))
    , m_details(new TaskDetailPanel(project->tasks(), this))
    , m_findings(new QTreeWidget(this))
    , m_sprints(new SprintSummary(m_sprintModel, this))
    , m_plansModel(new PlansModel(project->tasks(), this))
    , m_plans(new PlansOverview(m_plansModel, this))
    , m_plansToggle(new QToolButton(this))
    , m_boardStack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("boardpage"));
    TaskDocuments* docs = project->tasks();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_boardArea);
    m_empty->setTitle(tr("Task board"));
    connect(m_empty->addAction(tr("Open a TRD file…")), &QPushButton::clicked, this,
            &BoardPage::addDocument);

    // Toolbar: document, lanes, filters, undo.
    auto* area = new QVBoxLayout(m_boardArea);
    area->setContentsMargins(6, 6, 6, 0);
    auto* bar = new QHBoxLayout;
    m_docPicker->setObjectName(QStringLiteral("documentPicker"));
    m_docPicker->setToolTip(tr("TRD/PRD document shown on the board"));
    // Long titles and filter names give way before the task filter does (1024 px windows).
    m_docPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_docPicker->setMinimumContentsLength(14);
    m_plansToggle->setObjectName(QStringLiteral("plansToggle"));
    m_plansToggle->setText(tr("Plans"));
    m_plansToggle->setCheckable(true);
    m_plansToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_plansToggle->setToolTip(tr("Every plan of the project in one table: tasks, done, hours, "
                                 "stated against summed hours, lint and last change; "
                                 "double-click or Enter opens a plan's board"));
    m_addDoc->setText(tr("Add…"));
    m_addDoc->setToolTip(tr("Add another markdown document to the board"));
    m_showAll->setObjectName(QStringLiteral("showAllDocuments"));
    m_showAll->setToolTip(tr("Also list requirements, reports and other markdown documents; "
                             "the board lists plans only by default"));
    m_lanes->setObjectName(QStringLiteral("laneMode"));
    m_lanes->addItem(tr("Lanes: sprint"), int(BoardModel::LaneMode::Sprint));
    m_lanes->addItem(tr("Lanes: priority"), int(BoardModel::LaneMode::Priority));
    m_lanes->addItem(tr("Lanes: category"), int(BoardModel::LaneMode::Category));
    m_filter->setObjectName(QStringLiteral("taskFilter"));
    m_filter->setMinimumWidth(140);
    m_filter->setPlaceholderText(tr("Filter tasks (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_sprint->setObjectName(QStringLiteral("sprintFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (QComboBox* box : {m_lanes, m_priority, m_sprint, m_status}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
    }
    m_status->addItem(tr("Any status"), -1);
    for (TaskStatus s :
         {TaskStatus::Todo, TaskStatus::InProgress, TaskStatus::Blocked, TaskStatus::Done})
        m_status->addItem(taskStatusLabel(s), int(s));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    // Fixed labels: the stack's own actions grow to "Undo Tick “…” in TRD-004" and squeeze
    // the filter. What would be undone goes to the tooltip; Ctrl+Z is the main window's
    // (UndoRouter), which reaches the board wherever the focus is.
    QUndoStack* stack = docs->undoStack();
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_undo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_redo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_undo, &QToolButton::clicked, stack, &QUndoStack::undo);
    connect(m_redo, &QToolButton::clicked, stack, &QUndoStack::redo);
    const auto updateUndo = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        m_undo->setToolTip(
            stack->canUndo()
                ? tr("Undo %1 (%2)")
                      .arg(stack->undoText(),
                           QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
                : tr("Nothing to undo"));
        m_redo->setToolTip(
            stack->canRedo()
                ? tr("Redo %1 (%2)")
                      .arg(stack->redoText(),
                           QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText))
                : tr("Nothing to redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndo);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndo);
    connect(stack, &QUndoStack::canUndoChanged, this, updateUndo);
    connect(stack, &QUndoStack::canRedoChanged, this, updateUndo);
    updateUndo();
    m_bar = bar;
    m_filterBar = new QHBoxLayout;
    // The toolbar's one-row width must not become the window's minimum (1024 px screens):
    // narrower, the filters move to a second row (resizeEvent).
    auto* toolbar = new QWidget(m_boardArea);
    toolbar->setMinimumWidth(240);
    auto* rows = new QVBoxLayout(toolbar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(bar);
    rows->addLayout(m_filterBar);
    area->addWidget(toolbar);
    arrangeToolbar(false);
    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_summary->setWordWrap(true); // its width is no one's minimum
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    area->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_view->setItemDelegate(new CardDelegate(m_view));
    m_view->setModel(m_model);
    // Four columns at their narrowest, so the splitter never hides the Done column.
    m_view->setMinimumWidth(BoardView::kMinColumnWidth * 4 + BoardView::kSpacing * 5 + 2);
    split->addWidget(m_view);
    m_side->setObjectName(QStringLiteral("boardSide"));
    m_side->setDocumentMode(true);
    m_side->addTab(m_details, tr("Details"));
    m_findings->setObjectName(QStringLiteral("lintFindings"));
    m_findings->setHeaderLabels({tr("Line"), tr("Finding"), tr("Code")});
    m_findings->setRootIsDecorated(false);
    m_findings->setAlternatingRowColors(true);
    // Wrapped text in a one-line row was cut off mid-line; elided text ends in "…" and
    // the whole message is in the tooltip.
    m_findings->setWordWrap(false);
    m_findings->setTextElideMode(Qt::ElideRight);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_findings->header()->setStretchLastSection(false);
    m_side->addTab(m_findings, tr("Lint"));
    m_side->addTab(m_sprints, tr("Sprints"));
    m_side->setMinimumWidth(260);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 380});
    m_boardSplit = split;
    m_boardStack->addWidget(split);
    m_boardStack->addWidget(m_plans);
    area->addWidget(m_boardStack, 1);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    find->setWhatsThis(tr("Filter the cards"));
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    setFocusProxy(m_view);

    connect(m_showAll, &QCheckBox::toggled, this, &BoardPage::refresh);
    connect(m_showAll, &QCheckBox::toggled, m_plansModel, &PlansModel::setShowNonPlans);
    connect(m_plansToggle, &QToolButton::toggled, this, &BoardPage::setPlansShown);
    connect(m_plans, &PlansOverview::openRequested, this, &BoardPage::openPlan);
    connect(docs, &TaskDocuments::documentsReset, this, &BoardPage::readLastCommits);
    // After a write-back (or an undo back to the committed bytes) git says what is committed.
    connect(docs, &TaskDocuments::documentChanged, this, &BoardPage::readLastCommits);
    connect(m_docPicker, &QComboBox::currentIndexChanged, this, [this](int) {
        const int i = currentEntry();
        if (i < 0)
            return;
        m_model->setDocument(i);
        m_sprintModel->setDocument(i);
        m_details->clearTask();
        rebuildPickers();
        rebuildFindings();
        updateSummary();
    });
    connect(m_addDoc, &QToolButton::clicked, this, &BoardPage::addDocument);
    connect(m_lanes, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setLaneMode(BoardModel::LaneMode(m_lanes->currentData().toInt())); });
    connect(m_filter, &QLineEdit::textChanged, m_model, &BoardModel::setFilterText);
    connect(m_priority, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setPriorityFilter(m_priority->currentData().toString()); });
    connect(m_sprint, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSprintFilter(m_sprint->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_status->currentData().toInt()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BoardPage::onCurrentCard);
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        m_side->setCurrentWidget(m_details);
        if (!m_details->subtaskBoxes().isEmpty())
            m_details->subtaskBoxes().first()->setFocus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the selected task selected across rebuilds (edits, filters, reloads).
        const QModelIndex i = m_model->indexForTask(m_details->taskId());
        if (i.isValid())
            m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
        updateSummary();
    });
    connect(m_details, &TaskDetailPanel::openFileRequested, this, &BoardPage::openFileRequested);
    connect(m_details, &TaskDetailPanel::taskLinkActivated, this,
            [this](const QString& id) { followLink(LinkTarget::task(id)); });
    connect(m_details, &TaskDetailPanel::agentLinkActivated, this,
            [this](const QString& agent) { followLink(LinkTarget::agent(agent)); });
    // A card's "@agent" labels are links too.
    m_view->viewport()->installEventFilter(this);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const int line = item->data(0, Qt::UserRole).toInt();
        const TrdDocument* doc = m_model->currentDocument();
        if (doc) {
            for (const TrdTask& t : doc->tasks) {
                if (t.line == line) {
                    selectTask(t.id);
                    return;
                }
            }
        }
        const int i = currentEntry();
        if (i >= 0 && i < m_project->tasks()->count())
            emit openFileRequested(m_project->tasks()->at(i).path, line);
    });

    connect(docs, &TaskDocuments::documentsReset, this, &BoardPage::refresh);
    connect(docs, &TaskDocuments::loadingChanged, this, &BoardPage::refresh);
    connect(docs, &TaskDocuments::documentChanged, this, [this](int i) {
        if (i == currentEntry()) {
            rebuildFindings();
            updateSummary();
        }
    });
    connect(docs, &TaskDocuments::conflict, this, [this](int i, const QString& why) {
        const auto answer = QMessageBox::question(
            this, tr("The document changed on disk"),
            tr("%1 was changed outside the workbench and the edit could not be placed "
               "unambiguously (%2). Nothing was written.\n\nReload the document from disk?")
                .arg(m_project->tasks()->at(i).path, why),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            m_project->tasks()->reload(i);
    });
    connect(docs, &TaskDocuments::editFailed, this, [this](int, const QString& why) {
        QMessageBox::warning(this, tr("Cannot save the task"), why);
    });
    connect(project->files(), &FileIndex::scanStarted, this, &BoardPage::refresh);
    connect(project, &Project::closed, this, &BoardPage::refresh);
    refresh();
}

void BoardPage::arrangeToolbar(bool twoRows)
{
    // Rebuilt rather than moved: the layouts keep only the order and stretches.
    for (QHBoxLayout* l : {m_bar, m_filterBar}) {
        while (QLayoutItem* item = l->takeAt(0))
            delete item;
    }
    m_twoRowToolbar = twoRows;
    m_bar->addWidget(m_plansToggle);
    m_bar->addWidget(m_docPicker);
    m_bar->addWidget(m_addDoc);
    m_bar->addWidget(m_showAll);
    m_bar->addSpacing(8);
    m_bar->addWidget(m_lanes);
    QHBoxLayout* filters = twoRows ? m_filterBar : m_bar;
    if (twoRows)
        m_bar->addStretch(1);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_priority);
    filters->addWidget(m_sprint);
    filters->addWidget(m_status);
    m_bar->addSpacing(8);
    m_bar->addWidget(m_undo);
    m_bar->addWidget(m_redo);
}

void BoardPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Narrower than one row needs (a 1024 px window with the project tree open), the
    // filters get a row of their own rather than squeezing the task filter to "Fi…".
    int oneRow = 6 + 6 + 8 + 8; // margins and the two spacings
    for (QWidget* w : std::initializer_list<QWidget*>{m_plansToggle, m_docPicker, m_addDoc,
                                                      m_showAll, m_lanes, m_filter, m_priority,
                                                      m_sprint, m_status, m_undo, m_redo}) {
        if (!w->isHidden())
            oneRow += w->sizeHint().width() + m_bar->spacing();
    }
    const bool twoRows = width() < oneRow;
    if (twoRows != m_twoRowToolbar)
        arrangeToolbar(twoRows);
}

bool BoardPage::isShowingBoard() const
{
    return m_stack->currentWidget() == m_boardArea;
}

void BoardPage::setPlansShown(bool shown)
{
    if (m_plansToggle->isChecked() != shown) {
        m_plansToggle->setChecked(shown); // comes back here through toggled
        return;
    }
    m_boardStack->setCurrentWidget(shown ? static_cast<QWidget*>(m_plans) : m_boardSplit);
    // The board's filters and lanes say nothing about the table.
    for (QWidget* w : std::initializer_list<QWidget*>{m_lanes, m_filter, m_priority, m_status})
        w->setEnabled(!shown);
    m_sprint->setEnabled(!shown);
    if (shown) {
        m_plans->selectDocument(currentEntry());
        m_plans->setFocus();
    } else {
        m_view->setFocus();
    }
}

void BoardPage::openPlan(int documentIndex)
{
    TaskDocuments* docs = m_project->tasks();
    if (documentIndex < 0 || documentIndex >= docs->count())
        return;
    const QString path = docs->at(documentIndex).path;
    if (m_docPicker->findData(path) < 0)
        m_showAll->setChecked(true); // a requirements document or report: list them too
    const int i = m_docPicker->findData(path);
    if (i >= 0)
        m_docPicker->setCurrentIndex(i);
    setPlansShown(false);
}

void BoardPage::readLastCommits()
{
    TaskDocuments* docs = m_project->tasks();
    const QString root = docs->root();
    QStringList paths;
    for (int i = 0; i < docs->count(); ++i) {
        if (!docs->at(i).path.startsWith(u'/'))
            paths << docs->at(i).path;
    }
    const quint64 generation = ++m_commitsGeneration;
    if (root.isEmpty() || paths.isEmpty()) {
        m_plansModel->setLastCommits({});
        return;
    }
    whenDone(this, QtConcurrent::run([root, paths] {
                 return GitRepository(root).lastCommitTimes(paths);
             }),
             [this, generation](const QHash<QString, QDateTime>& commits) {
                 if (generation == m_commitsGeneration)
                     m_plansModel->setLastCommits(commits);
             });
}

int BoardPage::currentEntry() const
{
    if (m_docPicker->currentIndex() < 0)
        return -1;
    return m_project->tasks()->indexOfPath(m_docPicker->currentData().toString());
}

void BoardPage::refresh()
{
    TaskDocuments* docs = m_project->tasks();
    const QString what =
        tr("The board shows the tasks, subtasks, hours and sprints of the project's plans "
           "(docs/TRD/**/*.md and any other plan under docs/, specs/**/tasks.md, "
           ".kiro/specs/**/tasks.md, PLAN.md, TODO.md), "
           "checks each plan "
           "against itself and writes ticked tasks and subtasks back into the file.");
    if (docs->count() == 0) {
        QString state;
        if (!m_project->isOpen())
            state = tr("Open a project to see its tasks.");
        else if (docs->isLoading() || m_project->files()->isScanning())
            state = tr("Reading the TRD documents…");
        else
            state = tr("No TRD documents were found in this project. Put them in docs/TRD/ or "
                       "open any markdown file with tasks such as "
                       "<code>**TRD-001: Title** (4h)</code>.");
        m_empty->setText(what + QStringLiteral("<br><br>") + state);
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_boardArea);
    const QString current =
        m_docPicker->currentIndex() >= 0 ? m_docPicker->currentData().toString() : QString();
    {
        const QSignalBlocker block(m_docPicker);
        m_docPicker->clear();
        int hidden = 0;
        for (int i = 0; i < docs->count(); ++i) {
            const TaskDocuments::Entry& e = docs->at(i);
            const DocumentClass cls = e.doc.documentClass;
            // Requirements and reports mention ids without planning them: listed on request.
            const bool plan = cls == DocumentClass::Plan;
            if (!plan && !m_showAll->isChecked() && !e.path.startsWith(u'/')) {
                ++hidden;
                continue;
            }
            const QString name = e.doc.title.isEmpty() ? QFileInfo(e.path).fileName() : e.doc.title;
            const QString text =
                plan ? tr("%1 (%n task(s))", nullptr, int(e.doc.tasks.size())).arg(name)
                     : tr("%1 (%2)").arg(name, DocumentKind::label(cls).toLower());
            m_docPicker->addItem(text, e.path);
            m_docPicker->setItemData(
                m_docPicker->count() - 1,
                tr("%1 — %2: %3").arg(e.path, DocumentKind::label(cls), e.doc.classReason),
                Qt::ToolTipRole);
        }
        m_showAll->setVisible(hidden > 0 || m_showAll->isChecked());
        m_showAll->setText(m_showAll->isChecked() ? tr("All documents")
                                                  : tr("All documents (%1 more)").arg(hidden));
        // Prefer the previous document, else the first one that has tasks.
        int pick = m_docPicker->findData(current);
        for (int i = 0; pick < 0 && i < m_docPicker->count(); ++i) {
            const int e = docs->indexOfPath(m_docPicker->itemData(i).toString());
            if (e >= 0 && !docs->at(e).doc.tasks.isEmpty())
                pick = i;
        }
        m_docPicker->setCurrentIndex(std::max(pick, 0));
    }
    m_model->setDocument(currentEntry());
    m_sprintModel->setDocument(currentEntry());
    m_docPicker->setVisible(m_docPicker->count() > 1 || m_showAll->isVisible());
    rebuildPickers();
    rebuildFindings();
    updateSummary();
    if (!m_view->currentIndex().isValid()) {
        const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
        if (first.isValid())
            m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect);
    }
}

void BoardPage::rebuildPickers()
{
    const QString prio = m_priority->currentData().toString();
    const QString sprint = m_sprint->currentData().toString();
    {
        const QSignalBlocker b1(m_priority);
        const QSignalBlocker b2(m_sprint);
        m_priority->clear();
        m_priority->addItem(tr("Any priority"), QString());
        for (const QString& p : m_model->priorities())
            m_priority->addItem(p.left(1) + p.mid(1).toLower(), p);
        m_priority->setCurrentIndex(std::max(0, m_priority->findData(prio)));
        m_sprint->clear();
        m_sprint->addItem(tr("Any sprint"), QString());
        for (const QString& s : m_model->sprintNames())
            m_sprint->addItem(s, s);
        m_sprint->setCurrentIndex(std::max(0, m_sprint->findData(sprint)));
        m_sprint->setVisible(m_sprint->count() > 1);
    }
    m_model->setPriorityFilter(m_priority->currentData().toString());
    m_model->setSprintFilter(m_sprint->currentData().toString());
}

void BoardPage::rebuildFindings()
{
    m_findings->clear();
    // The picker lists plans only by default: its row is not the document's index.
    const int i = currentEntry();
    TaskDocuments* docs = m_project->tasks();
    if (i < 0 || i >= docs->count()) {
        m_side->setTabText(1, tr("Lint"));
        return;
    }
    QList<QTreeWidgetItem*> items;
    int shown = 0;
    for (const Diagnostic& d : docs->at(i).lint) {
        auto* item = new QTreeWidgetItem(
            {d.line > 0 ? QString::number(d.line) : QString(), d.message, d.code});
        item->setData(0, Qt::UserRole, d.line);
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, d.toString());
        const QString icon =
            d.severity == Diagnostic::Severity::Error     ? QStringLiteral("dialog-error")
            : d.severity == Diagnostic::Severity::Warning ? QStringLiteral("dialog-warning")
                                                          : QStringLiteral("dialog-information");
        item->setIcon(1, QIcon::fromTheme(icon));
        items << item;
        ++shown;
    }
    m_findings->addTopLevelItems(items);
    m_side->setTabText(1, tr("Lint (%1)").arg(shown));
}

void BoardPage::updateSummary()
{
    const TrdDocument* doc = m_model->currentDocument();
    if (!doc) {
        m_summary->clear();
        return;
    }
    const TrdStats s = TrdStats::of(*doc);
    QString text = tr("%1 tasks · %2 done · %3 in progress · %4 blocked · %5 to do   |   %6 of %7 "
                      "h done, %8 h remaining")
                       .arg(s.tasks)
                       .arg(s.done)
                       .arg(s.inProgress)
                       .arg(s.blocked)
                       .arg(s.todo)
                       .arg(s.hoursDone)
                       .arg(s.hoursTotal)
                       .arg(s.hoursRemaining());
    if (doc->statedTotalHours >= 0 && !qFuzzyCompare(doc->statedTotalHours + 1, s.hoursTotal + 1))
        text += tr("   (the document states %1 h)").arg(doc->statedTotalHours);
    if (m_model->cardCount() != s.tasks)
        text += tr("   |   %n card(s) match the filters", nullptr, m_model->cardCount());
    m_summary->setText(text);
}

void BoardPage::onCurrentCard()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid() || !i.parent().isValid())
        return;
    m_details->showTask(m_model->document(), i.data(BoardModel::TaskIdRole).toString());
}

bool BoardPage::selectTask(const QString& taskId)
{
    QModelIndex i = m_model->indexForTask(taskId);
    if (!i.isValid()) {
        m_filter->clear();
        m_priority->setCurrentIndex(0);
        m_sprint->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        i = m_model->indexForTask(taskId);
    }
    if (!i.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(i, QAbstractItemView::PositionAtCenter);
    m_side->setCurrentWidget(m_details);
    return true;
}

void BoardPage::addDocument()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a TRD document"), m_project->root(), tr("Markdown (*.md *.markdown)"));
    if (!file.isEmpty())
        m_project->tasks()->addFile(file);
}

void BoardPage::followLink(const LinkTarget& target)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&BoardPage::linkRequested)))
        emit linkRequested(target);
    else if (target.kind == LinkTarget::Kind::Task)
        selectTask(target.id);
}

bool BoardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QPoint pos = mouse->position().toPoint();
        const QModelIndex index = m_view->indexAt(pos);
        if (mouse->button() == Qt::LeftButton && index.isValid() && index.parent().isValid()) {
            QStyleOptionViewItem option;
            option.initFrom(m_view);
            option.font = m_view->font();
            option.rect = m_view->visualRect(index);
            const QString agent = CardDelegate::agentAt(option, index, pos);
            if (!agent.isEmpty()) {
                followLink(LinkTarget::agent(agent));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pwb
