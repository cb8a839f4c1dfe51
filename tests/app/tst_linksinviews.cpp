// SPDX-License-Identifier: MIT
// The links inside the views, on the demo, offscreen: a test's name in the Tests view opens
// its source line (click, or Enter), its "trace" link the trace (click, or Shift+Enter); a
// LiveView event in the Traces details opens the handle_event clause it reaches and a
// navigation its mount (click, or Tab and Enter). Back returns to where the link was.
#include "common/navigator.h"
#include "editor/codeeditor.h"
#include "mainwindow.h"
#include "review/reviewpage.h"
#include "testing/testeventparser.h"
#include "testing/testlinks.h"
#include "testing/testrunmodel.h"
#include "testing/testspage.h"
#include "traces/tracelistmodel.h"
#include "traces/tracemodel.h"
#include "traces/tracespage.h"
#include "workspace/linkindex.h"
#include "workspace/project.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>

using namespace pwb;

namespace {

QList<TestEvent> recordedRun(const char* name = "shop_seed1.jsonl")
{
    QFile f(QStringLiteral(PWB_FIXTURES "/testing/events/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    TestEventParser parser(f.fileName());
    QList<TestEvent> events = parser.feed(f.readAll());
    return events << parser.finish();
}

// The line of the first source line of `file` (in the demo) containing `text`; 0 if none.
int lineOf(const QString& file, const QString& text)
{
    QFile f(QStringLiteral(PWB_DEMO_PROJECT "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i + 1;
    }
    return 0;
}

// Every test row of the run, depth first.
QModelIndexList testRows(const QAbstractItemModel* m, const QModelIndex& parent = {})
{
    QModelIndexList out;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(TestRunModel::KindRole).toInt() == int(TestRunModel::NodeKind::Test))
            out << i;
        out << testRows(m, i);
    }
    return out;
}

// Where the anchor whose text starts with `text` is drawn in the browser's viewport.
QPoint anchorPoint(QTextBrowser* browser, const QString& text)
{
    QTextDocument* doc = browser->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isAnchor() || !f.text().startsWith(text))
                continue;
            QTextCursor c(doc);
            c.setPosition(f.position() + 1);
            return browser->cursorRect(c).center();
        }
    }
    return {-1, -1};
}

} // namespace

class TestLinksInViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("PWB_DEMO_DIR", PWB_DEMO_PROJECT);
        m_window = std::make_unique<MainWindow>(m_data.filePath(QStringLiteral("wb.sqlite")));
        MainWindow& w = *m_window;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!w.project()->links().isEmpty() && !w.project()->linksPending(),
                                 60000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void testNamesOpenTheirSource()
    {
        MainWindow& w = *m_window;
        TestsPage* tests = w.testsPage();
        tests->showRun(recordedRun(), QStringLiteral("shop"), QStringLiteral("apps/shop"));
        w.showView(QStringLiteral("tests"));
        QTreeView* tree = tests->treeView();
        tree->expandAll();
        const QModelIndexList rows = testRows(tree->model());
        QVERIFY(rows.size() > 10);
        TestLinks* links = tests->testLinks();

        // The stacking test, by a click on its name.
        QModelIndex stacking;
        for (const QModelIndex& i : rows) {
            if (i.data().toString().contains(u"stacks"))
                stacking = i;
        }
        QVERIFY(stacking.isValid());
        const QString file = stacking.data(TestRunModel::FileRole).toString();
        const int line = stacking.data(TestRunModel::LineRole).toInt();
        QCOMPARE(file, QStringLiteral("apps/shop/test/shop/pricing_test.exs"));
        QVERIFY(line > 0);
        tree->scrollTo(stacking);
        const QRect name = links->nameRect(stacking);
        QVERIFY(!name.isEmpty());
        QVERIFY(tree->visualRect(stacking).contains(name.center()));
        // Beside the name, on the row but not on the text, a click only selects.
        const QRect cell = tree->visualRect(stacking.siblingAtColumn(TestRunModel::StateColumn));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(w.views()->currentWidget(), tests);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, name.center());
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        CodeEditor* editor = w.reviewPage()->currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->relativePath(), file);
        QTRY_COMPARE(editor->textCursor().blockNumber() + 1, line);
        QVERIFY(editor->textCursor().block().text().contains(u"test \""));

        // Back: the Tests view, the test still selected.
        Navigator* nav = w.navigator();
        QVERIFY(nav->back());
        QCOMPARE(w.views()->currentWidget(), tests);
        QCOMPARE(tree->currentIndex().siblingAtColumn(0), stacking);

        // Another test by Enter.
        const QModelIndex other = rows.first() == stacking ? rows.last() : rows.first();
        tree->setFocus();
        tree->setCurrentIndex(other);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        editor = w.reviewPage()->currentEditor();
        QCOMPARE(editor->relativePath(), other.data(TestRunModel::FileRole).toString());
        QTRY_COMPARE(editor->textCursor().blockNumber() + 1,
                     other.data(TestRunModel::LineRole).toInt());
        QVERIFY(nav->forward() || nav->back());
        QVERIFY(nav->back() || w.views()->currentWidget() == tests);
    }

    void aTestsTraceLinkOpensTheTrace()
    {
        MainWindow& w = *m_window;
        TestsPage* tests = w.testsPage();
        // The domain app's tests reach no trace: none has the link.
        for (const QModelIndex& i : testRows(tests->runModel()))
            QVERIFY(tests->testLinks()->traceRect(i).isEmpty());
        // The web app's LiveView tests reach the cart's traces through cart_live.ex.
        tests->showRun(recordedRun("shop_web_cart.jsonl"), QStringLiteral("shop_web"),
                       QStringLiteral("apps/shop_web"));
        w.showView(QStringLiteral("tests"));
        QTreeView* tree = tests->treeView();
        tree->expandAll();
        TestLinks* links = tests->testLinks();
        // A test with a trace: the model's own answer says which; the view must agree.
        QModelIndex withTrace;
        LinkTarget expected;
        for (const QModelIndex& i : testRows(tree->model())) {
            const LinkTarget t = LinkTarget::test(
                i.data(TestRunModel::FileRole).toString(), i.data(TestRunModel::LineRole).toInt(),
                tests->runModel()->result(i)->name, tests->runModel()->result(i)->module);
            for (const Link& l : w.project()->links().related(t)) {
                if (l.target.kind == LinkTarget::Kind::Trace && !withTrace.isValid()) {
                    withTrace = i;
                    expected = l.target;
                }
            }
            if (!withTrace.isValid())
                QVERIFY(links->traceRect(i).isEmpty());
        }
        QVERIFY(withTrace.isValid());
        QCOMPARE(withTrace.data().toString(),
                 QStringLiteral("adds a suggested product to the cart"));
        // Of the cart's traces, the one named like the test.
        expected = links->traceOf(withTrace);
        QCOMPARE(expected.id,
                 QStringLiteral("test-results/shop-cart-adds-items-to-the-cart/trace.zip"));
        tree->scrollTo(withTrace);
        const QRect r = links->traceRect(withTrace);
        QVERIFY(!r.isEmpty());
        QVERIFY(!r.intersects(links->nameRect(withTrace)));
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(w.views()->currentWidget(), w.tracesPage());
        QCOMPARE(w.tracesPage()
                     ->traceList()
                     ->currentIndex()
                     .data(TraceListModel::RelativePathRole)
                     .toString(),
                 expected.id);
        QVERIFY(w.navigator()->back());
        QCOMPARE(w.views()->currentWidget(), tests);
        // Shift+Enter on the selected test.
        tree->setFocus();
        tree->setCurrentIndex(withTrace);
        QTest::keyClick(tree, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(w.views()->currentWidget(), w.tracesPage());
        QVERIFY(w.navigator()->back());
    }

    void traceEventsOpenTheirHandler()
    {
        MainWindow& w = *m_window;
        TracesPage* traces = w.tracesPage();
        w.showView(QStringLiteral("traces"));
        const QString zip =
            QStringLiteral("test-results/shop-cart-adds-items-to-the-cart/trace.zip");
        QVERIFY(traces->selectPath(w.project()->absolutePath(zip)));
        QTRY_COMPARE(traces->traceModel()->state(), TraceModel::State::Ready);
        const QString cartLive = QStringLiteral("apps/shop_web/lib/shop_web/live/cart_live.ex");
        const int handler = lineOf(cartLive, QStringLiteral("def handle_event(\"add\""));
        const int mount = lineOf(cartLive, QStringLiteral("def mount("));
        QVERIFY(handler > 0 && mount > 0);

        // The action that sent "click add".
        QTreeView* actions = traces->actionList();
        int clickRow = -1;
        int gotoRow = -1;
        for (int r = 0; r < traces->traceModel()->rowCount(); ++r) {
            const TraceAction* a = traces->traceModel()->action(r);
            for (const QString& e : a->liveViewEvents) {
                if (e.startsWith(u"click add") && clickRow < 0)
                    clickRow = r;
            }
            if (a->method == u"goto" && gotoRow < 0)
                gotoRow = r;
        }
        QVERIFY(clickRow >= 0 && gotoRow >= 0);
        actions->setCurrentIndex(traces->traceModel()->index(clickRow, 0));
        QTextBrowser* details = traces->details();
        QVERIFY(details->toHtml().contains(u"pwb-link:"));
        const QList<LinkTarget> shown = traces->detailLinks();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.first().id, cartLive);
        QCOMPARE(shown.first().line, handler);

        // A click on "sent click add".
        const QPoint at = anchorPoint(details, QStringLiteral("sent click add"));
        QVERIFY(at.x() >= 0);
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        CodeEditor* editor = w.reviewPage()->currentEditor();
        QCOMPARE(editor->relativePath(), cartLive);
        QTRY_COMPARE(editor->textCursor().blockNumber() + 1, handler);

        // Back to the trace, the same action.
        QVERIFY(w.navigator()->back());
        QCOMPARE(w.views()->currentWidget(), traces);
        QCOMPARE(actions->currentIndex().row(), clickRow);

        // A step that reached no code (an assertion) lists none.
        bool assertion = false;
        for (int r = 0; r < traces->traceModel()->rowCount() && !assertion; ++r) {
            const TraceAction* a = traces->traceModel()->action(r);
            if (a->method == u"expect" && a->liveViewEvents.isEmpty()) {
                actions->setCurrentIndex(traces->traceModel()->index(r, 0));
                QVERIFY(traces->detailLinks().isEmpty());
                QVERIFY(!details->toHtml().contains(u"pwb-link:"));
                assertion = true;
            }
        }
        QVERIFY(assertion);

        // The navigation: Tab to its first link (mount), Enter.
        actions->setCurrentIndex(traces->traceModel()->index(gotoRow, 0));
        QVERIFY(!traces->detailLinks().isEmpty());
        QCOMPARE(traces->detailLinks().first().line, mount);
        details->setFocus();
        details->moveCursor(QTextCursor::Start);
        QTest::keyClick(details, Qt::Key_Tab);
        QVERIFY(details->textCursor().hasSelection());
        QTest::keyClick(details, Qt::Key_Return);
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        editor = w.reviewPage()->currentEditor();
        QCOMPARE(editor->relativePath(), cartLive);
        QTRY_COMPARE(editor->textCursor().blockNumber() + 1, mount);
        QVERIFY(w.navigator()->back());
        QCOMPARE(w.views()->currentWidget(), traces);
    }

private:
    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLinksInViews)
#include "tst_linksinviews.moc"
