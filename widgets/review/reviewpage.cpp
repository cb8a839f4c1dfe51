// SPDX-License-Identifier: MIT
#include "reviewpage.h"

#include "common/emptystate.h"
#include "editor/codeeditor.h"
#include "project/project.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

ReviewPage::ReviewPage(Project* project, QWidget* parent)
    : QWidget(parent)
    , m_project(project)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("review"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("reviewpage"));
    m_empty->setTitle(tr("Review"));
    m_empty->setText(tr("Open a file from the project tree (double-click or Enter) to read it "
                        "here. Review findings from the Elixir/Phoenix analyzer and imported "
                        "tools appear inline in the editor."));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget* w = m_tabs->widget(i);
        m_tabs->removeTab(i);
        w->deleteLater();
        updateEmpty();
    });
    connect(project, &Project::closed, this, &ReviewPage::closeAll);
    updateEmpty();
}

CodeEditor* ReviewPage::openFile(const QString& relativePath, int line)
{
    const QString abs = m_project->absolutePath(relativePath);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* ed = qobject_cast<CodeEditor*>(m_tabs->widget(i));
        if (ed && ed->filePath() == abs) {
            m_tabs->setCurrentIndex(i);
            if (line > 0)
                ed->goToLine(line);
            return ed;
        }
    }
    auto* editor = new CodeEditor(m_tabs);
    editor->setReadOnly(true);
    const int index = m_tabs->addTab(editor, QFileInfo(relativePath).fileName());
    m_tabs->setTabToolTip(index, relativePath);
    m_tabs->setCurrentIndex(index);
    connect(editor, &CodeEditor::loadFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Cannot open file"), message);
    });
    editor->openFile(abs);
    if (line > 0)
        editor->goToLine(line);
    updateEmpty();
    return editor;
}

void ReviewPage::closeAll()
{
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    updateEmpty();
}

void ReviewPage::updateEmpty()
{
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget*>(m_tabs) : m_empty);
}
