// SPDX-License-Identifier: MIT
// Picks the highlighter for a file: KSyntaxHighlighting when the build found it (one
// Repository for the application, theme from the palette), else our Elixir/HEEx highlighter
// on the shared lexer for .ex/.exs/.heex/.eex, else none (plain text).
#pragma once

#include <QString>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace pwb {

struct EditorColors;

namespace Highlighting {

// The highlighter for `fileName` on `document` (owned by it), or nullptr for plain text.
// `colors` receives the editor colours of the chosen theme.
QSyntaxHighlighter* create(QTextDocument* document, const QString& fileName,
                           const QPalette& palette, EditorColors* colors);
// Re-applies a palette (light/dark switch): theme, colours, rehighlight.
void applyPalette(QSyntaxHighlighter* highlighter, const QPalette& palette, EditorColors* colors);
// "KSyntaxHighlighting", "builtin" or "plain" for the highlighter create() would pick.
QString backendFor(const QString& fileName);
// True when this build has KSyntaxHighlighting.
bool hasKSyntaxHighlighting();

} // namespace Highlighting

} // namespace pwb
