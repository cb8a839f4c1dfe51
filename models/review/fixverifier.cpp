// SPDX-License-Identifier: MIT
#include "fixverifier.h"

#include "fixpreview.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace pwb {

namespace FixVerifier {

namespace {

// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FixVerifier)
};

// 1-based line holding UTF-16 offset `offset`.
int lineAt(const QList<int>& starts, int offset)
{
    return int(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin());
}

struct Span
{
    int first = 0;
    int last = 0;
    bool contains(int line) const { return line >= first && line <= last; }
};

QHash<QString, int> rulesOn(const Findings& findings, const Span& span)
{
    QHash<QString, int> counts;
    for (const Finding& f : findings) {
        if (span.contains(f.line))
            ++counts[f.rule];
    }
    return counts;
}

void withhold(Finding& f, const QString& why)
{
    f.replacements.clear();
    const QString note = Tr::tr("No automatic fix is offered: %1.").arg(why);
    f.fix = f.fix.isEmpty() ? note : f.fix + u' ' + note;
}

} // namespace

Outcome verify(const QString& path, const QByteArray& text, FileAnalysis* analysis,
               const RuleOptions& options, qint64 budgetBytes, int maxChecks)
{
    Outcome out;
    if (!analysis)
        return out;
    const bool anyFix = std::any_of(analysis->findings.cbegin(), analysis->findings.cend(),
                                    [](const Finding& f) { return !f.replacements.isEmpty(); });
    if (!anyFix)
        return out;
    const QString before = QString::fromUtf8(text);
    const QList<int> beforeStarts = FixPreview::lineStarts(before);
    const Findings original = analysis->findings;
    const qsizetype baseDiagnostics = analysis->diagnostics.size();
    qint64 spent = 0;
    for (Finding& f : analysis->findings) {
        if (f.replacements.isEmpty())
            continue;
        // A fix that writes another file (a new migration) is not this file's to check.
        if (!std::all_of(f.replacements.cbegin(), f.replacements.cend(),
                         [&](const Replacement& r) { return r.path == path; }))
            continue;
        // Each check analyses the whole file again: past the budget a fix is withheld rather
        // than offered unchecked, so a file with thousands of fixes stays linear.
        if (out.checked > 0 && (out.checked >= maxChecks || spent + text.size() > budgetBytes)) {
            withhold(f, Tr::tr("this file has more fixes than are checked at once; fix the others "
                               "first"));
            ++out.unverified;
            continue;
        }
        QList<FixPreview::Edit> edits;
        QString error;
        if (!FixPreview::resolve(before, f.replacements, &edits, &error)) {
            withhold(f, error);
            ++out.withheld;
            continue;
        }
        const QString after = FixPreview::apply(before, edits);
        spent += text.size();
        ++out.checked;
        const FileAnalysis again = RuleEngine::analyze(path, after.toUtf8(), options);
        if (again.diagnostics.size() > baseDiagnostics) {
            const Diagnostic& d = again.diagnostics.last();
            withhold(f, Tr::tr("the file would not parse after it (line %1: %2)")
                            .arg(d.line)
                            .arg(d.message));
            ++out.withheld;
            continue;
        }
        // The lines the edits touch, before and after (edits are sorted last to first).
        int firstBegin = int(before.size());
        int lastEnd = 0;
        int firstAfter = int(after.size());
        int lastAfter = 0;
        int delta = 0;
        for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
            firstBegin = qMin(firstBegin, it->begin);
            lastEnd = qMax(lastEnd, it->end);
            const int begin = it->begin + delta;
            firstAfter = qMin(firstAfter, begin);
            lastAfter = qMax(lastAfter, begin + int(it->newText.size()));
            delta += int(it->newText.size()) - (it->end - it->begin);
        }
        const QList<int> afterStarts = FixPreview::lineStarts(after);
        const Span was{lineAt(beforeStarts, firstBegin), lineAt(beforeStarts, lastEnd)};
        const Span now{lineAt(afterStarts, firstAfter), lineAt(afterStarts, lastAfter)};
        const QHash<QString, int> old = rulesOn(original, was);
        const QHash<QString, int> fresh = rulesOn(again.findings, now);
        for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
            if (it.value() > old.value(it.key())) {
                withhold(f,
                         Tr::tr("it would add a %1 finding on the lines it changes").arg(it.key()));
                ++out.withheld;
                break;
            }
        }
    }
    return out;
}

} // namespace FixVerifier

} // namespace pwb
