// SPDX-License-Identifier: MIT
#include "graph/graphbuilder.h"
#include "project/fileindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {
bool hasDiagnostic(const GraphData& g, const QString& code, const QString& path, int line,
                   const QString& text = {})
{
    for (const Diagnostic& d : g.diagnostics) {
        if (d.code == code && d.path == path && d.line == line && d.message.contains(text))
            return true;
    }
    return false;
}

QString dump(const GraphData& g)
{
    QStringList s;
    for (const Diagnostic& d : g.diagnostics)
        s.append(d.code + u' ' + d.toString());
    return s.join(u'\n');
}
} // namespace

namespace {
// The seeds live beside the repository (../shared/seeds from the main checkout, two
// levels up from a worktree); a fresh clone has none, and the seed tests skip.
QString seedsDir()
{
    for (const QString& candidate :
         {QStringLiteral(PWB_SEEDS),
          QDir::cleanPath(QStringLiteral(PWB_SEEDS "/../../../shared/seeds"))}) {
        if (QFileInfo::exists(candidate + QStringLiteral("/agent-backend-developer.md")))
            return candidate;
    }
    return {};
}
} // namespace

class TestGraphBuilder : public QObject
{
    Q_OBJECT
private slots:
    void fixtureProject()
    {
        const QString root = QStringLiteral(PWB_FIXTURES "/graph/project");
        const GraphData g = GraphBuilder::buildProject(root, FileIndex::scan(root));
        QCOMPARE(g.definedCount(), 5);
        // Names nobody defines are reported where they are written; they are no nodes.
        QCOMPARE(g.agents.size(), 5);
        QVERIFY(!g.agent(QStringLiteral("security-auditor")));
        QVERIFY(!g.agent(QStringLiteral("ghost-writer")));
        QCOMPARE(g.agent(QStringLiteral("ui-builder"))->source.path,
                 QStringLiteral("agents/yaml/ui-builder.yaml"));

        QVERIFY2(hasDiagnostic(g, QStringLiteral("graph-dangling"),
                               QStringLiteral("agents/code-checker.md"), 9,
                               QStringLiteral("security-auditor")),
                 qPrintable(dump(g)));
        QVERIFY(hasDiagnostic(g, QStringLiteral("graph-dangling"), QStringLiteral("agents/lead.md"),
                              22, QStringLiteral("ghost-writer")));
        QVERIFY(hasDiagnostic(g, QStringLiteral("mermaid-syntax"),
                              QStringLiteral("docs/architecture.md"), 27));
        QVERIFY(hasDiagnostic(g, QStringLiteral("mermaid-syntax"),
                              QStringLiteral("docs/architecture.md"), 28));
        QVERIFY(hasDiagnostic(g, QStringLiteral("agent-color"),
                              QStringLiteral("agents/suite-runner.md"), 5));
        // README.md is a guide: skipped with a note, never an error about missing front matter.
        QVERIFY(hasDiagnostic(g, QStringLiteral("agent-template"),
                              QStringLiteral("agents/README.md"), 1));
        QVERIFY(!dump(g).contains(QStringLiteral("agent-no-frontmatter")));

        const QStringList api = g.delegatesTo(QStringLiteral("api-builder"));
        for (const char* n : {"code-checker", "suite-runner", "lead-orchestrator", "ui-builder"})
            QVERIFY2(api.contains(QLatin1String(n)), n);
        QVERIFY(g.delegatesTo(QStringLiteral("lead-orchestrator"))
                    .contains(QStringLiteral("ui-builder")));
        QVERIFY(g.delegatedFrom(QStringLiteral("lead-orchestrator"))
                    .contains(QStringLiteral("suite-runner")));

        bool treeEdge = false, mermaidDashed = false, afterBrokenLine = false;
        for (const GraphEdge& e : g.edges) {
            QVERIFY(!e.source.path.isEmpty());
            QVERIFY(e.source.line > 0);
            QVERIFY(e.from != u"user" && e.from != u"A user");
            treeEdge |= e.origin == EdgeOrigin::ArchitectureTree && e.from == u"api-builder" &&
                        e.to == u"suite-runner" && e.source.line == 6;
            mermaidDashed |= e.origin == EdgeOrigin::Mermaid && e.dashed && e.to == u"ui-builder" &&
                             e.source.line == 18;
            afterBrokenLine |= e.origin == EdgeOrigin::Mermaid && e.source.line == 29;
        }
        QVERIFY(treeEdge);
        QVERIFY(mermaidDashed);
        QVERIFY(afterBrokenLine); // the malformed block's good lines still count

        bool cycle = false;
        for (const Diagnostic& d : g.diagnostics)
            cycle |= d.code == u"graph-cycle" && d.message.contains(QStringLiteral("api-builder"));
        QVERIFY(cycle);
    }

    // Agent definitions live where the tools put them: Claude Code's .claude/agents/,
    // OpenCode's .opencode/agent/, plugin and package trees; never those of dependencies.
    void agentFolders()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.path();
        auto put = [&](const QString& rel, const QByteArray& text) {
            QVERIFY(QDir(root).mkpath(QFileInfo(rel).path()));
            QFile f(root + u'/' + rel);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        put(QStringLiteral(".claude/agents/lead.md"),
            "---\nname: tech-lead\ndescription: Plans work.\n---\n"
            "Delegate implementation to backend-dev.\n");
        put(QStringLiteral(".claude/agents/backend.md"),
            "---\nname: backend-dev\ndescription: Builds contexts.\n---\nBuilds.\n");
        put(QStringLiteral("plugins/db/agents/dba.md"),
            "---\nname: database-architect\ndescription: Schemas.\n---\nSchemas.\n");
        put(QStringLiteral(".opencode/agent/reviewer.md"),
            "---\nname: code-reviewer\ndescription: Reviews.\n---\nReviews.\n");
        put(QStringLiteral("deps/some_dep/agents/theirs.md"),
            "---\nname: dependency-agent\ndescription: Not ours.\n---\nx\n");
        put(QStringLiteral("lib/app/agent.ex"), "defmodule App.Agent do\nend\n");
        const GraphData g = GraphBuilder::buildProject(root, FileIndex::scan(root));
        QStringList names;
        for (const auto& a : g.agents)
            names << a.name;
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("backend-dev"), QStringLiteral("code-reviewer"),
                              QStringLiteral("database-architect"), QStringLiteral("tech-lead")}));
        QVERIFY(GraphBuilder::isAgentFile(QStringLiteral("packages/core/agents/x.yaml")));
        QVERIFY(!GraphBuilder::isAgentFile(QStringLiteral("node_modules/p/agents/x.md")));
        QVERIFY(!GraphBuilder::isAgentFile(QStringLiteral("agents.md")));
        // BMAD's slash commands, installer templates and per-agent settings are no agents;
        // GitHub Copilot's custom agents are.
        QVERIFY(!GraphBuilder::isAgentFile(QStringLiteral(".claude/commands/bmad/agents/pm.md")));
        QVERIFY(!GraphBuilder::isAgentFile(
            QStringLiteral("_bmad/agents/scout/installer/templates/flows/steps/step-01-start.md")));
        QVERIFY(!GraphBuilder::isAgentFile(
            QStringLiteral("_bmad/_config/agents/bmm-pm.customize.yaml")));
        QVERIFY(GraphBuilder::isAgentFile(QStringLiteral("_bmad/bmm/agents/pm.md")));
        QVERIFY(!GraphBuilder::isAgentFile(QStringLiteral("docs/agents/plans/41-queue-plan.md")));
        QVERIFY(GraphBuilder::isAgentFile(QStringLiteral(".github/agents/release-notes.agent.md")));
        // The team's board kept beside its agents is no agent named "TASKS".
        QVERIFY(!GraphBuilder::isAgentFile(QStringLiteral("agents/TASKS.md")));
        QVERIFY(!GraphBuilder::isAgentFile(QStringLiteral("agents/roadmap.md")));
        QVERIFY(GraphBuilder::isAgentFile(QStringLiteral("agents/task-planner.md")));
    }

    void duplicateDefinitionsAreReported()
    {
        GraphBuilder b;
        b.addFile(QStringLiteral("agents/a.md"), QStringLiteral("---\nname: x-agent\n---\n"), true);
        b.addFile(QStringLiteral("agents/b.md"), QStringLiteral("---\nname: x-agent\n---\n"), true);
        const GraphData g = b.build();
        QCOMPARE(g.agents.size(), 1);
        QCOMPARE(g.agents.first().source.path, QStringLiteral("agents/a.md"));
        QCOMPARE(g.agents.first().sources.size(), 2);
        QVERIFY(
            hasDiagnostic(g, QStringLiteral("agent-duplicate"), QStringLiteral("agents/b.md"), 2));
    }

    void seeds()
    {
        if (seedsDir().isEmpty())
            QSKIP("no seeds beside this checkout");
        GraphBuilder b;
        for (const auto& [file, rel, agent] :
             {std::tuple{"agent-backend-developer.md", "agents/backend-developer.md", true},
              std::tuple{"trd-elixir-phoenix-expert-integration.md", "docs/TRD/seed.md", false}}) {
            QFile f(seedsDir() + u'/' + QLatin1String(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            b.addFile(QLatin1String(rel), QString::fromUtf8(f.readAll()), agent);
        }
        const GraphData g = b.build();
        QCOMPARE(g.definedCount(), 1);
        // to_architect: names no defined agent.
        QVERIFY(hasDiagnostic(g, QStringLiteral("graph-dangling"),
                              QStringLiteral("agents/backend-developer.md"), 716,
                              QStringLiteral("'architect'")));
        // The TRD's tree and handoff blocks name agents that have no definition here.
        QVERIFY(hasDiagnostic(g, QStringLiteral("graph-dangling"),
                              QStringLiteral("docs/TRD/seed.md"), 23,
                              QStringLiteral("tech-lead-orchestrator")));
        // Only defined agents become edges: the handoff block and to_test_engineer: name
        // agents this project does not define, so they are located diagnostics instead.
        QVERIFY(hasDiagnostic(g, QStringLiteral("graph-dangling"),
                              QStringLiteral("docs/TRD/seed.md"), 1176,
                              QStringLiteral("postgresql-specialist")));
        QVERIFY(hasDiagnostic(g, QStringLiteral("graph-dangling"),
                              QStringLiteral("agents/backend-developer.md"), 721,
                              QStringLiteral("'test-engineer'")));
        QVERIFY(g.delegatesTo(QStringLiteral("backend-developer")).isEmpty());
        // Mermaid nodes that are not agents ("Phoenix API") never become nodes.
        QVERIFY(g.indexOf(QStringLiteral("Phoenix API")) < 0);
        QVERIFY(g.indexOf(QStringLiteral("F")) < 0);
    }

    void demoProject()
    {
        const QString root = QStringLiteral(PWB_DEMO_PROJECT);
        const GraphData g = GraphBuilder::buildProject(root, FileIndex::scan(root));
        QVERIFY(g.definedCount() >= 10);
        const AgentNode* fe = g.agent(QStringLiteral("frontend-developer"));
        QVERIFY(fe && fe->defined);
        QCOMPARE(fe->color, QStringLiteral("#2196F3"));
        QCOMPARE(g.agent(QStringLiteral("ai-mesh-orchestrator"))->kind, AgentKind::Orchestrator);
        QCOMPARE(g.agent(QStringLiteral("code-reviewer"))->kind, AgentKind::Quality);
        QCOMPARE(g.agent(QStringLiteral("infrastructure-management-subagent"))->kind,
                 AgentKind::Infrastructure);
        QCOMPARE(g.agent(QStringLiteral("elixir-phoenix-expert"))->kind, AgentKind::Specialist);
        const QStringList mesh = g.delegatesTo(QStringLiteral("ai-mesh-orchestrator"));
        for (const char* n : {"tech-lead-orchestrator", "elixir-phoenix-expert", "code-reviewer",
                              "test-runner", "playwright-tester", "frontend-developer"})
            QVERIFY2(mesh.contains(QLatin1String(n)), n);
        QVERIFY(g.delegatesTo(QStringLiteral("test-runner"))
                    .contains(QStringLiteral("elixir-phoenix-expert")));
        bool dangling = false;
        for (const Diagnostic& d : g.diagnostics)
            dangling |= d.code == u"graph-dangling" && d.path == u"agents/code-reviewer.md" &&
                        d.message.contains(QStringLiteral("security-auditor"));
        QVERIFY2(dangling, qPrintable(dump(g)));
    }
};

QTEST_GUILESS_MAIN(TestGraphBuilder)
#include "tst_graphbuilder.moc"
