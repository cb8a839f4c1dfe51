// SPDX-License-Identifier: MIT
#include "highlighting.h"

#include "editorcolors.h"
#include "elixirhighlighter.h"
#include "pwb_config.h"
#include "review/elixirlexer.h"

#include <QFileInfo>
#include <QPalette>

#if PWB_HAVE_KSH
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace pwb {

namespace Highlighting {

namespace {

bool isElixirFamily(const QString& fileName)
{
    return ElixirLexer::isSourcePath(fileName);
}

#if PWB_HAVE_KSH
// Loading the repository reads hundreds of definitions: once per application.
KSyntaxHighlighting::Repository& repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Definition definitionFor(const QString& fileName)
{
    auto def = repository().definitionForFileName(fileName);
    // HEEx/EEx templates are HTML with embedded Elixir; the HTML definition is a fair read
    // when the repository lacks them, but our own highlighter knows them better.
    return def;
}

void applyTheme(KSyntaxHighlighting::SyntaxHighlighter* h, const QPalette& palette,
                EditorColors* colors)
{
    const auto theme = repository().themeForPalette(palette);
    h->setTheme(theme);
    if (colors) {
        // Qualified by the enums' names: compiles whether KF scopes them or not.
        using Role = KSyntaxHighlighting::Theme::EditorColorRole;
        using Style = KSyntaxHighlighting::Theme::TextStyle;
        const auto col = [&](Role r) { return QColor::fromRgba(theme.editorColor(r)); };
        colors->background = col(Role::BackgroundColor);
        colors->text = QColor::fromRgba(theme.textColor(Style::Normal));
        colors->currentLine = col(Role::CurrentLine);
        colors->gutterBackground = col(Role::IconBorder);
        colors->lineNumber = col(Role::LineNumbers);
        colors->currentLineNumber = col(Role::CurrentLineNumber);
        colors->searchMatch = col(Role::SearchHighlight);
        colors->dark = colors->background.lightness() < 128;
    }
    h->rehighlight();
}
#endif

} // namespace

bool hasKSyntaxHighlighting()
{
    return PWB_HAVE_KSH;
}

QString backendFor(const QString& fileName)
{
#if PWB_HAVE_KSH
    if (definitionFor(fileName).isValid() && !fileName.endsWith(u".heex") &&
        !fileName.endsWith(u".eex") && !fileName.endsWith(u".leex"))
        return QStringLiteral("KSyntaxHighlighting");
#endif
    if (isElixirFamily(fileName))
        return QStringLiteral("builtin");
    return QStringLiteral("plain");
}

QSyntaxHighlighter* create(QTextDocument* document, const QString& fileName,
                           const QPalette& palette, EditorColors* colors)
{
    if (colors)
        *colors = EditorColors::fromPalette(palette);
    const QString backend = backendFor(fileName);
#if PWB_HAVE_KSH
    if (backend == u"KSyntaxHighlighting") {
        auto* h = new KSyntaxHighlighting::SyntaxHighlighter(document);
        h->setDefinition(definitionFor(fileName));
        applyTheme(h, palette, colors);
        return h;
    }
#endif
    if (backend == u"builtin")
        return new ElixirHighlighter(document, ElixirLexer::modeForPath(fileName),
                                     EditorColors::isDark(palette));
    return nullptr;
}

void applyPalette(QSyntaxHighlighter* highlighter, const QPalette& palette, EditorColors* colors)
{
    if (colors)
        *colors = EditorColors::fromPalette(palette);
    if (auto* e = qobject_cast<ElixirHighlighter*>(highlighter)) {
        e->setDark(EditorColors::isDark(palette));
        return;
    }
#if PWB_HAVE_KSH
    if (auto* k = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter*>(highlighter))
        applyTheme(k, palette, colors);
#endif
}

} // namespace Highlighting

} // namespace pwb
