// SPDX-License-Identifier: MIT
#include "graph/mermaidparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace pwb;

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

class TestMermaidParser : public QObject
{
    Q_OBJECT
private slots:
    void shapesLabelsAndSubgraphs()
    {
        const QString text =
            QStringLiteral("flowchart LR\n"
                           "    request([User request]) --> mesh[ai-mesh-orchestrator]\n"
                           "    mesh -->|plan / TRD| lead[tech-lead-orchestrator]\n"
                           "    subgraph quality [Quality gates]\n"
                           "        reviewer[code-reviewer]\n"
                           "        dec{Decide?}\n"
                           "    end\n"
                           "    lead -- implementation tasks --> reviewer & dec\n"
                           "    reviewer -.->|schema & plans| pg((postgres)); pg ==> mesh\n"
                           "    %% a comment line\n");
        const MermaidGraph g = MermaidParser::parse(text, QStringLiteral("a.md"), 20);
        QVERIFY(g.isFlowchart);
        QVERIFY2(g.diagnostics.isEmpty(), qPrintable(g.diagnostics.value(0).toString()));
        QCOMPARE(g.direction, QStringLiteral("LR"));
        QCOMPARE(g.node(QStringLiteral("request"))->label, QStringLiteral("User request"));
        QCOMPARE(g.node(QStringLiteral("request"))->shape, QStringLiteral("(["));
        QCOMPARE(g.node(QStringLiteral("mesh"))->label, QStringLiteral("ai-mesh-orchestrator"));
        QCOMPARE(g.node(QStringLiteral("dec"))->shape, QStringLiteral("{"));
        QCOMPARE(g.node(QStringLiteral("pg"))->shape, QStringLiteral("(("));
        QCOMPARE(g.node(QStringLiteral("reviewer"))->subgraph, QStringLiteral("quality"));
        QCOMPARE(g.subgraphs.size(), 1);
        QCOMPARE(g.subgraphs.first().title, QStringLiteral("Quality gates"));
        QCOMPARE(g.edges.size(), 6);
        QCOMPARE(g.edges.at(1).label, QStringLiteral("plan / TRD"));
        QCOMPARE(g.edges.at(1).line, 22);
        QCOMPARE(g.edges.at(2).label, QStringLiteral("implementation tasks"));
        QCOMPARE(g.edges.at(3).to, QStringLiteral("dec"));
        QVERIFY(g.edges.at(4).dashed);
        QCOMPARE(g.edges.at(4).label, QStringLiteral("schema & plans"));
        QVERIFY(g.edges.at(5).thick);
        QCOMPARE(g.edges.at(5).line, 28);
    }

    void graphTdWithChainsAndHyphenatedIds()
    {
        const MermaidGraph g = MermaidParser::parse(
            QStringLiteral("graph TD\n  A-->B-->C\n  code-reviewer --- test-runner\n  X-.->Y"),
            QStringLiteral("b.md"), 1);
        QVERIFY(g.diagnostics.isEmpty());
        QCOMPARE(g.direction, QStringLiteral("TD"));
        QCOMPARE(g.edges.size(), 4);
        QCOMPARE(g.edges.at(1).from, QStringLiteral("B"));
        QCOMPARE(g.edges.at(2).from, QStringLiteral("code-reviewer"));
        QVERIFY(!g.edges.at(2).directed);
        QVERIFY(g.edges.at(3).dashed);
    }

    void malformedLinesAreReportedAndTheRestRead()
    {
        const QString text = QStringLiteral("graph TD\n"
                                            "    A[api] --> B[checker]\n"
                                            "    B --> C[unclosed\n"
                                            "    C -->\n"
                                            "    subgraph\n"
                                            "    D[runner] ==> A\n"
                                            "    end\n"
                                            "    end\n"
                                            "    subgraph open\n");
        const MermaidGraph g = MermaidParser::parse(text, QStringLiteral("c.md"), 100);
        QList<int> lines;
        for (const Diagnostic& d : g.diagnostics)
            lines.append(d.line);
        QVERIFY2(lines.contains(102), qPrintable(QString::number(lines.size())));
        QVERIFY(lines.contains(103));
        QVERIFY(lines.contains(107)); // the second 'end'
        QVERIFY(lines.contains(108)); // never closed
        QCOMPARE(g.edges.size(), 2);
        QCOMPARE(g.edges.at(1).from, QStringLiteral("D"));
        QCOMPARE(g.node(QStringLiteral("D"))->label, QStringLiteral("runner"));
    }

    void otherDiagramsAreNotFlowcharts()
    {
        const MermaidGraph g = MermaidParser::parse(QStringLiteral("sequenceDiagram\n  A->>B: hi"),
                                                    QStringLiteral("d.md"), 1);
        QVERIFY(!g.isFlowchart);
        QVERIFY(g.edges.isEmpty());
        QVERIFY(g.diagnostics.isEmpty());
    }

    void seedDiagramsParse()
    {
        if (seedsDir().isEmpty())
            QSKIP("no seeds beside this checkout");
        QFile f(seedsDir() + QStringLiteral("/trd-elixir-phoenix-expert-integration.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        int blocks = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() != u"```mermaid")
                continue;
            qsizetype j = i + 1;
            while (j < lines.size() && lines.at(j).trimmed() != u"```")
                ++j;
            const MermaidGraph g = MermaidParser::parse(lines.mid(i + 1, j - i - 1).join(u'\n'),
                                                        QStringLiteral("seed.md"), int(i) + 2);
            QVERIFY(g.isFlowchart);
            QVERIFY2(g.diagnostics.isEmpty(), qPrintable(g.diagnostics.value(0).toString()));
            if (blocks == 0) {
                QCOMPARE(g.node(QStringLiteral("B"))->label,
                         QStringLiteral("ai-mesh-orchestrator"));
                QCOMPARE(g.edges.first().line, 80);
                QCOMPARE(g.edges.size(), 28);
            } else {
                QCOMPARE(g.direction, QStringLiteral("LR"));
                QCOMPARE(g.node(QStringLiteral("TRD001"))->label,
                         QStringLiteral("TRD-001: Agent Definition"));
                QCOMPARE(g.edges.size(), 28);
            }
            ++blocks;
            i = j;
        }
        QCOMPARE(blocks, 2);
    }
};

QTEST_GUILESS_MAIN(TestMermaidParser)
#include "tst_mermaidparser.moc"
