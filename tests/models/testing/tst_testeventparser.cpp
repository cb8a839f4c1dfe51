// SPDX-License-Identifier: MIT
#include "testing/formatterscript.h"
#include "testing/testeventparser.h"

#include <QFile>
#include <QTest>

using namespace pwb;

namespace {
QByteArray readFixture(const QString& name)
{
    QFile f(QStringLiteral(PWB_FIXTURES "/testing/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

const TestResult* findTest(const QList<TestEvent>& events, const QString& name)
{
    for (const TestEvent& e : events)
        if (e.kind == TestEvent::Kind::TestFinished && e.test.name == name)
            return &e.test;
    return nullptr;
}
} // namespace

class TestEventParserTest : public QObject
{
    Q_OBJECT
private slots:
    void sampleCaptureWhole()
    {
        const QByteArray data = readFixture(QStringLiteral("events/sample_cover_seed42.jsonl"));
        QVERIFY(!data.isEmpty());
        TestEventParser p(QStringLiteral("events.jsonl"));
        QList<TestEvent> events = p.feed(data);
        events << p.finish();
        QVERIFY(p.diagnostics().isEmpty());
        QCOMPARE(events.first().kind, TestEvent::Kind::SuiteStarted);
        QCOMPARE(events.first().seed, 42);
        QCOMPARE(events.first().exclude, QStringList{QStringLiteral(":wip")});
        QCOMPARE(events.last().kind, TestEvent::Kind::SuiteFinished);
        QVERIFY(events.last().runUs > 0);

        int finished = 0;
        QHash<TestState, int> states;
        for (const TestEvent& e : events) {
            if (e.kind == TestEvent::Kind::TestFinished) {
                ++finished;
                ++states[e.test.state];
            }
        }
        QCOMPARE(finished, 14); // 13 tests (one invalid) + 1 doctest
        QCOMPARE(states.value(TestState::Failed), 4);
        QCOMPARE(states.value(TestState::Skipped), 1);
        QCOMPARE(states.value(TestState::Excluded), 1);
        QCOMPARE(states.value(TestState::Invalid), 1);

        const TestResult* lists = findTest(events, QStringLiteral("test add/2 compares lists"));
        QVERIFY(lists);
        QCOMPARE(lists->describe, QStringLiteral("add/2"));
        QCOMPARE(lists->test, QStringLiteral("compares lists"));
        QCOMPARE(lists->file, QStringLiteral("test/sample_test.exs"));
        QCOMPARE(lists->line, 16);
        QCOMPARE(lists->failure.errors.size(), 1);
        const TestError& err = lists->failure.errors.first();
        QCOMPARE(err.exception, QStringLiteral("ExUnit.AssertionError"));
        QCOMPARE(err.left, QStringLiteral("[1, 2, 3]"));
        QCOMPARE(err.right, QStringLiteral("[1, 2, 4]"));
        QVERIFY(err.hasLeft && err.hasRight);
        QCOMPARE(err.stacktrace.first().file, QStringLiteral("test/sample_test.exs"));
        QCOMPARE(err.stacktrace.first().line, 17);
        QVERIFY(lists->failure.formatted.contains(QStringLiteral("Assertion with == failed")));

        const TestResult* raised = findTest(events, QStringLiteral("test raises a runtime error"));
        QVERIFY(raised);
        QCOMPARE(raised->failure.errors.first().message,
                 QStringLiteral("bad \"quoted\" value\twith tab"));

        const TestResult* slow = findTest(events, QStringLiteral("test add/2 adds after a pause"));
        QVERIFY(slow);
        QCOMPARE(slow->tags.value(QStringLiteral("slow")).toBool(), true);
        QVERIFY(slow->timeUs >= 120000);

        QVERIFY(findTest(events, QStringLiteral("test unicode names are fine: grüße ✓")));
        QVERIFY(findTest(events, QStringLiteral("doctest Sample.add/2 (1)")));

        bool sawModuleFailure = false, sawCoverage = false;
        for (const TestEvent& e : events) {
            if (e.kind == TestEvent::Kind::ModuleFinished && e.moduleFailed) {
                sawModuleFailure = true;
                QCOMPARE(e.module, QStringLiteral("Sample.SetupAllTest"));
                QCOMPARE(e.moduleFailure.errors.first().message,
                         QStringLiteral("database not reachable"));
            }
            if (e.kind == TestEvent::Kind::Coverage) {
                sawCoverage = true;
                QCOMPARE(e.coverage.size(), 2);
                const auto& c = e.coverage.first().file == u"lib/sample.ex" ? e.coverage.first()
                                                                            : e.coverage.last();
                QCOMPARE(c.file, QStringLiteral("lib/sample.ex"));
                QCOMPARE(c.module, QStringLiteral("Sample"));
                QVERIFY(c.lines.contains(qMakePair(15, 0)));
                QVERIFY(c.lines.contains(qMakePair(10, 4)));
            }
        }
        QVERIFY(sawModuleFailure);
        QVERIFY(sawCoverage);
    }

    // The file grows under the reader: any split of the bytes gives the same events.
    void incrementalChunksGiveTheSameEvents()
    {
        const QByteArray data = readFixture(QStringLiteral("events/shop_seed1.jsonl"));
        QVERIFY(!data.isEmpty());
        TestEventParser whole;
        const QList<TestEvent> expected = whole.feed(data);
        for (const int step : {1, 7, 100, 4096}) {
            TestEventParser p;
            QList<TestEvent> got;
            for (qsizetype i = 0; i < data.size(); i += step)
                got << p.feed(data.mid(i, step));
            got << p.finish();
            QCOMPARE(got.size(), expected.size());
            for (qsizetype i = 0; i < got.size(); ++i) {
                QCOMPARE(got.at(i).kind, expected.at(i).kind);
                QCOMPARE(got.at(i).test.name, expected.at(i).test.name);
            }
        }
    }

    void demoShopSuite()
    {
        TestEventParser p;
        const QList<TestEvent> events =
            p.feed(readFixture(QStringLiteral("events/shop_seed1.jsonl")));
        int failed = 0, doctests = 0, skipped = 0;
        for (const TestEvent& e : events) {
            if (e.kind != TestEvent::Kind::TestFinished)
                continue;
            failed += e.test.state == TestState::Failed;
            skipped += e.test.state == TestState::Skipped;
            doctests += e.test.type == u"doctest";
        }
        QCOMPARE(failed, 2);
        QVERIFY(doctests >= 1);
        QVERIFY(skipped >= 1);
    }

    void brokenLinesBecomeDiagnosticsAndTheRestParses()
    {
        TestEventParser p(QStringLiteral("ev.jsonl"));
        QList<TestEvent> events = p.feed("{\"event\":\"suite_started\",\"seed\":7}\n"
                                         "not json at all\n"
                                         "[1,2,3]\n"
                                         "{\"no_event\":1}\n"
                                         "\n"
                                         "{\"event\":\"test_finished\",\"name\":\"test "
                                         "x\",\"module\":\"M\",\"state\":\"passed\","
                                         "\"tags\":\"oops\",\"line\":\"12\",\"failure\":[]}\n"
                                         "{\"event\":\"from_the_future\"}\n"
                                         "{\"event\":\"test_finished\",\"name\":\"test cut");
        events << p.finish();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).seed, 7);
        QCOMPARE(events.at(1).test.state, TestState::Passed);
        QCOMPARE(events.at(1).test.line, 0);       // wrong type ignored
        QVERIFY(events.at(1).test.tags.isEmpty()); // wrong type ignored
        QCOMPARE(events.at(2).kind, TestEvent::Kind::Unknown);
        QCOMPARE(p.diagnostics().size(), 4); // 3 bad lines + the cut last line
        QCOMPARE(p.diagnostics().at(0).line, 2);
        QCOMPARE(p.diagnostics().at(0).path, QStringLiteral("ev.jsonl"));
        QCOMPARE(p.diagnostics().last().line, 8);
        QCOMPARE(p.diagnostics().at(1).code, QStringLiteral("exunit-event"));
    }

    void crlfAndEmptyInput()
    {
        TestEventParser p;
        QVERIFY(p.feed({}).isEmpty());
        QCOMPARE(p.feed("{\"event\":\"max_failures_reached\"}\r\n").first().kind,
                 TestEvent::Kind::MaxFailuresReached);
        QVERIFY(p.finish().isEmpty());
        QVERIFY(p.diagnostics().isEmpty());
    }

    void formatterIsShippedInTheBinary()
    {
        const QByteArray text = FormatterScript::contents();
        QVERIFY(text.contains("defmodule PhoenixWorkbench.Formatter"));
        QVERIFY(text.contains(FormatterScript::eventsVariable().toUtf8()));
        QString error;
        const QString path = FormatterScript::path(&error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
    }
};

QTEST_GUILESS_MAIN(TestEventParserTest)
#include "tst_testeventparser.moc"
