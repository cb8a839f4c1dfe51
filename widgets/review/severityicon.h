// SPDX-License-Identifier: MIT
// The severity marks used in the gutter, the findings table and the status bar: a circle
// (high), a triangle (medium), a square (low), in the palette's severity colours.
#pragma once

#include "review/finding.h"

#include <QIcon>

namespace pwb {

namespace SeverityIcon {
QIcon icon(Finding::Severity severity);
QString glyph(Finding::Severity severity); // ● ▲ ■
} // namespace SeverityIcon

} // namespace pwb
