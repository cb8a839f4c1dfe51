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
    QList<QPair<int, QString>> stack; // open headings: level, title
    auto headingTitles = [&] {
        QStringList out;
        for (const auto& h : stack)
            out.append(h.second);
        return out;
    };
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
            code.headings = headingTitles();
            code.firstLine = lineNo + 1;
            QStringList body;
            qsizetype j = i + 1;
            bool closed = false;
            // Agent files nest fences (a ```markdown example holding ```gherkin ... ```).
            // CommonMark would close the outer block at the inner close and invert the
            // rest of the file; the authors mean nesting, so inside a markdown example an
            // opener with a language counts as one level deeper.
            const bool nests = code.info == u"markdown" || code.info == u"md";
            int depth = 0;
            for (; j < lines.size(); ++j) {
                const QString t = lines.at(j).trimmed();
                if (t.startsWith(marker.left(3)) && t.size() >= marker.size() &&
                    t.count(marker.at(0)) == t.size()) {
                    if (depth == 0) {
                        closed = true;
                        break;
                    }
                    --depth;
                } else if (nests && t.startsWith(marker.left(3)) && t.size() > marker.size() &&
                           t.at(marker.size()).isLetter() && !t.contains(u' ')) {
                    ++depth;
                }
                body.append(lines.at(j));
            }
            if (!closed)
                doc.diagnostics.append(
                    Diagnostic{path, lineNo, 1, QStringLiteral("fence-unclosed"),
                               QCoreApplication::translate(
                                   "MarkdownDocument", "code block opened here is never closed"),
                               Diagnostic::Severity::Warning});
            // A bare fence followed by headings is a stray closer (an example earlier in the
            // file closed one fence too many): what follows is the document again, so read
            // on as prose instead of swallowing it.
            if (code.info.isEmpty()) {
                static const QRegularExpression prose(QStringLiteral("^#{2,6}\\s+[A-Z*`]"));
                bool stray = false;
                for (const QString& l : std::as_const(body))
                    stray = stray || prose.match(l).hasMatch();
                if (stray)
                    continue;
            }
            code.text = body.join(u'\n');
            doc.blocks.append(code);
            i = j;
            continue;
        }
        const auto heading = headingRe.match(line);
        if (heading.hasMatch()) {
            flush();
            const QString hashes = line.trimmed();
            int level = 0;
            while (level < hashes.size() && hashes.at(level) == u'#')
                ++level;
            while (!stack.isEmpty() && stack.constLast().first >= level)
                stack.removeLast();
            MarkdownBlock h;
            h.kind = MarkdownBlock::Kind::Heading;
            h.text = heading.captured(1).remove(u'*').trimmed();
            h.section = stack.isEmpty() ? QString() : stack.constLast().second;
            h.headings = headingTitles();
            h.level = level;
            h.firstLine = lineNo;
            doc.blocks.append(h);
            stack.append({level, h.text});
            section = h.text;
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
            current.headings = headingTitles();
            current.firstLine = lineNo;
            current.text = item.captured(1);
            continue;
        }
        if (!open) {
            open = true;
            current.kind = MarkdownBlock::Kind::Paragraph;
            current.section = section;
            current.headings = headingTitles();
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
