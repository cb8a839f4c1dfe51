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
    auto where = [](const SourceLocation& l) {
        return l.line > 0 ? l.path + u':' + QString::number(l.line) : l.path;
    };
    QJsonArray agents;
    for (const AgentNode& a : g.agents) {
        QStringList sources;
        for (const SourceLocation& l : a.sources)
            sources.append(where(l));
        QStringList collaborators;
        for (const GraphEdge& e : g.edges) {
            if (e.kind != EdgeKind::Collaboration || (e.from != a.name && e.to != a.name))
                continue;
            const QString other = e.from == a.name ? e.to : e.from;
            if (!collaborators.contains(other))
                collaborators.append(other);
        }
        agents.append(QJsonObject{
            {QStringLiteral("name"), a.name},
            {QStringLiteral("kind"),
             a.defined ? GraphData::kindName(a.kind) : QStringLiteral("undefined")},
            {QStringLiteral("source"), a.source.path},
            {QStringLiteral("line"), a.source.line},
            {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
            {QStringLiteral("defined"), a.defined},
            {QStringLiteral("delegates_to"), QJsonArray::fromStringList(g.delegatesTo(a.name))},
            {QStringLiteral("collaborates_with"), QJsonArray::fromStringList(collaborators)}});
    }
    // Every edge as read, with its kind and the place that states it; the counts are of
    // distinct (from, to, kind), collaboration counted once per pair.
    QJsonArray edges;
    QSet<QString> unique;
    QJsonObject byKind{{QStringLiteral("delegation"), 0},
                       {QStringLiteral("handoff"), 0},
                       {QStringLiteral("collaboration"), 0}};
    for (const GraphEdge& e : g.edges) {
        const QString kind = GraphData::edgeKindName(e.kind);
        edges.append(QJsonObject{{QStringLiteral("from"), e.from},
                                 {QStringLiteral("to"), e.to},
                                 {QStringLiteral("kind"), kind},
                                 {QStringLiteral("source"), where(e.source)},
                                 {QStringLiteral("label"), e.label},
                                 {QStringLiteral("origin"), GraphData::originName(e.origin)}});
        const bool undirected = e.kind == EdgeKind::Collaboration;
        const QString a = undirected && e.to < e.from ? e.to : e.from;
        const QString b = undirected && e.to < e.from ? e.from : e.to;
        const QString key = a + u'\x1f' + b + u'\x1f' + kind;
        if (!unique.contains(key)) {
            unique.insert(key);
            byKind.insert(kind, byKind.value(kind).toInt() + 1);
        }
    }
    QJsonArray diagnostics;
    for (const Diagnostic& d : g.diagnostics + s.tasks.diagnostics)
        diagnostics.append(d.toJson());
    return QJsonObject{{QStringLiteral("agents"), agents},
                       {QStringLiteral("nodes"), int(g.agents.size())},
                       {QStringLiteral("edges"), edges},
                       {QStringLiteral("edge_count"), int(unique.size())},
                       {QStringLiteral("edge_kinds"), byKind},
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
    const QJsonObject kinds = graph.value(QStringLiteral("edge_kinds")).toObject();
    t << "Delegation graph: " << graph.value(QStringLiteral("nodes")).toInt() << " agents, "
      << graph.value(QStringLiteral("edge_count")).toInt() << " edges ("
      << kinds.value(QStringLiteral("delegation")).toInt() << " delegation, "
      << kinds.value(QStringLiteral("handoff")).toInt() << " handoff, "
      << kinds.value(QStringLiteral("collaboration")).toInt() << " collaboration); "
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
        QStringList with;
        for (const QJsonValue& d : a.value(QStringLiteral("collaborates_with")).toArray())
            with.append(d.toString());
        if (!with.isEmpty())
            t << " ~ " << with.join(QStringLiteral(", "));
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
