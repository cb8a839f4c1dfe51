// SPDX-License-Identifier: MIT
// The Review view: the project's files open in editor tabs, findings beside them.
#pragma once

#include <QWidget>

class CodeEditor;
class EmptyState;
class Project;
class QStackedWidget;
class QTabWidget;

class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(Project* project, QWidget* parent = nullptr);

    // Opens (or focuses) a project-relative file at a line (1-based; 0 keeps the position).
    CodeEditor* openFile(const QString& relativePath, int line = 0);
    QTabWidget* tabs() const { return m_tabs; }
    EmptyState* emptyState() const { return m_empty; }
    void closeAll();

private:
    void updateEmpty();

    Project* m_project;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QTabWidget* m_tabs;
};
