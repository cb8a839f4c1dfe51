// SPDX-License-Identifier: MIT
// What one graph mode shows, as plain data: nodes with text, size and state, unique edges
// with all their sources, clusters. Built from a GraphSnapshot for the Delegation mode
// (agents) or the Dependencies mode (tasks); the view, the SVG export and the benchmark
// all draw or lay out this, so they agree.
#pragma once

#include "graphlayout.h"
#include "graphloader.h"

#include <functional>

namespace pwb {

enum class GraphMode
{
    Delegation,
    Dependencies
};

struct PresentedNode
{
    QString key;      // agent name or task id
    QString title;    // first line
    QString subtitle; // second line (kind and task counts, or the task title)
    QString color;    // the definition's colour; empty: the view picks by kind/status
    AgentKind kind = AgentKind::Unknown;
    TaskStatus status = TaskStatus::Todo;
    bool defined = true;
    bool critical = false; // on the critical path (Dependencies)
    QString cluster;       // sprint (Dependencies)
    QString description;
    QStringList tools;
    SourceLocation source;
    QList<SourceLocation> sources; // every definition (an agent kept as .md and .yaml)
    TaskGraph::Counts counts;      // tasks touching the agent (Delegation)
    QSizeF size;
};

struct PresentedEdge
{
    int from = 0;
    int to = 0;
    QString label;
    EdgeKind kind = EdgeKind::Delegation; // Dependencies: always Delegation
    bool dashed = false;
    bool cycle = false;    // lies on a cycle
    bool critical = false; // joins two critical-path tasks
    bool dangling = false;
    QList<SourceLocation> sources;
    QStringList origins;
};

struct GraphPresentation
{
    // Title and subtitle -> box size in points.
    using SizeFunction = std::function<QSizeF(const QString& title, const QString& subtitle)>;

    GraphMode mode = GraphMode::Delegation;
    QList<PresentedNode> nodes;
    QList<PresentedEdge> edges;
    QList<LayoutRequest::Cluster> clusters;

    int indexOf(const QString& key) const;
    bool isEmpty() const { return nodes.isEmpty(); }
    LayoutRequest layoutRequest() const;
    // Nodes joined to `node` by at most `hops` edges, in either direction, `node` included.
    QList<int> neighbourhood(int node, int hops) const;
    // Node indices reachable against / along the edges from `node`.
    QList<int> upstream(int node) const;
    QList<int> downstream(int node) const;

    // `groupByKind`: Delegation nodes sit in one cluster per agent kind.
    static GraphPresentation build(const GraphSnapshot& snapshot, GraphMode mode,
                                   const SizeFunction& size = estimateSize,
                                   bool groupByKind = true);
    // Title of the cluster of a kind ("Orchestrators").
    static QString clusterTitle(AgentKind kind);
    // A size from character counts, for headless use.
    static QSizeF estimateSize(const QString& title, const QString& subtitle);
    static QString modeName(GraphMode mode); // "delegation" / "dependencies"
};

} // namespace pwb

Q_DECLARE_METATYPE(pwb::GraphPresentation)
