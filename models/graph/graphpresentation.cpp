// SPDX-License-Identifier: MIT
#include "graphpresentation.h"

#include "graphalgorithms.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pwb {

namespace {

QString countsText(const TaskGraph::Counts& c)
{
    if (c.total() == 0)
        return {};
    return QCoreApplication::translate("GraphPresentation", "%1 done · %2 open · %3 blocked")
        .arg(c.done)
        .arg(c.open)
        .arg(c.blocked);
}

// Directed edges only: collaboration has no direction, so it makes no cycle and no
// up- or downstream.
QList<QPair<int, int>> pairs(const QList<PresentedEdge>& edges)
{
    QList<QPair<int, int>> out;
    out.reserve(edges.size());
    for (const PresentedEdge& e : edges) {
        if (e.kind != EdgeKind::Collaboration)
            out.append({e.from, e.to});
    }
    return out;
}

// Dependency cycles are errors: every edge inside one is marked. Delegation meshes are
// mostly one big loop (reviews go back to the implementer), so there only the shortest
// cycle through each loop is marked, the one the diagnostics name.
void markCycles(GraphPresentation& p)
{
    const int n = int(p.nodes.size());
    const QList<QPair<int, int>> all = pairs(p.edges);
    QHash<int, int> component;
    QSet<QPair<int, int>> marked;
    const QList<QList<int>> cycles = GraphAlgorithms::cycles(n, all);
    for (int c = 0; c < cycles.size(); ++c) {
        for (int v : cycles.at(c))
            component.insert(v, c);
        const QList<int> ring = GraphAlgorithms::shortestCycle(n, all, cycles.at(c).first());
        for (int k = 0; k < ring.size(); ++k)
            marked.insert({ring.at(k), ring.at((k + 1) % ring.size())});
    }
    for (PresentedEdge& e : p.edges) {
        if (e.kind == EdgeKind::Collaboration)
            e.cycle = false;
        else if (p.mode == GraphMode::Dependencies)
            e.cycle =
                component.contains(e.from) && component.value(e.from) == component.value(e.to, -1);
        else
            e.cycle = marked.contains({e.from, e.to});
    }
}

} // namespace

int GraphPresentation::indexOf(const QString& key) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).key == key)
            return i;
    }
    return -1;
}

LayoutRequest GraphPresentation::layoutRequest() const
{
    LayoutRequest r;
    r.leftToRight = mode == GraphMode::Dependencies;
    r.clusters = clusters;
    for (const PresentedNode& n : nodes)
        r.nodes.append({n.size, n.cluster});
    for (const PresentedEdge& e : edges)
        r.edges.append({e.from, e.to, e.kind == EdgeKind::Collaboration});
    return r;
}

QList<int> GraphPresentation::neighbourhood(int node, int hops) const
{
    if (node < 0 || node >= nodes.size())
        return {};
    QList<QList<int>> adjacent(nodes.size());
    for (const PresentedEdge& e : edges) {
        adjacent[e.from].append(e.to);
        adjacent[e.to].append(e.from);
    }
    QList<int> distance(nodes.size(), -1);
    QList<int> out{node};
    distance[node] = 0;
    for (qsizetype head = 0; head < out.size(); ++head) {
        const int v = out.at(head);
        if (distance.at(v) >= hops)
            continue;
        for (int w : adjacent.at(v)) {
            if (distance.at(w) < 0) {
                distance[w] = distance.at(v) + 1;
                out.append(w);
            }
        }
    }
    return out;
}

QString GraphPresentation::clusterTitle(AgentKind kind)
{
    switch (kind) {
    case AgentKind::Orchestrator:
        return QCoreApplication::translate("GraphPresentation", "Orchestrators");
    case AgentKind::Specialist:
        return QCoreApplication::translate("GraphPresentation", "Specialists");
    case AgentKind::Quality:
        return QCoreApplication::translate("GraphPresentation", "Quality");
    case AgentKind::Infrastructure:
        return QCoreApplication::translate("GraphPresentation", "Infrastructure");
    case AgentKind::Unknown:
        break;
    }
    return QCoreApplication::translate("GraphPresentation", "Other");
}

QList<int> GraphPresentation::upstream(int node) const
{
    return GraphAlgorithms::reachable(int(nodes.size()), pairs(edges), node, false);
}

QList<int> GraphPresentation::downstream(int node) const
{
    return GraphAlgorithms::reachable(int(nodes.size()), pairs(edges), node, true);
}

QSizeF GraphPresentation::estimateSize(const QString& title, const QString& subtitle)
{
    const qsizetype chars = qMax(title.size(), subtitle.size());
    return QSizeF(qBound(90.0, 16.0 + 6.6 * double(chars), 260.0),
                  subtitle.isEmpty() ? 30.0 : 44.0);
}

QString GraphPresentation::modeName(GraphMode mode)
{
    return mode == GraphMode::Delegation ? QStringLiteral("delegation")
                                         : QStringLiteral("dependencies");
}

GraphPresentation GraphPresentation::build(const GraphSnapshot& s, GraphMode mode,
                                           const SizeFunction& size, bool groupByKind)
{
    GraphPresentation p;
    p.mode = mode;
    if (mode == GraphMode::Delegation) {
        for (const AgentNode& a : s.graph.agents) {
            PresentedNode n;
            n.key = a.name;
            n.title = a.name;
            n.counts = s.tasks.countsFor(a.name);
            const QString kind =
                a.defined ? GraphData::kindLabel(a.kind)
                          : QCoreApplication::translate("GraphPresentation", "undefined");
            const QString counts = countsText(n.counts);
            n.subtitle = counts.isEmpty() ? kind : kind + QStringLiteral(" · ") + counts;
            n.color = a.color;
            n.kind = a.kind;
            n.defined = a.defined;
            n.description = a.description;
            n.tools = a.tools;
            n.source = a.source;
            n.sources = a.sources;
            n.size = size(n.title, n.subtitle);
            if (groupByKind) {
                n.cluster = GraphData::kindName(a.kind);
                const LayoutRequest::Cluster c{n.cluster, clusterTitle(a.kind)};
                bool known = false;
                for (const auto& existing : std::as_const(p.clusters))
                    known = known || existing.id == c.id;
                if (!known)
                    p.clusters.append(c);
            }
            p.nodes.append(n);
        }
        // One drawn edge per pair and kind; collaboration once per pair whichever side
        // states it.
        QHash<quint64, int> unique;
        for (const GraphEdge& e : s.graph.edges) {
            int from = int(s.graph.indexOf(e.from));
            int to = int(s.graph.indexOf(e.to));
            if (from < 0 || to < 0)
                continue;
            if (e.kind == EdgeKind::Collaboration && to < from)
                std::swap(from, to);
            const quint64 key =
                (quint64(quint32(from)) << 34) | (quint64(quint32(to)) << 2) | quint64(e.kind);
            int idx = unique.value(key, -1);
            if (idx < 0) {
                idx = int(p.edges.size());
                unique.insert(key, idx);
                PresentedEdge pe;
                pe.from = from;
                pe.to = to;
                pe.kind = e.kind;
                pe.dashed = true; // until a solid source says otherwise
                p.edges.append(pe);
            }
            PresentedEdge& pe = p.edges[idx];
            if (pe.label.isEmpty() && !e.label.isEmpty() && e.origin != EdgeOrigin::Collaboration)
                pe.label = e.label;
            pe.dashed = pe.dashed && e.dashed;
            pe.dangling = pe.dangling || e.dangling;
            pe.sources.append(e.source);
            const QString origin = GraphData::originName(e.origin);
            if (!pe.origins.contains(origin))
                pe.origins.append(origin);
        }
    } else {
        const QSet<int> critical(s.tasks.criticalPath.cbegin(), s.tasks.criticalPath.cend());
        QStringList sprints;
        for (int i = 0; i < s.tasks.tasks.size(); ++i) {
            const TaskNode& t = s.tasks.tasks.at(i);
            PresentedNode n;
            n.key = t.id;
            n.title = t.hasHours() ? t.id + QStringLiteral(" · ") + QString::number(t.hours) + u'h'
                                   : t.id;
            n.subtitle = t.title.size() > 38 ? t.title.left(36) + QStringLiteral("…") : t.title;
            n.status = t.status;
            n.critical = critical.contains(i);
            n.cluster = t.sprint;
            n.description = t.title + u'\n' + t.statusText;
            n.tools = t.agents;
            n.source = t.source;
            n.size = size(n.title, n.subtitle);
            if (!t.sprint.isEmpty() && !sprints.contains(t.sprint))
                sprints.append(t.sprint);
            p.nodes.append(n);
        }
        for (const QString& sp : sprints)
            p.clusters.append({sp, sp});
        for (const auto& e : s.tasks.edges) {
            PresentedEdge pe;
            pe.from = e.first;
            pe.to = e.second;
            pe.critical = false;
            pe.sources.append(s.tasks.tasks.at(e.second).source);
            p.edges.append(pe);
        }
        const QList<int>& path = s.tasks.criticalPath;
        for (int k = 0; k + 1 < path.size(); ++k) {
            for (PresentedEdge& pe : p.edges) {
                if (pe.from == path.at(k) && pe.to == path.at(k + 1))
                    pe.critical = true;
            }
        }
    }
    markCycles(p);
    return p;
}

} // namespace pwb
