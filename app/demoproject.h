// SPDX-License-Identifier: MIT
// Where the bundled demo project is, and the user's own copy of it. An installed demo
// (<prefix>/share/phoenix-workbench/demo-project) is read-only for a normal user, and mix,
// write-back, fixes and triage all write into the project: so it is copied into the user's
// data directory on first use and opened from there, and a trainer can reset that copy to
// the pristine one. The source-tree demo (scripts/run) and PWB_DEMO_DIR open in place.
#pragma once

#include <QString>

namespace pwb {

namespace DemoProject {
// The demo as shipped: $PWB_DEMO_DIR, the installed one, or the source tree's. Empty when
// none is found.
QString shippedPath();
// True for the installed demo, which is never opened in place.
bool isInstalled(const QString& shipped);
// Where the user's copy lives: $PWB_DATA_DIR or the app data dir, then demo-project.
QString copyPath();
// The folder to open: the user's copy of an installed demo (made on first use), else the
// shipped demo itself. Empty, with `error` set, when there is none or the copy failed.
QString path(QString* error = nullptr);
// Whether reset() applies: the demo in use is a copy of an installed one.
bool canReset();
// Replaces the user's copy with a pristine one: edits, triage, _build and the last run go.
// The caller forgets the copy's run history and settings (it owns the store).
bool reset(QString* error = nullptr);
} // namespace DemoProject

} // namespace pwb
