// SPDX-License-Identifier: MIT
// Issue 19.8: the copy of playwright-core that scripts/deps installs into build/node was
// never looked at. The order: $PWB_PLAYWRIGHT_CORE, the project's, then the bundled ones.
#include "traces/playwrightinstall.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {
// A playwright-core folder under `home`/node_modules with the viewer's two marker files.
bool makeCore(const QString& home, const QByteArray& version)
{
    const QString core = home + QStringLiteral("/node_modules/playwright-core");
    const QString viewer = core + QStringLiteral("/lib/vite/traceViewer");
    if (!QDir().mkpath(viewer))
        return false;
    const QStringList markers{viewer + QStringLiteral("/index.html"),
                              viewer + QStringLiteral("/sw.bundle.js")};
    for (const QString& f : markers) {
        QFile file(f);
        if (!file.open(QIODevice::WriteOnly) || file.write("x") != 1)
            return false;
    }
    QFile pkg(core + QStringLiteral("/package.json"));
    return pkg.open(QIODevice::WriteOnly) &&
           pkg.write("{\"name\": \"playwright-core\", \"version\": \"" + version + "\"}") > 0;
}
} // namespace

class TestPlaywrightInstall : public QObject
{
    Q_OBJECT
private slots:
    void init() { qunsetenv("PWB_PLAYWRIGHT_CORE"); }
    void cleanup() { qunsetenv("PWB_PLAYWRIGHT_CORE"); }

    void bundledCopyIsFoundWhenTheProjectHasNone()
    {
        QTemporaryDir project, bundled, other;
        QVERIFY(makeCore(bundled.path() + QStringLiteral("/node"), "1.65.1"));
        const QStringList homes{other.path(), bundled.path() + QStringLiteral("/node")};
        PlaywrightInstall::Viewer v = PlaywrightInstall::findViewer(project.path(), homes);
        QCOMPARE(v.source, PlaywrightInstall::Source::Bundled);
        QVERIFY(v.dir.endsWith(QStringLiteral("/node/node_modules/playwright-core/lib/vite/"
                                              "traceViewer")));
        QCOMPARE(v.version, QStringLiteral("1.65.1"));

        // The project's own copy wins (its version matches its traces) ...
        QVERIFY(makeCore(project.path() + QStringLiteral("/assets"), "1.50.0"));
        v = PlaywrightInstall::findViewer(project.path(), homes);
        QCOMPARE(v.source, PlaywrightInstall::Source::Project);
        QCOMPARE(v.version, QStringLiteral("1.50.0"));

        // ... and the variable wins over both; "builtin" asks for the workbench's page.
        QVERIFY(makeCore(other.path(), "1.60.0"));
        qputenv("PWB_PLAYWRIGHT_CORE",
                QFile::encodeName(other.path() + QStringLiteral("/node_modules/playwright-core")));
        v = PlaywrightInstall::findViewer(project.path(), homes);
        QCOMPARE(v.source, PlaywrightInstall::Source::Environment);
        QCOMPARE(v.version, QStringLiteral("1.60.0"));
        qputenv("PWB_PLAYWRIGHT_CORE", "builtin");
        v = PlaywrightInstall::findViewer(project.path(), homes);
        QCOMPARE(v.source, PlaywrightInstall::Source::None);
        QVERIFY(v.dir.isEmpty());
        QVERIFY(v.builtinAsked);
        // a folder without a viewer: the workbench's page, not a guess elsewhere
        qputenv("PWB_PLAYWRIGHT_CORE", QFile::encodeName(project.path()));
        v = PlaywrightInstall::findViewer(project.path(), homes);
        QCOMPARE(v.source, PlaywrightInstall::Source::None);
        QVERIFY(!v.builtinAsked);
    }

    void nothingFound()
    {
        QTemporaryDir project, empty;
        const PlaywrightInstall::Viewer v =
            PlaywrightInstall::findViewer(project.path(), {empty.path()});
        QCOMPARE(v.source, PlaywrightInstall::Source::None);
        QVERIFY(v.dir.isEmpty());
    }

    void scriptsDepsFolderIsABundledHome()
    {
        // build/<preset>/app/phoenix-workbench looks in build/node
        const QStringList homes = PlaywrightInstall::bundledHomes();
        QVERIFY(homes.contains(QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                               QStringLiteral("/../../node"))));
        QVERIFY(homes.contains(QStringLiteral("/usr/local/lib")));
    }
};

QTEST_MAIN(TestPlaywrightInstall)
#include "tst_playwrightinstall.moc"
