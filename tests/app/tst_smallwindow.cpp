// SPDX-License-Identifier: MIT
// Issue 19.1 and 19.7: every view usable at 1024x640 (a common laptop and projector size),
// and the View menu only where there is something to view.
#include "board/boardpage.h"
#include "board/boardview.h"
#include "commandline.h"
#include "common/projecttree.h"
#include "mainwindow.h"
#include "review/findingsmodel.h"
#include "review/findingspanel.h"
#include "review/reviewpage.h"
#include "testing/testrunmodel.h"
#include "testing/testspage.h"
#include "workspace/project.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace pwb;

namespace {
QMenu* menuNamed(MainWindow& w, const QString& title)
{
    for (QAction* a : w.menuBar()->actions()) {
        if (a->menu() && a->text().remove(u'&') == title)
            return a->menu();
    }
    return nullptr;
}
} // namespace

class TestSmallWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;

private slots:
    void windowSizeOption()
    {
        const auto parse = [](const QString& value) {
            return CommandLine::parse({QStringLiteral("phoenix-workbench"),
                                       QStringLiteral("--demo"), QStringLiteral("--window-size"),
                                       value});
        };
        const CommandLine ok = parse(QStringLiteral("1024x640"));
        QCOMPARE(ok.mode, CommandLine::Mode::Gui);
        QCOMPARE(ok.windowSize, QSize(1024, 640));
        for (const char* bad : {"1024", "x640", "10x10", "axb", "99999x640"}) {
            const CommandLine cl = parse(QString::fromLatin1(bad));
            QCOMPARE(cl.mode, CommandLine::Mode::Error);
            QVERIFY(cl.error.contains(QStringLiteral("--window-size")));
        }
        QVERIFY(parse(QStringLiteral("800x600"))
                    .helpText.contains(QStringLiteral("PWB_PLAYWRIGHT_CORE")));
    }

    void viewMenuIsDisabledOnTheWelcomePage()
    {
        MainWindow w(m_data.filePath(QStringLiteral("menu.sqlite")));
        w.show();
        QMenu* view = menuNamed(w, QStringLiteral("View"));
        QVERIFY(view);
        int projectEntries = 0;
        for (QAction* a : view->actions()) {
            if (a->text().remove(u'&') == u"Board" || a->text().remove(u'&') == u"Filter Files") {
                QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
                ++projectEntries;
            }
        }
        QCOMPARE(projectEntries, 2);
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));
        for (QAction* a : view->actions()) {
            if (a->text().remove(u'&') == u"Board")
                QVERIFY(a->isEnabled());
        }
        w.closeProject();
        for (QAction* a : view->actions()) {
            if (a->text().remove(u'&') == u"Board")
                QVERIFY(!a->isEnabled());
        }
    }

    // No view's minimum width may push the window beyond 1024 px, in either language:
    // the views share one stack, so a hidden page's minimum (a long German tool bar row)
    // widens the window wherever the user is.
    void everyViewFitsIn1024_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void everyViewFitsIn1024()
    {
        QFETCH(QString, lang);
        QTranslator translator;
        if (lang != u"en") {
            QVERIFY(translator.load(QLocale(lang), QStringLiteral("phoenix-workbench"),
                                    QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        const auto uninstall =
            qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        MainWindow w(m_data.filePath(QStringLiteral("fit-%1.sqlite").arg(lang)));
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));
        if (lang != u"en") // the translation is really in use
            QVERIFY(menuNamed(w, QStringLiteral("Datei")));
        for (const char* view : {"board", "graph", "review", "tests", "traces"}) {
            w.showView(QString::fromLatin1(view));
            QTest::qWait(150);
            const int minimum = w.minimumSizeHint().width();
            QVERIFY2(minimum <= 1024, qPrintable(QStringLiteral("%1 %2: minimum width %3")
                                                     .arg(lang, QString::fromLatin1(view))
                                                     .arg(minimum)));
            QVERIFY2(w.width() == 1024, qPrintable(QStringLiteral("%1 %2: window widened to %3")
                                                       .arg(lang, QString::fromLatin1(view))
                                                       .arg(w.width())));
        }
    }

    void everyViewAt1024x640()
    {
        MainWindow w(m_data.filePath(QStringLiteral("small.sqlite")));
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy ready(&w, &MainWindow::projectReady);
        QVERIFY(w.openProject(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY(w.boardPage()->isShowingBoard());
        QCOMPARE(w.size(), QSize(1024, 640));

        // Board: all four status columns, Done included, fit without scrolling sideways.
        w.showView(QStringLiteral("board"));
        QTest::qWait(100);
        BoardView* board = w.boardPage()->view();
        QVERIFY2(board->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QString::number(board->horizontalScrollBar()->maximum())));
        // the filter keeps room to type in
        QVERIFY(w.boardPage()->filterEdit()->width() >= 100);

        // Tests: the Test column keeps names readable.
        w.showView(QStringLiteral("tests"));
        auto* tests = w.findChild<TestsPage*>();
        QVERIFY(tests);
        QTRY_VERIFY(tests->treeView()->isVisible());
        const int nameWidth = tests->treeView()->columnWidth(TestRunModel::NameColumn);
        QVERIFY2(nameWidth >= 200, qPrintable(QString::number(nameWidth)));

        // Review: finding messages keep room too.
        w.showView(QStringLiteral("review"));
        QTreeView* findings = w.reviewPage()->findingsPanel()->view();
        QTRY_VERIFY(findings->isVisible());
        const int messageWidth = findings->columnWidth(FindingsModel::MessageColumn);
        QVERIFY2(messageWidth >= 150, qPrintable(QString::number(messageWidth)));

        // Status bar: what is shown does not overlap and stays inside the bar.
        QTRY_VERIFY(
            !w.statusBar()->findChild<QLabel*>(QStringLiteral("findingCounts"))->text().isEmpty());
        w.statusBar()->clearMessage();
        // The counts change when the analysis ends, and the bar lays out on the next turn of
        // the event loop: check the settled bar (a bar that never fits still fails).
        QList<QRect> shown;
        const auto statusBarProblem = [&]() -> QString {
            shown.clear();
            for (const char* name :
                 {"projectIdentity", "findingCounts", "gitStatus", "fileCount"}) {
                auto* l = w.statusBar()->findChild<QLabel*>(QString::fromLatin1(name));
                if (!l)
                    return QStringLiteral("no label ") + QLatin1String(name);
                if (!l->isVisible() || l->text().isEmpty())
                    continue;
                const QRect r = l->geometry();
                if (!w.statusBar()->rect().contains(r))
                    return QLatin1String(name) + QStringLiteral(" leaves the bar");
                // the text fits the label: elided, never cut off or drawn over a neighbour
                if (l->fontMetrics().horizontalAdvance(l->text()) > r.width() + 1)
                    return QLatin1String(name) + QStringLiteral(" is cut off: ") + l->text();
                for (const QRect& other : std::as_const(shown)) {
                    if (r.intersects(other))
                        return QLatin1String(name) + QStringLiteral(" overlaps a neighbour");
                }
                shown << r;
            }
            return {};
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusBarProblem(), QString(), 10000);
        QVERIFY(shown.size() >= 2); // the identity and at least the finding counts
        auto* identity = w.statusBar()->findChild<QLabel*>(QStringLiteral("projectIdentity"));
        QVERIFY(identity->toolTip().contains(w.identityText()));

        // Graph diagnostics wrap in their narrow column and carry the whole message.
        w.showView(QStringLiteral("graph"));
        auto* problems = w.findChild<QListWidget*>(QStringLiteral("graphProblems"));
        QVERIFY(problems);
        QVERIFY(problems->wordWrap());
        // Board lint elides (no half-drawn second line) and has the message in its tooltip.
        auto* lint = w.boardPage()->findings();
        QVERIFY(!lint->wordWrap());
        if (lint->topLevelItemCount() > 0)
            QVERIFY(lint->topLevelItem(0)->toolTip(1).contains(lint->topLevelItem(0)->text(1)));
    }
};

QTEST_MAIN(TestSmallWindow)
#include "tst_smallwindow.moc"
