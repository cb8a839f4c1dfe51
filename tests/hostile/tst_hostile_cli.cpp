// SPDX-License-Identifier: MIT
// Hostile projects through the real binary: each case builds its input in a temporary
// project beside a sentinel tree, runs `--report` (or `--import`, `--trace`, a GUI
// screenshot) under a memory and a time limit, and checks the outcome: exit 0 or 2, never
// a signal, never past the limit, a message naming the file, and the sentinel unchanged.
#include "hostilerun.h"
#include "ziptestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace pwb;
using namespace pwb::hostile;

class TestHostileCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_root;
    QString m_outside;
    QMap<QString, QByteArray> m_before;

    QString in(const QString& rel) const { return m_root + u'/' + rel; }
    void put(const QString& rel, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(in(rel)).absolutePath());
        QFile f(in(rel));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    void link(const QString& target, const QString& rel)
    {
        QDir().mkpath(QFileInfo(in(rel)).absolutePath());
        QVERIFY2(QFile::link(target, in(rel)), qPrintable(rel));
    }
    void fifo(const QString& rel)
    {
        QDir().mkpath(QFileInfo(in(rel)).absolutePath());
        QCOMPARE(::mkfifo(QFile::encodeName(in(rel)).constData(), 0600), 0);
    }
    // The outcome every case must have.
    void verifyContained(const Run& r, const QStringList& named = {})
    {
        QVERIFY2(r.startError.isEmpty(),
                 qPrintable(QStringLiteral("did not start: ") + r.startError));
        QVERIFY2(r.finished, qPrintable(QStringLiteral("still running after %1 ms").arg(r.ms)));
        QVERIFY2(!r.crashed, r.err.right(2000).constData());
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1: %2")
                                .arg(r.exitCode)
                                .arg(QString::fromUtf8(r.err.right(2000)))));
        const QString all = QString::fromUtf8(r.all());
        for (const QString& n : named)
            QVERIFY2(all.contains(n), qPrintable(n + QStringLiteral(" is not named")));
        QCOMPARE(snapshot(m_outside), m_before);
    }
    Run report()
    {
        return run({QStringLiteral("--report"), m_root, QStringLiteral("--format"),
                    QStringLiteral("json")});
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_root = m_tmp.filePath(QStringLiteral("project"));
        m_outside = m_tmp.filePath(QStringLiteral("outside"));
        QDir(m_root).removeRecursively();
        QDir(m_outside).removeRecursively();
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(QDir().mkpath(m_outside + QStringLiteral("/dir")));
        // The sentinel tree: files a hostile project links to and must never change.
        auto sentinel = [&](const QString& rel, const QByteArray& bytes) {
            QFile f(m_outside + u'/' + rel);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        sentinel(QStringLiteral("trd.md"),
                 "# Outside\n\n**SECRET-001: Not yours** (2h)\n- [ ] do not tick\n");
        sentinel(QStringLiteral("triage.json"), "{\"decisions\": []}\n");
        sentinel(QStringLiteral("mix.exs"), "defmodule Secret.MixProject do\nend\n");
        sentinel(QStringLiteral("agent.md"), "---\nname: secret-agent\n---\nNot yours.\n");
        sentinel(QStringLiteral("dir/lcov.info"), "SF:lib/secret.ex\nDA:1,1\nend_of_record\n");
        put(QStringLiteral("mix.exs"),
            "defmodule Shop.MixProject do\n  use Mix.Project\n  def project do\n"
            "    [app: :shop, version: \"0.1.0\", deps: deps()]\n  end\n"
            "  defp deps, do: [{:phoenix, \"~> 1.7\"}]\nend\n");
        m_before = snapshot(m_outside);
    }

    void linksLeavingTheProjectAreListedNotRead()
    {
        link(m_outside + QStringLiteral("/trd.md"), QStringLiteral("docs/TRD/linked.md"));
        link(m_outside + QStringLiteral("/agent.md"), QStringLiteral("agents/linked.md"));
        link(m_outside + QStringLiteral("/mix.exs"), QStringLiteral("apps/x/mix.exs"));
        link(m_outside + QStringLiteral("/dir"), QStringLiteral("docs/PRD"));
        const Run r = report();
        verifyContained(r,
                        {QStringLiteral("docs/TRD/linked.md"), QStringLiteral("agents/linked.md"),
                         QStringLiteral("outside the project")});
        QVERIFY2(!r.out.contains("SECRET-001"), "a linked-out TRD was read");
        QVERIFY2(!r.out.contains("secret-agent"), "a linked-out agent was read");
        // The file index lists each link with its target and warns about every one.
        const QJsonObject project =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("project")).toObject();
        QStringList listed;
        for (const QJsonValue& v : project.value(QStringLiteral("symlinks")).toArray()) {
            const QJsonObject l = v.toObject();
            QCOMPARE(l.value(QStringLiteral("kind")).toString(), QStringLiteral("outside"));
            QVERIFY(l.value(QStringLiteral("target")).toString().startsWith(m_outside));
            listed << l.value(QStringLiteral("path")).toString();
        }
        QCOMPARE(listed,
                 (QStringList{QStringLiteral("agents/linked.md"), QStringLiteral("apps/x/mix.exs"),
                              QStringLiteral("docs/PRD"), QStringLiteral("docs/TRD/linked.md")}));
        QStringList warned;
        for (const QJsonValue& v : project.value(QStringLiteral("diagnostics")).toArray()) {
            if (v.toObject().value(QStringLiteral("code")).toString() == u"file-link-outside")
                warned << v.toObject().value(QStringLiteral("path")).toString();
        }
        QCOMPARE(warned, listed);
    }

    void devicesAndFifosNeverBlockOrStream()
    {
        // Every project file the headless report reads, as a FIFO and as /dev/zero.
        const QStringList files{QStringLiteral("mix.lock"), QStringLiteral("docs/TRD/zero.md"),
                                QStringLiteral("agents/zero.md")};
        for (const QString& f : files)
            link(QStringLiteral("/dev/zero"), f);
        link(QStringLiteral("/dev/zero"), QStringLiteral("lib/zero.ex")); // never even listed
        fifo(QStringLiteral("docs/TRD/fifo.md"));
        fifo(QStringLiteral("agents/fifo.yaml"));
        fifo(QStringLiteral("lib/fifo.ex"));
        fifo(QStringLiteral("apps/a/mix.exs"));
        Run r = report();
        verifyContained(r, files + QStringList{QStringLiteral("docs/TRD/fifo.md")});
        QVERIFY(r.ms < kTimeLimitMs);
        // mix.exs itself a FIFO: the report still comes out, saying why.
        QVERIFY(QFile::remove(in(QStringLiteral("mix.exs"))));
        fifo(QStringLiteral("mix.exs"));
        r = report();
        verifyContained(r, {QStringLiteral("mix.exs"), QStringLiteral("FIFO")});
        QVERIFY(QFile::remove(in(QStringLiteral("mix.exs"))));
        link(QStringLiteral("/dev/zero"), QStringLiteral("mix.exs"));
        verifyContained(report(), {QStringLiteral("mix.exs")});
    }

    void guiQuitsWithFifosForCoverageAndLastRun()
    {
        // The Tests view reads coverage and the last run when the project opens; with FIFOs
        // and /dev/zero there the window must still load, screenshot and quit.
        fifo(QStringLiteral("lcov.info"));
        link(QStringLiteral("/dev/zero"), QStringLiteral("cover/excoveralls.json"));
        fifo(QStringLiteral(".workbench/last-test-run.jsonl"));
        link(QStringLiteral("/dev/zero"), QStringLiteral(".workbench/triage.json"));
        fifo(QStringLiteral("docs/TRD/fifo.md"));
        const QString shot = m_tmp.filePath(QStringLiteral("tests.png"));
        const Run r =
            run({m_root, QStringLiteral("--view"), QStringLiteral("tests"),
                 QStringLiteral("--screenshot"), shot},
                kTimeLimitMs,
                {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                 {QStringLiteral("PWB_DATA_DIR"), m_tmp.filePath(QStringLiteral("data"))}});
        verifyContained(r);
        QVERIFY(QFileInfo::exists(shot));
    }

    void filesTheUserNamesFollowTheSameRule()
    {
        fifo(QStringLiteral("report.sarif"));
        Run r = run({QStringLiteral("--report"), m_root, QStringLiteral("--import"),
                     in(QStringLiteral("report.sarif"))});
        verifyContained(r, {QStringLiteral("report.sarif")});
        r = run({QStringLiteral("--report"), m_root, QStringLiteral("--import"),
                 QStringLiteral("/dev/zero")});
        verifyContained(r, {QStringLiteral("/dev/zero")});
        fifo(QStringLiteral("trace.zip"));
        r = run({QStringLiteral("--trace"), in(QStringLiteral("trace.zip"))});
        verifyContained(r, {QStringLiteral("trace.zip")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--trace"), QStringLiteral("/dev/zero")});
        verifyContained(r, {QStringLiteral("/dev/zero")});
        QCOMPARE(r.exitCode, 2);
    }

    void oneLongLineIsLinear()
    {
        // 2 MB on one line, every call on it a finding: never ended before (quadratic
        // fingerprints), must now finish well inside the limit.
        QByteArray line = "defmodule Shop.Long do\n  def f(x), do: [";
        while (line.size() < 2'000'000)
            line += "String.to_atom(x), ";
        line += "]\nend\n";
        put(QStringLiteral("lib/shop/long.ex"), line);
        const Run r = report();
        verifyContained(r);
        QVERIFY2(r.out.contains("security/string-to-atom"), "the findings were not reported");
        qInfo("2 MB line: %lld ms", r.ms);
    }

    void deepNestingIsLinear()
    {
        // 200,000 nested do/end blocks, brackets and fns: readers that look at every
        // enclosing block on each line (the links' Elixir facts did) take minutes.
        QByteArray deep = "defmodule Shop.Deep do\n";
        for (int i = 0; i < 200'000; ++i)
            deep += "if a do\n";
        for (int i = 0; i < 200'000; ++i)
            deep += "end\n";
        deep += "end\n";
        put(QStringLiteral("lib/shop/deep.ex"), deep);
        put(QStringLiteral("lib/shop/brackets.ex"),
            "defmodule Shop.Brackets do\n  def f do\n" + QByteArray(500'000, '[') +
                QByteArray(500'000, ']') + "\n  end\nend\n");
        const Run r = report();
        verifyContained(r);
        qInfo("200,000 nested blocks: %lld ms", r.ms);
    }

    void nestedCallsAreLinear()
    {
        // Rules check a call's whole argument: nested calls (raw(raw(...)), SQL in SQL,
        // loops in loops, {:safe, {:safe, ...}}) and a chain of assignments checked each level
        // or name again, 10 s at a depth of 32,000 and growing with its square.
        const int depth = 60'000;
        auto nest = [&](const QByteArray& open, const QByteArray& inner, const QByteArray& close) {
            QByteArray body;
            body.reserve((open.size() + close.size()) * depth + inner.size());
            for (int i = 0; i < depth; ++i)
                body += open;
            body += inner;
            for (int i = 0; i < depth; ++i)
                body += close;
            return body;
        };
        const QByteArray head = "defmodule Shop.Nest do\n  use Phoenix.Component\n"
                                "  def f(params) do\n    ";
        put(QStringLiteral("lib/shop/raw.ex"),
            head + nest("raw(", "params[\"x\"]", ")") + "\n  end\nend\n");
        put(QStringLiteral("lib/shop/safe.ex"),
            head + nest("{:safe, [", "params", "]}") + "\n  end\nend\n");
        put(QStringLiteral("lib/shop/sql.ex"),
            head + nest("Repo.query(fragment(", "\"#{params}\"", "))") + "\n  end\nend\n");
        put(QStringLiteral("lib/shop/loops.ex"),
            head + nest("Enum.map(fn x -> ", "Repo.all(x)", " end)") + "\n  end\nend\n");
        put(QStringLiteral("lib/shop/atoms.ex"),
            head + nest("String.to_atom(", "params", ")") + "\n  end\nend\n");
        QByteArray chain = head;
        for (int i = 0; i < depth; ++i)
            chain += "a" + QByteArray::number(i) + " = ";
        chain += "params[\"x\"]\n    File.read!(a0)\n  end\nend\n";
        put(QStringLiteral("lib/shop/chain.ex"), chain);
        const Run r = report();
        verifyContained(r);
        // The innermost call of each nest is still reported.
        QVERIFY2(r.out.contains("security/raw-html"), "the raw nest was not reported");
        QVERIFY2(r.out.contains("security/string-to-atom"), "the atom nest was not reported");
        qInfo("nested calls, depth %d: %lld ms", depth, r.ms);
    }

    void manyChangesetsAreLinear()
    {
        // A schema with 30,000 changesets: each cast once scanned the whole module again
        // (whether it is an account schema), growing with the square.
        QByteArray src = "defmodule Shop.Orders.Order do\n  use Ecto.Schema\n"
                         "  import Ecto.Changeset\n  schema \"orders\" do\n"
                         "    field :note, :string\n    field :role, :string\n  end\n";
        for (int i = 0; i < 30'000; ++i)
            src += "  def changeset_" + QByteArray::number(i) +
                   "(o, attrs), do: cast(o, attrs, [:note, :role])\n";
        src += "end\n";
        put(QStringLiteral("lib/shop/orders/order.ex"), src);
        const Run r = report();
        verifyContained(r);
        qInfo("30,000 changesets: %lld ms", r.ms);
    }

    void longAgentChartIsLinear()
    {
        // A mermaid chart of 200,000 edges in a Claude Code agent file: each edge end was
        // looked up by a walk over every node (20 minutes).
        QByteArray chart = "---\nname: flow\n---\n```mermaid\ngraph TD\n";
        for (int i = 0; i < 200'000; ++i)
            chart += "  a" + QByteArray::number(i) + " --> a" + QByteArray::number(i + 1) + '\n';
        chart += "```\n";
        put(QStringLiteral(".claude/agents/flow.md"), chart);
        const Run r = report();
        verifyContained(r);
        qInfo("200,000-edge chart: %lld ms", r.ms);
    }

    void repeatedIdsStayBounded()
    {
        // 5 MB repeating one task id (and a sprint listing it): one aggregated line.
        QByteArray trd = "# TRD\n\n";
        while (trd.size() < 5'000'000)
            trd += "**TRD-001: Same** (1h)\n- [ ] again\n\n### Sprint 1\n- TRD-001\n\n";
        put(QStringLiteral("docs/TRD/repeat.md"), trd);
        const Run r = report();
        verifyContained(r, {QStringLiteral("docs/TRD/repeat.md")});
        QVERIFY2(r.out.contains("TRD-001 is defined"), r.out.left(2000).constData());
        // The report is bounded by the input, not by its square.
        QVERIFY2(r.out.size() < 4 * trd.size(),
                 qPrintable(QStringLiteral("%1 bytes of report").arg(r.out.size())));
        qInfo("5 MB repeated ids: %lld ms, %lld bytes of report", r.ms, qint64(r.out.size()));
    }

    void corruptTriageIsReported()
    {
        put(QStringLiteral(".workbench/triage.json"),
            "{\n\"version\": 1,\n\"decisions\": [\n<<<<<<< HEAD\n"
            "{\"fingerprint\":\"aaa\",\"state\":\"confirmed\",\"rule\":\"r\",\"path\":\"p\"},\n"
            "=======\n"
            "{\"fingerprint\":\"bbb\",\"state\":\"fixed\",\"rule\":\"r\",\"path\":\"p\"},\n"
            ">>>>>>> other\n{\"end\": true}\n]\n}\n");
        verifyContained(report());
    }

    void whatHeldStillHolds()
    {
        // Zip bomb among the project's traces, a YAML alias bomb and deep nesting among the
        // agents, a deeply nested TRD, symbolic link loops.
        QVERIFY(QDir().mkpath(in(QStringLiteral("test-results/t"))));
        QVERIFY(ZipTestUtil::write(
            in(QStringLiteral("test-results/t/trace.zip")),
            {{QStringLiteral("trace.trace"), QByteArray(64 * 1024 * 1024, ' ')}}));
        QByteArray bomb =
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char c = 'b'; c <= 'z'; ++c)
            bomb += QByteArray(1, c) + ": &" + c + " [*" + char(c - 1) + ",*" + char(c - 1) + ",*" +
                    char(c - 1) + ",*" + char(c - 1) + ",*" + char(c - 1) + ",*" + char(c - 1) +
                    "]\n";
        put(QStringLiteral("agents/bomb.yaml"), "metadata:\n  name: bomb\n" + bomb);
        put(QStringLiteral("agents/deep.yaml"),
            QByteArray(200'000, '[') + QByteArray(200'000, ']'));
        put(QStringLiteral("agents/deep.md"),
            "---\nname: deep\n---\n```yaml\n" + QByteArray(100'000, '[') + "\n```\n");
        put(QStringLiteral("docs/TRD/deep.md"),
            QByteArray(100'000, '>') + " **TRD-001: x** (1h)\n");
        put(QStringLiteral("docs/TRD/list.md"), [] {
            QByteArray b;
            for (int i = 0; i < 5000; ++i)
                b += QByteArray(i % 200, ' ') + "- item\n";
            return b;
        }());
        link(QStringLiteral("."), QStringLiteral("lib/self"));
        link(in(QStringLiteral("loop2")), QStringLiteral("loop1"));
        link(in(QStringLiteral("loop1")), QStringLiteral("loop2"));
        link(in(QStringLiteral("docs/TRD/loop.md")), QStringLiteral("docs/TRD/loop.md"));
        const Run r = report();
        verifyContained(r, {QStringLiteral("agents/bomb.yaml")});
        qInfo("bombs and loops: %lld ms", r.ms);
    }

    void manyFiles()
    {
        for (int d = 0; d < 100; ++d) {
            const QString dir = in(QStringLiteral("assets/d%1").arg(d));
            QVERIFY(QDir().mkpath(dir));
            for (int f = 0; f < 1000; ++f) {
                QFile file(dir + QStringLiteral("/f%1.txt").arg(f));
                QVERIFY(file.open(QIODevice::WriteOnly));
            }
        }
        const Run r = report();
        verifyContained(r);
        qInfo("100,000 files: %lld ms", r.ms);
    }

    void corruptStoreIsMovedAside()
    {
        const QString data = m_tmp.filePath(QStringLiteral("store"));
        QVERIFY(QDir().mkpath(data));
        {
            QFile f(data + QStringLiteral("/workbench.sqlite"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(100'000, '\xff'));
        }
        const QString shot = m_tmp.filePath(QStringLiteral("board.png"));
        const Run r = run({m_root, QStringLiteral("--view"), QStringLiteral("board"),
                           QStringLiteral("--screenshot"), shot},
                          kTimeLimitMs,
                          {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                           {QStringLiteral("PWB_DATA_DIR"), data}});
        verifyContained(r);
        const QStringList aside =
            QDir(data).entryList({QStringLiteral("workbench.sqlite.corrupt-*")});
        QCOMPARE(aside.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
