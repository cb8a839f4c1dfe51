// SPDX-License-Identifier: MIT
// The headless report, run as users run it: the real binary, no display.
#include "headlessrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReport : public QObject
{
    Q_OBJECT

    using Run = HeadlessRun;
    static Run run(const QStringList& args) { return runHeadless(args, 60000); }

private slots:
    void jsonContractOnTheDemo()
    {
        const Run r = run({QStringLiteral("--report"), QStringLiteral(PWB_DEMO_PROJECT),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonObject project = doc.object().value(QStringLiteral("project")).toObject();
        for (const char* key : {"name", "kind", "root", "apps", "versions", "highlighter"})
            QVERIFY2(project.contains(QLatin1String(key)), key);
        QCOMPARE(project.value(QStringLiteral("kind")).toString(), QStringLiteral("umbrella"));
        const QJsonArray apps = project.value(QStringLiteral("apps")).toArray();
        QVERIFY(apps.size() >= 2);
        bool anyPhoenix = false;
        for (const QJsonValue& a : apps) {
            QVERIFY(a.toObject().contains(QStringLiteral("path")));
            anyPhoenix |= a.toObject().value(QStringLiteral("phoenix")).toBool();
        }
        QVERIFY(anyPhoenix);
        QVERIFY(project.value(QStringLiteral("versions"))
                    .toObject()
                    .contains(QStringLiteral("phoenix")));
        const QString hl = project.value(QStringLiteral("highlighter")).toString();
        QVERIFY(hl == u"builtin" || hl.startsWith(QStringLiteral("KSyntaxHighlighting ")));
        const QJsonObject vcs = doc.object().value(QStringLiteral("vcs")).toObject();
        QVERIFY(vcs.contains(QStringLiteral("state")));
    }

    // A fenced ```yaml block holding a list, in a TRD and in an agent file, once crashed the
    // report (two global YamlNode types in one program). It must read and exit 0.
    void fencedYamlListsInMarkdown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString& rel, const QByteArray& text) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(rel).path()));
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("mix.exs"), "defmodule A.MixProject do\n  use Mix.Project\n"
                                         "  def project, do: [app: :a, version: \"0.1.0\"]\nend\n");
        write(QStringLiteral("docs/TRD/plan.md"), "```yaml\n- a\n```\n");
        write(QStringLiteral("agents/lead.md"),
              "---\nname: lead\ndescription: Leads\n---\n```yaml\n- a\n- b: [c]\n```\n");
        for (const char* format : {"json", "text"}) {
            const Run r = run({QStringLiteral("--report"), dir.path(), QStringLiteral("--format"),
                               QLatin1String(format)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(!r.out.isEmpty());
        }
    }

    // Quiet by default; --verbose turns the pwb.* categories on, on stderr only.
    void verboseLogsToStderr()
    {
        const QStringList args{QStringLiteral("--report"), QStringLiteral(PWB_DEMO_PROJECT),
                               QStringLiteral("--format"), QStringLiteral("json")};
        const Run quiet = run(args);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains("pwb."), quiet.err.constData());
        const Run loud = run(args + QStringList{QStringLiteral("--verbose")});
        QCOMPARE(loud.exitCode, 0);
        QVERIFY2(loud.err.contains("pwb.app:"), loud.err.constData());
        QJsonParseError pe;
        QJsonDocument::fromJson(loud.out, &pe); // stdout is still only the report
        QCOMPARE(pe.error, QJsonParseError::NoError);
    }

    void textFormat()
    {
        const Run r =
            run({QStringLiteral("--report"), QStringLiteral(PWB_FIXTURES "/projects/phoenix_app")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Phoenix project blog"));
        QVERIFY(r.out.contains("phoenix_live_view"));
    }

    void badPathExitsNonZeroWithAMessage()
    {
        const Run r = run({QStringLiteral("--report"), QStringLiteral("/nonexistent/x"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("/nonexistent/x"));
        QVERIFY(r.out.isEmpty());
    }

    void badArgumentsExitNonZero()
    {
        QCOMPARE(run({QStringLiteral("--report"), QStringLiteral("."), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
