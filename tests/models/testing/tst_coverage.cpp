// SPDX-License-Identifier: MIT
#include "store/database.h"
#include "testing/coveragemodel.h"
#include "testing/testeventparser.h"
#include "testing/testhistory.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pwb;

namespace {
QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(PWB_FIXTURES "/testing/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const ModuleCoverage* find(const CoverageData& d, const QString& module)
{
    for (const ModuleCoverage& m : d.modules)
        if (m.module == module)
            return &m;
    return nullptr;
}
} // namespace

class CoverageTest : public QObject
{
    Q_OBJECT
private slots:
    void coverTable()
    {
        const CoverageData d = CoverageParsers::parseCoverTable(
            QString::fromUtf8(fixture(QStringLiteral("coverage/cover_table.txt"))));
        QVERIFY(d.diagnostics.isEmpty());
        QCOMPARE(d.modules.size(), 2);
        QCOMPARE(d.reportedTotal, 55.56);
        QCOMPARE(find(d, QStringLiteral("Sample.Accounts"))->percent, 66.67);
        // The table inside a whole coloured log is found the same way.
        const CoverageData fromLog = CoverageParsers::parseCoverTable(
            QString::fromUtf8(fixture(QStringLiteral("events/sample_cover_seed42.log")))
                .remove(QChar(0x1b)));
        QCOMPARE(fromLog.modules.size(), 2);
    }

    void coverTableBroken()
    {
        const CoverageData d = CoverageParsers::parseCoverTable(
            QString::fromUtf8(fixture(QStringLiteral("coverage/cover_table_broken.txt"))),
            QStringLiteral("log"));
        QCOMPARE(d.modules.size(), 2);     // Shop.Cart, Shop.Orders
        QCOMPARE(d.diagnostics.size(), 3); // abc%, 250%, no Total
        QCOMPARE(d.diagnostics.at(0).line, 4);
        QCOMPARE(d.diagnostics.at(0).path, QStringLiteral("log"));
        QVERIFY(CoverageParsers::parseCoverTable(QStringLiteral("no table here")).isEmpty());
        QVERIFY(CoverageParsers::parseCoverTable({}).diagnostics.isEmpty());
    }

    void exCoveralls()
    {
        const CoverageData d =
            CoverageParsers::parseExCoveralls(fixture(QStringLiteral("coverage/excoveralls.json")));
        QVERIFY(d.diagnostics.isEmpty());
        QCOMPARE(d.modules.size(), 3);
        const ModuleCoverage* cart = find(d, QStringLiteral("Shop.Cart"));
        QVERIFY(cart);
        QCOMPARE(cart->file, QStringLiteral("lib/shop/cart.ex"));
        QCOMPARE(cart->relevant, 4);
        QCOMPARE(cart->covered, 3);
        QCOMPARE(cart->lines.value(2), 3);
        QCOMPARE(cart->lines.value(8), 0);
        QVERIFY(!cart->lines.contains(1)); // null: not executable
    }

    void exCoverallsBroken()
    {
        CoverageData d = CoverageParsers::parseExCoveralls(
            fixture(QStringLiteral("coverage/excoveralls_broken.json")),
            QStringLiteral("cover/excoveralls.json"));
        QCOMPARE(d.modules.size(), 1); // lib/a.ex survives
        QCOMPARE(d.modules.first().module, QStringLiteral("a"));
        QCOMPARE(d.diagnostics.size(), 3);
        d = CoverageParsers::parseExCoveralls(
            fixture(QStringLiteral("coverage/excoveralls_truncated.json")));
        QVERIFY(d.isEmpty());
        QCOMPARE(d.diagnostics.size(), 1);
        QVERIFY(d.diagnostics.first().column > 0);
        d = CoverageParsers::parseExCoveralls("{\"files\": []}");
        QCOMPARE(d.diagnostics.size(), 1);
    }

    void lcov()
    {
        const CoverageData d = CoverageParsers::parseLcov(
            QString::fromUtf8(fixture(QStringLiteral("coverage/lcov.info"))));
        QVERIFY(d.diagnostics.isEmpty());
        QCOMPARE(d.modules.size(), 2);
        QCOMPARE(d.modules.first().file, QStringLiteral("lib/shop/orders.ex"));
        QCOMPARE(d.modules.first().covered, 3);
        QCOMPARE(d.modules.first().relevant, 4);
        QCOMPARE(d.modules.first().effectivePercent(), 75.0);
        const CoverageData abs = CoverageParsers::parseLcov(
            QStringLiteral("SF:/p/lib/x.ex\nDA:1,1\nend_of_record\n"), {}, QStringLiteral("/p"));
        QCOMPARE(abs.modules.first().file, QStringLiteral("lib/x.ex"));
    }

    void lcovBroken()
    {
        const CoverageData d = CoverageParsers::parseLcov(
            QString::fromUtf8(fixture(QStringLiteral("coverage/lcov_broken.info"))),
            QStringLiteral("lcov.info"));
        QCOMPARE(d.modules.size(), 2); // lib/a.ex and the cut lib/cut.ex
        QCOMPARE(d.modules.first().lines.size(), 1);
        // DA outside SF, DA:x, DA:-4, DA:4, junk, end_of_record without SF, cut file
        QCOMPARE(d.diagnostics.size(), 7);
        QCOMPARE(d.diagnostics.first().line, 2);
    }

    void fromEventsAndModel()
    {
        TestEventParser p;
        QList<ModuleCoverageLines> lines;
        for (const TestEvent& e :
             p.feed(fixture(QStringLiteral("events/sample_cover_seed42.jsonl"))))
            if (e.kind == TestEvent::Kind::Coverage)
                lines = e.coverage;
        const CoverageData d = CoverageParsers::fromEvent(lines, QStringLiteral("apps/sample"));
        QCOMPARE(d.modules.size(), 2);

        CoverageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &CoverageModel::coverageChanged);
        model.setData(d);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalPercent(), 100.0 * 5 / 9);
        // lib/sample_accounts.ex is not lib/<app>/<x>.ex: no business logic by default...
        QCOMPARE(model.businessPercent(), -1.0);
        QVERIFY(!model.meetsTargets()); // 55.6% < 70%
        // ...until configured.
        model.setBusinessLogicPatterns({QStringLiteral("Sample.Accounts")});
        QCOMPARE(model.businessPercent(), 100.0 * 2 / 3);
        const QList<ModuleCoverage> short_ = model.shortfalls();
        QCOMPARE(short_.size(), 2);
        QCOMPARE(short_.first().module, QStringLiteral("Sample")); // worst first
        const QModelIndex acc = model.index(1, CoverageModel::ThresholdColumn);
        QCOMPARE(acc.data(CoverageModel::ThresholdRole).toDouble(), 80.0);
        QCOMPARE(acc.data(CoverageModel::BusinessRole).toBool(), true);

        // The gutter API.
        const QHash<int, int> hits = model.lineHits(QStringLiteral("apps/sample/lib/sample.ex"));
        QCOMPARE(hits.value(10), 4);
        QVERIFY(hits.contains(15) && hits.value(15) == 0);
        QVERIFY(!hits.contains(1));
        QVERIFY(model.hasLineData(QStringLiteral("apps/sample/lib/sample.ex")));
        QVERIFY(model.lineHits(QStringLiteral("lib/sample.ex")).isEmpty());
    }

    void defaultBusinessLogicIsContexts()
    {
        CoverageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData(CoverageParsers::parseExCoveralls(
            fixture(QStringLiteral("coverage/excoveralls.json"))));
        auto business = [&](const QString& module) {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r, 0).data().toString() == module)
                    return model.index(r, 0).data(CoverageModel::BusinessRole).toBool();
            return false;
        };
        QVERIFY(business(QStringLiteral("Shop.Cart")));
        QVERIFY(!business(QStringLiteral("Shop.Cart.LineItem"))); // a schema
        QVERIFY(!business(QStringLiteral("ShopWeb.PageController")));
        QCOMPARE(model.businessPercent(), 75.0);
        QVERIFY(!model.meetsTargets());
        model.setThresholds(70, 60);
        QVERIFY(model.meetsTargets() == (model.totalPercent() >= 60));
    }

    void projectFilesAreFound()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("apps/shop/cover"));
        QFile::copy(QStringLiteral(PWB_FIXTURES "/testing/coverage/excoveralls.json"),
                    dir.filePath(QStringLiteral("apps/shop/cover/excoveralls.json")));
        QFile::copy(QStringLiteral(PWB_FIXTURES "/testing/coverage/lcov.info"),
                    dir.filePath(QStringLiteral("lcov.info")));
        const CoverageData d = CoverageParsers::loadProjectFiles(dir.path());
        QCOMPARE(d.modules.size(), 5);
        QVERIFY(find(d, QStringLiteral("Shop.Cart")));
        QCOMPARE(find(d, QStringLiteral("Shop.Cart"))->file,
                 QStringLiteral("apps/shop/lib/shop/cart.ex"));
        QCOMPARE(find(d, QStringLiteral("orders"))->file, QStringLiteral("lib/shop/orders.ex"));
        // Each module says where its numbers come from, project-relative.
        QCOMPARE(find(d, QStringLiteral("Shop.Cart"))->origin,
                 QStringLiteral("apps/shop/cover/excoveralls.json"));
        QCOMPARE(find(d, QStringLiteral("orders"))->origin, QStringLiteral("lcov.info"));
        QVERIFY(d.hasLineData());
        QCOMPARE(d.origins(), (QStringList{QStringLiteral("lcov.info"),
                                           QStringLiteral("apps/shop/cover/excoveralls.json")}));
        CoverageModel model;
        model.setData(d);
        QCOMPARE(model.lineSource(QStringLiteral("apps/shop/lib/shop/cart.ex")),
                 QStringLiteral("apps/shop/cover/excoveralls.json"));
        QCOMPARE(model.lineSource(QStringLiteral("lib/nothing.ex")), QString());
    }

    // The demo ships a sample lcov.info so the editor shows coverage out of the box; it must
    // still describe the demo's sources (executable lines only, inside each file).
    void demoSampleMatchesItsSources()
    {
        const QString app = QStringLiteral(PWB_DEMO_PROJECT "/apps/shop");
        QFile f(app + QStringLiteral("/lcov.info"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const CoverageData d =
            CoverageParsers::parseLcov(QString::fromUtf8(f.readAll()), QStringLiteral("lcov.info"));
        QVERIFY(d.diagnostics.isEmpty());
        QVERIFY(d.modules.size() >= 8);
        int relevant = 0, covered = 0;
        for (const ModuleCoverage& m : d.modules) {
            QFile src(app + u'/' + m.file);
            QVERIFY2(src.open(QIODevice::ReadOnly), qPrintable(m.file));
            const QStringList lines = QString::fromUtf8(src.readAll()).split(u'\n');
            for (auto it = m.lines.cbegin(); it != m.lines.cend(); ++it) {
                QVERIFY2(it.key() <= lines.size(), qPrintable(m.file));
                const QString code = lines.at(it.key() - 1).trimmed();
                QVERIFY2(!code.isEmpty() && !code.startsWith(u'#') && code != u"end" &&
                             !code.startsWith(u'@'),
                         qPrintable(m.file + u':' + QString::number(it.key()) + u' ' + code));
            }
            relevant += m.relevant;
            covered += m.covered;
        }
        // The total `mix test --cover` printed for the run it was taken from (README).
        QCOMPARE(QString::number(100.0 * covered / relevant, 'f', 2), QStringLiteral("83.87"));
    }

    void historyIsKeptPerProject()
    {
        QTemporaryDir dir;
        {
            Database db(dir.filePath(QStringLiteral("wb.sqlite")));
            TestHistory h(&db);
            QVERIFY(h.isReady());
            TestRunRecord a;
            a.project = QStringLiteral("/p/shop");
            a.app = QStringLiteral("shop");
            a.finishedAt = QDateTime::fromSecsSinceEpoch(1000, QTimeZone::utc());
            a.total = 10;
            a.passed = 8;
            a.failed = 2;
            a.seconds = 1.5;
            a.coverage = 81.25;
            QVERIFY(h.record(a));
            QVERIFY(a.id > 0);
            TestRunRecord b = a;
            b.finishedAt = QDateTime::fromSecsSinceEpoch(2000, QTimeZone::utc());
            b.failed = 0;
            b.passed = 10;
            b.coverage = -1;
            QVERIFY(h.record(b));
            TestRunRecord other = a;
            other.project = QStringLiteral("/p/other");
            QVERIFY(h.record(other));
        }
        Database db(dir.filePath(QStringLiteral("wb.sqlite")));
        TestHistory h(&db);
        const QList<TestRunRecord> runs = h.runs(QStringLiteral("/p/shop"));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().failed, 2); // oldest first
        QCOMPARE(runs.first().coverage, 81.25);
        QCOMPARE(runs.first().passRate(), 80.0);
        QCOMPARE(runs.last().coverage, -1.0);
        QCOMPARE(runs.last().finishedAt.toSecsSinceEpoch(), 2000);
        QCOMPARE(db.schemaVersion(QStringLiteral("testing")), 1);
    }
};

QTEST_GUILESS_MAIN(CoverageTest)
#include "tst_coverage.moc"
