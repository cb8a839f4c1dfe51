// SPDX-License-Identifier: MIT
#include "testeventparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace pwb {

namespace TestStates {

QString name(TestState s)
{
    switch (s) {
    case TestState::Pending:
        return QStringLiteral("pending");
    case TestState::Running:
        return QStringLiteral("running");
    case TestState::Passed:
        return QStringLiteral("passed");
    case TestState::Failed:
        return QStringLiteral("failed");
    case TestState::Skipped:
        return QStringLiteral("skipped");
    case TestState::Excluded:
        return QStringLiteral("excluded");
    case TestState::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString label(TestState s)
{
    switch (s) {
    case TestState::Pending:
        return QCoreApplication::translate("TestStates", "pending");
    case TestState::Running:
        return QCoreApplication::translate("TestStates", "running");
    case TestState::Passed:
        return QCoreApplication::translate("TestStates", "passed");
    case TestState::Failed:
        return QCoreApplication::translate("TestStates", "failed");
    case TestState::Skipped:
        return QCoreApplication::translate("TestStates", "skipped");
    case TestState::Excluded:
        return QCoreApplication::translate("TestStates", "excluded");
    case TestState::Invalid:
        return QCoreApplication::translate("TestStates", "invalid");
    }
    return {};
}

TestState fromName(const QString& n)
{
    if (n == u"passed")
        return TestState::Passed;
    if (n == u"failed")
        return TestState::Failed;
    if (n == u"skipped")
        return TestState::Skipped;
    if (n == u"excluded")
        return TestState::Excluded;
    if (n == u"invalid")
        return TestState::Invalid;
    if (n == u"running")
        return TestState::Running;
    return TestState::Pending;
}

} // namespace TestStates

namespace {

QString str(const QJsonObject& o, QLatin1StringView key)
{
    return o.value(key).toString();
}

qint64 num(const QJsonObject& o, QLatin1StringView key, qint64 fallback = -1)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

StackFrame frameFromJson(const QJsonObject& o)
{
    StackFrame f;
    f.module = str(o, QLatin1StringView("module"));
    f.function = str(o, QLatin1StringView("function"));
    f.file = str(o, QLatin1StringView("file"));
    f.line = int(num(o, QLatin1StringView("line"), 0));
    f.text = str(o, QLatin1StringView("text"));
    f.app = str(o, QLatin1StringView("app"));
    return f;
}

TestError errorFromJson(const QJsonObject& o)
{
    TestError e;
    e.kind = str(o, QLatin1StringView("kind"));
    e.exception = str(o, QLatin1StringView("exception"));
    e.message = str(o, QLatin1StringView("message"));
    e.expr = str(o, QLatin1StringView("expr"));
    e.hasLeft = o.contains(QLatin1StringView("left"));
    e.hasRight = o.contains(QLatin1StringView("right"));
    e.left = str(o, QLatin1StringView("left"));
    e.right = str(o, QLatin1StringView("right"));
    for (const QJsonValue& f : o.value(QLatin1StringView("stacktrace")).toArray())
        e.stacktrace << frameFromJson(f.toObject());
    return e;
}

TestResult testFromJson(const QJsonObject& o)
{
    TestResult t;
    t.name = str(o, QLatin1StringView("name"));
    t.test = str(o, QLatin1StringView("test"));
    t.module = str(o, QLatin1StringView("module"));
    t.describe = str(o, QLatin1StringView("describe"));
    if (t.test.isEmpty()) {
        // test_started events are lean: derive the short name as the formatter does.
        t.test = t.name;
        if (t.test.startsWith(QStringLiteral("test "))) {
            t.test = t.test.mid(5);
            if (!t.describe.isEmpty() && t.test.startsWith(t.describe + u' '))
                t.test = t.test.mid(t.describe.size() + 1);
        }
    }
    t.type = str(o, QLatin1StringView("type"));
    if (t.type.isEmpty())
        t.type = QStringLiteral("test");
    t.file = str(o, QLatin1StringView("file"));
    t.line = int(num(o, QLatin1StringView("line"), 0));
    t.tags = o.value(QLatin1StringView("tags")).toObject().toVariantMap();
    t.timeUs = num(o, QLatin1StringView("time_us"), 0);
    t.reason = str(o, QLatin1StringView("reason"));
    t.logs = str(o, QLatin1StringView("logs"));
    const QString state = str(o, QLatin1StringView("state"));
    t.state = state.isEmpty() ? TestState::Running : TestStates::fromName(state);
    t.failure = TestEventParser::failureFromJson(o.value(QLatin1StringView("failure")).toObject());
    return t;
}

} // namespace

TestEventParser::TestEventParser(QString sourceName)
    : m_source(std::move(sourceName))
{}

TestFailure TestEventParser::failureFromJson(const QJsonObject& o)
{
    TestFailure f;
    f.formatted = str(o, QLatin1StringView("formatted"));
    for (const QJsonValue& e : o.value(QLatin1StringView("errors")).toArray())
        f.errors << errorFromJson(e.toObject());
    return f;
}

TestEvent TestEventParser::fromJson(const QJsonObject& o)
{
    TestEvent ev;
    ev.name = str(o, QLatin1StringView("event"));
    using K = TestEvent::Kind;
    static const QHash<QString, K> kinds{
        {QStringLiteral("suite_started"), K::SuiteStarted},
        {QStringLiteral("suite_finished"), K::SuiteFinished},
        {QStringLiteral("module_started"), K::ModuleStarted},
        {QStringLiteral("module_finished"), K::ModuleFinished},
        {QStringLiteral("test_started"), K::TestStarted},
        {QStringLiteral("test_finished"), K::TestFinished},
        {QStringLiteral("coverage"), K::Coverage},
        {QStringLiteral("max_failures_reached"), K::MaxFailuresReached}};
    ev.kind = kinds.value(ev.name, K::Unknown);
    switch (ev.kind) {
    case K::SuiteStarted:
        ev.seed = num(o, QLatin1StringView("seed"));
        ev.include = strings(o.value(QLatin1StringView("include")));
        ev.exclude = strings(o.value(QLatin1StringView("exclude")));
        ev.elixirVersion = str(o, QLatin1StringView("elixir"));
        ev.app = str(o, QLatin1StringView("app"));
        ev.cwd = str(o, QLatin1StringView("cwd"));
        break;
    case K::SuiteFinished:
        ev.seed = num(o, QLatin1StringView("seed"));
        ev.runUs = num(o, QLatin1StringView("run_us"));
        ev.loadUs = num(o, QLatin1StringView("load_us"));
        break;
    case K::ModuleStarted:
    case K::ModuleFinished:
        ev.module = str(o, QLatin1StringView("module"));
        ev.file = str(o, QLatin1StringView("file"));
        ev.moduleFailed = str(o, QLatin1StringView("state")) == u"failed";
        ev.moduleFailure = failureFromJson(o.value(QLatin1StringView("failure")).toObject());
        break;
    case K::TestStarted:
    case K::TestFinished:
        ev.test = testFromJson(o);
        if (ev.kind == K::TestStarted)
            ev.test.state = TestState::Running;
        break;
    case K::Coverage:
        for (const QJsonValue& mv : o.value(QLatin1StringView("modules")).toArray()) {
            const QJsonObject m = mv.toObject();
            ModuleCoverageLines c;
            c.module = str(m, QLatin1StringView("module"));
            c.file = str(m, QLatin1StringView("file"));
            for (const QJsonValue& lv : m.value(QLatin1StringView("lines")).toArray()) {
                const QJsonArray pair = lv.toArray();
                if (pair.size() == 2 && pair.at(0).isDouble() && pair.at(1).isDouble())
                    c.lines.append({pair.at(0).toInt(), pair.at(1).toInt()});
            }
            ev.coverage << c;
        }
        break;
    case K::MaxFailuresReached:
    case K::Unknown:
        break;
    }
    return ev;
}

void TestEventParser::parseLine(QByteArrayView line, QList<TestEvent>& out)
{
    ++m_line;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &err);
    auto problem = [&](const QString& message, int column) {
        Diagnostic d;
        d.path = m_source;
        d.line = m_line;
        d.column = column;
        d.code = QStringLiteral("exunit-event");
        d.message = message;
        d.severity = Diagnostic::Severity::Warning;
        m_diagnostics << d;
    };
    if (err.error != QJsonParseError::NoError) {
        problem(QCoreApplication::translate("TestEventParser", "not a JSON event: %1")
                    .arg(err.errorString()),
                err.offset + 1);
        return;
    }
    if (!doc.isObject() || !doc.object().value(QLatin1StringView("event")).isString()) {
        problem(
            QCoreApplication::translate("TestEventParser", "a JSON line without an \"event\" name"),
            1);
        return;
    }
    out << fromJson(doc.object());
}

QList<TestEvent> TestEventParser::feed(const QByteArray& chunk)
{
    QList<TestEvent> out;
    m_buffer.append(chunk);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        parseLine(QByteArrayView(m_buffer).sliced(start, nl - start), out);
        start = nl + 1;
    }
    m_buffer.remove(0, start);
    return out;
}

QList<TestEvent> TestEventParser::finish()
{
    QList<TestEvent> out;
    if (!m_buffer.isEmpty()) {
        const QByteArray rest = std::exchange(m_buffer, {});
        parseLine(rest, out);
    }
    return out;
}

} // namespace pwb
