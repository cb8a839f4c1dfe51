// SPDX-License-Identifier: MIT
// The linked story on the demo, offscreen: from a task through the Related panel to its
// finding, its trace and the handle_event clause the trace's click reaches, then back and
// forward again with the keys and the mouse's back button. Only links and keys: no tab clicks.
#include "board/boardpage.h"
#include "board/boardview.h"
#include "commandline.h"
#include "common/navigator.h"
#include "common/relatedpanel.h"
#include "editor/codeeditor.h"
#include "mainwindow.h"
#include "review/reviewpage.h"
#include "tasks/boardmodel.h"
#include "traces/tracelistmodel.h"
#include "traces/tracespage.h"
#include "workspace/linkindex.h"
#include "workspace/project.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>

using namespace pwb;

namespace {

// The index of the first Related entry of `kind` whose id (or path) contains `text`.
int entryOf(const RelatedPanel* panel, LinkTarget::Kind kind, const QString& text)
{
    for (int i = 0; i < panel->entryCount(); ++i) {
        const LinkTarget t = panel->entry(i);
        if (t.kind == kind && (t.id.contains(text) || t.path.contains(text)))
            return i;
    }
    return -1;
}

QString entries(const RelatedPanel* panel)
{
    QStringList out;
    for (int i = 0; i < panel->entryCount(); ++i)
        out << panel->entry(i).key();
    return out.join(QStringLiteral("\n"));
}

} // namespace

class TestRelatedLinks : public QObject
{
    Q_OBJECT
private slots:
    void walksTheStoryAndBack()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy ready(&w, &MainWindow::projectReady);
        CommandLine cl;
        cl.demo = true;
        qputenv("PWB_DEMO_DIR", PWB_DEMO_PROJECT);
        QVERIFY(w.start(cl));
        QVERIFY(ready.wait(20000));
        // Links arrive once every domain has loaded (the review's analysis last).
        QTRY_VERIFY_WITH_TIMEOUT(!w.project()->links().isEmpty() && !w.project()->linksPending(),
                                 60000);
        Navigator* nav = w.navigator();
        RelatedPanel* panel = w.relatedPanel();
        QVERIFY(panel->isVisible());
        auto* board = w.views()->widget(0)->findChild<BoardView*>();
        QVERIFY(board);

        // 1. The task.
        QVERIFY(nav->navigateTo(LinkTarget::task(QStringLiteral("TRD-014"))));
        QCOMPARE(w.views()->currentIndex(), 0);
        QCOMPARE(board->currentIndex().data(BoardModel::TaskIdRole).toString(),
                 QStringLiteral("TRD-014"));
        QTRY_COMPARE(panel->subject().id, QStringLiteral("TRD-014"));
        QCOMPARE(panel->groups(), (QStringList{QStringLiteral("graph"), QStringLiteral("review"),
                                               QStringLiteral("tests"), QStringLiteral("traces")}));
        QVERIFY2(entryOf(panel, LinkTarget::Kind::Agent, QStringLiteral("frontend-developer")) >= 0,
                 qPrintable(entries(panel)));
        QVERIFY(entryOf(panel, LinkTarget::Kind::Test, QStringLiteral("cart_live_test.exs")) >= 0);
        const int finding =
            entryOf(panel, LinkTarget::Kind::Finding, QStringLiteral("cart_live.ex"));
        QVERIFY2(finding >= 0, qPrintable(entries(panel)));
        QCOMPARE(panel->entry(finding).detail, QStringLiteral("accessibility/icon-button-name"));

        // 2. Its finding, by the entry's digit in the focused panel.
        QVERIFY(finding < 9);
        panel->list()->setFocus();
        QTest::keyClick(panel->list(), Qt::Key(Qt::Key_1 + finding));
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        CodeEditor* editor = w.reviewPage()->currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->relativePath(),
                 QStringLiteral("apps/shop_web/lib/shop_web/live/cart_live.ex"));
        QTRY_COMPARE(editor->textCursor().blockNumber() + 1, 103);
        QTRY_VERIFY2(panel->subject().kind == LinkTarget::Kind::Finding,
                     qPrintable(panel->subject().key() + u" / " + panel->entry(finding).key()));
        QVERIFY2(entryOf(panel, LinkTarget::Kind::Task, QStringLiteral("TRD-014")) >= 0,
                 qPrintable(entries(panel)));

        // 3. A trace that reaches the same file, by a click.
        const int trace = entryOf(panel, LinkTarget::Kind::Trace,
                                  QStringLiteral("shop-cart-adds-items-to-the-cart"));
        QVERIFY2(trace >= 0, qPrintable(entries(panel)));
        QVERIFY(panel->follow(trace));
        auto* traces = qobject_cast<TracesPage*>(w.views()->currentWidget());
        QVERIFY(traces);
        QCOMPARE(
            traces->traceList()->currentIndex().data(TraceListModel::RelativePathRole).toString(),
            QStringLiteral("test-results/shop-cart-adds-items-to-the-cart/trace.zip"));
        QTRY_COMPARE(panel->subject().kind, LinkTarget::Kind::Trace);

        // 4. From the trace to the handle_event clause its "click add" reaches.
        int handler = -1;
        for (const Link& l : w.project()->links().related(panel->subject())) {
            if (l.target.kind != LinkTarget::Kind::File ||
                !l.why.contains(u"handle_event(\"add\")"))
                continue;
            for (int i = 0; i < panel->entryCount() && handler < 0; ++i) {
                if (panel->entry(i) == l.target)
                    handler = i;
            }
        }
        QVERIFY2(handler >= 0, qPrintable(entries(panel)));
        QVERIFY(panel->follow(handler));
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        editor = w.reviewPage()->currentEditor();
        QTRY_VERIFY(editor->textCursor().block().text().contains(u"def handle_event(\"add\""));

        // 5. Back with Alt+Left: the trace, the finding, the task; forward with Alt+Right.
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.views()->currentWidget(), traces);
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        QCOMPARE(w.reviewPage()->currentEditor()->relativePath(),
                 QStringLiteral("apps/shop_web/lib/shop_web/live/cart_live.ex"));
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.views()->currentIndex(), 0);
        QCOMPARE(board->currentIndex().data(BoardModel::TaskIdRole).toString(),
                 QStringLiteral("TRD-014"));
        // What was selected when the demo opened (the board's first card) is one step further.
        QCOMPARE(nav->backHistory().size(), 1);
        QCOMPARE(nav->backHistory().first().id, QStringLiteral("TRD-001"));
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());

        // 6. The mouse's back button, wherever the pointer is.
        QWidget* under = w.reviewPage()->currentEditor()->viewport();
        const QPointF at(20, 20);
        QMouseEvent press(QEvent::MouseButtonPress, at, under->mapToGlobal(at), Qt::BackButton,
                          Qt::BackButton, Qt::NoModifier);
        QApplication::sendEvent(under, &press);
        QCOMPARE(w.views()->currentIndex(), 0);
        QVERIFY(nav->canGoForward());
    }
};

QTEST_MAIN(TestRelatedLinks)
#include "tst_relatedlinks.moc"
