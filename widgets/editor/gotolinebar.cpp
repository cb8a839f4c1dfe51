// SPDX-License-Identifier: MIT
#include "gotolinebar.h"

#include "codeeditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace pwb {

GoToLineBar::GoToLineBar(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("goToLineBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Go to line:"), this));
    layout->addWidget(m_edit);
    layout->addWidget(m_hint, 1);
    m_edit->setPlaceholderText(tr("line[:column]"));
    m_edit->setMaximumWidth(160);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (go()) {
            hide();
            if (m_editor)
                m_editor->setFocus();
        }
    });
    hide();
}

void GoToLineBar::setEditor(CodeEditor* editor)
{
    m_editor = editor;
}

void GoToLineBar::open()
{
    if (m_editor)
        m_hint->setText(tr("1 – %1").arg(m_editor->blockCount()));
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

bool GoToLineBar::parse(const QString& text, int* line, int* column)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*(?::\\s*(\\d+))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    bool ok = false;
    *line = m.captured(1).toInt(&ok);
    if (!ok || *line < 1)
        return false;
    *column = m.captured(2).isEmpty() ? 1 : qMax(1, m.captured(2).toInt());
    return true;
}

bool GoToLineBar::go()
{
    int line = 0;
    int column = 1;
    if (!m_editor || !parse(m_edit->text(), &line, &column)) {
        m_hint->setText(tr("Type a line number, or line:column"));
        return false;
    }
    m_editor->goToLine(line, column);
    return true;
}

void GoToLineBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace pwb
