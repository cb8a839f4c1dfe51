// SPDX-License-Identifier: MIT
#include "graphreport.h"

#include <QJsonArray>
#include <QSet>
#include <QTextStream>

namespace pwb {

namespace GraphReport {

QJsonObject toJson(const QString& root)
{
    return toJson(GraphLoader::load(root));
}

QJsonObject toJson(const GraphSnapshot& s)
{
    const GraphData& g = s.graph;
    QJsonArray agents;
    for (const AgentNode& a : g.agents) {
        agents.append(QJsonObject{
            {QStringLiteral("name"), a.name},
            {QStringLiteral("kind"),
             a.defined ? GraphData::kindName(a.kind) : QStringLiteral("undefined")},
            {QStringLiteral("source"), a.source.path},
            {QStringLiteral("line"), a.source.line},
            {QStringLiteral("defined"), a.defined},
            {QStringLiteral("delegates_to"), QJsonArray::fromStringList(g.delegatesTo(a.name))}});
    }
    QSet<QPair<QString, QString>> unique;
    for (const GraphEdge& e : g.edges)
        unique.insert({e.from, e.to});
    QJsonArray diagnostics;
    for (const Diagnostic& d : g.diagnostics + s.tasks.diagnostics)
        diagnostics.append(d.toJson());
    return QJsonObject{{QStringLiteral("agents"), agents},
                       {QStringLiteral("nodes"), int(g.agents.size())},
                       {QStringLiteral("edges"), int(unique.size())},
                       {QStringLiteral("tasks"), int(s.tasks.tasks.size())},
                       {QStringLiteral("task_edges"), int(s.tasks.edges.size())},
                       {QStringLiteral("critical_path_hours"), s.tasks.criticalHours()},
                       {QStringLiteral("diagnostics"), diagnostics}};
}

QString toText(const QJsonObject& graph)
{
    QString s;
    QTextStream t(&s);
    const QJsonArray agents = graph.value(QStringLiteral("agents")).toArray();
    const QJsonArray diags = graph.value(QStringLiteral("diagnostics")).toArray();
    t << "Delegation graph: " << graph.value(QStringLiteral("nodes")).toInt() << " agents, "
      << graph.value(QStringLiteral("edges")).toInt() << " delegations; "
      << graph.value(QStringLiteral("tasks")).toInt() << " tasks, critical path "
      << graph.value(QStringLiteral("critical_path_hours")).toDouble() << "h\n";
    for (const QJsonValue& v : agents) {
        const QJsonObject a = v.toObject();
        t << "  " << a.value(QStringLiteral("name")).toString() << " ("
          << a.value(QStringLiteral("kind")).toString() << ")";
        QStringList to;
        for (const QJsonValue& d : a.value(QStringLiteral("delegates_to")).toArray())
            to.append(d.toString());
        if (!to.isEmpty())
            t << " -> " << to.join(QStringLiteral(", "));
        t << '\n';
    }
    if (!diags.isEmpty()) {
        t << "  graph problems:\n";
        for (const QJsonValue& v : diags) {
            const QJsonObject d = v.toObject();
            t << "    " << d.value(QStringLiteral("path")).toString();
            if (const int line = d.value(QStringLiteral("line")).toInt(); line > 0)
                t << ':' << line;
            t << ": " << d.value(QStringLiteral("message")).toString() << '\n';
        }
    }
    return s;
}

} // namespace GraphReport

} // namespace pwb
