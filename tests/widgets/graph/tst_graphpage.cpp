// SPDX-License-Identifier: MIT
#include "common/emptystate.h"
#include "graph/graphinspector.h"
#include "graph/graphlegend.h"
#include "graph/graphmodel.h"
#include "graph/graphpage.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "store/database.h"
#include "workspace/project.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace pwb;

namespace {
const QString kFixture = QStringLiteral(PWB_FIXTURES "/graph/project");

bool waitForGraph(GraphPage& page, int nodes)
{
    return QTest::qWaitFor(
        [&] { return !page.isLayingOut() && page.scene()->nodeCount() == nodes; }, 20000);
}
} // namespace

class TestGraphPage : public QObject
{
    Q_OBJECT
private slots:
    void emptyStateWithoutAgents()
    {
        QTemporaryDir tmp;
        Project project;
        GraphPage page(&project);
        page.resize(900, 600);
        page.show();
        QVERIFY(page.emptyState()->isVisibleTo(&page));
        QVERIFY(page.emptyState()->text().contains(QStringLiteral("Open a project")));
        QVERIFY(project.open(tmp.path()));
        QTRY_VERIFY_WITH_TIMEOUT(
            project.isOpen() && !project.graph()->isLoading() &&
                page.emptyState()->text().contains(QStringLiteral("No agent definitions")),
            10000);
        QVERIFY(page.emptyState()->isVisibleTo(&page));
        page.setMode(GraphMode::Dependencies);
        QVERIFY(page.emptyState()->text().contains(QStringLiteral("No TRD tasks")));
    }

    void delegationGraphInspectorAndOpening()
    {
        Project project;
        GraphPage page(&project);
        page.resize(1100, 700);
        page.show();
        QSignalSpy open(&page, &GraphPage::openFileRequested);
        QVERIFY(project.open(kFixture));
        QVERIFY(waitForGraph(page, 5));
        QVERIFY(!page.emptyState()->isVisibleTo(&page));
        GraphScene* scene = page.scene();
        for (int i = 0; i < scene->nodeCount(); ++i)
            for (int j = i + 1; j < scene->nodeCount(); ++j)
                QVERIFY(!scene->nodeRect(i).intersects(scene->nodeRect(j)));
        // Problems are listed and lead to their file and line.
        QVERIFY(page.problems()->count() >= 3);
        bool dangling = false;
        for (int i = 0; i < page.problems()->count(); ++i)
            dangling |=
                page.problems()->item(i)->text().contains(QStringLiteral("security-auditor"));
        QVERIFY(dangling);
        emit page.problems()->itemActivated(page.problems()->item(0));
        QCOMPARE(open.count(), 1);

        // Select an agent: the inspector shows its definition; its neighbours light up.
        const int lead = scene->presentation().indexOf(QStringLiteral("lead-orchestrator"));
        scene->selectNode(lead);
        QCOMPARE(page.inspector()->node(), lead);
        const QString html = page.inspector()->toHtml();
        QVERIFY(html.contains(QStringLiteral("agents/lead.md:2")));
        QVERIFY(html.contains(QStringLiteral("Plans the work")));
        QVERIFY(html.contains(QStringLiteral("Read, Grep, Task")));
        QVERIFY(scene->highlighted().contains(
            scene->presentation().indexOf(QStringLiteral("api-builder"))));
        QCOMPARE(scene->presentation().indexOf(QStringLiteral("ghost-writer")), -1);

        // The source link opens the editor at the definition's line.
        emit page.inspector()->anchorClicked(
            QUrl(QStringLiteral("open?path=agents/lead.md&line=2")));
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.last().at(0).toString(), QStringLiteral("agents/lead.md"));
        QCOMPARE(open.last().at(1).toInt(), 2);
        // Keyboard: Enter on the view opens the selected node's source; Escape clears.
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(open.count(), 3);
        QTest::keyClick(page.view(), Qt::Key_Escape);
        QCOMPARE(scene->selectedNode(), -1);
        QVERIFY(scene->highlighted().isEmpty());
        QTest::keyClick(page.view(), Qt::Key_Tab);
        QCOMPARE(scene->selectedNode(), 0);

        // Search.
        const int checker = page.findNode(QStringLiteral("CHECKER"));
        QCOMPARE(scene->presentation().nodes.at(checker).key, QStringLiteral("code-checker"));
        QCOMPARE(page.findNode(QStringLiteral("no such agent")), -1);

        // Zoom and fit.
        const double before = page.view()->zoom();
        QTest::keyClick(page.view(), Qt::Key_Plus);
        QVERIFY(page.view()->zoom() > before);
        QTest::keyClick(page.view(), Qt::Key_0);

        // Export.
        QTemporaryDir tmp;
        const QString svg = tmp.filePath(QStringLiteral("g.svg"));
        QString error;
        QVERIFY2(page.exportSvg(svg, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svgText = f.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("lead-orchestrator"));
        const QString png = tmp.filePath(QStringLiteral("g.png"));
        QVERIFY2(page.exportPng(png, &error), qPrintable(error));
        QVERIFY(!QImage(png).isNull());
    }

    void dependenciesModeAndPalette()
    {
        Project project;
        GraphPage page(&project);
        page.resize(1100, 700);
        page.show();
        QVERIFY(project.open(kFixture));
        QVERIFY(waitForGraph(page, 5));
        auto* kinds = page.findChild<QToolButton*>(QStringLiteral("graphAgentKinds"));
        QVERIFY(kinds && kinds->isVisible());
        page.setMode(GraphMode::Dependencies);
        QVERIFY(waitForGraph(page, 4));
        // Agent filters leave the tool bar (hidden through its actions, which a tool bar needs).
        QVERIFY(!kinds->isVisible());
        QVERIFY(!page.findChild<QToolButton*>(QStringLiteral("graphGroupByKind"))->isVisible());
        const GraphPresentation& p = page.scene()->presentation();
        QCOMPARE(p.mode, GraphMode::Dependencies);
        QVERIFY(p.nodes.at(p.indexOf(QStringLiteral("TRD-003"))).critical);
        QCOMPARE(p.nodes.at(p.indexOf(QStringLiteral("TRD-003"))).status, TaskStatus::Blocked);
        QCOMPARE(p.clusters.size(), 2);
        page.scene()->selectNode(p.indexOf(QStringLiteral("TRD-002")));
        QVERIFY(page.inspector()->toHtml().contains(QStringLiteral("Sprint 1: Foundation")));
        // Issue 19.6: "Done: marked ▯ **COMPLETED**" -- no raw markdown, no glyph the
        // font cannot draw.
        page.scene()->selectNode(p.indexOf(QStringLiteral("TRD-001")));
        const QString shown = page.inspector()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("COMPLETED")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("**")), qPrintable(shown));
        const QFontMetrics fm(page.inspector()->font());
        for (uint cp : shown.toUcs4())
            QVERIFY2(cp < 0x80 || fm.inFontUcs4(cp), qPrintable(QString::number(cp, 16)));

        QVERIFY(!page.scene()->colors().dark);
        QPalette dark = page.palette();
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
        page.setPalette(dark);
        QVERIFY(page.scene()->colors().dark);
        QCOMPARE(page.scene()->backgroundBrush().color(), QColor(0x20, 0x20, 0x24));
    }

    // Forty agents, 179 edges of three kinds: the page must stay readable.
    void fortyAgentsSelectionFocusAndFilters()
    {
        Project project;
        GraphPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(project.open(QStringLiteral(PWB_FIXTURES "/graph/team40")));
        QVERIFY(waitForGraph(page, 40));
        GraphScene* scene = page.scene();
        const GraphPresentation& p = scene->presentation();
        // Grouped by kind, with a legend beside the graph.
        QCOMPARE(p.clusters.size(), 4);
        QVERIFY(page.legend()->isVisible());
        QVERIFY(page.legend()->height() > 100);
        // The opening zoom keeps labels readable rather than fitting 40 boxes in the window.
        QVERIFY2(page.view()->zoom() >= GraphView::kReadableZoom - 1e-6,
                 qPrintable(QString::number(page.view()->zoom())));

        // Selecting an agent brings out only its own edges and its direct neighbours.
        const int lead = p.indexOf(QStringLiteral("release-orchestrator"));
        scene->selectNode(lead);
        QSet<int> neighbours{lead};
        int own = 0;
        for (int i = 0; i < p.edges.size(); ++i) {
            const PresentedEdge& e = p.edges.at(i);
            const bool touches = e.from == lead || e.to == lead;
            QCOMPARE(scene->isEdgeHighlighted(i), touches);
            if (touches) {
                ++own;
                neighbours.insert(e.from);
                neighbours.insert(e.to);
            }
        }
        QVERIFY(own >= 9);
        QCOMPARE(scene->highlighted(), neighbours);
        QVERIFY(neighbours.size() < 20); // not "nearly everything"

        // Edge kinds: hiding collaboration hides exactly those edges.
        page.edgeKindButton(EdgeKind::Collaboration)->click();
        int collab = 0;
        for (int i = 0; i < p.edges.size(); ++i) {
            const bool isCollab = p.edges.at(i).kind == EdgeKind::Collaboration;
            collab += isCollab ? 1 : 0;
            QCOMPARE(scene->isEdgeShown(i), !isCollab);
        }
        QVERIFY(collab > 10);
        page.edgeKindButton(EdgeKind::Collaboration)->click();

        // Agent kinds: hiding Quality hides its agents and their edges.
        scene->selectNode(-1);
        page.agentKindAction(AgentKind::Quality)->setChecked(false);
        for (int i = 0; i < p.nodes.size(); ++i)
            QCOMPARE(scene->isNodeShown(i), p.nodes.at(i).kind != AgentKind::Quality);
        page.agentKindAction(AgentKind::Quality)->setChecked(true);
        for (int i = 0; i < p.nodes.size(); ++i)
            QVERIFY(scene->isNodeShown(i));

        // Focus: the selection and its neighbours within one hop, nothing else.
        scene->selectNode(lead);
        page.setFocusHops(1);
        const QList<int> near = p.neighbourhood(lead, 1);
        for (int i = 0; i < p.nodes.size(); ++i)
            QCOMPARE(scene->isNodeShown(i), near.contains(i));
        page.setFocusHops(2);
        QVERIFY(p.neighbourhood(lead, 2).size() > near.size());
        page.setFocusHops(0);

        // Search: typing selects the first match.
        QTest::keyClicks(page.searchField(), QStringLiteral("payments"));
        QCOMPARE(scene->selectedNode(), p.indexOf(QStringLiteral("payments-specialist")));

        // The inspector of an agent kept as .md and .yaml lists both files.
        scene->selectNode(p.indexOf(QStringLiteral("code-reviewer")));
        const QString html = page.inspector()->toHtml();
        QVERIFY(html.contains(QStringLiteral("agents/code-reviewer.md")));
        QVERIFY(html.contains(QStringLiteral("agents/yaml/code-reviewer.yaml")));
        QVERIFY(html.contains(QStringLiteral("Collaborates with")));

        // Ungrouped: laid out again without clusters.
        page.groupByKindButton()->click();
        QVERIFY(QTest::qWaitFor(
            [&] { return !page.isLayingOut() && scene->presentation().clusters.isEmpty(); },
            20000));
        QCOMPARE(scene->nodeCount(), 40);
    }

    void selectionRequestedBeforeTheLayout()
    {
        Project project;
        GraphPage page(&project);
        page.resize(1100, 700);
        page.show();
        page.selectWhenShown(QStringLiteral("code-checker"));
        QVERIFY(project.open(kFixture));
        QVERIFY(waitForGraph(page, 5));
        QCOMPARE(page.scene()->selectedNode(),
                 page.scene()->presentation().indexOf(QStringLiteral("code-checker")));
    }

    void reopeningUsesTheCachedLayout()
    {
        QTemporaryDir tmp;
        Database db(tmp.filePath(QStringLiteral("w.sqlite")));
        QVERIFY(db.isOpen());
        for (bool again : {false, true}) {
            Project project;
            GraphPage page(&project);
            page.setDatabase(&db);
            page.resize(1100, 700);
            page.show();
            QVERIFY(project.open(kFixture));
            QVERIFY(waitForGraph(page, 5));
            QCOMPARE(page.lastLayoutCached(), again);
        }
    }

    void fiveHundredNodesStayResponsive()
    {
        QTemporaryDir tmp;
        QDir().mkpath(tmp.filePath(QStringLiteral("agents")));
        for (int i = 0; i < 500; ++i) {
            QFile f(tmp.filePath(QStringLiteral("agents/agent-%1.md").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray text =
                "---\nname: agent-" + QByteArray::number(i) + "\ndescription: generated\n---\n\n";
            if (i > 0)
                text += "Delegate to agent-" + QByteArray::number((i - 1) / 2) + ".\n";
            if (i > 3)
                text += "Hand off to agent-" + QByteArray::number(i / 3) + ".\n";
            f.write(text);
        }
        Project project;
        GraphPage page(&project);
        page.resize(1100, 700);
        page.show();
        QVERIFY(project.open(tmp.path()));
        QVERIFY(QTest::qWaitFor([&] { return page.isLayingOut(); }, 20000));
        // While dot works, the progress shows and the GUI thread keeps serving events.
        QVERIFY(page.findChild<QProgressBar*>(QStringLiteral("graphProgress"))->isVisible());
        bool ticked = false;
        QTimer::singleShot(0, &page, [&] { ticked = true; });
        QVERIFY(QTest::qWaitFor([&] { return ticked; }, 1000));
        QVERIFY(waitForGraph(page, 500));
        QVERIFY(!page.findChild<QProgressBar*>(QStringLiteral("graphProgress"))->isVisible());
    }
};

QTEST_MAIN(TestGraphPage)
#include "tst_graphpage.moc"
