// SPDX-License-Identifier: MIT
#include "reportcommand.h"

#include "commandline.h"
#include "graph/graphreport.h"
#include "project/fileindex.h"
#include "project/projectdetector.h"
#include "pwb_config.h"
#include "review/reviewreport.h"
#include "tasks/tasksreport.h"
#include "testing/testsreport.h"
#include "traces/tracesreport.h"
#include "vcs/vcsreport.h"
#include "workspace/linksreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace pwb {

namespace ReportCommand {

QJsonObject build(const ProjectInfo& info, const CommandLine* cl, QStringList* problems,
                  bool* failed)
{
    QJsonObject report;
    QJsonObject project = info.toJson(QStringLiteral(PWB_HIGHLIGHTER));
    // Symbolic links are listed, never followed; those leaving the project (or leading
    // nowhere) are the project's problems too.
    const FileIndex::Result index = FileIndex::scanAll(info.root);
    QJsonArray links;
    for (const FileLink& l : index.links) {
        const char* kind = l.kind == FileLink::Kind::Inside    ? "inside"
                           : l.kind == FileLink::Kind::Outside ? "outside"
                                                               : "dangling";
        links.append(QJsonObject{{QStringLiteral("path"), l.path},
                                 {QStringLiteral("target"), l.target},
                                 {QStringLiteral("kind"), QLatin1StringView(kind)},
                                 {QStringLiteral("folder"), l.folder}});
    }
    QJsonArray diagnostics = project.value(QStringLiteral("diagnostics")).toArray();
    for (const Diagnostic& d : FileIndex::diagnostics(index.links))
        diagnostics.append(d.toJson());
    project.insert(QStringLiteral("diagnostics"), diagnostics);
    project.insert(QStringLiteral("symlinks"), links);
    report.insert(QStringLiteral("project"), project);
    report.insert(QStringLiteral("tasks"), TasksReport::toJson(info.root));
    report.insert(QStringLiteral("vcs"), VcsReport::toJson(info.root));
    report.insert(QStringLiteral("graph"), GraphReport::toJson(info.root));
    ReviewReport::Options review;
    if (cl) {
        review.imports = cl->imports;
        review.sarif = cl->sarif;
        for (const QString& rule : cl->enabledRules)
            review.rules.enabled.insert(rule);
    }
    const ReviewReport::Result findings = ReviewReport::run(info.root, review);
    report.insert(QStringLiteral("findings"), findings.json);
    if (problems) {
        for (const Diagnostic& d : findings.diagnostics)
            problems->append(d.toString());
        if (!findings.error.isEmpty())
            problems->append(findings.error);
    }
    if (failed && !findings.error.isEmpty())
        *failed = true;
    report.insert(QStringLiteral("traces"), TracesReport::toJson(info.root));
    report.insert(QStringLiteral("links"), LinksReport::toJson(info.root, findings.findings));
    return report;
}

QString toText(const QJsonObject& report)
{
    QString s;
    QTextStream t(&s);
    const QJsonObject p = report.value(QStringLiteral("project")).toObject();
    t << p.value(QStringLiteral("summary")).toString() << '\n';
    t << "  name:        " << p.value(QStringLiteral("name")).toString() << '\n';
    t << "  kind:        " << p.value(QStringLiteral("kind")).toString() << '\n';
    t << "  root:        " << p.value(QStringLiteral("root")).toString() << '\n';
    t << "  highlighter: " << p.value(QStringLiteral("highlighter")).toString() << '\n';
    t << VcsReport::toText(report.value(QStringLiteral("vcs")).toObject());
    const QJsonArray apps = p.value(QStringLiteral("apps")).toArray();
    if (!apps.isEmpty()) {
        t << "  apps:\n";
        for (const QJsonValue& a : apps) {
            const QJsonObject app = a.toObject();
            t << "    " << app.value(QStringLiteral("name")).toString() << "  ("
              << app.value(QStringLiteral("path")).toString()
              << (app.value(QStringLiteral("phoenix")).toBool() ? ", phoenix" : "") << ")\n";
        }
    }
    const QJsonObject versions = p.value(QStringLiteral("versions")).toObject();
    if (!versions.isEmpty()) {
        t << "  versions:\n";
        for (auto it = versions.begin(); it != versions.end(); ++it)
            t << "    " << qSetFieldWidth(18) << Qt::left << it.key() << qSetFieldWidth(0)
              << it.value().toString() << '\n';
    }
    const QJsonArray diags = p.value(QStringLiteral("diagnostics")).toArray();
    if (!diags.isEmpty()) {
        t << "  problems:\n";
        for (const QJsonValue& d : diags) {
            const QJsonObject o = d.toObject();
            t << "    " << o.value(QStringLiteral("path")).toString();
            if (const int line = o.value(QStringLiteral("line")).toInt(); line > 0)
                t << ':' << line;
            t << ": " << o.value(QStringLiteral("severity")).toString() << ": "
              << o.value(QStringLiteral("message")).toString() << '\n';
        }
    }
    t << TasksReport::toText(report.value(QStringLiteral("tasks")).toObject());
    t << GraphReport::toText(report.value(QStringLiteral("graph")).toObject());
    if (report.contains(QStringLiteral("findings")))
        t << ReviewReport::toText(report.value(QStringLiteral("findings")).toObject());
    t << TestsReport::toText(report.value(QStringLiteral("tests")).toObject());
    t << TracesReport::toText(report.value(QStringLiteral("traces")).toArray());
    if (report.contains(QStringLiteral("links")))
        t << LinksReport::toText(report.value(QStringLiteral("links")).toObject());
    return s;
}

int runTrace(const CommandLine& cl, QTextStream& out, QTextStream& err)
{
    bool ok = false;
    const QJsonObject trace = TracesReport::traceJson(cl.trace, &ok);
    if (!ok) {
        for (const QJsonValue& d : trace.value(QStringLiteral("diagnostics")).toArray())
            err << "phoenix-workbench: " << d.toObject().value(QStringLiteral("message")).toString()
                << Qt::endl;
        return 2;
    }
    if (cl.format == u"json")
        out << QJsonDocument(trace).toJson(QJsonDocument::Indented);
    else
        out << TracesReport::traceText(trace);
    out.flush();
    return 0;
}

int run(const CommandLine& cl, QTextStream& out, QTextStream& err)
{
    QString error;
    const auto info = ProjectDetector::detect(cl.path, &error);
    if (!info) {
        err << QCoreApplication::translate("ReportCommand", "phoenix-workbench: cannot open %1")
                   .arg(error)
            << Qt::endl;
        return 2;
    }
    QStringList problems;
    bool failed = false;
    const QJsonObject report = build(*info, &cl, &problems, &failed);
    for (const QString& p : problems)
        err << "phoenix-workbench: " << p << Qt::endl;
    if (cl.format == u"json")
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    else
        out << toText(report);
    out.flush();
    return failed ? 3 : 0;
}

} // namespace ReportCommand

} // namespace pwb
