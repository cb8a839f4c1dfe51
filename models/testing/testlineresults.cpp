// SPDX-License-Identifier: MIT
#include "testing/testlineresults.h"

namespace pwb {

namespace {

// A stack frame names its file relative to the folder mix ran in (`test/shop/x_test.exs`
// for an umbrella app): it is this file when the project-relative path ends with it.
bool sameFile(const QString& frameFile, const QString& relativePath)
{
    if (frameFile.isEmpty())
        return false;
    return frameFile == relativePath || relativePath.endsWith(u'/' + frameFile);
}

QString oneLine(QString s)
{
    s.replace(u'\n', u' ');
    return s.simplified();
}

int rank(TestState s)
{
    switch (s) {
    case TestState::Failed:
    case TestState::Invalid:
        return 6;
    case TestState::Running:
        return 5;
    case TestState::Passed:
        return 4;
    case TestState::Skipped:
        return 3;
    case TestState::Excluded:
        return 2;
    case TestState::Pending:
        return 1;
    }
    return 0;
}

} // namespace

QString TestLineResults::message(const TestFailure& failure)
{
    if (failure.errors.isEmpty())
        return oneLine(failure.formatted).left(300);
    const TestError& e = failure.errors.first();
    QString text = e.message.isEmpty() ? e.kind : e.message;
    if (!e.exception.isEmpty() && e.exception != u"ExUnit.AssertionError")
        text = QStringLiteral("** (%1) %2").arg(e.exception, text);
    QStringList sides;
    if (e.hasLeft)
        sides << QStringLiteral("left: ") + oneLine(e.left);
    if (e.hasRight)
        sides << QStringLiteral("right: ") + oneLine(e.right);
    if (!sides.isEmpty())
        text += QStringLiteral(" (") + sides.join(QStringLiteral(", ")) + u')';
    return oneLine(text).left(300);
}

QHash<int, TestLineResult> TestLineResults::forFile(const QList<TestResult>& tests,
                                                    const QString& relativePath)
{
    QHash<int, TestLineResult> out;
    for (const TestResult& t : tests) {
        if (t.line <= 0 || t.type == u"doctest" || !sameFile(t.file, relativePath))
            continue;
        TestLineResult r;
        r.state = t.state;
        r.name = t.name;
        if (t.state == TestState::Failed || t.state == TestState::Invalid) {
            r.failureLine = t.line;
            r.message = message(t.failure);
            bool placed = false;
            for (const TestError& e : t.failure.errors) {
                for (const StackFrame& f : e.stacktrace) {
                    if (f.line > 0 && sameFile(f.file, relativePath)) {
                        r.failureLine = f.line;
                        placed = true;
                        break;
                    }
                }
                if (placed)
                    break;
            }
        }
        // Two tests on one line (generated in a loop): the worse one speaks for the line.
        const auto it = out.constFind(t.line);
        if (it == out.cend() || rank(r.state) > rank(it->state))
            out.insert(t.line, r);
    }
    return out;
}

TestState TestLineResults::combined(const QList<TestState>& states)
{
    TestState best = TestState::Pending;
    for (TestState s : states)
        if (rank(s) > rank(best))
            best = s;
    return best;
}

} // namespace pwb
