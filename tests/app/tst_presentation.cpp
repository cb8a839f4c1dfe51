// SPDX-License-Identifier: MIT
// Presentation mode and zoom on the demo: fonts grow through the widget tree, the scale is
// remembered, the zoom keys and Ctrl+wheel act on the current view, and leaving restores.
#include "commandline.h"
#include "common/viewscale.h"
#include "editor/codeeditor.h"
#include "graph/graphpage.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "review/reviewpage.h"
#include "traces/tracespage.h"
#include "traces/tracetimeline.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace pwb;

namespace {
QAction* action(QWidget* w, const char* name)
{
    return w->findChild<QAction*>(QString::fromLatin1(name));
}

double pointSize(const QWidget* w)
{
    return w->font().pointSizeF();
}
} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
    }

    void presentationScalesEveryViewAndLeavingRestores()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));
        CodeEditor* editor = w.reviewPage()->openFile(QStringLiteral("apps/shop/lib/shop/cart.ex"));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->toPlainText().isEmpty(), 10000);

        const double ui = QApplication::font().pointSizeF();
        const double editorBefore = pointSize(editor);
        const double treeBefore = pointSize(w.views()->widget(3)->findChild<QTreeView*>());
        const int stripBefore = w.views()->widget(4)->findChild<TraceTimeline*>()->stripHeight();
        QVERIFY(ui > 0 && editorBefore > 0);

        QAction* present = action(&w, "presentationMode");
        QVERIFY(present);
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F11));
        w.viewScale()->setPresentationScale(1.5);
        present->trigger();
        QVERIFY(w.viewScale()->isPresenting());
        QVERIFY(w.windowState() & Qt::WindowFullScreen);
        QCOMPARE(QApplication::font().pointSizeF(), ui * 1.5);
        // The editor, a tree in the Tests view and the film strip all follow.
        QCOMPARE(pointSize(editor), editorBefore * 1.5);
        QCOMPARE(pointSize(w.views()->widget(3)->findChild<QTreeView*>()), treeBefore * 1.5);
        QCOMPARE(w.views()->widget(4)->findChild<TraceTimeline*>()->stripHeight(),
                 qRound(stripBefore * 1.5));
        QVERIFY(editor->lineNumberAreaWidth() > 0);

        // The chosen scale is remembered for the next session.
        w.viewScale()->setPresentationScale(2.0);
        QCOMPARE(QApplication::font().pointSizeF(), ui * 2.0);
        QCOMPARE(QSettings().value(QStringLiteral("presentation/scale")).toDouble(), 2.0);
        // Out of range is clamped, not taken.
        w.viewScale()->setPresentationScale(5);
        QCOMPARE(w.viewScale()->presentationScale(), ViewScale::kMaxScale);

        present->trigger();
        QVERIFY(!w.viewScale()->isPresenting());
        QVERIFY(!(w.windowState() & Qt::WindowFullScreen));
        QCOMPARE(QApplication::font().pointSizeF(), ui);
        QCOMPARE(pointSize(editor), editorBefore);
        QCOMPARE(w.views()->widget(4)->findChild<TraceTimeline*>()->stripHeight(), stripBefore);

        // A new window starts from the remembered scale.
        MainWindow again(data.filePath(QStringLiteral("wb2.sqlite")));
        QCOMPARE(again.viewScale()->presentationScale(), 2.0);
    }

    void zoomKeysAndWheelActOnTheCurrentView()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));
        CodeEditor* editor = w.reviewPage()->openFile(QStringLiteral("apps/shop/lib/shop/cart.ex"));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->toPlainText().isEmpty(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Window shortcuts need the active window.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const double before = pointSize(editor);
        QWidget* board = w.views()->widget(0);
        const double boardBefore = pointSize(board);

        // Ctrl++ in the editor zooms the Review view only.
        w.showView(QStringLiteral("review"));
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(pointSize(editor), before * 1.2);
        QCOMPARE(pointSize(board), boardBefore);
        // Ctrl+wheel over the editor's text: one notch, one step.
        QWheelEvent wheel(QPointF(20, 20), editor->viewport()->mapToGlobal(QPointF(20, 20)),
                          QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(editor->viewport(), &wheel);
        QCOMPARE(pointSize(editor), before * 1.3);
        QCOMPARE(QSettings().value(QStringLiteral("zoom/reviewpage")).toInt(), 3);
        QTest::keyClick(editor, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(w.viewScale()->zoomSteps(w.reviewPage()), 2);
        QTest::keyClick(editor, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(pointSize(editor), before);

        // The graph is a canvas: the same keys zoom its view.
        w.views()->setCurrentIndex(1);
        auto* graph = qobject_cast<GraphPage*>(w.views()->widget(1));
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isLayingOut(), 20000);
        const double graphZoom = graph->view()->zoom();
        graph->view()->setFocus();
        QTest::keyClick(graph->view(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(graph->view()->zoom() > graphZoom * 1.1);
        QCOMPARE(w.viewScale()->zoomSteps(graph), 0);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
