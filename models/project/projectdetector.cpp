// SPDX-License-Identifier: MIT
#include "projectdetector.h"

#include "mixfile.h"
#include "mixlock.h"

#include "core/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pwb {

namespace {

constexpr qint64 kMaxMixFileBytes = 4 * 1024 * 1024;

// mix.exs and mix.lock of a project someone else wrote: regular files inside the root only
// (a FIFO would hang, a link to /dev/zero would stream forever), capped by bytes read.
std::optional<QString> readText(const QString& root, const QString& shownPath, Diagnostics& diags)
{
    const ProjectFile::Result r = ProjectFile::read(root, shownPath, kMaxMixFileBytes);
    if (!r.ok()) {
        diags.append(ProjectFile::diagnostic(r, shownPath));
        return std::nullopt;
    }
    return QString::fromUtf8(r.bytes);
}

void noteDependencies(const MixFile& mix, const QString& appName, ProjectInfo& info)
{
    for (const QString& pkg : ProjectInfo::trackedPackages()) {
        const MixDependency* dep = mix.dependency(pkg);
        if (!dep || info.versions.contains(pkg))
            continue;
        PackageVersion v;
        v.requirement = dep->requirement;
        v.declaredIn = appName;
        info.versions.insert(pkg, v);
    }
}

} // namespace

QString ProjectDetector::nameFromModule(const QString& module)
{
    QString base = module;
    for (const QString& suffix : {QStringLiteral(".MixProject"), QStringLiteral(".Mixfile"),
                                  QStringLiteral(".Mixproject")}) {
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
            break;
        }
    }
    base.replace(u'.', u'_');
    QString out;
    for (qsizetype i = 0; i < base.size(); ++i) {
        const QChar c = base[i];
        if (c.isUpper()) {
            if (i > 0 && base[i - 1] != u'_' && !base[i - 1].isUpper())
                out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<ProjectInfo> ProjectDetector::detect(const QString& path, QString* error)
{
    const QFileInfo rootInfo(path);
    if (!rootInfo.exists()) {
        if (error)
            *error = QCoreApplication::translate("ProjectDetector", "%1: no such folder").arg(path);
        return std::nullopt;
    }
    if (!rootInfo.isDir()) {
        if (error)
            *error = QCoreApplication::translate("ProjectDetector", "%1: not a folder").arg(path);
        return std::nullopt;
    }
    if (!rootInfo.isReadable() || !QDir(path).isReadable()) {
        if (error)
            *error = QCoreApplication::translate("ProjectDetector", "%1: folder cannot be read")
                         .arg(path);
        return std::nullopt;
    }

    ProjectInfo info;
    info.root = rootInfo.canonicalFilePath();
    info.name = rootInfo.fileName();
    const QDir root(info.root);

    if (!QFileInfo::exists(root.filePath(QStringLiteral("mix.exs")))) {
        info.kind = ProjectKind::Unknown;
        info.summary =
            QCoreApplication::translate(
                "ProjectDetector",
                "Not a mix project: %1 has no mix.exs. Elixir-specific views stay empty.")
                .arg(info.root);
        return info;
    }

    info.kind = ProjectKind::Mix;
    const std::optional<QString> rootText =
        readText(info.root, QStringLiteral("mix.exs"), info.diagnostics);
    if (!rootText) {
        info.summary = QCoreApplication::translate("ProjectDetector",
                                                   "Mix project whose mix.exs cannot be read");
        return info;
    }
    const MixFile rootMix = MixFile::parse(*rootText, QStringLiteral("mix.exs"));
    info.diagnostics += rootMix.diagnostics;
    if (!rootMix.app.isEmpty())
        info.name = rootMix.app;
    else if (!rootMix.moduleName.isEmpty())
        info.name = nameFromModule(rootMix.moduleName);
    info.elixirRequirement = rootMix.elixirRequirement;

    if (rootMix.isUmbrella()) {
        info.kind = ProjectKind::Umbrella;
        noteDependencies(rootMix, info.name, info);
        const QDir appsDir(root.filePath(rootMix.appsPath));
        const QStringList appDirs =
            appsDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& dir : appDirs) {
            const QString rel = QDir::cleanPath(rootMix.appsPath + u'/' + dir);
            const QString mixPath = rel + QStringLiteral("/mix.exs");
            if (!QFileInfo::exists(root.filePath(mixPath)))
                continue;
            AppInfo app;
            app.name = dir;
            app.path = rel;
            if (const auto text = readText(info.root, mixPath, info.diagnostics)) {
                const MixFile appMix = MixFile::parse(*text, mixPath);
                info.diagnostics += appMix.diagnostics;
                if (!appMix.app.isEmpty())
                    app.name = appMix.app;
                app.phoenix = appMix.dependency(QStringLiteral("phoenix")) != nullptr;
                app.liveView = appMix.dependency(QStringLiteral("phoenix_live_view")) != nullptr;
                if (info.elixirRequirement.isEmpty())
                    info.elixirRequirement = appMix.elixirRequirement;
                noteDependencies(appMix, app.name, info);
            }
            info.apps.append(app);
        }
    } else {
        AppInfo app;
        app.name = info.name;
        app.path = QStringLiteral(".");
        app.phoenix = rootMix.dependency(QStringLiteral("phoenix")) != nullptr;
        app.liveView = rootMix.dependency(QStringLiteral("phoenix_live_view")) != nullptr;
        info.apps.append(app);
        noteDependencies(rootMix, info.name, info);
        if (app.phoenix)
            info.kind = ProjectKind::Phoenix;
    }

    const QString lockPath = root.filePath(QStringLiteral("mix.lock"));
    if (QFileInfo::exists(lockPath)) {
        if (const auto text = readText(info.root, QStringLiteral("mix.lock"), info.diagnostics)) {
            const MixLock lock = MixLock::parse(*text, QStringLiteral("mix.lock"));
            info.diagnostics += lock.diagnostics;
            for (const QString& pkg : ProjectInfo::trackedPackages()) {
                const QString locked = lock.version(pkg);
                if (locked.isEmpty())
                    continue;
                info.versions[pkg].locked = locked; // locked-only packages are transitive
            }
        }
    }

    const bool phoenix = info.hasPhoenix();
    const QString phx = info.versions.value(QStringLiteral("phoenix")).display();
    const QString lv = info.versions.value(QStringLiteral("phoenix_live_view")).display();
    QString detail;
    if (phoenix) {
        detail = QCoreApplication::translate("ProjectDetector", "Phoenix %1").arg(phx);
        if (!lv.isEmpty())
            detail += QCoreApplication::translate("ProjectDetector", ", LiveView %1").arg(lv);
    }
    switch (info.kind) {
    case ProjectKind::Umbrella:
        info.summary =
            QCoreApplication::translate("ProjectDetector", "Umbrella project %1 with %n app(s)",
                                        nullptr, int(info.apps.size()))
                .arg(info.name);
        if (phoenix)
            info.summary += u" (" + detail + u')';
        else
            info.summary += QCoreApplication::translate("ProjectDetector", " (no Phoenix)");
        break;
    case ProjectKind::Phoenix:
        info.summary = QCoreApplication::translate("ProjectDetector", "Phoenix project %1 (%2)")
                           .arg(info.name, detail);
        break;
    default:
        info.summary =
            QCoreApplication::translate("ProjectDetector", "Mix project %1 without Phoenix")
                .arg(info.name);
        break;
    }
    return info;
}

} // namespace pwb
