// SPDX-License-Identifier: MIT
// A fix is offered only when it is safe: its edits are applied to the file's text, the file
// is analysed again, and a fix that would leave a lexer diagnostic or add any finding on the
// lines it changes loses its replacements (the finding keeps its advice and says why no fix
// is offered). Bounded: at most a fixed number of re-analyses per file, fewer for big files;
// fixes past the budget are withheld as not verified rather than offered unchecked.
#pragma once

#include "fileanalysis.h"
#include "ruleengine.h"

#include <QByteArray>
#include <QString>

namespace pwb {

namespace FixVerifier {

struct Outcome
{
    int checked = 0;    // fixes re-analysed
    int withheld = 0;   // of those, found unsafe
    int unverified = 0; // past the budget, withheld unchecked
};

// Re-analyses once per fixable finding of `analysis` (the result of RuleEngine::analyze on
// `text`) and strips the fixes found unsafe. At most `maxChecks` re-analyses and, past the
// first, at most `budgetBytes` re-analysed: a file of ordinary size gets every fix checked,
// a 2 MB one-line file costs a few analyses, not one per finding.
Outcome verify(const QString& path, const QByteArray& text, FileAnalysis* analysis,
               const RuleOptions& options = {}, qint64 budgetBytes = qint64(4) << 20,
               int maxChecks = 16);

} // namespace FixVerifier

} // namespace pwb
