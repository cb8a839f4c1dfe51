// SPDX-License-Identifier: MIT
#include "graphbuilder.h"

#include "graphalgorithms.h"

#include "core/projectfile.h"

#include <QCoreApplication>
#include <QDir>
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
    QHash<QString, QString> known; // lower-case name -> name
    for (const AgentFile& f : m_files) {
        g.diagnostics.append(f.diagnostics);
        if (!f.isDefinition)
            continue;
        const QString key = f.agent.name.toLower();
        if (const auto it = known.constFind(key); it != known.constEnd()) {
            const AgentNode* first = g.agent(*it);
            g.diagnostics.append(
                Diagnostic{f.path, f.agent.source.line, 0, QStringLiteral("agent-duplicate"),
                           QCoreApplication::translate(
                               "GraphBuilder",
                               "agent '%1' is already defined in %2:%3; this definition is ignored")
                               .arg(f.agent.name, first->source.path)
                               .arg(first->source.line),
                           Diagnostic::Severity::Warning});
            continue;
        }
        known.insert(key, f.agent.name);
        g.agents.append(f.agent);
    }

    QSet<QString> seenEdges;
    QSet<QString> seenDangling;
    for (const AgentFile& f : m_files) {
        const QString selfName = f.isDefinition ? f.agent.name : QString();
        // A resolved name, a dangling name (second = true), or nothing (not an agent).
        auto resolve = [&](const AgentEndpoint& ep) -> std::optional<std::pair<QString, bool>> {
            if (ep.isSelf()) {
                if (selfName.isEmpty() || known.value(selfName.toLower()) != selfName)
                    return std::nullopt;
                return std::make_pair(selfName, false);
            }
            for (const QString& n : ep.names) {
                if (const auto it = known.constFind(n.trimmed().toLower()); it != known.constEnd())
                    return std::make_pair(*it, false);
            }
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
            const QString key = from->first + u'\x1f' + to->first + u'\x1f' + f.path + u'\x1f' +
                                QString::number(r.line);
            if (seenEdges.contains(key))
                continue;
            seenEdges.insert(key);
            GraphEdge e;
            e.from = from->first;
            e.to = to->first;
            e.label = r.label;
            e.origin = r.origin;
            e.source = {f.path, r.line};
            e.dashed = r.dashed;
            e.dangling = from->second || to->second;
            for (const auto& end : {*from, *to}) {
                if (!end.second)
                    continue;
                if (g.indexOf(end.first) < 0) {
                    AgentNode ghost;
                    ghost.name = end.first;
                    ghost.kind = AgentKind::Unknown;
                    ghost.source = e.source;
                    g.agents.append(ghost);
                }
                const QString dkey =
                    f.path + u'\x1f' + QString::number(r.line) + u'\x1f' + end.first;
                if (!seenDangling.contains(dkey)) {
                    seenDangling.insert(dkey);
                    g.diagnostics.append(Diagnostic{
                        f.path, r.line, 0, QStringLiteral("graph-dangling"),
                        QCoreApplication::translate(
                            "GraphBuilder",
                            "unknown agent '%1' (no definition under agents/), referenced as %2")
                            .arg(end.first, GraphData::originName(r.origin)),
                        Diagnostic::Severity::Warning});
                }
            }
            g.edges.append(e);
        }
    }

    // Cycles are normal in review loops, but worth knowing: report them once each.
    QList<QPair<int, int>> pairs;
    for (const GraphEdge& e : g.edges)
        pairs.append({int(g.indexOf(e.from)), int(g.indexOf(e.to))});
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

QStringList GraphBuilder::sourceFiles(const QStringList& projectFiles)
{
    QStringList out;
    for (const QString& f : projectFiles) {
        const QString lower = f.toLower();
        const bool agents = lower.startsWith(QStringLiteral("agents/"));
        const bool docs = lower.startsWith(QStringLiteral("docs/"));
        if (agents &&
            (lower.endsWith(QStringLiteral(".md")) || lower.endsWith(QStringLiteral(".yaml")) ||
             lower.endsWith(QStringLiteral(".yml"))))
            out.append(f);
        else if (docs && lower.endsWith(QStringLiteral(".md")))
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
        b.addFile(rel, QString::fromUtf8(file.bytes),
                  rel.startsWith(QStringLiteral("agents/"), Qt::CaseInsensitive));
    }
    GraphData g = b.build();
    g.diagnostics = readErrors + g.diagnostics;
    return g;
}

} // namespace pwb
