// SPDX-License-Identifier: MIT
// A message pinned to a span of an editor's text (a review finding, as the editor sees it):
// the editor underlines the span, marks the gutter and shows the message at the line's end.
#pragma once

#include <QList>
#include <QString>

namespace pwb {

struct EditorAnnotation
{
    enum class Severity
    {
        High,
        Medium,
        Low
    };

    QString id;
    Severity severity = Severity::Medium;
    int line = 0;      // 1-based
    int column = 0;    // 1-based, UTF-16 units; 0: the whole line
    int endLine = 0;   // 0: same line
    int endColumn = 0; // exclusive; 0: to the end of the first token / line
    QString message;
    QString rule;
    QString why;
    QString fix;
    QString tool;
    bool hasMechanicalFix = false;
};

using EditorAnnotations = QList<EditorAnnotation>;

} // namespace pwb
