// SPDX-License-Identifier: MIT
// What one `mix test` run should do, and the command line it becomes.
#pragma once

#include <QString>
#include <QStringList>

namespace pwb {

struct TestRunOptions
{
    enum class Scope
    {
        All,
        Failed,
        File,
        FileLine,
        Stale
    };

    Scope scope = Scope::All;
    // Umbrella: the app to run alone, as a path relative to the project root
    // ("apps/shop"); empty runs the project root.
    QString appPath;
    QString file; // project-relative, for File and FileLine
    int line = 0; // for FileLine
    bool cover = false;
    qint64 seed = -1; // -1: let ExUnit pick
    QStringList include;
    QStringList exclude;
    QString mixEnv; // empty: mix's default for test (test)
    QStringList extraArgs;
    bool color = true; // the raw log renders colours

    // Arguments for `elixir` (everything after the program name).
    QStringList elixirArguments(const QString& formatterPath) const;
    // Arguments of the `mix test` part alone (also used by plain runs and the report).
    QStringList mixTestArguments() const;
};

} // namespace pwb
