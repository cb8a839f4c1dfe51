// SPDX-License-Identifier: MIT
// Where a project's own Playwright lives: the trace viewer shipped in playwright-core
// (lib/vite/traceViewer/) and the `playwright` command the tests run with.
#pragma once

#include <QString>

namespace pwb {

namespace PlaywrightInstall {
// The traceViewer folder of the project's playwright-core (root or assets/ or
// apps/*/assets/ node_modules), or of $PWB_PLAYWRIGHT_CORE when set; empty when none.
QString viewerDir(const QString& projectRoot);
// The folder holding the project's node_modules/.bin/playwright, empty when none.
QString testRunnerDir(const QString& projectRoot);
} // namespace PlaywrightInstall

} // namespace pwb
