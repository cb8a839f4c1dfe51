// SPDX-License-Identifier: MIT
#include "viewlinks.h"

#include "board/boardpage.h"
#include "board/boardview.h"
#include "common/navigator.h"
#include "editor/codeeditor.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "review/findingsmodel.h"
#include "review/findingspanel.h"
#include "review/reviewpage.h"
#include "tasks/boardmodel.h"
#include "tasks/taskdocuments.h"
#include "testing/testrunmodel.h"
#include "testing/testspage.h"
#include "traces/tracelistmodel.h"
#include "traces/tracemodel.h"
#include "traces/tracespage.h"
#include "workspace/project.h"

#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace pwb {

ViewLinks::ViewLinks(Project* project, Navigator* navigator, const Pages& pages, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_navigator(navigator)
    , m_pages(pages)
    , m_editorReport(new QTimer(this))
{
    m_editorReport->setSingleShot(true);
    m_editorReport->setInterval(0);
    connect(m_editorReport, &QTimer::timeout, this, &ViewLinks::reportEditor);
    navigator->registerView(QStringLiteral("board"), pages.board,
                            [this](const LinkTarget& t) { return showTask(t); });
    navigator->registerView(QStringLiteral("graph"), pages.graph,
                            [this](const LinkTarget& t) { return showAgent(t); });
    navigator->registerView(QStringLiteral("review"), pages.review,
                            [this](const LinkTarget& t) { return showInEditor(t); });
    navigator->registerView(QStringLiteral("tests"), pages.tests,
                            [this](const LinkTarget& t) { return showTest(t); });
    navigator->registerView(QStringLiteral("traces"), pages.traces,
                            [this](const LinkTarget& t) { return showTrace(t); });

    connect(pages.board->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ViewLinks::reportBoard);
    connect(pages.graph->scene(), &GraphScene::nodeSelected, this, &ViewLinks::reportGraph);
    connect(pages.review->tabs(), &QTabWidget::currentChanged, this, [this](int tab) {
        watchEditor(tab);
        reportEditor();
    });
    connect(pages.review->findingsPanel(), &FindingsPanel::currentFindingChanged, this,
            &ViewLinks::reportFinding);
    connect(pages.tests->treeView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ViewLinks::reportTest);
    connect(pages.traces->traceList()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ViewLinks::reportTrace);
    connect(pages.traces->actionList()->selectionModel(), &QItemSelectionModel::currentChanged,
            this, &ViewLinks::reportTraceAction);
}

bool ViewLinks::showTask(const LinkTarget& target)
{
    BoardPage* board = m_pages.board;
    if (board->selectTask(target.id))
        return true;
    // The task may live in another document than the one shown: pick the document first.
    QComboBox* picker = board->documentPicker();
    int pick = target.path.isEmpty() ? -1 : picker->findData(target.path);
    for (int i = 0; pick < 0 && i < picker->count(); ++i) {
        const int entry = m_project->tasks()->indexOfPath(picker->itemData(i).toString());
        if (entry >= 0 && m_project->tasks()->at(entry).doc.task(target.id))
            pick = i;
    }
    if (pick < 0 || pick == picker->currentIndex())
        return false;
    picker->setCurrentIndex(pick);
    return board->selectTask(target.id);
}

bool ViewLinks::showAgent(const LinkTarget& target)
{
    GraphPage* graph = m_pages.graph;
    if (graph->mode() != GraphMode::Delegation)
        graph->setMode(GraphMode::Delegation);
    // Selected now, or as soon as the layout in flight lands.
    graph->selectWhenShown(target.id);
    return true;
}

bool ViewLinks::showInEditor(const LinkTarget& target)
{
    ReviewPage* review = m_pages.review;
    if (target.kind == LinkTarget::Kind::Finding) {
        if (FindingsModel* findings = review->findingsModel()) {
            const int row = findings->rowForId(target.id);
            if (row >= 0)
                return review->showFinding(findings->finding(row)) != nullptr;
        }
    }
    if (target.path.isEmpty())
        return false;
    return review->openFile(target.path, target.line) != nullptr;
}

bool ViewLinks::showTest(const LinkTarget& target)
{
    TestRunModel* run = m_pages.tests->runModel();
    // The best match in the run shown: same file and name, else same file and line, else the
    // module.
    const TestResult* best = nullptr;
    int score = 0;
    for (const TestResult& t : run->tests()) {
        if (t.file != target.path && !target.path.isEmpty())
            continue;
        int s = 0;
        if (!target.id.isEmpty() && (t.name == target.id || t.test == target.id))
            s = 3;
        else if (target.line > 0 && t.line == target.line)
            s = 2;
        else if (!target.detail.isEmpty() && t.module == target.detail)
            s = 1;
        if (s > score) {
            score = s;
            best = &t;
        }
    }
    if (!best)
        return false;
    QModelIndex index = run->indexForKey(best->key());
    if (score == 1)
        index = index.parent().isValid() ? index.parent() : index;
    if (!index.isValid())
        return false;
    QTreeView* tree = m_pages.tests->treeView();
    tree->scrollTo(index);
    tree->setCurrentIndex(index);
    return true;
}

bool ViewLinks::showTrace(const LinkTarget& target)
{
    TracesPage* traces = m_pages.traces;
    if (!traces->selectPath(m_project->absolutePath(target.path)))
        return false;
    if (target.detail.isEmpty())
        return true;
    QAbstractItemModel* actions = traces->actionList()->model();
    const QModelIndexList hits =
        actions->match(actions->index(0, 0), TraceModel::CallIdRole, target.detail, 1,
                       Qt::MatchExactly | Qt::MatchRecursive);
    if (!hits.isEmpty()) {
        traces->actionList()->scrollTo(hits.first());
        traces->actionList()->setCurrentIndex(hits.first());
    }
    return true;
}

void ViewLinks::reportBoard()
{
    const QModelIndex i = m_pages.board->view()->currentIndex();
    if (!i.isValid() || !i.parent().isValid()) {
        m_navigator->setSelection(QStringLiteral("board"), {});
        return;
    }
    const int entry = m_pages.board->model()->document();
    const QString doc = entry >= 0 && entry < m_project->tasks()->count()
                            ? m_project->tasks()->at(entry).path
                            : QString();
    LinkTarget t = LinkTarget::task(i.data(BoardModel::TaskIdRole).toString(), doc,
                                    i.data(BoardModel::LineRole).toInt());
    t.label = TrdTask::displayName(t.id, i.data(BoardModel::TitleRole).toString());
    m_navigator->setSelection(QStringLiteral("board"), t);
}

void ViewLinks::reportGraph(int node)
{
    const GraphPresentation& p = m_pages.graph->scene()->presentation();
    if (node < 0 || node >= p.nodes.size()) {
        m_navigator->setSelection(QStringLiteral("graph"), {});
        return;
    }
    const QString key = p.nodes.at(node).key;
    // In the dependency graph the nodes are tasks: the board is where tasks are selected.
    m_navigator->setSelection(QStringLiteral("graph"), p.mode == GraphMode::Delegation
                                                           ? LinkTarget::agent(key)
                                                           : LinkTarget());
}

void ViewLinks::watchEditor(int tab)
{
    auto* editor = qobject_cast<CodeEditor*>(m_pages.review->tabs()->widget(tab));
    if (!editor || editor->property("pwbLinksWatched").toBool())
        return;
    editor->setProperty("pwbLinksWatched", true);
    // Reported once the event loop is back: a file that just loaded puts its cursor on the
    // first line, then on the line it was opened at, and only the last place counts.
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this, editor] {
        if (m_pages.review->currentEditor() == editor)
            m_editorReport->start();
    });
}

void ViewLinks::reportEditor()
{
    CodeEditor* editor = m_pages.review->currentEditor();
    if (!editor || editor->relativePath().isEmpty()) {
        m_navigator->setSelection(QStringLiteral("review"), {});
        return;
    }
    if (editor->isLoading())
        return; // the text is not there yet: the place comes when it is
    const int line = editor->textCursor().blockNumber() + 1;
    // The cursor landing on the finding just selected (the file loads after the link was
    // followed) keeps the finding as the selection.
    const LinkTarget selected = m_navigator->selection(QStringLiteral("review"));
    if (selected.kind == LinkTarget::Kind::Finding && selected.path == editor->relativePath() &&
        selected.line == line)
        return;
    m_navigator->setSelection(QStringLiteral("review"),
                              LinkTarget::file(editor->relativePath(), line));
}

void ViewLinks::reportFinding()
{
    Finding f;
    if (!m_pages.review->findingsPanel()->currentFinding(&f))
        return;
    LinkTarget t = LinkTarget::finding(f.id, f.path, f.line, f.rule);
    t.label = f.rule + QStringLiteral(": ") + f.message;
    m_navigator->setSelection(QStringLiteral("review"), t);
}

void ViewLinks::reportTest()
{
    const QModelIndex i = m_pages.tests->treeView()->currentIndex();
    if (!i.isValid()) {
        m_navigator->setSelection(QStringLiteral("tests"), {});
        return;
    }
    LinkTarget t;
    if (const TestResult* r = m_pages.tests->runModel()->result(i)) {
        t = LinkTarget::test(r->file, r->line, r->name, r->module);
        t.label = r->module + QStringLiteral(": ") + r->test;
    } else {
        const QString file = i.data(TestRunModel::FileRole).toString();
        if (!file.isEmpty()) {
            t = LinkTarget::test(file, 0, {}, i.data(Qt::DisplayRole).toString());
            t.label = i.data(Qt::DisplayRole).toString();
        }
    }
    m_navigator->setSelection(QStringLiteral("tests"), t);
}

void ViewLinks::reportTrace()
{
    const QModelIndex i = m_pages.traces->traceList()->currentIndex();
    if (!i.isValid()) {
        m_navigator->setSelection(QStringLiteral("traces"), {});
        return;
    }
    LinkTarget t = LinkTarget::trace(i.data(TraceListModel::RelativePathRole).toString());
    t.label = i.sibling(i.row(), TraceListModel::TitleColumn).data().toString();
    m_navigator->setSelection(QStringLiteral("traces"), t);
}

void ViewLinks::reportTraceAction()
{
    const QModelIndex trace = m_pages.traces->traceList()->currentIndex();
    const QModelIndex action = m_pages.traces->actionList()->currentIndex();
    if (!trace.isValid() || !action.isValid())
        return;
    LinkTarget t = LinkTarget::trace(trace.data(TraceListModel::RelativePathRole).toString(),
                                     action.data(TraceModel::CallIdRole).toString());
    t.label = action.sibling(action.row(), 0).data().toString();
    m_navigator->setSelection(QStringLiteral("traces"), t);
}

} // namespace pwb
