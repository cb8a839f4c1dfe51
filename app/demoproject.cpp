// SPDX-License-Identifier: MIT
#include "demoproject.h"

#include "core/logging.h"
#include "pwb_config.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pwb {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
};

QString installedCandidate()
{
    return QCoreApplication::applicationDirPath() +
           QStringLiteral("/../share/phoenix-workbench/demo-project");
}

// The copy carries this file, so reset never removes a folder it did not make.
const QString kMarker = QStringLiteral(".phoenix-workbench-demo");

// Folders a run or the user's work creates; a fresh copy starts without them.
bool skipped(const QString& relative)
{
    const QStringList parts = relative.split(u'/');
    return parts.contains(QStringLiteral("_build")) || parts.contains(QStringLiteral("deps")) ||
           parts.contains(QStringLiteral(".workbench"));
}

// Regular files and folders only: a link in the shipped tree is not followed or copied.
bool copyTree(const QString& from, const QString& to, QString* error)
{
    if (!QDir().mkpath(to)) {
        if (error)
            *error = Tr::tr("cannot create %1").arg(to);
        return false;
    }
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    const QDir base(from);
    while (it.hasNext()) {
        const QString src = it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = base.relativeFilePath(src);
        if (skipped(rel))
            continue;
        const QString dst = to + u'/' + rel;
        if (info.isSymLink())
            continue;
        if (info.isDir()) {
            if (!QDir().mkpath(dst)) {
                if (error)
                    *error = Tr::tr("cannot create %1").arg(dst);
                return false;
            }
        } else if (info.isFile()) {
            QDir().mkpath(QFileInfo(dst).path());
            if (!QFile::copy(src, dst)) {
                if (error)
                    *error = Tr::tr("cannot copy %1 to %2").arg(src, dst);
                return false;
            }
            // The shipped files may be read-only; the copy is the user's to edit.
            QFile::setPermissions(dst, QFile::permissions(dst) | QFile::WriteOwner);
        }
    }
    QFile marker(to + u'/' + kMarker);
    if (!marker.open(QIODevice::WriteOnly) || marker.write(PWB_VERSION "\n") < 0) {
        if (error)
            *error = Tr::tr("cannot write %1").arg(marker.fileName());
        return false;
    }
    return true;
}

// Copies into a sibling folder first, so a failed copy never leaves half a demo behind.
bool makeCopy(const QString& shipped, const QString& target, QString* error)
{
    const QString staging = target + QStringLiteral(".new");
    QDir(staging).removeRecursively();
    if (!copyTree(shipped, staging, error)) {
        QDir(staging).removeRecursively();
        return false;
    }
    if (!QDir().rename(staging, target)) {
        QDir(staging).removeRecursively();
        if (error)
            *error = Tr::tr("cannot move %1 to %2").arg(staging, target);
        return false;
    }
    qCInfo(lcApp) << "demo copied from" << shipped << "to" << target;
    return true;
}

} // namespace

QString DemoProject::shippedPath()
{
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("PWB_DEMO_DIR"); !env.isEmpty())
        candidates << env;
    candidates << installedCandidate() << QStringLiteral(PWB_SOURCE_DIR "/resources/demo-project");
    for (const QString& c : candidates) {
        if (QFileInfo(c + QStringLiteral("/mix.exs")).isFile())
            return QDir(c).canonicalPath();
    }
    return {};
}

bool DemoProject::isInstalled(const QString& shipped)
{
    const QString installed = QDir(installedCandidate()).canonicalPath();
    return !installed.isEmpty() && shipped == installed;
}

QString DemoProject::copyPath()
{
    const QString env = qEnvironmentVariable("PWB_DATA_DIR");
    const QString dir =
        env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : env;
    return dir + QStringLiteral("/demo-project");
}

QString DemoProject::path(QString* error)
{
    const QString shipped = shippedPath();
    if (shipped.isEmpty()) {
        if (error)
            *error = Tr::tr("The bundled demo project is not installed with this build. Set "
                            "PWB_DEMO_DIR to its folder.");
        return {};
    }
    if (!isInstalled(shipped))
        return shipped;
    const QString copy = copyPath();
    if (QFileInfo(copy + u'/' + kMarker).isFile() &&
        QFileInfo(copy + QStringLiteral("/mix.exs")).isFile())
        return copy;
    if (QFileInfo::exists(copy)) {
        if (error)
            *error = Tr::tr("%1 exists but is not a copy of the demo; move it away to get a "
                            "fresh one.")
                         .arg(copy);
        return {};
    }
    QString why;
    if (!makeCopy(shipped, copy, &why)) {
        if (error)
            *error = Tr::tr("The demo could not be copied to %1: %2").arg(copy, why);
        return {};
    }
    return copy;
}

bool DemoProject::canReset()
{
    return isInstalled(shippedPath());
}

bool DemoProject::reset(QString* error)
{
    const QString shipped = shippedPath();
    if (!isInstalled(shipped)) {
        if (error)
            *error = Tr::tr("The demo in use (%1) is opened in place, not a copy: there is "
                            "nothing to reset.")
                         .arg(shipped.isEmpty() ? Tr::tr("none found") : shipped);
        return false;
    }
    const QString copy = copyPath();
    if (QFileInfo::exists(copy) && !QFileInfo(copy + u'/' + kMarker).isFile()) {
        if (error)
            *error = Tr::tr("%1 is not a copy of the demo; it was left alone.").arg(copy);
        return false;
    }
    // The fresh copy is made before the old one goes, so a failed reset loses nothing.
    const QString fresh = copy + QStringLiteral(".fresh");
    QDir(fresh).removeRecursively();
    if (!makeCopy(shipped, fresh, error))
        return false;
    if (QFileInfo::exists(copy) && !QDir(copy).removeRecursively()) {
        if (error)
            *error = Tr::tr("cannot remove the old copy %1").arg(copy);
        QDir(fresh).removeRecursively();
        return false;
    }
    if (!QDir().rename(fresh, copy)) {
        if (error)
            *error = Tr::tr("cannot move %1 to %2").arg(fresh, copy);
        return false;
    }
    return true;
}

} // namespace pwb
