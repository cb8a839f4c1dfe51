// SPDX-License-Identifier: MIT
#include "project/projectdetector.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(PWB_FIXTURES "/projects/") + QLatin1String(name);
}
} // namespace

class TestProjectDetector : public QObject
{
    Q_OBJECT
private slots:
    void phoenixApp()
    {
        QString error;
        const auto info = ProjectDetector::detect(fixture("phoenix_app"), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->kind, ProjectKind::Phoenix);
        QCOMPARE(info->name, QStringLiteral("blog"));
        QCOMPARE(info->elixirRequirement, QStringLiteral("~> 1.14"));
        QCOMPARE(info->apps.size(), 1);
        QVERIFY(info->apps.first().phoenix);
        QVERIFY(info->apps.first().liveView);
        QCOMPARE(info->apps.first().path, QStringLiteral("."));
        // Locked versions win over requirements; declared-only packages keep the requirement.
        QCOMPARE(info->versions.value(QStringLiteral("phoenix")).display(),
                 QStringLiteral("1.7.14"));
        QCOMPARE(info->versions.value(QStringLiteral("phoenix")).requirement,
                 QStringLiteral("~> 1.7.14"));
        QCOMPARE(info->versions.value(QStringLiteral("phoenix_live_view")).display(),
                 QStringLiteral("0.20.17"));
        QCOMPARE(info->versions.value(QStringLiteral("sobelow")).display(),
                 QStringLiteral("~> 0.13"));
        // ecto is only locked (pulled in by ecto_sql): still reported.
        QCOMPARE(info->versions.value(QStringLiteral("ecto")).display(), QStringLiteral("3.11.2"));
        // oban appears only in a comment of mix.exs.
        QVERIFY(!info->versions.contains(QStringLiteral("oban")));
        QVERIFY(info->diagnostics.isEmpty());
        QVERIFY(info->summary.contains(QStringLiteral("Phoenix 1.7.14")));
        QVERIFY(QDir::isAbsolutePath(info->root));
    }

    void umbrella()
    {
        const auto info = ProjectDetector::detect(fixture("umbrella"));
        QVERIFY(info);
        QCOMPARE(info->kind, ProjectKind::Umbrella);
        QCOMPARE(info->name, QStringLiteral("forum_umbrella"));
        QCOMPARE(info->apps.size(), 2);
        QCOMPARE(info->apps[0].name, QStringLiteral("core"));
        QCOMPARE(info->apps[0].path, QStringLiteral("apps/core"));
        QVERIFY(!info->apps[0].phoenix);
        QCOMPARE(info->apps[1].name, QStringLiteral("core_web"));
        QVERIFY(info->apps[1].phoenix);
        QCOMPARE(info->elixirRequirement, QStringLiteral("~> 1.15"));
        QCOMPARE(info->versions.value(QStringLiteral("phoenix")).display(),
                 QStringLiteral("1.7.10"));
        QCOMPARE(info->versions.value(QStringLiteral("phoenix")).declaredIn,
                 QStringLiteral("core_web"));
        QCOMPARE(info->versions.value(QStringLiteral("oban")).display(), QStringLiteral("2.17.12"));
        QCOMPARE(info->versions.value(QStringLiteral("excoveralls")).display(),
                 QStringLiteral("~> 0.18"));
        QCOMPARE(info->versions.value(QStringLiteral("ecto_sql")).display(),
                 QStringLiteral("~> 3.10"));

        const QJsonObject json = info->toJson(QStringLiteral("builtin"));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("umbrella"));
        QCOMPARE(json.value(QStringLiteral("highlighter")).toString(), QStringLiteral("builtin"));
        const QJsonArray apps = json.value(QStringLiteral("apps")).toArray();
        QCOMPARE(apps.size(), 2);
        QCOMPARE(apps[1].toObject().value(QStringLiteral("phoenix")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("versions"))
                     .toObject()
                     .value(QStringLiteral("phoenix"))
                     .toString(),
                 QStringLiteral("1.7.10"));
    }

    void plainMixProject()
    {
        const auto info = ProjectDetector::detect(fixture("plain_mix"));
        QVERIFY(info);
        QCOMPARE(info->kind, ProjectKind::Mix);
        QCOMPARE(info->name, QStringLiteral("tinylib"));
        QVERIFY(info->versions.isEmpty());
        QVERIFY(info->summary.contains(QStringLiteral("without Phoenix")));
    }

    void folderWithoutMixExs()
    {
        const auto info = ProjectDetector::detect(fixture("no_mix"));
        QVERIFY(info); // still opens
        QCOMPARE(info->kind, ProjectKind::Unknown);
        QCOMPARE(info->name, QStringLiteral("no_mix"));
        QVERIFY(info->summary.startsWith(QStringLiteral("Not a mix project")));
        QVERIFY(info->apps.isEmpty());
    }

    void brokenMixExsIsLocatedAndStillOpens()
    {
        const auto info = ProjectDetector::detect(fixture("broken_mix"));
        QVERIFY(info);
        QCOMPARE(info->kind, ProjectKind::Phoenix); // the deps still parse
        QCOMPARE(info->name, QStringLiteral("broken"));
        QVERIFY(info->diagnostics.size() >= 2);
        const Diagnostic& mix = info->diagnostics.first();
        QCOMPARE(mix.path, QStringLiteral("mix.exs"));
        QCOMPARE(mix.line, 5);
        QVERIFY(mix.message.contains(QStringLiteral("line 9")));
        bool lockProblem = false;
        for (const Diagnostic& d : info->diagnostics)
            lockProblem |= d.path == u"mix.lock" && d.line == 3;
        QVERIFY(lockProblem);
        QCOMPARE(info->versions.value(QStringLiteral("phoenix")).display(),
                 QStringLiteral("1.7.2"));
    }

    void unreadableMixExs()
    {
        // Running as root defeats permission bits, so make mix.exs something no one can read
        // as a file: a folder.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("mix.exs")));
        const auto info = ProjectDetector::detect(dir.path());
        QVERIFY(info);
        QCOMPARE(info->kind, ProjectKind::Mix);
        QCOMPARE(info->diagnostics.size(), 1);
        QCOMPARE(info->diagnostics.first().path, QStringLiteral("mix.exs"));
        QVERIFY(info->diagnostics.first().message.contains(QStringLiteral("cannot be read")));
    }

    void pathsThatCannotBeOpened()
    {
        QString error;
        QVERIFY(!ProjectDetector::detect(QStringLiteral("/nonexistent/path/x"), &error));
        QVERIFY(error.contains(QStringLiteral("no such folder")));
        QVERIFY(
            !ProjectDetector::detect(fixture("plain_mix") + QStringLiteral("/mix.exs"), &error));
        QVERIFY(error.contains(QStringLiteral("not a folder")));
    }

    void demoProjectIsAPhoenixUmbrella()
    {
        const auto info = ProjectDetector::detect(QStringLiteral(PWB_DEMO_PROJECT));
        QVERIFY(info);
        QCOMPARE(info->kind, ProjectKind::Umbrella);
        QVERIFY(info->apps.size() >= 2);
        QVERIFY(info->hasPhoenix());
        for (const char* pkg : {"phoenix", "phoenix_live_view", "ecto_sql", "oban"})
            QVERIFY2(info->versions.contains(QLatin1String(pkg)), pkg);
        QVERIFY2(info->diagnostics.isEmpty(), qPrintable(info->diagnostics.value(0).toString()));
    }

    void moduleNames()
    {
        QCOMPARE(ProjectDetector::nameFromModule(QStringLiteral("ShopUmbrella.MixProject")),
                 QStringLiteral("shop_umbrella"));
        QCOMPARE(ProjectDetector::nameFromModule(QStringLiteral("MyAPI.Mixfile")),
                 QStringLiteral("my_api"));
    }
};

QTEST_GUILESS_MAIN(TestProjectDetector)
#include "tst_projectdetector.moc"
