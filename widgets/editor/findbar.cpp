// SPDX-License-Identifier: MIT
#include "findbar.h"

#include "codeeditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace pwb {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_case(new QCheckBox(tr("Match &case"), this))
    , m_regex(new QCheckBox(tr("Re&gular expression"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_replaceButton(new QPushButton(tr("&Replace"), this))
    , m_replaceAllButton(new QPushButton(tr("Replace &All"), this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_find->setClearButtonEnabled(true);
    auto* prev = new QPushButton(tr("&Previous"), this);
    auto* next = new QPushButton(tr("&Next"), this);
    auto* closeButton = new QToolButton(this);
    closeButton->setText(QStringLiteral("✕"));
    closeButton->setToolTip(tr("Close (Escape)"));
    closeButton->setAutoRaise(true);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(6, 3, 6, 3);
    grid->setSpacing(4);
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(prev, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_case, 0, 3);
    grid->addWidget(m_regex, 0, 4);
    grid->addWidget(m_status, 0, 5);
    grid->addWidget(closeButton, 0, 6);
    auto* row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_replace, 1);
    row->addWidget(m_replaceButton);
    row->addWidget(m_replaceAllButton);
    grid->addWidget(m_replaceRow, 1, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(5, 1);

    connect(m_find, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_case, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_regex, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceOne);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(prev, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::setEditor(CodeEditor* editor)
{
    if (m_editor == editor)
        return;
    if (m_editor) {
        m_editor->setSearch(QString(), false, false);
        disconnect(m_editor, nullptr, this, nullptr);
    }
    m_editor = editor;
    if (m_editor) {
        connect(m_editor, &CodeEditor::searchChanged, this, &FindBar::updateStatus);
        if (isVisible())
            search();
    }
    updateStatus();
}

void FindBar::open(bool replace)
{
    m_replaceRow->setVisible(replace);
    if (m_editor) {
        const QString selected = m_editor->textCursor().selectedText();
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(selected);
        const bool editable = !m_editor->isReadOnly();
        m_replaceButton->setEnabled(editable);
        m_replaceAllButton->setEnabled(editable);
    }
    show();
    m_find->setFocus();
    m_find->selectAll();
    search();
}

void FindBar::close()
{
    hide();
    if (m_editor) {
        m_editor->setSearch(QString(), false, false);
        m_editor->setFocus();
    }
}

void FindBar::search()
{
    if (!m_editor)
        return;
    m_editor->setSearch(m_find->text(), m_regex->isChecked(), m_case->isChecked());
    updateStatus();
}

void FindBar::updateStatus()
{
    if (!m_editor || m_find->text().isEmpty()) {
        m_status->clear();
        return;
    }
    if (!m_editor->searchError().isEmpty()) {
        m_status->setText(tr("Invalid pattern: %1").arg(m_editor->searchError()));
        return;
    }
    const int n = m_editor->searchMatchCount();
    m_status->setText(
        n == 0
            ? tr("No matches")
            : tr("%1 of %n match(es)", nullptr, n).arg(qMax(1, m_editor->currentMatchIndex() + 1)));
}

void FindBar::findNext()
{
    if (m_editor)
        m_editor->findNext(false);
}

void FindBar::findPrevious()
{
    if (m_editor)
        m_editor->findNext(true);
}

void FindBar::replaceOne()
{
    if (m_editor)
        m_editor->replaceCurrent(m_replace->text());
    updateStatus();
}

int FindBar::replaceAll()
{
    const int n = m_editor ? m_editor->replaceAll(m_replace->text()) : 0;
    m_status->setText(tr("Replaced %n match(es)", nullptr, n));
    return n;
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace pwb
