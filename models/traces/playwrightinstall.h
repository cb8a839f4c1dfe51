// SPDX-License-Identifier: MIT
// Where Playwright lives: the trace viewer shipped in playwright-core (lib/vite/traceViewer/)
// and the `playwright` command a project's tests run with.
#pragma once

#include <QString>
#include <QStringList>

namespace pwb {

namespace PlaywrightInstall {

// Where the viewer was found, in the order looked at.
enum class Source
{
    None,        // not found, or PWB_PLAYWRIGHT_CORE=builtin: the workbench's own page
    Environment, // $PWB_PLAYWRIGHT_CORE
    Project,     // the project's node_modules (root, assets/, apps/*/assets/)
    Bundled      // scripts/deps' build/node, or a system-wide install
};

struct Viewer
{
    QString dir; // the traceViewer folder, canonical; empty for Source::None
    Source source = Source::None;
    QString version;           // playwright-core's package.json version, when readable
    bool builtinAsked = false; // PWB_PLAYWRIGHT_CORE=builtin
};

// Folders holding node_modules/playwright-core besides the project's: build/node next to
// the build the executable is in (what scripts/deps installs), the installed app's share
// folder, and npm's global folders (/usr/local/lib, /usr/lib, /usr/share/nodejs).
QStringList bundledHomes();
// $PWB_PLAYWRIGHT_CORE (a playwright-core folder, or "builtin"), else the project's
// playwright-core, else the first of `homes` that has one.
Viewer findViewer(const QString& projectRoot, const QStringList& homes = bundledHomes());
// The traceViewer folder findViewer() picks; empty when none.
QString viewerDir(const QString& projectRoot);
// The folder holding the project's node_modules/.bin/playwright, empty when none.
QString testRunnerDir(const QString& projectRoot);

} // namespace PlaywrightInstall

} // namespace pwb
