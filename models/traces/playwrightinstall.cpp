// SPDX-License-Identifier: MIT
#include "playwrightinstall.h"

#include "core/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace pwb {

namespace {

QStringList nodeHomes(const QString& root)
{
    QStringList homes{root, QDir(root).filePath(QStringLiteral("assets"))};
    const QDir apps(QDir(root).filePath(QStringLiteral("apps")));
    for (const QString& app : apps.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        homes.append(apps.filePath(app + QStringLiteral("/assets")));
    return homes;
}

bool isViewer(const QString& dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/index.html")) &&
           QFileInfo::exists(dir + QStringLiteral("/sw.bundle.js"));
}

// `core` is a playwright-core folder; a project's may be hostile (a FIFO, a huge file), so
// the read goes through ProjectFile with a small cap.
QString versionOf(const QString& core)
{
    const ProjectFile::Result r =
        ProjectFile::read(core, QStringLiteral("package.json"), qint64(1) << 20);
    if (!r.ok())
        return {};
    return QJsonDocument::fromJson(r.bytes).object().value(QStringLiteral("version")).toString();
}

const QString kViewerPath = QStringLiteral("/lib/vite/traceViewer");
const QString kCorePath = QStringLiteral("/node_modules/playwright-core");

} // namespace

namespace PlaywrightInstall {

QStringList bundledHomes()
{
    QStringList homes;
    if (QCoreApplication::instance()) {
        const QString app = QCoreApplication::applicationDirPath();
        // build/<preset>/app/phoenix-workbench -> build/node (scripts/deps)
        homes << QDir::cleanPath(app + QStringLiteral("/../../node"));
        // <prefix>/bin/phoenix-workbench -> <prefix>/share/phoenix-workbench/node
        homes << QDir::cleanPath(app + QStringLiteral("/../share/phoenix-workbench/node"));
    }
    homes << QStringLiteral("/usr/local/lib") << QStringLiteral("/usr/lib");
    return homes;
}

Viewer findViewer(const QString& projectRoot, const QStringList& homes)
{
    Viewer v;
    const auto found = [&v](const QString& core, Source source) {
        const QString dir = core + kViewerPath;
        if (!isViewer(dir))
            return false;
        v.dir = QFileInfo(dir).canonicalFilePath();
        v.source = source;
        v.version = versionOf(core);
        return true;
    };
    const QString env = qEnvironmentVariable("PWB_PLAYWRIGHT_CORE");
    if (env.compare(QLatin1String("builtin"), Qt::CaseInsensitive) == 0) {
        v.builtinAsked = true;
        return v;
    }
    if (!env.isEmpty()) {
        found(QDir::cleanPath(env), Source::Environment);
        return v; // an explicit folder without a viewer means our page, not a guess
    }
    if (!projectRoot.isEmpty()) {
        for (const QString& home : nodeHomes(projectRoot)) {
            if (found(home + kCorePath, Source::Project))
                return v;
        }
    }
    for (const QString& home : homes) {
        if (found(home + kCorePath, Source::Bundled))
            return v;
    }
    // Debian's node packages live in /usr/share/nodejs/<name>.
    if (homes == bundledHomes())
        found(QStringLiteral("/usr/share/nodejs/playwright-core"), Source::Bundled);
    return v;
}

QString viewerDir(const QString& projectRoot)
{
    return findViewer(projectRoot).dir;
}

QString testRunnerDir(const QString& projectRoot)
{
    if (projectRoot.isEmpty())
        return {};
    for (const QString& home : nodeHomes(projectRoot)) {
        if (QFileInfo(home + QStringLiteral("/node_modules/.bin/playwright")).isExecutable())
            return home;
    }
    return {};
}

} // namespace PlaywrightInstall

} // namespace pwb
