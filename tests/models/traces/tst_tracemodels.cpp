// SPDX-License-Identifier: MIT
// TraceListModel (discovery, reading, the watcher) and TraceModel (one trace's actions).
#include "workspace/project.h"
#include "traces/reportreader.h"
#include "traces/tracelistmodel.h"
#include "traces/tracemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(PWB_FIXTURES "/traces/") + name;
}

} // namespace

class TestTraceModels : public QObject
{
    Q_OBJECT
private slots:
    void discoverPicksTheKnownPlaces()
    {
        const QStringList files{
            QStringLiteral("test-results/shop-a/trace.zip"),
            QStringLiteral("test-results/shop-a/video.webm"),
            QStringLiteral("test-results/deep/er/trace.zip"),
            QStringLiteral("traces/one.zip"),
            QStringLiteral("traces/nightly/two.zip"),
            QStringLiteral("traces/notes.txt"),
            QStringLiteral("playwright-report/index.html"),
            QStringLiteral("playwright-report/data/abc.zip"),
            QStringLiteral("apps/web/test-results/x/trace.zip"),
            QStringLiteral("lib/trace.zip"),
            QStringLiteral("docs/index.html"),
        };
        QCOMPARE(
            TraceListModel::discover(files),
            (QStringList{QStringLiteral("test-results/shop-a/trace.zip"),
                         QStringLiteral("test-results/deep/er/trace.zip"),
                         QStringLiteral("traces/one.zip"), QStringLiteral("traces/nightly/two.zip"),
                         QStringLiteral("playwright-report/index.html"),
                         QStringLiteral("apps/web/test-results/x/trace.zip")}));
    }

    void demoProjectScan()
    {
        const QList<TraceListItem> items = TraceListModel::scan(QStringLiteral(PWB_DEMO_PROJECT));
        QCOMPARE(items.size(), 7);
        const TraceListItem& report = items.first();
        QCOMPARE(report.kind, TraceListItem::Kind::Report);
        QCOMPARE(report.status, QStringLiteral("failed"));
        QCOMPARE(report.note, QStringLiteral("3 tests: 2 passed, 1 failed, 0 skipped"));
        int failed = 0;
        for (const TraceListItem& it : items) {
            if (it.kind != TraceListItem::Kind::Trace)
                continue;
            QCOMPARE(it.browser, QStringLiteral("chromium"));
            QVERIFY(it.durationMs > 0);
            QVERIFY(it.date.isValid());
            QVERIFY(it.actions > 0);
            QVERIFY(it.liveViewEvents > 0);
            failed += it.status == u"failed";
        }
        QCOMPARE(failed, 2);
    }

    void reportReader()
    {
        const ReportSummary r =
            ReportReader::read(QStringLiteral(PWB_DEMO_PROJECT "/playwright-report/index.html"));
        QVERIFY(r.ok);
        QCOMPARE(r.tests, 3);
        QCOMPARE(r.failedTitles,
                 QStringList{QStringLiteral("cart › applies the WELCOME10 coupon")});
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("index.html")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html>data:application/zip;base64,AAAA</html>");
        f.close();
        const ReportSummary bad = ReportReader::read(f.fileName());
        QVERIFY(!bad.ok);
        QCOMPARE(bad.diagnostics.size(), 1);
    }

    void listModelWatchesForNewTraces()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("traces")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("library/cart-add-items.zip")),
                            dir.filePath(QStringLiteral("traces/cart.zip"))));
        TraceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &TraceListModel::scanFinished);
        model.setRoot(dir.path());
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(TraceListModel::ColumnCount));
        const QModelIndex title = model.index(0, TraceListModel::TitleColumn);
        QCOMPARE(title.data().toString(), QStringLiteral("cart: adds two items"));
        QCOMPARE(model.index(0, TraceListModel::StatusColumn).data().toString(),
                 QStringLiteral("passed"));
        QCOMPARE(model.index(0, TraceListModel::BrowserColumn).data().toString(),
                 QStringLiteral("chromium"));
        QVERIFY(!model.index(0, TraceListModel::DurationColumn).data().toString().isEmpty());
        QCOMPARE(title.data(TraceListModel::RelativePathRole).toString(),
                 QStringLiteral("traces/cart.zip"));
        QCOMPARE(title.data(TraceListModel::LiveViewEventsRole).toInt(), 6);

        // A test run drops a new folder with a trace: the watcher notices.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("test-results/shop-coupon")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("library/coupon-failure.zip")),
                            dir.filePath(QStringLiteral("test-results/shop-coupon/trace.zip"))));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 15000);
        QCOMPARE(model.rowOf(dir.filePath(QStringLiteral("test-results/shop-coupon/trace.zip"))),
                 0);

        // A broken file is listed as unreadable, not dropped.
        QFile junk(dir.filePath(QStringLiteral("traces/junk.zip")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("junk");
        junk.close();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 15000);
        const TraceListItem* item = model.item(model.rowOf(junk.fileName()));
        QVERIFY(item);
        QCOMPARE(item->status, QStringLiteral("unreadable"));
        QVERIFY(item->note.contains(u"junk.zip"));

        model.setRoot(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void projectOwnsTheList()
    {
        Project project;
        QSignalSpy finished(project.traces(), &TraceListModel::scanFinished);
        QVERIFY(project.open(QStringLiteral(PWB_DEMO_PROJECT)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(project.traces()->rowCount(), 7);
        project.close();
        QCOMPARE(project.traces()->rowCount(), 0);
    }

    void traceModelLoads()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TraceModel::loaded);
        model.load(fixture(QStringLiteral("library/coupon-failure.zip")));
        QCOMPARE(model.state(), TraceModel::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(model.state(), TraceModel::State::Ready);
        QCOMPARE(model.rowCount(), model.trace().actions.size());
        QVERIFY(model.rowCount() >= 6);
        const int last = model.rowCount() - 1;
        QVERIFY(model.index(last, 0).data(TraceModel::FailedRole).toBool());
        QCOMPARE(model.index(last, 0).data(TraceModel::ErrorRole).toString(),
                 QStringLiteral("Timeout 1500ms exceeded."));
        int couponRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, TraceModel::SelectorColumn).data().toString().contains(u"WELCOME10"))
                couponRow = r;
        }
        QVERIFY(couponRow >= 0);
        QVERIFY(model.index(couponRow, TraceModel::LiveViewColumn)
                    .data()
                    .toString()
                    .startsWith(u"click coupon"));
        QVERIFY(!model.liveViewAround(couponRow).isEmpty());
        QVERIFY(model.index(couponRow, 0).data(TraceModel::StartRole).toDouble() > 0);
        // The page error happens while the test waits for "10% off".
        QCOMPARE(model.pageErrorsAround(last).size(), 1);
        QVERIFY(model.frameIndexFor(last) >= 0);
        const TraceFrame& frame = model.trace().frames.at(model.frameIndexFor(last));
        const QImage image = TraceModel::readFrame(model.path(), frame.entry);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), frame.width);
        int navRow = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data().toString() == u"Navigate")
                navRow = r;
        }
        QVERIFY(navRow >= 0);
        QVERIFY(!model.networkAround(navRow).isEmpty());

        QSignalSpy failed(&model, &TraceModel::failed);
        model.load(fixture(QStringLiteral("record/README.md")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(model.state(), TraceModel::State::Failed);
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        QCOMPARE(model.state(), TraceModel::State::Empty);
    }

    void staleLoadIsDropped()
    {
        TraceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &TraceModel::loaded);
        model.load(fixture(QStringLiteral("library/checkout-submit.zip")));
        model.load(fixture(QStringLiteral("library/about-static.zip")));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(model.path().endsWith(u"about-static.zip"));
        QCOMPARE(model.trace().title, QStringLiteral("about: plain page without LiveView"));
    }
};

QTEST_GUILESS_MAIN(TestTraceModels)
#include "tst_tracemodels.moc"
