// SPDX-License-Identifier: MIT
// The graph's headless side, run as users run it: the real binary, no display.
#include "headlessrun.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGraphExport : public QObject
{
    Q_OBJECT

    using Run = HeadlessRun;
    static Run run(const QStringList& args) { return runHeadless(args, 60000); }

private slots:
    void reportHasTheGraphSection()
    {
        const Run r = run({QStringLiteral("--report"), QStringLiteral(PWB_DEMO_PROJECT),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject graph =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("graph")).toObject();
        for (const char* key : {"agents", "nodes", "edges", "diagnostics"})
            QVERIFY2(graph.contains(QLatin1String(key)), key);
        QVERIFY(graph.value(QStringLiteral("nodes")).toInt() >= 10);
        // Every edge carries its kind and the place that states it (path:line).
        const QJsonArray edges = graph.value(QStringLiteral("edges")).toArray();
        QVERIFY(edges.size() >= 20);
        for (const QJsonValue& v : edges) {
            const QJsonObject e = v.toObject();
            for (const char* key : {"from", "to", "kind", "source"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(QStringList({QStringLiteral("delegation"), QStringLiteral("handoff"),
                                 QStringLiteral("collaboration")})
                        .contains(e.value(QStringLiteral("kind")).toString()));
            QVERIFY(e.value(QStringLiteral("source")).toString().contains(u':'));
        }
        QVERIFY(graph.value(QStringLiteral("edge_count")).toInt() >= 20);
        bool mesh = false;
        for (const QJsonValue& v : graph.value(QStringLiteral("agents")).toArray()) {
            const QJsonObject a = v.toObject();
            for (const char* key : {"name", "kind", "source", "delegates_to"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            if (a.value(QStringLiteral("name")).toString() == u"ai-mesh-orchestrator") {
                mesh = true;
                QCOMPARE(a.value(QStringLiteral("kind")).toString(),
                         QStringLiteral("orchestrator"));
                QCOMPARE(a.value(QStringLiteral("source")).toString(),
                         QStringLiteral("agents/ai-mesh-orchestrator.md"));
                QVERIFY(a.value(QStringLiteral("delegates_to"))
                            .toArray()
                            .contains(QStringLiteral("tech-lead-orchestrator")));
            }
        }
        QVERIFY(mesh);
        bool dangling = false;
        for (const QJsonValue& v : graph.value(QStringLiteral("diagnostics")).toArray()) {
            const QJsonObject d = v.toObject();
            for (const char* key : {"path", "line", "message"})
                QVERIFY2(d.contains(QLatin1String(key)), key);
            dangling |= d.value(QStringLiteral("message"))
                            .toString()
                            .contains(QStringLiteral("security-auditor")) &&
                        d.value(QStringLiteral("path")).toString() == u"agents/code-reviewer.md" &&
                        d.value(QStringLiteral("line")).toInt() > 0;
        }
        QVERIFY(dangling);

        const Run text = run({QStringLiteral("--report"), QStringLiteral(PWB_DEMO_PROJECT)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Delegation graph: "));
        QVERIFY(text.out.contains("security-auditor"));
    }

    void exportsSvgAndPngWithoutADisplay()
    {
        QTemporaryDir tmp;
        const QString svg = tmp.filePath(QStringLiteral("delegation.svg"));
        const Run a = run({QStringLiteral("--export-graph"), QStringLiteral("delegation"), svg,
                           QStringLiteral(PWB_DEMO_PROJECT)});
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("elixir-phoenix-expert"));
        QVERIFY(text.contains("<path")); // edges drawn as vectors
        // The legend names the edge kinds the styles stand for.
        for (const char* kind : {"delegation", "handoff", "collaboration"})
            QVERIFY2(text.contains(kind), kind);

        const QString png = tmp.filePath(QStringLiteral("deps.png"));
        const Run b = run({QStringLiteral("--export-graph"), QStringLiteral("dependencies"), png,
                           QStringLiteral("--demo")});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200);
    }

    void badInvocations()
    {
        QTemporaryDir tmp;
        QCOMPARE(run({QStringLiteral("--export-graph"), QStringLiteral("sideways"),
                      tmp.filePath(QStringLiteral("x.svg"))})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--export-graph"), QStringLiteral("delegation")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--export-graph"), QStringLiteral("delegation"),
                      tmp.filePath(QStringLiteral("x.svg")), QStringLiteral("/nonexistent/x")})
                     .exitCode,
                 2);
        // An empty project: nothing to draw, said so, nothing written.
        const Run empty = run({QStringLiteral("--export-graph"), QStringLiteral("delegation"),
                               tmp.filePath(QStringLiteral("e.svg")), tmp.path()});
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(empty.err.contains("no agent definitions"));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("e.svg"))));
    }
};

QTEST_GUILESS_MAIN(TestGraphExport)
#include "tst_graphexport.moc"
