// SPDX-License-Identifier: MIT
// The Task board view.
#pragma once

#include <QWidget>

class EmptyState;
class Project;

class BoardPage : public QWidget
{
    Q_OBJECT
public:
    explicit BoardPage(Project* project, QWidget* parent = nullptr);

    EmptyState* emptyState() const { return m_empty; }

private:
    void refresh();

    Project* m_project;
    EmptyState* m_empty;
};
