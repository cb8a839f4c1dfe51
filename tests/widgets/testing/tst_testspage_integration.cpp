// SPDX-License-Identifier: MIT
// A real run of the demo's domain app from the Tests view (needs elixir), and the
// umbrella's web app, which cannot compile offline, saying so.
#include "project/fileindex.h"
#include "workspace/project.h"
#include "store/database.h"
#include "testing/ansitext.h"
#include "testing/coveragemodel.h"
#include "testing/testhistorychart.h"
#include "testing/testrunmodel.h"
#include "testing/testrunner.h"
#include "testing/testsession.h"
#include "testing/testspage.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

Q_DECLARE_METATYPE(TestRunOutcome)

class TestsPageIntegration : public QObject
{
    Q_OBJECT
private slots:
    void demoShopThenShopWeb()
    {
        qRegisterMetaType<TestRunOutcome>();
        if (QStandardPaths::findExecutable(QStringLiteral("elixir")).isEmpty())
            QSKIP("elixir is not installed");
        QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        Project project;
        Database db(settings.filePath(QStringLiteral("wb.sqlite")));
        TestsPage page(&project);
        page.setDatabase(&db);
        // The demo is the source tree's: the run must not leave a last run in it, or every
        // later screenshot of the demo shows this test's run as "restored".
        page.session()->setKeepState(false);
        page.resize(1400, 900);
        page.show();
        QSignalSpy ready(project.files(), &FileIndex::ready);
        QVERIFY(project.open(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(!ready.isEmpty() || ready.wait(10000));
        QVERIFY(page.action(QStringLiteral("appChooser"))->isVisible());
        QCOMPARE(page.appChooser()->currentText(), QStringLiteral("shop")); // the offline app first

        page.action(QStringLiteral("cover"))->setChecked(true);
        QSignalSpy done(&page, &TestsPage::runFinished);
        page.runAll();
        QVERIFY(done.wait(300000));
        TestRunOutcome o = done.takeFirst().first().value<TestRunOutcome>();
        QCOMPARE(o.status, TestRunOutcome::Status::TestsFailed);
        const TestCounts& c = page.runModel()->counts();
        QCOMPARE(c.failed, 2);
        QVERIFY(c.passed > 20);
        QVERIFY(c.skipped >= 1);
        QVERIFY(page.coverageModel()->rowCount() > 3);
        QCOMPARE(page.historyChart()->pointCount(), 1);
        QVERIFY(!page.coverageModel()
                     ->lineHits(QStringLiteral("apps/shop/lib/shop/cart.ex"))
                     .isEmpty());
        // The formatter's line data agrees with mix's own table: same modules (the app's
        // test_coverage ignore_modules honoured), same total.
        const CoverageData table =
            CoverageParsers::parseCoverTable(AnsiText::strip(page.runner()->rawLog()));
        QVERIFY(table.reportedTotal > 0);
        QVERIFY(page.coverageModel()->coverage().hasLineData());
        QCOMPARE(page.coverageModel()->rowCount(), int(table.modules.size()));
        QVERIFY2(qAbs(page.coverageModel()->totalPercent() - table.reportedTotal) < 0.01,
                 qPrintable(QString::number(page.coverageModel()->totalPercent())));
        for (const TestResult& t : page.runModel()->failures())
            QVERIFY(t.file.startsWith(QStringLiteral("apps/shop/test/")));
        if (const QByteArray shot = qgetenv("PWB_TESTING_SCREENSHOT"); !shot.isEmpty()) {
            page.grab().save(QString::fromLocal8Bit(shot));
            page.tabs()->setCurrentIndex(3);
            page.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral(".coverage.png"));
            page.tabs()->setCurrentIndex(4);
            page.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral(".history.png"));
        }

        page.appChooser()->setCurrentIndex(page.appChooser()->findText(QStringLiteral("shop_web")));
        page.action(QStringLiteral("cover"))->setChecked(false);
        page.runAll();
        QVERIFY(done.wait(120000));
        o = done.takeFirst().first().value<TestRunOutcome>();
        QCOMPARE(o.status, TestRunOutcome::Status::DepsMissing);
        QVERIFY(page.bannerText().contains(QStringLiteral("phoenix")));
        QVERIFY(page.depsGetButton()->isVisible());
    }
};

QTEST_MAIN(TestsPageIntegration)
#include "tst_testspage_integration.moc"
