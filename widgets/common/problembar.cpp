// SPDX-License-Identifier: MIT
#include "problembar.h"

#include <QEvent>

namespace pwb {

ProblemBar::ProblemBar(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setMargin(4);
    applyColors();
    hide();
}

void ProblemBar::setProblem(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void ProblemBar::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !property("pwbColoring").toBool())
        applyColors();
}

// The same light red / dark red as the Tests view's error banner, following the palette.
void ProblemBar::applyColors()
{
    setProperty("pwbColoring", true);
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = base.color(QPalette::Base).lightness() < 128;
    QPalette p = palette();
    p.setColor(QPalette::Window, dark ? QColor(0x5a, 0x22, 0x22) : QColor(0xfd, 0xe2, 0xe1));
    p.setColor(QPalette::WindowText, base.color(QPalette::Text));
    setPalette(p);
    setProperty("pwbColoring", false);
}

} // namespace pwb
