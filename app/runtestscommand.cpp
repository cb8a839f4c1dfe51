// SPDX-License-Identifier: MIT
#include "runtestscommand.h"

#include "commandline.h"
#include "project/projectdetector.h"
#include "reportcommand.h"
#include "testing/coveragemodel.h"
#include "testing/junitexport.h"
#include "testing/testrunmodel.h"
#include "testing/testsession.h"
#include "testing/testsreport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace pwb {

namespace RunTestsCommand {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunTestsCommand)
};
} // namespace

int run(const CommandLine& cl, QTextStream& out, QTextStream& err)
{
    QString error;
    const auto info = ProjectDetector::detect(cl.path, &error);
    if (!info) {
        err << Tr::tr("phoenix-workbench: cannot open %1").arg(error) << Qt::endl;
        return 2;
    }
    TestRunOptions options;
    options.cover = cl.cover;
    options.color = false;
    QString appName = info->name;
    if (!cl.app.isEmpty()) {
        const auto it = std::find_if(info->apps.cbegin(), info->apps.cend(),
                                     [&](const AppInfo& a) { return a.name == cl.app; });
        if (it == info->apps.cend()) {
            QStringList names;
            for (const AppInfo& a : info->apps)
                names << a.name;
            err << Tr::tr("phoenix-workbench: no app '%1' in %2 (apps: %3)")
                       .arg(cl.app, info->root, names.join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
        options.appPath = it->path == u"." ? QString() : it->path;
        appName = it->name;
    }

    // Progress goes where it does not spoil the JSON.
    QTextStream& progress = cl.format == u"json" ? err : out;
    TestSession session;
    session.setKeepState(false);
    session.open(info->root, info->name, options.appPath);
    TestRunModel& model = *session.model();
    QObject::connect(
        &session, &TestSession::eventsApplied, &session, [&](const QList<TestEvent>& events) {
            for (const TestEvent& e : events) {
                if (e.kind != TestEvent::Kind::TestFinished)
                    continue;
                const TestResult& t = e.test;
                if (t.state == TestState::Failed || t.state == TestState::Invalid)
                    progress << "\n  " << (t.state == TestState::Failed ? "FAIL " : "INVALID ")
                             << (options.appPath.isEmpty() ? t.file
                                                           : options.appPath + u'/' + t.file)
                             << ':' << t.line << "  " << t.name << " (" << t.module << ")\n";
                else
                    progress << (t.state == TestState::Passed ? '.' : '*');
                progress.flush();
            }
        });
    QObject::connect(&session, &TestSession::hung, &session, [&](int seconds) {
        err << '\n'
            << Tr::tr("phoenix-workbench: no output for %1 s, the run may be hung").arg(seconds)
            << Qt::endl;
    });
    TestRunOutcome outcome;
    QEventLoop loop;
    QObject::connect(&session, &TestSession::runFinished, &loop, [&](const TestRunOutcome& o) {
        outcome = o;
        loop.quit();
    });
    progress << Tr::tr("Running mix test in %1")
                    .arg(options.appPath.isEmpty() ? info->root : options.appPath)
             << '\n';
    progress.flush();
    if (!session.run(options, appName)) {
        err << Tr::tr("phoenix-workbench: the test run could not be started") << Qt::endl;
        return 3;
    }
    loop.exec();
    progress << '\n' << outcome.message << '\n';
    if (!outcome.hint.isEmpty())
        progress << outcome.hint << '\n';
    for (const Diagnostic& d : outcome.diagnostics)
        progress << "  " << d.toString() << '\n';
    progress.flush();

    const double seconds = session.seconds();
    if (!cl.junit.isEmpty()) {
        QString junitError;
        if (!JUnitExport::write(cl.junit, model.tests(), appName, seconds, &junitError))
            err << Tr::tr("phoenix-workbench: cannot write %1: %2").arg(cl.junit, junitError)
                << Qt::endl;
    }

    QJsonObject report = ReportCommand::build(*info);
    QJsonObject tests = TestsReport::toJson(model, *session.coverage(), seconds);
    tests.insert(QStringLiteral("status"), TestRunOutcome::statusName(outcome.status));
    if (!outcome.errorLine.isEmpty())
        tests.insert(QStringLiteral("error"), outcome.errorLine);
    report.insert(QStringLiteral("tests"), tests);
    if (cl.format == u"json")
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    else
        out << ReportCommand::toText(report);
    out.flush();

    switch (outcome.status) {
    case TestRunOutcome::Status::Passed:
    case TestRunOutcome::Status::NoTests:
        return 0;
    case TestRunOutcome::Status::TestsFailed:
        return 1;
    default:
        return 3;
    }
}

} // namespace RunTestsCommand

} // namespace pwb
