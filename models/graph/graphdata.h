// SPDX-License-Identifier: MIT
// Value types of the delegation graph: agents (from definitions or only mentioned), the
// edges between them with the file and line each came from, and what was wrong on the way.
#pragma once

#include "core/diagnostic.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pwb {

enum class AgentKind
{
    Orchestrator,
    Specialist,
    Quality,
    Infrastructure,
    Unknown
};

// What an edge says. Collaboration is undirected (drawn without arrow heads); the other two
// point from the agent that gives work to the one that takes it.
enum class EdgeKind
{
    Delegation,   // "delegate to X", routing trees, whenToDelegate, delegates_to
    Handoff,      // Handoff To / From sections, from:/to: blocks, workflow steps, "provides to"
    Collaboration // "Collaboration With", "works with X"
};

// Where a delegation edge was read from.
enum class EdgeOrigin
{
    Prose,            // "delegate to X", "hand off to X", "Delegates fix to X agent"
    Collaboration,    // a Collaboration section's list
    HandoffKey,       // `to_x:` keys in an agent file
    HandoffBlock,     // YAML blocks with from:/to:
    ArchitectureTree, // └─> trees
    Mermaid,          // graph/flowchart blocks
    Definition,       // delegates_to / receives_from of a YAML definition
    Section,          // a Handoff To/From or Collaboration heading, or an entry under it
    Routing,          // `"CI/CD pipeline" → build-orchestrator` lines
    Workflow          // consecutive `agent:` steps of a workflow
};

struct SourceLocation
{
    QString path; // project-relative
    int line = 0;
    friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

struct AgentNode
{
    QString name;
    QString description;
    QStringList tools;
    QString color; // "#RRGGBB" from the definition, empty when none
    AgentKind kind = AgentKind::Unknown;
    SourceLocation source; // the first definition
    // Every file that defines it (an agent kept as .md and .yaml is one node).
    QList<SourceLocation> sources;
    bool defined = false; // false: referenced but never defined (a dangling target)
};

struct GraphEdge
{
    QString from;
    QString to;
    QString label;
    EdgeKind kind = EdgeKind::Delegation;
    EdgeOrigin origin = EdgeOrigin::Prose;
    SourceLocation source;
    bool dangling = false; // `to` or `from` has no definition
    bool dashed = false;
};

struct GraphData
{
    QList<AgentNode> agents; // defined ones first, then dangling targets
    QList<GraphEdge> edges;  // every edge as read, duplicates included (each has its source)
    Diagnostics diagnostics;

    qsizetype indexOf(const QString& name) const;
    const AgentNode* agent(const QString& name) const;
    // Distinct targets/sources of `name` over delegation and handoff edges (collaboration
    // has no direction), in first-seen order.
    QStringList delegatesTo(const QString& name) const;
    QStringList delegatedFrom(const QString& name) const;
    qsizetype definedCount() const;

    static QString kindName(AgentKind kind);
    static QString kindLabel(AgentKind kind); // kindName translated, for display
    static QString originName(EdgeOrigin origin);
    static QString edgeKindName(EdgeKind kind);  // "delegation", "handoff", "collaboration"
    static QString edgeKindLabel(EdgeKind kind); // edgeKindName translated, for display
    static std::optional<EdgeKind> edgeKindFromName(QStringView name);
    // The kind an agent's name and description suggest.
    static AgentKind deriveKind(const QString& name, const QString& description);
};

} // namespace pwb

Q_DECLARE_METATYPE(pwb::GraphData)
