// SPDX-License-Identifier: MIT
#include "fixpreview.h"

#include <QCoreApplication>

#include <algorithm>

namespace pwb {

namespace FixPreview {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FixPreview)
};

// Offset of (line, column) in text, or -1.
int offsetOf(const QString& text, const QList<int>& lineStarts, int line, int column)
{
    if (line < 1 || line > lineStarts.size())
        return -1;
    const int start = lineStarts[line - 1];
    const int lineEnd = line < lineStarts.size() ? lineStarts[line] - 1 : int(text.size());
    const int col = qMax(1, column);
    if (start + col - 1 > lineEnd)
        return -1;
    return start + col - 1;
}

} // namespace

bool resolve(const QString& text, const QList<Replacement>& replacements, QList<Edit>* edits,
             QString* error)
{
    const QList<int> starts = lineStarts(text);
    QList<Edit> out;
    for (const Replacement& r : replacements) {
        const int begin = offsetOf(text, starts, r.line, r.column);
        const int endLine = r.endLine > 0 ? r.endLine : r.line;
        const int end = r.endColumn > 0 || r.endLine > 0
                            ? offsetOf(text, starts, endLine, r.endColumn > 0 ? r.endColumn : 1)
                            : begin;
        if (begin < 0 || end < begin) {
            if (error)
                *error = Tr::tr("The fix for %1:%2 no longer fits the file (was it edited?).")
                             .arg(r.path)
                             .arg(r.line);
            return false;
        }
        out.append({begin, end, r.newText});
    }
    std::sort(out.begin(), out.end(),
              [](const Edit& a, const Edit& b) { return a.begin > b.begin; });
    for (int i = 1; i < out.size(); ++i) {
        if (out[i].end > out[i - 1].begin) {
            if (error)
                *error = Tr::tr("The fix has overlapping edits.");
            return false;
        }
    }
    *edits = out;
    return true;
}

QList<int> lineStarts(const QString& text)
{
    QList<int> starts{0};
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            starts.append(i + 1);
    }
    return starts;
}

QString apply(const QString& text, const QList<Edit>& edits)
{
    QString out = text;
    for (const Edit& e : edits) // last to first
        out.replace(e.begin, e.end - e.begin, e.newText);
    return out;
}

QString unifiedDiff(const QString& path, const QString& before, const QString& after, int context)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    // One changed region: common prefix and suffix around it (fixes are local).
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    if (prefix == a.size() && a.size() == b.size())
        return {};
    const int from = qMax(0, prefix - context);
    const int aEnd = int(a.size()) - suffix;
    const int bEnd = int(b.size()) - suffix;
    const int aTo = qMin(int(a.size()), aEnd + context);
    const int bTo = qMin(int(b.size()), bEnd + context);
    QString out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(path);
    out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
               .arg(from + 1)
               .arg(aTo - from)
               .arg(from + 1)
               .arg(bTo - from);
    for (int i = from; i < prefix; ++i)
        out += u' ' + a[i] + u'\n';
    for (int i = prefix; i < aEnd; ++i)
        out += u'-' + a[i] + u'\n';
    for (int i = prefix; i < bEnd; ++i)
        out += u'+' + b[i] + u'\n';
    for (int i = aEnd; i < aTo; ++i)
        out += u' ' + a[i] + u'\n';
    return out;
}

} // namespace FixPreview

} // namespace pwb
