// SPDX-License-Identifier: MIT
#include "guidedtour.h"

#include "board/boardpage.h"
#include "board/boardview.h"
#include "common/navigator.h"
#include "common/tourcallout.h"
#include "editor/codeeditor.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "review/findingsmodel.h"
#include "review/reviewpage.h"
#include "tasks/boardmodel.h"
#include "testing/testrunmodel.h"
#include "testing/testspage.h"
#include "traces/tracelistmodel.h"
#include "traces/tracespage.h"
#include "traces/tracetimeline.h"
#include "workspace/project.h"

#include <QApplication>
#include <QKeyEvent>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <QTreeView>

namespace pwb {

namespace {
// Views fill in the background (the board parses, the graph lays out, the editor loads):
// a step's selection is tried again until it holds, for up to 20 s.
constexpr int kRetryMs = 150;
constexpr int kMaxAttempts = 20000 / kRetryMs;

QString s(const char* text)
{
    return QString::fromLatin1(text);
}
} // namespace

GuidedTour::GuidedTour(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_callout(new TourCallout(window))
    , m_retry(new QTimer(this))
{
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &GuidedTour::trySelect);
    connect(m_callout, &TourCallout::nextRequested, this, &GuidedTour::next);
    connect(m_callout, &TourCallout::previousRequested, this, &GuidedTour::previous);
    connect(m_callout, &TourCallout::endRequested, this, &GuidedTour::stop);
    buildSteps();
}

GuidedTour::~GuidedTour() = default;

QString GuidedTour::viewOf(int step) const
{
    return step >= 0 && step < m_steps.size() ? m_steps.at(step).view : QString();
}

void GuidedTour::buildSteps()
{
    MainWindow* w = m_window;
    const auto editorAt = [w](const QString& path, int line) {
        CodeEditor* e = w->reviewPage()->currentEditor();
        return e && e->relativePath() == path && !e->isLoading() &&
               e->textCursor().blockNumber() + 1 == line;
    };
    const auto editor = [w]() -> QWidget* { return w->reviewPage()->currentEditor(); };
    const auto none = [] { return static_cast<QWidget*>(nullptr); };

    m_steps = {
        {s("board"), tr("1 · The task"),
         tr("<b>TRD-007</b>, coupon codes in pricing and checkout, on the board built from "
            "the project's TRD. Its card names the agent that owns it, the code it touches and "
            "how it is checked: <i>pricing_test.exs covers stacking order</i>.<br><br>"
            "Page Down: next step · Page Up: back · Esc: end"),
         [] { return LinkTarget::task(s(kTask)); },
         [w] {
             return w->boardPage()->view()->currentIndex().data(BoardModel::TaskIdRole) == s(kTask);
         },
         [w]() -> QWidget* { return w->boardPage()->view(); }},
        {s("graph"), tr("2 · The agent"),
         tr("The task's reference is <b>elixir-phoenix-expert</b>. In the delegation graph "
            "it is selected: blue edges are the work it hands out, orange the work it gets."),
         [] { return LinkTarget::agent(s(kAgent)); },
         [w] {
             GraphPage* g = w->graphPage();
             const int i = g->scene()->presentation().indexOf(s(kAgent));
             return !g->isLayingOut() && i >= 0 && g->scene()->selectedNode() == i;
         },
         [w]() -> QWidget* { return w->graphPage()->view(); }},
        {s("review"), tr("3 · The code"),
         tr("The checkout LiveView resolves the coupon on the server: "
            "<code>coupon_discounts/1</code> calls <code>Shop.Pricing.discount_for_code/1</code>, "
            "the function TRD-007 asks for."),
         [] { return LinkTarget::file(s(kCode), kCodeLine); },
         [editorAt] { return editorAt(s(kCode), kCodeLine); }, editor},
        {s("review"), tr("4 · What review found"),
         tr("A few lines up, the workbench's own analyzer flags a <b>spawn nobody "
            "supervises</b>: the confirmation mail of an order dies silently with its LiveView. "
            "F8 walks from finding to finding; the panel below says why and how to fix it."),
         [w] {
             // The finding's id comes from the analysis, which runs in the background.
             const FindingsModel* m = w->reviewPage()->findingsModel();
             for (int row = 0; m && row < m->rowCount(); ++row) {
                 const Finding& f = m->finding(row);
                 if (f.path == s(kCode) && f.line == kFindingLine && f.rule == s(kFindingRule))
                     return LinkTarget::finding(f.id, f.path, f.line, f.rule);
             }
             return LinkTarget();
         },
         [w, editorAt] {
             if (!editorAt(s(kCode), kFindingLine))
                 return false;
             CodeEditor* e = w->reviewPage()->currentEditor();
             for (const EditorAnnotation& a : e->annotationsOnLine(kFindingLine))
                 if (a.rule == s(kFindingRule))
                     return true;
             return false;
         },
         editor},
        {s("review"), tr("5 · The tests, in the editor"),
         tr("<b>pricing_test.exs</b>, the test TRD-007 names: a run marker beside each test "
            "and describe, red where the last run failed, and the failed assertion at the "
            "line that failed. F5 (or a click on the marker) runs just that test."),
         [] { return LinkTarget::file(s(kTestFile), kFailureLine); },
         [editorAt] { return editorAt(s(kTestFile), kFailureLine); }, editor},
        {s("tests"), tr("6 · The failing test"),
         tr("The Tests view has the whole run. The stacking test takes the fixed amount off "
            "first, then the percentage; the code does it the other way round: <b>left: 8500, "
            "right: 8550</b>. F5 runs the suite again, Shift+F5 only what failed."),
         [] {
             return LinkTarget::test(s(kTestFile), kTestLine,
                                     QStringLiteral("test apply_discounts/2 stacks a "
                                                    "percentage and a fixed discount"),
                                     QStringLiteral("Shop.PricingTest"));
         },
         [w] {
             TestsPage* t = w->testsPage();
             const TestResult* r = t->runModel()->result(t->treeView()->currentIndex());
             return r && r->line == kTestLine && r->file.endsWith(s(kTestFile));
         },
         [w]() -> QWidget* { return w->testsPage()->treeView(); }},
        {s("traces"), tr("7 · The trace, end to end"),
         tr("The Playwright trace of the same feature in a browser: <b>applies the WELCOME10 "
            "coupon</b> failed. The film strip shows each screen; the failing step is marked "
            "red, beside the LiveView events the page sent."),
         [] { return LinkTarget::trace(s(kTrace)); },
         [w] {
             const int row = w->project()->traces()->rowOf(w->project()->absolutePath(s(kTrace)));
             return row >= 0 && w->tracesPage()->traceList()->currentIndex().row() == row;
         },
         [w]() -> QWidget* { return w->tracesPage()->timeline(); }},
        {s("traces"), tr("8 · Again, and your own project"),
         tr("That is the path from a task to its trace. <b>Alt+Left</b> walks it back, "
            "<b>F11</b> toggles presentation mode, Ctrl+plus and Ctrl+minus zoom the current "
            "view, <b>Ctrl+F1</b> lists every shortcut, and <i>Help › Guided Tour</i> starts "
            "this tour again."),
         [] { return LinkTarget(); }, [] { return true; }, none},
    };
}

void GuidedTour::start(int step)
{
    if (m_current < 0) {
        qApp->installEventFilter(this);
    }
    enter(std::clamp(step, 0, count() - 1));
}

void GuidedTour::next()
{
    if (m_current < 0)
        return;
    if (m_current + 1 >= count())
        stop();
    else
        enter(m_current + 1);
}

void GuidedTour::previous()
{
    if (m_current > 0)
        enter(m_current - 1);
}

void GuidedTour::stop()
{
    if (m_current < 0)
        return;
    m_current = -1;
    m_retry->stop();
    qApp->removeEventFilter(this);
    m_callout->dismiss();
    emit finished();
}

void GuidedTour::enter(int step)
{
    m_current = step;
    m_ready = false;
    m_attempts = 0;
    m_navigated = false;
    const Step& st = m_steps.at(step);
    // A status message from opening the project must not sit under the callout's story.
    m_window->statusBar()->clearMessage();
    m_callout->showStep(step, count(), st.title, st.text, nullptr);
    emit stepChanged(step);
    trySelect();
    if (!m_ready)
        m_retry->start();
}

void GuidedTour::trySelect()
{
    if (m_current < 0)
        return;
    const Step& st = m_steps.at(m_current);
    if (!m_navigated) {
        // Once per step: each navigation is a history entry (Alt+Left walks the story back).
        const LinkTarget link = st.link();
        if (!link.isValid())
            m_navigated = st.shown(); // a step that goes nowhere (the last one)
        else
            m_navigated = m_window->navigator()->navigateTo(link);
    }
    const bool done = m_navigated && st.shown();
    if (!done && ++m_attempts < kMaxAttempts)
        return;
    m_retry->stop();
    m_ready = done;
    // Point at the step's widget once it shows what the step is about (or when waiting gave up).
    m_callout->showStep(m_current, count(), st.title, st.text, st.target());
    if (QWidget* t = st.target())
        t->setFocus();
    if (done)
        emit stepReady(m_current);
}

bool GuidedTour::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::KeyPress || type == QEvent::ShortcutOverride) && m_current >= 0 &&
        QApplication::activeModalWidget() == nullptr) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ours = key->modifiers() == Qt::NoModifier &&
                          (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp ||
                           key->key() == Qt::Key_Escape);
        auto* w = qobject_cast<QWidget*>(watched);
        if (ours && w && w->window() == m_window) {
            // Claim the key before any shortcut (Esc also stops a test run in the Tests view).
            event->accept();
            if (type == QEvent::KeyPress) {
                if (key->key() == Qt::Key_PageDown)
                    next();
                else if (key->key() == Qt::Key_PageUp)
                    previous();
                else
                    stop();
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pwb
