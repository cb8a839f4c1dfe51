// SPDX-License-Identifier: MIT
// Reads one file of agent material: an agent definition (agents/**/*.md with YAML front
// matter, agents/**/*.yaml with a `metadata:` block) and the delegation references in it
// (prose phrasings, collaboration lists, `to_x:` keys, handoff blocks with from:/to:,
// architecture trees, mermaid flowcharts). Names are resolved later by GraphBuilder, which
// knows every defined agent.
#pragma once

#include "graphdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

// How strictly an unresolved name is treated.
enum class NameMatch
{
    Strict,    // the text names an agent: unknown means a dangling reference
    AgentLike, // dangling only when the name looks like an agent ("x-y"), otherwise ignored
    KnownOnly  // counts only when it names a defined agent
};

struct AgentEndpoint
{
    QStringList names; // candidates, first resolvable wins; empty: the file's own agent
    NameMatch match = NameMatch::Strict;
    // When no name resolves, the file's own agent ("Orchestrators delegate to X" has a
    // subject that is not an agent; the file's agent is the one speaking).
    bool selfFallback = false;
    bool isSelf() const { return names.isEmpty(); }
};

struct AgentReference
{
    AgentEndpoint from;
    AgentEndpoint to;
    QString label;
    EdgeKind kind = EdgeKind::Delegation;
    EdgeOrigin origin = EdgeOrigin::Prose;
    int line = 0;
    bool dashed = false;
};

struct AgentFile
{
    QString path;
    bool isDefinition = false;
    bool isTemplate = false; // a template or guide (_TEMPLATE.md, *USAGE*, README): skipped
    AgentNode agent;         // valid when isDefinition
    QList<AgentReference> references;
    Diagnostics diagnostics;
};

namespace AgentParser {
// Dispatches on the suffix (.md / .markdown / .yaml / .yml). `definitionExpected`: the file
// lies under agents/ and should define an agent.
AgentFile parse(const QString& text, const QString& path, bool definitionExpected);
AgentFile parseMarkdown(const QString& text, const QString& path, bool definitionExpected);
AgentFile parseYaml(const QString& text, const QString& path);
// True for names such as "code-reviewer" (lower-case words joined by hyphens).
bool looksLikeAgentName(const QString& name);
// Templates and guides that sit among agent files but define none: _TEMPLATE.md,
// AGENT_USAGE_GUIDE.md, README.md, agent-template.md.
bool isTemplatePath(const QString& path);
} // namespace AgentParser

} // namespace pwb
