// SPDX-License-Identifier: MIT
// The story on the demo, walked with keys only (no tab clicks): task → agent → code →
// finding → tests in the editor → the failing test → its trace, checking what each step
// selects; Page Up goes back, Esc ends, Help > Guided Tour starts again.
#include "board/boardpage.h"
#include "board/boardview.h"
#include "common/navigator.h"
#include "common/tourcallout.h"
#include "editor/codeeditor.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "guidedtour.h"
#include "mainwindow.h"
#include "review/reviewpage.h"
#include "tasks/boardmodel.h"
#include "testing/testeventparser.h"
#include "testing/testrunmodel.h"
#include "testing/testspage.h"
#include "traces/tracelistmodel.h"
#include "traces/tracespage.h"
#include "workspace/project.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace pwb;

namespace {
QList<TestEvent> recordedRun()
{
    QFile f(QStringLiteral(PWB_FIXTURES "/testing/events/shop_seed1.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    TestEventParser parser(f.fileName());
    QList<TestEvent> events = parser.feed(f.readAll());
    return events << parser.finish();
}

QString currentView(MainWindow& w)
{
    static const QStringList names{QStringLiteral("board"), QStringLiteral("graph"),
                                   QStringLiteral("review"), QStringLiteral("tests"),
                                   QStringLiteral("traces")};
    return names.value(w.views()->currentIndex());
}

// The key a presenter's clicker sends, to whatever has the focus.
void press(MainWindow& w, Qt::Key key)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
    QTest::keyClick(target, key);
}
} // namespace

class TestGuidedTour : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        qputenv("PWB_DEMO_DIR", PWB_DEMO_PROJECT);
    }

    void walksTheStoryWithKeysOnly()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Window shortcuts (Alt+Left) need the active window.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));
        // The demo's last run (a recorded `mix test` of apps/shop).
        w.testsPage()->showRun(recordedRun(), QStringLiteral("shop"), QStringLiteral("apps/shop"));

        GuidedTour* tour = w.tour();
        QVERIFY(tour->count() >= 6 && tour->count() <= 10);
        QSignalSpy stepReady(tour, &GuidedTour::stepReady);
        const auto waitReady = [&](int step) {
            return QTest::qWaitFor([&] { return tour->current() == step && tour->isStepReady(); },
                                   25000);
        };
        w.findChild<QAction*>(QStringLiteral("guidedTour"))->trigger();
        QVERIFY(tour->isActive());
        QVERIFY(waitReady(0));
        TourCallout* callout = tour->callout();
        QVERIFY(callout->isVisible());
        QVERIFY(callout->title().contains(QStringLiteral("task")));

        // 1 · the task on the board
        QCOMPARE(currentView(w), QStringLiteral("board"));
        QCOMPARE(w.boardPage()->view()->currentIndex().data(BoardModel::TaskIdRole).toString(),
                 QString::fromLatin1(GuidedTour::kTask));
        QCOMPARE(callout->target(), w.boardPage()->view());

        // 2 · its agent in the graph
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(1));
        QCOMPARE(currentView(w), QStringLiteral("graph"));
        GraphScene* scene = w.graphPage()->scene();
        QCOMPARE(scene->selectedNode(),
                 scene->presentation().indexOf(QString::fromLatin1(GuidedTour::kAgent)));

        // 3 · the code
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(2));
        QCOMPARE(currentView(w), QStringLiteral("review"));
        CodeEditor* e = w.reviewPage()->currentEditor();
        QCOMPARE(e->relativePath(), QString::fromLatin1(GuidedTour::kCode));
        QCOMPARE(e->textCursor().blockNumber() + 1, GuidedTour::kCodeLine);
        QVERIFY(e->toPlainText()
                    .split(u'\n')
                    .at(GuidedTour::kCodeLine - 1)
                    .contains(QStringLiteral("coupon_discounts")));

        // 4 · the finding in it
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(3));
        e = w.reviewPage()->currentEditor();
        QCOMPARE(e->textCursor().blockNumber() + 1, GuidedTour::kFindingLine);
        bool flagged = false;
        for (const EditorAnnotation& a : e->annotationsOnLine(GuidedTour::kFindingLine))
            flagged |= a.rule == QString::fromLatin1(GuidedTour::kFindingRule);
        QVERIFY(flagged);

        // 5 · its test, in the editor, with the failure inline
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(4));
        e = w.reviewPage()->currentEditor();
        QCOMPARE(e->relativePath(), QString::fromLatin1(GuidedTour::kTestFile));
        QCOMPARE(e->textCursor().blockNumber() + 1, GuidedTour::kFailureLine);
        QTRY_VERIFY(e->testMarkerAt(GuidedTour::kTestLine));
        QTRY_COMPARE(e->testMarkerAt(GuidedTour::kTestLine)->state,
                     EditorTestMarker::State::Failed);
        QCOMPARE(e->testMarkerAt(GuidedTour::kTestLine)->failureLine, GuidedTour::kFailureLine);

        // 6 · the failing test in the Tests view
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(5));
        QCOMPARE(currentView(w), QStringLiteral("tests"));
        const TestResult* t =
            w.testsPage()->runModel()->result(w.testsPage()->treeView()->currentIndex());
        QVERIFY(t);
        QCOMPARE(t->state, TestState::Failed);
        QVERIFY(t->name.contains(QStringLiteral("stacks a percentage")));

        // 7 · the trace of the feature
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(6));
        QCOMPARE(currentView(w), QStringLiteral("traces"));
        QCOMPARE(w.tracesPage()->traceList()->currentIndex().row(),
                 w.project()->traces()->rowOf(
                     w.project()->absolutePath(QString::fromLatin1(GuidedTour::kTrace))));

        // The tour went through the navigator: Alt+Left walks the story back (to the test),
        // Alt+Right forward again.
        QVERIFY(w.navigator()->canGoBack());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w,
                        Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(currentView(w), QStringLiteral("tests"));
        QVERIFY(w.testsPage()->runModel()->result(w.testsPage()->treeView()->currentIndex()));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w,
                        Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(currentView(w), QStringLiteral("traces"));

        // Page Up goes back a step, with its selection.
        press(w, Qt::Key_PageUp);
        QVERIFY(waitReady(5));
        QCOMPARE(currentView(w), QStringLiteral("tests"));
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(6));

        // The last step, then the end.
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(7));
        QCOMPARE(tour->current(), tour->count() - 1);
        QCOMPARE(callout->nextButton()->text(), QStringLiteral("Finish"));
        QSignalSpy finished(tour, &GuidedTour::finished);
        press(w, Qt::Key_PageDown);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!tour->isActive());
        QVERIFY(!callout->isVisible());

        // Restartable from Help; Esc ends it (and does not reach the views).
        w.findChild<QAction*>(QStringLiteral("guidedTour"))->trigger();
        QVERIFY(waitReady(0));
        press(w, Qt::Key_PageDown);
        QVERIFY(waitReady(1));
        press(w, Qt::Key_Escape);
        QVERIFY(!tour->isActive());
        QCOMPARE(finished.size(), 2);
        // Without the tour, Page Down is the views' own key again.
        QCOMPARE(currentView(w), QStringLiteral("graph"));
        press(w, Qt::Key_PageDown);
        QVERIFY(!tour->isActive());
    }

    // The shipped demo, as a fresh copy has it (no run made yet, no showRun): its recorded
    // run is there, so the tour's test step shows the failing test before any F5.
    void testStepOnTheShippedDemo()
    {
        QTemporaryDir copy;
        QDirIterator it(QStringLiteral(PWB_DEMO_PROJECT),
                        QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        const QDir demo(QStringLiteral(PWB_DEMO_PROJECT));
        while (it.hasNext()) {
            const QString src = it.next();
            const QString rel = demo.relativeFilePath(src);
            const QStringList parts = rel.split(u'/');
            // What a run leaves behind is not part of what ships.
            if (parts.contains(QStringLiteral("_build")) ||
                parts.contains(QStringLiteral("deps")) ||
                parts.contains(QStringLiteral(".workbench")))
                continue;
            QVERIFY(QDir().mkpath(QFileInfo(copy.filePath(rel)).path()));
            QVERIFY(QFile::copy(src, copy.filePath(rel)));
        }
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(copy.path()));
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY(w.testsPage()->runModel()->counts().failed > 0);
        QVERIFY2(w.testsPage()->summaryText().contains(QStringLiteral("recorded run from")),
                 qPrintable(w.testsPage()->summaryText()));

        GuidedTour* tour = w.tour();
        tour->start(5);
        QVERIFY(
            QTest::qWaitFor([&] { return tour->current() == 5 && tour->isStepReady(); }, 25000));
        QCOMPARE(currentView(w), QStringLiteral("tests"));
        const TestResult* t =
            w.testsPage()->runModel()->result(w.testsPage()->treeView()->currentIndex());
        QVERIFY(t);
        QCOMPARE(t->state, TestState::Failed);
        QVERIFY(t->name.contains(QStringLiteral("stacks a percentage")));
        QCOMPARE(t->file, QString::fromLatin1(GuidedTour::kTestFile));
        tour->stop();
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestGuidedTour)
#include "tst_guidedtour.moc"
