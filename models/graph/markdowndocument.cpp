// SPDX-License-Identifier: MIT
#include "markdowndocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pwb {

int MarkdownBlock::lineAt(qsizetype offset) const
{
    return firstLine + int(QStringView(text).left(offset).count(u'\n'));
}

MarkdownDocument MarkdownDocument::read(const QString& text, const QString& path)
{
    static const QRegularExpression fenceRe(QStringLiteral("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*)"));
    static const QRegularExpression headingRe(QStringLiteral("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression listRe(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+(.*)$"));

    MarkdownDocument doc;
    QStringList lines = (text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text).split(u'\n');
    for (QString& l : lines) {
        if (l.endsWith(u'\r'))
            l.chop(1);
    }
    qsizetype i = 0;
    if (!lines.isEmpty() && lines.first().trimmed() == u"---") {
        qsizetype end = 1;
        while (end < lines.size() && lines.at(end).trimmed() != u"---" &&
               lines.at(end).trimmed() != u"...")
            ++end;
        doc.hasFrontMatter = true;
        doc.frontMatterLine = 2;
        if (end >= lines.size()) {
            doc.diagnostics.append(Diagnostic{
                path, 1, 1, QStringLiteral("frontmatter-unclosed"),
                QCoreApplication::translate("MarkdownDocument",
                                            "front matter opened with '---' is never closed"),
                Diagnostic::Severity::Error});
            // Read up to the first blank line so the body still counts as prose.
            end = 1;
            while (end < lines.size() && !lines.at(end).trimmed().isEmpty())
                ++end;
            doc.frontMatter = lines.mid(1, end - 1).join(u'\n');
            i = end;
        } else {
            doc.frontMatter = lines.mid(1, end - 1).join(u'\n');
            i = end + 1;
        }
    }

    QString section;
    MarkdownBlock current;
    bool open = false;
    auto flush = [&] {
        if (open && !current.text.trimmed().isEmpty())
            doc.blocks.append(current);
        open = false;
        current = MarkdownBlock();
    };
    for (; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const int lineNo = int(i) + 1;
        const auto fence = fenceRe.match(line);
        if (fence.hasMatch()) {
            flush();
            const QString marker = fence.captured(1);
            MarkdownBlock code;
            code.kind = MarkdownBlock::Kind::Code;
            code.info = fence.captured(2).toLower();
            code.section = section;
            code.firstLine = lineNo + 1;
            QStringList body;
            qsizetype j = i + 1;
            bool closed = false;
            for (; j < lines.size(); ++j) {
                const QString t = lines.at(j).trimmed();
                if (t.startsWith(marker.left(3)) && t.size() >= marker.size() &&
                    t.count(marker.at(0)) == t.size()) {
                    closed = true;
                    break;
                }
                body.append(lines.at(j));
            }
            if (!closed)
                doc.diagnostics.append(
                    Diagnostic{path, lineNo, 1, QStringLiteral("fence-unclosed"),
                               QCoreApplication::translate(
                                   "MarkdownDocument", "code block opened here is never closed"),
                               Diagnostic::Severity::Warning});
            code.text = body.join(u'\n');
            doc.blocks.append(code);
            i = j;
            continue;
        }
        const auto heading = headingRe.match(line);
        if (heading.hasMatch()) {
            flush();
            section = heading.captured(1).remove(u'*').trimmed();
            continue;
        }
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        const auto item = listRe.match(line);
        if (item.hasMatch()) {
            flush();
            open = true;
            current.kind = MarkdownBlock::Kind::ListItem;
            current.section = section;
            current.firstLine = lineNo;
            current.text = item.captured(1);
            continue;
        }
        if (!open) {
            open = true;
            current.kind = MarkdownBlock::Kind::Paragraph;
            current.section = section;
            current.firstLine = lineNo;
            current.text = line.trimmed();
        } else {
            current.text += u'\n' + line.trimmed();
        }
    }
    flush();
    return doc;
}

} // namespace pwb
