// SPDX-License-Identifier: MIT
// The headless report, run as users run it: the real binary, no display.
#include "headlessrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
