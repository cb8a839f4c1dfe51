// SPDX-License-Identifier: MIT
// The CLI formatter's ANSI colours: stripped for plain text, rendered for the raw log.
#pragma once

#include <QString>

namespace AnsiText {
QString strip(const QString& text);
// HTML with the SGR colours as spans; `dark` picks colours readable on a dark background.
QString toHtml(const QString& text, bool dark);
} // namespace AnsiText
