// SPDX-License-Identifier: MIT
#include "editorcolors.h"

#include <QPalette>

namespace pwb {

QColor EditorColors::severity(EditorAnnotation::Severity s) const
{
    switch (s) {
    case EditorAnnotation::Severity::High:
        return high;
    case EditorAnnotation::Severity::Medium:
        return medium;
    case EditorAnnotation::Severity::Low:
        return low;
    }
    return medium;
}

bool EditorColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

EditorColors EditorColors::fromPalette(const QPalette& palette)
{
    EditorColors c;
    c.dark = isDark(palette);
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.currentLine = palette.color(QPalette::Highlight);
    c.currentLine.setAlpha(c.dark ? 40 : 28);
    c.gutterBackground = palette.color(QPalette::AlternateBase);
    c.lineNumber = palette.color(QPalette::PlaceholderText);
    c.currentLineNumber = palette.color(QPalette::Text);
    c.searchMatch = c.dark ? QColor(0x8a, 0x6d, 0x1a) : QColor(0xff, 0xe5, 0x7f);
    c.added = c.dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x2d, 0xa4, 0x4e);
    c.modified = c.dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x21, 0x6e, 0xd8);
    c.deleted = c.dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    c.covered = c.added;
    c.missed = c.deleted;
    c.high = c.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    c.medium = c.dark ? QColor(0xf0, 0xa0, 0x3c) : QColor(0xc2, 0x6a, 0x00);
    c.low = c.dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1f, 0x6f, 0xc5);
    c.lens = palette.color(QPalette::PlaceholderText);
    return c;
}

} // namespace pwb
