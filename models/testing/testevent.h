// SPDX-License-Identifier: MIT
// The events our ExUnit formatter (resources/exunit/workbench_formatter.exs) writes, one
// JSON object per line, as plain values the models and the runner share.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace pwb {

enum class TestState
{
    Pending,
    Running,
    Passed,
    Failed,
    Skipped,
    Excluded,
    Invalid
};

struct StackFrame
{
    QString module;
    QString function;
    QString file; // as the formatter saw it: relative to the folder mix ran in when inside it
    int line = 0;
    QString text; // ExUnit's one-line rendering
    QString app;  // the OTP application of the module ("elixir", "ex_unit", "shop"), when known
};

struct TestError
{
    QString kind;      // error | exit | throw
    QString exception; // "ExUnit.AssertionError", "MatchError", ... empty for exit/throw
    QString message;
    QString expr; // the assertion's code, when it has one
    QString left;
    QString right;
    bool hasLeft = false;
    bool hasRight = false;
    QList<StackFrame> stacktrace;
};

struct TestFailure
{
    QString formatted; // the text ExUnit's CLI formatter prints for it
    QList<TestError> errors;
    bool isEmpty() const { return formatted.isEmpty() && errors.isEmpty(); }
};

struct TestResult
{
    QString name;     // ExUnit's full name: "test add/2 adds small numbers"
    QString test;     // without the "test " and describe prefixes
    QString module;   // "SampleTest"
    QString describe; // empty outside a describe block
    QString type;     // "test" or "doctest" (or another test_type)
    QString file;
    int line = 0;
    QVariantMap tags;
    TestState state = TestState::Pending;
    qint64 timeUs = 0;
    QString reason; // skipped / excluded / invalid
    QString logs;
    TestFailure failure;

    QString key() const { return module + u'\x1f' + name; }
};

struct ModuleCoverageLines
{
    QString module;
    QString file;
    QList<QPair<int, int>> lines; // line, hits
};

struct TestEvent
{
    enum class Kind
    {
        SuiteStarted,
        SuiteFinished,
        ModuleStarted,
        ModuleFinished,
        TestStarted,
        TestFinished,
        Coverage,
        MaxFailuresReached,
        Unknown
    };
    Kind kind = Kind::Unknown;
    QString name; // the event's own name, kept for unknown ones
    // suite
    qint64 seed = -1;
    qint64 runUs = -1;
    qint64 loadUs = -1;
    QStringList include;
    QStringList exclude;
    QString elixirVersion;
    QString app; // the mix app running (umbrella runs announce each app)
    QString cwd; // absolute folder the suite ran in
    // module
    QString module;
    QString file;
    bool moduleFailed = false;
    TestFailure moduleFailure;
    // test
    TestResult test;
    // coverage
    QList<ModuleCoverageLines> coverage;
};

namespace TestStates {
QString name(TestState s);  // "passed", ...: the identifier files and JSON use
QString label(TestState s); // the same, translated for display
TestState fromName(const QString& name);
} // namespace TestStates

} // namespace pwb
