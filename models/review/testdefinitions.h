// SPDX-License-Identifier: MIT
// The ExUnit tests and describe blocks a test file defines, read from the lexer and the
// syntax tree (not a regular expression): `test "name" do`, `test "name", ctx do`,
// `test("name")` without a body, `describe "name" do`. Comments, strings and heredocs
// that merely contain the word are no tests. The editor puts a run marker on each.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace pwb {

struct TestDefinition
{
    enum class Kind
    {
        Describe,
        Test
    };
    Kind kind = Kind::Test;
    int line = 0;     // 1-based line of the `test`/`describe` call: what `mix test file:line` takes
    int endLine = 0;  // line of its `end` (the call's own line without a body)
    QString name;     // the string as written, without quotes
    QString describe; // the enclosing describe's name, for tests

    friend bool operator==(const TestDefinition&, const TestDefinition&) = default;
};

class TestDefinitions
{
public:
    // In source order. Linear in the input; never fails (broken code gives what it can).
    static QList<TestDefinition> find(QByteArrayView source);
    // `test/**/*_test.exs` (at the root or in an umbrella app), project-relative.
    static bool isTestFile(const QString& relativePath);
};

} // namespace pwb
