// SPDX-License-Identifier: MIT
#include "architecturetree.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pwb {

namespace {
const QRegularExpression& branchRe()
{
    // Optional "│" rails, a corner or tee, one or more dashes and an arrow head. Without
    // the head it is a folder listing (├── apps/), not a delegation tree.
    static const QRegularExpression re(
        QStringLiteral("^((?:[ \\t]|[│|])*)([└├`+\\\\])[─-]+>\\s*(.*)$"));
    return re;
}
const QRegularExpression& nameRe()
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*(.*)$"));
    return re;
}
} // namespace

bool ArchitectureTree::looksLikeTree(const QString& text)
{
    static const QRegularExpression arrow(QStringLiteral("[└├][─-]+>"));
    return arrow.match(text).hasMatch();
}

ArchitectureTree ArchitectureTree::parse(const QString& text, const QString& path, int firstLine)
{
    struct Level
    {
        int column;
        QString name;
    };
    ArchitectureTree tree;
    QList<Level> stack;
    const QStringList lines = text.split(u'\n');
    auto report = [&](int line, const QString& message) {
        tree.diagnostics.append(Diagnostic{path, line, 1, QStringLiteral("tree-syntax"), message,
                                           Diagnostic::Severity::Warning});
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const int lineNo = firstLine + int(i);
        if (line.trimmed().isEmpty())
            continue;
        const auto branch = branchRe().match(line);
        QString rest;
        int column = 0;
        if (branch.hasMatch() &&
            (branch.captured(2) == u"└" || branch.captured(2) == u"├" || line.contains(u'>'))) {
            column = int(branch.capturedStart(2));
            rest = branch.captured(3);
        } else {
            // A plain line is a root; its children may sit at its own column.
            int indent = 0;
            while (indent < line.size() && line.at(indent).isSpace())
                ++indent;
            column = indent - 1;
            rest = line.trimmed();
            const auto nm = nameRe().match(rest);
            if (!nm.hasMatch()) {
                stack.clear();
                continue;
            }
            while (!stack.isEmpty() && stack.constLast().column >= column)
                stack.removeLast();
            stack.append({column, nm.captured(1)});
            continue;
        }
        const auto nm = nameRe().match(rest.trimmed());
        if (!nm.hasMatch()) {
            report(lineNo,
                   QCoreApplication::translate("ArchitectureTree", "tree branch without a name"));
            continue;
        }
        while (!stack.isEmpty() && stack.constLast().column >= column)
            stack.removeLast();
        if (stack.isEmpty()) {
            report(lineNo, QCoreApplication::translate(
                               "ArchitectureTree", "tree branch '%1' has no parent line above it")
                               .arg(nm.captured(1)));
        } else {
            QString note = nm.captured(2).trimmed();
            if (note.startsWith(u'(') && note.endsWith(u')'))
                note = note.mid(1, note.size() - 2);
            tree.edges.append({stack.constLast().name, nm.captured(1), note, lineNo});
        }
        stack.append({column, nm.captured(1)});
    }
    return tree;
}

} // namespace pwb
