// SPDX-License-Identifier: MIT
// Every form real agent files use to state who hands work to whom, read from fixtures
// written in those forms: YAML prose and role lists, Handoff To / From sections (From is
// incoming), `#### agent` entries, routing trees, collaboration lists, workflow steps,
// "X provides to Y", templates, and one agent kept as .md and .yaml.
#include "graph/agentparser.h"
#include "graph/graphloader.h"
#include "graph/graphpresentation.h"
#include "graph/graphreport.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace pwb;

namespace {

QStringList edgesOf(const GraphData& g)
{
    QStringList out;
    for (const GraphEdge& e : g.edges)
        out.append(e.from + u'|' + e.to + u'|' + GraphData::edgeKindName(e.kind) + u'@' +
                   e.source.path + u':' + QString::number(e.source.line));
    out.sort();
    return out;
}

bool hasDiagnostic(const GraphData& g, const QString& code, const QString& path, int line,
                   const QString& text = {})
{
    for (const Diagnostic& d : g.diagnostics) {
        if (d.code == code && d.path == path && d.line == line && d.message.contains(text))
            return true;
    }
    return false;
}

// The references one definition's text gives, as "from>to kind" with "self" for its agent.
QStringList refs(const QString& body, bool yaml = false)
{
    const QString text =
        yaml ? QStringLiteral("metadata:\n  name: me-agent\n  description: x\n") + body
             : QStringLiteral("---\nname: me-agent\ndescription: x\n---\n\n") + body;
    const AgentFile f = AgentParser::parse(
        text, yaml ? QStringLiteral("agents/me.yaml") : QStringLiteral("agents/me.md"), true);
    QStringList out;
    for (const AgentReference& r : f.references) {
        const QString from = r.from.isSelf() ? QStringLiteral("self") : r.from.names.value(0);
        const QString to = r.to.isSelf() ? QStringLiteral("self") : r.to.names.value(0);
        out.append(from + u'>' + to + u' ' + GraphData::edgeKindName(r.kind));
    }
    return out;
}

} // namespace

class TestAgentForms : public QObject
{
    Q_OBJECT
private slots:
    void everyFormWithDirection()
    {
        const GraphSnapshot s = GraphLoader::load(QStringLiteral(PWB_FIXTURES "/graph/forms"));
        const GraphData& g = s.graph;
        const QStringList expected{
            // Markdown: prose, routing tree, Handoff From (incoming!), Handoff To entries,
            // Collaboration With.
            QStringLiteral("phx-orchestrator|ecto-expert|delegation@agents/phx-orchestrator.md:9"),
            QStringLiteral("phx-orchestrator|test-pilot|handoff@agents/phx-orchestrator.md:10"),
            QStringLiteral(
                "phx-orchestrator|build-runner|delegation@agents/phx-orchestrator.md:16"),
            QStringLiteral("phx-orchestrator|ecto-expert|delegation@agents/phx-orchestrator.md:17"),
            QStringLiteral("phx-orchestrator|docs-scribe|delegation@agents/phx-orchestrator.md:18"),
            QStringLiteral("deploy-keeper|phx-orchestrator|handoff@agents/phx-orchestrator.md:26"),
            QStringLiteral("phx-orchestrator|code-auditor|handoff@agents/phx-orchestrator.md:30"),
            QStringLiteral("phx-orchestrator|deploy-keeper|handoff@agents/phx-orchestrator.md:33"),
            QStringLiteral(
                "phx-orchestrator|docs-scribe|collaboration@agents/phx-orchestrator.md:37"),
            // "### Handoff From X" / "### Handoff To Y" headings, "X provides to Y", and an
            // "Integration with other agents:" list (Receive ... from = incoming).
            QStringLiteral("phx-orchestrator|build-runner|handoff@agents/build-runner.md:6"),
            QStringLiteral("build-runner|test-pilot|handoff@agents/build-runner.md:10"),
            QStringLiteral("build-runner|test-pilot|handoff@agents/build-runner.md:12"),
            QStringLiteral("ecto-expert|build-runner|handoff@agents/build-runner.md:15"),
            QStringLiteral("build-runner|deploy-keeper|handoff@agents/build-runner.md:16"),
            QStringLiteral("build-runner|docs-scribe|collaboration@agents/build-runner.md:17"),
            QStringLiteral("code-auditor|ecto-expert|delegation@agents/code-auditor.md:6"),
            QStringLiteral("ecto-expert|deploy-keeper|delegation@agents/ecto-expert.md:6"),
            // Workflow steps (agent: ...) and "X provides to Y" in a code comment.
            QStringLiteral("test-pilot|ecto-expert|handoff@agents/test-pilot.md:12"),
            QStringLiteral("ecto-expert|test-pilot|handoff@agents/test-pilot.md:15"),
            QStringLiteral("test-pilot|code-auditor|handoff@agents/test-pilot.md:20"),
            // YAML: prose inside folded strings and lists, handoffFrom / handoffTo,
            // whenToDelegate, collaboratesOn.
            QStringLiteral(
                "deploy-keeper|code-auditor|delegation@agents/yaml/deploy-keeper.yaml:7"),
            QStringLiteral("deploy-keeper|test-pilot|delegation@agents/yaml/deploy-keeper.yaml:8"),
            QStringLiteral(
                "deploy-keeper|build-runner|delegation@agents/yaml/deploy-keeper.yaml:10"),
            QStringLiteral(
                "deploy-keeper|docs-scribe|collaboration@agents/yaml/deploy-keeper.yaml:11"),
            QStringLiteral(
                "deploy-keeper|phx-orchestrator|handoff@agents/yaml/deploy-keeper.yaml:14"),
            QStringLiteral(
                "deploy-keeper|ecto-expert|delegation@agents/yaml/deploy-keeper.yaml:16"),
            QStringLiteral("build-runner|deploy-keeper|handoff@agents/yaml/deploy-keeper.yaml:19"),
            QStringLiteral("deploy-keeper|test-pilot|handoff@agents/yaml/deploy-keeper.yaml:22"),
            QStringLiteral(
                "deploy-keeper|code-auditor|delegation@agents/yaml/deploy-keeper.yaml:26"),
            // The YAML twin of code-auditor.md adds its own edge to the same node.
            QStringLiteral("code-auditor|docs-scribe|handoff@agents/yaml/code-auditor.yaml:7"),
        };
        QStringList want = expected;
        want.sort();
        const QStringList got = edgesOf(g);
        for (const QString& e : want)
            QVERIFY2(got.contains(e), qPrintable(u"missing " + e));
        for (const QString& e : got)
            QVERIFY2(want.contains(e), qPrintable(u"invented " + e));

        // One node for the agent kept as .md and .yaml, with both sources.
        QCOMPARE(g.definedCount(), 7);
        QCOMPARE(g.agents.size(), 7);
        const AgentNode* auditor = g.agent(QStringLiteral("code-auditor"));
        QVERIFY(auditor);
        QCOMPARE(auditor->sources.size(), 2);
        QCOMPARE(auditor->sources.at(0).path, QStringLiteral("agents/code-auditor.md"));
        QCOMPARE(auditor->sources.at(1).path, QStringLiteral("agents/yaml/code-auditor.yaml"));
        for (const Diagnostic& d : g.diagnostics)
            QVERIFY2(d.code != u"agent-duplicate", qPrintable(d.toString()));

        // Templates and guides are skipped with a note; their placeholder names are no nodes.
        for (const char* path :
             {"agents/_TEMPLATE.md", "agents/AGENT_USAGE_GUIDE.md", "agents/README.md"})
            QVERIFY2(hasDiagnostic(g, QStringLiteral("agent-template"), QLatin1String(path), 1),
                     path);
        QCOMPARE(g.indexOf(QStringLiteral("agent-name")), -1);
        QCOMPARE(g.indexOf(QStringLiteral("other-agent")), -1);

        // Unknown agents: located diagnostics, no edges, no nodes.
        QVERIFY(hasDiagnostic(g, QStringLiteral("graph-dangling"),
                              QStringLiteral("agents/phx-orchestrator.md"), 38,
                              QStringLiteral("'ghost-agent'")));
        QVERIFY(hasDiagnostic(g, QStringLiteral("graph-dangling"),
                              QStringLiteral("agents/yaml/deploy-keeper.yaml"), 29,
                              QStringLiteral("'shadow-agent'")));
        QCOMPARE(g.indexOf(QStringLiteral("ghost-agent")), -1);
    }

    void phrasings_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("yaml");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](std::initializer_list<const char*> l) {
            QStringList out;
            for (const char* s : l)
                out.append(QString::fromUtf8(s));
            return out;
        };
        QTest::newRow("delegate to") << QStringLiteral("Planning: delegate to api-maker.\n")
                                     << false << list({"self>api-maker delegation"});
        QTest::newRow("parenthesised list")
            << QStringLiteral("Implementation (delegate to api-maker, ui-maker) is not mine.\n")
            << false << list({"self>api-maker delegation", "self>ui-maker delegation"});
        QTest::newRow("list after a colon")
            << QStringLiteral("Fixes: delegate to specialist agents: api-maker, ui-maker.\n")
            << false << list({"self>api-maker delegation", "self>ui-maker delegation"});
        QTest::newRow("Delegates X to") << QStringLiteral("Delegates fix to code-checker agent.\n")
                                        << false << list({"self>code-checker delegation"});
        QTest::newRow("hand off") << QStringLiteral("Then hand off to test-runner.\n") << false
                                  << list({"self>test-runner handoff"});
        QTest::newRow("route") << QStringLiteral("Route failing builds to ci-keeper.\n") << false
                               << list({"self>ci-keeper delegation"});
        QTest::newRow("X handles") << QStringLiteral("Note that db-expert handles migrations.\n")
                                   << false << list({"self>db-expert delegation"});
        QTest::newRow("receive from (incoming)")
            << QStringLiteral("Receive API specifications from api-designer.\n") << false
            << list({"api-designer>self handoff"});
        QTest::newRow("collaborate") << QStringLiteral("Collaborate with docs-writer on guides.\n")
                                     << false << list({"self>docs-writer collaboration"});
        QTest::newRow("provides to")
            << QStringLiteral("```\n# test-runner provides to api-maker:\n```\n") << false
            << list({"test-runner>api-maker handoff"});
        QTest::newRow("routing line")
            << QStringLiteral("```\n├─ \"CI/CD pipeline\" → ci-keeper\n```\n") << false
            << list({"self>ci-keeper delegation"});
        QTest::newRow("two objects share the verb")
            << QStringLiteral("Hand failure notes to ops-keeper and findings to docs-writer.\n")
            << false << list({"self>ops-keeper handoff", "self>docs-writer handoff"});
        QTest::newRow("handoff from heading")
            << QStringLiteral("### Handoff From\n\n#### lead-planner\nSends the plan.\n") << false
            << list({"lead-planner>self handoff"});
        QTest::newRow("yaml prose in a list item")
            << QStringLiteral(
                   "responsibilities:\n  - description: hand off to qa-keeper when done\n")
            << true << list({"self>qa-keeper handoff"});
        QTest::newRow("yaml handoffFrom")
            << QStringLiteral("integrationProtocols:\n  handoffFrom:\n    - agent: lead-planner\n")
            << true << list({"lead-planner>self handoff"});
        // Words that only look like agents, and verbs inside other words, give nothing
        // strict (so no "unknown agent" noise).
        QTest::newRow("adjective, not a target")
            << QStringLiteral("Delegate to framework-specific experts.\n") << false
            << list({"self>framework-specific delegation"});
        QTest::newRow("no verb inside a word")
            << QStringLiteral("Uses AI-assisted review processes.\n") << false << QStringList();
    }

    void phrasings()
    {
        QFETCH(QString, body);
        QFETCH(bool, yaml);
        QFETCH(QStringList, expected);
        QCOMPARE(refs(body, yaml), expected);
    }

    void namesThatOnlyLookLikeAgentsAreNotReported()
    {
        const AgentFile f = AgentParser::parse(
            QStringLiteral("---\nname: me-agent\ndescription: x\n---\n\n"
                           "Delegate to framework-specific experts. Escalate to on-call.\n"
                           "Support blue-green rollouts.\n"),
            QStringLiteral("agents/me.md"), true);
        for (const AgentReference& r : f.references)
            QCOMPARE(r.to.match, NameMatch::KnownOnly);
    }

    void teamOfForty()
    {
        const GraphSnapshot s = GraphLoader::load(QStringLiteral(PWB_FIXTURES "/graph/team40"));
        const GraphData& g = s.graph;
        QCOMPARE(g.definedCount(), 40);
        QSet<QString> got;
        for (const GraphEdge& e : g.edges)
            got.insert(e.from + u'|' + e.to + u'|' + GraphData::edgeKindName(e.kind));
        QFile f(QStringLiteral(PWB_FIXTURES "/graph/team40-expected.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSet<QString> want;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                want.insert(QString::fromUtf8(line.trimmed()));
        }
        QVERIFY(want.size() > 150);
        for (const QString& e : want)
            QVERIFY2(got.contains(e), qPrintable(u"missing " + e));
        for (const QString& e : got)
            QVERIFY2(want.contains(e), qPrintable(u"invented " + e));
        for (const Diagnostic& d : g.diagnostics)
            QVERIFY2(d.code != u"graph-dangling", qPrintable(d.toString()));
    }

    void reportEdgesCarryKindAndSource()
    {
        const QJsonObject graph =
            GraphReport::toJson(GraphLoader::load(QStringLiteral(PWB_FIXTURES "/graph/forms")));
        const QJsonArray edges = graph.value(QStringLiteral("edges")).toArray();
        QCOMPARE(edges.size(), 30);
        bool incoming = false;
        for (const QJsonValue& v : edges) {
            const QJsonObject e = v.toObject();
            QVERIFY(GraphData::edgeKindFromName(e.value(QStringLiteral("kind")).toString()));
            QVERIFY(e.value(QStringLiteral("source")).toString().contains(u':'));
            incoming |=
                e.value(QStringLiteral("from")).toString() == u"deploy-keeper" &&
                e.value(QStringLiteral("to")).toString() == u"phx-orchestrator" &&
                e.value(QStringLiteral("kind")).toString() == u"handoff" &&
                e.value(QStringLiteral("source")).toString() == u"agents/phx-orchestrator.md:26";
        }
        QVERIFY(incoming);
        const QJsonObject kinds = graph.value(QStringLiteral("edge_kinds")).toObject();
        QVERIFY(kinds.value(QStringLiteral("collaboration")).toInt() >= 2);
        QCOMPARE(graph.value(QStringLiteral("edge_count")).toInt(),
                 kinds.value(QStringLiteral("delegation")).toInt() +
                     kinds.value(QStringLiteral("handoff")).toInt() +
                     kinds.value(QStringLiteral("collaboration")).toInt());
        for (const QJsonValue& v : graph.value(QStringLiteral("agents")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("name")).toString() == u"code-auditor")
                QCOMPARE(a.value(QStringLiteral("sources")).toArray().size(), 2);
        }
    }

    void presentationGroupsAndMergesCollaboration()
    {
        const GraphSnapshot s = GraphLoader::load(QStringLiteral(PWB_FIXTURES "/graph/forms"));
        const GraphPresentation p = GraphPresentation::build(s, GraphMode::Delegation);
        QStringList clusters;
        for (const auto& c : p.clusters)
            clusters.append(c.id);
        QVERIFY(clusters.contains(QStringLiteral("orchestrator")));
        QVERIFY(clusters.contains(QStringLiteral("quality")));
        for (const PresentedNode& n : p.nodes)
            QCOMPARE(n.cluster, GraphData::kindName(n.kind));
        // Collaboration has no direction: one drawn edge per pair, never an arrow or a cycle.
        const int orchestrator = p.indexOf(QStringLiteral("phx-orchestrator"));
        const int scribe = p.indexOf(QStringLiteral("docs-scribe"));
        int collab = 0;
        int kinds = 0;
        for (const PresentedEdge& e : p.edges) {
            if ((e.from == orchestrator && e.to == scribe) ||
                (e.from == scribe && e.to == orchestrator)) {
                ++kinds;
                collab += e.kind == EdgeKind::Collaboration ? 1 : 0;
            }
            if (e.kind == EdgeKind::Collaboration)
                QVERIFY(!e.cycle);
        }
        QCOMPARE(collab, 1);
        QCOMPARE(kinds, 2); // and the routing line's delegation, drawn separately
        const LayoutRequest request = p.layoutRequest();
        for (qsizetype i = 0; i < request.edges.size(); ++i)
            QCOMPARE(request.edges.at(i).undirected, p.edges.at(i).kind == EdgeKind::Collaboration);
        // Focus: one hop from docs-scribe is its neighbours only.
        const QList<int> near = p.neighbourhood(scribe, 1);
        QVERIFY(near.contains(scribe));
        QVERIFY(near.contains(orchestrator));
        QVERIFY(!near.contains(p.indexOf(QStringLiteral("test-pilot"))));
        QVERIFY(p.neighbourhood(scribe, 2).contains(p.indexOf(QStringLiteral("test-pilot"))));

        const GraphPresentation flat = GraphPresentation::build(
            s, GraphMode::Delegation, GraphPresentation::estimateSize, false);
        QVERIFY(flat.clusters.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgentForms)
#include "tst_agentforms.moc"
