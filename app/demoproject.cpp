// SPDX-License-Identifier: MIT
#include "demoproject.h"

#include "pwb_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pwb {

QString DemoProject::path()
{
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("PWB_DEMO_DIR"); !env.isEmpty())
        candidates << env;
    const QString bin = QCoreApplication::applicationDirPath();
    candidates << bin + QStringLiteral("/../share/phoenix-workbench/demo-project")
               << QStringLiteral(PWB_SOURCE_DIR "/resources/demo-project");
    for (const QString& c : candidates) {
        if (QFileInfo(c + QStringLiteral("/mix.exs")).isFile())
            return QDir(c).canonicalPath();
    }
    return {};
}

} // namespace pwb
