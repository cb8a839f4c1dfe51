// SPDX-License-Identifier: MIT
#include "graphbuilder.h"

#include "graphalgorithms.h"

#include "core/plansearch.h"
#include "core/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <optional>

namespace pwb {

namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

} // namespace

void GraphBuilder::addFile(const QString& path, const QString& text, bool definitionExpected)
{
    m_files.append(AgentParser::parse(text, path, definitionExpected));
}

void GraphBuilder::addParsed(AgentFile file)
{
    m_files.append(std::move(file));
}

GraphData GraphBuilder::build() const
{
    GraphData g;
    QHash<QString, qsizetype> known; // lower-case name -> index in g.agents
    for (const AgentFile& f : m_files) {
        g.diagnostics.append(f.diagnostics);
        if (!f.isDefinition)
            continue;
        const QString key = f.agent.name.toLower();
        const auto it = known.constFind(key);
        if (it == known.constEnd()) {
            known.insert(key, g.agents.size());
            AgentNode a = f.agent;
            a.sources = {a.source};
            g.agents.append(a);
            continue;
        }
        // One agent kept as .md and .yaml (or moved between folders) is one node with both
        // sources; the first definition's fields win and the second fills the gaps.
        AgentNode& a = g.agents[*it];
        const bool sameFormat =
            QFileInfo(a.source.path).suffix().toLower() == QFileInfo(f.path).suffix().toLower();
        if (sameFormat)
            g.diagnostics.append(Diagnostic{
                f.path, f.agent.source.line, 0, QStringLiteral("agent-duplicate"),
                QCoreApplication::translate("GraphBuilder",
                                            "agent '%1' is also defined in %2:%3; both are read "
                                            "as one agent")
                    .arg(f.agent.name, a.source.path)
                    .arg(a.source.line),
                Diagnostic::Severity::Warning});
        a.sources.append(f.agent.source);
        if (a.description.isEmpty())
            a.description = f.agent.description;
        if (a.tools.isEmpty())
            a.tools = f.agent.tools;
        if (a.color.isEmpty())
            a.color = f.agent.color;
    }

    // Files are often named after their agent while the name field carries a prefix
    // ("plugins/db/agents/database-architect.md" defines "db-database-architect"); other
    // files refer to the file name, so an unambiguous base name resolves too.
    QHash<QString, qsizetype> aliases;
    QSet<QString> ambiguous;
    for (qsizetype i = 0; i < g.agents.size(); ++i) {
        for (const SourceLocation& s : g.agents.at(i).sources) {
            const QString base = QFileInfo(s.path).completeBaseName().toLower();
            if (known.contains(base) || ambiguous.contains(base))
                continue;
            if (aliases.contains(base) && aliases.value(base) != i) {
                aliases.remove(base);
                ambiguous.insert(base);
                continue;
            }
            aliases.insert(base, i);
        }
    }
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
        known.insert(it.key(), it.value());

    QSet<QString> seenEdges;
    QSet<QString> seenUnknown;
    for (const AgentFile& f : m_files) {
        const QString selfName =
            f.isDefinition ? g.agents.at(known.value(f.agent.name.toLower())).name : QString();
        // A defined agent's name, an unknown agent's name (second = true), or nothing.
        auto resolve = [&](const AgentEndpoint& ep) -> std::optional<std::pair<QString, bool>> {
            if (ep.isSelf()) {
                if (selfName.isEmpty())
                    return std::nullopt;
                return std::make_pair(selfName, false);
            }
            for (const QString& n : ep.names) {
                if (const auto it = known.constFind(n.trimmed().toLower()); it != known.constEnd())
                    return std::make_pair(g.agents.at(*it).name, false);
            }
            if (ep.selfFallback && !selfName.isEmpty())
                return std::make_pair(selfName, false);
            const QString first = ep.names.constFirst().trimmed();
            switch (ep.match) {
            case NameMatch::Strict:
                if (first.isEmpty() || first.contains(u' '))
                    return std::nullopt;
                return std::make_pair(first, true);
            case NameMatch::AgentLike:
                if (AgentParser::looksLikeAgentName(first))
                    return std::make_pair(first, true);
                return std::nullopt;
            case NameMatch::KnownOnly:
                break;
            }
            return std::nullopt;
        };
        for (const AgentReference& r : f.references) {
            const auto from = resolve(r.from);
            const auto to = resolve(r.to);
            if (!from || !to || from->first == to->first)
                continue;
            // Only defined agents become edges; a name nobody defines is reported where it
            // is written, once per place.
            if (from->second || to->second) {
                for (const auto& end : {*from, *to}) {
                    const QString dkey =
                        f.path + u'\x1f' + QString::number(r.line) + u'\x1f' + end.first;
                    if (!end.second || seenUnknown.contains(dkey))
                        continue;
                    seenUnknown.insert(dkey);
                    g.diagnostics.append(Diagnostic{
                        f.path, r.line, 0, QStringLiteral("graph-dangling"),
                        QCoreApplication::translate(
                            "GraphBuilder",
                            "unknown agent '%1' (no definition under agents/), referenced as %2")
                            .arg(end.first, GraphData::originName(r.origin)),
                        Diagnostic::Severity::Warning});
                }
                continue;
            }
            const QString key = from->first + u'\x1f' + to->first + u'\x1f' +
                                GraphData::edgeKindName(r.kind) + u'\x1f' + f.path + u'\x1f' +
                                QString::number(r.line);
            if (seenEdges.contains(key))
                continue;
            seenEdges.insert(key);
            GraphEdge e;
            e.from = from->first;
            e.to = to->first;
            e.label = r.label;
            e.kind = r.kind;
            e.origin = r.origin;
            e.source = {f.path, r.line};
            e.dashed = r.dashed;
            g.edges.append(e);
        }
    }

    // Cycles are normal in review loops, but worth knowing: report them once each.
    // Collaboration has no direction, so it makes no cycle.
    QList<QPair<int, int>> pairs;
    for (const GraphEdge& e : g.edges) {
        if (e.kind != EdgeKind::Collaboration)
            pairs.append({int(g.indexOf(e.from)), int(g.indexOf(e.to))});
    }
    for (const QList<int>& component : GraphAlgorithms::cycles(int(g.agents.size()), pairs)) {
        QStringList names;
        for (int i : GraphAlgorithms::shortestCycle(int(g.agents.size()), pairs, component.first()))
            names.append(g.agents.at(i).name);
        names.append(names.constFirst());
        const AgentNode& first = g.agents.at(component.constFirst());
        g.diagnostics.append(
            Diagnostic{first.source.path, first.source.line, 0, QStringLiteral("graph-cycle"),
                       QCoreApplication::translate("GraphBuilder",
                                                   "delegation cycle among %n agent(s), e.g. %1",
                                                   nullptr, int(component.size()))
                           .arg(names.join(QStringLiteral(" → "))),
                       Diagnostic::Severity::Info});
    }
    return g;
}

bool GraphBuilder::isAgentFile(const QString& rel)
{
    const QString lower = rel.toLower();
    if (!lower.endsWith(QStringLiteral(".md")) && !lower.endsWith(QStringLiteral(".yaml")) &&
        !lower.endsWith(QStringLiteral(".yml")))
        return false;
    // Where teams keep agent definitions: agents/, Claude Code's .claude/agents/, OpenCode's
    // .opencode/agent/, and plugin or package trees (plugins/db/agents/, packages/core/agents/).
    // Dependencies and build output hold other people's agents.
    const QStringList dirs = lower.split(u'/').mid(0, lower.count(u'/'));
    for (const QString& d : dirs) {
        if (d == u"deps" || d == u"node_modules" || d == u"_build" || d == u".git")
            return false;
        // Slash commands (".claude/commands/bmad/agents/analyst.md" loads the analyst's
        // persona, it is not the analyst) and templates an installer copies from
        // ("_bmad/agents/atlas/installer/templates/…/steps/step-01-init.md"): one BMAD
        // project had 44 such "agents" beside its 29.
        if (d == u"commands" || d == u"templates" || d == u"template")
            return false;
        // "docs/agents/plans/612-inbox-triage-plan.md": plans for a project's Agents app (the
        // task board reads them), 35 "agents without front matter" in one umbrella project.
        if (d == u"plans")
            return false;
    }
    // "agents/TASKS.md": the team's board kept beside its agents (the task board reads it).
    if (DocumentKind::isPlanNamedFile(QStringView(lower).sliced(lower.lastIndexOf(u'/') + 1)))
        return false;
    // BMAD's per-agent settings ("_bmad/_config/agents/bmm-analyst.customize.yaml").
    if (lower.endsWith(QStringLiteral(".customize.yaml")) ||
        lower.endsWith(QStringLiteral(".customize.yml")))
        return false;
    for (const QString& d : dirs) {
        if (d == u"agents" || d == u"subagents")
            return true;
    }
    return lower.startsWith(QStringLiteral(".opencode/agent/"));
}

QStringList GraphBuilder::sourceFiles(const QStringList& projectFiles)
{
    QStringList out;
    for (const QString& f : projectFiles) {
        if (isAgentFile(f))
            out.append(f);
        else if (f.startsWith(QStringLiteral("docs/"), Qt::CaseInsensitive) &&
                 f.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive))
            out.append(f);
    }
    return out;
}

GraphData GraphBuilder::buildProject(const QString& root, const QStringList& projectFiles,
                                     const std::atomic_bool* cancel)
{
    GraphBuilder b;
    Diagnostics readErrors;
    for (const QString& rel : sourceFiles(projectFiles)) {
        if (cancel && cancel->load())
            return {};
        const ProjectFile::Result file = ProjectFile::read(root, rel, kMaxFileBytes);
        if (!file.ok()) {
            readErrors.append(ProjectFile::diagnostic(file, rel));
            continue;
        }
        b.addFile(rel, QString::fromUtf8(file.bytes), isAgentFile(rel));
    }
    GraphData g = b.build();
    g.diagnostics = readErrors + g.diagnostics;
    return g;
}

} // namespace pwb
