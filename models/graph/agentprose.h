// SPDX-License-Identifier: MIT
// Reads the ways real agent files state a delegation in running text: a paragraph, a list
// item, a heading, a line of a code block or a YAML string. "delegate to X", "(delegate to
// X, Y)", "Delegates fix to X agent", "hand off to X", "route … to X", "X handles …",
// "Receive specs from X" (incoming), "Collaborate with X" (undirected), "X provides to Y",
// `"CI/CD pipeline" → X` routing lines. Names are resolved later against the defined agents.
#pragma once

#include "agentparser.h"

#include <functional>

namespace pwb {

// What the heading or YAML key above a piece of text says its names are.
enum class SectionRole
{
    None,
    Delegation,   // "Delegation", "Routing", whenToDelegate:
    HandoffOut,   // "Handoff To", handoffTo:
    HandoffIn,    // "Handoff From", handoffFrom: (the named agent hands work to this one)
    Collaboration // "Collaboration With", collaboratesWith:
};

struct ProseContext
{
    bool hasSelf = false; // the file defines an agent; subject-less phrases refer to it
    QString selfName;     // that agent's name ("test-runner provides to X" is then self)
    SectionRole role = SectionRole::None;
    bool roleMentions = false; // every agent-like name in the text takes the role's edge
    bool roleLead = false;     // the leading name of a list item takes the role's edge
    EdgeOrigin roleOrigin = EdgeOrigin::Section;
    QString roleLabel;
    // File line of an offset into the text, given the name found there.
    std::function<int(qsizetype offset, const QString& name)> lineAt;
};

namespace AgentProse {
// Appends what `text` states to `out`.
void read(const QString& text, const ProseContext& context, QList<AgentReference>& out);
// Routing lines (`"x" → agent`, `a -> b`) only: for code blocks that are not prose.
void readArrows(const QString& text, const ProseContext& context, QList<AgentReference>& out);
// The role a heading or a YAML key names ("Handoff From", "handoffTo", "Collaboration With").
SectionRole roleOf(const QString& title);
// Default label and kind of a role's edges.
QString roleLabel(SectionRole role);
EdgeKind roleKind(SectionRole role);
// The reference a role gives `name` (direction per role).
AgentReference roleReference(SectionRole role, const QString& name, NameMatch match, int line,
                             EdgeOrigin origin, const QString& label = {});
// "agent-name", "<agent>", "your-agent", "{{name}}": examples in templates, never agents.
bool isPlaceholderName(const QString& name);
// The strictness a name deserves: agent-like names are Strict (an unknown one is reported),
// single words only count when they name a defined agent.
NameMatch matchFor(const QString& name);
} // namespace AgentProse

} // namespace pwb
