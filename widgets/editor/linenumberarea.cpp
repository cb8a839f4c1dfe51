// SPDX-License-Identifier: MIT
#include "linenumberarea.h"

#include "codeeditor.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

namespace pwb {

LineNumberArea::LineNumberArea(CodeEditor* editor)
    : QWidget(editor)
    , m_editor(editor)
{}

QSize LineNumberArea::sizeHint() const
{
    return {m_editor->lineNumberAreaWidth(), 0};
}

void LineNumberArea::paintEvent(QPaintEvent* event)
{
    m_editor->paintLineNumbers(event);
}

void LineNumberArea::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        m_editor->gutterClicked(event->position().toPoint());
    QWidget::mousePressEvent(event);
}

bool LineNumberArea::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = m_editor->gutterToolTip(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace pwb
