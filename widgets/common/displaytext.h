// SPDX-License-Identifier: MIT
// Document text (task titles, status markers) shown in widgets: inline markdown stripped
// ("**COMPLETED**" reads "COMPLETED") and characters no installed font can draw (emoji on
// a desktop without an emoji font, drawn as an empty box) replaced by a drawable sign or
// dropped.
#pragma once

#include <QString>

class QFont;

namespace pwb::DisplayText {

// Strips inline markdown: **bold**, __bold__, `code`, ~~strike~~, [text](url) -> text.
QString stripMarkdown(const QString& text);
// Every character `font` (with the system's fallback fonts) can draw; ✅ becomes ✔, ⚠️ ⚠,
// ❌ ✘ when those are drawable, anything else undrawable is dropped.
QString drawable(const QString& text, const QFont& font);
// Both, for a line of document text.
QString plain(const QString& text, const QFont& font);

} // namespace pwb::DisplayText
