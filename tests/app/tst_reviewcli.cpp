// SPDX-License-Identifier: MIT
// The review part of the headless report, run as users run it: the real binary, no display.
#include "headlessrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReviewCli : public QObject
{
    Q_OBJECT

    using Run = HeadlessRun;
    static Run run(const QStringList& args) { return runHeadless(args, 120000); }

private slots:
    void findingsSectionOnTheDemo()
    {
        const Run r = run({QStringLiteral("--report"), QStringLiteral(PWB_DEMO_PROJECT),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject f =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toObject();
        for (const char* key : {"total", "by_severity", "by_rule", "files_analyzed",
                                "lines_analyzed", "ms", "doc_coverage", "diagnostics", "rules"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f.size(), 9);
        // The rules that ran: every rule on by default, not the opt-in ones.
        const QJsonArray ran = f.value(QStringLiteral("rules")).toArray();
        QVERIFY(ran.contains(QStringLiteral("security/check-origin")));
        QVERIFY(ran.contains(QStringLiteral("syntax")));
        QVERIFY(!ran.contains(QStringLiteral("documentation/doc-missing")));
        const QJsonObject sev = f.value(QStringLiteral("by_severity")).toObject();
        QCOMPARE(sev.keys(), (QStringList{QStringLiteral("high"), QStringLiteral("low"),
                                          QStringLiteral("medium")}));
        const int total = f.value(QStringLiteral("total")).toInt();
        QCOMPARE(sev.value(QStringLiteral("high")).toInt() +
                     sev.value(QStringLiteral("medium")).toInt() +
                     sev.value(QStringLiteral("low")).toInt(),
                 total);
        const QJsonObject rules = f.value(QStringLiteral("by_rule")).toObject();
        int sum = 0;
        for (const QJsonValue& v : rules)
            sum += v.toInt();
        QCOMPARE(sum, total);
        QVERIFY(rules.value(QStringLiteral("security/sql-interpolation")).toInt() >= 2);
        QVERIFY(f.value(QStringLiteral("files_analyzed")).toInt() > 20);
        QVERIFY(f.value(QStringLiteral("lines_analyzed")).toDouble() > 1000);
        const double cov = f.value(QStringLiteral("doc_coverage")).toDouble();
        QVERIFY(cov > 0 && cov <= 100);

        const Run text = run({QStringLiteral("--report"), QStringLiteral(PWB_DEMO_PROJECT)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("findings:"));
        QVERIFY(text.out.contains("doc coverage:"));
    }

    // A file with a syntax error is reported (diagnostics, a `syntax` finding, SARIF), and
    // an opt-in rule runs when asked for.
    void syntaxErrorsReachTheReportAndSarif()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(QStringLiteral("lib"));
        QFile src(dir.filePath(QStringLiteral("lib/broken.ex")));
        QVERIFY(src.open(QIODevice::WriteOnly));
        src.write("defmodule Broken do\n  def f(x) do\n    Enum.map(x, fn y -> y end\n  end\nend\n"
                  "defmodule Undocumented do\n  @moduledoc \"U.\"\n  def g, do: 1\nend\n");
        src.close();
        const QString sarif = dir.filePath(QStringLiteral("out.sarif"));
        const Run r =
            run({QStringLiteral("--report"), dir.path(), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--sarif"), sarif,
                 QStringLiteral("--enable-rule"), QStringLiteral("documentation/doc-missing")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject f =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toObject();
        const QJsonArray diags = f.value(QStringLiteral("diagnostics")).toArray();
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags.first().toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(
            f.value(QStringLiteral("by_rule")).toObject().value(QStringLiteral("syntax")).toInt(),
            1);
        QVERIFY(f.value(QStringLiteral("rules"))
                    .toArray()
                    .contains(QStringLiteral("documentation/doc-missing")));
        QFile out(sarif);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(out.readAll())
                                       .object()
                                       .value(QStringLiteral("runs"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        bool syntax = false;
        for (const QJsonValue& v : results)
            syntax = syntax || v.toObject().value(QStringLiteral("ruleId")).toString() == u"syntax";
        QVERIFY(syntax);
    }

    void sarifAndImports()
    {
        QTemporaryDir dir;
        const QString sarif = dir.filePath(QStringLiteral("out.sarif"));
        const QString project = QStringLiteral(PWB_FIXTURES "/review/import/project");
        const Run r = run({QStringLiteral("--sarif"), sarif, QStringLiteral("--import"),
                           QStringLiteral(PWB_FIXTURES "/review/import/credo.json"),
                           QStringLiteral("--import"),
                           QStringLiteral(PWB_FIXTURES "/review/import/sobelow.json"),
                           QStringLiteral("--format"), QStringLiteral("json"), project});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The ../outside path in credo.json is refused, with a message naming it.
        QVERIFY2(r.err.contains("outside the project"), r.err.constData());
        const QJsonObject f =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toObject();
        const QJsonObject rules = f.value(QStringLiteral("by_rule")).toObject();
        QCOMPARE(rules.value(QStringLiteral("SQL.Query")).toInt(), 1);
        QCOMPARE(rules.value(QStringLiteral("Credo.Check.Warning.IoInspect")).toInt(), 1);
        QFile out(sarif);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(out.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        QStringList tools;
        int results = 0;
        for (const QJsonValue& run : doc.value(QStringLiteral("runs")).toArray()) {
            tools << run[QStringLiteral("tool")][QStringLiteral("driver")][QStringLiteral("name")]
                         .toString();
            results += int(run[QStringLiteral("results")].toArray().size());
        }
        tools.sort();
        QCOMPARE(tools, (QStringList{QStringLiteral("credo"), QStringLiteral("sobelow"),
                                     QStringLiteral("workbench")}));
        QCOMPARE(results, f.value(QStringLiteral("total")).toInt());

        // A malformed import is reported where it broke; the report still comes out.
        const Run bad = run({QStringLiteral("--report"), project, QStringLiteral("--import"),
                             QStringLiteral(PWB_FIXTURES "/review/import/broken.json")});
        QCOMPARE(bad.exitCode, 0);
        QVERIFY2(bad.err.contains("broken.json:3:"), bad.err.constData());
        // An unwritable SARIF target fails the run.
        const Run unwritable = run({QStringLiteral("--report"), project, QStringLiteral("--sarif"),
                                    dir.filePath(QStringLiteral("no/such/dir/out.sarif"))});
        QCOMPARE(unwritable.exitCode, 3);
        QVERIFY(unwritable.err.contains("cannot write"));
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
