// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "common/emptystate.h"
#include "common/welcomepage.h"
#include "editor/codeeditor.h"
#include "mainwindow.h"
#include "review/reviewpage.h"
#include "store/recentprojectsmodel.h"
#include "workspace/project.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pwb;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void welcomeScreenWhenNothingIsOpen()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QVERIFY(w.welcomePage()->isVisible());
        QVERIFY(!w.views()->isVisible());
        QCOMPARE(w.identityText(), QStringLiteral("No project open"));
    }

    void opensTheDemoWithEveryView()
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
        QVERIFY(w.views()->isVisible());
        QCOMPARE(w.views()->count(), 5);
        const QStringList names{QStringLiteral("Board"), QStringLiteral("Graph"),
                                QStringLiteral("Review"), QStringLiteral("Tests"),
                                QStringLiteral("Traces")};
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(w.views()->tabText(i), names[i]);
        QCOMPARE(w.views()->currentIndex(), 1); // --view graph
        QVERIFY(w.identityText().contains(QStringLiteral("umbrella")));
        QVERIFY(w.identityText().contains(QStringLiteral("Phoenix 1.7")));
        QCOMPARE(w.recentProjects()->rowCount(), 1);
        // Every page offers something: an empty state with a title, or content.
        for (int i = 0; i < w.views()->count(); ++i) {
            const auto* empty = w.views()->widget(i)->findChild<EmptyState*>();
            if (empty && empty->isVisibleTo(w.views()->widget(i)))
                QVERIFY2(!empty->title().isEmpty(), qPrintable(names[i]));
        }
    }

    // The same fenced YAML list that once crashed the report, opened in the window.
    void fencedYamlListDoesNotCrashTheWindow()
    {
        QTemporaryDir data;
        QTemporaryDir project;
        QVERIFY(QDir(project.path()).mkpath(QStringLiteral("docs/TRD")));
        QVERIFY(QDir(project.path()).mkpath(QStringLiteral("agents")));
        const auto write = [&](const QString& rel, const QByteArray& text) {
            QFile f(project.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("docs/TRD/plan.md"), "# Plan\n```yaml\n- a\n```\n");
        write(QStringLiteral("agents/lead.md"), "---\nname: lead\n---\n```yaml\n- a\n```\n");
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QSignalSpy ready(&w, &MainWindow::projectReady);
        CommandLine cl;
        cl.path = project.path();
        cl.view = QStringLiteral("graph");
        QVERIFY(w.start(cl));
        QVERIFY(ready.wait(20000));
        QVERIFY(w.views()->isVisible());
        for (int i = 0; i < w.views()->count(); ++i) {
            w.views()->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }
    }

    void demoCoverageReachesTheEditorGutter()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));
        CodeEditor* editor = w.reviewPage()->openFile(QStringLiteral("apps/shop/lib/shop/cart.ex"));
        // The demo's sample lcov.info (or a restored --cover run of it) marks the cart's lines.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->coverage().isEmpty(), 15000);
        QVERIFY(!editor->coverageSource().isEmpty());
        QVERIFY(std::any_of(editor->coverage().cbegin(), editor->coverage().cend(),
                            [](int hits) { return hits == 0; }));
    }

    void projectTreeOpensFilesInTheReviewView()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_FIXTURES "/projects/plain_mix")));
        QVERIFY(ready.wait(15000));
        CodeEditor* editor = w.reviewPage()->openFile(QStringLiteral("lib/tinylib.ex"), 2);
        // The read may finish before openFile returns (then `loaded` has already fired),
        // so wait for the state rather than the signal.
        QTRY_VERIFY_WITH_TIMEOUT(editor->toPlainText().contains(QStringLiteral("def hello")),
                                 10000);
        QCOMPARE(editor->textCursor().blockNumber(), 1);
        QCOMPARE(w.reviewPage()->tabs()->count(), 1);
        w.reviewPage()->openFile(QStringLiteral("lib/tinylib.ex"));
        QCOMPARE(w.reviewPage()->tabs()->count(), 1); // focused, not opened twice
        w.closeProject();
        QCOMPARE(w.reviewPage()->tabs()->count(), 0);
        QVERIFY(w.welcomePage()->isVisible());
    }

    void badPathShowsANoticeAndKeepsTheWelcomePage()
    {
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        w.show();
        QVERIFY(!w.openProject(QStringLiteral("/nonexistent/folder")));
        const auto* notice = w.welcomePage()->findChild<QLabel*>(QStringLiteral("welcomeNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("/nonexistent/folder")));
    }

    void germanTranslationIsShipped()
    {
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/phoenix-workbench_de.qm")));
        QCoreApplication::installTranslator(&de);
        QTemporaryDir data;
        MainWindow w(data.filePath(QStringLiteral("wb.sqlite")));
        const QList<QAction*> menus = w.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(w.identityText(), QStringLiteral("Kein Projekt geöffnet"));
        QCoreApplication::removeTranslator(&de);
    }

    void corruptDatabaseIsReportedOnTheWelcomePage()
    {
        QTemporaryDir data;
        const QString path = data.filePath(QStringLiteral("wb.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        MainWindow w(path);
        w.show();
        const auto* notice = w.welcomePage()->findChild<QLabel*>(QStringLiteral("welcomeNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("moved to")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
