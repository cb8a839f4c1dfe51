// SPDX-License-Identifier: MIT
// The facts a project folder gives about itself: what it is, its apps, its key versions.
#pragma once

#include "core/diagnostic.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace pwb {

enum class ProjectKind
{
    Unknown,
    Mix,
    Phoenix,
    Umbrella
};

struct AppInfo
{
    QString name;
    QString path; // relative to the project root: "apps/shop", or "." for a single app
    bool phoenix = false;
    bool liveView = false;
};

struct PackageVersion
{
    QString requirement; // as declared in a mix.exs, "~> 1.7.14"
    QString locked;      // as pinned in mix.lock, "1.7.14"
    QString declaredIn;  // app that declares it
    // What to show: the locked version, else the requirement.
    QString display() const { return locked.isEmpty() ? requirement : locked; }
};

struct ProjectInfo
{
    QString root; // absolute, canonical
    QString name;
    ProjectKind kind = ProjectKind::Unknown;
    QString elixirRequirement;
    QList<AppInfo> apps;
    QMap<QString, PackageVersion> versions; // only the packages in trackedPackages()
    Diagnostics diagnostics;
    // One plain sentence for the status bar and the report: what this folder is.
    QString summary;

    bool hasPhoenix() const;
    static QString kindName(ProjectKind kind);
    // The packages whose versions the workbench reports.
    static const QStringList& trackedPackages();
    // The "project" object of the --report JSON contract.
    QJsonObject toJson(const QString& highlighter) const;
};

} // namespace pwb
