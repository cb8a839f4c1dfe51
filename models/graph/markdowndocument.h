// SPDX-License-Identifier: MIT
// A markdown file cut into the pieces the graph readers need: YAML front matter, fenced
// code blocks with their info string, and prose blocks (paragraphs, list items) with the
// heading they sit under. Every piece knows its first line, so matches map back to lines.
#pragma once

#include "core/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pwb {

struct MarkdownBlock
{
    enum class Kind
    {
        Code,
        Paragraph,
        ListItem,
        Heading // text is the heading's title; headings holds its parents only
    };

    Kind kind = Kind::Paragraph;
    QString info;         // a code block's language ("mermaid", "yaml", "")
    QString text;         // lines joined with '\n' (list items without their marker)
    QString section;      // text of the nearest heading above
    QStringList headings; // the headings above, outermost first ("Integration" > "Handoff From")
    int level = 0;        // a heading's level (1-6)
    int firstLine = 0;

    // The file line of a character offset into text.
    int lineAt(qsizetype offset) const;
};

struct MarkdownDocument
{
    bool hasFrontMatter = false;
    QString frontMatter;
    int frontMatterLine = 0; // file line of the front matter's first content line
    QList<MarkdownBlock> blocks;
    Diagnostics diagnostics;

    static MarkdownDocument read(const QString& text, const QString& path);
};

} // namespace pwb
