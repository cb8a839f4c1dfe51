// SPDX-License-Identifier: MIT
#include "failurecategory.h"

#include <QCoreApplication>

namespace pwb {

namespace FailureCategories {

namespace {
bool anyFrame(const TestError& e, auto pred)
{
    return std::any_of(e.stacktrace.cbegin(), e.stacktrace.cend(), pred);
}
} // namespace

FailureCategory categorise(const TestResult& t)
{
    if (t.state != TestState::Failed && t.state != TestState::Invalid)
        return FailureCategory::None;
    if (t.state == TestState::Invalid)
        return FailureCategory::Setup;
    if (t.failure.errors.isEmpty())
        return FailureCategory::Runtime;
    const TestError& e = t.failure.errors.first();
    const QString& ex = e.exception;
    const QString& msg = e.message;
    if (t.type == u"setup_all" || anyFrame(e, [](const StackFrame& f) {
            return f.function.startsWith(QStringLiteral("__ex_unit_setup"));
        }))
        return FailureCategory::Setup;
    if (ex == u"ExUnit.TimeoutError" ||
        (e.kind == u"exit" && msg.contains(QStringLiteral("timeout"))) ||
        msg.contains(QStringLiteral("timed out")))
        return FailureCategory::Timeout;
    if (ex.startsWith(QStringLiteral("Ecto.")) || ex.startsWith(QStringLiteral("Postgrex.")) ||
        ex.startsWith(QStringLiteral("DBConnection.")) || ex.startsWith(QStringLiteral("MyXQL.")) ||
        ex.startsWith(QStringLiteral("Exqlite.")) ||
        msg.contains(QStringLiteral("Ecto.Adapters.SQL.Sandbox")) ||
        msg.contains(QStringLiteral("DBConnection")))
        return FailureCategory::Database;
    if (ex.startsWith(QStringLiteral("Phoenix.LiveView")) ||
        msg.contains(QStringLiteral("LiveView")) || anyFrame(e, [](const StackFrame& f) {
            return f.module.startsWith(QStringLiteral("Phoenix.LiveViewTest"));
        }))
        return FailureCategory::LiveView;
    if (ex == u"MatchError" || ex == u"CaseClauseError" || ex == u"WithClauseError" ||
        ex == u"CondClauseError")
        return FailureCategory::MatchError;
    if (ex == u"CompileError" || ex == u"SyntaxError" || ex == u"TokenMissingError" ||
        (ex == u"UndefinedFunctionError" && msg.contains(QStringLiteral("is not available"))))
        return FailureCategory::Compile;
    if (ex == u"ExUnit.AssertionError")
        return FailureCategory::Assertion;
    return FailureCategory::Runtime;
}

QString id(FailureCategory c)
{
    switch (c) {
    case FailureCategory::None:
        return {};
    case FailureCategory::Assertion:
        return QStringLiteral("assertion");
    case FailureCategory::MatchError:
        return QStringLiteral("match-error");
    case FailureCategory::Database:
        return QStringLiteral("database");
    case FailureCategory::Timeout:
        return QStringLiteral("timeout");
    case FailureCategory::LiveView:
        return QStringLiteral("liveview");
    case FailureCategory::Setup:
        return QStringLiteral("setup");
    case FailureCategory::Compile:
        return QStringLiteral("compile");
    case FailureCategory::Runtime:
        return QStringLiteral("runtime");
    }
    return {};
}

QString title(FailureCategory c)
{
    switch (c) {
    case FailureCategory::None:
        return {};
    case FailureCategory::Assertion:
        return QCoreApplication::translate("FailureCategory", "Assertion");
    case FailureCategory::MatchError:
        return QCoreApplication::translate("FailureCategory", "Match error");
    case FailureCategory::Database:
        return QCoreApplication::translate("FailureCategory", "Ecto / database");
    case FailureCategory::Timeout:
        return QCoreApplication::translate("FailureCategory", "Timeout");
    case FailureCategory::LiveView:
        return QCoreApplication::translate("FailureCategory", "LiveView");
    case FailureCategory::Setup:
        return QCoreApplication::translate("FailureCategory", "setup / setup_all");
    case FailureCategory::Compile:
        return QCoreApplication::translate("FailureCategory", "Compile");
    case FailureCategory::Runtime:
        return QCoreApplication::translate("FailureCategory", "Runtime error");
    }
    return {};
}

QString hint(FailureCategory c)
{
    switch (c) {
    case FailureCategory::None:
        return {};
    case FailureCategory::Assertion:
        return QCoreApplication::translate(
            "FailureCategory", "Compare left and right: decide whether the code or the expectation "
                               "is wrong, then fix that one side.");
    case FailureCategory::MatchError:
        return QCoreApplication::translate(
            "FailureCategory", "A value had an unexpected shape (often {:error, reason} where "
                               "{:ok, _} was expected): match the error case or fix its cause.");
    case FailureCategory::Database:
        return QCoreApplication::translate(
            "FailureCategory", "Check the Ecto sandbox checkout in setup, pending migrations "
                               "(mix ecto.migrate) and constraint or changeset errors.");
    case FailureCategory::Timeout:
        return QCoreApplication::translate(
            "FailureCategory", "Something waited too long: a missing message, a deadlock or slow "
                               "I/O. Use assert_receive with a timeout; raise @tag timeout only "
                               "when the work is really slow.");
    case FailureCategory::LiveView:
        return QCoreApplication::translate(
            "FailureCategory", "Check the mount/handle_event flow: selectors passed to element/2, "
                               "the rendered HTML, and that the LiveView process did not crash.");
    case FailureCategory::Setup:
        return QCoreApplication::translate(
            "FailureCategory", "The test's setup or the module's setup_all failed, so the test "
                               "itself never ran: fix the fixture or the shared state first.");
    case FailureCategory::Compile:
        return QCoreApplication::translate(
            "FailureCategory", "The code does not compile or a module is missing: fix the located "
                               "compile error, then run again.");
    case FailureCategory::Runtime:
        return QCoreApplication::translate(
            "FailureCategory", "An exception was raised: read the message and the first project "
                               "frame of the stack trace.");
    }
    return {};
}

} // namespace FailureCategories

} // namespace pwb
