// SPDX-License-Identifier: MIT
// Mechanical fixes on text: where a finding's replacements land, the text after them, and a
// unified diff of the change for the preview. Pure functions; the page applies the same
// positions to the editor so the edit is one undo step.
#pragma once

#include "review/finding.h"

#include <QList>
#include <QString>

namespace pwb {

namespace FixPreview {

struct Edit
{
    int begin = 0; // UTF-16 offsets in the text
    int end = 0;
    QString newText;
};

// Offsets of each replacement in `text` (lines/columns are 1-based, UTF-16), sorted from
// last to first so they can be applied in order. False with *error when one is out of range
// or two overlap.
bool resolve(const QString& text, const QList<Replacement>& replacements, QList<Edit>* edits,
             QString* error = nullptr);
// Offset of the first character of every line of `text` (UTF-16; the first is 0).
QList<int> lineStarts(const QString& text);
// `text` with the edits applied.
QString apply(const QString& text, const QList<Edit>& edits);
// A unified diff ("--- a/path", "+++ b/path", "@@ ... @@", context lines) of before/after.
QString unifiedDiff(const QString& path, const QString& before, const QString& after,
                    int context = 2);

} // namespace FixPreview

} // namespace pwb
