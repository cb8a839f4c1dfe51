// SPDX-License-Identifier: MIT
// Which lines of a test file get a run marker: the tests and describes the lexer and the
// syntax tree find, with the lines `mix test file:line` takes.
#include "review/testdefinitions.h"

#include <QFile>
#include <QTest>

using namespace pwb;

using Kind = TestDefinition::Kind;

namespace {
QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestTestDefinitions : public QObject
{
    Q_OBJECT
private slots:
    void fixture()
    {
        const QByteArray src =
            read(QStringLiteral(PWB_FIXTURES "/review/testdefs/markers_test.exs"));
        QVERIFY(!src.isEmpty());
        const QList<TestDefinition> defs = TestDefinitions::find(src);
        const QList<TestDefinition> expected{
            {Kind::Test, 15, 17, QStringLiteral("a plain test"), {}},
            {Kind::Describe, 19, 31, QStringLiteral("totals/1"), {}},
            {Kind::Test, 20, 22, QStringLiteral("with a context"), QStringLiteral("totals/1")},
            {Kind::Test, 24, 26, QStringLiteral("in parentheses"), QStringLiteral("totals/1")},
            {Kind::Test, 28, 28, QStringLiteral("not written yet"), QStringLiteral("totals/1")},
            {Kind::Test, 30, 30, QStringLiteral("inline"), QStringLiteral("totals/1")},
            {Kind::Test, 33, 36, QStringLiteral("after the describe"), {}},
        };
        for (qsizetype i = 0; i < std::min(defs.size(), expected.size()); ++i) {
            QCOMPARE(defs[i].line, expected[i].line);
            QCOMPARE(defs[i].name, expected[i].name);
            QCOMPARE(defs[i].kind, expected[i].kind);
            QCOMPARE(defs[i].endLine, expected[i].endLine);
            QCOMPARE(defs[i].describe, expected[i].describe);
        }
        QCOMPARE(defs.size(), expected.size());
    }

    // The demo's pricing tests, as ExUnit numbers them (the recorded run says line 18 for
    // "stacks a percentage and a fixed discount").
    void demoPricingTest()
    {
        const QByteArray src =
            read(QStringLiteral(PWB_DEMO_PROJECT "/apps/shop/test/shop/pricing_test.exs"));
        const QList<TestDefinition> defs = TestDefinitions::find(src);
        QList<int> tests, describes;
        for (const TestDefinition& d : defs)
            (d.kind == Kind::Test ? tests : describes).append(d.line);
        QCOMPARE(describes, (QList<int>{10, 17, 24, 35, 44, 51}));
        QCOMPARE(tests, (QList<int>{11, 18, 25, 30, 36, 45, 52}));
        QCOMPARE(defs.at(3).name, QStringLiteral("stacks a percentage and a fixed discount"));
        QCOMPARE(defs.at(3).describe, QStringLiteral("apply_discounts/2"));
    }

    void brokenAndHostileInput()
    {
        QVERIFY(TestDefinitions::find("").isEmpty());
        // Unclosed: the test is still found, up to where the text ends.
        const auto defs = TestDefinitions::find("defmodule T do\n  test \"open\" do\n    x(\n");
        QCOMPARE(defs.size(), 1);
        QCOMPARE(defs.first().line, 2);
        // Outside a module, and a call in the middle of a line, are no tests.
        QVERIFY(TestDefinitions::find("test \"top\" do\nend\n").isEmpty());
        QVERIFY(
            TestDefinitions::find("defmodule T do\n  x = test \"y\" do\n  end\nend\n").isEmpty());
        // Many tests stay linear: 20,000 of them.
        QByteArray big = "defmodule Big do\n";
        for (int i = 0; i < 20000; ++i)
            big += "  test \"t" + QByteArray::number(i) + "\" do\n    :ok\n  end\n";
        big += "end\n";
        QCOMPARE(TestDefinitions::find(big).size(), 20000);
    }

    void testFiles()
    {
        QVERIFY(TestDefinitions::isTestFile(QStringLiteral("test/shop_test.exs")));
        QVERIFY(TestDefinitions::isTestFile(QStringLiteral("apps/shop/test/shop/cart_test.exs")));
        QVERIFY(!TestDefinitions::isTestFile(QStringLiteral("apps/shop/test/test_helper.exs")));
        QVERIFY(!TestDefinitions::isTestFile(QStringLiteral("lib/shop/cart_test.ex")));
        QVERIFY(!TestDefinitions::isTestFile(QStringLiteral("lib/latest/x_test.exs")));
    }
};

QTEST_GUILESS_MAIN(TestTestDefinitions)
#include "tst_testdefinitions.moc"
