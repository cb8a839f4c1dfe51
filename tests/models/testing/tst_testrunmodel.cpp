// SPDX-License-Identifier: MIT
#include "testing/junitexport.h"
#include "testing/testeventparser.h"
#include "testing/testrunmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace pwb;

namespace {
QList<TestEvent> captured(const QString& name)
{
    QFile f(QStringLiteral(PWB_FIXTURES "/testing/events/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    TestEventParser p;
    return p.feed(f.readAll());
}

TestResult failing(const QString& exception, const QString& message,
                   const QString& kind = QStringLiteral("error"))
{
    TestResult t;
    t.name = QStringLiteral("test x");
    t.module = QStringLiteral("M");
    t.state = TestState::Failed;
    TestError e;
    e.kind = kind;
    e.exception = exception;
    e.message = message;
    t.failure.errors << e;
    return t;
}
} // namespace

class TestRunModelTest : public QObject
{
    Q_OBJECT
private slots:
    void liveTreeFromTheDemoCapture()
    {
        TestRunModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.beginRun(QStringLiteral("/nowhere/demo"), QStringLiteral("shop"),
                       QStringLiteral("apps/shop"));
        const QList<TestEvent> events = captured(QStringLiteral("shop_seed1.jsonl"));
        QVERIFY(events.size() > 50);
        // Arrive in small batches, as a run delivers them.
        for (qsizetype i = 0; i < events.size(); i += 5)
            model.applyEvents(events.mid(i, 5));
        model.endRun();
        QVERIFY(!model.isRunning());

        const TestCounts& c = model.counts();
        QCOMPARE(c.failed, 2);
        QCOMPARE(c.running, 0);
        QVERIFY(c.skipped >= 1);
        QCOMPARE(c.total, c.done());
        QCOMPARE(model.seed(), 1);
        QVERIFY(model.suiteRunUs() > 0);

        QCOMPARE(model.rowCount(), 1); // one app
        const QModelIndex app = model.index(0, 0);
        QCOMPARE(app.data().toString(), QStringLiteral("shop"));
        QCOMPARE(app.data(TestRunModel::StateRole).toInt(), int(TestState::Failed));
        QVERIFY(model.rowCount(app) >= 4); // modules

        // A failure carries project-relative paths and a category.
        const QList<TestResult> failures = model.failures();
        QCOMPARE(failures.size(), 2);
        for (const TestResult& t : failures) {
            QVERIFY2(t.file.startsWith(QStringLiteral("apps/shop/test/")), qPrintable(t.file));
            const QModelIndex idx = model.indexForKey(t.key());
            QVERIFY(idx.isValid());
            QCOMPARE(model.result(idx)->name, t.name);
            QVERIFY(!idx.data(TestRunModel::CategoryRole).toString().isEmpty());
            QCOMPARE(idx.data(TestRunModel::FileRole).toString(), t.file);
            // The describe level sits between module and test.
            QCOMPARE(idx.parent().data(TestRunModel::KindRole).toInt(),
                     int(TestRunModel::NodeKind::Describe));
        }
        QCOMPARE(failures.first().failure.errors.first().stacktrace.first().file.left(10),
                 QStringLiteral("apps/shop/"));

        const QList<TestResult> slow = model.slowest(3);
        QCOMPARE(slow.size(), 3);
        QVERIFY(slow.first().tags.contains(QStringLiteral("slow")));
        QVERIFY(slow.at(0).timeUs >= slow.at(1).timeUs);

        bool sawDoctest = false;
        for (const TestResult& t : model.tests())
            sawDoctest = sawDoctest || t.type == u"doctest";
        QVERIFY(sawDoctest);
        QVERIFY(!TestRunModel::countsText(c).isEmpty());
    }

    // A batch of events tells views about each parent's touched rows once, not per event.
    void aBatchAnnouncesEachTouchedRangeOnce()
    {
        TestRunModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.beginRun(QStringLiteral("/p"), QStringLiteral("app"));
        QList<TestEvent> started, finished;
        for (int i = 0; i < 50; ++i) {
            TestEvent e;
            e.kind = TestEvent::Kind::TestStarted;
            e.test.module = QStringLiteral("M");
            e.test.name = QStringLiteral("test t%1").arg(i);
            e.test.test = QStringLiteral("t%1").arg(i);
            e.test.state = TestState::Running;
            started << e;
            e.kind = TestEvent::Kind::TestFinished;
            e.test.state = i == 7 ? TestState::Failed : TestState::Passed;
            finished << e;
        }
        model.applyEvents(started);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyEvents(finished.mid(5, 10));
        // The tests' range under the module, the module's row, the app's row.
        QCOMPARE(changed.count(), 3);
        const QModelIndex module = model.index(0, 0, model.index(0, 0));
        bool testsRange = false;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            if (from.parent() == module) {
                testsRange = true;
                QCOMPARE(from.row(), 5);
                QCOMPARE(to.row(), 14);
                QCOMPARE(to.column(), model.columnCount() - 1);
            }
        }
        QVERIFY(testsRange);
        QCOMPARE(model.counts().failed, 1);
        QCOMPARE(model.counts().passed, 9);
        QCOMPARE(model.counts().running, 40);
        // The rows hold what the events said.
        QCOMPARE(model.index(7, 0, module).data().toString(), QStringLiteral("t7"));
    }

    void runningStateAndReset()
    {
        TestRunModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.beginRun({}, QStringLiteral("sample"));
        TestEvent start;
        start.kind = TestEvent::Kind::TestStarted;
        start.test.name = QStringLiteral("test a");
        start.test.test = QStringLiteral("a");
        start.test.module = QStringLiteral("ATest");
        start.test.state = TestState::Running;
        model.applyEvents({start});
        QCOMPARE(model.counts().running, 1);
        QCOMPARE(model.counts().total, 1);
        TestEvent done = start;
        done.kind = TestEvent::Kind::TestFinished;
        done.test.state = TestState::Passed;
        done.test.timeUs = 2500;
        model.applyEvents({done});
        QCOMPARE(model.counts().running, 0);
        QCOMPARE(model.counts().passed, 1);
        QCOMPARE(model.counts().total, 1);
        const QModelIndex mod = model.index(0, 0, model.index(0, 0));
        QCOMPARE(mod.data().toString(), QStringLiteral("ATest"));
        QCOMPARE(model.index(0, TestRunModel::DurationColumn, mod).data().toString(),
                 QStringLiteral("2.5 ms"));
        model.beginRun({}, QStringLiteral("sample"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.counts(), TestCounts{});
    }

    void setupAllFailureIsShownButNotCountedAsATest()
    {
        TestRunModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.beginRun({}, QStringLiteral("sample"));
        model.applyEvents(captured(QStringLiteral("sample_cover_seed42.jsonl")));
        QCOMPARE(model.counts().failed, 4);
        QCOMPARE(model.counts().invalid, 1);
        QCOMPARE(model.counts().total, 14);
        bool setup = false;
        for (const TestResult& t : model.failures())
            if (t.type == u"setup_all") {
                setup = true;
                QCOMPARE(FailureCategories::categorise(t), FailureCategory::Setup);
                QVERIFY(t.failure.formatted.contains(QStringLiteral("setup_all")));
            }
        QVERIFY(setup);
    }

    void categories_data()
    {
        QTest::addColumn<QString>("exception");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("category");
        QTest::newRow("assert") << "ExUnit.AssertionError"
                                << "Assertion with == failed"
                                << "error"
                                << "assertion";
        QTest::newRow("match") << "MatchError"
                               << "no match of right hand side value"
                               << "error"
                               << "match-error";
        QTest::newRow("case") << "CaseClauseError"
                              << "no case clause matching"
                              << "error"
                              << "match-error";
        QTest::newRow("ecto") << "Ecto.InvalidChangesetError"
                              << "could not perform insert"
                              << "error"
                              << "database";
        QTest::newRow("sandbox") << "RuntimeError"
                                 << "cannot find ownership process for DBConnection"
                                 << "error"
                                 << "database";
        QTest::newRow("timeout") << "ExUnit.TimeoutError"
                                 << "test timed out after 50ms"
                                 << "error"
                                 << "timeout";
        QTest::newRow("genserver timeout")
            << ""
            << "exited in: GenServer.call(x, :y, 5000)\n ** (EXIT) time out timeout"
            << "exit"
            << "timeout";
        QTest::newRow("liveview") << "RuntimeError"
                                  << "expected LiveView to render selector #x"
                                  << "error"
                                  << "liveview";
        QTest::newRow("compile") << "UndefinedFunctionError"
                                 << "function Foo.bar/0 is undefined (module Foo is not available)"
                                 << "error"
                                 << "compile";
        QTest::newRow("runtime") << "ArgumentError"
                                 << "bad argument"
                                 << "error"
                                 << "runtime";
    }

    void categories()
    {
        QFETCH(QString, exception);
        QFETCH(QString, message);
        QFETCH(QString, kind);
        QFETCH(QString, category);
        const FailureCategory c = FailureCategories::categorise(failing(exception, message, kind));
        QCOMPARE(FailureCategories::id(c), category);
        QVERIFY(!FailureCategories::hint(c).isEmpty());
        QVERIFY(!FailureCategories::title(c).isEmpty());
    }

    void categoriesOfTheCapture()
    {
        QHash<QString, QString> byName;
        for (const TestEvent& e : captured(QStringLiteral("sample_cover_seed42.jsonl")))
            if (e.kind == TestEvent::Kind::TestFinished && e.test.state != TestState::Passed)
                byName.insert(e.test.name,
                              FailureCategories::id(FailureCategories::categorise(e.test)));
        QCOMPARE(byName.value(QStringLiteral("test add/2 compares lists")),
                 QStringLiteral("assertion"));
        QCOMPARE(byName.value(QStringLiteral("test parse/1 fails to match an error")),
                 QStringLiteral("match-error"));
        QCOMPARE(byName.value(QStringLiteral("test times out")), QStringLiteral("timeout"));
        QCOMPARE(byName.value(QStringLiteral("test raises a runtime error")),
                 QStringLiteral("runtime"));
        QCOMPARE(byName.value(QStringLiteral("test never runs because setup_all failed")),
                 QStringLiteral("setup"));
        QCOMPARE(byName.value(QStringLiteral("test is skipped")), QString());
    }

    void junit()
    {
        TestRunModel model;
        model.beginRun({}, QStringLiteral("sample"));
        model.applyEvents(captured(QStringLiteral("sample_cover_seed42.jsonl")));
        const QByteArray xml = JUnitExport::toXml(model.tests(), QStringLiteral("sample"), 1.5);
        QXmlStreamReader r(xml);
        int suites = 0, failures = 0;
        QXmlStreamAttributes root;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (r.name() == u"testsuites")
                root = r.attributes();
            suites += r.name() == u"testsuite";
            failures += r.name() == u"failure";
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(root.value(QStringLiteral("tests")).toInt(), model.tests().size());
        QCOMPARE(root.value(QStringLiteral("failures")).toInt(), 5); // 4 tests + setup_all
        QCOMPARE(root.value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("skipped")).toInt(), 2);
        QCOMPARE(suites, 3);
        QCOMPARE(failures, 5);
        QVERIFY(xml.contains("bad &quot;quoted&quot; value"));
        QVERIFY(xml.contains("grüße"));
        QString error;
        QVERIFY(!JUnitExport::write(QStringLiteral("/nonexistent/dir/x.xml"), model.tests(), {}, 0,
                                    &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunModelTest)
#include "tst_testrunmodel.moc"
