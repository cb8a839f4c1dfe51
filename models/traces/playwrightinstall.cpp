// SPDX-License-Identifier: MIT
#include "playwrightinstall.h"

#include <QDir>
#include <QFileInfo>

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

} // namespace

namespace PlaywrightInstall {

QString viewerDir(const QString& projectRoot)
{
    const QString env = qEnvironmentVariable("PWB_PLAYWRIGHT_CORE");
    if (!env.isEmpty()) {
        const QString dir = QDir(env).filePath(QStringLiteral("lib/vite/traceViewer"));
        return isViewer(dir) ? QFileInfo(dir).canonicalFilePath() : QString();
    }
    if (projectRoot.isEmpty())
        return {};
    for (const QString& home : nodeHomes(projectRoot)) {
        const QString dir =
            home + QStringLiteral("/node_modules/playwright-core/lib/vite/traceViewer");
        if (isViewer(dir))
            return QFileInfo(dir).canonicalFilePath();
    }
    return {};
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
