// SPDX-License-Identifier: MIT
#include "graph/agentparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace pwb;

namespace {
QString read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

const AgentReference* findTo(const AgentFile& f, const QString& name, EdgeOrigin origin)
{
    for (const AgentReference& r : f.references) {
        if (r.to.names.value(0) == name && r.origin == origin)
            return &r;
    }
    return nullptr;
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

class TestAgentParser : public QObject
{
    Q_OBJECT
private slots:
    void frontMatterFoldedDescriptionFlowTools()
    {
        const AgentFile f =
            AgentParser::parse(read(QStringLiteral(PWB_FIXTURES "/graph/project/agents/lead.md")),
                               QStringLiteral("agents/lead.md"), true);
        QVERIFY(f.isDefinition);
        QCOMPARE(f.agent.name, QStringLiteral("lead-orchestrator"));
        QCOMPARE(f.agent.source.line, 2);
        QCOMPARE(f.agent.description,
                 QStringLiteral("Plans the work and hands every task to the right specialist."));
        QCOMPARE(f.agent.tools, (QStringList{QStringLiteral("Read"), QStringLiteral("Grep"),
                                             QStringLiteral("Task")}));
        QCOMPARE(f.agent.color, QStringLiteral("#3F51B5"));
        QCOMPARE(f.agent.kind, AgentKind::Orchestrator);
        QVERIFY(f.diagnostics.isEmpty());
    }

    void prosePhrasingsAndCollaboration()
    {
        const AgentFile f =
            AgentParser::parse(read(QStringLiteral(PWB_FIXTURES "/graph/project/agents/lead.md")),
                               QStringLiteral("agents/lead.md"), true);
        const AgentReference* delegate =
            findTo(f, QStringLiteral("api-builder"), EdgeOrigin::Prose);
        QVERIFY(delegate);
        QVERIFY(delegate->from.isSelf());
        QCOMPARE(delegate->line, 10);
        // "hand off\nto suite-runner": the phrase spans lines; the name's line counts.
        const AgentReference* handoff =
            findTo(f, QStringLiteral("suite-runner"), EdgeOrigin::Prose);
        QVERIFY(handoff);
        QCOMPARE(handoff->line, 12);
        QCOMPARE(handoff->label, QStringLiteral("hand off"));
        // A known-only mention in the Delegation section.
        const AgentReference* review = findTo(f, QStringLiteral("code-checker"), EdgeOrigin::Prose);
        QVERIFY(review);
        QCOMPARE(review->to.match, NameMatch::KnownOnly);
        QCOMPARE(review->line, 16);
        // Collaboration: a leading name, a reverse "receives ... from", an unknown lead name.
        QVERIFY(findTo(f, QStringLiteral("api-builder"), EdgeOrigin::Collaboration));
        bool reverse = false;
        for (const AgentReference& r : f.references) {
            if (r.origin == EdgeOrigin::Collaboration && r.from.names.value(0) == u"suite-runner") {
                reverse = r.to.isSelf() && r.line == 21;
            }
        }
        QVERIFY(reverse);
        const AgentReference* ghost =
            findTo(f, QStringLiteral("ghost-writer"), EdgeOrigin::Collaboration);
        QVERIFY(ghost);
        QCOMPARE(ghost->to.match, NameMatch::Strict);
        QCOMPARE(ghost->line, 22);
    }

    void handoffKeysAndBlocks()
    {
        const AgentFile f = AgentParser::parse(
            read(QStringLiteral(PWB_FIXTURES "/graph/project/agents/api-builder.md")),
            QStringLiteral("agents/api-builder.md"), true);
        QCOMPARE(f.agent.tools.size(), 3);
        QCOMPARE(f.agent.color, QStringLiteral("purple"));
        QCOMPARE(f.agent.kind, AgentKind::Specialist);
        const AgentReference* fix = findTo(f, QStringLiteral("code-checker"), EdgeOrigin::Prose);
        QVERIFY(fix);
        QCOMPARE(fix->label, QStringLiteral("delegates fix"));
        QVERIFY(findTo(f, QStringLiteral("lead-orchestrator"), EdgeOrigin::Prose));
        const AgentReference* key =
            findTo(f, QStringLiteral("suite-runner"), EdgeOrigin::HandoffKey);
        QVERIFY(key);
        QCOMPARE(key->line, 15);
        const AgentReference* block =
            findTo(f, QStringLiteral("code-checker"), EdgeOrigin::HandoffBlock);
        QVERIFY(block);
        QCOMPARE(block->from.names.value(0), QStringLiteral("api-builder"));
        QCOMPARE(block->label, QStringLiteral("review_request"));
        QCOMPARE(block->line, 20);
    }

    void yamlDefinitionWithMetadata()
    {
        const AgentFile f = AgentParser::parse(
            read(QStringLiteral(PWB_FIXTURES "/graph/project/agents/yaml/ui-builder.yaml")),
            QStringLiteral("agents/yaml/ui-builder.yaml"), true);
        QVERIFY2(f.diagnostics.isEmpty(), qPrintable(f.diagnostics.value(0).toString()));
        QVERIFY(f.isDefinition);
        QCOMPARE(f.agent.name, QStringLiteral("ui-builder"));
        QCOMPARE(f.agent.description,
                 QStringLiteral("Builds HEEx templates and Tailwind styling."));
        QCOMPARE(f.agent.tools, (QStringList{QStringLiteral("Read"), QStringLiteral("Edit")}));
        QCOMPARE(f.agent.color, QStringLiteral("#2196F3"));
        const AgentReference* d = findTo(f, QStringLiteral("api-builder"), EdgeOrigin::Definition);
        QVERIFY(d);
        QCOMPARE(d->label, QStringLiteral("a template needs data"));
        QVERIFY(findTo(f, QStringLiteral("code-checker"), EdgeOrigin::Definition));
        bool incoming = false;
        for (const AgentReference& r : f.references)
            incoming |= r.from.names.value(0) == u"lead-orchestrator" && r.to.isSelf();
        QVERIFY(incoming);
    }

    void invalidColourIsReported()
    {
        const AgentFile f = AgentParser::parse(
            read(QStringLiteral(PWB_FIXTURES "/graph/project/agents/suite-runner.md")),
            QStringLiteral("agents/suite-runner.md"), true);
        QCOMPARE(f.diagnostics.size(), 1);
        QCOMPARE(f.diagnostics.first().code, QStringLiteral("agent-color"));
        QCOMPARE(f.diagnostics.first().line, 5);
        QVERIFY(f.agent.color.isEmpty());
        QCOMPARE(f.agent.kind, AgentKind::Quality);
    }

    void brokenDefinitions()
    {
        const AgentFile unclosed = AgentParser::parse(
            read(QStringLiteral(PWB_FIXTURES "/graph/broken/unclosed-frontmatter.md")),
            QStringLiteral("agents/unclosed-frontmatter.md"), true);
        QVERIFY(!unclosed.diagnostics.isEmpty());
        QCOMPARE(unclosed.diagnostics.first().code, QStringLiteral("frontmatter-unclosed"));
        QCOMPARE(unclosed.diagnostics.first().line, 1);
        // What could be read is kept: the name and the prose reference.
        QCOMPARE(unclosed.agent.name, QStringLiteral("half-agent"));
        QVERIFY(findTo(unclosed, QStringLiteral("api-builder"), EdgeOrigin::Prose));

        const AgentFile bad =
            AgentParser::parse(read(QStringLiteral(PWB_FIXTURES "/graph/broken/bad-yaml.md")),
                               QStringLiteral("agents/bad-yaml.md"), true);
        QCOMPARE(bad.agent.name, QStringLiteral("bad-yaml-agent"));
        QStringList where;
        for (const Diagnostic& d : bad.diagnostics)
            where.append(d.code + u'@' + QString::number(d.line));
        QVERIFY2(where.contains(QStringLiteral("yaml-tab@3")), qPrintable(where.join(u' ')));
        // The YAML reader stops at the first error (libyaml); the keys above it are kept.
        QVERIFY2(!where.join(u' ').contains(QStringLiteral("yaml-quote")), qPrintable(where.join(u' ')));

        const AgentFile noMeta =
            AgentParser::parse(read(QStringLiteral(PWB_FIXTURES "/graph/broken/no-metadata.yaml")),
                               QStringLiteral("agents/no-metadata.yaml"), true);
        QVERIFY(!noMeta.isDefinition);
        QCOMPARE(noMeta.diagnostics.size(), 1);
        QCOMPARE(noMeta.diagnostics.first().code, QStringLiteral("agent-no-metadata"));

        const AgentFile notYaml = AgentParser::parse(QStringLiteral("- just\n- a list\n"),
                                                     QStringLiteral("agents/list.yaml"), true);
        QVERIFY(!notYaml.isDefinition);
        QVERIFY(!notYaml.diagnostics.isEmpty());
    }

    // Plans, PRDs and BMAD notes in docs/ carry front matter of their own; only an agent's
    // (a name and a description, tools or model) defines an agent outside the agent folders.
    void documentFrontMatterIsNoAgent()
    {
        const QString trd =
            QStringLiteral("---\ndocument_id: TRD-2031-004\nstatus: Draft\ntotal_tasks: 12\n---\n\n"
                           "# TRD-2031-004: Ledger export\n\n```mermaid\ngraph TD\n"
                           "  ledger-orchestrator --> export-writer\n```\n");
        const AgentFile plan = AgentParser::parse(trd, QStringLiteral("docs/TRD/ledger.md"), false);
        QVERIFY(!plan.isDefinition);
        QVERIFY2(plan.diagnostics.isEmpty(), qPrintable(plan.diagnostics.value(0).toString()));
        // Its delegation diagram is still read.
        QVERIFY(findTo(plan, QStringLiteral("export-writer"), EdgeOrigin::Mermaid));

        // A brainstorming note's front matter, with YAML the graph has no business judging.
        const AgentFile note = AgentParser::parse(
            QStringLiteral(
                "---\nstepsCompleted: [1, 2\nsession_topic: 'exports'\n---\n\n# Notes\n"),
            QStringLiteral("docs/analysis/session.md"), false);
        QVERIFY(!note.isDefinition);
        QVERIFY2(note.diagnostics.isEmpty(), qPrintable(note.diagnostics.value(0).toString()));

        const AgentFile agent = AgentParser::parse(
            QStringLiteral("---\nname: ledger-reviewer\ndescription: Reviews ledger exports\n---\n"
                           "\nReview what export-writer produced.\n"),
            QStringLiteral("docs/agents-overview.md"), false);
        QVERIFY(agent.isDefinition);
        QCOMPARE(agent.agent.name, QStringLiteral("ledger-reviewer"));

        // In an agent folder, front matter without a name is still an agent (named after
        // its file, with a warning).
        const AgentFile unnamed =
            AgentParser::parse(QStringLiteral("---\ndescription: Writes exports\n---\n"),
                               QStringLiteral("agents/export-writer.md"), true);
        QVERIFY(unnamed.isDefinition);
        QCOMPARE(unnamed.agent.name, QStringLiteral("export-writer"));
    }

    // GitHub Copilot names a custom agent by its file: "release-notes.agent.md" is
    // "release-notes", and it has no name field to miss.
    void copilotAgentIsNamedByItsFile()
    {
        const AgentFile f = AgentParser::parse(
            QStringLiteral("---\ndescription: \"Drafts release notes\"\ntools: [\"search\"]\n---\n"
                           "\n# Release notes\n"),
            QStringLiteral(".github/agents/release-notes.agent.md"), true);
        QVERIFY(f.isDefinition);
        QCOMPARE(f.agent.name, QStringLiteral("release-notes"));
        QVERIFY2(f.diagnostics.isEmpty(), qPrintable(f.diagnostics.value(0).toString()));
    }

    void seedAgentDefinition()
    {
        if (seedsDir().isEmpty())
            QSKIP("no seeds beside this checkout");
        const AgentFile f =
            AgentParser::parse(read(seedsDir() + QStringLiteral("/agent-backend-developer.md")),
                               QStringLiteral("agents/backend-developer.md"), true);
        QVERIFY2(f.diagnostics.isEmpty(), qPrintable(f.diagnostics.value(0).toString()));
        QCOMPARE(f.agent.name, QStringLiteral("backend-developer"));
        QCOMPARE(f.agent.color, QStringLiteral("#FF5722"));
        QVERIFY(f.agent.description.startsWith(QStringLiteral("AGGRESSIVE backend development")));
        QCOMPARE(f.agent.kind, AgentKind::Specialist);
        // The collaboration block's to_x: keys.
        QStringList targets;
        for (const AgentReference& r : f.references) {
            if (r.origin == EdgeOrigin::HandoffKey)
                targets.append(r.to.names.value(0) + u'@' + QString::number(r.line));
        }
        QCOMPARE(targets,
                 (QStringList{QStringLiteral("architect@716"), QStringLiteral("test-engineer@721"),
                              QStringLiteral("data-engineer@726")}));
    }

    void seedTrdHandoffs()
    {
        if (seedsDir().isEmpty())
            QSKIP("no seeds beside this checkout");
        const AgentFile f = AgentParser::parse(
            read(seedsDir() + QStringLiteral("/trd-elixir-phoenix-expert-integration.md")),
            QStringLiteral("docs/TRD/seed.md"), false);
        QVERIFY(!f.isDefinition);
        QStringList blocks;
        int tree = 0;
        int mermaid = 0;
        for (const AgentReference& r : f.references) {
            if (r.origin == EdgeOrigin::HandoffBlock && r.from.match == NameMatch::Strict)
                blocks.append(r.from.names.value(0) + u'>' + r.to.names.value(0) + u'@' +
                              QString::number(r.line));
            tree += r.origin == EdgeOrigin::ArchitectureTree ? 1 : 0;
            mermaid += r.origin == EdgeOrigin::Mermaid ? 1 : 0;
        }
        QCOMPARE(blocks,
                 (QStringList{QStringLiteral("elixir-phoenix-expert>code-reviewer@1035"),
                              QStringLiteral("elixir-phoenix-expert>test-runner@1075"),
                              QStringLiteral("elixir-phoenix-expert>playwright-tester@1103"),
                              QStringLiteral(
                                  "elixir-phoenix-expert>infrastructure-management-subagent@1143"),
                              QStringLiteral("elixir-phoenix-expert>postgresql-specialist@1176")}));
        QCOMPARE(tree, 7);
        QCOMPARE(mermaid, 56);
    }
};

QTEST_GUILESS_MAIN(TestAgentParser)
#include "tst_agentparser.moc"
