// SPDX-License-Identifier: MIT
#include "linksreport.h"

#include "graph/graphloader.h"
#include "project/fileindex.h"
#include "tasks/taskdocuments.h"
#include "tasks/tasksreport.h"

#include <QJsonArray>
#include <QTextStream>

namespace pwb {

namespace LinksReport {

LinkInputs gather(const QString& root, const Findings& findings)
{
    LinkInputs in;
    in.root = root;
    in.files = FileIndex::scan(root);
    QStringList paths = TaskDocuments::documentPaths(in.files);
    paths << TasksReport::plansByContent(root, TaskDocuments::lookInside(in.files));
    for (const QString& path : std::as_const(paths))
        in.documents.append(TaskDocuments::readEntry(root, path).doc);
    in.agents = GraphLoader::load(root, in.files, nullptr, false).graph.agents;
    in.findings = findings;
    in.traces = TraceListModel::scan(root);
    return in;
}

QJsonObject toJson(const QString& root, const Findings& findings)
{
    return LinkBuilder::build(gather(root, findings)).toJson();
}

QString toText(const QJsonObject& links)
{
    QString s;
    QTextStream t(&s);
    QStringList kinds;
    const QJsonObject byKind = links.value(QStringLiteral("by_kind")).toObject();
    for (auto it = byKind.begin(); it != byKind.end(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
    t << "links: " << links.value(QStringLiteral("links")).toInt();
    if (!kinds.isEmpty())
        t << " (" << kinds.join(QStringLiteral(", ")) << ')';
    t << "; trace events resolved " << links.value(QStringLiteral("trace_events_resolved")).toInt()
      << ", unresolved " << links.value(QStringLiteral("trace_events_unresolved")).toInt()
      << "; commits scanned " << links.value(QStringLiteral("commits_scanned")).toInt() << '\n';
    const auto list = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& x : v.toArray())
            out << x.toString();
        return out;
    };
    for (const QJsonValue& v : links.value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject task = v.toObject();
        const QStringList agents = list(task.value(QStringLiteral("agents")));
        const QStringList files = list(task.value(QStringLiteral("files")));
        const QStringList tests = list(task.value(QStringLiteral("tests")));
        const QStringList traces = list(task.value(QStringLiteral("traces")));
        t << "  " << task.value(QStringLiteral("id")).toString() << "  "
          << task.value(QStringLiteral("title")).toString();
        if (agents.isEmpty() && files.isEmpty()) {
            t << "  (no links)\n";
            continue;
        }
        t << '\n';
        if (!agents.isEmpty())
            t << "    agents:   " << agents.join(QStringLiteral(", ")) << '\n';
        if (!files.isEmpty())
            t << "    files:    " << files.join(QStringLiteral(", ")) << '\n';
        t << "    findings: " << task.value(QStringLiteral("findings")).toInt() << '\n';
        if (!tests.isEmpty())
            t << "    tests:    " << tests.join(QStringLiteral(", ")) << '\n';
        if (!traces.isEmpty())
            t << "    traces:   " << traces.join(QStringLiteral(", ")) << '\n';
    }
    for (const QJsonValue& d : links.value(QStringLiteral("diagnostics")).toArray()) {
        const QJsonObject o = d.toObject();
        t << "  problem: " << o.value(QStringLiteral("path")).toString() << ':'
          << o.value(QStringLiteral("line")).toInt() << ": "
          << o.value(QStringLiteral("message")).toString() << '\n';
    }
    return s;
}

} // namespace LinksReport

} // namespace pwb
