// SPDX-License-Identifier: MIT
// The colours an editor paints with beyond its text: gutter, current line, search matches,
// git and coverage markers, finding severities. Derived from the palette (light or dark) or,
// with KSyntaxHighlighting, from its theme.
#pragma once

#include "editorannotation.h"

#include <QColor>

class QPalette;

namespace pwb {

struct EditorColors
{
    QColor background;
    QColor text;
    QColor currentLine;
    QColor gutterBackground;
    QColor lineNumber;
    QColor currentLineNumber;
    QColor searchMatch;
    QColor added;
    QColor modified;
    QColor deleted;
    QColor covered;
    QColor missed;
    QColor high;
    QColor medium;
    QColor low;
    QColor lens; // the dimmed message at the end of a line
    bool dark = false;

    QColor severity(EditorAnnotation::Severity s) const;
    static bool isDark(const QPalette& palette);
    static EditorColors fromPalette(const QPalette& palette);
};

} // namespace pwb
