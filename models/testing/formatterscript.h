// SPDX-License-Identifier: MIT
// Where the shipped ExUnit formatter lives on disk for `elixir -r`. It is compiled into
// the binary (one file to ship, always the version the parser expects) and written to a
// private folder (0700, ours) in the user's cache, named after its content hash and
// checked against that hash before every run: nobody else can plant code there.
#pragma once

#include <QString>

namespace pwb {

namespace FormatterScript {
// The formatter's module name, for `--formatter`.
QString moduleName();
// The environment variable naming the events file.
QString eventsVariable();
// The script's text (from the resource).
QByteArray contents();
// A path to a file holding contents(); $PWB_EXUNIT_FORMATTER wins when set. Empty with
// *error when nothing could be written.
QString path(QString* error = nullptr);
// <cache>/exunit, created 0700 and refused when it belongs to someone else.
QString privateFolder(QString* error = nullptr);
} // namespace FormatterScript

} // namespace pwb
