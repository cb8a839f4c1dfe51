// SPDX-License-Identifier: MIT
// The CLI formatter's ANSI colours: stripped for plain text, rendered for the raw log.
#pragma once

#include <QString>

#include <QList>

namespace pwb {

namespace AnsiText {
// A run of text in one style: colour 0-7 (black..white) or -1 for the default.
struct Segment
{
    QString text;
    int color = -1;
    bool bold = false;
};
// Splits text at SGR escapes; other escapes are dropped.
QList<Segment> segments(const QString& text);

QString strip(const QString& text);
// HTML with the SGR colours as spans; `dark` picks colours readable on a dark background.
QString toHtml(const QString& text, bool dark);
} // namespace AnsiText

} // namespace pwb
