// SPDX-License-Identifier: MIT
// `--run-tests` as CI runs it: the real binary, no display, the demo's domain app.
#include "headlessrun.h"

#include "commandline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

class TestRunTests : public QObject
{
    Q_OBJECT

    using Run = HeadlessRun;
    static Run run(const QStringList& args) { return runHeadless(args, 300000); }

private slots:
    void commandLine()
    {
        const char* argv[] = {"pwb", "--run-tests", "/p"};
        QVERIFY(CommandLine::isHeadless(3, const_cast<char**>(argv)));
        CommandLine cl = CommandLine::parse({"pwb", "--run-tests", "/p", "--app", "shop", "--cover",
                                             "--junit", "/tmp/j.xml", "--format", "json"});
        QCOMPARE(cl.mode, CommandLine::Mode::RunTests);
        QCOMPARE(cl.path, QStringLiteral("/p"));
        QCOMPARE(cl.app, QStringLiteral("shop"));
        QVERIFY(cl.cover);
        QCOMPARE(cl.junit, QStringLiteral("/tmp/j.xml"));
        cl = CommandLine::parse({"pwb", "--report", "/p", "--cover"});
        QCOMPARE(cl.mode, CommandLine::Mode::Error);
    }

    // A start that fails before any test: the error line mix printed reaches both the
    // progress output and the JSON (tests.error), and the exit status says "could not run".
    void failedStartPrintsTheErrorLine()
    {
        QTemporaryDir bin;
        const QString fake = bin.filePath(QStringLiteral("elixir"));
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/testing/fake/log.sh"), fake));
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::ExeOwner));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("PATH"), bin.path() + u':' + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("FAKE_LOG"),
                   QStringLiteral(PWB_FIXTURES "/testing/logs/mkdir_denied.log"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PWB_BINARY), {QStringLiteral("--run-tests"),
                                             QStringLiteral(PWB_FIXTURES "/testing/sample_project"),
                                             QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("could not make directory"), err.constData());
        const QJsonObject tests = QJsonDocument::fromJson(p.readAllStandardOutput())
                                      .object()
                                      .value(QStringLiteral("tests"))
                                      .toObject();
        QVERIFY(tests.value(QStringLiteral("error"))
                    .toString()
                    .endsWith(QStringLiteral("permission denied")));
    }

    void demoShopAsJson()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("elixir")).isEmpty())
            QSKIP("elixir is not installed");
        QTemporaryDir tmp;
        const QString junit = tmp.filePath(QStringLiteral("junit.xml"));
        const Run r = run({QStringLiteral("--run-tests"), QStringLiteral(PWB_DEMO_PROJECT),
                           QStringLiteral("--app"), QStringLiteral("shop"),
                           QStringLiteral("--cover"), QStringLiteral("--junit"), junit,
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1); // the demo's suite has two planted failures
        QVERIFY(r.err.contains("Running mix test in apps/shop"));
        QVERIFY(r.err.contains("FAIL apps/shop/test/"));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QVERIFY(doc.object().contains(QStringLiteral("project")));
        const QJsonObject tests = doc.object().value(QStringLiteral("tests")).toObject();
        for (const char* key : {"app", "total", "passed", "failed", "skipped", "excluded",
                                "invalid", "seconds", "failures", "coverage"})
            QVERIFY2(tests.contains(QLatin1StringView(key)), key);
        QCOMPARE(tests.value(QStringLiteral("app")).toString(), QStringLiteral("shop"));
        QCOMPARE(tests.value(QStringLiteral("failed")).toInt(), 2);
        QVERIFY(tests.value(QStringLiteral("passed")).toInt() > 20);
        QVERIFY(tests.value(QStringLiteral("skipped")).toInt() >= 1);
        QVERIFY(tests.value(QStringLiteral("seconds")).toDouble() > 0);
        const QJsonArray failures = tests.value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), 2);
        QStringList categories;
        for (const QJsonValue& v : failures) {
            const QJsonObject f = v.toObject();
            for (const char* key : {"test", "module", "file", "line", "category"})
                QVERIFY2(f.contains(QLatin1StringView(key)), key);
            QVERIFY(f.value(QStringLiteral("file"))
                        .toString()
                        .startsWith(QStringLiteral("apps/shop/test/")));
            QVERIFY(f.value(QStringLiteral("line")).toInt() > 0);
            categories << f.value(QStringLiteral("category")).toString();
        }
        categories.sort();
        QCOMPARE(categories,
                 (QStringList{QStringLiteral("assertion"), QStringLiteral("match-error")}));
        const QJsonObject cov = tests.value(QStringLiteral("coverage")).toObject();
        QVERIFY(cov.value(QStringLiteral("total")).toDouble() > 0);
        QVERIFY(cov.value(QStringLiteral("modules")).toArray().size() > 3);
        QVERIFY(QFileInfo(junit).size() > 500);
    }

    void webAppWithoutDepsFailsClearly()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("elixir")).isEmpty())
            QSKIP("elixir is not installed");
        const Run r = run({QStringLiteral("--run-tests"), QStringLiteral(PWB_DEMO_PROJECT),
                           QStringLiteral("--app"), QStringLiteral("shop_web")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("Dependencies are not fetched"), r.out.constData());
        QVERIFY(r.out.contains("mix deps.get"));
        QVERIFY(r.out.contains("tests (shop_web)"));
    }

    void unknownAppIsAnError()
    {
        const Run r = run({QStringLiteral("--run-tests"), QStringLiteral(PWB_DEMO_PROJECT),
                           QStringLiteral("--app"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no app 'nope'"));
        QVERIFY(r.err.contains("shop_web"));
    }
};

QTEST_GUILESS_MAIN(TestRunTests)
#include "tst_runtests.moc"
