// SPDX-License-Identifier: MIT
// What a mix.exs declares, read as text (never evaluated): app name, Elixir requirement,
// umbrella apps_path and the dependency tuples. Unbalanced code is reported, located.
#pragma once

#include "core/diagnostic.h"

#include <QList>
#include <QString>

namespace pwb {

struct MixDependency
{
    QString name;        // "phoenix"
    QString requirement; // "~> 1.7.14"; empty for path/umbrella/git deps
    bool inUmbrella = false;
    QString path; // path: "../x"
    int line = 0;
};

struct MixFile
{
    QString moduleName;        // "Shop.MixProject"
    QString app;               // "shop" (from app: :shop)
    QString elixirRequirement; // "~> 1.14"
    QString version;           // project version: "0.1.0"
    QString appsPath;          // non-empty for an umbrella root
    QList<MixDependency> deps;
    Diagnostics diagnostics;

    bool isUmbrella() const { return !appsPath.isEmpty(); }
    const MixDependency* dependency(const QString& name) const;

    // `path` is used only to locate diagnostics.
    static MixFile parse(const QString& text, const QString& path);
};

} // namespace pwb
