// SPDX-License-Identifier: MIT
// The graph view's source links reach the editor through the main window.
#include "commandline.h"
#include "editor/codeeditor.h"
#include "graph/graphinspector.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "mainwindow.h"
#include "review/reviewpage.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

class TestGraphWiring : public QObject
{
    Q_OBJECT
private slots:
    void inspectorLinkOpensTheEditorAtTheLine()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QSignalSpy ready(&w, &MainWindow::projectReady);
        CommandLine cl;
        cl.demo = true;
        cl.view = QStringLiteral("graph");
        qputenv("PWB_DEMO_DIR", PWB_DEMO_PROJECT);
        QVERIFY(w.start(cl));
        QVERIFY(ready.wait(20000));
        auto* page = w.findChild<GraphPage*>();
        QVERIFY(page);
        QVERIFY(QTest::qWaitFor(
            [&] { return !page->isLayingOut() && page->scene()->nodeCount() >= 10; }, 20000));
        const int reviewer = page->scene()->presentation().indexOf(QStringLiteral("code-reviewer"));
        QVERIFY(reviewer >= 0);
        page->scene()->selectNode(reviewer);
        emit page->inspector()->anchorClicked(
            QUrl(QStringLiteral("open?path=agents/code-reviewer.md&line=2")));
        QCOMPARE(w.views()->currentWidget(), w.reviewPage());
        auto* editor = qobject_cast<CodeEditor*>(w.reviewPage()->tabs()->currentWidget());
        QVERIFY(editor);
        QVERIFY(editor->filePath().endsWith(QStringLiteral("agents/code-reviewer.md")));
    }
};

QTEST_MAIN(TestGraphWiring)
#include "tst_graphwiring.moc"
