// SPDX-License-Identifier: MIT
// Tells what a folder is (Phoenix app, umbrella, plain mix project, or none) from mix.exs
// and mix.lock read as text. Pure and synchronous: callers choose the thread.
#pragma once

#include "projectinfo.h"

#include <optional>

namespace pwb {

class ProjectDetector
{
public:
    // nullopt with *error set when the path is not an openable folder; otherwise the facts,
    // with problems in the files reported as diagnostics (the project still opens).
    static std::optional<ProjectInfo> detect(const QString& path, QString* error = nullptr);

    // The snake_case app name mix derives from a module: "ShopUmbrella.MixProject" ->
    // "shop_umbrella".
    static QString nameFromModule(const QString& module);
};

} // namespace pwb
