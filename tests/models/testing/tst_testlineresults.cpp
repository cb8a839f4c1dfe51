// SPDX-License-Identifier: MIT
// The demo's recorded run as the pricing and orders test files see it: states per test
// line, the failing line from the stack trace and a one-line message.
#include "testing/testeventparser.h"
#include "testing/testlineresults.h"
#include "testing/testrunmodel.h"

#include <QFile>
#include <QTest>

using namespace pwb;

class TestTestLineResults : public QObject
{
    Q_OBJECT
private slots:
    void demoRun()
    {
        QFile f(QStringLiteral(PWB_FIXTURES "/testing/events/shop_seed1.jsonl"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        TestEventParser parser(f.fileName());
        QList<TestEvent> events = parser.feed(f.readAll());
        events << parser.finish();
        TestRunModel model;
        model.beginRun(QStringLiteral("/demo"), QStringLiteral("shop"),
                       QStringLiteral("apps/shop"));
        model.applyEvents(events);
        model.endRun();

        const QString pricing = QStringLiteral("apps/shop/test/shop/pricing_test.exs");
        const QHash<int, TestLineResult> lines = TestLineResults::forFile(model.tests(), pricing);
        QCOMPARE(lines.size(), 7); // the doctest has no line of its own here
        QCOMPARE(lines.value(11).state, TestState::Passed);
        const TestLineResult failed = lines.value(18);
        QCOMPARE(failed.state, TestState::Failed);
        QCOMPARE(failed.failureLine, 20); // the assert, not the test's first line
        QCOMPARE(failed.message,
                 QStringLiteral("Assertion with == failed (left: 8500, right: 8550)"));

        const QHash<int, TestLineResult> orders = TestLineResults::forFile(
            model.tests(), QStringLiteral("apps/shop/test/shop/orders_test.exs"));
        QCOMPARE(orders.value(30).state, TestState::Failed);
        QCOMPARE(orders.value(30).failureLine, 33);
        QVERIFY(orders.value(30).message.startsWith(QStringLiteral("** (MatchError) no match")));
        QVERIFY(std::any_of(orders.cbegin(), orders.cend(),
                            [](const TestLineResult& r) { return r.state == TestState::Skipped; }));

        // Another file of the same name elsewhere gets nothing.
        QVERIFY(TestLineResults::forFile(model.tests(), QStringLiteral("test/pricing_test.exs"))
                    .isEmpty());
    }

    void combined()
    {
        using S = TestState;
        QCOMPARE(TestLineResults::combined({}), S::Pending);
        QCOMPARE(TestLineResults::combined({S::Passed, S::Skipped}), S::Passed);
        QCOMPARE(TestLineResults::combined({S::Passed, S::Failed, S::Running}), S::Failed);
        QCOMPARE(TestLineResults::combined({S::Passed, S::Running}), S::Running);
        QCOMPARE(TestLineResults::combined({S::Excluded, S::Skipped}), S::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestTestLineResults)
#include "tst_testlineresults.moc"
