// SPDX-License-Identifier: MIT
#include "graph/graphmodel.h"
#include "project/fileindex.h"
#include "tasks/trdparser.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {
const QString kFixture = QStringLiteral(PWB_FIXTURES "/graph/project");

bool copyTree(const QString& from, const QString& to)
{
    QDir src(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo& fi : src.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + fi.fileName();
        if (fi.isDir() ? !copyTree(fi.filePath(), target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}
} // namespace

class TestGraphModel : public QObject
{
    Q_OBJECT
private slots:
    void snapshotThroughTheTester()
    {
        GraphModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(GraphLoader::load(kFixture, FileIndex::scan(kFixture)));
        QCOMPARE(model.rowCount(), 5); // names nobody defines are diagnostics, not rows
        QCOMPARE(model.columnCount(), int(GraphModel::ColumnCount));
        const int lead = model.rowOf(QStringLiteral("lead-orchestrator"));
        QVERIFY(lead >= 0);
        const QModelIndex name = model.index(lead, GraphModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("lead-orchestrator"));
        QCOMPARE(name.data(GraphModel::ColorRole).toString(), QStringLiteral("#3F51B5"));
        QCOMPARE(model.index(lead, GraphModel::KindColumn).data().toString(),
                 QStringLiteral("orchestrator"));
        QCOMPARE(name.data(GraphModel::SourcePathRole).toString(),
                 QStringLiteral("agents/lead.md"));
        QCOMPARE(name.data(GraphModel::SourceLineRole).toInt(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("security-auditor")), -1);
        // Tasks that touch api-builder: TRD-001 (done) by reference.
        const int api = model.rowOf(QStringLiteral("api-builder"));
        QCOMPARE(model.index(api, 0).data(GraphModel::TasksDoneRole).toInt(), 1);
        // code-checker is named in TRD-002's text; TRD-002 waits on nothing open: to do.
        const int checker = model.rowOf(QStringLiteral("code-checker"));
        QCOMPARE(model.index(checker, 0).data(GraphModel::TasksOpenRole).toInt(), 1);
        // suite-runner's TRD-003 waits on the open TRD-002: blocked.
        const int runner = model.rowOf(QStringLiteral("suite-runner"));
        QCOMPARE(model.index(runner, 0).data(GraphModel::TasksBlockedRole).toInt(), 1);
        QCOMPARE(model.index(runner, GraphModel::TasksColumn).data().toString(),
                 QStringLiteral("0 done / 0 open / 1 blocked"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void taskDocumentsFromTheBoardReplaceTheLoadersOwn()
    {
        GraphModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(GraphLoader::load(kFixture));
        QSignalSpy changed(&model, &GraphModel::graphChanged);
        const int api = model.rowOf(QStringLiteral("api-builder"));
        QCOMPARE(model.index(api, 0).data(GraphModel::TasksDoneRole).toInt(), 1);
        model.setTaskDocuments({});
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.tasks().isEmpty());
        QCOMPARE(model.index(api, 0).data(GraphModel::TasksDoneRole).toInt(), 0);
        QFile f(kFixture + QStringLiteral("/docs/TRD/plan.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        // The board's copy says TRD-002 is done now: TRD-003 is no longer blocked.
        QByteArray bytes = f.readAll();
        bytes.replace("**TRD-002: Review rules** (6h) - **HIGH PRIORITY**",
                      "**TRD-002: Review rules** (6h) - **HIGH PRIORITY** ✅ **COMPLETED**");
        model.setTaskDocuments({TrdParser::parse(bytes, QStringLiteral("docs/TRD/plan.md"))});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.tasks().tasks.size(), 4);
        const int runner = model.rowOf(QStringLiteral("suite-runner"));
        QCOMPARE(model.index(runner, 0).data(GraphModel::TasksBlockedRole).toInt(), 0);
        QCOMPARE(model.index(runner, 0).data(GraphModel::TasksOpenRole).toInt(), 1);
    }

    void taskGraph()
    {
        const GraphSnapshot s = GraphLoader::load(kFixture);
        const TaskGraph& t = s.tasks;
        QCOMPARE(t.tasks.size(), 4);
        QCOMPARE(t.edges.size(), 3);
        QStringList path;
        for (int i : t.criticalPath)
            path.append(t.tasks.at(i).id);
        QCOMPARE(path, (QStringList{QStringLiteral("TRD-001"), QStringLiteral("TRD-002"),
                                    QStringLiteral("TRD-003")}));
        QCOMPARE(t.criticalHours(), 13.0);
        QCOMPARE(t.tasks.at(t.indexOf(QStringLiteral("TRD-003"))).sprint,
                 QStringLiteral("Sprint 2: Quality"));
        QCOMPARE(t.tasks.at(t.indexOf(QStringLiteral("TRD-004"))).agents,
                 QStringList{QStringLiteral("ui-builder")});
        QVERIFY(t.cycleEdges.isEmpty());
        QVERIFY(s.sources.contains(QStringLiteral("docs/TRD/plan.md")));
    }

    void plainTaskListAndCycles()
    {
        QList<TaskNode> nodes;
        for (const char* id : {"A", "B", "C", "D"}) {
            TaskNode n;
            n.id = QLatin1String(id);
            n.hours = 2;
            nodes.append(n);
        }
        // B and C wait on each other: a cycle, reported and flagged, never a hang.
        const TaskGraph g =
            TaskGraph::fromTasks(nodes, {{},
                                         {QStringLiteral("A"), QStringLiteral("C")},
                                         {QStringLiteral("B")},
                                         {QStringLiteral("C"), QStringLiteral("nope")}});
        QCOMPARE(g.edges.size(), 4);
        QCOMPARE(g.cycleEdges.size(), 2);
        QCOMPARE(g.diagnostics.size(), 1);
        QVERIFY(g.diagnostics.first().message.contains(QStringLiteral("B")));
        QVERIFY(!g.criticalPath.isEmpty());
    }

    void loadsOffThreadDropsStaleAndReloadsOnChange()
    {
        QTemporaryDir tmp;
        QVERIFY(copyTree(kFixture, tmp.path()));
        GraphModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &GraphModel::graphChanged);
        QSignalSpy loading(&model, &GraphModel::loadingChanged);
        model.reload(QStringLiteral(PWB_FIXTURES "/graph/broken"));
        model.reload(tmp.path()); // replaces the first before it can land
        QVERIFY(model.isLoading());
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.snapshot().root, tmp.path());
        QCOMPARE(model.rowCount(), 5); // names nobody defines are diagnostics, not rows
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 2);

        QFile f(tmp.filePath(QStringLiteral("agents/new-agent.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\nname: docs-writer\ndescription: Writes guides\n---\n\nhand off to "
                "api-builder.\n");
        f.close();
        QVERIFY(changed.wait(10000));
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.graph()
                    .delegatesTo(QStringLiteral("docs-writer"))
                    .contains(QStringLiteral("api-builder")));
    }
};

QTEST_GUILESS_MAIN(TestGraphModel)
#include "tst_graphmodel.moc"
