// SPDX-License-Identifier: MIT
// A run's results as one test file sees them: per test line its state and, for a failure,
// the line that failed (the first stack frame in this file) and a one-line message, for
// the editor's run markers and the failed assertion shown inline.
#pragma once

#include "testing/testevent.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pwb {

struct TestLineResult
{
    TestState state = TestState::Pending;
    QString name;        // ExUnit's test name
    int failureLine = 0; // 1-based; 0 when the test did not fail
    QString message;     // one line: "Assertion with == failed (left: 8500, right: 8550)"
};

class TestLineResults
{
public:
    // `tests` as TestRunModel::tests() holds them (project-relative paths); keyed by the
    // line of each test in `relativePath`.
    static QHash<int, TestLineResult> forFile(const QList<TestResult>& tests,
                                              const QString& relativePath);
    // The state a group (a describe, a file) shows for its tests: a failure wins, then a
    // running test, then passes; skipped or excluded only when nothing ran.
    static TestState combined(const QList<TestState>& states);
    // The failure's one-line message.
    static QString message(const TestFailure& failure);
};

} // namespace pwb
